# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Representativeness of a set of posts (issue #4, item 5; seed §2.4).

Who is speaking? Distinct authors, the Gini coefficient over posts per author
(0: everyone posts equally often; towards 1: a few accounts post nearly
everything), the share of posts from the top 10% of authors, and a plain-Dutch
caveat chosen by thresholds. The seed's warning: the voices of the outspoken
and digitally skilled are heard best, "the loudest becoming the loudest".
Only counts per pseudonym are used and nothing per author is returned.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

FEW_AUTHORS = 20  # below this a share or a trend says little
CONCENTRATED_TOP_SHARE = 0.5
CONCENTRATED_GINI = 0.6
UNEVEN_TOP_SHARE = 0.3
BASE_CAVEAT = "Sociale media zijn geen representatieve afspiegeling van de samenleving."


def gini(counts: Sequence[int]) -> float:
    """Gini coefficient of non-negative counts, in [0, 1]; 0 for no or equal counts."""
    xs = sorted(counts)
    if any(x < 0 for x in xs):
        raise ValueError("counts must not be negative")
    n, total = len(xs), sum(xs)
    if n == 0 or total == 0:
        return 0.0
    weighted = sum((i + 1) * x for i, x in enumerate(xs))
    return max(0.0, min(1.0, 2 * weighted / (n * total) - (n + 1) / n))


def top_share(counts: Sequence[int], fraction: float = 0.1) -> float:
    """Share of all posts written by the top ``fraction`` of authors (at least one author)."""
    total = sum(counts)
    if total == 0:
        return 0.0
    top = max(1, math.ceil(len(counts) * fraction))
    return sum(sorted(counts, reverse=True)[:top]) / total


@dataclass(frozen=True, slots=True)
class Representativeness:
    posts: int
    authors: int
    gini: float
    top10_share: float
    level: str  # "te-weinig" | "geconcentreerd" | "ongelijk" | "gespreid"
    caveat: str  # Dutch


def caveat_for(authors: int, gini_value: float, share: float) -> tuple[str, str]:
    """The level and the Dutch caveat for these numbers."""
    pct = round(100 * share)
    if authors < FEW_AUTHORS:
        return "te-weinig", (
            f"Let op: maar {authors} verschillende auteur{'s' if authors != 1 else ''}. "
            f"Dat is te weinig om iets te zeggen over wat er in het algemeen leeft. {BASE_CAVEAT}"
        )
    if share >= CONCENTRATED_TOP_SHARE or gini_value >= CONCENTRATED_GINI:
        return "geconcentreerd", (
            f"Let op: de luidsten worden de luidsten. De actiefste 10% van de auteurs schreef "
            f"{pct}% van de berichten; dit beeld wordt door een kleine groep bepaald. "
            f"{BASE_CAVEAT}"
        )
    if share >= UNEVEN_TOP_SHARE:
        return "ongelijk", (
            f"De actiefste 10% van de auteurs schreef {pct}% van de berichten: een deel van "
            f"de discussie komt van een kleine groep. {BASE_CAVEAT}"
        )
    return "gespreid", (
        f"De berichten komen van {authors} auteurs en zijn redelijk gespreid. {BASE_CAVEAT}"
    )


def from_counts(counts: Sequence[int]) -> Representativeness:
    """Representativeness from posts-per-author counts."""
    counts = [c for c in counts if c > 0]
    g, share = gini(counts), top_share(counts)
    level, caveat = caveat_for(len(counts), g, share)
    return Representativeness(sum(counts), len(counts), g, share, level, caveat)


def representativeness(authors: Iterable[str]) -> Representativeness:
    """Representativeness of posts given their author pseudonyms (one per post).

    Posts without an author ("") count as posts, not as authors.
    """
    per_author: Counter[str] = Counter()
    anonymous = 0
    for author in authors:
        if author:
            per_author[author] += 1
        else:
            anonymous += 1
    rep = from_counts(list(per_author.values()))
    if anonymous:
        return Representativeness(
            rep.posts + anonymous, rep.authors, rep.gini, rep.top10_share, rep.level, rep.caveat
        )
    return rep
