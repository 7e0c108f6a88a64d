# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Person-name finder: titles, first-name lists (Faker nl_NL), particles, exclusions."""

import pytest

from meedoen.core.text.names import (
    find_name_pairs,
    find_names,
    first_names,
    looks_like_person_mailbox,
    word_set,
)

CASES = [
    ("Gisteren Jan de Vries gesproken", ["Jan de Vries"], "volledig"),
    ("Mevrouw Jansen is ziek", ["Mevrouw Jansen"], "titel"),
    ("dhr. J. de Vries belde", ["dhr. J. de Vries"], "titel"),
    ("De heer Van der Berg kwam langs", ["De heer Van der Berg"], "titel"),
    ("Ik sprak met Fatima.", ["Fatima"], "voornaam"),
    ("Mevrouw de Vries-Jansen", ["Mevrouw de Vries-Jansen"], "titel"),
    ("Prof. Bakker en mr. El Amrani", ["Prof. Bakker", "mr. El Amrani"], "titel"),
    ("de 34-jarige Jeroen K. uit de Biltstraat", ["Jeroen K."], "volledig"),
    ("Bij deze: Tim de B. deal al jaren", ["Tim de B."], "volledig"),
    ("Gisteren sprak ik Henk Bos", ["Henk Bos"], "volledig"),  # nl_BE list adds older names
]
NO_NAMES = [
    "Ben je er morgen ook?",  # Ben: ambiguous first name at sentence start
    "Floor en plafond worden vervangen.",
    "De gemeente Utrecht opent een nieuw loket.",
    "het was een gewone dag",
]


@pytest.mark.parametrize(("text", "names", "kind"), CASES)
def test_names_found(text, names, kind):
    found = find_names(text)
    assert [n.text for n in found] == names
    assert found[0].kind == kind
    for n in found:
        assert text[n.start : n.end] == n.text


@pytest.mark.parametrize("text", NO_NAMES)
def test_no_names(text):
    assert find_names(text) == []


def test_officials_excluded():
    assert find_names("Vandaag sprak minister Mark Rutte", exclude=["Mark Rutte"]) == []
    assert find_names("Wethouder De Vries en mevrouw De Vries", exclude=["Jan de Vries"]) == []


def test_first_names_come_from_faker():
    names = first_names()
    assert {"Jan", "Fatima", "Sanne"} <= names
    assert len(names) > 400


def test_word_set_strips_punctuation():
    assert word_set("ziek, (kanker) en #covid!") == {"ziek", "kanker", "en", "covid"}


def test_supplement_adds_common_names_faker_misses():
    names = first_names()
    assert {"Kees", "Wilma", "Ruud", "Hatice", "Gerrit-Jan"} <= names
    assert find_names("Gisteren zag ik Kees Jansen")[0].text == "Kees Jansen"


def test_supplement_has_no_duplicates_or_faker_names():
    from faker.providers.person.nl_BE import Provider as Flemish
    from faker.providers.person.nl_NL import Provider as Dutch

    from meedoen.core.lexicons import load_lines

    extra = load_lines("pii/voornamen-aanvulling.txt")
    assert len(extra) == len(set(extra))
    faker = set(Dutch.first_names) | set(Flemish.first_names)
    assert not set(extra) & faker


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Gisteren hoorde ik dat Brechtje Hoogland verhuist", ["Brechtje Hoogland"]),
        ("Bij Xandra van der Ploeg thuis", ["Xandra van der Ploeg"]),
        ("Het Rode Kruis helpt", []),  # a sentence-start word, not a first name
        ("Noord Holland en Den Haag", []),
    ],
)
def test_name_pairs(text, pairs):
    not_first = frozenset({"Het", "Rode", "Noord", "Den", "Bij"})
    assert [n.text for n in find_name_pairs(text, (), not_first)] == pairs


@pytest.mark.parametrize(
    ("local", "person"),
    [
        ("j.jansen", True),
        ("piet1970", True),
        ("m.vanderlinden", True),
        ("fatima.el-amrani", True),
        ("a.b.de.vries", True),
        ("kees.smit", True),
        ("wmo-loket", False),
        ("jeugd.zorg", False),
        ("vth2026", False),
        ("werkeninkomen", False),
    ],
)
def test_person_mailbox(local, person):
    assert looks_like_person_mailbox(local) is person
