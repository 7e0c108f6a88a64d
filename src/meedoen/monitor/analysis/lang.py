# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Language of a post, detected from its text with lingua (never the declared language).

The detector knows only the languages posts about Dutch public dossiers are
likely to be in (:data:`LANGUAGES`), which makes it faster, smaller and more
accurate on short text than the full 75-language model. It is built once, on
first use (a lazy singleton): the first call loads the n-gram models (about
1 s, about 250 MB resident for these ten languages in high-accuracy mode).

Short texts are unreliable: links, handles, hashtag signs and digits are
removed first, and a text with fewer than :data:`MIN_LETTERS` letters or with
a top confidence below :data:`MIN_CONFIDENCE` is ``"und"`` (undetermined,
BCP 47).

Most posts about Dutch dossiers are plainly Dutch, and lingua is more than half
the cost of the per-post analysis. :func:`clearly_dutch` answers ``"nl"``
without lingua when at least :data:`MIN_SHARE` of the words (and at least two
different ones) are common Dutch function words, one of them a word that none
of the other :data:`LANGUAGES` uses (:data:`NL_MARKERS`). Everything else goes
to lingua. On the 5,889 distinct Dutch texts of ``../shared/data`` the shortcut
answers 4,403; lingua agrees on 4,385, and the other 18 are Dutch posts that
lingua calls ``und`` (16) or ``en`` (2) (docs/evaluation-analysis.md).
"""

from __future__ import annotations

import re
import threading
from typing import Any

UND = "und"
LANGUAGES = ("nl", "en", "de", "fr", "es", "tr", "ar", "pl", "it", "pt")
MIN_LETTERS = 12
MIN_CONFIDENCE = 0.5

_NOISE = re.compile(r"https?://\S+|www\.\S+|[@#]|\d+")
_WORDS = re.compile(r"[^\W\d_]+")
# Dutch function words that none of the other LANGUAGES uses as a word.
NL_MARKERS = frozenset(
    "het een niet ook maar naar wordt zijn hebben geen nog wel jullie uit bij ik deze "
    "heeft moet gaat zou omdat waarom wij ons onze jij hun hij zij mijn daar toch gewoon "
    "alleen eigenlijk".split()
)
# Common Dutch function words, some shared with other languages ("de", "en", "die", "over").
NL_COMMON = NL_MARKERS | frozenset(
    "de van en dat die te op voor met dan als er wat al door om dit over".split()
)
MIN_WORDS = 6
MIN_SHARE = 0.15
_lock = threading.Lock()
_detector: Any = None


def detector() -> Any:
    """The lingua detector for :data:`LANGUAGES`, built on first use."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

                langs = [
                    Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper()))
                    for c in LANGUAGES
                ]
                _detector = LanguageDetectorBuilder.from_languages(*langs).build()
    return _detector


def clean(text: str) -> str:
    """The text without links, handle and hashtag signs and digits."""
    return " ".join(_NOISE.sub(" ", text).split())


def _enough_letters(text: str) -> bool:
    """At least :data:`MIN_LETTERS` letters (``str.isalpha``); stops counting there."""
    if len(text) < MIN_LETTERS:
        return False
    letters = 0
    for c in text:
        if c.isalpha():
            letters += 1
            if letters >= MIN_LETTERS:
                return True
    return False


def clearly_dutch(cleaned: str) -> bool:
    """True when function words alone show that ``cleaned`` is Dutch (see the module doc)."""
    words = _WORDS.findall(cleaned.lower())
    if len(words) < MIN_WORDS:
        return False
    hits = [w for w in words if w in NL_COMMON]
    distinct = set(hits)
    return (
        len(distinct) >= 2
        and not distinct.isdisjoint(NL_MARKERS)
        and (len(hits) >= MIN_SHARE * len(words))
    )


def detect(text: str) -> str:
    """ISO 639-1 code of the language of ``text``, or ``"und"``."""
    cleaned = clean(text)
    if not _enough_letters(cleaned):
        return UND
    if clearly_dutch(cleaned):
        return "nl"
    values = detector().compute_language_confidence_values(cleaned)
    if not values or values[0].value < MIN_CONFIDENCE:
        return UND
    return values[0].language.iso_code_639_1.name.lower()
