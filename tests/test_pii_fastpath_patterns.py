# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Rewritten patterns match the same text as the patterns they stand for.

The detectors use faster forms of some patterns: a leading word boundary moved behind the
first letter (:func:`push_boundary`), cheap gates before a pattern, and scans restricted
to the places where a match can start. These tests compare each with the plain form.
"""

from __future__ import annotations

import random
import re

import pytest

from meedoen.core.detectors.builtin import (
    adres,
    bsn,
    btw,
    email,
    iban,
    identiteitsbewijs,
    kenteken,
    telefoon,
)
from meedoen.core.text import Document, pii_owner, pii_vehicle
from meedoen.core.text.pii_boundary import push_boundary
from meedoen.core.text.pii_fold import folded
from meedoen.core.text.pii_regex import finditer_from, finditer_in, occurrences, substring_gate

PUSHED = {
    "telefoon.OWN": telefoon.OWN_RE,
    "telefoon.SELF": telefoon.SELF_RE,
    "telefoon.WORK": telefoon.WORK_RE,
    "telefoon.THIRD_PRIVATE": telefoon.THIRD_PRIVATE_RE,
    "telefoon.PRIVATE_WORD": telefoon.PRIVATE_WORD_RE,
    "telefoon.COLLEAGUE": telefoon.COLLEAGUE_RE,
    "telefoon.SERVICE": telefoon.SERVICE_RE,
    "email.SELF": email.SELF_RE,
    "email.WORK": email.WORK_RE,
    "email.COLLEAGUE": email.COLLEAGUE_RE,
    "kenteken.VEHICLE": kenteken.VEHICLE_RE,
    "identiteitsbewijs.DOCUMENT": identiteitsbewijs.DOCUMENT_RE,
    "bsn.BSN_WORD": bsn.BSN_WORD_RE,
    "bsn.ONDERWIJS_WORD": bsn.ONDERWIJS_WORD_RE,
    "adres.PERSONAL": adres.PERSONAL_RE,
    "adres.VENUE": adres.VENUE_RE,
    "adres.COLLEAGUE": adres.COLLEAGUE_RE,
    "btw.ORGANISATION": btw.ORGANISATION_RE,
    "iban.ORGANISATION": iban.ORGANISATION_RE,
    "owner.CASE_OF": pii_owner.CASE_OF_RE,
    "owner.CASE_SUBJECT": pii_owner.CASE_SUBJECT_RE,
    "owner.FROM_FILES": pii_owner.FROM_FILES_RE,
    "owner.THIRD": pii_owner.THIRD_RE,
    "owner.PERSON_OF": pii_owner.PERSON_OF_RE,
    "owner.STRANGER_NEAR": pii_owner.STRANGER_NEAR_RE,
}
VEHICLE = {  # pii_vehicle keeps the plain patterns and uses fast_words() of them
    name: (getattr(pii_vehicle, name), getattr(pii_vehicle, "_" + name))
    for name in ("OWN_RE", "THIRD_RE", "ENFORCE_RE", "ROLE_RE")
}


def _texts(pattern: str, seed: int) -> list[str]:
    """Lower-case texts built from the pattern's own words, glued in every way."""
    rng = random.Random(seed)
    words = re.findall(r"[a-zà-ÿ'’\-]{2,}", pattern) or ["x"]
    glue = ["", " ", "  ", "x", "-", "'", "\n", "_", "é", "#", "1", "de ", "van ", "zijn "]
    out = ["", " ", "x"]
    for _ in range(800):
        parts = [rng.choice(words + glue) for _ in range(rng.randint(1, 9))]
        out.append("".join(rng.choice(["", " ", "", "(", "-"]) + p for p in parts))
    return out


def _same(slow: re.Pattern[str], fast: re.Pattern[str], texts: list[str], seed: int) -> None:
    rng = random.Random(seed)
    for text in texts:
        expected = [(m.span(), m.groups()) for m in slow.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, text
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        a, b = slow.search(text, lo, hi), fast.search(text, lo, hi)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, lo, hi)


@pytest.mark.parametrize("name", sorted(PUSHED))
def test_push_boundary_keeps_the_matches(name: str) -> None:
    pattern = PUSHED[name]
    _same(folded(pattern), folded(pattern, push=True), _texts(pattern.pattern, 1), 2)


@pytest.mark.parametrize("name", sorted(VEHICLE))
def test_push_boundary_keeps_the_vehicle_matches(name: str) -> None:
    plain, fast = VEHICLE[name]
    _same(plain, fast, _texts(plain.pattern, 3), 4)


def test_push_boundary_refuses_what_it_cannot_move() -> None:
    for source in (r"(?:a|b)", r"\b(?:\s+x)", r"\b(?:a*b)", r"\b(?:(?P<x>a)b)\1"):
        with pytest.raises(ValueError):
            push_boundary(source)
    assert push_boundary(r"\b(?:ab|ac|\d+x)\b") == r"(?:a(?<!\w.)(?:b|c)|\d(?<!\w.)\d*x)\b"


def test_substring_gates_find_every_word() -> None:
    words = ["zaak", "dossier", "ms", "uitkering", "woz-waarde", "ﬁ", "a"]
    gate = substring_gate(words)
    for w in words:
        for text in (w, f"x{w}x", f"{w} {w}"):
            assert gate.search(text), (w, text)


def test_restricted_scans_find_the_same_candidates() -> None:
    rng = random.Random(4)
    alphabet = list("0000111469823 .-()+/,€$%aBNLx@#\n") + [" - ", "06", "14 0", "+31", "(0)"]
    for _ in range(6000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50)))
        doc = Document(text)
        runs = [(max(0, s - 1), e) for s, e in doc.digit_runs]
        phone = telefoon.CANDIDATE_RE
        assert [m.span() for m in finditer_in(phone, doc.text, runs, 2)] == [
            m.span() for m in phone.finditer(doc.text)
        ], text
        long_runs = [(s, e) for s, e in doc.digit_runs if e - s >= 9]
        number = bsn.CANDIDATE_RE
        assert [m.span() for m in finditer_in(number, doc.text, long_runs, 2)] == [
            m.span() for m in number.finditer(doc.text)
        ], text


def test_plate_scans_find_the_same_plates() -> None:
    rng = random.Random(5)
    alphabet = list("BDFGHJKLNPRSTVXZAE0123456789---- kentekn") + ["kenteken ", "Kenteken: "]
    for _ in range(8000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        low = text.lower()
        plates = kenteken.PLATE_RE
        assert [m.span() for m in finditer_from(plates, text, kenteken._plate_starts(text))] == [
            m.span() for m in plates.finditer(text)
        ], text
        keyword = kenteken.KEYWORD_PLATE_RE
        assert [m.span() for m in finditer_from(keyword, text, occurrences(low, "kenteken"))] == [
            m.span() for m in keyword.finditer(text)
        ], text


def test_address_hint_split_matches_the_pattern() -> None:
    rng = random.Random(6)
    pieces = ["straat", "laan", "weg", "hof", "dijk", "dreef", "Kerk", "kerk", "1234", "AB", "ab"]
    pieces += [" ", "", "1", "12", "12345", "-", "x", "é", "\n", "NL-"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        expected = pii_vehicle.ADDRESS_HINT_RE.search(text) is not None
        fast = pii_vehicle._POSTCODE_HINT_RE.search(text) or pii_vehicle._STREET_HINT_RE.search(
            text
        )
        assert bool(fast) == expected, text


def test_label_end_is_necessary_for_a_label() -> None:
    """bsn only runs LABEL_RE when _label_end allows a match."""
    rng = random.Random(7)
    label = folded(bsn.LABEL_RE)
    pieces = ["nummer", "nr", "nr.", "no", "no.", "#", " ", ":", "is", "was", "zaak", "-", "\n"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        if label.search(text):
            assert bsn._label_end(text), text


def test_number_gates_are_necessary() -> None:
    """Dates need four digits in a row (geboortedatum), "1B01" is found from the "B" (btw)."""
    from meedoen.core.detectors.builtin import geboortedatum

    rng = random.Random(8)
    alphabet = list("0123456789-/. B") + [" maart ", " jan. ", "e ", "geboren ", "٣"]
    plain_btw = re.compile(r"\dB\d\d")
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        doc = Document(text)
        if geboortedatum.DATE_RE.search(doc.text) or geboortedatum.BEFORE_RE.search(doc.text):
            assert doc.digit_run >= 4, text
        assert bool(btw.GATE_RE.search(text)) == bool(plain_btw.search(text)), text
        if telefoon.GATE_RE.search(doc.text):
            assert doc.digit_run >= 6, text
        if bsn.GATE_RE.search(doc.text):
            assert doc.digit_run >= 9, text
        if adres.POSTCODE_RE.search(doc.text):
            assert doc.digit_run >= 4, text


def test_enforcement_gate_finds_every_word() -> None:
    words = re.findall(r"[a-z-]{2,}", pii_vehicle.ENFORCE_RE.pattern)
    assert "bonnetje" in words and "aanpakken" in words
    for word in words:
        assert pii_vehicle.ENFORCE_GATE.search(f"de {word}!"), word
