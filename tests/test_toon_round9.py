# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Round 9 (docs/evaluation.md): condescension towards citizens in webcare, and origin as the
explanation of crime. The sentences are written for these tests; none is taken from an
evaluation set."""

import pytest

from meedoen import check

CITIZEN = {"text": "Waarom is mijn container niet geleegd?", "author_role": "burger"}
IN_FUNCTION = {"capacity": "in-functie", "channel": "x", "date": "2026-05-04", "reply_to": CITIZEN}


def _toon(text: str, context: dict) -> list[str]:
    return [f.severity for f in check(text, context=context).findings if f.category == "toon"]


@pytest.mark.parametrize(
    "text",
    [
        "Misschien eerst even de afvalwijzer lezen voordat u gaat klagen?",
        "Maybe read the actual rules before posting?",
        "Als u de formulieren op tijd had ingeleverd, was het allang geregeld.",
        "With respect, your comment shows you have no idea how permits work.",
        "Ga dan lekker ergens anders wonen als je geen bouwkraan wil zien.",
    ],
)
def test_condescension_towards_a_citizen_is_a_risk_in_function(text: str) -> None:
    assert "risico" in _toon(text, IN_FUNCTION)


@pytest.mark.parametrize(
    "text",
    [
        "In de afvalwijzer leest u welke dag de container wordt geleegd.",
        "Lees de brief gerust nog eens rustig door; bel ons als iets niet duidelijk is.",
        "Wij hebben uw formulier op tijd ontvangen, dank u wel.",
    ],
)
def test_helpful_webcare_is_not(text: str) -> None:
    assert not set(_toon(text, IN_FUNCTION)) & {"risico", "ernstig"}


def test_origin_as_the_explanation_of_crime_is_hateful() -> None:
    private = {"capacity": "prive", "channel": "facebook"}
    text = "Weer een inbraakgolf opgelost. Raad eens uit welk land ze kwamen... Elke keer hetzelfde volk."
    assert "ernstig" in _toon(text, private)
    assert not _toon("Raad eens waar ze vandaan kwamen: uit Zeeland, op de fiets!", private)
