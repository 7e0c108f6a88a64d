# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The analysed form of a post, shared by all detectors.

Detectors work on :attr:`Document.text` (normalised) and report spans in its
coordinates; the engine maps them back with :meth:`Document.original_span`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Any, Generic, NamedTuple, TypeVar, overload

from meedoen.core import rx
from meedoen.core.text.normalise import normalise_mapped

TOKEN_RE = rx.compile(r"[@#]?\w+(?:[-'.]\w+)*", re.UNICODE)
# A sentence ends at . ! ? followed by whitespace or the end (not inside pers@x.nl or 1.5).
SENTENCE_RE = rx.compile(r"(?:[^.!?\n]|[.!?](?=\S))+[.!?]*", re.UNICODE)
# Digits with the separators of written numbers, from a digit to a digit, four or more.
LONG_DIGIT_RUN_RE = rx.compile(r"\d[\d .()/-]{2,}\d")
URL_RE = rx.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_URL_FOLDED = rx.compile(URL_RE.pattern)  # the same matches on the lower-case text, faster

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


_T = TypeVar("_T")


class Cached(Generic[_T]):
    """``functools.cached_property`` without its lock (Python < 3.12 takes one on every first
    access, which costs more than computing :attr:`Document.lower` of a post)."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, cls: type | None = None) -> Cached[_T]: ...
    @overload
    def __get__(self, obj: object, cls: type | None = None) -> _T: ...
    def __get__(self, obj: object, cls: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


_new_tuple = tuple.__new__


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
        # the origin map is None when it is the identity (most posts)
        self.text, self._map = normalise_mapped(original)

    @property
    def _origin(self) -> list[int]:
        """``origin[i]``: the index in :attr:`original` of normalised character ``i``."""
        if self._map is None:
            return list(range(len(self.text) + 1))
        return self._map

    @Cached
    def lower(self) -> str:
        """Lower case with the same length as :attr:`text` (spans stay valid)."""
        lower = self.text.lower()
        if len(lower) != len(self.text):  # e.g. 'İ' lowers to two characters
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
        return lower

    @Cached
    def digit_runs(self) -> list[tuple[int, int]]:
        """Spans of the stretches of digits, spaces and ``. ( ) / -`` that start and end with
        a digit and are four characters or more. A number pattern over these characters
        with four or more characters in a row lies within one of them."""
        # (a match of LONG_DIGIT_RUN_RE runs on to the last digit of its stretch: greedy)
        text = self.text
        first = LONG_DIGIT_RUN_RE.search(text)
        if first is None:
            self.__dict__["digit_run"] = 0
            return []  # most posts: dates and counts at most
        runs = [first.span(), *(m.span() for m in LONG_DIGIT_RUN_RE.finditer(text, first.end()))]
        self.__dict__["digit_run"] = max(e - s for s, e in runs)
        return runs

    @Cached
    def digit_run(self) -> int:
        """Length of the longest of :attr:`digit_runs` (0 if none): a cheap shared gate for
        detectors of numbers. A pattern that needs ``n >= 4`` such characters in a row
        cannot match when ``digit_run < n``."""
        self.digit_runs  # noqa: B018 (sets digit_run too)
        value: int = self.__dict__["digit_run"]
        return value

    @Cached
    def url_spans(self) -> list[tuple[int, int]]:
        """Spans of the web addresses (``URL_RE``), looked for only when the text has a "/"
        or "www" (as the detectors of numbers have always done)."""
        text = self.text
        if "/" not in text and "www" not in text:
            return []
        low = self.lower
        if "\u0130" in low or "\u0131" in low or "\u017f" in low:  # İ ı ſ fold irregularly
            return [m.span() for m in URL_RE.finditer(text)]
        return [m.span() for m in _URL_FOLDED.finditer(low)]

    @Cached
    def tokens(self) -> list[Token]:
        text, lower = self.text, self.lower
        out: list[Token] = []
        append = out.append
        for m in TOKEN_RE.finditer(text):
            s, e = m.span()
            # (what Token(...) does, without its Python-level __new__: a fifth of the cost)
            append(_new_tuple(Token, (s, e, text[s:e], lower[s:e])))
        return out

    @Cached
    def words(self) -> frozenset[str]:
        """Lower-case word forms (without leading @/#) for quick membership tests."""
        return frozenset(w.lstrip("@#") for w in TOKEN_RE.findall(self.lower))

    @Cached
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
        origin = self._map
        if origin is None:
            return start, end  # the identity map
        if start == end:
            o = origin[start]
            return o, o
        return origin[start], origin[end - 1] + 1

    @Cached
    def _sentence_spans(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the sentences (``SENTENCE_RE``), ascending and not overlapping."""
        spans = [m.span() for m in SENTENCE_RE.finditer(self.text)]
        return [a for a, _ in spans], [b for _, b in spans]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The span of the sentence (normalised coordinates) containing ``pos``; the whole text
        when no sentence does (a line break). Found by bisection: detectors ask this for every
        finding, and a long post would otherwise be scanned once per finding."""
        starts, ends = self._sentence_spans
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < ends[i]:
            return starts[i], ends[i]
        return 0, len(self.text)

    def window(self, start: int, end: int, chars: int = 60) -> str:
        """Lower-case text around a span, for context-word checks."""
        return self.lower[max(0, start - chars) : end + chars]
