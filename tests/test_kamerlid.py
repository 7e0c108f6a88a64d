# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The kamerlid detector: engaging members of parliament on one's own initiative."""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.kamerlid import KamerlidDetector

WORK = {"capacity": "in-functie"}
MP_REPLY = {"reply_to": {"author_role": "kamerlid", "text": "Hoe zit dat met de uitvoering?"}}
MP_REPLY_WORK = {**MP_REPLY, "capacity": "in-functie"}

POSITIVE = [
    # (text, context, organisation, fragment, severity)
    ("@RobJetten zullen we eens koffie drinken over het dossier?", WORK, None, "koffie", ERNSTIG),
    ("@RobJetten zullen we eens koffie drinken?", None, None, "koffie", RISICO),
    # an invitation is own-initiative contact: risico privately, ernstig in function
    ("@RobJetten zullen we eens koffie drinken over het dossier?", None, None, "koffie", RISICO),
    (
        "Ik stuur u de stukken vanavond nog door.",
        MP_REPLY_WORK,
        None,
        "stuur u de stukken",
        ERNSTIG,
    ),
    (
        "@LauraBromet, wat vindt u van de nieuwe mestregels? Ik werk er zelf aan.",
        WORK,
        None,
        "@LauraBromet",
        RISICO,
    ),
    (
        "De uitvoering loopt vertraging op omdat de systemen niet klaar zijn.",
        MP_REPLY_WORK,
        None,
        "uitvoering",
        RISICO,
    ),
    (
        "De uitvoering loopt vertraging op omdat de systemen niet klaar zijn.",
        MP_REPLY,
        None,
        "uitvoering",
        LET_OP,
    ),
    (
        "Beste Kamerlid, de cijfers in het rapport kloppen niet helemaal.",
        WORK,
        None,
        "Beste Kamerlid",
        RISICO,
    ),
    (
        "@kamerlid_nieuw kunt u hier eens naar kijken? Het loopt mis in de uitvoering.",
        WORK,
        {"mp_handles": ["@kamerlid_nieuw"]},
        "@kamerlid_nieuw",
        RISICO,
    ),
    # decentral government: the Aanwijzingen bind rijksambtenaren, one step milder
    (
        "@RobJetten zullen we eens koffie drinken over het dossier?",
        WORK,
        {"kind": "gemeente"},
        "koffie",
        RISICO,
    ),
]

POSITIVE += [
    (
        "Helemaal mee eens! Ik kan u wat interne cijfers sturen als u wilt.",
        MP_REPLY,
        None,
        "interne cijfers sturen",
        ERNSTIG,
    ),
    (
        "Goed punt! Wilt u eens langskomen bij ons in Zwolle? Ik regel het.",
        MP_REPLY,
        None,
        "langskomen",
        RISICO,
    ),
    (
        "Omdat het ministerie te weinig geld heeft vrijgemaakt. Stel daar eens Kamervragen over!",
        MP_REPLY,
        None,
        "Kamervragen",
        ERNSTIG,
    ),
]

# Substantive engagement is ernstig, also privately: offering documents, figures or a
# briefing, confirming facts or a timeline, urging the MP to act. An offer to show or
# explain is own-initiative contact: a risk.
POSITIVE += [
    (
        "Ik kan u laten zien waar het in de uitvoering misgaat.",
        MP_REPLY,
        None,
        "laten zien",
        RISICO,
    ),
    ("Stuur me een DM, dan leg ik het je uit.", MP_REPLY, None, "Stuur me een DM", RISICO),
    ("DM me and I'll send you the real figures.", MP_REPLY, None, "DM me", ERNSTIG),
    ("Happy to walk you through the numbers.", MP_REPLY, None, "walk you through", ERNSTIG),
    ("Ik kan bevestigen dat de minister het plan intrekt.", MP_REPLY, None, "bevestigen", ERNSTIG),
    (
        "De kamerbrief komt zeker voor de zomer, ik zit er zelf bovenop.",
        MP_REPLY_WORK,
        None,
        "kamerbrief komt",
        ERNSTIG,
    ),
    ("Dien daar eens een motie over in!", MP_REPLY, None, "Dien daar eens een motie", ERNSTIG),
    ("You should table a motion on this.", MP_REPLY, None, "table a motion", ERNSTIG),
    # an invitation without material stays a risk privately
    ("Kom gerust eens langs in onze wijk!", MP_REPLY, None, "Kom gerust eens langs", RISICO),
]

NEGATIVE = [
    ("Vandaag sprak @RobJetten in de Kamer over energie.", None),
    ("Kamerlid Bromet stelde vragen over de mestregels.", WORK),
    ("Dank voor uw vraag. Ik verwijs u graag naar de minister.", MP_REPLY_WORK),
    ("Dank u wel!", MP_REPLY),
    (
        "Dank voor uw vraag. De minister informeert de Kamer hierover via de voortgangsbrief; ik kan "
        "hier niet op vooruitlopen.",
        MP_REPLY_WORK,
    ),
    ("Goed verhaal van Geert Wilders en Rob Jetten in het debat gisteren.", None),
    ("Zullen we eens koffie drinken? Lang niet gezien!", None),
    ("Ja, goed punt, dank u wel!", MP_REPLY),
    ("Stel je vragen gerust in de chat, ik kijk er morgen naar.", None),
    ("De Kamer stelde vandaag Kamervragen over de dijkversterking.", None),
]


@pytest.mark.parametrize(("text", "context", "org", "fragment", "severity"), POSITIVE)
def test_engaging_an_mp_is_found(text, context, org, fragment, severity):
    hits = run_detector(KamerlidDetector, text, context=context, organisation=org)
    assert hits, text
    assert any(fragment.lower() in h.text.lower() for h in hits), [h.text for h in hits]
    assert max(h.evidence.severity for h in hits) == severity
    assert all(h.evidence.rule == "aecr2020.kamerleden.v1" for h in hits)


@pytest.mark.parametrize(("text", "context"), NEGATIVE)
def test_third_person_and_referral_are_no_finding(text, context):
    assert run_detector(KamerlidDetector, text, context=context) == []


# Round 2: MP handles recognised by their shape, substantive engagement, referrals.
SHAPED = [
    # (text, context, fragment, severity)
    (
        "@kamerlid_vos zal ik u de interne doorrekening van het fonds sturen?",
        None,
        "zal ik u de interne doorrekening",
        ERNSTIG,
    ),
    (
        "Hoi @tk_de_jong, stel morgen in het debat eens vragen over het warmtenet.",
        None,
        "vragen over",
        ERNSTIG,
    ),
    (
        "@jansen_tk vraag de minister morgen eens waarom de cijfers zo laat zijn.",
        None,
        "vraag de minister",
        ERNSTIG,
    ),
    (
        "@tk_devries kunt u in het commissiedebat eens vragen naar de wachttijden?",
        None,
        "vragen naar",
        ERNSTIG,
    ),
    (
        "Dear @mp_bakker, please submit an amendment on the housing bill; the draft is flawed.",
        None,
        "submit an amendment",
        ERNSTIG,
    ),
    (
        "@KamerlidSmit de cijfers in de beantwoording van de minister kloppen gewoon niet.",
        None,
        "kloppen gewoon niet",
        ERNSTIG,
    ),
    (
        "@MP_Visser happy to share the internal figures with you before the debate.",
        None,
        "happy to share",
        ERNSTIG,
    ),
    (
        "Beste @vandijk_tk, zin in een kop koffie om eens bij te praten over het debat?",
        None,
        "koffie",
        RISICO,
    ),
    (
        "Geachte @mp_de_vries, ik werk bij BZK en stuur u graag de notitie uit ons team.",
        None,
        "stuur u graag de notitie",
        ERNSTIG,
    ),
    ("@RobJetten zullen we eens koffie drinken?", WORK, "koffie", ERNSTIG),
]
SHAPED_NEGATIVE = [
    ("Beste @kamerlid_vos, dank voor het boeiende werkbezoek!", None),
    (
        "Vragen aan het ministerie kunt u het beste via de gebruikelijke weg stellen; ik ga hier "
        "niet inhoudelijk op in.",
        MP_REPLY,
    ),
    (
        "Thanks for your question. I can't comment on this in a personal capacity; please direct "
        "it to the minister.",
        MP_REPLY,
    ),
    ("Leuk gesprek gehad met @kamerlid_jansen over haar nieuwe boek.", None),
    ("Vandaag debatteerde @tk_devries met de minister over de begroting.", None),
    ("Ik ga naar het concert met @camp_vriend, wie gaat er mee?", None),
]


@pytest.mark.parametrize(("text", "context", "fragment", "severity"), SHAPED)
def test_shaped_handles_and_substance(text, context, fragment, severity):
    hits = run_detector(KamerlidDetector, text, context=context)
    assert hits, text
    assert any(fragment.lower() in h.text.lower() for h in hits), [h.text for h in hits]
    assert max(h.evidence.severity for h in hits) == severity


@pytest.mark.parametrize(("text", "context"), SHAPED_NEGATIVE)
def test_shaped_near_misses(text, context):
    assert run_detector(KamerlidDetector, text, context=context) == []
