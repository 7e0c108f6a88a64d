# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Privacy by design for monitoring: pseudonyms, query checks, k-gate, retention, DPIA."""

from __future__ import annotations

import ast
import string
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meedoen.core.codex.models import Official, OrganisationData
from meedoen.monitor.model import Post
from meedoen.monitor.privacy import dpia, kanon, retention
from meedoen.monitor.privacy.dossier_query import (
    allow_list,
    check_dossier,
    check_query,
    check_term,
    is_active,
)
from meedoen.monitor.privacy.pseudonym import (
    SECRET_ENV,
    SECRET_FILE_ENV,
    MissingSecretError,
    Pseudonymiser,
    load_secret,
    period_of,
    write_secret_file,
)
from meedoen.monitor.privacy.settings import DossierSettings, Query

MONITOR = Path(__file__).resolve().parents[1] / "src" / "meedoen" / "monitor"
SECRET = b"0123456789abcdef0123456789abcdef"
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
handles = st.text(string.ascii_letters + string.digits + "_.", min_size=1, max_size=20)
# a moment inside ISO week 48 of 2026 in Amsterdam (Mon 23 Nov 00:00 – Sun 29 Nov 24:00 local)
WEEK48 = datetime(2026, 11, 22, 23, 0, tzinfo=UTC)
in_week48 = st.integers(0, 7 * 24 * 3600 - 1).map(lambda s: WEEK48 + timedelta(seconds=s))


def post(i: int, author: str, text: str = "tekst", **metrics: float) -> Post:
    return Post(str(i), "bluesky", f"https://x/{i}", NOW, "nl", text, author, metrics, None, "d")


# --- pseudonyms ---------------------------------------------------------------


@given(handles, in_week48, in_week48)
def test_pseudonym_is_stable_within_dossier_and_period(handle, t1, t2):
    p = Pseudonymiser(SECRET)
    a = p.pseudonym(handle, source="bluesky", dossier="stikstof", when=t1)
    assert a == p.pseudonym("@" + handle.upper(), source="bluesky", dossier="stikstof", when=t2)
    assert a == Pseudonymiser(SECRET).pseudonym(
        handle, source="bluesky", dossier="stikstof", when=t1
    )
    assert len(a) == 16 and all(c in "0123456789abcdef" for c in a)


@given(handles, in_week48)
def test_pseudonym_differs_across_dossier_period_source_and_key(handle, when):
    p = Pseudonymiser(SECRET)
    base = p.pseudonym(handle, source="bluesky", dossier="stikstof", when=when)
    others = {
        p.pseudonym(handle, source="bluesky", dossier="asiel", when=when),
        p.pseudonym(handle, source="bluesky", dossier="stikstof", when=when + timedelta(days=7)),
        p.pseudonym(handle, source="mastodon", dossier="stikstof", when=when),
        Pseudonymiser(SECRET[::-1]).pseudonym(
            handle, source="bluesky", dossier="stikstof", when=when
        ),
    }
    assert base not in others and len(others) == 4


def test_month_period_and_rotation():
    p = Pseudonymiser(SECRET, period="month")
    a = p.pseudonym("jan", source="rss", dossier="d", when=datetime(2026, 11, 2, tzinfo=UTC))
    assert a == p.pseudonym(
        "jan", source="rss", dossier="d", when=datetime(2026, 11, 29, tzinfo=UTC)
    )
    kid = p.key_id("d", NOW)
    p.rotate()
    assert (
        p.pseudonym("jan", source="rss", dossier="d", when=datetime(2026, 11, 2, tzinfo=UTC)) != a
    )
    assert p.key_id("d", NOW) != kid and kid.startswith("2026-11:")
    assert "0123" not in repr(p) and "verborgen" in repr(p)
    assert p.pseudonym("", source="rss", dossier="d", when=NOW) == ""


@pytest.mark.parametrize(
    ("when", "period", "label"),
    [
        (datetime(2026, 11, 29, 23, 30, tzinfo=UTC), "week", "2026-W49"),  # Monday local
        (datetime(2026, 11, 29, 22, 30, tzinfo=UTC), "week", "2026-W48"),
        (datetime(2026, 12, 31, 12, 0, tzinfo=UTC), "week", "2026-W53"),
        (datetime(2027, 1, 4, 12, 0, tzinfo=UTC), "week", "2027-W01"),
        (datetime(2026, 11, 30, 23, 30, tzinfo=UTC), "month", "2026-12"),
        (datetime(2026, 11, 28, 23, 30, tzinfo=UTC), "day", "2026-11-29"),
    ],
)
def test_period_labels_use_dutch_local_time(when, period, label):
    assert period_of(when, period) == label


def test_secret_comes_from_outside_the_data(tmp_path):
    assert load_secret({SECRET_ENV: SECRET.decode()}) == SECRET
    keyfile = tmp_path / "sleutel"
    keyfile.write_bytes(SECRET + b"\n")
    assert load_secret({SECRET_FILE_ENV: str(keyfile)}) == SECRET
    for env in ({}, {SECRET_ENV: "kort"}, {SECRET_FILE_ENV: str(tmp_path / "weg")}):
        with pytest.raises(MissingSecretError):
            load_secret(env)
    with pytest.raises(ValueError):
        Pseudonymiser(b"kort")


def test_a_rotated_key_file_gives_new_pseudonyms(tmp_path):
    keyfile = tmp_path / "sleutel"
    first = write_secret_file(keyfile)
    assert (keyfile.stat().st_mode & 0o777) == 0o600
    env = {SECRET_FILE_ENV: str(keyfile)}
    before = Pseudonymiser.from_env(env=env).pseudonym("jan", source="rss", dossier="d", when=NOW)
    assert write_secret_file(keyfile) != first
    after = Pseudonymiser.from_env(env=env).pseudonym("jan", source="rss", dossier="d", when=NOW)
    assert before != after


@pytest.mark.parametrize(
    "path",
    sorted(p for d in ("privacy", "analytics") for p in (MONITOR / d).glob("*.py"))
    + [MONITOR / "model.py"],
    ids=lambda p: p.name,
)
def test_privacy_and_analytics_stay_pure(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    mods = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    mods |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    bad = ("meedoen.web", "meedoen.cli", "django", "sqlite3", "socket", "urllib", "http")
    assert not [m for m in mods for b in bad if m == b or m.startswith(b + ".")]


# --- dossier queries ----------------------------------------------------------

ORG = OrganisationData(
    name="Gemeente Voorbeeld",
    officials=[Official(name="Petra Kuipers", role="burgemeester", handle="@BurgKuipers")],
    press_handles=["@GemVoorbeeld"],
)


@pytest.mark.parametrize(
    "term",
    [
        "Jan Jansen",
        "jan jansen",
        "#JanJansen",
        "mevrouw Bakker",
        "dhr. J. de Vries",
        "Fatima de Groot",
        "@jan_1987",
        "stikstof @buurman",
        "Chris Jansen",
    ],
)
def test_a_query_on_a_private_person_is_refused(term):
    reasons = check_query(Query(keywords=(term,)), ORG)
    assert reasons and ("persoon" in reasons[0] or "account" in reasons[0])


@pytest.mark.parametrize(
    "term",
    [
        "stikstof",
        "#stikstof",
        "woningbouw Utrecht",
        "Mark Rutte",
        "Fleur Agema",
        "@FleurAgemaPVV",
        "VVD",
        "Ministerie van Financiën",
        "Petra Kuipers",
        "@BurgKuipers",
        "@gemvoorbeeld",
        "mevrouw Agema",
        "Gemeente Voorbeeld",
        "Anne Frank Huis",
        "Johan Cruijff Arena",
    ],
)
def test_topics_and_listed_officials_are_allowed(term):
    assert check_query(Query(keywords=(term,)), ORG) == []


def test_an_official_of_another_organisation_is_not_allowed_by_default():
    assert check_term("Petra Kuipers", allow_list()) is not None
    assert check_term("Petra Kuipers", allow_list(ORG)) is None


def test_query_shape_checks():
    assert check_query(Query(), ORG) == ["De zoekvraag heeft geen trefwoorden of hashtags."]
    assert "taalcode" in check_query(Query(keywords=("x",), languages=("NL",)))[0]
    assert check_query(Query(hashtags=("stikstof",), exclusions=("Jan Jansen",))) == []


def dossier(**changes) -> DossierSettings:
    base = dict(
        id="stikstof",
        name="Stikstof",
        owner="Team communicatie",
        purpose="Signaleren wat er leeft",
        legal_basis="AVG art. 6 lid 1 sub e; publieke taak voorlichting",
        end_date=date(2026, 12, 31),
        query=Query(keywords=("stikstof",)),
        sources=("rss",),
    )
    return DossierSettings(**(base | changes))


@pytest.mark.parametrize(
    ("changes", "now", "active"),
    [
        ({}, NOW, True),
        ({}, datetime(2026, 12, 31, 22, 59, tzinfo=UTC), True),  # 23:59 local on the end date
        ({}, datetime(2026, 12, 31, 23, 0, tzinfo=UTC), False),  # 1 January local
        ({"start_date": date(2026, 12, 1)}, NOW, False),
        ({"ended_at": NOW - timedelta(hours=1)}, NOW, False),
        ({"ended_at": NOW + timedelta(hours=1)}, NOW, True),
        ({"purpose": " "}, NOW, False),
        ({"legal_basis": ""}, NOW, False),
        ({"owner": ""}, NOW, False),
        ({"end_date": None}, NOW, False),
        ({"k": 1}, NOW, False),
    ],
)
def test_only_an_active_complete_dossier_collects(changes, now, active):
    assert is_active(dossier(**changes), now) is active


def test_check_dossier_explains_in_dutch():
    reasons = check_dossier(dossier(purpose="", end_date=None))
    assert "Het dossier heeft geen een doel." not in reasons
    assert any("doel" in r for r in reasons) and any("einddatum" in r for r in reasons)


# --- k-anonymity gate ---------------------------------------------------------


@settings(max_examples=200)
@given(st.lists(st.sampled_from("abcdefgh") | st.just(""), max_size=30), st.integers(2, 8))
def test_k_gate_never_shows_examples_below_k(authors, k):
    posts = [post(i, a, likes=i % 3) for i, a in enumerate(authors)]
    result = kanon.gate(posts, k=k)
    n = len({a for a in authors if a})
    assert result.distinct_authors == n
    if n < k:
        assert not result.shown and str(k) in result.reason
    else:
        assert result.shown and len(result.posts) <= kanon.LIMIT
        assert len({p.author for p in result.posts}) == len(result.posts)


def test_k_gate_picks_the_most_engaged_post_per_author():
    posts = [post(i, f"a{i % 5}", likes=i) for i in range(10)]
    shown = kanon.gate(posts, k=5, limit=2).posts
    assert [p.id for p in shown] == ["9", "8"]
    with pytest.raises(ValueError):
        kanon.gate(posts, k=1)


# --- retention ----------------------------------------------------------------

ages = st.integers(0, 90 * 24 * 3600)


@given(st.lists(st.tuples(ages, st.booleans()), max_size=40), st.integers(1, 60))
def test_retention_never_deletes_inside_the_window(rows, days):
    table = [
        retention.Row(str(i), NOW - timedelta(days=400), NOW - timedelta(seconds=age))
        for i, (age, _) in enumerate(rows)
    ]
    deleted = {str(i) for i, (_, gone) in enumerate(rows) if gone}
    out = retention.due_for_deletion(table, NOW, days=days, deleted_ids=deleted)
    by_id = {d.id: d.reason for d in out}
    for i, (age, gone) in enumerate(rows):
        if gone:
            assert by_id[str(i)] == retention.PLATFORM
        elif age <= days * 24 * 3600:
            assert str(i) not in by_id
        else:
            assert by_id[str(i)] == retention.RETENTION


def test_retention_clock_and_naive_timestamps():
    row = retention.Row("1", NOW - timedelta(days=40), NOW - timedelta(days=2))
    assert retention.due_for_deletion([row], NOW) == []
    assert retention.due_for_deletion([row], NOW, clock="published")[0].reason == "bewaartermijn"
    assert retention.due_for_deletion([retention.Row("2", NOW - timedelta(days=31))], NOW)
    with pytest.raises(ValueError):
        retention.due_for_deletion([retention.Row("3", datetime(2026, 1, 1))], NOW)


@given(st.lists(st.tuples(st.integers(0, 72 * 60), st.sampled_from("abc")), max_size=50))
def test_hourly_aggregates_keep_counts_and_no_pseudonyms(rows):
    posts = [
        Post(str(i), "rss", "", NOW + timedelta(minutes=m), "nl", "t", f"auteur-{a}", {}, None, "d")
        for i, (m, a) in enumerate(rows)
    ]
    aggs = retention.fold_hourly(posts, sentiment=lambda p: "neutraal")
    assert sum(a.posts for a in aggs) == len(posts)
    assert all(a.hour.minute == 0 and a.authors <= min(a.posts, 3) for a in aggs)
    assert all(sum(a.sentiment.values()) == a.posts for a in aggs)
    assert "auteur-" not in repr(aggs)


# --- DPIA ---------------------------------------------------------------------


def test_dpia_contains_every_setting():
    d = dossier(
        query=Query(
            ("stikstof", "piekbelasting"), ("boerenprotest",), ("mestfraude",), ("nl", "en")
        ),
        sources=("rss", "bluesky"),
        retention_days=21,
        k=7,
        pseudonym_period="month",
        start_date=date(2026, 11, 1),
        sensitivity="hoog",
    )
    text = dpia.render(d, today=date(2026, 11, 28))
    for value in (
        d.name,
        d.id,
        d.owner,
        d.purpose,
        d.legal_basis,
        "2026-12-31",
        "2026-11-01",
        "hoog",
        "stikstof",
        "piekbelasting",
        "#boerenprotest",
        "mestfraude",
        "`en`",
        "bluesky",
        "21 dagen",
        "minstens 7",
        "maand",
        "HMAC-SHA256",
        "nepaccounts",
        "besloten groepen",
        "profielen",
        "NCTV",
        "Algoritmeregister",
        "2026-11-28",
    ):
        assert value in text, value
    assert dpia.render(dossier(end_date=None)).count("geen (niet toegestaan)") == 2
