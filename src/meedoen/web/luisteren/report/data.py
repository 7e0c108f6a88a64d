# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The figures of a management report: one dossier, one period.

A period is ``day`` (1), ``week`` (7) or ``month`` (30) calendar days in Dutch
local time, ending with today or with the day ``tot``. Volume is counted per
hour (``day``) or per day, stored posts and the hourly aggregates kept after
the retention period alike. Spike alerts come from the same detector the
dossier page uses (:func:`~meedoen.web.luisteren.queries.scan_spikes`),
calibrated on the :data:`BASELINE_DAYS` before the period. Emerging terms and
the volume ratio compare the period with that baseline.

Nothing per author leaves this module: only counts, shares and the alert
summaries (which name no author). The report shows no example posts. The
distinct-author count is an upper bound when the period spans more than one
pseudonym period of the dossier (:func:`~meedoen.web.luisteren.queries.authors_bound`);
the report then says so next to the number (:attr:`Report.authors_note`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from meedoen import __version__
from meedoen.core.assessment.models import Strategy
from meedoen.monitor.analytics.alerts import Alert
from meedoen.monitor.analytics.representativeness import Representativeness, representativeness
from meedoen.monitor.analytics.strategy import Signals, recommend
from meedoen.monitor.analytics.terms import Term, emerging
from meedoen.monitor.analytics.volume import LABELS, TZ, Size, bucket_start
from meedoen.web.luisteren.models import MonitorDossier
from meedoen.web.luisteren.queries import (
    authors_bound,
    authors_note,
    day_start,
    load_window,
    scan_spikes,
    tally,
)
from meedoen.web.luisteren.services import owner_label

PERIOD_DAYS = {"day": 1, "week": 7, "month": 30}
PERIODS = tuple(PERIOD_DAYS)
BASELINE_DAYS = 28  # four weeks: the hour-of-week detector's calibration period
TOP_TERMS = 5


@dataclass(frozen=True)
class Bucket:
    start: datetime  # Europe/Amsterdam
    posts: int
    spike: bool  # a spike alert starts in this bucket


@dataclass(frozen=True)
class Report:
    dossier_id: int
    name: str
    purpose: str
    owner: str
    end_date: date
    sensitivity: str
    period: str
    start: datetime  # Europe/Amsterdam, inclusive
    end: datetime  # Europe/Amsterdam, exclusive
    size: Size  # "hour" or "day"
    buckets: list[Bucket]
    sentiment: dict[str, int]  # label -> posts in the period (stored and aggregated)
    representativeness: Representativeness  # over the stored posts of the period
    terms: list[Term]
    claims: int  # stored posts in the period with a check-worthy claim
    stored: int  # stored posts in the period (the rest are aggregate counts)
    baseline_per_day: float | None  # average posts per day in the baseline, None without data
    strategy: Strategy
    alerts: list[Alert]  # in the period, oldest first
    generated_at: datetime
    version: str
    authors_bound: str | None = None  # pseudonym period when the author count is an upper bound

    @property
    def authors_note(self) -> str:
        """The upper-bound note for the distinct-author count (active language), or ``""``."""
        return authors_note(self.authors_bound)

    @property
    def posts(self) -> int:
        return sum(b.posts for b in self.buckets)

    @property
    def days(self) -> int:
        return PERIOD_DAYS[self.period]

    @property
    def per_day(self) -> float:
        return self.posts / self.days

    @property
    def labelled(self) -> int:
        return sum(self.sentiment.values())

    def share(self, label: str) -> float:
        return self.sentiment.get(label, 0) / self.labelled if self.labelled else 0.0

    @property
    def spikes(self) -> int:
        return sum(1 for b in self.buckets if b.spike)


FIRST_DAY = date(2000, 1, 1)  # the earliest last day of a report (web form and CLI)


def bounds(period: str, now: datetime, tot: date | None = None) -> tuple[datetime, datetime]:
    """Start (inclusive) and end (exclusive) of ``period`` ending with ``tot`` or today."""
    if period not in PERIOD_DAYS:
        raise ValueError(f"unknown period {period!r}")
    last = tot or now.astimezone(TZ).date()
    return day_start(last - timedelta(days=PERIOD_DAYS[period] - 1)), day_start(
        last + timedelta(days=1)
    )


def _starts(start: datetime, end: datetime, size: Size) -> list[datetime]:
    if size == "hour":  # UTC hours, so a clock change gives 23 or 25 of them
        first, last = start.astimezone(UTC), end.astimezone(UTC)
        n = int((last - first).total_seconds() // 3600)
        return [bucket_start(first + timedelta(hours=i), "hour") for i in range(n)]
    days = (end.date() - start.date()).days
    return [day_start(start.date() + timedelta(days=i)) for i in range(days)]


def build(d: MonitorDossier, period: str, now: datetime, tot: date | None = None) -> Report:
    """The report figures of ``d`` for ``period`` (see :func:`bounds`)."""
    start, end = bounds(period, now, tot)
    since = start - timedelta(days=BASELINE_DAYS)
    w = load_window(d, since, end)
    size: Size = "hour" if period == "day" else "day"
    starts = _starts(start, end, size)
    counts, sentiment = tally(w, starts, size)
    rows = [r for r in w.rows if r.published_at >= start]
    current = [p for p in w.posts if p.published_at >= start]
    baseline = [p for p in w.posts if p.published_at < start]
    alerts = [
        a
        for a in scan_spikes(d, w.posts, w.hourly, since, min(end, now) - timedelta(microseconds=1))
        if a.start is not None and a.start >= start
    ]
    spiked = {bucket_start(a.start, size) for a in alerts if a.start is not None}
    buckets = [Bucket(s, n, s in spiked) for s, n in zip(starts, counts, strict=True)]
    base_total = sum(n for hour, n in w.hourly.items() if hour < start)
    base_per_day = base_total / BASELINE_DAYS if base_total else None
    claims = sum(1 for r in rows if r.claim)
    rep = representativeness(p.author for p in current)
    labelled = sum(sentiment.get(label, 0) for label in LABELS)
    signals = Signals(
        volume_ratio=(sum(counts) / PERIOD_DAYS[period]) / base_per_day if base_per_day else None,
        negative_share=sentiment["negatief"] / labelled if labelled else None,
        claim_share=claims / len(rows) if rows else None,
        distinct_authors=rep.authors if rows else None,
    )
    return Report(
        dossier_id=d.pk,
        name=d.name,
        purpose=d.purpose,
        owner=owner_label(d.owner) if d.owner_id else "",
        end_date=d.end_date,
        sensitivity=d.get_sensitivity_display(),
        period=period,
        start=start,
        end=end,
        size=size,
        buckets=buckets,
        sentiment={label: sentiment.get(label, 0) for label in LABELS},
        representativeness=rep,
        terms=emerging(current, baseline, top=TOP_TERMS),
        claims=claims,
        stored=len(rows),
        baseline_per_day=base_per_day,
        strategy=recommend(d.sensitivity, signals, d.name),
        alerts=alerts,
        generated_at=now.astimezone(TZ),
        version=__version__,
        authors_bound=authors_bound(d, start, end),
    )
