# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Special-category data: only when said about a named or identifiable person."""

import pytest

from conftest import worst_severity
from meedoen.core.detectors.base import ERNSTIG, RISICO
from meedoen.core.detectors.builtin.bijzondere_gegevens import BijzondereGegevensDetector

POSITIVES = [
    (
        "Mevrouw Jansen is opgenomen in het ziekenhuis.",
        "Mevrouw Jansen is opgenomen in het ziekenhuis",
        ERNSTIG,
        "gezondheid",
    ),
    ("Jan de Vries heeft kanker.", "Jan de Vries heeft kanker", ERNSTIG, "gezondheid"),
    (
        "De diagnose kanker bij Jan de Vries kwam hard aan.",
        "kanker bij Jan de Vries",
        ERNSTIG,
        "gezondheid",
    ),
    (
        "Ik hoorde dat dhr. Bakker een burn-out heeft.",
        "dhr. Bakker een burn-out",
        ERNSTIG,
        "gezondheid",
    ),
    (
        "@pietjansen is gisteren opgepakt",
        "@pietjansen is gisteren opgepakt",
        ERNSTIG,
        "strafrechtelijk",
    ),
    (
        "Hij zei dat Jan Pietersen lid van de FNV is.",
        "Jan Pietersen lid van de FNV",
        ERNSTIG,
        "vakbond",
    ),
    (
        "Onze buurvrouw Ans Willemsen ligt in het ziekenhuis.",
        "Onze buurvrouw Ans Willemsen ligt in het ziekenhuis",
        ERNSTIG,
        "gezondheid",
    ),
    # a colleague by first name only: recognisable, weaker identifiability (round 2)
    (
        "Mijn collega Youssef is al maanden ziek thuis.",
        "Mijn collega Youssef is al maanden ziek",
        RISICO,
        "gezondheid",
    ),
    (
        "Mijn collega Youssef Bakkali is al maanden ziek thuis.",
        "Mijn collega Youssef Bakkali is al maanden ziek",
        ERNSTIG,
        "gezondheid",
    ),
    (
        "Gisteren de 34-jarige Jeroen K. uit Zwolle aangehouden.",
        "Jeroen K. uit Zwolle aangehouden",
        ERNSTIG,
        "strafrechtelijk",
    ),
    ("Mijn collega is al weken ziek thuis.", "Mijn collega is al weken ziek", RISICO, "gezondheid"),
    (
        "Fatima, onze nieuwe collega, is moslim.",
        "Fatima, onze nieuwe collega, is moslim",
        RISICO,
        "godsdienst",
    ),
    ("Thomas is homo en dat is prima.", "Thomas is homo", RISICO, "seksuele geaardheid"),
    ("Sanne ligt op de IC.", "Sanne ligt op de IC", RISICO, "gezondheid"),
    (
        "Deze meneer heeft een strafblad",
        "Deze meneer heeft een strafblad",
        RISICO,
        "strafrechtelijk",
    ),
]

# Person evidence beyond the name lists: name pairs, relations, case roles; more terms.
POSITIVES += [
    (
        "Onze overbuurvrouw Truus Hoogland is opgenomen met een hersenbloeding.",
        "Onze overbuurvrouw Truus Hoogland is opgenomen",
        ERNSTIG,
        "gezondheid",
    ),
    (
        "Brechtje Hoogland ligt sinds zondag in het ziekenhuis.",
        "Brechtje Hoogland ligt sinds zondag in het ziekenhuis",
        ERNSTIG,
        "gezondheid",
    ),
    (
        "Gerrit-Jan Hofstede zit in de gevangenis voor fraude.",
        "Gerrit-Jan Hofstede zit in de gevangenis",
        ERNSTIG,
        "strafrechtelijk",
    ),
    (
        "De cliënt die ik vanochtend sprak heeft een depressie.",
        "De cliënt die ik vanochtend sprak heeft een depressie",
        ERNSTIG,
        "gezondheid",
    ),
    (
        "Een patiënt van ons is drugsverslaafd, schrijnend.",
        "Een patiënt van ons is drugsverslaafd",
        ERNSTIG,
        "gezondheid",
    ),
    (
        "Rik van D. (Kerkplein 2) dealt al jaren, iedereen weet het.",
        "Rik van D. (Kerkplein 2) dealt",
        ERNSTIG,
        "strafrechtelijk",
    ),
    ("De buurman is gokverslaafd.", "De buurman is gokverslaafd", RISICO, "gezondheid"),
    (
        "Mijn buurman deal al jaren, iedereen weet het",
        "Mijn buurman deal",
        RISICO,
        "strafrechtelijk",
    ),
    (
        "Mijn schoonzus is zwanger van een tweeling!",
        "Mijn schoonzus is zwanger",
        RISICO,
        "gezondheid",
    ),
    (
        "Een vriendin van me heeft borstkanker.",
        "Een vriendin van me heeft borstkanker",
        RISICO,
        "gezondheid",
    ),
    ("Mijn opa heeft corona, duimen!", "Mijn opa heeft corona", RISICO, "gezondheid"),
    # English posts
    (
        "Our neighbour Brechtje Hoogland is in hospital after a stroke.",
        "Our neighbour Brechtje Hoogland is in hospital",
        ERNSTIG,
        "gezondheid",
    ),
    (
        "This client has a criminal record, be careful.",
        "This client has a criminal record",
        ERNSTIG,
        "strafrechtelijk",
    ),
    ("My sister is pregnant again!", "My sister is pregnant", RISICO, "gezondheid"),
    # the relative of someone known from work: "haar" can only be that person
    ("Klant belde: haar man heeft kanker.", "haar man heeft kanker", ERNSTIG, "gezondheid"),
    (
        "Klant belde: zijn zoon zit in de gevangenis en hij kan de huur niet betalen.",
        "zijn zoon zit in de gevangenis",
        ERNSTIG,
        "strafrechtelijk",
    ),
]

NEGATIVES = [
    "Kanker is een vreselijke ziekte; laat je op tijd onderzoeken.",
    "Ik heb zelf diabetes en dat gaat prima.",
    "Hugo de Jonge: het aantal patiënten in het ziekenhuis daalt.",
    "Een man (34) is aangehouden voor inbraak.",
    "@RIVM heeft vandaag 500 mensen positief getest",
    "Jan is psychiater bij de GGZ.",
    "Vandaag sprak ik Jan over kanker en zorg.",
    "Ben je ziek? Blijf thuis.",
    "Moslims en christenen vierden samen het feest.",
    "De minister is positief getest.",  # no name
    "De 80-jarige Henk de Vries werd gisteren gehuldigd. Kanker is erg.",
    # negation, the author's own health, topics and place names
    "Jan is niet ziek, hij is gewoon op vakantie.",
    "Mijn collega heeft geen burn-out, ze is op reis.",
    "Ik lig sinds gisteren in het ziekenhuis met een hartinfarct.",
    "Mijn burn-out is voorbij, ik werk weer.",
    "Het Rode Kruis is opgenomen in de lijst van goede doelen.",
    "Noord Holland heeft de meeste besmettingen.",
    "Sanne is druk met corona-maatregelen.",
    "Kees is opgenomen in het team van de burgemeester.",
    "Mijn kennis van kanker is beperkt.",
    "Jan heeft een vis gevangen.",
    "Jan heeft een goede deal gesloten.",  # "deal" counts only as the verb after a person
    "Kees stal de show gisteren.",
    "Het is gestolen in het depot van @pakketbezorger, balen.",
    "Haar collega is een moslim.",  # someone else's relation: too remote
    "My colleague is not pregnant, stop asking.",
    "My colleague has a new job at the ministry.",
    "Cancer research got a boost today.",
    "Een klant vertelde dat haar zoon net geslaagd is, wat leuk!",
    "De klant wilde weten of zijn vrouw ook mee mocht naar de informatieavond.",
]
OFFICIALS = {
    "officials": [{"name": "Jan de Vries", "role": "wethouder", "handle": "@wethouderjan"}]
}


@pytest.mark.parametrize(("text", "value", "severity", "group"), POSITIVES)
def test_special_category_found(detect, text, value, severity, group):
    hits = detect(BijzondereGegevensDetector, text)
    assert [h.text for h in hits] == [value]
    assert hits[0].evidence.severity == severity
    assert hits[0].evidence.rule == "avg.art9.v1"
    assert group in hits[0].evidence.tags


@pytest.mark.parametrize("text", NEGATIVES)
def test_special_category_not_found(detect, text):
    assert detect(BijzondereGegevensDetector, text) == []


@pytest.mark.parametrize("text", ["Jan de Vries heeft kanker.", "@wethouderjan is positief getest"])
def test_officials_are_not_persons(detect, text):
    assert detect(BijzondereGegevensDetector, text, organisation=OFFICIALS) == []


def test_author_is_not_a_third_person(detect):
    hits = detect(
        BijzondereGegevensDetector, "Sanne Bakker is zwanger!", profile={"name": "Sanne Bakker"}
    )
    assert hits == []


# Rounds 5 and 6 (2026-11-29): infectious diseases and medication, "slikt"/"gebruikt" as the
# link, and English words for health, orientation and religion said of a person.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Samira (34) uit Tilburg slikt al twee jaar antidepressiva.", True),
        ("Die vrouw uit Katwijk heeft mazelen.", True),
        ("Mijn buurman gebruikt veel medicatie.", True),
        ("Mazelen rukt op in de Bijbelgordel, laat je kinderen vaccineren.", False),
        ("Jan gebruikt de computer van zijn broer.", False),
        ("A client of mine, single dad, just got his MS diagnosis.", True),
        ("John from finance is gay.", True),
        ("My neighbour Ahmed is muslim.", True),
        ("Gay marriage was legalised in the Netherlands in 2001.", False),
        ("Sick leave rules change next year for everyone.", False),
        ("Disabled parking spots are being added in the centre.", False),
    ],
)
def test_terms_said_of_a_person(text: str, found: bool) -> None:
    severity = worst_severity(BijzondereGegevensDetector, text, None, {"capacity": "prive"})
    assert (severity >= RISICO) is found


def test_lexicon_file_has_known_groups_and_no_duplicates() -> None:
    from meedoen.core.detectors.builtin.bijzondere_gegevens import ABOUT
    from meedoen.core.lexicons import load_tsv

    rows = load_tsv("pii/bijzondere-gegevens.tsv")
    terms = [term for _, term in rows]
    assert {group for group, _ in rows} == set(ABOUT)
    assert all(terms) and len(terms) == len(set(terms))
    assert not {t.rstrip("*") for t in terms if t.endswith("*")} & set(terms)
