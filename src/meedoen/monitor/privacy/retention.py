# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Retention of raw posts and the aggregates that outlive them (issue #4, item 4).

:func:`due_for_deletion` says which raw posts must go: those older than the
retention period (default 30 days) and those the platform reported as deleted
(honoured at once, whatever their age). :func:`fold_hourly` turns posts into
per-hour aggregates before deletion; the aggregates hold counts only, no
pseudonyms and no text, and are kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal

from meedoen.monitor.model import Post
from meedoen.monitor.privacy.settings import RETENTION_DAYS

RETENTION = "bewaartermijn"
PLATFORM = "verwijderd-bij-bron"


@dataclass(frozen=True, slots=True)
class Row:
    """What retention needs of a stored raw post."""

    id: str
    published_at: datetime
    ingested_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Deletion:
    id: str
    reason: str  # RETENTION or PLATFORM


def _aware(ts: datetime, what: str) -> datetime:
    if ts.tzinfo is None or ts.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware")
    return ts


def due_for_deletion(
    rows: Iterable[Row],
    now: datetime,
    *,
    days: int = RETENTION_DAYS,
    deleted_ids: Collection[str] = frozenset(),
    clock: Literal["ingested", "published"] = "ingested",
) -> list[Deletion]:
    """The rows to delete at ``now``, in input order.

    The retention clock starts at ingest (``ingested_at``; ``published_at`` when
    it is unknown) or, with ``clock="published"``, at publication. A row exactly
    ``days`` old is kept; one a moment older is deleted.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    cutoff = _aware(now, "now") - timedelta(days=days)
    out = []
    for row in rows:
        if row.id in deleted_ids:
            out.append(Deletion(row.id, PLATFORM))
            continue
        start = row.ingested_at if clock == "ingested" and row.ingested_at else row.published_at
        if _aware(start, f"row {row.id!r} timestamp") < cutoff:
            out.append(Deletion(row.id, RETENTION))
    return out


@dataclass(frozen=True, slots=True)
class HourAggregate:
    """Counts for one dossier, source and UTC hour; kept after the raw posts are gone.

    ``authors`` is the number of distinct authors in this hour only: distinct
    counts of different hours cannot be added up.
    """

    dossier: str
    source: str
    hour: datetime  # start of the hour, UTC
    posts: int
    authors: int
    sentiment: dict[str, int] = field(default_factory=dict, hash=False)
    lang: dict[str, int] = field(default_factory=dict, hash=False)


def hour_of(ts: datetime) -> datetime:
    """The start of the UTC hour of ``ts``."""
    return _aware(ts, "timestamp").astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def fold_hourly(
    posts: Iterable[Post], sentiment: Callable[[Post], str | None] | None = None
) -> list[HourAggregate]:
    """Per (dossier, source, hour) counts of ``posts``, sorted by hour, dossier, source.

    ``sentiment`` gives a post's label (``positief``/``neutraal``/``negatief``)
    or None; without it the sentiment counts stay empty.
    """
    groups: dict[tuple[datetime, str, str], list[Post]] = defaultdict(list)
    for post in posts:
        groups[(hour_of(post.published_at), post.dossier, post.source)].append(post)
    out = []
    for (hour, dossier, source), group in sorted(groups.items()):
        labels = Counter(lab for lab in (sentiment(p) if sentiment else None for p in group) if lab)
        out.append(
            HourAggregate(
                dossier=dossier,
                source=source,
                hour=hour,
                posts=len(group),
                authors=len({p.author for p in group if p.author}),
                sentiment=dict(labels),
                lang=dict(Counter(p.lang for p in group)),
            )
        )
    return out
