# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Person-name finder: titles, first-name lists (Faker nl_NL), particles, exclusions."""

import pytest

from meedoen.core.text.names import find_names, first_names, word_set

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
