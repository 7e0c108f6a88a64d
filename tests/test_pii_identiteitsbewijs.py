# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Passport/ID-card numbers and btw numbers (stdnum.nl)."""

import pytest

from meedoen.core.detectors.base import LET_OP, RISICO
from meedoen.core.detectors.builtin.btw import BtwDetector
from meedoen.core.detectors.builtin.identiteitsbewijs import IdentiteitsbewijsDetector

ID_POSITIVES = [
    ("Mijn paspoortnummer is XR1001R58.", "XR1001R58"),
    ("ID-kaart EM0000000 gevonden bij het station", "EM0000000"),
]
ID_NEGATIVES = [
    "Paspoort XR1O01R58 (letter O bestaat niet)",
    "Paspoort XR1001R is te kort",
    "Productcode AB1234567 in de winkel",  # no identity document mentioned
]
BTW_POSITIVES = [
    ("Mijn btw-nummer is NL004495445B01", "NL004495445B01", RISICO),  # contains a BSN
    ("Btw: NL002455799B11", "NL002455799B11", LET_OP),
]
BTW_NEGATIVES = [
    "Btw-nummer 123456789B90 klopt niet",
    "Stichting Voorbeeld, btw NL002455799B11",
]


@pytest.mark.parametrize(("text", "value"), ID_POSITIVES)
def test_id_number_found(detect, text, value):
    hits = detect(IdentiteitsbewijsDetector, text)
    assert [h.text for h in hits] == [value]
    assert hits[0].evidence.severity == RISICO


@pytest.mark.parametrize("text", ID_NEGATIVES)
def test_id_number_not_found(detect, text):
    assert detect(IdentiteitsbewijsDetector, text) == []


@pytest.mark.parametrize(("text", "value", "severity"), BTW_POSITIVES)
def test_btw_found(detect, text, value, severity):
    hits = detect(BtwDetector, text)
    assert [h.text for h in hits] == [value]
    assert hits[0].evidence.severity == severity


@pytest.mark.parametrize("text", BTW_NEGATIVES)
def test_btw_not_found(detect, text):
    assert detect(BtwDetector, text) == []
