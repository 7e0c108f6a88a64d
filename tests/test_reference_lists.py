# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The shipped reference lists: partijen, ministeries, kamerleden (stale data with a date)."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from meedoen.core.codex import load_reference
from meedoen.core.text.politics import mp_handles, party_pattern, politician_pattern


@pytest.mark.parametrize(
    ("name", "geldig_op", "minimum"),
    [
        ("partijen", date(2023, 11, 22), 26),
        ("ministeries", date(2024, 7, 2), 17),
        ("kamerleden", date(2021, 9, 1), 140),
    ],
)
def test_lists_load_with_date_and_source(name, geldig_op, minimum):
    ref = load_reference(name)
    assert ref.name == name
    assert ref.geldig_op == geldig_op
    assert ref.bron and ref.licentie
    assert len(ref.items) >= minimum


def test_kamerleden_is_marked_outdated():
    assert "VEROUDERD" in (load_reference("kamerleden").opmerking or "")


def test_items_carry_facts_only():
    for item in load_reference("partijen").items:
        assert set(item) <= {"afkorting", "naam", "aliassen", "bron"}
    for item in load_reference("kamerleden").items:
        assert set(item) <= {"naam", "partij", "handle", "extra_handles"}
        assert "handle" not in item or str(item["handle"]).startswith("@")


def test_2024_ministries_present():
    abbrs = {i["afkorting"] for i in load_reference("ministeries").items}
    assert {"KGG", "VRO", "AenM", "LVVN", "EZ", "BZK", "VWS"} <= abbrs


def test_parties_match_the_2023_ballot(shared_data):
    ballot = json.loads((shared_data / "nl_parties_2023/participating_parties.json").read_text())
    ours = {i["afkorting"]: i["naam"] for i in load_reference("partijen").items}
    for party in ballot:
        assert ours[party["short_name"]] == party["name"]


def test_kamerleden_match_the_source(shared_data):
    path = shared_data / "tk_politicians_2021/politicians_tweedekamer.csv"
    with path.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    ours = {i["naam"]: i for i in load_reference("kamerleden").items}
    assert len(ours) == len({r["name"] for r in rows})
    for row in rows:
        if row["twitter"].startswith("@"):
            item = ours[row["name"]]
            assert row["twitter"] in [item.get("handle"), *item.get("extra_handles", [])]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("De VVD wil", "VVD"),
        ("stem GroenLinks-PvdA", "GroenLinks-PvdA"),
        ("de PvdA", "PvdA"),
        ("Partij voor de Dieren", "Partij voor de Dieren"),
        ("christenunie", "christenunie"),
    ],
)
def test_party_names_are_recognised(text, party):
    m = party_pattern().search(text)
    assert m is not None and m.group() == party


@pytest.mark.parametrize("text", ["Ik denk het wel", "een plan van aanpak", "230 volt", "cu later"])
def test_party_words_need_their_exact_spelling(text):
    assert party_pattern().search(text) is None


def test_politicians_and_handles():
    assert politician_pattern().search("Volgens Sigrid Kaag is dat zo").group() == "Sigrid Kaag"
    assert "@minpres" in mp_handles() and "@markrutte" in mp_handles()
