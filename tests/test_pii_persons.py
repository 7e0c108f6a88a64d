# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Who a statement is about: relations, descriptions, identifiers and pronouns.

Families from the second calibration round: health of a colleague or client by first name
or description, identifiers that make a person findable ("(81)", "van de Lindelaan", "hij
heet …"), and statements that reach a person through a pronoun.
"""

import pytest

from meedoen.core.detectors.base import ERNSTIG, RISICO
from meedoen.core.detectors.builtin.bijzondere_gegevens import BijzondereGegevensDetector
from meedoen.core.text.pii_person import find_persons, pronoun_antecedent

POSITIVES = [
    # a colleague by first name: recognisable, weaker identifiability
    (
        "Sterkte aan collega Dewi, die sinds maart thuis zit met een gebroken heup.",
        "collega Dewi, die sinds maart thuis zit met een gebroken heup",
        RISICO,
    ),
    # ... but mental health, addiction or HIV of a named relation is ernstig
    (
        "Sterkte aan collega Dewi, die sinds maart thuis zit met een burn-out.",
        "collega Dewi, die sinds maart thuis zit met een burn-out",
        ERNSTIG,
    ),
    ("Dewi zit thuis met een burn-out.", "Dewi zit thuis met een burn-out", RISICO),
    (
        "Collega Bart ligt met een hersenschudding op de bank, beterschap!",
        "Collega Bart ligt met een hersenschudding",
        RISICO,
    ),
    ("Veel sterkte Lotte, die migraine is echt zwaar.", None, None),
    (
        "Knuffel voor onze Marjolein, die vorige week een hartinfarct kreeg.",
        "Marjolein, die vorige week een hartinfarct",
        RISICO,
    ),
    # a description only
    (
        "Die mevrouw aan de balie met dementie stond weer voor een dichte deur.",
        "Die mevrouw aan de balie met dementie",
        RISICO,
    ),
    # identifiers make a first name or description findable
    (
        "Gerrit (79) van de Beukenlaan is dement en dwaalt 's nachts rond.",
        "Gerrit (79) van de Beukenlaan is dement",
        ERNSTIG,
    ),
    (
        "Alweer die vrouw met haar psychose op het spreekuur. "
        "Ze heet Ans en woont hier in de wijk.",
        "die vrouw met haar psychose",
        ERNSTIG,
    ),
    (
        "Die jongen met zijn verslaving aan de balie, hij woont bij ons om de hoek.",
        "Die jongen met zijn verslaving",
        ERNSTIG,
    ),
    # a named client; the health fact in the next sentence, through a pronoun
    (
        "Meneer Hofstra (91) uit Overvecht kreeg vandaag bezoek van ons. Sinds zijn "
        "herseninfarct loopt hij slecht.",
        "zijn herseninfarct",
        ERNSTIG,
    ),
    (
        "Vandaag op huisbezoek bij mevrouw El Amrani. Na haar knieoperatie redt ze zich weer.",
        "haar knieoperatie",
        ERNSTIG,
    ),
    (
        "Cliënt Joost heeft al jaren last van paniekaanvallen.",
        "Cliënt Joost heeft al jaren last van paniekaanvallen",
        ERNSTIG,
    ),
]

POSITIVES += [
    # English, assistive devices, a description by age and street, "en woont …"
    (
        "Get well soon to my colleague Dirk, who is off sick with a hernia.",
        "my colleague Dirk, who is off sick",
        RISICO,
    ),
    (
        "Mevrouw Aksoy (81) uit Hoograven heeft sinds kort een traplift via de Wmo.",
        "Mevrouw Aksoy (81) uit Hoograven heeft sinds kort een traplift",
        ERNSTIG,
    ),
    (
        "De meneer van 88 op de Wilgenlaan 5 kan sinds zijn beroerte niet meer fietsen.",
        "zijn beroerte",
        ERNSTIG,
    ),
    (
        "Dat meisje dat steeds bij het loket komt heeft autisme en woont in de Vinkenstraat.",
        "Dat meisje dat steeds bij het loket komt heeft autisme",
        ERNSTIG,
    ),
    (
        "Mijn collega Floor van Beek heeft te horen gekregen dat ze MS heeft.",
        "Mijn collega Floor van Beek heeft te horen gekregen dat ze MS",
        ERNSTIG,
    ),
]

NEGATIVES = [
    "Jan is blind voor de gevolgen van zijn beleid.",
    "De burgemeester opende vandaag het nieuwe revalidatiecentrum.",
    "Petra krijgt een prijs voor haar werk met mensen met dementie.",
    "Ik sprak Jan met de minister over dementie.",
    "Met een hernia kun je prima werken, zegt Ruud.",
    "Op het spreekuur kwam een vrouw met dementie. Mooi gesprek.",
    "Die man van de verzekering belde weer. Hij heeft een nieuw aanbod.",
    "Jan vertelde over zijn werk bij de GGZ. Zijn passie is dementiezorg.",
    "Karin, die bij de GGD werkt, gaf uitleg over corona.",
    "Die vrouw met die hond loopt elke ochtend langs het stadhuis.",
    "Henk werd gehuldigd. Hij is niet ziek, hij stopt gewoon.",
    "Anna presenteerde het plan. Haar team werkt aan betere zorg voor mensen met dementie.",
    "Collega Ruud gaf een mooie lezing over migraine en werk.",
]


@pytest.mark.parametrize(("text", "value", "severity"), [p for p in POSITIVES if p[1]])
def test_person_statement_found(detect, text, value, severity):
    hits = detect(BijzondereGegevensDetector, text)
    assert [h.text for h in hits] == [value]
    assert hits[0].evidence.severity == severity


@pytest.mark.parametrize("text", NEGATIVES)
def test_person_statement_not_found(detect, text):
    assert detect(BijzondereGegevensDetector, text) == []


@pytest.mark.parametrize(
    ("text", "strong"),
    [
        ("collega Dewi zei", False),
        ("Dewi (34) uit Almere zei", True),
        ("die man van nummer 12 zei", True),
        ("die man. Hij heet Ruud.", True),
        ("de familie Oosterhuis zei", True),
        ("cliënt Kees zei", True),
        ("die man aan de balie zei", False),
    ],
)
def test_identifiability(text, strong):
    persons = find_persons(text, text.lower(), [], set(), in_function=False)
    assert persons, text
    assert max(p.strong for p in persons) is strong


def test_pronoun_reaches_back_over_en():
    text = "meneer Bos van de Esdoornlaan, hij krijgt huurtoeslag en werkt zwart"
    low = text.lower()
    persons = find_persons(text, low, [], set(), in_function=False)
    ref = pronoun_antecedent(low, low.index("werkt"), persons)
    assert ref is not None and ref[0].how.startswith("naam 'meneer Bos'")
    assert pronoun_antecedent(low, low.index("werkt"), []) is None
