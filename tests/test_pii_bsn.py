# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""BSN detector: 11-proef via stdnum, split numbers, numbers named as something else."""

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import ERNSTIG, RISICO
from meedoen.core.detectors.builtin.bsn import BsnDetector

POSITIVES = [
    ("Mijn BSN is 111222333, kunt u even kijken?", "111222333", ERNSTIG),
    ("Burgerservicenummer: 1112.22.333.", "1112.22.333", ERNSTIG),
    ("bsn 111 222 333 staat op de brief", "111 222 333", ERNSTIG),
    ("Mijn sofinummer was 123456782", "123456782", ERNSTIG),
    ("Kunt u dit nummer checken: 000000012", "000000012", RISICO),
    ("Het gaat om 123.456.782, mijn BSN", "123.456.782", ERNSTIG),
    ("BSN 111\u200b222\u200b333 (met onzichtbare tekens)", "111\u200b222\u200b333", ERNSTIG),
    ("Zijn onderwijsnummer is 1012.22.331.", "1012.22.331", ERNSTIG),
    ("Leerling 1012.22.331 staat nog niet ingeschreven.", "1012.22.331", ERNSTIG),
    ("BSN-nummer: 123456782", "123456782", ERNSTIG),
    ("Mijn nummer is 123456782", "123456782", RISICO),
    # someone else's number, obtained through work
    ("Het nummer van de aanvrager is 111222333, kun jij even kijken?", "111222333", ERNSTIG),
    ("Zijn nummer 111222333 klopt niet met de pas", "111222333", ERNSTIG),
]

NEGATIVES = [
    "Mijn BSN is 1112.52.333.",  # 11-proef fails
    "Mijn BSN is 1112223334.",  # ten digits
    "Zaaknummer 111222333 is in behandeling.",
    "Ons dossiernummer: 111222333",
    "Ordernummer 111222333 is verzonden",
    "Factuurnummer 111 222 333 staat op de nota",
    "Uw kenmerk 111222333, graag vermelden",
    "Klantnummer: 111222333",
    "Wob-verzoek nr. 123456782 is afgehandeld",
    "Besluitnummer 123456782",
    "Polisnummer 111222333",
    "Ticketnummer #111222333",
    "RSIN 111222333 van de stichting",
    "Het project kostte € 111.222.333",
    "Er waren 111.222.333 bezoekers",  # 3-3-3 with dots reads as a count
    "Al 111 222 333 euro uitgegeven",
    "Bel +31 6 12345672 voor info",
    "https://example.org/status/111222333",
    "Update 12.03 12839 positief getest",  # date and count, not one number
    "Nummer 1012.22.331 zonder context",  # onderwijsnummer only when named
    "Het was een gewone dag zonder nummers.",
    # the label comes after the number
    "123456782 is uw dossiernummer, vermeld dat bij contact.",
    "111222333 (zaaknummer) graag vermelden in uw reactie",
    "Noem 111222333 als kenmerk bij uw betaling.",
]


@pytest.mark.parametrize(("text", "value", "severity"), POSITIVES)
def test_bsn_found(detect, text, value, severity):
    hits = detect(BsnDetector, text)
    assert [h.text for h in hits] == [value]
    assert hits[0].evidence.severity == severity
    assert hits[0].evidence.rule == "uavg.art46.v1"
    assert (
        "proef" in hits[0].evidence.explanation or "onderwijsnummer" in hits[0].evidence.explanation
    )


@pytest.mark.parametrize("text", NEGATIVES)
def test_bsn_not_found(detect, text):
    assert detect(BsnDetector, text) == []


def test_validate_uses_checksum():
    det = BsnDetector()
    assert det.validate("111222333")
    assert det.validate("1112 22 333")
    assert not det.validate("111222334")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("nummer 123456782 staat op de brief", True),  # a bare "nummer" names no other kind
        ("zaaknummer 123456782 staat op de brief", False),
        ("ordernr 123456782", False),
        ("klant nummer 123456782 staat op de brief", False),  # a known kind, loosely written
        ("Politienummer 123456782 staat op de brief", False),  # one word: a compound label
        ("#corona nummer 123456782 staat op de brief", True),  # a hashtag names no kind
        ("Communicatie nummer 123456782 staat op de brief", True),  # nor a loose noun
        ("waar het vandaan komt nummer 123456782", True),
    ],
)
def test_a_bare_nummer_is_not_another_kind_of_number(text: str, found: bool) -> None:
    hits = run_detector(BsnDetector, text, None, {"capacity": "prive"})
    assert bool(hits) is found
