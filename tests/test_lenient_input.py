# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Forgiving spellings of profile and context values (meedoen.core.assessment.lenient)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from pydantic import ValidationError

from meedoen import check
from meedoen.core.assessment.models import Context, Profile
from meedoen.core.errors import ConfigError


@pytest.mark.parametrize(
    ("field", "spelling", "value"),
    [
        ("capacity", "privé", "prive"),
        ("capacity", "Privé ", "prive"),
        ("capacity", "In functie", "in-functie"),
        ("capacity", "in_functie", "in-functie"),
        ("capacity", "official", "in-functie"),
        ("capacity", "private", "prive"),
        ("audience", "Public", "openbaar"),
        ("audience", "besloten groep", "besloten-groep"),
        ("audience", "closed group", "besloten-groep"),
        ("audience", "internal", "intern"),
        ("channel", "Twitter", "x"),
        ("channel", "X", "x"),
        ("channel", "LinkedIn", "linkedin"),
        ("channel", "Teams", "intranet"),
        ("channel", "threads", "instagram"),
    ],
)
def test_context_spellings_map_to_the_contract(field: str, spelling: str, value: str) -> None:
    assert getattr(Context.model_validate({field: spelling}), field) == value


@pytest.mark.parametrize(
    ("data", "attribute", "value"),
    [
        ({"level": "Beleid"}, "level", "beleid"),
        ({"level": " TOP "}, "level", "top"),
        ({"level": "leidinggevende"}, "level", "leidinggevend"),
        ({"level": "policy"}, "level", "beleid"),
        ({"enforcement_role": "ja"}, "enforcement_role", True),
        ({"enforcement_role": "Nee"}, "enforcement_role", False),
        ({"enforcement_role": "yes"}, "enforcement_role", True),
    ],
)
def test_profile_spellings_map_to_the_contract(data: dict, attribute: str, value: object) -> None:
    assert getattr(Profile.model_validate(data), attribute) == value


def test_a_dossier_given_as_a_name_is_its_own_keyword() -> None:
    profile = Profile.model_validate(
        {"dossiers": ["stikstof", {"name": "pfas", "sensitivity": "High"}]}
    )
    assert [(d.name, d.keywords, d.sensitivity) for d in profile.dossiers] == [
        ("stikstof", ["stikstof"], "midden"),
        ("pfas", [], "hoog"),
    ]
    assessment = check("Die stikstofaanpak is echt onzin.", profile=profile)
    assert "eigen-dossier" in {f.category for f in assessment.findings}


def test_a_dossier_given_by_its_keywords_only_is_named_after_the_first() -> None:
    profile = Profile.model_validate({"dossiers": [{"keywords": "stikstof, ammoniak"}]})
    assert profile.dossiers[0].name == "stikstof"
    assert profile.dossiers[0].keywords == ["stikstof", "ammoniak"]
    with pytest.raises(ValidationError):
        Profile.model_validate({"dossiers": [{"sensitivity": "hoog"}]})  # nothing to name it by


def test_a_reply_given_as_text_is_a_reply_to_a_citizen() -> None:
    context = Context.model_validate({"reply_to": "Waar blijft mijn aanvraag?"})
    assert context.reply_to is not None
    assert (context.reply_to.text, context.reply_to.author_role) == (
        "Waar blijft mijn aanvraag?",
        "burger",
    )
    assert (
        Context.model_validate({"reply_to": {"author_role": "Citizen "}}).reply_to.author_role
        == "burger"
    )  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2026-03-10", dt.date(2026, 3, 10)),
        ("2026-03-10T09:30:00", dt.date(2026, 3, 10)),
        ("2026-03-10 09:30", dt.date(2026, 3, 10)),
        ("10-3-2026", dt.date(2026, 3, 10)),
        ("01-12-2026", dt.date(2026, 12, 1)),
        ("18/3/2026", dt.date(2026, 3, 18)),
        ("18.03.2026", dt.date(2026, 3, 18)),
        ("2026/03/18", dt.date(2026, 3, 18)),
        ("18 maart 2026", dt.date(2026, 3, 18)),
        ("18 mrt. 2026", dt.date(2026, 3, 18)),
        ("3 October 2026", dt.date(2026, 10, 3)),
    ],
)
def test_dates_with_a_time_or_in_dutch_order_are_read(written: str, day: dt.date) -> None:
    assert Context.model_validate({"date": written}).date == day


@pytest.mark.parametrize(
    "data",
    [
        {"channel": "tiktok"},
        {"audience": "half-open"},
        {"capacity": "soms"},
        {"date": "10-13-2026"},
        {"date": "18 brumaire 2026"},
        {"date": "31 feb 2026"},
        {"reply_to": {"author_role": "buurman"}},
    ],
)
def test_unknown_values_are_still_refused(data: dict) -> None:
    with pytest.raises(ValidationError):
        Context.model_validate(data)


def test_level_and_role_variants_are_not_errors_in_a_batch() -> None:
    lines = [
        {
            "id": "a",
            "text": "Mijn mening over het kabinet: slecht.",
            "profile": {"level": "Beleid"},
        },
        {"id": "b", "text": "Prima", "context": {"capacity": "In functie", "audience": "Public"}},
        {"id": "c", "text": "Klopt", "context": {"reply_to": "Is het besluit al genomen?"}},
        {"id": "d", "text": "Hoi", "context": {"channel": "tiktok"}},
    ]
    out = subprocess.run(
        [sys.executable, "-m", "meedoen.cli.main", "check", "--jsonl", "-"],
        input="\n".join(json.dumps(line) for line in lines),
        capture_output=True,
        text=True,
        check=False,
    )
    results = {r["id"]: r for r in map(json.loads, out.stdout.splitlines())}
    assert [("error" in results[i]) for i in "abcd"] == [False, False, False, True]
    assert (
        "kanaal" in results["d"]["error"]["message"]
        or "channel" in results["d"]["error"]["message"]
    )


def test_cli_flags_take_the_same_spellings() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "meedoen.cli.main", "check", "Hoi", "--hoedanigheid", "In functie",
         "--publiek", "Public", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert out.returncode in (0, 1, 2), out.stderr
    assert "identificatie" in {f["category"] for f in json.loads(out.stdout)["findings"]}


def test_null_for_an_optional_field_counts_as_absent() -> None:
    """Exporters write null for "not known": the default applies instead of an error."""
    a = check(
        "Hallo",
        profile={"name": None, "level": None, "dossiers": None, "enforcement_role": None},
        context={"followers": None, "account": None, "reply_to": {"text": None}, "date": None},
    )
    assert a.level == "groen"
    same = check("Hallo", profile={}, context={"reply_to": {}})
    assert a.model_dump(exclude={"engine_version"}) == same.model_dump(exclude={"engine_version"})
    # a required field stays required: a dossier needs a name (or a keyword to be named by)
    with pytest.raises(ConfigError, match="E201"):
        check("Hallo", profile={"dossiers": [{"name": None, "keywords": None}]})


@pytest.mark.parametrize(
    ("written", "followers"),
    [
        ("1.200", 1200),
        ("1 200", 1200),
        ("1,200", 1200),
        ("12k", 12_000),
        ("1,2k", 1200),
        ("3M", 3_000_000),
        ("", None),
        (850, 850),
    ],
)
def test_follower_counts_as_people_write_them(written: object, followers: int | None) -> None:
    assert Context.model_validate({"followers": written}).followers == followers


@pytest.mark.parametrize("written", ["veel", "-5", "1.2.3k", "١٢"])
def test_follower_counts_that_are_no_number_are_still_refused(written: str) -> None:
    with pytest.raises(ValidationError):
        Context.model_validate({"followers": written})
