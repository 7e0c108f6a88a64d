# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Integrity detector: gifts, side jobs, commercial promotion, supplier advice."""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.integriteit import IntegriteitDetector

IN_FUNCTIE = {"capacity": "in-functie"}


def run(text: str, profile: dict | None = None, context: dict | None = None):
    return [
        (h.evidence.tags[0], h.text, h.evidence.severity)
        for h in run_detector(IntegriteitDetector, text, profile=profile, context=context)
    ]


@pytest.mark.parametrize(
    ("text", "kind", "span", "severity"),
    [
        (
            "Bedankt voor de fles wijn van onze leverancier!",
            "gift",
            "Bedankt voor de fles wijn van onze leverancier",
            RISICO,
        ),
        (
            "Dank je wel voor de kaartjes van Bouwbedrijf Jansen B.V.",
            "gift",
            "Dank je wel voor de kaartjes van Bouwbedrijf Jansen B.V.",
            RISICO,
        ),
        (
            "Bedankt voor het etentje @BouwCo, top avond",
            "gift",
            "Bedankt voor het etentje @BouwCo",
            LET_OP,
        ),
        (
            "Uitgenodigd door Ballast voor de VIP-loge bij Ajax!",
            "gift",
            "Uitgenodigd door Ballast voor de VIP-loge",
            ERNSTIG,  # expensive hospitality from a business party
        ),
        (
            "Naast mijn werk bij de gemeente adviseer ik ondernemers.",
            "sidejob",
            "Naast mijn werk bij de gemeente adviseer",
            RISICO,
        ),
        (
            "Bel mij gerust voor advies over uw vergunningaanvraag.",
            "sidejob",
            "Bel mij gerust voor advies over uw vergunningaanvraag",
            RISICO,
        ),
        # the giver named between the thanks and "voor": a business party by its name
        (
            "Dank aan bouwbedrijf Van Dijk voor de kaartjes voor de Champions League-wedstrijd!",
            "gift",
            "Dank aan bouwbedrijf Van Dijk voor de kaartjes",
            ERNSTIG,
        ),
        (
            "Dank aan aannemer Jansen voor het kerstpakket.",
            "gift",
            "Dank aan aannemer Jansen voor het kerstpakket",
            RISICO,
        ),
        (
            "Bedankt café De Hoek voor de taart!",
            "gift",
            "Bedankt café De Hoek voor de taart",
            LET_OP,
        ),
        ("Gebruik mijn kortingscode AMBT10 in de webshop", "promo", "kortingscode", RISICO),
        ("Heerlijke koffie! #ad", "promo", " #ad", RISICO),
        ("Mooie schoenen https://shop.example/x?tag=ambt-21", "promo", "?tag=ambt-21", RISICO),
    ],
)
def test_positive(text: str, kind: str, span: str, severity: int) -> None:
    assert (kind, span, severity) in run(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bedankt voor de lunch, team!",
        "Dank voor het diner gisteren, was gezellig.",
        "Bedankt voor de bloemen van mijn collega's!",
        "Naast mijn werk ben ik vrijwilliger bij de voetbalclub.",
        "In samenwerking met @GGD organiseren we een voorlichtingsavond.",
        "Vragen over de regeling? Kijk op onze website.",
        "Morgen lunch met de nieuwe stagiairs.",
        "Dank je voor het delen van het rapport!",
        "Ik raad iedereen aan om het rapport te lezen.",
    ],
)
def test_negative(text: str) -> None:
    assert run(text, context=IN_FUNCTIE) == []


def test_enforcement_or_luxury_makes_a_gift_ernstig() -> None:
    text = "Bedankt voor de fles wijn van onze aannemer, op naar de nieuwe brug!"
    assert run(text)[0][2] == RISICO
    dossier = {"dossiers": [{"name": "Bruggen", "keywords": ["brug"]}]}
    assert run(text, profile=dossier)[0][2] == RISICO  # a modest gift, openly thanked
    assert run(text, profile={"enforcement_role": True})[0][2] == ERNSTIG
    luxury = "Bedankt @BouwadviesNoord voor de skybox-uitnodiging bij de Champions League!"
    assert run(luxury)[0][2] == ERNSTIG


def test_supplier_recommendation_only_in_function() -> None:
    text = "Ik raad @SchildersBV van harte aan voor uw gevel."
    assert run(text) == []
    assert [k for k, _, _ in run(text, context=IN_FUNCTIE)] == ["supplier"]


# --- calibration round --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "severity"),
    [
        ("Dank aan Bouwbedrijf Smit BV voor de vrijkaarten voor PSV!", "gift", RISICO),
        ("Thanks to our partner NGO for the upgrade to business class!", "gift", ERNSTIG),
        ("Prachtig kerstpakket ontvangen van een aannemer, top!", "gift", RISICO),
        ("Bedankt restaurant De Zwaan voor de gratis lunch!", "gift", LET_OP),
        # right after an inspection the giver is a supervised party: one step up (round 10)
        ("Bedankt restaurant De Zwaan voor de gratis lunch na de controle!", "gift", RISICO),
        (
            "Trots: toegetreden tot de raad van commissarissen van een bedrijf in de zorg.",
            "sidejob",
            RISICO,
        ),
        (
            "Naast mijn baan bij het UWV help ik nu ook mensen met hun aanvraag. DM me voor tarieven!",
            "sidejob",
            RISICO,
        ),
        ("Kijk op mijn affiliate-link, ik krijg 5% van elke bestelling.", "promo", RISICO),
        ("Met code KORTING10 krijg je 10% op alle kaarsen.", "promo", RISICO),
        ("Kom naar mijn webshop met zelfgebreide sokken!", "promo", RISICO),
        ("Use my code ANNA20 for 20% off my prints!", "promo", RISICO),
        ("Excited to join the advisory board of a consultancy firm!", "sidejob", RISICO),
    ],
)
def test_calibration(text: str, kind: str, severity: int) -> None:
    assert [(k, s) for k, _, s in run(text)] == [(kind, severity)]


def test_gift_with_enforcement_role_goes_one_step_up() -> None:
    profile = {"enforcement_role": True}
    text = "Bedankt restaurant De Zwaan voor de gratis lunch!"
    assert [s for _, _, s in run(text, profile)] == [RISICO]
    text = "Bedankt restaurant De Zwaan voor de gratis lunch na de controle!"
    assert [s for _, _, s in run(text, profile)] == [ERNSTIG]
    text = "Prachtig kerstpakket ontvangen van een aannemer, top!"
    assert [s for _, _, s in run(text, profile)] == [ERNSTIG]


@pytest.mark.parametrize(
    "text",
    [
        "Bedankt collega's voor de gezellige lunch!",
        "Dank aan mijn team voor de taart vandaag.",
        "Cadeau gekregen van mijn moeder: een nieuwe fiets.",
        "Ik krijg 20% meer zon op mijn balkon sinds de boom weg is.",
        "De code van de deur is veranderd.",
        "Naast mijn werk zing ik in een koor.",
        "Lid geworden van de bestuur van de voetbalclub.",
    ],
)
def test_calibration_negative(text: str) -> None:
    assert run(text) == []


# --- calibration round 2 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "profile", "kind", "severity"),
    [
        # a gift from a business party, thanked or boasted about
        ("Prachtig kerstpakket gekregen van onze schoonmaakleverancier!", None, "gift", RISICO),
        (
            "Met dank aan @BouwadviesNoord voor de uitnodiging in de VIP-lounge!",
            None,
            "gift",
            ERNSTIG,
        ),
        (
            "Borrel met aannemer Jansen over het project, en zij betaalden de rekening.",
            None,
            "gift",
            RISICO,
        ),
        # a referral code tied to one's role
        (
            "Use my referral code at Hostly! As the person who selected them for our ministry, I vouch.",
            None,
            "promo",
            ERNSTIG,
        ),
        ("Gebruik mijn kortingscode bij de bakker om de hoek!", None, "promo", RISICO),
        # side jobs close to the function
        (
            "Naast mijn baan bij de provincie geef ik nu ook workshops voor ondernemers, DM voor info.",
            None,
            "sidejob",
            RISICO,
        ),
        (
            "Besides my job at the ministry I now do consulting for start-ups.",
            None,
            "sidejob",
            RISICO,
        ),
    ],
)
def test_round2_families(text: str, profile: dict | None, kind: str, severity: int) -> None:
    assert (kind, severity) in [(k, s) for k, _, s in run(text, profile=profile)]


@pytest.mark.parametrize(
    "text",
    [
        "Mijn moeder trakteerde op taart.",
        "Everything we build with public money should be public code where possible.",
        "Naast mijn werk sport ik graag.",
    ],
)
def test_round2_near_misses(text: str) -> None:
    assert [s for _, _, s in run(text) if s >= RISICO] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kreeg ik vandaag van onze ICT-leverancier een fles champagne.", "gift"),
        ("Got a lovely bottle of wine from our cloud vendor today.", "gift"),
        ("Mooie taart van onze aannemer gekregen na de oplevering!", "gift"),
        ("In mijn vrije tijd help ik ondernemers met hun vergunningaanvragen.", "sidejob"),
        ("In my spare time I advise companies on public tenders.", "sidejob"),
    ],
)
def test_round2_word_orders(text: str, kind: str) -> None:
    assert (kind, RISICO) in [(k, s) for k, _, s in run(text)]


def test_gift_from_a_neighbour_is_no_finding() -> None:
    assert run("Ik kreeg van de buurman een fles wijn.") == []


# A brand written in CamelCase is a business party, when the giving is said in so many words.
# Sentences written for these tests.
@pytest.mark.parametrize(
    "text",
    [
        "front row seats thanks to the people at GridPower tonight!",
        "Dank aan de jongens van BouwMaat voor de gratis lunch vandaag",
        "WasteWise geeft me 15% korting op de container, top geregeld",
    ],
)
def test_a_camelcase_brand_that_gives_is_a_business_party(text: str) -> None:
    found = run(text)
    assert found and found[0][0] == "gift", found


@pytest.mark.parametrize(
    "text",
    [
        "Vandaag sprak ik op het congres van VluchtelingenWerk over de opvang.",
        "Mooie demo gezien van GridPower over slimme meters.",
    ],
)
def test_a_brand_without_giving_is_no_gift(text: str) -> None:
    assert [f for f in run(text) if f[0] == "gift"] == []
