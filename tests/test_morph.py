# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dutch word-form matching: inflection, compounds, multi-word keywords, acronyms."""

from __future__ import annotations

import pytest

from meedoen.core.text.morph import keyword_key, matcher, matches


@pytest.mark.parametrize(
    ("keyword", "text"),
    [
        ("stikstof", "De stikstofaanpak van het kabinet"),
        ("stikstof", "stikstofdepositie"),
        ("stikstof", "nieuwe stikstofregels"),
        ("stikstof", "verschillende stikstoffen"),
        ("windmolen", "drie windmolens"),
        ("windmolen", "een windmolentje"),
        ("windmolen", "het windmolenpark"),
        ("windmolens", "een windmolen"),
        ("woning", "huurwoningen"),
        ("woning", "de woningbouw"),
        ("woningen", "een woning"),
        ("boom", "bomen kappen"),
        ("boom", "een boompje"),
        ("huis", "huizen"),
        ("brief", "brieven"),
        ("asiel", "asielzoekers"),
        ("sociaal domein", "in het sociale domein"),
        ("sociaal domein", "sociaal-domeinbeleid"),
        ("jeugdzorg", "Jeugdzorg"),
        ("bus", "bussen"),
    ],
)
def test_matches_forms(keyword: str, text: str) -> None:
    assert matches(keyword, text)


@pytest.mark.parametrize(
    ("keyword", "text"),
    [
        ("stikstof", "ammoniak"),
        ("windmolen", "een molen"),
        ("woning", "wonen"),
        ("zorg", "zorgvuldig werken"),  # short keyword: no compound tail
        ("zorg", "jeugdzorg"),  # short keyword: no compound head
        ("asiel", "dierenasiel"),  # 5 letters: no compound head
        ("wind", "rugwind"),
        ("huis", "huizenmarkt"),
        ("sociaal domein", "sociaal en domein"),
        ("PAS", "ik ben pas terug"),  # acronyms are case-sensitive
    ],
)
def test_does_not_match(keyword: str, text: str) -> None:
    assert not matches(keyword, text)


def test_acronym_keeps_case_and_matches_exactly() -> None:
    assert keyword_key("PAS") == "PAS"
    assert keyword_key("Stikstof") == "stikstof"
    hits = list(matcher(["PAS"]).finditer("De PAS is vernietigd, geen PASfoto"))
    assert [(h.start, h.end) for h in hits] == [(3, 6)]


def test_reports_keyword_and_span_in_text_order() -> None:
    text = "Over windmolens en de stikstofaanpak."
    hits = list(matcher(["stikstof", "windmolen"]).finditer(text))
    assert [(text[h.start : h.end], h.keyword) for h in hits] == [
        ("windmolens", "windmolen"),
        ("stikstofaanpak", "stikstof"),
    ]


def test_matcher_is_cached_per_keyword_set() -> None:
    assert matcher(["a1b", "stikstof"]) is matcher(["Stikstof", "a1b"])


def test_empty_and_odd_keywords() -> None:
    assert list(matcher([]).finditer("tekst")) == []
    assert list(matcher(["  ", "!!"]).finditer("tekst !!")) == []
