# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Licence-plate detector: RDW sidecodes, with dashes or after the word kenteken."""

import pytest

from meedoen.core.detectors.base import LET_OP, RISICO
from meedoen.core.detectors.builtin.kenteken import KentekenDetector

POSITIVES = [
    ("De auto met kenteken 12-ABC-3 staat al weken fout.", "12-ABC-3", RISICO),
    ("kenteken 12abc3 is bekend", "12abc3", RISICO),
    ("Kenteken: XR-123-B", "XR-123-B", RISICO),
    ("Die bestelbus GZ-123-T rijdt te hard", "GZ-123-T", RISICO),
    ("Busje 12-34-BB staat op de stoep", "12-34-BB", RISICO),
    ("Zie 1-KBB-23 op de foto", "1-KBB-23", LET_OP),  # plate without vehicle words
    ("Scooter 123-BB-4 gestolen", "123-BB-4", RISICO),
]

NEGATIVES = [
    "COVID-19 en MH-17 en A-1",
    "Seizoen 2020-2021 gaat van start",
    "Tel 06-12-34-56-78",
    "Het ABC-123 project is gestart",
    "Een AB-12-AB-code is geen kenteken zonder cijfers? ABC-DEF",
    "Bel 12-34-56 voor informatie",
]


@pytest.mark.parametrize(("text", "value", "severity"), POSITIVES)
def test_plate_found(detect, text, value, severity):
    hits = detect(KentekenDetector, text)
    assert [h.text for h in hits] == [value]
    assert hits[0].evidence.severity == severity


@pytest.mark.parametrize("text", NEGATIVES)
def test_plate_not_found(detect, text):
    assert detect(KentekenDetector, text) == []
