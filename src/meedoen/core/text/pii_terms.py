# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Term lists of the personal-data detectors, found through the shared lexicon scan.

A :class:`TermLexicon` holds ``(group, term)`` rows from a lexicon file. A term
is a word or a phrase; a trailing ``*`` matches any continuation (``chemo*``:
chemokuur, chemotherapie). Each plain term is looked for only when its longest
content word (its *key*) is among the words of the post, and the starred stems
only when one of them occurs inside a word: both questions are answered by
:func:`meedoen.core.text.pii_scan.scan`, once per check for all detectors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from meedoen.core import rx
from meedoen.core.text.pii_scan import Lexicon, Scan

# Function words never gate a phrase ("op de ic" is gated by "ic", "in zijn cel" by "cel"):
# a gate that is in most posts would run the phrase's pattern on most posts.
_GLUE = frozenset(
    "op de in het van met lid uit aan bij is zijn z'n haar hun his her the a an of to on at".split()
)


def term_pattern(term: str) -> re.Pattern[str]:
    """The pattern of one term: white space between its words, its end as a word end. The
    start is checked by :meth:`TermLexicon.find` (cheaper than a look-behind)."""
    body = re.escape(term.rstrip("*")).replace(r"\ ", r"\s+")
    tail = r"\w*" if term.endswith("*") else ""
    return rx.compile(rf"{body}{tail}(?!\w)")


def key_of(term: str) -> str:
    """The word that gates a term: its longest word that is not a function word."""
    return max((w for w in term.split() if w not in _GLUE), key=len)


class TermLexicon:
    """Grouped terms, found in a lower-case text with the help of its lexicon scan."""

    def __init__(self, rows: Iterable[tuple[str, str]]) -> None:
        self.by_key: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        self.stem_terms: list[tuple[re.Pattern[str], str]] = []
        stems: set[str] = set()
        for group, term in rows:
            if term.endswith("*"):
                self.stem_terms.append((term_pattern(term), group))
                stems.add(term.rstrip("*"))
            else:
                self.by_key.setdefault(key_of(term), []).append((term_pattern(term), group))
        # the gates, in the shared lexicon scan: which key words (also as part of
        # "hiv-positief") are in the post, and whether a stem is
        self.keys = Lexicon(self.by_key, parts=True, collect=True)
        self.stems = Lexicon(substrings=stems)
        self.mask = self.keys.bit | self.stems.bit

    def present(self, cues: Scan) -> bool:
        """Whether a key word or a stem of this lexicon is in the post (a term may be)."""
        return bool(cues.bits & self.mask)

    def find(self, low: str, cues: Scan) -> list[tuple[int, int, str]]:
        """Sorted ``(start, end, group)`` of every term in ``low`` that starts a word."""
        found: set[tuple[int, int, str]] = set()
        for key in cues.found(self.keys):
            for pattern, group in self.by_key[key]:
                found.update((m.start(), m.end(), group) for m in pattern.finditer(low))
        if cues.has(self.stems):
            for pattern, group in self.stem_terms:
                found.update((m.start(), m.end(), group) for m in pattern.finditer(low))
        return [t for t in sorted(found) if not (t[0] and low[t[0] - 1].isalnum())]
