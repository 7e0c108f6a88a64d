# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Normalisation keeps a faithful map back to the original text."""

from __future__ import annotations

import pytest

from meedoen.core.text import Document
from meedoen.core.text.normalise import (
    _SPECIAL,
    _folded,
    normalise,
    visible_length,
)


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("gewoon tekst", "gewoon tekst"),
        ("k\u200banker", "kanker"),  # zero-width space removed
        ("\u202eabc\u202c", "abc"),  # bidi override removed
        ("ВSN", "BSN"),  # Cyrillic Ve
        ("іdiоot", "idioot"),  # Cyrillic i and o
        ("１２３", "123"),  # full-width digits
        ("ﬁets", "fiets"),  # ligature expands to two characters
        ("‘quote’ – “x”", "'quote' - \"x\""),
        ("a\x07b", "a b"),  # control character becomes a space
        ("regel\nregel", "regel\nregel"),
    ],
)
def test_normalise_folds_evasion(original: str, normalised: str) -> None:
    assert normalise(original)[0] == normalised


@pytest.mark.parametrize("original", ["k\u200banker", "ﬁets en ﬂuit", "ВSN 1\u200b11222333", "abc"])
def test_origin_map_points_into_original(original: str) -> None:
    text, origin = normalise(original)
    assert len(origin) == len(text) + 1
    assert origin[-1] == len(original)
    assert origin == sorted(origin)
    assert all(0 <= o <= len(original) for o in origin)


def test_document_maps_span_back_over_removed_characters() -> None:
    original = "Mijn BSN is 111\u200b222\u200b333 hoor"
    doc = Document(original)
    start = doc.text.index("111222333")
    s, e = doc.original_span(start, start + len("111222333"))
    assert original[s:e] == "111\u200b222\u200b333"


def test_document_maps_expanded_ligature_to_single_character() -> None:
    doc = Document("de ﬁets")
    s, e = doc.original_span(doc.text.index("fiets"), doc.text.index("fiets") + 5)
    assert (s, e) == (3, 7)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ik vind dat we het er niet mee eens zijn", "nl"),
        ("I think that this is not what we want at all", "en"),
        ("Prima", "nl"),
    ],
)
def test_language_guess(text: str, lang: str) -> None:
    assert Document(text).lang == lang


def test_visible_length_ignores_invisible_and_space() -> None:
    assert visible_length("\u200b \u202e\n\t") == 0
    assert visible_length("a\u200bb") == 2


def test_a_one_character_fold_is_already_folded() -> None:
    """normalise_mapped replaces every changed character in one pass per character; that
    is only the character-by-character result when no fold produces another character that
    would change. Checked on every code point."""
    for code in range(0x110000):
        ch = chr(code)
        if _SPECIAL.fullmatch(ch):
            folded = _folded(ch)
            if len(folded) == 1 and folded != ch and _SPECIAL.fullmatch(folded):
                assert _folded(folded) == folded, hex(code)
