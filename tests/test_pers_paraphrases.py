# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Pers paraphrase tables (Aanwijzing 12): many phrasings of engaging a journalist.

Written independently of the development sets. A positive row must yield a
finding of at least RISICO; a negative row (referrals, spokespersons in
function, thanks for a published article) must yield none at that level.
"""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import RISICO
from meedoen.core.detectors.builtin.pers import PersDetector


def _j(q: str = "Klopt het dat het project vertraging heeft?", **extra: object) -> dict:
    return {"reply_to": {"author_role": "journalist", "text": q}, **extra}


J = _j()
JW = _j(capacity="in-functie")
JL = _j("Wie kan mij meer vertellen over de nieuwe aanpak?", channel="linkedin")
JE = _j("Is it true the scheme will be scrapped?")
BURGER = {"reply_to": {"author_role": "burger", "text": "Wanneer gaat het zwembad weer open?"}}
SPOKES = {"function": "woordvoerder", "organisation": "Gemeente Utrecht"}


def worst(text: str, context: dict | None = None, profile: dict | None = None) -> int:
    hits = run_detector(PersDetector, text, profile, context)
    return max((h.evidence.severity for h in hits), default=0)


POSITIVE = [
    ("Ja hoor, dat klopt. De oplevering schuift naar het najaar.", J),
    ("Klopt helemaal, het budget is met drie ton overschreden.", J),
    ("Nee hoor, het zit zo: de aannemer is failliet gegaan en we zoeken een nieuwe.", J),
    ("Nee, dat is niet waar. Er zijn maar twaalf meldingen binnengekomen, niet veertig.", J),
    ("Het gaat om ongeveer 350 huishoudens in de wijk, de rest volgt later.", J),
    ("Eerst komt de inspraakronde, dan in maart het besluit en pas in 2027 de uitvoering.", J),
    ("Het probleem is vooral dat de software niet aansluit op die van de Belastingdienst.", J),
    ("Tussen ons gezegd: intern wordt al gesproken over een tweede fase.", J),
    ("Achtergrond: het idee kwam van de vorige directeur, maar het geld was er nooit.", J),
    ("Persoonlijk vind ik het een slecht plan, maar dat mag je niet van mij hebben.", J),
    ("Eerlijk gezegd snap ik die vertraging ook niet, het ligt al maanden klaar.", J),
    ("Bel me morgen even, dan leg ik het je uit.", J),
    ("Stuur maar een DM, dan vertel ik je hoe het echt zit.", J),
    ("Zullen we volgende week even koffie drinken? Ik heb wel wat achtergrond voor je.", J),
    ("Mijn nummer staat in mijn bio, bel gerust.", J),
    ("Ik wil best met je praten, maar dan zonder mijn naam erbij.", J),
    ("Mag ik anoniem blijven als ik je wat vertel?", J),
    ("Je mag me er wel mee citeren hoor, als ambtenaar bij het project.", J),
    ("Prima als je me quote, ik sta erachter.", J),
    ("Graag zonder naamsvermelding, maar ja: het rapport is al weken klaar.", J),
    ("Interessant voor jullie redactie: kijk eens naar de aanbesteding van vorig jaar.", None),
    ("@journalist_nrc kijk eens goed naar de bijlagen van die begroting, daar zit het.", None),
    ("Tip voor de journalisten die dit volgen: vraag eens naar de tweede offerte.", None),
    ("Zoek eens uit waarom die evaluatie nooit is gepubliceerd 😉", J),
    ("Goeie vraag. De cijfers die wij intern zien zijn een stuk hoger.", J),
    ("Dat is een kwestie van capaciteit: we hebben zes vacatures op de afdeling.", J),
    ("Klopt, de minister heeft het advies van de ambtenaren naast zich neergelegd.", J),
    ("Ja, er liggen drie scenario's op tafel en de goedkoopste gaat het worden.", J),
    ("Inderdaad, de opening is uitgesteld tot na de zomer.", J),
    ("Dat valt mee hoor, het gaat om een paar honderd dossiers die opnieuw moeten.", J),
    ("Ik kan je wel vertellen dat het besluit volgende maand valt.", J),
    ("Het ligt ingewikkelder: de provincie moet eerst de vergunning verlenen.", J),
    ("Wat niemand zegt: de kosten zijn twee keer zo hoog als begroot.", J),
    ("Yes, that's right. The pilot ends in June and won't be extended.", JE),
    ("Not quite. Only about 200 families are affected, the rest keep their benefit.", JE),
    ("Happy to give you some background off the record, DM me.", JE),
    ("Feel free to call me tomorrow, I can explain how the numbers were calculated.", JE),
    ("You didn't get this from me, but the report was rewritten twice.", JE),
    ("Short answer: yes. Long answer: the budget ran out in March.", JE),
    ("Ik werk er zelf aan en kan je zeggen dat het plan nog lang niet rond is.", JL),
    (
        "Mooie vraag! Ik ben projectleider bij de gemeente en wil je graag meer vertellen. "
        "Het gaat om een nieuwe werkwijze waarbij wijkteams zelf budget krijgen; we starten "
        "in vier wijken en willen in 2027 de hele stad dekken. Bel me gerust.",
        JL,
    ),
    ("Dat heeft te maken met de nieuwe wet die per januari ingaat, daardoor stijgen de kosten.", J),
    ("Wat er speelt is dat twee afdelingen het niet eens worden over wie betaalt.", J),
    ("Volgens mij klopt dat niet, de inspectie is pas in oktober geweest.", J),
    ("Kan ik je even spreken? Ik heb informatie die je verhaal sterker maakt.", J),
    ("Ik stuur je het conceptrapport wel even door via Signal.", J),
    ("Mail me gerust, dan geef ik je de echte cijfers.", J),
    ("Zeker, het waren er in 2025 ruim 1.200, twee keer zoveel als het jaar ervoor.", J),
    ("Onder ons: de wethouder wist het al in mei.", J),
    ("Check je DM 👀", J),
    ("Jullie zouden eens moeten kijken naar hoe die subsidie verdeeld is, @redactieAD.", None),
    ("Voor je artikel: het ligt niet aan de medewerkers, het systeem is gewoon verouderd.", None),
    ("Hey @janvos_volkskrant, mag ik je even bellen over dat stuk? Er klopt iets niet.", None),
    ("Klopt wat je schrijft, maar het is nog erger: er zijn ook dossiers kwijt.", J),
    ("Goede draad. Als insider kan ik zeggen dat de planning nooit realistisch was.", J),
]

NEGATIVE = [
    ("Daar ga ik niet over, vraag het even aan de woordvoerder.", J),
    ("Ik verwijs je graag naar onze persvoorlichter, die kan je verder helpen.", J),
    ("Check de website van de gemeente, daar staat alles over het project.", J),
    ("Goede vraag, maar die kan ik niet beantwoorden. Mail pers@utrecht.nl.", J),
    ("Hiervoor kunt u terecht bij de afdeling communicatie.", J),
    ("Sorry, ik mag hier niks over zeggen. De persvoorlichting helpt je graag.", J),
    ("Ik ben niet de juiste persoon hiervoor, neem contact op met de woordvoering.", J),
    ("Please contact our press office, they will get back to you.", JE),
    ("I'm not able to comment, sorry. The press team can help.", JE),
    ("Vragen van de pers graag via het persnummer op onze website.", J),
    ("Dank voor je artikel van gisteren, goed stuk!", J),
    ("Mooi artikel in de krant vandaag over ons project: https://nos.nl/artikel/123", None),
    ("Lees vooral dit interview met onze directeur: https://www.nrc.nl/x", None),
    ("Dank je wel voor je interesse 🙂", J),
    ("Dank voor het delen van het verhaal, mooi om te lezen.", J),
    ("Hoi, dit loopt via onze woordvoerder, Anne. Zij belt je terug.", J),
    ("Ik laat het even over aan de collega's van communicatie.", J),
    ("Geen idee eerlijk gezegd, ik werk op een heel andere afdeling.", J),
    ("Het zwembad gaat in mei weer open, kijk op de site voor de tijden.", BURGER),
    ("Ja, dat klopt, de bibliotheek is zaterdag gesloten.", BURGER),
    ("Leuk om je op het congres gesproken te hebben, tot een volgende keer!", None),
    ("Gisteren een mooi stuk gelezen in de Volkskrant over de woningmarkt.", None),
    ("Wij zoeken een nieuwe journalist voor ons personeelsblad, solliciteer!", None),
    ("Thanks for the article, great read.", JE),
    ("Zie het persbericht van vanochtend: https://www.rijksoverheid.nl/actueel", J),
    ("Voor een reactie kun je het beste de woordvoerder van de minister bellen.", J),
    ("Mijn collega van persvoorlichting neemt contact met je op.", J),
    ("Dat is openbaar, het staat in de Kamerbrief van 3 maart.", J),
    ("Interessant onderwerp, ik ben benieuwd naar je stuk!", J),
    ("Gefeliciteerd met je nieuwe baan bij de krant!", J),
    ("Hierbij het linkje naar het persbericht: https://x.nl/pb", J),
    ("Zeven doden bij brand in fabriek https://t.co/x via @NOS", None),
    ("@NOS Goed dat jullie hier aandacht aan besteden.", None),
]


@pytest.mark.parametrize(("text", "context"), POSITIVE)
def test_pers_paraphrase_positive(text: str, context: dict | None) -> None:
    assert worst(text, context) >= RISICO


@pytest.mark.parametrize(("text", "context"), NEGATIVE)
def test_pers_paraphrase_negative(text: str, context: dict | None) -> None:
    assert worst(text, context) < RISICO


def test_spokesperson_in_function_is_no_finding() -> None:
    text = "De planning is dat het project eind dit jaar klaar is, zoals in de raadsbrief staat."
    assert worst(text, JW, SPOKES) < RISICO
