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


def detect(text: str) -> str:
    """ISO 639-1 code of the language of ``text``, or ``"und"``."""
    cleaned = clean(text)
    if not _enough_letters(cleaned):
        return UND
    values = detector().compute_language_confidence_values(cleaned)
    if not values or values[0].value < MIN_CONFIDENCE:
        return UND
    return values[0].language.iso_code_639_1.name.lower()
