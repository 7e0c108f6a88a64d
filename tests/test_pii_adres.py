# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Address detector: postcode (stdnum) with house number, street with number, venues."""

import pytest

from conftest import worst_severity
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.adres import AdresDetector

POSITIVES = [
    ("Hij woont op Kerkstraat 12, 2601 DC Delft.", "Kerkstraat 12, 2601 DC", ERNSTIG),
    ("1234 AB 12 is het adres van mevrouw", "1234 AB 12", RISICO),
    ("Stuur het naar 2611 ET 4b", "2611 ET 4b", RISICO),
    ("Mijn buurman op de Dorpsstraat 5a maakt herrie", "Dorpsstraat 5a", RISICO),
    ("Zij woont aan de Van Goghlaan 102 in Breda", "Van Goghlaan 102", ERNSTIG),
    (
        "Op uw adres Dorpsstraat 4, 8011 AB Zwolle staat de ophaaldag",
        "Dorpsstraat 4, 8011 AB",
        RISICO,
    ),
    ("Bij deze: Tim de B. (Stationsplein 3) deal al jaren", "Stationsplein 3", RISICO),
    ("Jan de Vries uit de Kerkstraat 12 won de loterij", "Kerkstraat 12", RISICO),
    ("Mijn postcode is 2601 DC.", "2601 DC", LET_OP),
    ("postcode NL-2611ET", "NL-2611ET", LET_OP),
    ("Kerkstraat 12, 2601 DC Delft", "Kerkstraat 12, 2601 DC", RISICO),
    ("Postcode 2601 DC, huisnummer 7, tweede verdieping", "2601 DC, huisnummer 7", RISICO),
]

NEGATIVES = [
    "Mijn postcode is 26112 ET",  # five digits
    "Mijn postcode is 2611 SS",  # letter pair not in use
    "Bezoekadres: Turfmarkt 147, 2511 DP Den Haag",
    "Postbus 20011, 2500 EA Den Haag",
    "Informatieavond in het buurthuis, Kerkstraat 12, 2601 DC Delft",
    "Windpark van 1500 MW opgeleverd",
    "IN 2020 EN 2021 WAS HET ZWAAR",
    "Op de Kerkstraat 12 is het feest vanavond",  # street without a person
    "Vandaag opent Jan de Vries de Kerkstraat 12 officieel",
    "Het team zit in 2601 DC, 12 maart verhuizen we",
    "Het is 2020 en ik woon hier al 12 jaar",
]


@pytest.mark.parametrize(("text", "value", "severity"), POSITIVES)
def test_address_found(detect, text, value, severity):
    hits = detect(AdresDetector, text)
    assert [h.text for h in hits] == [value]
    assert hits[0].evidence.severity == severity


@pytest.mark.parametrize("text", NEGATIVES)
def test_address_not_found(detect, text):
    assert detect(AdresDetector, text) == []


# A street name without a known suffix, next to a valid postcode, with a person in view.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Die overlastgever op Zwaanshals 112a (3035 KP) is weer bezig.", True),
        ("Mijn buurman op Zwaanshals 112a, 3035 KP maakt veel lawaai.", True),
        ("Zwaanshals 112a, 3035 KP Rotterdam", False),  # no person: could be any building
        ("Het Ministerie van Financiën, Korte Voorhout 7, 2511 CW Den Haag", False),
        ("In Week 12, 3035 KP en omgeving krijgt glasvezel.", False),
    ],
)
def test_suffixless_street_with_postcode(text: str, found: bool) -> None:
    assert (worst_severity(AdresDetector, text, None, {"capacity": "prive"}) >= RISICO) is found
