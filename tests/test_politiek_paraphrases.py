# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Politiek paraphrase tables (Aw 2017 art. 10): opinions on politics in many phrasings.

Written independently of the development sets. A positive row must yield a
finding of at least LET_OP (a point of attention is the floor for a polite
opinion far from one's work); a negative row must yield no finding at all.
"""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import LET_OP
from meedoen.core.detectors.builtin.politiek import PolitiekDetector

PRIVE = {"capacity": "prive"}
WORK = {"capacity": "in-functie"}
KL = {
    "reply_to": {
        "author_role": "kamerlid",
        "text": "Vandaag ons voorstel ingediend voor lagere huren.",
    }
}
POL = {
    "reply_to": {"author_role": "politicus", "text": "Trots op ons nieuwe verkiezingsprogramma!"}
}
BURG = {"reply_to": {"author_role": "burger", "text": "Hoe werkt stemmen per volmacht?"}}
PRAISE = (
    "calibrated on the dev sets: praise of one office-holder outside election time is no "
    "finding (test_politiek near misses); open question whether it should be a let-op"
)
BELEID = {"function": "beleidsmedewerker", "organisation": "Ministerie van BZK", "level": "beleid"}


def worst(text: str, context: dict | None = None, profile: dict | None = None) -> int:
    hits = run_detector(PolitiekDetector, text, profile, context)
    return max((h.evidence.severity for h in hits), default=0)


POSITIVE = [
    ("Nou, lekker bezig weer Den Haag 🙄", PRIVE),
    ("Wie verzint dit nou? Een kabinet dat zelf niet weet wat het wil.", PRIVE),
    ("🤡", KL),
    ("🤮🤮", POL),
    ("👏👏👏", POL),
    ("Niet het sterkste plan ooit van deze minister.", PRIVE),
    ("Het kabinet maakt er echt een zootje van.", PRIVE),
    ("Deze coalitie is een lachertje.", PRIVE),
    ("Ga vooral niet stemmen op die partij, ze maken er niks van.", PRIVE),
    ("Stem 18 maart lokaal, stem groen!", PRIVE),
    ("Ik zeg niks, maar denk even goed na voor je in maart het rode vakje kleurt 😉", PRIVE),
    ("Steun de demonstratie tegen de bezuinigingen op het Malieveld zaterdag! Ik ben er.", PRIVE),
    ("Allemaal naar het Malieveld tegen dit asielbeleid!", PRIVE),
    ("Wat een zwakke vertoning van de minister in het debat gisteren.", PRIVE),
    pytest.param(
        "Sterk verhaal van de premier, eindelijk iemand met visie.",
        PRIVE,
        marks=pytest.mark.xfail(reason=PRAISE, strict=True),
    ),
    ("Het beleid van dit kabinet is gewoon asociaal.", PRIVE),
    ("Weer zo'n onzinnig voorstel uit de Kamer.", PRIVE),
    ("De gemeenteraad heeft weer eens niks begrepen van het probleem.", PRIVE),
    ("Typisch die wethouder: eerst beloven, dan niks doen.", PRIVE),
    ("Lekker dan, die nieuwe bezuiniging. Dank je wel Den Haag.", PRIVE),
    ("Wat een onzin weer van het kabinet.", PRIVE),
    ("This government is a joke.", PRIVE),
    ("The minister clearly has no idea what she's doing.", PRIVE),
    pytest.param(
        "Great speech by the prime minister today, finally some leadership.",
        PRIVE,
        marks=pytest.mark.xfail(reason=PRAISE, strict=True),
    ),
    ("Don't vote for them in March, seriously.", PRIVE),
    ("Dit kabinet moet gewoon naar huis.", PRIVE),
    ("Hoe lang moeten we deze minister nog verdragen?", PRIVE),
    ("De Kamer zit te slapen terwijl het land in brand staat.", PRIVE),
    ("Helemaal mee eens, mevrouw, dit beleid deugt niet.", KL),
    ("Goed gezegd! Eindelijk iemand die het durft te zeggen.", POL),
    ("Eens! Dit had jaren geleden al moeten gebeuren.", POL),
    ("Jammer dat de coalitie niet verder durft te kijken dan de volgende verkiezingen.", PRIVE),
    ("De oppositie heeft gelijk, dit plan rammelt aan alle kanten.", PRIVE),
    ("Die staatssecretaris is totaal ongeschikt voor haar post.", PRIVE),
    ("Ik vind het kabinetsbeleid rond de toeslagen nog steeds een schande.", PRIVE),
    ("Ongelofelijk hoe de regering de boeren in de steek laat.", PRIVE),
    ("Wat een gedraai van de fractievoorzitter, niet te geloven.", PRIVE),
    ("Ze hebben het weer verknald in Den Haag.", PRIVE),
    ("De burgemeester moet gewoon aftreden na dit debacle.", PRIVE),
    ("Prima besluit van het kabinet, goed zo!", PRIVE),
    pytest.param(
        "Knap van de minister dat ze dit er doorheen heeft gekregen.",
        PRIVE,
        marks=pytest.mark.xfail(reason=PRAISE, strict=True),
    ),
    ("Eindelijk een kabinet dat doorpakt 💪", PRIVE),
    ("Wat een slecht idee van de wethouder om het park te verkopen.", PRIVE),
    ("De politiek laat ons weer mooi zitten.", PRIVE),
    ("Geen stem van mij voor deze coalitiepartijen.", PRIVE),
    ("Stem ze weg!", PRIVE),
    ("Beste minister, u heeft er helemaal niets van begrepen.", PRIVE),
    ("Het nieuwe wetsvoorstel is een ramp voor de uitvoering, wie bedenkt zoiets?", PRIVE),
    (
        "Na twintig jaar in de uitvoering durf ik te zeggen: dit kabinet heeft geen idee wat "
        "er op de werkvloer gebeurt. Plannen worden bedacht zonder één keer met de mensen te "
        "praten die ze moeten uitvoeren. Teleurstellend.",
        {"channel": "linkedin"},
    ),
    ("Kan die minister nou nooit eens een keer gewoon antwoord geven?", PRIVE),
    ("De minister weet niet waar ze het over heeft.", PRIVE),
    ("Tja, Den Haag he. Verbaast me niks meer.", PRIVE),
    ("Kabinet valt? Mooi zo, wegwezen.", PRIVE),
    ("Wat een vertoning in de Tweede Kamer vandaag. Kinderachtig.", PRIVE),
    ("This cabinet is an embarrassment.", PRIVE),
    ("Gaan jullie allemaal stemmen? Ik weet wel op wie niet 😉", PRIVE),
    # opinions without the usual opinion words (politics_broad NEGATIVE, wider targets)
    ("Gedeputeerde Staten zitten er met dit plan compleet naast.", PRIVE),
    ("Het kabinet laat de boeren gewoon vallen.", PRIVE),
    ("Ik geloof niks van die mooie praatjes van de coalitie.", PRIVE),
    ("De PVV wil alles anders, eerst zien dan geloven.", PRIVE),
    ("Die wethouder praat veel maar doet weinig.", PRIVE),
    ("Die staatssecretaris zou eens een dag aan de balie moeten zitten.", PRIVE),
]

NEGATIVE = [
    ("De Tweede Kamer stemde vandaag over het wetsvoorstel huurbescherming.", PRIVE),
    ("Morgen debatteert de gemeenteraad over de begroting, de vergadering is openbaar.", PRIVE),
    ("Een wetsvoorstel gaat na de Tweede Kamer naar de Eerste Kamer.", WORK),
    ("De minister bracht vandaag een werkbezoek aan onze locatie in Zwolle.", WORK),
    ("Vandaag was de wethouder op bezoek bij het wijkteam.", WORK),
    ("Hoe werkt stemmen met een volmacht eigenlijk?", PRIVE),
    ("Stemmen kan met een volmacht, vul daarvoor de achterkant van je stempas in.", BURG),
    ("Ajax speelde gisteren echt waardeloos, wat een drama.", PRIVE),
    ("Deze lasagne is de beste die ik ooit heb gemaakt!", PRIVE),
    ("De Kamerbrief over de voortgang is vandaag verstuurd, lees hem op rijksoverheid.nl.", WORK),
    ("Het kabinet heeft vandaag het coalitieakkoord gepresenteerd.", PRIVE),
    ("Stembureau 12 zoekt nog vrijwilligers voor 18 maart.", PRIVE),
    ("Vergeet je stempas niet mee te nemen!", PRIVE),
    ("De nieuwe wet gaat in per 1 januari 2027.", WORK),
    ("Vanmiddag staat de minister de Kamer te woord in het vragenuur.", PRIVE),
    ("Mijn zoon doet mee aan de jeugdgemeenteraad, leuk!", PRIVE),
    ("Wat een prachtige wandeling vandaag door de duinen.", PRIVE),
    ("Het college presenteert donderdag de voorjaarsnota.", WORK),
    ("Interessante lezing gehad over de geschiedenis van het Binnenhof.", PRIVE),
    ("De raad heeft het bestemmingsplan vastgesteld; bezwaar kan tot 1 mei.", WORK),
    ("The parliament voted on the bill today.", PRIVE),
    ("How do I register to vote from abroad?", PRIVE),
    ("Mijn team won de quiz gisteren, super trots!", PRIVE),
    ("De staatssecretaris opent morgen het nieuwe kantoor in Leeuwarden.", WORK),
    ("Wie weet waar ik de uitslag van de verkiezingen per stembureau kan vinden?", PRIVE),
    ("Vandaag de laatste vergadering van het jaar, fijne feestdagen allemaal!", PRIVE),
    ("Dat nieuwe restaurant op de hoek is echt een aanrader.", PRIVE),
    ("De verkiezingen voor de gemeenteraad zijn op 18 maart.", WORK),
    ("Mooie wedstrijd van Oranje, wat een doelpunt!", PRIVE),
    ("De minister heeft de Kamer per brief geïnformeerd over de stand van zaken.", WORK),
    ("Het kabinet presenteerde vandaag de plannen voor de zorg.", PRIVE),
    ("Benieuwd wat de gemeenteraad morgen besluit over het zwembad.", PRIVE),
    ("De Kamer vergadert vandaag weer eens tot laat.", PRIVE),
    ("De minister zit naast de premier tijdens de persconferentie.", PRIVE),
    ("Het kabinet laat het plan voor de heffing vallen.", PRIVE),
    ("De Verenigde Staten hebben een nieuwe ambassadeur benoemd.", PRIVE),
    ("De formatie van ons team is weer op sterkte.", PRIVE),
]


@pytest.mark.parametrize(("text", "context"), POSITIVE)
def test_politiek_paraphrase_positive(text: str, context: dict) -> None:
    assert worst(text, context) >= LET_OP


@pytest.mark.parametrize(("text", "context"), NEGATIVE)
def test_politiek_paraphrase_negative(text: str, context: dict) -> None:
    assert worst(text, context) == 0


def test_polite_far_opinion_by_policy_officer_is_a_point_of_attention() -> None:
    assert worst("Mooi plan van het kabinet voor de krijgsmacht.", PRIVE, BELEID) == LET_OP


# Rounds 4 and 5 (2026-11-29): a fraction as target, indirect voting advice, English judgements
# and possessive targets.
ROUND4 = [
    "Die fractie bestaat uit hersenloze klaplopers.",
    "Nog een week tot de raadsverkiezingen: je weet welk vakje je rood moet maken 😉",
    "Wie zijn stem geeft aan een partij die de rechtsstaat opzij zet, moet niet klagen.",
    "The minister's plan makes no sense.",
    "Frankly the new minister's plan to cap rents makes no sense.",
    "The cabinet's new policy is a huge mistake.",
    "Watching the coalition talks from the sidelines like: please, anyone but that lot at Justice",
]
ROUND4_NEGATIVE = [
    "De fractie diende vandaag een motie in over de jeugdzorg.",
    "Weet je al welk vakje je moet invullen? Hier vind je je stembureau.",
    "Onze bewindsvrouw presenteerde vandaag het plan in de Kamer.",
    "The minister's visit to Utrecht was today.",
    "To be honest I had never been to Utrecht before today.",
]


@pytest.mark.parametrize("text", ROUND4)
def test_round4_political_opinions(text: str) -> None:
    assert worst(text, {"capacity": "prive"}) > LET_OP


@pytest.mark.parametrize("text", ROUND4_NEGATIVE)
def test_round4_neutral_mentions(text: str) -> None:
    assert worst(text, {"capacity": "prive"}) <= LET_OP
