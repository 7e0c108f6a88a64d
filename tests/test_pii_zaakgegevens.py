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
    ("Uw aanvraag is afgewezen, excuses.", "Uw aanvraag is afgewezen", ERNSTIG),
    # a decision on the reader's case, said in public: ernstig even for a plain noun
    ("Je bezwaar is ongegrond verklaard, helaas.", "Je bezwaar is ongegrond", ERNSTIG),
    (
        "Dag meneer, uw vergunning voor de dakkapel is geweigerd vanwege het bestemmingsplan.",
        "uw vergunning voor de dakkapel is geweigerd",
        ERNSTIG,
    ),
    # a look in the system with the reader as subject, without "uw"
    (
        "Ik zie dat u nog een openstaande schuld van 300 euro heeft.",
        "Ik zie dat u nog een openstaande schuld",
        ERNSTIG,
    ),
    (
        "Volgens onze administratie bent u verhuisd, daarom is de uitkering gestopt.",
        "Volgens onze administratie bent u verhuisd, daarom is de uitkering gestopt",
        ERNSTIG,
    ),
    # English replies
    (
        "I checked your file: your allowance was reduced because of your new job.",
        "I checked your file: your allowance was reduced",
        ERNSTIG,
    ),
    (
        "Your application has been rejected, you can appeal within six weeks.",
        "Your application has been rejected",
        ERNSTIG,
    ),
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

# the reader's own dossier quoted as the source ("uw dossier laat zien dat …")
POSITIVES += [
    (
        "Uw dossier 2023-4411 laat zien dat u sinds 2019 in de schuldsanering zit, meneer Yilmaz.",
        "Uw dossier",
        ERNSTIG,
    ),
    ("Volgens uw dossier bent u sinds maart in de schuldhulp.", "Volgens uw dossier", ERNSTIG),
    (
        "Uit je dossier blijkt dat de toeslag is teruggevorderd.",
        "Uit je dossier blijkt dat de toeslag is teruggevorderd",
        ERNSTIG,
    ),
    (
        "Uw dossier laat zien dat uw aanvraag al in 2022 is afgewezen.",
        "Uw dossier laat zien dat uw aanvraag al in 2022 is afgewezen",
        ERNSTIG,
    ),
]

NEGATIVES = [
    "Uit het dossier blijkt dat de gemeente te laat was met de vergunning.",
    "Uw dossier toont alle stukken die u heeft ingediend.",
    "Uw dossier laat zien welke stukken er nog ontbreken.",
    "Volgens uw dossier? Dat kunt u zelf inzien via MijnOverheid.",
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
    "Een bezwaar wordt meestal binnen zes weken afgehandeld.",
    "Wilt u weten hoe het met uw aanvraag staat? Stuur ons een DM of gebruik het contactformulier.",
    "Ik kan hier niet ingaan op uw dossier; stuurt u ons een privébericht?",
    "De toeslag wordt vanaf 2027 verhoogd, zo staat in de nieuwe regeling.",
    "If your claim is rejected, you can appeal within six weeks.",
    "Your report has been received, thanks!",
    "Has your application been approved? Check your account.",
    "We cannot discuss your case here, please send us a DM.",
    "Uw aanvraag voor de parkeervergunning is in behandeling genomen.",
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
        ("Uw aanvraag is afgewezen, excuses.", RISICO),
        ("Uw aanvraag is verwerkt.", LET_OP),
    ],
)
def test_lower_severity_when_not_public(detect, text, severity):
    hits = detect(ZaakgegevensDetector, text, context=INTERNAL)
    assert [h.evidence.severity for h in hits] == [severity]
