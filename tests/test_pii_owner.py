# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Whose data is it? Someone else's data, above all data obtained through work, is ernstig."""

import pytest

from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.adres import AdresDetector
from meedoen.core.detectors.builtin.email import EmailDetector
from meedoen.core.detectors.builtin.iban import IbanDetector
from meedoen.core.detectors.builtin.telefoon import TelefoonDetector
from meedoen.core.text.pii_owner import owner

PRIVE = {"capacity": "prive", "audience": "openbaar"}
FUNCTIE = {"capacity": "in-functie", "audience": "openbaar"}

CASES = [
    # a case role or the organisation's files next to the value: ernstig
    (IbanDetector, "Rekening van de cliënt: NL44 RABO 0123 4567 89, klopt dat?", PRIVE, ERNSTIG),
    (
        IbanDetector,
        "Test maar met het rekeningnummer van deze klant NL20INGB0001234567",
        PRIVE,
        ERNSTIG,
    ),
    (
        IbanDetector,
        "The claimant's bank account is NL44 RABO 0123 4567 89 if anyone needs it",
        PRIVE,
        ERNSTIG,
    ),
    (IbanDetector, "Uit het dossier: NL44 RABO 0123 4567 89 staat op zijn naam", FUNCTIE, ERNSTIG),
    (
        TelefoonDetector,
        "Het mobiele nummer van de melder is 06-23456789, wie belt even?",
        FUNCTIE,
        ERNSTIG,
    ),
    (
        TelefoonDetector,
        "App me op 0687654321, dan geef ik je de gegevens van die bewoner",
        PRIVE,
        ERNSTIG,
    ),
    (TelefoonDetector, "Ring me at 06 87654321 for the client's phone and file", PRIVE, ERNSTIG),
    (TelefoonDetector, "Her number is 0687654321, tell her what you think of her", PRIVE, ERNSTIG),
    (
        EmailDetector,
        "Het mailadres van de aanvrager is k.smit1980@hotmail.com, wie mailt hem?",
        PRIVE,
        ERNSTIG,
    ),
    (
        EmailDetector,
        "De huurder heeft als adres joost.vermeer@ziggo.nl opgegeven",
        FUNCTIE,
        ERNSTIG,
    ),
    (
        AdresDetector,
        "De bewoner woont op Molenweg 17, 3411 XK Lopik, kan iemand kijken?",
        FUNCTIE,
        ERNSTIG,
    ),
    (AdresDetector, "Het adres van de aanvrager: Lindelaan 3, 5611 AB Eindhoven", PRIVE, ERNSTIG),
    # a single case role or a stranger right next to the value, a titled name
    (TelefoonDetector, "Cliënt belde net vanaf 0687654321, wie kent hem?", FUNCTIE, ERNSTIG),
    (TelefoonDetector, "Wil iemand die mevrouw even bellen? 0687654321", FUNCTIE, ERNSTIG),
    (TelefoonDetector, "Het mobiele nummer van mevrouw Visser is 0687654321.", PRIVE, ERNSTIG),
    (IbanDetector, "IBAN klant: NL20 INGB 0001 2345 67 (graag checken)", PRIVE, ERNSTIG),
    # own data or the reader's own: unchanged
    (TelefoonDetector, "Voor vragen ben ik bereikbaar op 0687654321.", FUNCTIE, LET_OP),
    (IbanDetector, "Mijn IBAN is NL44 RABO 0123 4567 89, stuur maar een tikkie", PRIVE, RISICO),
    (TelefoonDetector, "Bel me op 06 87654321 als je vragen hebt over je aanvraag", PRIVE, RISICO),
    (
        TelefoonDetector,
        "Bel me gerust op 06 87654321 voor meer info over de vacature",
        FUNCTIE,
        LET_OP,
    ),
    (
        AdresDetector,
        "Op uw adres Lindelaan 3, 5611 AB Eindhoven wordt donderdag het afval opgehaald",
        FUNCTIE,
        RISICO,
    ),
    (
        EmailDetector,
        "Onze collega Sanne helpt je graag, haar mail is s.devries@utrecht.nl",
        FUNCTIE,
        LET_OP,
    ),
]


@pytest.mark.parametrize(("detector", "text", "context", "severity"), CASES)
def test_owner_raises_severity(detect, detector, text, context, severity):
    hits = detect(detector, text, context=context)
    assert len(hits) == 1, hits
    assert hits[0].evidence.severity == severity


NEAR_MISSES = [
    # organisation accounts and service lines stay out
    (IbanDetector, "Betaal de leges op rekening NL44 RABO 0123 4567 89 van de gemeente Lopik."),
    (TelefoonDetector, "Klanten kunnen ons bellen op 14 0348, ook voor vragen over hun aanvraag."),
    (TelefoonDetector, "Vragen van de aanvrager? Bel de klantenservice: 088 123 4567."),
    (TelefoonDetector, "Een klant vroeg naar het nummer van het loket: 030 123 4567."),
    (TelefoonDetector, "Klanten kunnen ons bellen op 030 123 4567."),
    (TelefoonDetector, "Als klant kunt u ons bereiken via 030 123 4567, op werkdagen."),
    (
        IbanDetector,
        "Een inwoner vroeg naar het rekeningnummer van de gemeente: NL20 INGB 0001 2345 67",
    ),
]


@pytest.mark.parametrize(("detector", "text"), NEAR_MISSES)
def test_near_misses(detect, detector, text):
    assert [h.evidence.severity for h in detect(detector, text, context=FUNCTIE)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dit zijn gegevens van de aanvrager: X", "case"),
        ("the applicant's details: X", "case"),
        ("zijn privénummer is X", "third"),
        ("mijn nummer is X", None),
        ("X. De aanvrager belde gisteren.", None),  # another sentence
        ("bel ons op X voor vragen over uw aanvraag", None),
    ],
)
def test_owner_cues(text, expected):
    low = text.lower()
    at = low.index("x")
    assert owner(low, at, at + 1) == expected


@pytest.mark.parametrize(
    ("text", "value", "severity"),
    [
        ("Geboortedatum van de aanvrager: 12-03-1980, klopt dat?", "12-03-1980", ERNSTIG),
        ("Date of birth of the client: 1980-03-12", "1980-03-12", ERNSTIG),
        ("Hoera, onze collega is met pensioen. Geboren op 14-03-1959!", "14-03-1959", RISICO),
    ],
)
def test_birth_date_of_a_case(detect, text, value, severity):
    from meedoen.core.detectors.builtin.geboortedatum import GeboortedatumDetector

    hits = detect(GeboortedatumDetector, text)
    assert [(h.text, h.evidence.severity) for h in hits] == [(value, severity)]


@pytest.mark.parametrize(
    ("text", "value", "severity"),
    [
        ("Het kenteken van de melder is 12-BCD-3, hij parkeert fout", "12-BCD-3", ERNSTIG),
        ("Het kenteken van mijn auto: 12-BCD-3", "12-BCD-3", RISICO),
    ],
)
def test_plate_of_a_case(detect, text, value, severity):
    from meedoen.core.detectors.builtin.kenteken import KentekenDetector

    hits = detect(KentekenDetector, text)
    assert [(h.text, h.evidence.severity) for h in hits] == [(value, severity)]


def test_passport_number_of_a_client_is_ernstig(detect):
    from meedoen.core.detectors.builtin.identiteitsbewijs import IdentiteitsbewijsDetector

    hits = detect(IdentiteitsbewijsDetector, "Paspoortnummer van de klant: SPECI2014, klopt dat?")
    assert [h.evidence.severity for h in hits] == [ERNSTIG]
    own = detect(IdentiteitsbewijsDetector, "Mijn paspoortnummer is SPECI2014")
    assert [h.evidence.severity for h in own] == [RISICO]
