# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The analysed form of a post, shared by all detectors.

Detectors work on :attr:`Document.text` (normalised) and report spans in its
coordinates; the engine maps them back with :meth:`Document.original_span`.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import NamedTuple

from meedoen.core.text.normalise import normalise

TOKEN_RE = re.compile(r"[@#]?\w+(?:[-'.]\w+)*", re.UNICODE)
# A sentence ends at . ! ? followed by whitespace or the end (not inside pers@x.nl or 1.5).
SENTENCE_RE = re.compile(r"(?:[^.!?\n]|[.!?](?=\S))+[.!?]*", re.UNICODE)

NL_HINTS = frozenset(
    "de het een en van ik je jij we wij niet is zijn dat die dit er op te met voor "
    "maar ook nog wel al naar bij uit om dan als heb hebben wordt worden was geen "
    "mijn ons onze jullie u uw hij zij zo wat hoe".split()
)
EN_HINTS = frozenset(
    "the a an and of i you we not is are that this there on to with for but also "
    "still well all at from about then as have has be been was no my our your "
    "he she so what how it they their will would".split()
)


class Token(NamedTuple):
    """A word with its span in the normalised text."""

    start: int
    end: int
    text: str
    lower: str


class Document:
    """Normalised text with tokens and an offset map to the original."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.text, self._origin = normalise(original)

    @cached_property
    def lower(self) -> str:
        """Lower case with the same length as :attr:`text` (spans stay valid)."""
        lower = self.text.lower()
        if len(lower) != len(self.text):  # e.g. 'İ' lowers to two characters
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
        return lower

    @cached_property
    def tokens(self) -> list[Token]:
        lower = self.lower
        return [
            Token(s, e, self.text[s:e], lower[s:e])
            for s, e in (m.span() for m in TOKEN_RE.finditer(self.text))
        ]

    @cached_property
    def words(self) -> frozenset[str]:
        """Lower-case word forms (without leading @/#) for quick membership tests."""
        return frozenset(w.lstrip("@#") for w in TOKEN_RE.findall(self.lower))

    @cached_property
    def lang(self) -> str:
        """'nl' or 'en' by function-word counts; Dutch when unsure."""
        nl = en = 0
        for t in self.tokens:
            if t.lower in NL_HINTS:
                nl += 1
            if t.lower in EN_HINTS:
                en += 1
        return "en" if en > nl + 1 else "nl"

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original text."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if start == end:
            o = self._origin[start]
            return o, o
        return self._origin[start], self._origin[end - 1] + 1

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The span of the sentence (normalised coordinates) containing ``pos``."""
        for m in SENTENCE_RE.finditer(self.text):
            if m.start() <= pos < m.end():
                return m.start(), m.end()
        return 0, len(self.text)

    def window(self, start: int, end: int, chars: int = 60) -> str:
        """Lower-case text around a span, for context-word checks."""
        return self.lower[max(0, start - chars) : end + chars]
