# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The k-anonymity gate for example posts (issue #4, item 4).

An aggregate (a spike, a term, a bucket) may be illustrated with example
posts only when at least ``k`` distinct authors (default 5) are behind it, so
an example never stands for one identifiable person. Examples are at most one
per author, and never more than ``limit``. Posts without an author pseudonym
do not count as authors.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from meedoen.monitor.model import Post
from meedoen.monitor.privacy.settings import K_DEFAULT

LIMIT = 3


@dataclass(frozen=True, slots=True)
class Examples:
    """The outcome of the gate: example posts, or none with a Dutch reason."""

    posts: tuple[Post, ...]
    distinct_authors: int
    k: int
    reason: str  # Dutch; "" when examples are shown

    @property
    def shown(self) -> bool:
        return bool(self.posts)


def distinct_authors(posts: Iterable[Post]) -> int:
    """How many different (non-empty) author pseudonyms wrote ``posts``."""
    return len({p.author for p in posts if p.author})


def _weight(post: Post) -> float:
    return sum(v for v in post.metrics.values() if isinstance(v, int | float))


def gate(posts: Iterable[Post], k: int = K_DEFAULT, limit: int = LIMIT) -> Examples:
    """Examples for an aggregate of ``posts``, or none when fewer than ``k`` authors are behind it.

    Chosen examples: per author the post with the most engagement (sum of its
    metrics), then the ``limit`` most engaged of those; ties by id, so the
    choice is stable.
    """
    if k < 2:
        raise ValueError("k must be at least 2")
    if limit < 0:
        raise ValueError("limit must not be negative")
    best: dict[str, Post] = {}
    for post in posts:
        if not post.author:
            continue
        seen = best.get(post.author)
        if seen is None or (_weight(post), seen.id) > (_weight(seen), post.id):
            best[post.author] = post
    n = len(best)
    if n < k:
        reason = (
            f"Geen voorbeeldberichten: deze berichten komen van {n} verschillende "
            f"auteur{'s' if n != 1 else ''}, minder dan de drempel van {k}. Zo is niemand via "
            "een voorbeeld te herkennen."
        )
        return Examples((), n, k, reason)
    if limit == 0:
        return Examples((), n, k, "Er zijn geen voorbeeldberichten gevraagd.")
    chosen = sorted(best.values(), key=lambda p: (-_weight(p), p.id))[:limit]
    return Examples(tuple(chosen), n, k, "")
