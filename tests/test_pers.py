# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The pers detector: contact with journalists beyond a referral to the press office."""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import ERNSTIG, RISICO
from meedoen.core.detectors.builtin.pers import PersDetector

JOURNALIST = {"reply_to": {"author_role": "journalist", "text": "Klopt het dat de regeling stopt?"}}
JOURNALIST_WORK = {**JOURNALIST, "capacity": "in-functie"}
ORG = {"press_handles": ["@NOS", "@nrc"], "functional_mailboxes": ["pers@gemeente.nl"]}

POSITIVE = [
    # (text, context, organisation, fragment, severity)
    (
        "Dat klopt niet helemaal, de cijfers zijn vorige week al aangepast door ons team.",
        JOURNALIST,
        None,
        "cijfers",
        RISICO,
    ),
    (
        "Ja, de regeling stopt per 1 januari, dat is intern al besloten.",
        JOURNALIST_WORK,
        None,
        "intern al besloten",
        ERNSTIG,
    ),
    # confirming facts or a timeline to a journalist is ernstig
    ("Ja, dat klopt, er komt een nieuwe regeling.", JOURNALIST, None, "Ja,", ERNSTIG),
    (
        "Ik kan bevestigen dat we met twee gemeenten praten.",
        JOURNALIST_WORK,
        None,
        "bevestigen",
        ERNSTIG,
    ),
    ("Klopt, het besluit komt eind volgende week.", JOURNALIST, None, "besluit komt eind", ERNSTIG),
    ("I can confirm the report will be delayed.", JOURNALIST, None, "can confirm", ERNSTIG),
    (
        "De brief verschijnt echt voor de kerst, let maar op.",
        JOURNALIST,
        None,
        "brief verschijnt",
        ERNSTIG,
    ),
    ("Happy to chat by phone about the figures.", JOURNALIST, None, "Happy to chat", ERNSTIG),
    (
        "Ik kan je wel even bijpraten over de stand van zaken.",
        JOURNALIST,
        None,
        "bijpraten",
        ERNSTIG,
    ),
    ("Bel me even, dan vertel ik je hoe het zit.", JOURNALIST, None, "Bel me even", ERNSTIG),
    # an offer to explain or call for details is contact without material: a risk
    ("Stuur me een DM, dan leg ik het uit.", JOURNALIST, None, "Stuur me een DM", RISICO),
    ("Bel me maar voor details.", JOURNALIST, None, "Bel me maar", RISICO),
    ("Off the record: de minister is er niet blij mee.", None, None, "Off the record", RISICO),
    ("Je mag me citeren: dit plan deugt niet.", JOURNALIST, None, "mag me citeren", ERNSTIG),
    (
        "@NOS de gemeente heeft de cijfers te laat doorgegeven, dat weet ik zeker.",
        None,
        ORG,
        "@NOS",
        RISICO,
    ),
    ("Journalisten die meer willen weten: bel me gerust.", None, None, "bel me gerust", RISICO),
]

NEGATIVE = [
    (
        "Voor vragen kunt u terecht bij de afdeling communicatie via pers@minbzk.nl.",
        JOURNALIST,
        None,
    ),
    ("Dank voor uw vraag. Neemt u contact op met onze woordvoerder.", JOURNALIST, None),
    ("Ik verwijs u graag naar de persvoorlichting van het ministerie.", JOURNALIST_WORK, None),
    ("Goede vraag! Mail naar pers@gemeente.nl, dan helpen ze je verder.", JOURNALIST, ORG),
    ("Dank je wel!", JOURNALIST, None),
    ("Mooi artikel van @NOS over de nieuwe brug.", None, None),
    ("Bel me even als je thuis bent, dan gaan we koken.", None, None),
    ("Vanavond op tv: het journaal over de verkiezingen.", None, None),
    ("Ja, dank voor uw vraag. De woordvoerder beantwoordt hem graag.", JOURNALIST, None),
    ("Ik kan bevestigen dat de taart heerlijk was.", None, None),
    ("Ja, de storing was gisteren; zie het persbericht van vanochtend.", None, None),
]


def test_the_spokesperson_may_answer_in_function():
    text = "De regeling loopt door tot 1 juli; de details staan morgen op onze website."
    work = {"function": "woordvoerder"}
    assert run_detector(PersDetector, text, profile=work, context=JOURNALIST_WORK) == []
    assert run_detector(PersDetector, text, profile=work, context=JOURNALIST) != []
    assert run_detector(PersDetector, text, context=JOURNALIST_WORK) != []


@pytest.mark.parametrize(("text", "context", "org", "fragment", "severity"), POSITIVE)
def test_press_contact_is_found(text, context, org, fragment, severity):
    hits = run_detector(PersDetector, text, context=context, organisation=org)
    assert hits, text
    assert any(fragment.lower() in h.text.lower() for h in hits), [h.text for h in hits]
    assert max(h.evidence.severity for h in hits) == severity
    assert all(h.evidence.rule == "aecr2020.pers.v1" for h in hits)


@pytest.mark.parametrize(("text", "context", "org"), NEGATIVE)
def test_referral_and_ordinary_posts_are_no_finding(text, context, org):
    assert run_detector(PersDetector, text, context=context, organisation=org) == []


# Round 2: journalist handles by shape, offering a story or figures, English referrals.
SHAPED = [
    # an offer with the verb first ("dan stuur ik je …")
    ("@journo_nl dan stuur ik je de tabellen morgen.", None, "stuur ik je de tabellen", ERNSTIG),
    (
        "Hey @journo_nl, ik heb wat info voor je over de warmtenetten. Bel me.",
        None,
        "info voor je",
        ERNSTIG,
    ),
    (
        "@redactie_nrc ik heb een mooie primeur voor jullie over de reorganisatie. DM?",
        None,
        "primeur",
        ERNSTIG,
    ),
    (
        "Hi @jan_reporter, got a story for you about the tender. Call me?",
        None,
        "story for you",
        ERNSTIG,
    ),
    (
        "@verslaggever_dvhn zonder mijn naam: de wachtlijst is twee keer zo lang als gemeld.",
        None,
        "zonder mijn naam",
        ERNSTIG,
    ),
    (
        "Ik kan je de cijfers alvast mailen, dan heb je ze voor de publicatie.",
        JOURNALIST,
        "mailen",
        ERNSTIG,
    ),
    (
        "Dat heb je niet van mij, maar de aanbesteding is onderhands gegund.",
        JOURNALIST,
        "niet van mij",
        ERNSTIG,
    ),
    # an unnamed something about a subject, through a private channel (Aanwijzing 12)
    (
        "@sanne_journalist check je signal even, heb iets voor je over die nieuwe rotonde.",
        None,
        "check je signal",
        ERNSTIG,
    ),
    (
        "@tom_verslaggever DM staat open, I have something for you on the tender.",
        None,
        "DM",
        ERNSTIG,
    ),
]
SHAPED_NEGATIVE = [
    ("Dan geef ik je de cijfers van de voetbalpoule morgen.", None),
    (
        "I'm not the right person to comment. Please reach out to our press office, they're "
        "happy to help.",
        JOURNALIST,
    ),
    ("Mooi stuk van @verslaggever_rtv over de dijk.", None),
    ("@journo_amsterdam dank voor het mooie interview gisteren!", None),
    ("@rtvoost wat een mooie beelden van de ijsbaan vandaag!", None),
    (
        "Ik ben niet de juiste persoon om hierop te reageren; mail gerust pers@minbzk.nl.",
        JOURNALIST,
    ),
]


@pytest.mark.parametrize(("text", "context", "fragment", "severity"), SHAPED)
def test_shaped_press_handles_and_offers(text, context, fragment, severity):
    hits = run_detector(PersDetector, text, context=context)
    assert hits, text
    assert any(fragment.lower() in h.text.lower() for h in hits), [h.text for h in hits]
    assert max(h.evidence.severity for h in hits) == severity


@pytest.mark.parametrize(("text", "context"), SHAPED_NEGATIVE)
def test_shaped_press_near_misses(text, context):
    assert run_detector(PersDetector, text, context=context) == []
