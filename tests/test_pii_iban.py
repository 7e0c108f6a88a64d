# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""IBAN detector: stdnum validation, trailing words, organisation accounts."""

import pytest

from meedoen.core.detectors.base import RISICO
from meedoen.core.detectors.builtin.iban import IbanDetector

POSITIVES = [
    ("Mijn rekeningnummer is NL91 ABNA 0417 1643 00.", "NL91 ABNA 0417 1643 00"),
    ("Stort het op NL91ABNA0417164300 AUB", "NL91ABNA0417164300"),
    ("Belgische rekening BE31435411161155 graag", "BE31435411161155"),
    ("IBAN GR16 0110 1050 0000 1054 7023 795", "GR16 0110 1050 0000 1054 7023 795"),
    ("Maak het over naar NL91ABNA0417164300, t.n.v. J. Jansen", "NL91ABNA0417164300"),
]

NEGATIVES = [
    "Rekening NL56 3003 0A17 1643 00 klopt niet",  # invalid check digits
    "NL91 ABNA 0417 1643 01 is een typfout",  # mod-97 fails
    "Doneer op NL91ABNA0417164300 t.n.v. Stichting Vluchteling",
    "Steun ons via NL91 ABNA 0417 1643 00, elke gift telt",
    "Giro 555: NL91ABNA0417164300",
    "COVID19 NL2020 ABCD EFGH",
    "De NL-Alert van vandaag ging om 12:00 af.",
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_iban_found(detect, text, value):
    hits = detect(IbanDetector, text)
    assert [h.text for h in hits] == [value]
    assert hits[0].evidence.severity == RISICO
    assert hits[0].evidence.rule == "avg.art5.v1"
    assert "stdnum.iban" in hits[0].evidence.explanation


@pytest.mark.parametrize("text", NEGATIVES)
def test_iban_not_found(detect, text):
    assert detect(IbanDetector, text) == []
