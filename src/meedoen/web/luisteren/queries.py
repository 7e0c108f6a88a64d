# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Read-only figures for the slim-luisteren pages, scoped to one organisation.

Volume per day combines the stored posts (:class:`MonitorPost`) with the
hourly aggregates kept after retention (:class:`HourlyAggregate`); the two
never overlap, because retention folds a post into an aggregate and deletes it
in one transaction. Everything per author stays inside this module: only
counts, shares and k-gated example texts leave it, never a pseudonym.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from django.db.models import Count, QuerySet
from django.shortcuts import get_object_or_404

from meedoen.core.assessment.models import Strategy
from meedoen.monitor.analytics.alerts import Alert, explain
from meedoen.monitor.analytics.representativeness import Representativeness, representativeness
from meedoen.monitor.analytics.strategy import Signals, recommend
from meedoen.monitor.analytics.terms import Term, emerging
from meedoen.monitor.analytics.volume import LABELS, TZ, volume
from meedoen.monitor.model import Post
from meedoen.monitor.privacy.dossier_query import is_active
from meedoen.monitor.privacy.kanon import LIMIT, gate
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


def figures(d: MonitorDossier, now: datetime) -> Figures:
    """Volume, sentiment, representativeness, terms, claims, strategy and examples of ``d``."""
    today = now.astimezone(TZ).date()
    days = _days(today)
    since = datetime.combine(days[0], datetime.min.time(), tzinfo=TZ)
    rows = list(_window(d, since))
    posts = [as_post(r) for r in rows]
    labels = {(r.source, r.source_id): r.sentiment for r in rows}
    series = volume(posts, "day", sentiment=lambda p: labels.get(p.key) or None, fill=False)
    per_day = {day: 0 for day in days}
    sentiment = {label: 0 for label in LABELS}
    for point in series.points:
        per_day[point.start.date()] = per_day.get(point.start.date(), 0) + point.posts
        for label, n in point.sentiment.items():
            sentiment[label] = sentiment.get(label, 0) + n
    hourly: dict[datetime, int] = {}
    for p in posts:
        hour = p.published_at.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
        hourly[hour] = hourly.get(hour, 0) + 1
    for agg in HourlyAggregate.objects.filter(dossier=d, hour__gte=since):
        hourly[agg.hour] = hourly.get(agg.hour, 0) + agg.posts
        day = agg.hour.astimezone(TZ).date()
        if day in per_day:
            per_day[day] += agg.posts
        for label, n in (agg.sentiment or {}).items():
            if label in sentiment:
                sentiment[label] += int(n)
    counts = [per_day[day] for day in days]
    recent_since = datetime.combine(
        today - timedelta(days=RECENT_DAYS - 1), datetime.min.time(), tzinfo=TZ
    )
    current = [p for p in posts if p.published_at >= recent_since]
    baseline = [p for p in posts if p.published_at < recent_since]
    claims = sum(1 for r in rows if r.claim)
    labelled = sum(sentiment.values())
    rep = series.representativeness
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
        representativeness=rep if rows else representativeness(()),
        terms=emerging(current, baseline, top=TOP_TERMS),
        claims=claims,
        posts=sum(counts),
        strategy=recommend(d.sensitivity, signals, d.name),
        examples=[_example(p) for p in examples.posts],
        examples_reason=examples.reason,
        k=d.k,
        alerts=spike_alerts(d, posts, hourly, since.astimezone(UTC), now),
    )


def _example(p: Post) -> Example:
    return Example(text=p.text, source=p.source, published_at=p.published_at)


def spike_alerts(
    d: MonitorDossier,
    posts: list[Post],
    hourly: dict[datetime, int],
    since: datetime,
    now: datetime,
) -> list[Alert]:
    """Spike alerts over the hourly volume, newest first, each explained by its posts.

    The detector sees every hour (posts and aggregates); an hour whose posts
    were already folded into aggregates cannot be explained and is left out.
    """
    detector = create(DEFAULT, **HOURLY)
    hour = since.replace(minute=0, second=0, microsecond=0)
    end = now.astimezone(UTC)
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
    return list(reversed(found))[:MAX_ALERTS]
