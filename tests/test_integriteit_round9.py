# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Round 9 (docs/evaluation.md): side jobs on one's own dossier, hospitality covered by a
partner, thanks for a company's party; a tariff explained is nobody's side job. The sentences
are written for these tests; none is taken from an evaluation set."""

import pytest

from meedoen import check

PRIVATE = {"capacity": "prive", "channel": "linkedin", "audience": "openbaar", "date": "2026-09-01"}
HAVEN = {
    "function": "inspecteur havenveiligheid",
    "level": "uitvoering",
    "dossiers": [{"name": "Haven", "keywords": ["haven", "ligplaats"], "sensitivity": "midden"}],
}


def _integriteit(text: str, profile: dict | None = HAVEN, context: dict | None = None) -> list:
    a = check(text, profile=profile, context=context or PRIVATE)
    return [f for f in a.findings if f.category == "integriteit"]


@pytest.mark.parametrize(
    "text",
    [
        "Proud to have joined the advisory board of Dockwise! Helping shipowners with haven rules.",
        "Freelance adviseur hier: ik help rederijen met hun ligplaats-aanvraag. Tarieven op aanvraag.",
        "Hulp nodig bij je ligplaats? Voor een kleine vergoeding loop ik alles met je door.",
    ],
)
def test_paid_work_on_ones_own_dossier_is_a_side_job(text: str) -> None:
    found = _integriteit(text)
    assert found and found[0].severity == "ernstig", text


def test_the_same_paid_work_far_from_ones_dossiers_needs_another_tie() -> None:
    text = "Voor een kleine vergoeding help ik je met je tuinontwerp."
    assert not _integriteit(text)


def test_a_tariff_explained_is_nobodys_side_job() -> None:
    ctx = {**PRIVATE, "capacity": "in-functie"}
    text = "Sinds 1 april kost een ligplaats in de haven €7,50 per uur; vergunninghouders niets."
    assert not _integriteit(text, context=ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Excited to speak in Lisbon! Travel and hotel kindly covered by Portline, our partner.",
        "Dank aan @bouwgroepnoord voor de mooie kerstborrel gisteren! 🥂",
    ],
)
def test_hospitality_from_a_business_party_is_found(text: str) -> None:
    assert _integriteit(text, profile=None), text


def test_an_unpaid_invoice_is_no_gift() -> None:
    text = "Mijn factuur is nog steeds niet betaald door een klant van mijn fotografiebijbaan."
    assert not [f for f in _integriteit(text, profile=None) if "Geschenk" in f.message]
