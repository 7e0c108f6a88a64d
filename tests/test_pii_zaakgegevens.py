# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Case details about a person: from the system, about the reader or a named person."""

import pytest

from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.zaakgegevens import ZaakgegevensDetector

REPLY = {
    "capacity": "in-functie",
    "reply_to": {"text": "Waar blijft mijn geld?", "author_role": "burger"},
}
INTERNAL = {**REPLY, "audience": "intern"}

POSITIVES = [
    (
        "Ik zie in ons systeem dat uw uitkering is stopgezet.",
        "Ik zie in ons systeem dat uw uitkering is stopgezet",
        ERNSTIG,
    ),
    (
        "Volgens onze gegevens is je zorgtoeslag al overgemaakt.",
        "Volgens onze gegevens is je zorgtoeslag al overgemaakt",
        ERNSTIG,
    ),
    ("Uw uitkering is stopgezet omdat de stukken ontbreken.", "Uw uitkering is stopgezet", ERNSTIG),
    ("Uw aanvraag is afgewezen, excuses.", "Uw aanvraag is afgewezen", RISICO),
    (
        "Ik heb uw dossier bekeken: uw aanvraag is afgewezen.",
        "Ik heb uw dossier bekeken: uw aanvraag is afgewezen",
        ERNSTIG,
    ),
    ("Beste mevrouw, uw WW-uitkering loopt tot 1 maart.", "uw WW-uitkering loopt tot", ERNSTIG),
    ("Je kinderopvangtoeslag is verlaagd.", "Je kinderopvangtoeslag is verlaagd", ERNSTIG),
    (
        "De uitkering van mevrouw Jansen is stopgezet.",
        "uitkering van mevrouw Jansen is stopgezet",
        ERNSTIG,
    ),
    (
        "Jan de Vries zijn bijstandsuitkering is teruggevorderd.",
        "Jan de Vries zijn bijstandsuitkering is teruggevorderd",
        ERNSTIG,
    ),
]

NEGATIVES = [
    "Is uw aanvraag afgewezen? Dan kunt u bezwaar maken.",
    "Uw aanvraag wordt binnen 8 weken afgehandeld.",
    "Als je toeslag te laat is, bel dan even.",
    "Het kabinet heeft de zorgtoeslag verhoogd.",
    "De aanvraag is afgewezen.",
    "Vraag uw vergunning online aan.",
    "Bedankt, je melding is ontvangen en doorgestuurd naar de afdeling.",
    "Hoe vraag ik huurtoeslag aan? Kijk op de website.",
    "Uw aanvraag is ontvangen. U krijgt bericht.",
    "De oorzaak is bekend.",
    "Uw zaak is bij ons bekend onder zaaknummer 123456782.",
]


@pytest.mark.parametrize(("text", "value", "severity"), POSITIVES)
def test_case_details_found(detect, text, value, severity):
    hits = detect(ZaakgegevensDetector, text, context=REPLY)
    assert [h.text for h in hits] == [value]
    assert hits[0].evidence.severity == severity
    assert hits[0].evidence.rule == "aw2017.art9.v1"


@pytest.mark.parametrize("text", NEGATIVES)
def test_case_details_not_found(detect, text):
    assert detect(ZaakgegevensDetector, text, context=REPLY) == []


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Ik zie in ons systeem dat uw uitkering is stopgezet.", RISICO),
        ("Uw aanvraag is afgewezen, excuses.", LET_OP),
    ],
)
def test_lower_severity_when_not_public(detect, text, severity):
    hits = detect(ZaakgegevensDetector, text, context=INTERNAL)
    assert [h.evidence.severity for h in hits] == [severity]
