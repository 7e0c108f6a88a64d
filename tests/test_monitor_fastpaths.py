# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The fast paths of the monitoring analysis give exactly the results of the plain code.

claims: lower-case patterns on lower-cased text instead of case-insensitive
patterns, only for texts whose characters allow it. matching: the start
assertion of the terms written once per group. lang: the letter count stops
at the minimum.
"""

from __future__ import annotations

import re

import pytest

from meedoen.monitor.analysis import claims, lang
from meedoen.monitor.pipeline import matches
from meedoen.monitor.privacy.settings import Query

TRICKY = [
    "Volgens het RIVM is het aantal besmettingen met 20% gestegen.",
    "VOLGENS HET RIVM ZIJN ER MEER DODEN DAN VORIGE WEEK",
    "İC-opnames stijgen, zegt de mınister",  # dotted capital I, dotless i
    "Het ſtatistiek-bureau CBS meldt een daling",  # long s
    "De \u212aabinet-maatregel (Kelvin sign K) is verlengd",
    "Straße, Größe: STRASSE GRÖSSE volgens onderzoek",
    "Élan: BELGIË en ITALIË sluiten scholen; Patiënten",
    "Rutte en De Jonge: lockdown verlengd tot maandag!",
    "ﬅudie (ligature) en ſtudie en STUDIE",
    "café CAFÉ ǅ ǆ Ǆ ǈ: vaccins en het virus",
    "",
    "@RIVM https://rivm.nl/cijfers #besmettingen 1.234 doden",
]


def _reference(text: str) -> dict[str, float]:
    cleaned = claims._clean(text)
    return {name: f(text, cleaned) for name, f in claims.FEATURES.items()}


@pytest.mark.parametrize("text", TRICKY)
def test_claim_features_equal_the_case_insensitive_reference(text: str) -> None:
    assert claims.features(text) == _reference(text)


@pytest.mark.parametrize(
    ("ch", "safe"),
    [
        ("É", True),
        ("ë", True),
        ("K", True),
        ("\u212a", True),
        ("İ", False),
        ("ſ", False),
        ("ı", False),
    ],
)
def test_lower_safe_characters(ch: str, safe: bool) -> None:
    assert claims._lower_safe(ch) is safe


def _plain_matches(query: Query, text: str) -> bool:
    """The matcher written out per term, as before the grouping."""

    def pattern(terms: list[tuple[str, bool]]) -> re.Pattern[str] | None:
        parts = []
        for term, tag in terms:
            if not term.strip().strip("#*"):
                continue
            word = term.strip().rstrip("*").strip()
            word = "#" + word.lstrip("#") if tag else word
            body = r"\s+".join(re.escape(w) for w in word.split())
            end = r"\w*" if term.strip().endswith("*") else r"(?!\w)"
            parts.append((r"(?<![\w#])" if tag else r"(?<!\w)") + body + end)
        return re.compile("|".join(f"(?:{p})" for p in parts), re.I) if parts else None

    inc = pattern([(w, w.strip().startswith("#")) for w in query.keywords])
    inc_tags = pattern([(t, True) for t in query.hashtags])
    found = any(p is not None and p.search(text) for p in (inc, inc_tags))
    exc = pattern([(w, w.strip().startswith("#")) for w in query.exclusions])
    return found and not (exc is not None and exc.search(text))


QUERIES = [
    Query(keywords=("stikstof*", "de jonge", "#rivm"), hashtags=("boerenprotest",)),
    Query(keywords=("stikstof",), hashtags=("#stikstof",), exclusions=("reclame", "#spam")),
    Query(keywords=("*", "#"), hashtags=("#",)),
]
TEXTS = [
    "Stikstof!",
    "stikstofkaart",
    "#stikstof en #boerenprotest",
    "mijn#stikstof",
    "De  Jonge zegt",
    "dejonge",
    "Het #RIVM meldt",
    "RIVM meldt",
    "stikstof reclame",
    "stikstof #spam",
    "ſtikstof İ",
    "",
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("text", TEXTS)
def test_grouped_matching_equals_per_term_matching(query: Query, text: str) -> None:
    assert matches(query, text) == _plain_matches(query, text)


@pytest.mark.parametrize(
    ("text", "enough"),
    [("", False), ("a" * 11, False), ("a" * 12, True), ("1 2 3 4 5 6 7 8 9 0 1 2 3", False),
     ("ab cd ef gh ij kl", True), ("ﬅ" * 12, True)],
)  # fmt: skip
def test_letter_count(text: str, enough: bool) -> None:
    assert lang._enough_letters(text) is enough
    assert enough == (sum(1 for c in text if c.isalpha()) >= lang.MIN_LETTERS)
