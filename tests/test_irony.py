# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Irony and mockery about a political office: a political opinion without opinion words.

The sentences are written for these tests; none is taken from an evaluation set.
"""

import pytest

from meedoen import check
from meedoen.core.text.irony import irony

IRONIC = [
    ("the cabinet's housing plan is… certainly a choice 🫠", "cabinet"),
    ("'Versnellen' noemt de staatssecretaris het. Nou, succes ermee 🙃", "staatssecretaris"),
    ("kabinet: 'we luisteren naar het land' 🎪 also kabinet: niemand gesproken", "kabinet"),
    ("Mooi hoor, dat de gemeenteraad het fietsplan heeft weggestemd.", "gemeenteraad"),
    ("new minister, same plans, different logo 💅", "minister"),
    # a policy by its name, with a short aside after it, and a riddle with its punchline
    (
        "Het nieuwe jeugdbeleid gaat vooral over de volgende verkiezingen. Slim bedacht, dat wel.",
        "jeugdbeleid",
    ),
    ("how many ministers does it take to fix a form? answer: yes.", "ministers"),
]
PLAIN = [
    "De minister presenteert vandaag het plan; de Kamerbrief staat online.",
    "Vandaag debatteert de Tweede Kamer over de huurwet. Terugkijken kan via debatdirect.",
    "Lekker weekend gehad 🙃 maandag weer fris aan de slag.",  # irony, but no political office
    "Het college van B&W heeft vandaag de begroting vastgesteld.",
    # a policy name next to quotes is mostly reported speech
    "Woordvoerder over de nieuwe aanpak: een \u201cforse stap vooruit\u201d volgens de bond.",
    # a wink in the next sentence is about something else than the office
    "Morgen presenteert de minister het plan. Ik ga lekker fietsen 🙃",
    # a short next sentence without mockery
    "De wethouder opende vandaag de brug. Mooi weer ook.",
]


@pytest.mark.parametrize(("text", "office"), IRONIC)
def test_mockery_of_a_political_office_is_found(text: str, office: str) -> None:
    found = irony(text.lower())
    assert found is not None
    assert text.lower()[found.start : found.end] == office
    a = check(text, context={"capacity": "prive", "channel": "x", "date": "2026-06-10"})
    pol = [f for f in a.findings if f.category == "politiek"]
    assert pol and pol[0].severity in ("risico", "ernstig")
    assert a.level in ("oranje", "rood")


@pytest.mark.parametrize("text", PLAIN)
def test_neutral_mentions_and_unrelated_irony_are_not(text: str) -> None:
    assert irony(text.lower()) is None
    a = check(text, context={"capacity": "prive", "channel": "x", "date": "2026-06-10"})
    assert not [f for f in a.findings if f.category == "politiek" and f.severity != "let-op"]


def test_mockery_on_ones_own_dossier_is_ernstig() -> None:
    """Aanwijzing 15, factor a: no distance between the function and the topic."""
    text = "'Versnellen' noemt de staatssecretaris het. Nou, succes met de huurwet 🙃"
    ctx = {"capacity": "prive", "channel": "x", "date": "2026-06-10"}
    own = {"dossiers": [{"name": "Huur", "keywords": ["huurwet", "huur"], "sensitivity": "midden"}]}
    pol = [f for f in check(text, own, ctx).findings if f.category == "politiek"]
    assert pol and pol[0].severity == "ernstig"
    other = {"dossiers": [{"name": "Water", "keywords": ["dijk"], "sensitivity": "midden"}]}
    pol = [f for f in check(text, other, ctx).findings if f.category == "politiek"]
    assert pol and pol[0].severity == "risico"
