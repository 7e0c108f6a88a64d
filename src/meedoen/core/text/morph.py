# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dutch word-form matching: inflections, diminutives and compounds of keywords.

A dossier keyword such as ``stikstof`` should also match ``stikstofaanpak``,
``stikstofdepositie`` and ``stikstofregels``; ``windmolen`` should match
``windmolens`` and ``windmolentje``; ``woning`` should match ``huurwoningen``.
Dutch writes compounds as one word, so a keyword is matched

* with its inflections (plural ``-en``/``-s``/``'s``, adjective ``-e``,
  diminutive ``-(e|p)tje(s)``/``-je(s)``, doubled final consonant
  ``stof`` → ``stoffen``, shortened long vowel ``boom`` → ``bomen``);
* as the first part of a compound (with a linking ``-s-``/``-e(n)-``), for
  keywords of at least :data:`MIN_MODIFIER` letters;
* as the last part of a compound, for keywords of at least :data:`MIN_HEAD`
  letters (``huurwoning``), so that short keywords do not hit unrelated words.

Multi-word keywords (``sociaal domein``) match word by word with inflection on
every word and any run of spaces or hyphens in between.

Patterns are compiled once per keyword set and cached (keyed by the tuple of
keywords), so per-post work is a single regex scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from meedoen.core import rx

MIN_MODIFIER = 5  # "asiel" → "asielzoeker"; "zorg" does not match "zorgvuldig"
MIN_HEAD = 6  # "woning" → "huurwoning"; "wind" does not match "rugwind"
VOWELS = "aeiouy"
_INFLECTION = r"(?:s|'s|en|e|es|n|tje|tjes|je|jes|etje|etjes|pje|pjes)?"
_WORD_RE = rx.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def _stems(word: str) -> set[str]:
    """The keyword and plausible base forms of it (a plural given as keyword)."""
    w = word.lower()
    stems = {w}
    if len(w) > 5 and w.endswith("en"):
        base = w[:-2]
        if base[-1] == base[-2] and base[-1] not in VOWELS:
            stems.add(base[:-1])  # "stoffen" → "stof"
        elif base.endswith("ing"):
            stems.add(base)  # "woningen" → "woning"
    elif len(w) > 5 and w.endswith("'s"):
        stems.add(w[:-2])
    elif len(w) > 5 and w.endswith("s") and w[-2] in "lnr" and w[-3] in "eo":
        stems.add(w[:-1])  # "windmolens" → "windmolen", "bewoners" → "bewoner"
    return stems


_UNSTRESSED = ("en", "el", "er", "em", "ig", "je")


def _variants(stem: str) -> set[str]:
    """Spelling changes before an ending: "stof" → "stoff", "boom" → "bom"."""
    out = {stem}
    if len(stem) >= 3 and stem[-1] not in VOWELS and stem[-2] in VOWELS:
        if stem[-3] not in VOWELS and stem[-1] not in "wjx" and not stem.endswith(_UNSTRESSED):
            out.add(stem + stem[-1])  # stof → stoffen, bus → bussen
        elif stem[-3] == stem[-2] and stem[-2] in "aeou":
            out.add(stem[:-2] + stem[-1])  # boom → bomen, sociaal → sociale
    if len(stem) > 3 and stem[-2] in VOWELS and stem[-3] in VOWELS:
        if stem.endswith("f"):
            out.add(stem[:-1] + "v")  # brief → brieven
        elif stem.endswith("s"):
            out.add(stem[:-1] + "z")  # huis → huizen
    return out


def word_pattern(word: str, *, head: bool = True, tail: bool = True) -> str:
    """Regex body (no boundaries) for one word: its forms, optionally inside a compound."""
    stems = _stems(word)
    forms: set[str] = set()
    for stem in stems:
        forms |= _variants(stem)
    body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    core = f"(?:{body}){_INFLECTION}"
    longest = max(len(s) for s in stems)
    pre = r"(?:[^\W\d_]{3,}-?)?" if head and longest >= MIN_HEAD else ""
    post = r"(?:-?[^\W\d_]{3,})?" if tail and longest >= MIN_MODIFIER else ""
    return f"{pre}{core}{post}"


def keyword_pattern(keyword: str, *, compounds: bool = True) -> str:
    """Regex (with word boundaries) for a keyword of one or more words."""
    words = _WORD_RE.findall(keyword.lower())
    if not words:
        return r"(?!x)x"
    last = len(words) - 1
    parts = [
        word_pattern(w, head=compounds and last == 0, tail=compounds and i == last)
        for i, w in enumerate(words)
    ]
    return r"(?<![^\W_])" + r"[\s\-]+".join(parts) + r"(?![^\W_])"


@dataclass(frozen=True, slots=True)
class KeywordHit:
    start: int
    end: int
    keyword: str


class KeywordMatcher:
    """Compiled patterns for a set of keywords; reports which keyword matched.

    A cheap substring test on the lower-cased text selects the keywords worth
    a regex scan, so a post that mentions none of them costs a few
    microseconds.
    """

    def __init__(self, keywords: tuple[str, ...], *, compounds: bool = True) -> None:
        self.keywords = tuple(k for k in keywords if _WORD_RE.search(k))
        self._entries: list[tuple[str, tuple[str, ...], re.Pattern[str], bool]] = []
        for k in self.keywords:
            if _is_acronym(k):
                # "PAS", "BZK": case-sensitive, whole word, optional plural
                acronym = re.compile(rf"(?<![^\W_]){re.escape(k)}(?:'?s)?(?![^\W_])")
                self._entries.append((k, (k,), acronym, True))
                continue
            first = _WORD_RE.findall(k.lower())[0]
            needles = set()
            for stem in _stems(first):
                needles |= _variants(stem)
            shortest = tuple(sorted(needles, key=len))
            pattern = re.compile(keyword_pattern(k, compounds=compounds), re.IGNORECASE)
            self._entries.append((k, shortest, pattern, False))

    def finditer(self, text: str, lower: str | None = None) -> Iterator[KeywordHit]:
        """Hits in text order; ``lower`` is ``text.lower()`` when the caller has it."""
        low = text.lower() if lower is None else lower
        hits: dict[int, KeywordHit] = {}
        for keyword, needles, pattern, exact in self._entries:
            hay = text if exact else low
            for needle in needles:
                i = hay.find(needle)
                while i >= 0:
                    start = _word_start(hay, i)
                    if start not in hits:
                        m = pattern.match(hay, start)
                        if m is not None:
                            hits[start] = KeywordHit(m.start(), m.end(), keyword)
                    i = hay.find(needle, i + len(needle))
        return iter(sorted(hits.values(), key=lambda h: h.start))

    def search(self, text: str, lower: str | None = None) -> KeywordHit | None:
        return next(self.finditer(text, lower), None)


def _is_acronym(keyword: str) -> bool:
    return keyword.isupper() and 2 <= len(keyword) <= 8 and " " not in keyword


def keyword_key(keyword: str) -> str:
    """How a keyword is stored: acronyms keep their case, other keywords are lower-cased."""
    k = keyword.strip()
    return k if _is_acronym(k) else k.lower()


def _word_start(text: str, i: int) -> int:
    """Start of the word (letters, with inner hyphens) that contains position ``i``."""
    while i > 0 and (
        text[i - 1].isalpha() or (text[i - 1] == "-" and i > 1 and text[i - 2].isalpha())
    ):
        i -= 1
    return i


@lru_cache(maxsize=512)
def _cached(keywords: tuple[str, ...], compounds: bool) -> KeywordMatcher:
    return KeywordMatcher(keywords, compounds=compounds)


def matcher(keywords: Iterable[str], *, compounds: bool = True) -> KeywordMatcher:
    """The cached matcher for a set of keywords (order-insensitive, case-insensitive)."""
    key = tuple(
        sorted({keyword_key(k) for k in keywords if k and k.strip()}, key=lambda k: (-len(k), k))
    )
    return _cached(key, compounds)


def matches(keyword: str, text: str) -> bool:
    """True when ``text`` contains a form or compound of ``keyword``."""
    return matcher((keyword,)).search(text) is not None
