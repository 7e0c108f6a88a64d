# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Volume and sentiment share over time for a dossier (issue #4, item 5).

Buckets are hours, days or ISO weeks in Dutch local time (Europe/Amsterdam;
an hour bucket is the UTC hour, shown in local time, so the two 02:00 hours of
the autumn clock change stay apart). Empty buckets between the first and the
last post are filled with zeros, so a chart or a spike detector gets a
continuous series. Every bucket and the whole series carry the
representativeness caveat next to the sentiment shares.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from meedoen.monitor.analytics.representativeness import Representativeness, representativeness
from meedoen.monitor.model import Post

TZ = ZoneInfo("Europe/Amsterdam")
LABELS = ("positief", "neutraal", "negatief")
Size = Literal["hour", "day", "week"]


def _key(ts: datetime, size: Size) -> datetime:
    """The bucket start as UTC: wall times repeat at the autumn clock change, UTC does not."""
    if ts.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    if size == "hour":
        return ts.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    day = ts.astimezone(TZ).date()
    if size == "week":
        day -= timedelta(days=day.weekday())
    elif size != "day":
        raise ValueError(f"unknown bucket size {size!r}")
    return datetime.combine(day, time(), tzinfo=TZ).astimezone(UTC)


def _next_key(key: datetime, size: Size) -> datetime:
    if size == "hour":
        return key + timedelta(hours=1)
    days = 7 if size == "week" else 1
    local = key.astimezone(TZ).date() + timedelta(days=days)
    return datetime.combine(local, time(), tzinfo=TZ).astimezone(UTC)


def bucket_start(ts: datetime, size: Size) -> datetime:
    """The start of the bucket holding ``ts``, as an aware Europe/Amsterdam datetime."""
    return _key(ts, size).astimezone(TZ)


def next_bucket(start: datetime, size: Size) -> datetime:
    """The start of the bucket after the one starting at ``start``."""
    return _next_key(start.astimezone(UTC), size).astimezone(TZ)


@dataclass(frozen=True, slots=True)
class VolumePoint:
    start: datetime  # Europe/Amsterdam (compare points by .timestamp(), not by wall time)
    posts: int
    sentiment: dict[str, int]  # label -> posts
    representativeness: Representativeness

    def share(self, label: str) -> float:
        """Share of the posts with a sentiment label that have ``label`` (0 when none)."""
        labelled = sum(self.sentiment.values())
        return self.sentiment.get(label, 0) / labelled if labelled else 0.0

    @property
    def caveat(self) -> str:
        return self.representativeness.caveat


@dataclass(frozen=True, slots=True)
class VolumeSeries:
    dossier: str
    size: Size
    points: tuple[VolumePoint, ...]
    representativeness: Representativeness  # over the whole period

    @property
    def caveat(self) -> str:
        return self.representativeness.caveat


def volume(
    posts: Iterable[Post],
    size: Size = "day",
    *,
    sentiment: Callable[[Post], str | None] | None = None,
    dossier: str = "",
    fill: bool = True,
) -> VolumeSeries:
    """Posts and sentiment per bucket; ``sentiment`` labels a post (None: unlabelled)."""
    groups: dict[datetime, list[Post]] = defaultdict(list)
    authors: list[str] = []
    for post in posts:
        if dossier and post.dossier and post.dossier != dossier:
            continue
        groups[_key(post.published_at, size)].append(post)
        authors.append(post.author)
    starts = sorted(groups)
    if fill and starts:
        filled, cur = [], starts[0]
        while cur <= starts[-1]:
            filled.append(cur)
            cur = _next_key(cur, size)
        starts = filled
    points = []
    for start in starts:
        group = groups.get(start, [])
        counts = {lab: 0 for lab in LABELS}
        for post in group:
            lab = sentiment(post) if sentiment else None
            if lab:
                counts[lab] = counts.get(lab, 0) + 1
        rep = representativeness(p.author for p in group)
        points.append(VolumePoint(start.astimezone(TZ), len(group), counts, rep))
    return VolumeSeries(dossier, size, tuple(points), representativeness(authors))
