# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""False alarms found on the development sets of 29 November, one rule each.

The sentences are written for these tests; none is taken from an evaluation set.
"""

import pytest

from meedoen import check

PRIVE = {"capacity": "prive", "channel": "x", "date": "2026-06-10"}
IN_FUNCTIE = {"capacity": "in-functie", "channel": "x", "date": "2026-06-10"}


def _serious(text: str, context: dict, category: str) -> list[str]:
    a = check(text, None, context)
    return [f.evidence for f in a.findings if f.category == category and f.severity != "let-op"]


@pytest.mark.parametrize(
    ("text", "insider"),
    [
        # a place where citizens go is no inside source ...
        ("Paspoort kwijt? Je kunt vandaag nog een nieuwe aanvragen op het stadhuis.", False),
        ("Morgen is de markt, de kramen staan op het provinciehuis plein.", False),
        # ... a rumour from the building is
        ("Op het stadhuis wordt gefluisterd dat de kermis niet doorgaat, nog niet bekend.", True),
    ],
)
def test_the_town_hall_is_an_inside_source_only_as_a_source(text: str, insider: bool) -> None:
    assert bool(_serious(text, PRIVE, "vertrouwelijk")) is insider


@pytest.mark.parametrize(
    ("text", "sidejob"),
    [
        ("Jaarcijfers schuldhulp bij ons: de gemiddelde schuld was €38.200.", False),
        (
            "Naast mijn werk bij de gemeente help ik ondernemers met vergunningen, €90 per uur.",
            True,
        ),
        ("Als inspecteur weet ik waar ze op letten: boek mijn workshop voor €199.", True),
    ],
)
def test_an_amount_is_a_fee_only_as_a_price(text: str, sidejob: bool) -> None:
    assert bool(_serious(text, IN_FUNCTIE, "integriteit")) is sidejob


@pytest.mark.parametrize(
    "text",
    [
        "Good question, but not mine to answer here. Our press officers can help you.",
        "Daar kan ik niet bij helpen, de woordvoerders van het ministerie wel: zie contact voor pers.",
    ],
)
def test_referring_a_journalist_to_the_press_officers_is_no_contact(text: str) -> None:
    context = {**PRIVE, "reply_to": {"text": "Hoe zit het?", "author_role": "journalist"}}
    assert _serious(text, context, "pers") == []
