# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Explain a spike alert (issue #4, item 5).

The spike detectors (:mod:`meedoen.monitor.spikes`) say *that* a bucket is
unusual; :func:`explain` says *what* is in it: the emerging terms against a
baseline, the sources, the number of distinct authors and the share of the
single most active author, with one Dutch summary sentence. A spike carried by
a handful of accounts is flagged as such.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from meedoen.monitor.analytics.terms import emerging
from meedoen.monitor.model import Post

TZ = ZoneInfo("Europe/Amsterdam")
FEW_ACCOUNTS_SHARE = 0.3  # one author with this share or more carries the spike
TOP_TERMS = 5
MIN_AUTHORS = 5  # the k of the privacy gate; below it the summary says so


@dataclass(frozen=True, slots=True)
class Alert:
    dossier: str
    start: datetime | None
    end: datetime | None
    posts: int
    expected: float | None  # the baseline's expectation for this bucket, when known
    top_terms: tuple[str, ...]
    sources: tuple[tuple[str, int], ...]  # (source, posts), most first
    distinct_authors: int
    top_author_share: float  # share of the posts by the single most active author
    score: float | None
    summary: str  # Dutch

    @property
    def few_accounts(self) -> bool:
        return self.top_author_share >= FEW_ACCOUNTS_SHARE


def _when(start: datetime | None, end: datetime | None) -> str:
    if start is None:
        return ""
    s = start.astimezone(TZ)
    text = f" op {s:%d-%m-%Y} {s:%H:%M}"
    if end is not None:
        text += f"–{end.astimezone(TZ):%H:%M}"
    return text


def explain(
    spike: Sequence[Post],
    baseline: Sequence[Post],
    *,
    dossier: str = "",
    start: datetime | None = None,
    end: datetime | None = None,
    expected: float | None = None,
    score: float | None = None,
    min_authors: int = MIN_AUTHORS,
) -> Alert:
    """An :class:`Alert` for the posts of a spike bucket against baseline posts."""
    n = len(spike)
    per_author = Counter(p.author for p in spike if p.author)
    authors = len(per_author)
    top_share = max(per_author.values()) / n if per_author else 0.0
    # terms need at least two authors, so a single account never names the spike
    terms = tuple(
        t.term for t in emerging(spike, baseline, min_count=2, min_authors=2, top=TOP_TERMS)
    )
    sources = tuple(
        sorted(Counter(p.source for p in spike).items(), key=lambda kv: (-kv[1], kv[0]))
    )
    parts = [f"Piek in {('dossier ' + dossier) if dossier else 'het dossier'}{_when(start, end)}:"]
    volume = f"{n} bericht{'en' if n != 1 else ''}"
    if expected is not None:
        volume += f" (gewoonlijk ongeveer {expected:.0f})"
    parts.append(f"{volume} van {authors} verschillende auteur{'s' if authors != 1 else ''};")
    parts.append(f"de actiefste auteur plaatste {round(100 * top_share)}% ervan.")
    if terms:
        parts.append("Opvallende termen: " + ", ".join(terms) + ".")
    if sources:
        parts.append(
            "Bronnen: " + ", ".join(f"{s} {round(100 * c / n)}%" for s, c in sources) + "."
        )
    if top_share >= FEW_ACCOUNTS_SHARE:
        parts.append("Let op: deze piek wordt door een klein aantal accounts gedragen.")
    if authors < min_authors:
        parts.append(
            f"Minder dan {min_authors} auteurs: geen voorbeeldberichten en voorzichtig duiden."
        )
    return Alert(
        dossier=dossier,
        start=start,
        end=end,
        posts=n,
        expected=expected,
        top_terms=terms,
        sources=sources,
        distinct_authors=authors,
        top_author_share=top_share,
        score=score,
        summary=" ".join(parts),
    )
