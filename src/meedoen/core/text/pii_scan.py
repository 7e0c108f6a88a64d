# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""One shared lexicon scan of a post for the personal-data detectors.

The special-category and case-detail detectors and the person finder gate on
cue words: is a lexicon key word, a case noun, a starred stem, a benefit word
… in the post? Asked one by one, with a word set and regular expressions over
the whole text, that was a third of their cost on a post without personal
data. Here each detector declares its cue lists once as a :class:`Lexicon`;
:func:`scan` splits the lower-case post on white space and looks every word up
in a memo of the words seen before, which holds, per word, the lexicons it
belongs to. Words repeat from post to post (Zipf), so after a few posts almost
every word is a dictionary look-up; a new word is classified once.

The answers are those of the computations they replace, exactly:

- a whole-word lexicon is hit when a word of
  :func:`meedoen.core.text.names.word_set` is in it (with ``parts``, also a
  part of a hyphenated word: "hiv" in "hiv-positief");
- a substring lexicon is hit when one of its strings occurs in the text; such
  strings contain no white space, so they lie within one word.

tests/test_pii_fastpath_scan.py compares both with the direct computation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import reduce
from itertools import repeat
from operator import or_
from typing import Any

from meedoen.core import rx
from meedoen.core.text.names import _PUNCT
from meedoen.core.text.pii_regex import trie_pattern

_CACHE_KEY = "pii.scan"
_MEMO_LIMIT = 200_000  # words; the memo starts afresh when it is full


def words_of(lower: str) -> frozenset[str]:
    """The words of ``lower`` split on white space, stripped of surrounding punctuation
    (= :func:`meedoen.core.text.names.word_set`)."""
    return frozenset(map(str.strip, lower.split(), repeat(_PUNCT)))


class Lexicon:
    """Cue words looked for in every word of a post: whole words (``words``; with
    ``parts`` also the parts of hyphenated words) or strings inside a word
    (``substrings``, without white space). With ``collect`` the scan can also tell which
    of the whole words it found (:meth:`Scan.found`)."""

    def __init__(
        self,
        words: Iterable[str] = (),
        substrings: Iterable[str] = (),
        *,
        parts: bool = False,
        collect: bool = False,
    ) -> None:
        self.words = frozenset(words)
        self.substrings = tuple(sorted(set(substrings)))
        if any(not s or any(c.isspace() for c in s) for s in self.substrings):
            raise ValueError("a substring cue must be non-empty and without white space")
        self.parts = parts
        self.collect = collect
        self.bit = 1 << len(_LEXICONS)
        _LEXICONS.append(self)
        for word in self.words:
            _WORD_BITS[word] = _WORD_BITS.get(word, 0) | self.bit
            if parts:
                _PART_BITS[word] = _PART_BITS.get(word, 0) | self.bit
        if self.substrings:
            _add_substrings(self.bit, self.substrings)
        _forget()  # the words seen so far were not classified for this lexicon

    def hits(self, word: str) -> list[str]:
        """The whole words of this lexicon that ``word`` (stripped of surrounding
        punctuation) is or, with ``parts``, has as a part."""
        found = [word] if word in self.words else []
        if self.parts and "-" in word:
            found += [p for p in word.split("-") if p in self.words]
        return found


_LEXICONS: list[Lexicon] = []
_WORD_BITS: dict[str, int] = {}  # whole word -> the lexicons it is in
_PART_BITS: dict[str, int] = {}  # the same, for the lexicons that count hyphenated parts
_SUBSTRING_BITS: dict[str, int] = {}  # substring -> the lexicons it is in
# All substrings in one pattern (see _substring_bits); rebuilt when a lexicon is added.
_INSIDE: list[re.Pattern[str] | None] = [None]
_MATCH_BITS: dict[str, int] = {}
_SHORTEST = [0]  # the length of the shortest substring (a shorter word contains none)
_PUNCT_CHARS = frozenset(_PUNCT)
# The memo: every word seen (as split from a lower-case text), and the lexicons of those
# that hit one (most words hit none). Emptying it puts new containers in place, so that a
# scan running in another thread keeps working with one consistent pair.
_MEMO: list[tuple[set[str], dict[str, int]]] = [(set(), {})]


def _add_substrings(bit: int, substrings: Iterable[str]) -> None:
    for sub in substrings:
        _SUBSTRING_BITS[sub] = _SUBSTRING_BITS.get(sub, 0) | bit
    # The pattern takes the longest substring at a place; the substrings that start there
    # too are its prefixes, so a match stands for the lexicons of all of those.
    _INSIDE[0] = rx.compile(trie_pattern(_SUBSTRING_BITS))
    _SHORTEST[0] = min(map(len, _SUBSTRING_BITS))
    _MATCH_BITS.clear()
    for sub in _SUBSTRING_BITS:
        _MATCH_BITS[sub] = reduce(
            or_, (b for p, b in _SUBSTRING_BITS.items() if sub.startswith(p)), 0
        )


def _substring_bits(word: str) -> int:
    """The lexicons of all substrings in ``word`` (overlapping ones too)."""
    inside = _INSIDE[0]
    if inside is None or len(word) < _SHORTEST[0]:
        return 0
    bits = 0
    m = inside.search(word)
    while m is not None:
        bits |= _MATCH_BITS[m.group()]
        m = inside.search(word, m.start() + 1)
    return bits


def _learn(token: str, seen: set[str], hits: dict[str, int]) -> int:
    """The lexicons that ``token`` (a white-space separated word of a lower-case text)
    hits, remembered in the memo (``seen``, ``hits``)."""
    # (str.strip with characters costs more than these two look-ups)
    edge = token[0] in _PUNCT_CHARS or token[-1] in _PUNCT_CHARS
    word = token.strip(_PUNCT) if edge else token
    bits = _WORD_BITS.get(word, 0) | _substring_bits(word)
    if "-" in word:
        for part in word.split("-"):
            bits |= _PART_BITS.get(part, 0)
    seen.add(token)
    if bits:
        hits[token] = bits
    return bits


def _forget() -> None:
    """Empty the memo (when it is full, or when a lexicon is added)."""
    _MEMO[0] = (set(), {})


class Scan:
    """Which lexicons a post hits (see :func:`scan`)."""

    __slots__ = ("bits", "_hits")

    def __init__(self, bits: int, hits: dict[str, int]) -> None:
        self.bits = bits
        self._hits = hits  # the post's words that hit a lexicon, with their lexicons

    def has(self, lexicon: Lexicon) -> bool:
        return bool(self.bits & lexicon.bit)

    def found(self, lexicon: Lexicon) -> frozenset[str]:
        """The whole words of a ``collect`` lexicon in the post (with ``parts``, also the
        parts of hyphenated words that are in it)."""
        bit = lexicon.bit
        if not self.bits & bit:
            return frozenset()
        out: set[str] = set()
        for token, bits in self._hits.items():
            if bits & bit:
                out.update(lexicon.hits(token.strip(_PUNCT)))
        return frozenset(out)


def scan(lower: str, cache: dict[str, Any]) -> Scan:
    """The lexicons that the words of ``lower`` (a lower-case text) hit, computed once per
    check (shared through ``ctx.cache``)."""
    hit = cache.get(_CACHE_KEY)
    if hit is not None and hit[0] is lower:
        found: Scan = hit[1]
        return found
    tokens = lower.split()
    seen, hits = _MEMO[0]
    if not seen.issuperset(tokens):
        if len(seen) + len(tokens) > _MEMO_LIMIT:
            _forget()
            seen, hits = _MEMO[0]
        for token in tokens:
            if token not in seen:
                _learn(token, seen, hits)
    # (a set operation: no Python loop over all the words, only over those that hit)
    mine = {token: hits[token] for token in hits.keys() & tokens}
    bits = 0
    for lexicons in mine.values():
        bits |= lexicons
    found = Scan(bits, mine)
    cache[_CACHE_KEY] = (lower, found)
    return found
