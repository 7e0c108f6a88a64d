# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Read-only figures for the slim-luisteren pages, scoped to one organisation.

Volume per day combines the stored posts (:class:`MonitorPost`) with the
hourly aggregates kept after retention (:class:`HourlyAggregate`); the two
never overlap, because retention folds a post into an aggregate and deletes it
in one transaction. :func:`load_window`, :func:`tally` and :func:`scan_spikes`
are shared by the dossier page (:func:`figures`) and the management report
(:mod:`meedoen.web.luisteren.report.data`), so both count alike. Everything per author stays inside this module: only
counts, shares and k-gated example texts leave it, never a pseudonym.

Pseudonyms rotate per pseudonym period of the dossier (ISO week by default),
so over a window spanning more than one period a distinct-author count is an
upper bound; :func:`authors_bound` decides that for page and report alike and
:func:`authors_note` says it in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import cast

from django.db.models import Count, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy

from meedoen.core.assessment.models import Strategy
from meedoen.monitor.analytics.alerts import Alert, explain
from meedoen.monitor.analytics.representativeness import Representativeness, representativeness
from meedoen.monitor.analytics.strategy import Signals, recommend
from meedoen.monitor.analytics.terms import Term, emerging
from meedoen.monitor.analytics.volume import LABELS, TZ, Size, bucket_start
from meedoen.monitor.model import Post
from meedoen.monitor.privacy.dossier_query import is_active
from meedoen.monitor.privacy.kanon import LIMIT, gate
from meedoen.monitor.privacy.pseudonym import PERIODS as PSEUDONYM_PERIODS
from meedoen.monitor.privacy.pseudonym import Period, period_of
from meedoen.monitor.spikes import DEFAULT, create
from meedoen.web.luisteren.models import HourlyAggregate, MonitorDossier, MonitorPost
from meedoen.web.luisteren.services import to_settings
from meedoen.web.luisteren.store import as_post
from meedoen.web.organisation.models import Organisation

DAYS = 30
RECENT_DAYS = 7  # the "current" window for emerging terms and the volume ratio
TOP_TERMS = 10
MAX_ALERTS = 10
# the detector's point counts assume 5-minute buckets; these are hourly (divide by 12)
HOURLY = {
    "SLOT_POINTS": 12,
    "MIN_SLOT_POINTS": 2,
    "RECENT_POINTS": 24,
    "MIN_RECENT_POINTS": 2,
    "CAL_POINTS": 672,
}
ALERT_SCORE = 0.5


# Shown next to a distinct-author count that spans more than one pseudonym period.
AUTHORS_NOTES = {
    "day": gettext_lazy(
        "Bovengrens: wie op meer dagen schreef, telt per dag één keer "
        "(auteurs krijgen elke dag een nieuwe schuilnaam)."
    ),
    "week": gettext_lazy(
        "Bovengrens: wie in meer weken schreef, telt per week één keer "
        "(auteurs krijgen elke week een nieuwe schuilnaam)."
    ),
    "month": gettext_lazy(
        "Bovengrens: wie in meer maanden schreef, telt per maand één keer "
        "(auteurs krijgen elke maand een nieuwe schuilnaam)."
    ),
}


def authors_bound(d: MonitorDossier, start: datetime, end: datetime) -> str | None:
    """``d``'s pseudonym period when ``[start, end)`` spans more than one of them, else None.

    Within one pseudonym period a person has one pseudonym, so a distinct-author
    count is exact; across periods the same person counts once per period (an
    upper bound; docs/monitoring-privacy.md, "Caveat for analytics").
    """
    if d.pseudonym_period not in PSEUDONYM_PERIODS:
        raise ValueError(f"unknown pseudonym period {d.pseudonym_period!r}")
    period = cast(Period, d.pseudonym_period)
    last = end - timedelta(microseconds=1)
    return period if period_of(start, period) != period_of(last, period) else None


# ... and for the concentration figures computed over the same pseudonyms.
CONCENTRATION_NOTE = gettext_lazy(
    "Om dezelfde reden zijn de Gini-coëfficient en het aandeel van de actiefste 10% eerder te "
    "laag: één persoon kan als meer auteurs tellen."
)


def authors_note(bound: str | None) -> str:
    """The note for a distinct-author count and the concentration figures beside it (in the
    active language); empty when they are exact."""
    return f"{AUTHORS_NOTES[bound]} {CONCENTRATION_NOTE}" if bound else ""


@dataclass(frozen=True)
class DossierRow:
    dossier: MonitorDossier
    active: bool
    posts: int


def dossier_rows(org: Organisation, now: datetime) -> list[DossierRow]:
    """The organisation's dossiers with their state and number of stored posts."""
    rows = MonitorDossier.objects.filter(organisation=org).annotate(n_posts=Count("posts"))
    return [DossierRow(d, is_active(to_settings(d), now), d.n_posts) for d in rows]


def dossier_of(org: Organisation, pk: int) -> MonitorDossier:
    """The dossier ``pk`` of ``org``; 404 for another organisation's dossier."""
    return get_object_or_404(MonitorDossier, pk=pk, organisation=org)


@dataclass(frozen=True)
class Example:
    """An example post as the page shows it: text, source and time, no author, no link."""

    text: str
    source: str
    published_at: datetime


@dataclass(frozen=True)
class Figures:
    days: list[date]
    volume: list[int]  # posts per day, same order as ``days``
    sentiment: dict[str, int]  # label -> posts over the whole period
    representativeness: Representativeness
    terms: list[Term]
    claims: int
    posts: int
    strategy: Strategy
    examples: list[Example]
    examples_reason: str
    k: int
    alerts: list[Alert]
    authors_bound: str | None = None  # see :func:`authors_bound`

    @property
    def authors_note(self) -> str:
        return authors_note(self.authors_bound)

    def share(self, label: str) -> float:
        labelled = sum(self.sentiment.values())
        return self.sentiment.get(label, 0) / labelled if labelled else 0.0


def _window(d: MonitorDossier, since: datetime) -> QuerySet[MonitorPost]:
    return MonitorPost.objects.filter(dossier=d, published_at__gte=since).order_by("published_at")


def _days(today: date) -> list[date]:
    return [today - timedelta(days=DAYS - 1 - i) for i in range(DAYS)]


def _volume_ratio(counts: list[int]) -> float | None:
    recent = sum(counts[-RECENT_DAYS:]) / RECENT_DAYS
    before = counts[:-RECENT_DAYS]
    base = sum(before) / len(before) if before else 0
    return recent / base if base else None


@dataclass(frozen=True)
class Window:
    """The stored posts and hourly aggregates of one dossier in a time window.

    ``hourly`` counts every post per UTC hour, stored and aggregated alike; it
    is what the spike detector sees.
    """

    rows: list[MonitorPost]
    posts: list[Post]
    aggregates: list[HourlyAggregate]
    hourly: dict[datetime, int]


def load_window(d: MonitorDossier, since: datetime, until: datetime | None = None) -> Window:
    """Posts and aggregates of ``d`` from ``since`` up to (not including) ``until``."""
    rows_qs = _window(d, since)
    aggs_qs = HourlyAggregate.objects.filter(dossier=d, hour__gte=since).order_by("hour")
    if until is not None:
        rows_qs = rows_qs.filter(published_at__lt=until)
        aggs_qs = aggs_qs.filter(hour__lt=until)
    rows, aggregates = list(rows_qs), list(aggs_qs)
    posts = [as_post(r) for r in rows]
    hourly: dict[datetime, int] = {}
    for p in posts:
        hour = p.published_at.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
        hourly[hour] = hourly.get(hour, 0) + 1
    for agg in aggregates:
        hourly[agg.hour] = hourly.get(agg.hour, 0) + agg.posts
    return Window(rows, posts, aggregates, hourly)


def tally(w: Window, starts: list[datetime], size: Size) -> tuple[list[int], dict[str, int]]:
    """Posts per bucket (``starts``, from :func:`bucket_start`) and the sentiment totals.

    Stored posts and aggregates both count; anything outside the buckets is left out.
    """
    index = {start: i for i, start in enumerate(starts)}
    counts = [0] * len(starts)
    sentiment = {label: 0 for label in LABELS}
    for row in w.rows:
        i = index.get(bucket_start(row.published_at, size))
        if i is None:
            continue
        counts[i] += 1
        if row.sentiment:
            sentiment[row.sentiment] = sentiment.get(row.sentiment, 0) + 1
    for agg in w.aggregates:
        i = index.get(bucket_start(agg.hour, size))
        if i is None:
            continue
        counts[i] += agg.posts
        for label, n in (agg.sentiment or {}).items():
            if label in sentiment:
                sentiment[label] += int(n)
    return counts, sentiment


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in Dutch local time."""
    return datetime.combine(day, time(), tzinfo=TZ)


def figures(d: MonitorDossier, now: datetime) -> Figures:
    """Volume, sentiment, representativeness, terms, claims, strategy and examples of ``d``."""
    today = now.astimezone(TZ).date()
    days = _days(today)
    since = day_start(days[0])
    w = load_window(d, since)
    rows, posts = w.rows, w.posts
    counts, sentiment = tally(w, [day_start(day) for day in days], "day")
    recent_since = day_start(today - timedelta(days=RECENT_DAYS - 1))
    current = [p for p in posts if p.published_at >= recent_since]
    baseline = [p for p in posts if p.published_at < recent_since]
    claims = sum(1 for r in rows if r.claim)
    labelled = sum(sentiment.values())
    rep = representativeness(p.author for p in posts)
    signals = Signals(
        volume_ratio=_volume_ratio(counts),
        negative_share=sentiment["negatief"] / labelled if labelled else None,
        claim_share=claims / len(rows) if rows else None,
        distinct_authors=rep.authors if rows else None,
    )
    examples = gate(posts, k=d.k, limit=LIMIT)
    return Figures(
        days=days,
        volume=counts,
        sentiment=sentiment,
        representativeness=rep,
        terms=emerging(current, baseline, top=TOP_TERMS),
        claims=claims,
        posts=sum(counts),
        strategy=recommend(d.sensitivity, signals, d.name),
        examples=[_example(p) for p in examples.posts],
        examples_reason=examples.reason,
        k=d.k,
        alerts=spike_alerts(d, posts, w.hourly, since.astimezone(UTC), now),
        authors_bound=authors_bound(d, since, day_start(today + timedelta(days=1))),
    )


def _example(p: Post) -> Example:
    return Example(text=p.text, source=p.source, published_at=p.published_at)


def scan_spikes(
    d: MonitorDossier,
    posts: list[Post],
    hourly: dict[datetime, int],
    since: datetime,
    last: datetime,
) -> list[Alert]:
    """Every spike alert over the hourly volume from ``since`` to the hour of ``last``, oldest first.

    The hour-of-week detector (hourly settings) sees every hour, posts and
    aggregates; each alert is explained by its stored posts against the week
    before. An hour whose posts were already folded into aggregates cannot be
    explained and is left out.
    """
    detector = create(DEFAULT, **HOURLY)
    hour = since.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    end = last.astimezone(UTC)
    found: list[Alert] = []
    while hour <= end:
        score = detector.update(hour, float(hourly.get(hour, 0)))
        if score >= ALERT_SCORE:
            nxt = hour + timedelta(hours=1)
            spike = [p for p in posts if hour <= p.published_at < nxt]
            week = [p for p in posts if hour - timedelta(days=7) <= p.published_at < hour]
            if spike:
                found.append(explain(spike, week, dossier=d.name, start=hour, end=nxt, score=score))
        hour += timedelta(hours=1)
    return found


def spike_alerts(
    d: MonitorDossier,
    posts: list[Post],
    hourly: dict[datetime, int],
    since: datetime,
    now: datetime,
) -> list[Alert]:
    """The newest :data:`MAX_ALERTS` spike alerts up to ``now``, newest first."""
    return list(reversed(scan_spikes(d, posts, hourly, since, now)))[:MAX_ALERTS]
