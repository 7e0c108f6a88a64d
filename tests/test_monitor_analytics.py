# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Monitoring analytics: representativeness, emerging terms, volume, alerts, strategy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meedoen.monitor.analytics import alerts, representativeness, strategy, terms, volume
from meedoen.monitor.analytics.representativeness import gini, top_share
from meedoen.monitor.model import Post

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday


def post(i: int, author: str, text: str, when: datetime = T0, source: str = "bluesky") -> Post:
    return Post(str(i), source, f"https://x/{i}", when, "nl", text, author, {}, None, "stikstof")


# --- representativeness -------------------------------------------------------


@given(st.lists(st.integers(0, 10_000), max_size=200))
def test_gini_is_in_unit_interval(counts):
    assert 0.0 <= gini(counts) <= 1.0


@given(st.integers(1, 1000), st.integers(1, 200))
def test_gini_is_zero_for_equal_counts(value, n):
    assert gini([value] * n) == pytest.approx(0.0, abs=1e-12)


@given(st.integers(2, 200))
def test_gini_approaches_one_when_one_author_dominates(n):
    counts = [10**9] + [1] * (n - 1)
    assert gini(counts) == pytest.approx((n - 1) / n, rel=1e-6)
    assert gini(counts) > gini([2] + [1] * (n - 1))


@pytest.mark.parametrize(
    ("counts", "g", "share"),
    [
        ([1, 3], 0.25, 0.75),
        ([], 0.0, 0.0),
        ([5], 0.0, 1.0),
        ([1] * 10, 0.0, 0.1),
        ([10] + [1] * 19, None, 11 / 29),
    ],
)
def test_gini_and_top_share_table(counts, g, share):
    if g is not None:
        assert gini(counts) == pytest.approx(g)
    assert top_share(counts) == pytest.approx(share)


@pytest.mark.parametrize(
    ("authors", "level", "phrase"),
    [
        (["a", "b", "a"], "te-weinig", "maar 2 verschillende auteurs"),
        (["x"] * 100 + [f"a{i}" for i in range(30)], "geconcentreerd", "de luidsten worden"),
        ([f"a{i % 25}" for i in range(60)] + ["a0"] * 20 + ["a1"] * 20, "ongelijk", "een deel"),
        ([f"a{i}" for i in range(40)], "gespreid", "redelijk gespreid"),
    ],
)
def test_caveat_by_thresholds(authors, level, phrase):
    rep = representativeness.representativeness(authors)
    assert rep.level == level and phrase in rep.caveat
    assert "geen representatieve afspiegeling" in rep.caveat


def test_posts_without_author_count_as_posts_only():
    rep = representativeness.representativeness(["a", "", ""])
    assert (rep.posts, rep.authors) == (3, 1)


# --- terms --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "RT @JanJ: De #Stikstof-regels zijn absurd https://x.nl/a",
            ["#stikstof-regels", "absurd"],
        ),
        ("Het is 2024 en we zijn er nog", []),
        ("Boeren BOEREN boeren!", ["boeren", "boeren", "boeren"]),
    ],
)
def test_tokenise(text, tokens):
    assert terms.tokenise(text) == tokens


def test_an_emerging_term_said_by_many_wins():
    baseline = [post(i, f"b{i}", "stikstof en boeren vandaag") for i in range(40)]
    current = [post(i, f"c{i}", "stikstof piekbelasting uitkoopregeling") for i in range(12)]
    found = terms.emerging(current, baseline)
    assert [t.term for t in found[:2]] == ["piekbelasting", "uitkoopregeling"]
    assert found[0].count == 12 and found[0].baseline_count == 0 and found[0].authors == 12
    assert "stikstof" not in [t.term for t in found]


@given(st.integers(5, 200), st.integers(2, 6))
def test_one_loud_account_cannot_create_a_trend(n, min_authors):
    current = [post(i, "luid", "complot complot vaccin") for i in range(n)]
    current += [post(1000 + i, f"a{i}", "gewoon weer") for i in range(min_authors - 1)]
    found = terms.emerging(current, [], min_count=2, min_authors=min_authors)
    assert all(t.authors >= min_authors for t in found)
    assert "complot" not in [t.term for t in found]


# --- volume -------------------------------------------------------------------


def test_volume_fills_gaps_and_shares_sentiment():
    posts = [post(1, "a", "x"), post(2, "b", "x"), post(3, "a", "x", T0 + timedelta(days=2))]
    label = {"1": "negatief", "2": "positief", "3": None}
    series = volume.volume(posts, "day", sentiment=lambda p: label[p.id], dossier="stikstof")
    assert [p.posts for p in series.points] == [2, 0, 1]
    first = series.points[0]
    assert first.share("negatief") == 0.5 and series.points[2].share("negatief") == 0.0
    assert first.start.isoformat() == "2026-11-23T00:00:00+01:00"
    assert "te weinig" in first.caveat and series.representativeness.authors == 2


@pytest.mark.parametrize(
    ("ts", "size", "start"),
    [
        (datetime(2026, 11, 28, 23, 30, tzinfo=UTC), "day", "2026-11-29T00:00:00+01:00"),
        (datetime(2026, 11, 29, 23, 30, tzinfo=UTC), "week", "2026-11-30T00:00:00+01:00"),
        (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), "hour", "2026-10-25T02:00:00+02:00"),
        (datetime(2026, 10, 25, 1, 30, tzinfo=UTC), "hour", "2026-10-25T02:00:00+01:00"),
        (datetime(2026, 3, 29, 1, 30, tzinfo=UTC), "hour", "2026-03-29T03:00:00+02:00"),
    ],
)
def test_buckets_are_dutch_local_time(ts, size, start):
    assert volume.bucket_start(ts, size).isoformat() == start


@given(st.lists(st.integers(0, 24 * 14), max_size=60), st.sampled_from(["hour", "day", "week"]))
def test_volume_keeps_every_post_and_has_no_gaps(hours, size):
    start = datetime(2026, 10, 20, tzinfo=UTC)  # spans the autumn clock change
    posts = [post(i, f"a{h % 7}", "x", start + timedelta(hours=h)) for i, h in enumerate(hours)]
    series = volume.volume(posts, size)
    assert sum(p.posts for p in series.points) == len(posts)
    stamps = [p.start.timestamp() for p in series.points]
    assert stamps == sorted(set(stamps))
    for a, b in zip(series.points, series.points[1:], strict=False):
        assert volume.next_bucket(a.start, size).timestamp() == b.start.timestamp()


# --- alerts -------------------------------------------------------------------


def test_alert_is_explained_in_dutch():
    baseline = [post(i, f"b{i}", "stikstof boeren") for i in range(30)]
    spike = [post(i, f"s{i % 20}", "stikstof uitkoopregeling boeren") for i in range(40)]
    spike += [post(100 + i, "luid", "vaccin", source="mastodon") for i in range(10)]
    alert = alerts.explain(
        spike, baseline, dossier="stikstof", start=T0, end=T0 + timedelta(hours=1), expected=8
    )
    assert alert.posts == 50 and alert.distinct_authors == 21
    assert alert.top_author_share == pytest.approx(0.2) and not alert.few_accounts
    assert alert.top_terms[0] == "uitkoopregeling" and "vaccin" not in alert.top_terms
    assert alert.sources == (("bluesky", 40), ("mastodon", 10))
    for part in (
        "Piek in dossier stikstof op 23-11-2026 10:00–11:00",
        "50 berichten",
        "gewoonlijk ongeveer 8",
        "21 verschillende auteurs",
        "20%",
        "uitkoopregeling",
        "bluesky 80%",
    ):
        assert part in alert.summary, part


def test_an_alert_carried_by_few_accounts_says_so():
    spike = [post(i, "luid" if i < 8 else f"a{i}", "ophef") for i in range(10)]
    alert = alerts.explain(spike, [])
    assert alert.few_accounts and "klein aantal accounts" in alert.summary
    assert "Minder dan 5 auteurs" in alert.summary
    assert alerts.explain([], []).posts == 0


# --- strategy -----------------------------------------------------------------

S = strategy.Signals


@pytest.mark.parametrize(
    ("sensitivity", "signals", "approach", "phrase"),
    [
        ("hoog", S(), "passief-luisteren", "gevoelig dossier"),
        ("hoog", S(claim_share=0.5), "passief-luisteren", "deskundig weerwoord"),
        ("midden", S(), "interactief-met-afstemming", "stem eerst af"),
        ("midden", S(volume_ratio=4.0), "passief-luisteren", "4,0 keer"),
        ("laag", S(), "interactief-meedoen", "Weinig gevoelig"),
        ("laag", S(negative_share=0.7), "interactief-met-afstemming", "70% van de berichten"),
        ("laag", S(claim_share=0.25), "interactief-met-afstemming", "deskundig weerwoord"),
        ("laag", S(distinct_authors=4), "interactief-meedoen", "maar 4 verschillende"),
        ("onbekend", S(), "interactief-met-afstemming", "stem eerst af"),
    ],
)
def test_strategy_table(sensitivity, signals, approach, phrase):
    result = strategy.recommend(sensitivity, signals, dossier="stikstof")
    assert result.approach == approach and phrase in result.reason
    assert result.dossier == "stikstof"
