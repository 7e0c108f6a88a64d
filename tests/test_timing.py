# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Timing detector: election windows, embargoes, announced dates."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import run_detector
from meedoen.core.codex import load_reference
from meedoen.core.detectors.base import LET_OP, RISICO
from meedoen.core.detectors.builtin.timing import TimingDetector, prinsjesdag

IN_FUNCTIE = {"capacity": "in-functie"}


def run(text: str, on: date, context: dict | None = None, organisation: dict | None = None):
    return [
        (h.evidence.tags[0], h.text, h.evidence.severity)
        for h in run_detector(
            TimingDetector, text, context=context, organisation=organisation, on=on
        )
    ]


@pytest.mark.parametrize(
    ("text", "on", "context", "expected"),
    [
        ("Stem op 18 maart op de VVD!", date(2026, 3, 1), None, ("verkiezingen", "Stem", RISICO)),
        (  # national politics counts in a Provinciale Staten window (17-03-2027)
            "Het kabinet heeft er een potje van gemaakt.",
            date(2027, 3, 1),
            None,
            ("verkiezingen", "kabinet", RISICO),
        ),
        (
            "Leuk gesprek met de lijsttrekker.",
            date(2026, 3, 19),
            None,
            ("verkiezingen", "lijsttrekker", RISICO),
        ),
        (
            "Mooie dag op kantoor.",
            date(2026, 3, 1),
            IN_FUNCTIE,
            ("verkiezingen", "Mooie dag op kantoor.", LET_OP),
        ),
        (
            "Wat vind jij van het nieuwe beleid?",
            date(2027, 3, 1),
            None,
            ("verkiezingen", "beleid", RISICO),
        ),
        (
            "Persbericht onder embargo tot 10.00 uur",
            date(2026, 11, 28),
            None,
            ("embargo", "onder embargo", RISICO),
        ),
        (
            "Embargo tot 12-12-2026 10:00 uur",
            date(2026, 11, 28),
            None,
            ("embargo", "Embargo tot 12-12-2026 10:00 uur", RISICO),
        ),
        (
            "De miljoenennota gaat flink snijden in de zorg",
            date(2026, 9, 5),
            None,
            ("aangekondigd", "miljoenennota", RISICO),
        ),
    ],
)
def test_positive(
    text: str, on: date, context: dict | None, expected: tuple[str, str, int]
) -> None:
    assert expected in run(text, on, context)


@pytest.mark.parametrize(
    ("text", "on", "context"),
    [
        ("Stem op de VVD!", date(2026, 11, 28), None),  # no election near
        ("Mooie dag op kantoor.", date(2026, 3, 1), None),  # private and not political
        ("Het kabinet heeft er een potje van gemaakt.", date(2027, 1, 30), None),  # before window
        ("Het kabinet heeft er een potje van gemaakt.", date(2027, 3, 19), None),  # after window
        # national words do not make a post political in a municipal election window
        ("Het kabinet heeft er een potje van gemaakt.", date(2026, 3, 1), None),
        ("Embargo tot 01-11-2026 10:00 uur", date(2026, 11, 28), None),  # embargo passed
        ("Het handelsembargo tegen Rusland blijft.", date(2026, 11, 28), None),
        ("De miljoenennota gaat flink snijden in de zorg", date(2026, 9, 20), None),  # after
        ("Op Prinsjesdag rijdt de Glazen Koets niet.", date(2026, 6, 1), None),  # too early
    ],
)
def test_negative(text: str, on: date, context: dict | None) -> None:
    assert run(text, on, context) == []


def test_unverified_election_is_marked() -> None:
    hits = run_detector(TimingDetector, "Ga stemmen!", on=date(2027, 3, 10))
    assert hits and "niet-geverifieerd" in hits[0].evidence.tags
    assert "niet geverifieerd" in hits[0].evidence.message


def test_organisation_calendar() -> None:
    org = {
        "elections": [
            {"name": "Referendum", "kind": "referendum", "date": "2026-06-10", "window_days": 14}
        ],
        "announced_dates": [
            {
                "name": "Omgevingsvisie",
                "kind": "publicatie",
                "date": "2026-07-01",
                "window_days": 30,
            }
        ],
    }
    assert (
        run("Hoe stemt u over het beleid?", date(2026, 6, 1), organisation=org)[0][0]
        == "verkiezingen"
    )
    assert run("Hoe stemt u over het beleid?", date(2026, 5, 1), organisation=org) == []
    hits = run(
        "De nieuwe omgevingsvisie komt met veel woningen.", date(2026, 6, 20), organisation=org
    )
    assert hits == [("aangekondigd", "omgevingsvisie", RISICO)]


def test_shipped_calendar() -> None:
    ref = load_reference("verkiezingen")
    by_date = {str(i["date"]): i for i in ref.items}
    assert by_date["2026-03-18"]["verified"] is True
    assert by_date["2027-03-17"]["verified"] is False
    assert all(i.get("bron") for i in ref.items)


@pytest.mark.parametrize(
    ("year", "day"),
    [(2024, date(2024, 9, 17)), (2025, date(2025, 9, 16)), (2026, date(2026, 9, 15))],
)
def test_prinsjesdag(year: int, day: date) -> None:
    assert prinsjesdag(year) == day


# --- calibration round --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Embargoed until Monday: the new report is out. Big news!",
        "Vrijdag om 11.00 uur presenteert de wethouder het nieuwe woonplan. Ik weet al wat erin staat!",
        "Volgende week maakt het kabinet de nieuwe regeling bekend. Alvast een spoiler: het wordt duur.",
    ],
)
def test_embargo_and_announced_in_text(text: str) -> None:
    hits = run_detector(TimingDetector, text, on=date(2026, 11, 20))
    assert [h.evidence.severity for h in hits] == [RISICO]


@pytest.mark.parametrize(
    "text",
    [
        "Vrijdag om 11.00 uur presenteert de wethouder het nieuwe woonplan in het stadhuis.",
        "Morgen maakt de minister de uitslag bekend, spannend!",
    ],
)
def test_announced_without_insider_hint_is_no_finding(text: str) -> None:
    assert run_detector(TimingDetector, text, on=date(2026, 11, 20)) == []


def test_practical_election_info_in_window_is_only_a_hint() -> None:
    text = "Op 18 maart zijn de gemeenteraadsverkiezingen. Stempassen komen deze week. Stemmen kan in 60 stembureaus."
    hits = run_detector(
        TimingDetector, text, context={"capacity": "in-functie"}, on=date(2026, 3, 11)
    )
    assert [h.evidence.severity for h in hits] == [LET_OP]


def test_political_post_in_window_is_still_risico() -> None:
    text = "Twee dagen voor de verkiezingen: onze wethouder heeft het goed gedaan!"
    hits = run_detector(TimingDetector, text, on=date(2026, 3, 16))
    assert [h.evidence.severity for h in hits] == [RISICO]


# --- calibration round 2: the cue must fit the election ----------------------------------------

GR_WINDOW = date(2026, 3, 10)  # gemeenteraadsverkiezingen 18-03-2026


@pytest.mark.parametrize(
    ("text", "context", "severity"),
    [
        ("Het college heeft besloten de nieuwe sporthal toch te bouwen.", IN_FUNCTIE, RISICO),
        ("Zaterdag stemmen! Ik kies voor Leefbaar Westdorp.", None, RISICO),
        ("Trots op onze wethouder die vandaag de brug opende!", IN_FUNCTIE, RISICO),
        # national words in a municipal window: only the in-function hint remains
        (
            "Vandaag stemde de ministerraad in met het wetsvoorstel; zie rijksoverheid.nl.",
            IN_FUNCTIE,
            LET_OP,
        ),
    ],
)
def test_local_cues_in_municipal_window(text: str, context: dict | None, severity: int) -> None:
    assert [s for _, _, s in run(text, GR_WINDOW, context)] == [severity]


@pytest.mark.parametrize(
    "text",
    [
        "Vraag aan collega's: staat dit in de CAO of verschilt het per ministerie?",
        "Mijn zoon heeft morgen om 9 uur college.",
        "Italië weet zich geen raad met de crisis.",
        "De Raad van State bracht vandaag advies uit.",
    ],
)
def test_not_political_in_municipal_window(text: str) -> None:
    assert run(text, GR_WINDOW) == []


@pytest.mark.parametrize(
    "text",
    [
        "Donderdag verschijnt het rapport over de jeugdzorg. Ik zeg alleen: schrikken.",
        "De werkloosheid komt uit op 3,9% (officieel morgen om 9.00 uur).",
    ],
)
def test_announced_with_content_hint(text: str) -> None:
    assert [s for _, _, s in run(text, date(2026, 11, 20))] == [RISICO]


def test_announced_without_hint() -> None:
    assert run("Donderdag verschijnt het rapport over de jeugdzorg.", date(2026, 11, 20)) == []


def test_stem_lokaal_is_a_call_to_vote_in_a_municipal_window() -> None:
    assert [s for _, _, s in run("Stem lokaal op 18 maart!", GR_WINDOW)] == [RISICO]
