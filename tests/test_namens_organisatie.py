# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The namens-organisatie detector: promises and positions on behalf of the organisation."""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.namens_organisatie import NamensOrganisatieDetector

WORK = {"capacity": "in-functie"}
CITIZEN = {"reply_to": {"author_role": "burger", "text": "Wanneer krijg ik mijn toeslag?"}}

POSITIVE = [
    # (text, context, profile, fragment, severity)
    ("We zullen uw aanvraag zeker goedkeuren, geen zorgen.", WORK, None, "uw aanvraag", ERNSTIG),
    ("Uw bezwaar wordt gewoon toegekend hoor.", CITIZEN, None, "Uw bezwaar", RISICO),
    ("Ik beloof u dat de gemeente dit oplost.", CITIZEN, None, "Ik beloof u", RISICO),
    (
        "Wij gaan ervoor zorgen dat de gemeente dit jaar nog betaalt.",
        None,
        None,
        "Wij gaan ervoor zorgen dat",
        ERNSTIG,
    ),
    (
        "Namens het ministerie: excuses voor de vertraging.",
        None,
        None,
        "Namens het ministerie",
        RISICO,
    ),
    ("Ons standpunt is duidelijk: de regeling blijft.", None, None, "Ons standpunt is", RISICO),
    (
        "Ik kan toezeggen dat de minister de dijk volgend jaar betaalt.",
        None,
        None,
        "toezeggen",
        ERNSTIG,
    ),
    (
        "Ja hoor, de gemeente Zwolle gaat dat zwembad zeker bouwen.",
        CITIZEN,
        None,
        "zeker bouwen",
        ERNSTIG,
    ),
    (
        "Wij van de Belastingdienst garanderen dat u het bedrag terugkrijgt.",
        CITIZEN,
        None,
        "garanderen",
        RISICO,
    ),
    (
        "Namens de politie kan ik zeggen dat we elke avond gaan controleren.",
        None,
        None,
        "Namens de politie",
        RISICO,
    ),
    (
        "Dat stikstofplan van ons gaat er echt komen.",
        None,
        None,
        "van ons gaat er echt komen",
        ERNSTIG,
    ),
    (
        "Wij bij de gemeente Zwolle vinden dat het kabinet te weinig geld geeft.",
        WORK,
        None,
        "Wij bij de gemeente",
        RISICO,
    ),
    ("Wij als gemeente vinden dit een slecht idee.", None, None, "Wij als gemeente", RISICO),
    ("De minister zal hier snel een oplossing voor vinden.", None, None, "De minister zal", LET_OP),
    (
        "We gaan ervoor zorgen dat alle aanvragen deze week binnen zijn.",
        WORK,
        None,
        "We gaan ervoor zorgen dat",
        LET_OP,
    ),
    (
        "On behalf of the ministry I can say the scheme continues.",
        None,
        None,
        "On behalf of",
        RISICO,
    ),
]

# Promises of an outcome or money on behalf of the organisation are ernstig privately,
# a risk in function when made in the first person; vague positions stay a risk.
POSITIVE += [
    (
        "On behalf of the ministry: we will definitely double the budget.",
        None,
        None,
        "On behalf",
        ERNSTIG,
    ),
    (
        "Namens de provincie: de nieuwe brug wordt gewoon gebouwd.",
        None,
        None,
        "Namens de provincie",
        ERNSTIG,
    ),
    (
        "Namens het waterschap: we gaan de dijk volgend jaar gewoon betalen.",
        None,
        None,
        "Namens het waterschap",
        ERNSTIG,
    ),
    (
        "Het standpunt van de gemeente is helder: er komt een nieuw zwembad.",
        None,
        None,
        "standpunt",
        ERNSTIG,
    ),
    (
        "De gemeente gaat het tekort zeker compenseren, dat is al besloten.",
        None,
        None,
        "gemeente gaat",
        ERNSTIG,
    ),
    ("Ik kan toezeggen dat de minister de schade vergoedt.", WORK, None, "toezeggen", RISICO),
    ("Wij als provincie vinden windmolens op zee beter.", None, None, "Wij als provincie", RISICO),
    (
        "Namens de provincie: dank voor alle reacties op het plan.",
        None,
        None,
        "Namens de provincie",
        RISICO,
    ),
    (
        "We gaan ervoor zorgen dat de subsidie op tijd wordt uitbetaald.",
        WORK,
        None,
        "zorgen dat",
        LET_OP,
    ),
]

NEGATIVE = [
    ("We gaan ervoor zorgen dat de kinderen op tijd op school zijn.", None, None),
    ("Namens ons allen: gefeliciteerd met je jubileum!", None, None),
    ("Namens het team: bedankt voor de mooie samenwerking.", WORK, None),
    ("Namens het ministerie: excuses voor de vertraging.", WORK, None),
    ("Wij als gemeente vinden het belangrijk dat iedereen meedoet.", WORK, None),
    ("De minister zal de Kamer voor de zomer informeren over de voortgang.", WORK, None),
    ("Wij als ouders maken ons zorgen over de verkeersveiligheid.", None, None),
    ("Vandaag op de afdeling onze nieuwe collega verwelkomd.", WORK, None),
    ("Ik beloof je dat ik morgen op tijd ben.", None, None),
    (
        "De gemeente vraagt minder water te gebruiken. We gaan ervoor zorgen dat onze tuin het "
        "overleeft.",
        None,
        None,
    ),
    ("Die taart gaat er zeker komen op je verjaardag!", None, None),
    ("Ik beloof je dat ik de rekening morgen betaal.", None, None),
    ("We gaan ervoor zorgen dat er genoeg geld is voor de schoolreis.", None, None),
    ("Wij van de buurtvereniging gaan ervoor zorgen dat het feest doorgaat.", None, None),
    ("De regeling staat op rijksoverheid.nl; daar leest u hoe u aanvraagt.", WORK, None),
]


@pytest.mark.parametrize(("text", "context", "profile", "fragment", "severity"), POSITIVE)
def test_promises_and_positions_are_found(text, context, profile, fragment, severity):
    hits = run_detector(NamensOrganisatieDetector, text, profile=profile, context=context)
    assert hits, text
    assert any(fragment.lower() in h.text.lower() for h in hits), [h.text for h in hits]
    assert max(h.evidence.severity for h in hits) == severity
    assert all(h.evidence.rule == "gir.online.prive-werk.v1" for h in hits)


@pytest.mark.parametrize(("text", "context", "profile"), NEGATIVE)
def test_ordinary_sentences_are_no_finding(text, context, profile):
    assert run_detector(NamensOrganisatieDetector, text, profile=profile, context=context) == []


# Round 2: private promises that sound official; service promises are a risk, money or
# decisions on behalf of a ministry are ernstig.
PROMISES = [
    (
        "Geen zorgen, de subsidie wordt zeker verlengd, dat regel ik wel.",
        CITIZEN,
        "wordt zeker verlengd",
        RISICO,
    ),
    (
        "No worries, we'll get this sorted by Monday, promise!",
        CITIZEN,
        "we'll get this sorted",
        RISICO,
    ),
    ("The municipality will certainly reopen the pool next month.", None, "will certainly", RISICO),
    (
        "Als het aan ons ligt komt er gewoon een nieuwe fietsbrug in de wijk.",
        None,
        "Als het aan ons ligt",
        RISICO,
    ),
    (
        "We gaan het voor je oplossen, maak je geen zorgen!",
        CITIZEN,
        "We gaan het voor je oplossen",
        RISICO,
    ),
    (
        "Namens het ministerie kan ik zeggen dat het budget volgend jaar wordt verdubbeld.",
        None,
        "Namens het ministerie",
        ERNSTIG,
    ),
    # round 9: a personal guarantee of the outcome, and a reassurance that decides it
    (
        "Geen zorgen, ik zorg persoonlijk dat uw aanvraag volgende week rond is.",
        CITIZEN,
        "ik zorg persoonlijk dat",
        RISICO,
    ),
    (
        "Die nieuwe sporthal gaat er komen, daar ga ik persoonlijk voor zorgen!",
        CITIZEN,
        "daar ga ik persoonlijk voor zorgen",
        ERNSTIG,  # a public outcome ("er komen"), privately
    ),
    (
        "Don't worry, the permit will be fine, just send it in January.",
        CITIZEN,
        "the permit will be fine",
        RISICO,
    ),
    ("Dien het bezwaar maar in, dan regel ik het verder.", CITIZEN, "regel ik het", RISICO),
    (
        "Uiterlijk vrijdag staat het geld op uw rekening. Mijn woord erop.",
        CITIZEN,
        "Mijn woord erop",
        RISICO,
    ),
    (
        "Het fietspad is in september klaar, daar kun je op rekenen.",
        CITIZEN,
        "daar kun je op rekenen",
        RISICO,
    ),
    (
        "Let me be clear: our position is that the bridge stays open.",
        CITIZEN,
        "our position is",
        RISICO,
    ),
]
PROMISES_NEGATIVE = [
    ("Als het aan ons ligt gaan we deze zomer naar Italië!", None),
    # a warning about what the organisation never does is no promise
    ("The tax office will never ask for your PIN by text message. Delete it.", None),
    ("Je bent morgen weer beter, you'll be fine!", None),  # to a friend, no organisation
    ("I promise I'll call you tonight!", None),
    ("We'll fix the fence this weekend, promise.", None),
]


@pytest.mark.parametrize(("text", "context", "fragment", "severity"), PROMISES)
def test_private_promises_sound_official(text, context, fragment, severity):
    hits = run_detector(NamensOrganisatieDetector, text, context=context)
    assert hits, text
    assert any(fragment.lower() in h.text.lower() for h in hits), [h.text for h in hits]
    assert max(h.evidence.severity for h in hits) == severity


@pytest.mark.parametrize(("text", "context"), PROMISES_NEGATIVE)
def test_private_promise_near_misses(text, context):
    assert run_detector(NamensOrganisatieDetector, text, context=context) == []


def test_a_private_promise_about_ones_own_dossier_speaks_for_the_organisation():
    """Round 9: without a reply or the organisation's name, a promise on one's own dossier
    still sounds official; the same promise on another topic is a private matter."""
    text = "Aan alle wachtende ouders: ik kan jullie beloven dat elke herbeoordeling voor de zomer klaar is."
    ctx = {"capacity": "prive", "channel": "mastodon", "audience": "openbaar"}
    own = {"dossiers": [{"name": "Herstel", "keywords": ["herbeoordeling"], "sensitivity": "hoog"}]}
    other = {"dossiers": [{"name": "Water", "keywords": ["dijk"], "sensitivity": "laag"}]}
    assert run_detector(NamensOrganisatieDetector, text, profile=own, context=ctx)
    assert run_detector(NamensOrganisatieDetector, text, profile=other, context=ctx) == []
