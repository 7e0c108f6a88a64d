# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Contact with an MP or a journalist that a post tells about (meedoen.core.text.told_contact).

Written from Aanwijzing 7 and 12: contact on one's own initiative is a risk also when the post
only reports it. Positive rows must give a finding of at least RISICO (MPs: with the author's
dossier in the post, as a private citizen may otherwise speak to an MP); negative rows none.
"""

from __future__ import annotations

import pytest

from conftest import worst_severity
from meedoen.core.detectors.base import RISICO
from meedoen.core.detectors.builtin.kamerlid import KamerlidDetector
from meedoen.core.detectors.builtin.pers import PersDetector
from meedoen.core.text.politics_distance import is_mp_shape

PRIVE = {"capacity": "prive", "channel": "x"}
WATER = {"dossiers": [{"name": "Waterveiligheid", "keywords": ["dijk", "dijkversterking"]}]}


def worst(
    detector: type, text: str, context: dict | None = None, profile: dict | None = None
) -> int:
    return worst_severity(detector, text, profile, context or PRIVE)


PRESS_POSITIVE = [
    "Vanmiddag lang gebeld met een verslaggever van de Volkskrant over de dijkversterking.",
    "Journalist van RTV Oost belde. Heb haar maar uitgelegd hoe het met de subsidie zit.",
    "Gisteren koffie gedaan met Sanne van het Parool, die wil een stuk over onze afdeling maken.",
    "Even bijgepraat met iemand van het Brabants Dagblad over de wachtlijst bij ons.",
    "Een redacteur van NRC gemaild met wat achtergrond over de aanbesteding.",
    "Morgen lunchen met een journalist van het FD, eens kijken wat ze al weet 🙂",
]
PRESS_NEGATIVE = [
    "Journalist belde vandaag, heb hem doorverwezen naar de woordvoerder.",
    "Een verslaggever van de NOS sprak vandaag in Nieuwsuur met de minister.",
    "Mooi artikel van de journalist van Trouw over de dijkversterking.",
    "De NOS meldt dat het kabinet morgen besluit over de begroting.",
    "Journalist: is die app nou verplicht? Minister: nee.",
    "Ik heb de krant van vandaag gelezen bij de koffie.",
]


@pytest.mark.parametrize("text", PRESS_POSITIVE)
def test_told_contact_with_the_press_is_found(text: str) -> None:
    assert worst(PersDetector, text) >= RISICO


@pytest.mark.parametrize("text", PRESS_NEGATIVE)
def test_press_near_misses(text: str) -> None:
    assert worst(PersDetector, text) < RISICO


def test_told_contact_in_function_is_left_to_the_other_rules() -> None:
    """In function a spokesperson or an official may brief the press by arrangement."""
    text = "Vanmiddag lang gebeld met een verslaggever van de Volkskrant over de dijkversterking."
    assert worst(PersDetector, text, {"capacity": "in-functie"}) < RISICO


MP_POSITIVE = [
    "Gisteravond nog lang geappt met een Kamerlid over de dijkversterking bij Zwolle.",
    "Vrijdag koffie met Kamerlid De Boer om haar bij te praten over de dijk bij Deventer.",
    "Net een mail gestuurd naar de fractie van de VVD over de dijkversterking, iemand moet het doen.",
    "Kamerleden die meelezen: kijk morgen in het debat even goed naar de dijkversterking.",
]
MP_NEGATIVE = [
    "Kamerlid De Boer sprak vandaag in het debat over de dijkversterking.",
    "De fractie van de VVD diende een motie in over de dijk.",
    "Mooi interview met een Kamerlid in de krant vanochtend.",
    "Heb de vraag van het Kamerlid doorgestuurd naar de minister, die gaat erover.",
]


@pytest.mark.parametrize("text", MP_POSITIVE)
def test_told_contact_with_an_mp_is_found(text: str) -> None:
    assert worst(KamerlidDetector, text, profile=WATER) >= RISICO


@pytest.mark.parametrize("text", MP_NEGATIVE)
def test_mp_near_misses(text: str) -> None:
    assert worst(KamerlidDetector, text, profile=WATER) < RISICO


@pytest.mark.parametrize(
    ("handle", "mp"),
    [
        ("@PietHoogvlietTK", True),
        ("@AnnaDeVriesTK", True),
        ("@pietTK", True),
        ("@Bestek", False),
        ("@ATK", False),
        ("@pietjetk", False),
    ],
)
def test_camel_case_tk_handles_look_like_mps(handle: str, mp: bool) -> None:
    assert is_mp_shape(handle) is mp


def test_answering_an_mp_with_a_published_document_is_a_referral() -> None:
    ctx = {
        "capacity": "in-functie",
        "reply_to": {"author_role": "kamerlid", "text": "Waar staat dat?"},
    }
    text = (
        "Dat rapport is op 3 maart gepubliceerd bij de Kamerbrief, hier te vinden: https://x.nl/r"
    )
    assert worst(KamerlidDetector, text, ctx) == 0
    assert worst(KamerlidDetector, "De cijfers zijn slechter dan de minister zegt.", ctx) >= RISICO


@pytest.mark.parametrize(
    "text",
    [
        "check je signal even, heb iets voor je",
        "Heb wat interessants voor je over die aanbesteding.",
        "DM staat open 👀",
        "mijn dm's staan altijd open",
    ],
)
def test_private_channel_offers_to_a_journalist(text: str) -> None:
    ctx = {**PRIVE, "reply_to": {"author_role": "journalist", "text": "Wie weet meer?"}}
    assert worst(PersDetector, text, ctx) >= RISICO


@pytest.mark.parametrize("text", PRESS_POSITIVE + PRESS_NEGATIVE)
def test_press_gate_never_hides_a_match(text: str) -> None:
    from meedoen.core.text import Document
    from meedoen.core.text.told_contact import WITH_PRESS_RE, may_name_press

    doc = Document(text)
    if WITH_PRESS_RE.search(text):
        assert may_name_press(doc.lower, doc.words)


def test_an_english_invitation_to_an_mp_about_ones_own_work() -> None:
    ctx = {**PRIVE, "reply_to": {"author_role": "kamerlid", "text": "Thread on the water plan"}}
    text = "Great thread! Would love to grab a coffee and talk through the dijkversterking side."
    assert worst(KamerlidDetector, text, ctx, profile=WATER) >= RISICO
