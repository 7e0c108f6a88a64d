# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Phone detector: phonenumbers validation, types, organisation numbers."""

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.telefoon import TelefoonDetector

POSITIVES = [
    ("Bel me gerust op 06 12345678.", "06 12345678", RISICO),  # own number, private post
    ("Mijn nummer: +31612345678", "+31612345678", RISICO),
    ("Vacature! Meer info bij Anna: 06 12345678", "06 12345678", LET_OP),  # work contact
    ("Zijn nummer is 06 12345678, bel hem maar", "06 12345678", ERNSTIG),
    ("Spreek hem aan: +31 6 12345678 is zijn privénummer.", "+31 6 12345678", ERNSTIG),
    ("Die buurman met 0612345678 moet je hebben", "0612345678", RISICO),
    ("app naar 06-12345678 of 0031 6 12345678", "06-12345678", RISICO),
    ("Het vaste nummer is 010 123 4567 2x bellen", "010 123 4567", RISICO),
    ("Haar nummer +31 10 123 4567 staat online", "+31 10 123 4567", ERNSTIG),
    ("Bel (020) 555 1234 na zessen", "(020) 555 1234", RISICO),
    ("Mijn telefoonnummer is 0800 1234", "0800 1234", LET_OP),  # general, but called own
    ("Mijn nummer is 14 020", "14 020", LET_OP),
]

NEGATIVES = [
    "Bel gratis 0800 1234 voor vragen",
    "Bel 14 020 voor een afspraak",
    "Informatienummer 0900 1234",
    "Neem contact met ons op via 0318-208080 (maandag t/m vrijdag)",
    "Bel ons op 020 555 1234 tijdens kantooruren",
    "Journalisten kunnen terecht bij onze persvoorlichter via 038 498 2000.",
    "Vragen over de beurs? Bel 050 599 7755.",
    "Ongeldig: +3110123456",
    "Op 06-04-2020 om 09.30-17.00 uur",
    "Het RIVM meldt 1234 nieuwe gevallen en 112 doden",
    "Vandaag 20.000 bezoekers, 1.234.567 views",
    "Zie https://example.org/0612345678",
]


@pytest.mark.parametrize(("text", "value", "severity"), POSITIVES)
def test_phone_found(detect, text, value, severity):
    hits = detect(TelefoonDetector, text)
    assert hits[0].text == value
    assert hits[0].evidence.severity == severity
    assert "phonenumbers" in hits[0].evidence.explanation


def test_two_numbers_in_one_post(detect):
    hits = detect(TelefoonDetector, "Bel 06 12345678 of 010 123 4567")
    assert [h.text for h in hits] == ["06 12345678", "010 123 4567"]


@pytest.mark.parametrize("text", NEGATIVES)
def test_phone_not_found(detect, text):
    assert detect(TelefoonDetector, text) == []


def test_own_number_in_function_is_a_note(detect):
    text = "Bel me gerust op 06 12345678."
    hits = detect(TelefoonDetector, text, context={"capacity": "in-functie"})
    assert [(h.text, h.evidence.severity) for h in hits] == [("06 12345678", LET_OP)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dat zijn het, gewoon bel 0800 8051 voor informatie", False),  # "zijn" the verb
        ("Dit is mijn nummer: 0800 8051", True),  # someone's own general number: a note
        ("Bel zijn 0800-lijn: 0800 8051", True),
    ],
)
def test_general_numbers_are_noted_only_when_someones_own(text: str, found: bool) -> None:
    hits = run_detector(TelefoonDetector, text, None, {"capacity": "prive"})
    assert bool(hits) is found
