# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""A person recognisable without a name, with a sensitive circumstance about them.

The sentences are written for these tests; none is taken from an evaluation set.
"""

import pytest

from conftest import run_detector, worst_severity
from meedoen import check
from meedoen.core.detectors.base import ERNSTIG, RISICO
from meedoen.core.detectors.builtin.herkenbaar import CIRCUMSTANCES, HerkenbaarDetector
from meedoen.core.text.pii_described import SENTENCE_RE

# (text, severity, group of the circumstance)
POSITIVES = [
    # a description with a detail (age, house number, street, school class): ernstig
    ("Die mevrouw van 91 van de Kastanjelaan krijgt nu thuiszorg.", ERNSTIG, "gezondheid"),
    ("de buurvrouw op nr 8 is vorige maand veroordeeld voor heling", ERNSTIG, "strafrechtelijk"),
    (
        "Ik heb een jongen uit groep 6 die al weken thuis zit met angstklachten.",
        ERNSTIG,
        "gezondheid",
    ),
    ("the old man from no. 12 is in debt again, bailiff at the door", ERNSTIG, "financieel"),
    ("die knul van 2 hoog zit sinds gisteren in voorarrest", ERNSTIG, "strafrechtelijk"),
    # known through work: a client, a home visit, "ons systeem"
    ("Had vanochtend een klant, alleenstaande moeder, met flinke schulden.", ERNSTIG, "financieel"),
    ("Bij het huisbezoek bleek dat die vader al jaren in de bijstand zit.", ERNSTIG, "financieel"),
    ("a client told me today her son was deported last spring", ERNSTIG, "verblijf"),
    # a pronoun or a sentence without a subject that goes on about the person before
    ("Die aardige meneer van de bakkerij? Hij zit in de schuldsanering.", RISICO, "financieel"),
    ("Die nieuwe trainer van de jeugd. Zit al jaren in de ggz.", RISICO, "gezondheid"),
    # a first name in lower case with a team, or after a possessive
    ("onze sandra van de receptie is eindelijk zwanger!", RISICO, "gezondheid"),
    ("yeah, pieter from finance is on sick leave with a burnout", RISICO, "gezondheid"),
    ("Onze nieuwe directeur zit in een rechtszaak met zijn ex.", RISICO, "strafrechtelijk"),
    # round 8: set apart by what they have, or "Meneer"/"Moeder" as the subject, or "you all know"
    ("die bewoner met de gele fiets zit diep in de schulden", ERNSTIG, "financieel"),
    ("Meneer is sinds kort dement en dwaalt 's nachts rond.", RISICO, "gezondheid"),
    ("you all know whose dad I mean, he is in custody since friday", ERNSTIG, "strafrechtelijk"),
    # a described person with a union or faith
    ("die meneer van de kantine is lid van de bond, wist je dat", RISICO, "vakbond"),
]

NEGATIVES = [
    # a topic, a sector or a policy
    "Vandaag het jaarverslag: 4.000 mensen meldden zich bij de schuldhulp.",
    "De wachtlijsten in de jeugdzorg worden elk jaar langer.",
    "Onze wethouder heeft de bijstand verbeterd.",
    "Dat is de schuld van het kabinet, niet van de burger.",
    # the author's own story or own close family, shared by choice
    "Ik zat vorig jaar zelf thuis met een burn-out.",
    "Mijn dochter (9) heeft diabetes en doet het geweldig.",
    "my mum had her new hip last week and is back home",
    # a public figure who said it in public, an anonymised or published story
    "Onze burgemeester vertelde vanavond zelf dat hij kanker heeft.",
    "A client once said (details changed) that the debts were the least of it.",
    "De 56-jarige man werd opgenomen, dat heeft de GGD bekendgemaakt.",
    # a rule or a hypothetical, a negation, a group
    "Als een cliënt schulden heeft, kan hij bij ons terecht.",
    "die meneer van de kantine heeft geen schulden hoor",
    "Jongeren die in de jeugdzorg zitten verdienen meer aandacht.",
    # someone mentioned in passing, not known from work, no detail
    "een jongen van 16 ligt op de ic, zegt het nieuws",
    # the author's own leave, with colleagues named after it; an explicitly anonymised warning
    "Vanaf juni ben ik met zwangerschapsverlof, mijn collega's nemen het over.",
    "Opgenomen na een overdosis: een meisje van 16, niet uit één bepaalde straat, het kan overal.",
    "Man belt overspannen de helpdesk: wat een dag.",
    # a police message in the third person: published, the author is not part of the story
    "Een vrouw (41) uit de Molenstraat is aangehouden voor winkeldiefstal.",
    # a handle is the person addressed, not the subject of a story
    "@zorgbeleid wanneer komt er eindelijk geld voor de ggz?",
]


@pytest.mark.parametrize(("text", "severity", "group"), POSITIVES)
def test_finds_a_recognisable_person_with_a_circumstance(
    text: str, severity: int, group: str
) -> None:
    hits = run_detector(HerkenbaarDetector, text)
    assert hits, text
    assert max(h.evidence.severity for h in hits) == severity
    assert group in hits[0].evidence.tags
    for h in hits:  # the span is the text it claims to be, and inside the post
        assert 0 <= h.start < h.end <= len(text)
        assert text[h.start : h.end] == h.text


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_finding_without_a_recognisable_person(text: str) -> None:
    assert worst_severity(HerkenbaarDetector, text) == 0, text


def test_a_reply_confirms_something_about_the_person_asked_about() -> None:
    text = "Ja hoor, sinds dinsdag. Hij zit in voorarrest."
    about = {
        "text": "Is die buurjongen van de hoek nou eindelijk opgepakt?",
        "author_role": "burger",
    }
    assert worst_severity(HerkenbaarDetector, text, context={"reply_to": about}) == RISICO
    # the person asking about their own relative is not a third person being exposed
    own = {"text": "Mijn buurman zit in de schulden, waar kan hij heen?", "author_role": "burger"}
    answer = "Hij kan bij de schuldhulp terecht: bel 14 020."
    assert worst_severity(HerkenbaarDetector, answer, context={"reply_to": own}) == 0


def test_the_finding_cites_the_rule_of_its_kind() -> None:
    special = run_detector(HerkenbaarDetector, "die knul van 2 hoog zit in voorarrest")
    money = run_detector(HerkenbaarDetector, "die knul van 2 hoog zit in de schuldsanering")
    assert special[0].evidence.rule == "avg.art9.v1"
    assert money[0].evidence.rule == "avg.art5.v1"
    assert "'voorarrest' (categorie strafrechtelijk)" in special[0].evidence.explanation


def test_check_raises_the_level_and_explains_itself() -> None:
    a = check(
        "Die mevrouw van 91 van de Kastanjelaan krijgt nu thuiszorg.",
        context={"channel": "x", "capacity": "prive"},
    )
    found = [f for f in a.findings if f.detector == "persoonsgegevens.herkenbaar.v1"]
    assert found and found[0].severity == "ernstig"
    assert a.level == "rood"
    assert found[0].message and found[0].advice and found[0].citation.text


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("M. (14) from the north. He is fine!", 2),
        ("neighbour from no. 7 left. bye", 2),
        ("Dhr. de Vries belde. Mevr. Jansen ook.", 2),
        ("cijfers: 1.5 en 2.000 mensen. Klaar", 2),
    ],
)
def test_sentences_do_not_end_at_an_initial_or_abbreviation(text: str, sentences: int) -> None:
    assert len([m for m in SENTENCE_RE.finditer(text.lower()) if m.group().strip()]) == sentences


def test_the_circumstance_lexicon_is_clean() -> None:
    terms = [p.pattern for ps in CIRCUMSTANCES.by_key.values() for p, _ in ps]
    assert len(terms) == len(set(terms)), "a term is listed twice"
    groups = {g for ps in CIRCUMSTANCES.by_key.values() for _, g in ps}
    assert groups <= {
        "financieel", "jeugdzorg", "verblijf", "gezondheid", "strafrechtelijk", "godsdienst",
        "vakbond", "seksuele geaardheid",
    }  # fmt: skip
