# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Aggregates for the management dashboard, as pure functions over plain rows.

Input is a list of :class:`PostRow` dicts (built by :mod:`.queries` from
official posts only; never from private self-checks). Output is counts per
week, level, category, rule or state, and review turnaround statistics —
never anything per person.

Choices (documented in docs on the page as well):

* Posts count in the week (Monday, local time) they were created. Level,
  category and rule counts leave out posts still in ``concept``: a draft that
  was never checked or offered for review is the author's work in progress.
* Categories and rules count *posts*: a post with two findings in one category
  counts once for that category.
* Review turnaround runs from ``submitted_at`` to the decision that ends the
  review round: the first rejection or suggested change after submission, or,
  for an approved post, its last approval. It counts in the week of that
  decision. Because a week with one or two reviews would show the speed of
  one reviewer, weeks with fewer than :data:`MIN_CELL` decisions are
  suppressed (shown as "te weinig gegevens"), and so is the period total.
  Post counts are not suppressed: official posts are the organisation's own
  public communication and no author is ever shown.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypedDict

from django.utils import timezone

MIN_CELL = 3
LEVELS = ("groen", "oranje", "rood")
STATES = (
    "concept",
    "getoetst",
    "in_review",
    "goedgekeurd",
    "afgewezen",
    "gepubliceerd",
    "gearchiveerd",
)
APPROVED_STATES = ("goedgekeurd", "gepubliceerd", "gearchiveerd")
ROUND_ENDING = ("afgewezen", "wijzigingen")


class PostRow(TypedDict):
    state: str
    level: str  # "" when not checked
    created_at: datetime
    submitted_at: datetime | None
    decided_at: datetime | None  # end of the review round; None if none (yet)
    findings: list[tuple[str, str]]  # (category, rule) per finding


class ReviewRow(TypedDict):
    decision: str
    created_at: datetime
    invalidated: bool  # an approval withdrawn later (text changed, asked again)


def week_of(moment: datetime | date) -> date:
    """The Monday of the (local) week of ``moment``."""
    day = timezone.localtime(moment).date() if isinstance(moment, datetime) else moment
    return day - timedelta(days=day.weekday())


def weeks_back(today: date, count: int) -> list[date]:
    """``count`` Mondays, oldest first, ending with the week of ``today``."""
    last = week_of(today)
    return [last - timedelta(weeks=count - 1 - i) for i in range(count)]


def period_start(weeks: Sequence[date]) -> datetime:
    """Start of the first week, as an aware datetime in the current time zone."""
    return timezone.make_aware(datetime.combine(weeks[0], time.min))


def decided_at(
    state: str, submitted_at: datetime | None, reviews: Iterable[ReviewRow]
) -> datetime | None:
    """When the review round of a post ended (see the module docstring)."""
    if submitted_at is None:
        return None
    after = sorted(
        (r for r in reviews if r["created_at"] >= submitted_at), key=lambda r: r["created_at"]
    )
    for r in after:
        if r["decision"] in ROUND_ENDING:
            return r["created_at"]
    approvals = [
        r["created_at"] for r in after if r["decision"] == "goedgekeurd" and not r["invalidated"]
    ]
    if state in APPROVED_STATES and approvals:
        return approvals[-1]
    return None


def _in_weeks(moment: datetime | None, weeks: Sequence[date]) -> bool:
    return moment is not None and weeks[0] <= week_of(moment) <= weeks[-1]


def created_in(rows: Iterable[PostRow], weeks: Sequence[date]) -> list[PostRow]:
    return [r for r in rows if _in_weeks(r["created_at"], weeks)]


def checked(rows: Iterable[PostRow]) -> list[PostRow]:
    """Posts past ``concept`` (those that count for level, category, rule)."""
    return [r for r in rows if r["state"] != "concept"]


def levels_per_week(rows: Iterable[PostRow], weeks: Sequence[date]) -> dict[str, list[int]]:
    """For each level, the number of checked posts created in each week."""
    index = {w: i for i, w in enumerate(weeks)}
    out = {level: [0] * len(weeks) for level in LEVELS}
    for r in checked(rows):
        i = index.get(week_of(r["created_at"]))
        if i is not None and r["level"] in out:
            out[r["level"]][i] += 1
    return out


def _ranked(counter: Counter[str], limit: int | None) -> list[tuple[str, int]]:
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:limit] if limit else ranked


def category_counts(rows: Iterable[PostRow], limit: int | None = None) -> list[tuple[str, int]]:
    """Checked posts with at least one finding per category, most first."""
    counter: Counter[str] = Counter()
    for r in checked(rows):
        counter.update({c for c, _rule in r["findings"] if c})
    return _ranked(counter, limit)


def categories_per_week(
    rows: Iterable[PostRow], weeks: Sequence[date], categories: Sequence[str]
) -> dict[str, list[int]]:
    """For each of ``categories``, checked posts with a finding in it, per week."""
    index = {w: i for i, w in enumerate(weeks)}
    out = {c: [0] * len(weeks) for c in categories}
    for r in checked(rows):
        i = index.get(week_of(r["created_at"]))
        if i is None:
            continue
        for c in {c for c, _rule in r["findings"]} & out.keys():
            out[c][i] += 1
    return out


def rule_counts(rows: Iterable[PostRow], limit: int | None = 10) -> list[tuple[str, int]]:
    """Checked posts citing each rule, most first."""
    counter: Counter[str] = Counter()
    for r in checked(rows):
        counter.update({rule for _c, rule in r["findings"] if rule})
    return _ranked(counter, limit)


def state_counts(rows: Iterable[PostRow]) -> list[tuple[str, int]]:
    """Posts per current state, in workflow order (zeros included)."""
    counter = Counter(r["state"] for r in rows)
    return [(s, counter.get(s, 0)) for s in STATES]


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0–100), linear between closest ranks (inclusive)."""
    data = sorted(values)
    if not data:
        raise ValueError("percentile of no values")
    pos = (len(data) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


@dataclass(frozen=True)
class Turnaround:
    """Review turnaround in hours for one week (or the whole period)."""

    n: int
    median: float | None
    p90: float | None

    @property
    def suppressed(self) -> bool:
        return self.n > 0 and self.median is None


def turnaround(hours: Sequence[float], min_n: int = MIN_CELL) -> Turnaround:
    if len(hours) < max(1, min_n):
        return Turnaround(len(hours), None, None)
    return Turnaround(len(hours), statistics.median(hours), percentile(hours, 90))


def turnaround_hours(row: PostRow) -> float | None:
    start, end = row["submitted_at"], row["decided_at"]
    if start is None or end is None or end < start:
        return None
    return (end - start).total_seconds() / 3600


def turnaround_per_week(
    rows: Iterable[PostRow], weeks: Sequence[date], min_n: int = MIN_CELL
) -> tuple[list[Turnaround], Turnaround]:
    """Per week of decision (and for the whole period): n, median and p90 hours."""
    index = {w: i for i, w in enumerate(weeks)}
    buckets: list[list[float]] = [[] for _ in weeks]
    for r in rows:
        hours = turnaround_hours(r)
        if hours is None or r["decided_at"] is None:
            continue
        i = index.get(week_of(r["decided_at"]))
        if i is not None:
            buckets[i].append(hours)
    per_week = [turnaround(b, min_n) for b in buckets]
    return per_week, turnaround([h for b in buckets for h in b], min_n)
