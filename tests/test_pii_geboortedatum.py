# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Birth-date detector: only dates the text calls a birth date, of living persons."""

import pytest

from meedoen.core.detectors.base import RISICO
from meedoen.core.detectors.builtin.geboortedatum import GeboortedatumDetector

POSITIVES = [
    ("Jan de Vries, geb. 12-03-1980, woont hier", "12-03-1980"),
    ("Geboortedatum: 1980-03-12", "1980-03-12"),
    ("Onze dochter Emma is op 3 maart 2024 geboren!", "3 maart 2024"),
    ("Hij is geboren op 14 januari 1975 in Zwolle", "14 januari 1975"),
    ("geboren 1-2-85 te Utrecht", "1-2-85"),
    ("DOB 01/02/1975", "01/02/1975"),
]

NEGATIVES = [
    "Thorbecke werd geboren op 14 januari 1798.",  # history, not personal data
    "geboren op 31-02-1990",  # no such date
    "Op 12-03-2020 was de persconferentie. Ik ben geboren in 1980.",
    "Vandaag (12-03-2020) zijn er 5 kinderen geboren in het ziekenhuis",
    "De vergadering is op 12-03-2026 om 10.00 uur",
    "Geboren op 1 januari 2030? Dat kan niet.",  # in the future
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_birth_date_found(detect, text, value):
    hits = detect(GeboortedatumDetector, text)
    assert [h.text for h in hits] == [value]
    assert hits[0].evidence.severity == RISICO


@pytest.mark.parametrize("text", NEGATIVES)
def test_birth_date_not_found(detect, text):
    assert detect(GeboortedatumDetector, text) == []
