# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Fast regex helpers for the tone scan.

- lower-case patterns without a leading ``\\b``: Python's regex engine can only skip ahead on a
  pattern's first characters when the pattern does not start with an assertion; the word start
  is checked afterwards;
- :class:`GatedUnion`: a second pattern searched only when one of its needle words occurs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from meedoen.core import rx


def _fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile for lower-case text. Alternatives lose a leading ``\\b`` so that the engine can
    skip ahead on their first characters; :func:`_find` checks the word start instead."""
    body = pattern.replace("|\\b", "|").replace("(?:\\b", "(?:")
    return rx.compile(body[2:] if body.startswith("\\b") else body)


def _starts_word(low: str, i: int) -> bool:
    return i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_") or not low[i].isalnum()


def _find(pattern: re.Pattern[str], low: str, a: int, b: int) -> re.Match[str] | None:
    """The first match in low[a:b] that starts at a word start."""
    for m in pattern.finditer(low, a, b):
        if _starts_word(low, m.start()):
            return m
    return None


class GatedUnion:
    """The matches of ``base`` and, only when ``text[a:b]`` contains one of ``needles``, those
    of ``more`` that do not overlap a match of ``base``, in order. Every match of ``more``
    must contain one of the needles (tests/test_toon.py checks the forms it is built for)."""

    __slots__ = ("base", "more", "needles")

    def __init__(
        self, base: re.Pattern[str], more: re.Pattern[str], needles: tuple[str, ...]
    ) -> None:
        self.base, self.more, self.needles = base, more, needles

    def finditer(self, text: str, a: int = 0, b: int | None = None) -> Iterator[re.Match[str]]:
        b = len(text) if b is None else b
        found = list(self.base.finditer(text, a, b))
        if not any(text.find(n, a, b) >= 0 for n in self.needles):
            return iter(found)
        spans = [m.span() for m in found]
        found += (
            m
            for m in self.more.finditer(text, a, b)
            if not any(s < m.end() and m.start() < e for s, e in spans)
        )
        return iter(sorted(found, key=lambda m: m.start()))


# A quotation: a sentence that quotes an insult reports someone else's words ('"stelletje
# idioten", schreef iemand'); scare quotes around the group do not make an insult elsewhere in
# the sentence a quotation ("those 'climate activists' … parasites").
QUOTE_RE = rx.compile(r"(?<!\w)['\"“‘]\w[^'\"”’]{0,80}['\"”’](?!\w)")


def unquoted(low: str, a: int, b: int, spans: list[tuple[int, int]]) -> list[bool]:
    """For each hit span in the sentence ``low[a:b]``: whether it stands outside quotation. All
    are quoted when one of them lies in a quotation; an emoji without words is quoted whenever
    the sentence quotes anything (its target may be inside the quotation)."""
    quotes = [m.span() for m in QUOTE_RE.finditer(low, a, b)]
    if not quotes:
        return [True] * len(spans)
    if any(qs < e and s < qe for s, e in spans for qs, qe in quotes):
        return [False] * len(spans)
    return [any(c.isalpha() for c in low[s:e]) for s, e in spans]
