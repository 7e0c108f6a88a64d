# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Everyday posts by civil servants must not trigger the politics/contact detectors.

The posts are written for this test in the style of real LinkedIn, X and
Mastodon posts by civil servants (announcements, vacancies, events, neutral
news about politics, referrals). Each runs through all five detectors, as a
private post and as a post in function.
"""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.builtin.kamerlid import KamerlidDetector
from meedoen.core.detectors.builtin.namens_organisatie import NamensOrganisatieDetector
from meedoen.core.detectors.builtin.pers import PersDetector
from meedoen.core.detectors.builtin.politiek import PolitiekDetector
from meedoen.core.detectors.builtin.vertrouwelijk import VertrouwelijkDetector

DETECTORS = (
    PolitiekDetector,
    VertrouwelijkDetector,
    PersDetector,
    KamerlidDetector,
    NamensOrganisatieDetector,
)

EVERYDAY = [
    "Vandaag mijn eerste werkdag bij het ministerie van BZK. Zin in!",
    "We zoeken een beleidsmedewerker wonen (36 uur). Reageren kan tot 1 december.",
    "Mooie bijeenkomst vandaag over de Omgevingswet met collega's uit het hele land.",
    "De minister presenteerde vandaag het plan voor betaalbare huurwoningen.",
    "Het kabinet heeft vandaag de Miljoenennota gepresenteerd. Lees hem op rijksoverheid.nl.",
    "Morgen debatteert de Tweede Kamer over de begroting van VWS.",
    "Trots op mijn team: de nieuwe website van de gemeente staat live!",
    "Interessante sessie over datagedreven werken bij de overheid. Veel geleerd.",
    "Terug van een werkbezoek aan Groningen met de staatssecretaris. Indrukwekkende verhalen.",
    "Het concept voor de nieuwe huisstijl is mooi geworden, complimenten aan de ontwerpers!",
    "Gisteren heeft de gemeenteraad het bestemmingsplan vastgesteld.",
    "Nieuwe publicatie: Staat van de Volkshuisvesting 2026. Link in de reactie.",
    "Vanaf maandag zijn de loketten van het stadhuis ook op zaterdag open.",
    "Wie gaat er ook naar het congres Digitale Overheid volgende week?",
    "Bedankt voor jullie reacties op mijn vorige post over thuiswerken!",
    "De wethouder opende vandaag de nieuwe speeltuin in de wijk Oost.",
    "Ik ga met pensioen na 40 jaar bij Rijkswaterstaat. Wat een tijd!",
    "Vraag over je toeslag? Kijk op toeslagen.nl of bel de BelastingTelefoon.",
    "Voor persvragen kunt u contact opnemen met de woordvoerder via pers@gemeente.nl.",
    "De burgemeester heeft een noodverordening afgekondigd voor het centrum.",
    "Leuk om te zien hoeveel mensen meedoen aan de opschoondag in onze wijk.",
    "De nieuwe regeling voor energietoeslag is vanaf vandaag aan te vragen.",
    "Kamerlid Bromet stelde vandaag vragen over natuurherstel.",
    "Mijn collega's van communicatie hebben een mooie campagne gemaakt.",
    "Het rapport van de Algemene Rekenkamer is vandaag verschenen.",
    "Deze week lunchlezing over integriteit. Aanmelden via intranet.",
    "Verkiezingen: vergeet niet te stemmen op 18 maart!",
    "We zijn op zoek naar stagiairs voor het team Klimaatadaptatie.",
    "Goed gesprek gehad met de jongerenraad over de toekomst van de stad.",
    "Vandaag afscheid genomen van onze directeur. Dank voor alles!",
    "Nieuwe podcast over de Woo: hoe maak je informatie openbaar?",
    "De internetconsultatie over het wetsvoorstel loopt tot 15 januari.",
    "Thanks everyone for joining our webinar on open government today!",
    "Happy to share that I started a new position at the Ministry of Finance.",
    "Fijne feestdagen allemaal en tot in het nieuwe jaar!",
    "Morgen is de gemeente gesloten vanwege Koningsdag.",
    "In de trein naar Den Haag voor een overleg met de provincies.",
    "Het college van B&W heeft het coalitieakkoord gepresenteerd.",
    "Lees het nieuwe beleid over hybride werken op intranet.",
    "De maatregelen tegen wateroverlast zijn uitgevoerd volgens planning.",
]


@pytest.mark.parametrize("capacity", ["prive", "in-functie"])
@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_posts_produce_no_findings(text, capacity):
    for detector in DETECTORS:
        hits = run_detector(detector, text, context={"capacity": capacity})
        assert hits == [], (detector.__name__, [h.text for h in hits])
