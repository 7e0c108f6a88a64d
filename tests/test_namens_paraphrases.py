# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Namens-organisatie paraphrase tables (Aanwijzing 11; GIR: keep private and work apart).

Written independently of the development sets. A positive row must yield a
finding of at least RISICO; a negative row must yield none at that level.
"""

from __future__ import annotations

import pytest

from conftest import run_detector, worst_severity
from meedoen.core.detectors.base import RISICO
from meedoen.core.detectors.builtin.namens_organisatie import NamensOrganisatieDetector

PRIVE = {"capacity": "prive"}
B = {"reply_to": {"author_role": "burger", "text": "Wanneer wordt mijn straat eindelijk gemaakt?"}}
BE = {"reply_to": {"author_role": "burger", "text": "When will my refund be paid?"}}
LI = {"channel": "linkedin"}
WORK = {"capacity": "in-functie"}
P_GEM = {"organisation": "Gemeente Arnhem", "function": "beleidsmedewerker", "level": "beleid"}
P_UWV = {"organisation": "UWV", "function": "klantmanager", "level": "uitvoering"}


def worst(text: str, context: dict | None = None, profile: dict | None = None) -> int:
    hits = run_detector(NamensOrganisatieDetector, text, profile, context)
    return max((h.evidence.severity for h in hits), default=0)


POSITIVE = [
    ("Dat gaan we regelen, uiterlijk volgende week ligt er nieuw asfalt.", B, P_GEM),
    ("Komt goed! De gemeente pakt dit na de zomer aan.", B, P_GEM),
    ("We zorgen ervoor dat uw straat dit jaar nog wordt opgeknapt.", B, P_GEM),
    ("U hoort uiterlijk vrijdag van ons, dat beloof ik.", B, P_UWV),
    ("U hoort binnen twee weken van ons wat er met uw aanvraag gebeurt.", B, P_UWV),
    ("De gemeente gaat die lantaarnpalen gewoon vervangen, let maar op.", B, P_GEM),
    ("Wij staan als gemeente volledig achter de bewoners van de Kastanjelaan.", PRIVE, P_GEM),
    ("Wij staan achter het besluit om de bieb te sluiten, het is de enige optie.", PRIVE, P_GEM),
    ("Uw bezwaar wordt zeker toegekend, daar hoeft u niet over in te zitten.", B, P_UWV),
    ("Uw uitkering gaat echt niet omlaag, dat kan ik u verzekeren.", B, P_UWV),
    ("Excuses namens de gemeente voor de overlast, dat had nooit mogen gebeuren.", B, P_GEM),
    ("Sorry namens ons allemaal bij het UWV, we hebben het echt verprutst.", B, P_UWV),
    ("Onze excuses, wij hebben dit als organisatie niet goed opgepakt.", B, P_UWV),
    ("I'll make sure the department reimburses you before the end of the month.", BE, P_UWV),
    ("We will sort this out for you, the municipality will cover the costs.", BE, P_GEM),
    ("The ministry has decided to scrap the scheme, it'll be announced next week.", PRIVE, None),
    ("Het ministerie heeft besloten de regeling per 1 maart te stoppen.", PRIVE, None),
    (
        "Er is besloten dat de subsidie volgend jaar verdubbelt, dus vraag hem gerust aan.",
        PRIVE,
        None,
    ),
    ("Wij gaan die boete kwijtschelden, maak je geen zorgen.", B, P_UWV),
    ("Ik zorg dat uw dossier morgen bovenop de stapel ligt.", B, P_UWV),
    ("Ik ga persoonlijk regelen dat de gemeente de schade vergoedt.", B, P_GEM),
    ("Maakt u zich geen zorgen, dat wordt gewoon terugbetaald.", B, P_UWV),
    ("Het geld komt eraan, gegarandeerd voor de kerst op uw rekening.", B, P_UWV),
    ("Die vergunning krijgt u wel, dat is een formaliteit.", B, P_GEM),
    ("Wij van de provincie gaan dat fietspad aanleggen, dat staat vast.", PRIVE, None),
    ("Als gemeente zijn wij tegen de komst van het datacenter.", PRIVE, P_GEM),
    ("Onze organisatie vindt dat het kabinet de uitvoering onmogelijk maakt.", LI, P_UWV),
    ("Het standpunt van ons ministerie: geen nieuwe kerncentrale in Zeeland.", PRIVE, None),
    ("Bij ons op het departement is het besluit al genomen: de regeling stopt.", PRIVE, None),
    ("Dat heb ik met de wethouder afgestemd: de speeltuin komt er.", B, P_GEM),
    ("We gaan de wachttijden halveren, dat beloof ik jullie.", LI, P_UWV),
    ("Wij gaan als gemeente 2 miljoen extra in de jeugdzorg steken.", LI, P_GEM),
    ("De gemeente neemt de kosten voor haar rekening, geen zorgen.", B, P_GEM),
    ("Ik kan u toezeggen dat de afvalinzameling weer gewoon op dinsdag is.", B, P_GEM),
    ("Wij nemen contact met u op en lossen het op.", B, P_UWV),
    ("Geen zorgen, het UWV betaalt dit gewoon na.", B, P_UWV),
    ("We'll refund you in full, you have my word.", BE, P_UWV),
    ("I guarantee your objection will be granted.", BE, P_UWV),
    ("The council will definitely fix the road this year.", BE, P_GEM),
    ("Wij gaan uw klacht met voorrang behandelen en zorgen dat het goed komt.", B, P_UWV),
    ("Reken maar dat de provincie die brug gaat vervangen.", PRIVE, None),
    ("Het kabinet gaat die toeslag gewoon verhogen, dat is al rond.", PRIVE, None),
    ("Het besluit is genomen: het gemeentehuis verhuist in 2027 naar het station.", PRIVE, P_GEM),
    ("Ik beloof je dat de Belastingdienst je aanslag schrapt.", B, P_UWV),
    (
        "Als medewerker van de gemeente kan ik jullie zeggen: de nieuwe sporthal komt er, "
        "het geld is gereserveerd en de bouw begint in het voorjaar. Wij laten jullie niet "
        "in de steek!",
        LI,
        P_GEM,
    ),
    ("Uiterlijk maandag staat het bedrag op uw rekening, daar zorgen wij voor.", B, P_UWV),
    ("Uw aanvraag komt zeker rond, dat regelen wij.", B, P_UWV),
    ("We komen volgende week de boom weghalen, dat is toegezegd.", B, P_GEM),
    (
        "Het ministerie excuseert zich voor de fouten, dat kan ik namens iedereen zeggen.",
        PRIVE,
        None,
    ),
    ("De gemeente zal uw schade volledig vergoeden.", B, P_GEM),
    ("We're on it, the municipality will reimburse everyone affected.", PRIVE, None),
    ("Wij betalen de schade, dat is al afgesproken.", B, P_GEM),
    ("Het UWV gaat de uitkeringen volgende maand met 5% verhogen, zeker weten.", PRIVE, None),
    ("Uw toeslag wordt gewoon uitbetaald, geen paniek.", B, P_UWV),
    ("Wij van het ministerie nemen dit heel serieus en gaan het onderzoeken.", PRIVE, None),
    ("De gemeente staat achter haar ambtenaren, wat jij ook beweert.", PRIVE, P_GEM),
    ("Onze directie heeft besloten dat het loket dichtgaat.", PRIVE, P_UWV),
    # second-line cues (recall_cues.promise_cue): a commitment marker with the organisation in view
    ("De gemeente legt die drempels er gewoon voor de zomer in, dat garandeer ik.", PRIVE, P_GEM),
    ("Uw nieuwe pas ligt volgende week klaar, daar kunt u op rekenen.", {**B, **WORK}, P_UWV),
    ("Het UWV gaat die achterstand gewoon wegwerken dit jaar.", PRIVE, P_UWV),
    (
        "Wij als gemeente schaffen die parkeervergunning voor bewoners volgend jaar af.",
        PRIVE,
        P_GEM,
    ),
    ("De subsidie wordt verlengd, dat is al geregeld.", PRIVE, P_GEM),
    ("Our ministry will definitely cover the costs for every school.", PRIVE, None),
    ("De gemeente zorgt ervoor dat het fietspad voor de winter klaar is.", PRIVE, P_GEM),
    ("Ik regel dat uw parkeerkaart deze week wordt verlengd.", PRIVE, P_GEM),
    ("Komt in orde, de gemeente vervangt die bank in het park nog deze maand.", PRIVE, P_GEM),
]

NEGATIVE = [
    (
        "Kijk op de website voor de bezwaarprocedure, daar staat hoe het werkt.",
        {**B, **WORK},
        P_UWV,
    ),
    (
        "De termijnen staan op uwv.nl/bezwaar, de behandelaar neemt contact met u op.",
        {**B, **WORK},
        P_UWV,
    ),
    ("Ik vind persoonlijk dat Ajax dit seizoen slecht speelt.", PRIVE, P_GEM),
    (
        "Wij gaan dit weekend met de kinderen naar de Efteling, we zorgen dat we vroeg zijn!",
        PRIVE,
        P_GEM,
    ),
    ("We hebben gewonnen met ons team! Volgende week regelen we de taart.", PRIVE, P_GEM),
    ("Wij staan met de hele familie achter onze opa, beterschap!", PRIVE, P_GEM),
    ("Het persbericht van de gemeente: https://www.arnhem.nl/nieuws/x", PRIVE, P_GEM),
    (
        "Zoals in het persbericht staat: 'de gemeente investeert in groen' https://x.nl/p",
        PRIVE,
        P_GEM,
    ),
    ("Mijn mening, niet die van mijn werkgever: die nieuwe Netflix-serie is top.", PRIVE, P_GEM),
    ("Ik ga vanavond lasagne maken, beloof ik de kids al weken.", PRIVE, P_GEM),
    ("Dat komt goed met jouw verhuizing, ik help je zaterdag!", PRIVE, P_GEM),
    ("We zorgen ervoor dat de kinderen op tijd naar bed gaan.", PRIVE, P_GEM),
    ("Onze hond krijgt zeker een koekje als hij braaf is.", PRIVE, None),
    ("Wij vinden als familie dat oma de mooiste taart bakt.", PRIVE, None),
    ("Ons volleybalteam gaat dit jaar kampioen worden, dat beloof ik!", PRIVE, None),
    ("Ik hoop dat de gemeente snel met een oplossing komt voor de parkeerplaatsen.", PRIVE, None),
    ("Vraag het aan de gemeente, die weten daar meer van.", B, None),
    ("Bezwaar maken kan via het formulier op de website, binnen zes weken.", {**B, **WORK}, P_UWV),
    (
        "Mooi nieuws van het ministerie vandaag, lees het hier: https://rijksoverheid.nl/x",
        PRIVE,
        None,
    ),
    ("Vandaag mijn laatste werkdag bij de gemeente, dank aan alle collega's!", LI, P_GEM),
    ("Ik zorg dat ik morgen op tijd ben voor de training.", PRIVE, None),
    ("We'll be at the beach all weekend, promise to send pictures!", PRIVE, None),
    ("I promise I'll finally finish that book this summer.", PRIVE, None),
    ("Komt goed, ik neem de chips mee naar het feest!", PRIVE, None),
    ("Volgens de website van de gemeente is de milieustraat zaterdag open.", B, None),
    ("De gemeenteraad besluit volgende maand over het plan, zie de agenda.", PRIVE, None),
    ("Wij gaan als buurt een straatfeest regelen, iedereen welkom!", PRIVE, None),
    ("Excuses voor de late reactie, ik was op vakantie.", B, None),
    ("Sorry jongens, ik kan vanavond niet komen voetballen.", PRIVE, None),
    (
        "Het college heeft vorige week het besluit gepubliceerd, zie de raadsinformatiebrief.",
        PRIVE,
        None,
    ),
    # near misses of the second-line cues: family, club, news, weather, a cancelled course
    ("We gaan met de hockeyclub naar Gent, dat beloof ik de kinderen al maanden.", PRIVE, P_GEM),
    ("Ik beloof mijn zoon dat we zaterdag gaan zwemmen.", PRIVE, P_GEM),
    ("De gemeente meldt dat de weg vanaf maandag dicht is.", PRIVE, P_GEM),
    ("Zeker weten dat het morgen gaat regenen.", WORK, P_GEM),
    ("Helaas hebben we besloten de cursus te annuleren.", WORK, None),
    ("Ik regel het wel met de oppas, jij haalt de pizza.", PRIVE, P_GEM),
    ("De gemeente heeft de stoep eindelijk gerepareerd, top!", PRIVE, P_GEM),
]


@pytest.mark.parametrize(("text", "context", "profile"), POSITIVE)
def test_namens_paraphrase_positive(text: str, context: dict, profile: dict | None) -> None:
    assert worst(text, context, profile) >= RISICO


@pytest.mark.parametrize(("text", "context", "profile"), NEGATIVE)
def test_namens_paraphrase_negative(text: str, context: dict, profile: dict | None) -> None:
    assert worst(text, context, profile) < RISICO


# Casual first-person commitments and acronyms (written for issue #2 round 4, 2026-11-29).
CASUAL = [
    (
        "Komt goed, ik zorg dat het hek voor het weekend gerepareerd is.",
        {"reply_to": {"author_role": "burger", "text": "Wanneer wordt het hek gemaakt?"}},
    ),
    ("Daar zorgen wij persoonlijk voor, de subsidie komt er gewoon.", {"capacity": "prive"}),
    ("Ik kan jullie beloven dat de gemeente de schade vergoedt.", {"capacity": "prive"}),
    ("Ik kan namens RWS zeggen dat de brug op tijd open gaat.", {"capacity": "prive"}),
    ("Namens het CBS: de cijfers kloppen, maak je geen zorgen.", {"capacity": "prive"}),
]
CASUAL_NEGATIVE = [
    ("Ik zorg voor mijn zieke moeder deze week.", {"capacity": "prive"}),
    ("Ik zorg dat de kinderen op tijd op school zijn.", {"capacity": "prive"}),
    ("Namens ons allen: gefeliciteerd!", {"capacity": "prive"}),
]


@pytest.mark.parametrize(("text", "context"), CASUAL)
def test_casual_commitments_for_the_organisation(text: str, context: dict) -> None:
    assert worst_severity(NamensOrganisatieDetector, text, None, context) >= RISICO


@pytest.mark.parametrize(("text", "context"), CASUAL_NEGATIVE)
def test_casual_private_near_misses(text: str, context: dict) -> None:
    assert worst_severity(NamensOrganisatieDetector, text, None, context) < RISICO


def test_speaking_for_the_city_in_a_private_capacity() -> None:
    text = "Speaking for the city here: every operator without a registration loses the permit."
    assert worst_severity(NamensOrganisatieDetector, text, None, {"capacity": "prive"}) >= RISICO
