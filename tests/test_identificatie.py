# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Identification detector: name, function and organisation on open channels in function."""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import LET_OP, RISICO
from meedoen.core.detectors.builtin.identificatie import IdentificatieDetector

PROFILE = {
    "name": "Jan de Vries",
    "function": "Beleidsmedewerker",
    "organisation": "Ministerie van BZK",
}
IN_FUNCTIE = {"capacity": "in-functie"}
POST = "Vandaag is het nieuwe rapport over de Woo gepubliceerd. Lees het via de link."


def run(text: str = POST, profile: dict | None = PROFILE, context: dict | None = None):
    return run_detector(IdentificatieDetector, text, profile=profile, context=context or IN_FUNCTIE)


@pytest.mark.parametrize(
    ("context", "missing", "severity"),
    [
        ({**IN_FUNCTIE, "account": {}}, ("naam", "functie", "organisatie"), RISICO),
        # an unknown bio is no reason to assume it is there
        (IN_FUNCTIE, ("naam", "functie", "organisatie"), RISICO),
        # a name alone does not say for whom one speaks
        ({**IN_FUNCTIE, "account": {"name": "Jan de Vries"}}, ("functie", "organisatie"), RISICO),
        (
            {**IN_FUNCTIE, "account": {"name": "Jan de Vries", "bio": "Beleidsmedewerker"}},
            ("organisatie",),
            LET_OP,
        ),
        ({**IN_FUNCTIE, "account": {"bio": "Werkt bij @MinBZK"}}, ("naam", "functie"), LET_OP),
    ],
)
def test_missing_items(context: dict, missing: tuple[str, ...], severity: int) -> None:
    (hit,) = run(context=context)
    assert hit.evidence.tags == missing
    assert hit.evidence.severity == severity
    assert hit.text == "Vandaag is het nieuwe rapport over de Woo gepubliceerd."


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (POST + " Jan de Vries, beleidsmedewerker @MinBZK", None),
        (POST, {"name": "Jan de Vries", "bio": "Beleidsmedewerker bij Ministerie van BZK"}),
        (POST, {"name": "Jan de Vries", "bio": "Senior beleidsmedewerker, Binnenlandse Zaken"}),
        (POST, {"name": "J. de Vries", "bio": "Beleidsmedewerker #BZK"}),
        (
            POST + " ^JdV",
            {
                "name": "Jan de Vries",
                "bio": "beleidsmedewerker Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
            },
        ),
    ],
)
def test_complete_identification(text: str, account: dict | None) -> None:
    context = {**IN_FUNCTIE, "account": account} if account else IN_FUNCTIE
    assert run(text, context=context) == []


@pytest.mark.parametrize(
    "context",
    [
        {},  # private (default)
        {"capacity": "prive"},
        {"capacity": "in-functie", "audience": "intern"},
        {"capacity": "in-functie", "audience": "besloten-groep"},
        {"capacity": "in-functie", "channel": "intranet"},
    ],
)
def test_not_for_private_or_closed(context: dict) -> None:
    assert run_detector(IdentificatieDetector, POST, profile=PROFILE, context=context) == []


def test_without_profile_generic_cues_count() -> None:
    context = {
        **IN_FUNCTIE,
        "account": {"name": "Anna Bakker", "bio": "Adviseur bij Gemeente Utrecht"},
    }
    assert run(profile={}, context=context) == []
    (hit,) = run(profile={}, context={**IN_FUNCTIE, "account": {"name": "Anna Bakker"}})
    assert hit.evidence.tags == ("functie", "organisatie")


def test_municipality_short_name_counts() -> None:
    profile = {
        "name": "Anna Bakker",
        "function": "communicatieadviseur",
        "organisation": "Gemeente Utrecht",
    }
    context = {
        **IN_FUNCTIE,
        "account": {"name": "Anna Bakker", "bio": "Communicatieadviseur in Utrecht"},
    }
    assert run(profile=profile, context=context) == []


def test_english_bio_counts_and_a_place_name_alone_does_not() -> None:
    english = {"name": "Jan de Vries", "bio": "Policy adviser, Ministry of the Interior"}
    assert run(context={**IN_FUNCTIE, "account": english}) == []
    profile = {
        "name": "Anna Bakker",
        "function": "verkeerskundige",
        "organisation": "Gemeente Utrecht",
    }
    hobby = {"name": "anna_b", "bio": "koffie, fietsen, Utrecht"}
    text = "De nieuwe fietsstraat geeft fietsers voorrang. Alle info op utrecht.nl."
    (hit,) = run(text, profile=profile, context={**IN_FUNCTIE, "account": hobby})
    assert hit.evidence.tags == ("naam", "functie", "organisatie")
    assert hit.evidence.severity == RISICO


@pytest.mark.parametrize(
    ("account", "missing"),
    [
        # the organisation's own account speaks as the organisation: no person's name needed
        ({"name": "Ministerie van BZK", "kind": "organisatie"}, ()),
        ({"name": "@MinBZK", "bio": "Nieuws van het ministerie", "kind": "organisatie"}, ()),
        # but the organisation itself must still be recognisable
        (
            {
                "name": "@redactie_x",
                "bio": "Het laatste nieuws uit de regio",
                "kind": "organisatie",
            },
            ("organisatie",),
        ),
        # a person's account (the default) still needs a function too
        ({"name": "Ministerie van BZK"}, ("functie",)),
    ],
)
def test_organisation_accounts_need_only_the_organisation(
    account: dict, missing: tuple[str, ...]
) -> None:
    hits = run(profile=None, context={**IN_FUNCTIE, "account": account})
    assert tuple(t for h in hits for t in h.evidence.tags) == missing
