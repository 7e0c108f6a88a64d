# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The management dashboard: who may see it, what it counts, how it renders."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from meedoen.web.accounts.models import Role
from meedoen.web.dashboard import aggregates as agg
from meedoen.web.dashboard import queries
from meedoen.web.official.models import OfficialAccount, OfficialPost, Review
from meedoen.web.organisation.models import Organisation

pytestmark = pytest.mark.django_db

URL = "/dashboard/"
HOSTILE = "<script>alert('x')</script>"


def _monday(weeks_ago: int) -> datetime:
    monday = agg.weeks_back(timezone.localdate(), weeks_ago + 1)[0]
    return timezone.make_aware(datetime.combine(monday, time(9, 0)))


def _finding(category: str, rule: str) -> dict[str, str]:
    return {"category": category, "rule": rule}


def _post(account, author, state, level, created, findings=(), submitted=None, reviews=()):
    post = OfficialPost.objects.create(
        account=account,
        author=author,
        text="Geheime tekst die nooit op het dashboard mag staan",
        state=state,
        level=level,
        assessment={"level": level, "findings": list(findings)} if level else None,
        created_at=created,
        submitted_at=submitted,
    )
    for hours, decision in reviews:
        Review.objects.create(
            post=post,
            reviewer=None,
            decision=decision,
            created_at=submitted + timedelta(hours=hours),
        )
    return post


@pytest.fixture
def posts(org, make_member):
    """A known set of official posts: see the expected numbers in the tests."""
    author = make_member(Role.MEDEWERKER, username="auteur")
    a = OfficialAccount.objects.create(organisation=org, name=HOSTILE, channel="x")
    b = OfficialAccount.objects.create(organisation=org, name="Gemeente B", channel="mastodon")
    w0, w1 = _monday(0), _monday(1)
    ok, nee, wijz = "goedgekeurd", "afgewezen", "wijzigingen"
    pii = _finding("persoonsgegevens", "uavg.art46.v1")
    toon = _finding("toon", "gir.online.ambassadeur.v1")
    pol = _finding("politiek", "aw2017.art10.v1")
    _post(b, author, "gepubliceerd", "groen", w0)  # p1
    _post(a, author, "gepubliceerd", "oranje", w0, [pii, pii], w0, [(2, ok)])  # p2: 2 h
    _post(a, author, "afgewezen", "rood", w1, [pol, toon], w1, [(10, nee)])  # p3: 10 h
    _post(a, author, "goedgekeurd", "oranje", w0, [toon], w0, [(1, ok), (4, ok)])  # p4: 4 h
    _post(a, author, "concept", "", w0)  # p5: a draft, not counted per level
    _post(a, author, "in_review", "rood", w0, [pol], w0)  # p6: waiting, no turnaround
    _post(a, author, "concept", "oranje", w0, [pol], w0, [(6, wijz)])  # p7: 6 h
    _post(a, author, "gepubliceerd", "groen", _monday(20))  # p8: only in 52 weeks
    other = Organisation.objects.create(slug="elders", name="Elders", kind="gemeente")
    elsewhere = OfficialAccount.objects.create(organisation=other, name="Elders", channel="x")
    for _ in range(5):
        _post(elsewhere, None, "in_review", "rood", w0, [pol], w0, [(1, nee)])
    return {"a": a, "b": b, "elsewhere": elsewhere}


def _panel(response, key):
    return next(p for p in response.context["panels"] if p.key == key)


def _cells(panel):
    return {head: cells for head, cells in panel.table.rows}


# -- permissions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "role,status",
    [
        (Role.MEDEWERKER, 403),
        (Role.COMMUNICATIEADVISEUR, 200),
        (Role.BEHEERDER, 200),
        (Role.MANAGEMENT, 200),
    ],
)
def test_dashboard_access_per_role(make_member, client_for, role, status):
    assert client_for(make_member(role)).get(URL).status_code == status


def test_anonymous_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/account/inloggen/" in response["Location"]


def test_dashboard_is_read_only(make_member, client_for):
    c = client_for(make_member(Role.MANAGEMENT))
    assert c.post(URL, {}).status_code == 405


# -- aggregation on a known fixture ----------------------------------------------------


def test_levels_per_week_skip_drafts_and_other_organisations(posts, make_member, client_for):
    response = client_for(make_member(Role.MANAGEMENT)).get(URL, {"weeks": 4})
    assert response.status_code == 200
    rows = list(_panel(response, "niveaus").table.rows)
    assert len(rows) == 4
    # columns: groen, oranje, rood, totaal; the last row is this week
    assert rows[-1][1] == ["1", "2", "1", "4"]
    assert rows[-2][1] == ["0", "0", "1", "1"]
    assert response.context["total"] == 7 and response.context["checked"] == 5


def test_categories_count_posts_not_findings(posts, make_member, client_for):
    response = client_for(make_member(Role.BEHEERDER)).get(URL)
    assert _cells(_panel(response, "categorieen")) == {
        "politiek": ["2"],
        "toon": ["2"],
        "persoonsgegevens": ["1"],
    }


def test_top_three_categories_per_week(posts, make_member, client_for):
    response = client_for(make_member(Role.MANAGEMENT)).get(URL, {"weeks": 4})
    panel = _panel(response, "categorie-trend")
    assert panel.table.columns == ["Week", "politiek", "toon", "persoonsgegevens"]
    assert panel.table.rows[-1][1] == ["1", "1", "1"]
    assert panel.table.rows[-2][1] == ["1", "1", "0"]
    assert panel.table.rows[0][1] == ["0", "0", "0"]


def test_top_rules_carry_their_codex_title(posts, make_member, client_for):
    response = client_for(make_member(Role.MANAGEMENT)).get(URL)
    cells = _cells(_panel(response, "regels"))
    # ties ranked by rule id
    assert list(cells) == ["aw2017.art10.v1", "gir.online.ambassadeur.v1", "uavg.art46.v1"]
    assert cells["gir.online.ambassadeur.v1"] == ["Ambassadeur van je organisatie", "2"]
    assert "Ambassadeur van je organisatie" in response.content.decode()


def test_states_count_every_post_in_the_period(posts, make_member, client_for):
    response = client_for(make_member(Role.MANAGEMENT)).get(URL)
    assert _cells(_panel(response, "statussen")) == {
        "concept": ["2"],
        "getoetst": ["0"],
        "in review": ["1"],
        "goedgekeurd": ["1"],
        "afgewezen": ["1"],
        "gepubliceerd": ["2"],
        "gearchiveerd": ["0"],
    }


def test_turnaround_median_p90_and_small_weeks_suppressed(posts, make_member, client_for):
    response = client_for(make_member(Role.COMMUNICATIEADVISEUR)).get(URL, {"weeks": 4})
    rows = list(_panel(response, "doorlooptijd").table.rows)
    this_week, last_week, total = rows[-2][1], rows[-3][1], rows[-1][1]
    assert this_week == ["3", "4", "5,6"]  # 2, 4 and 6 hours
    assert last_week == ["1", "te weinig gegevens", "te weinig gegevens"]
    assert total == ["4", "5", "8,8"]  # 2, 4, 6, 10 hours


def test_period_filter_reaches_back_52_weeks(posts, make_member, client_for):
    c = client_for(make_member(Role.MANAGEMENT))
    short = c.get(URL, {"weeks": 12})
    long = c.get(URL, {"weeks": 52})
    assert len(_panel(long, "niveaus").table.rows) == 52
    assert long.context["total"] == short.context["total"] + 1


def test_account_filter_and_foreign_account_refused(posts, make_member, client_for):
    c = client_for(make_member(Role.MANAGEMENT))
    only_b = c.get(URL, {"account": posts["b"].pk})
    assert only_b.context["total"] == 1
    assert _panel(only_b, "niveaus").table.rows[-1][1] == ["1", "0", "0", "1"]
    foreign = c.get(URL, {"account": posts["elsewhere"].pk})
    assert foreign.status_code == 400
    assert foreign.context["total"] == 7  # the filter is ignored, never the other org's data


def test_query_rows_hold_no_text_or_people(posts, org):
    rows = queries.post_rows(org, _monday(3))
    assert len(rows) == 7
    for row in rows:
        assert set(row) == {
            "state",
            "level",
            "created_at",
            "submitted_at",
            "decided_at",
            "findings",
        }


# -- rendering ------------------------------------------------------------------------


def test_hostile_account_name_is_escaped_everywhere(posts, make_member, client_for):
    response = client_for(make_member(Role.MANAGEMENT)).get(URL, {"account": posts["a"].pk})
    body = response.content.decode()
    assert "<script>alert" not in body
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body
    svg_desc = body.split('<desc id="chart-levels-desc">', 1)[1].split("</desc>", 1)[0]
    assert "&lt;script&gt;" in svg_desc


def test_charts_are_accessible_svg_with_a_table_alternative(posts, make_member, client_for):
    body = client_for(make_member(Role.MANAGEMENT)).get(URL).content.decode()
    charts = ("chart-levels", "chart-categorie-trend", "chart-categorieen", "chart-regels")
    for chart in (*charts, "chart-doorlooptijd", "chart-statussen"):
        assert f'role="img" focusable="false" aria-labelledby="{chart}-title {chart}-desc"' in body
        assert f'<title id="{chart}-title">' in body
    assert body.count("<summary>Toon als tabel</summary>") == 6
    assert '<th scope="col"' in body and '<th scope="row"' in body
    assert 'style="' not in body
    assert "<script>" not in body  # only the base template's external scripts
    assert "Geheime tekst" not in body and "Auteur" not in body


def test_empty_organisation_shows_no_data_messages(make_member, client_for):
    body = client_for(make_member(Role.MANAGEMENT)).get(URL).content.decode()
    assert "Geen gegevens in deze periode." in body


@pytest.mark.parametrize(
    "params,selected",
    [({}, "12"), ({"account": ""}, "12"), ({"weeks": "52"}, "52"), ({"weeks": "4"}, "4")],
)
def test_period_selected_in_the_form_matches_the_data(make_member, client_for, params, selected):
    response = client_for(make_member(Role.MANAGEMENT)).get(URL, params)
    assert response.status_code == 200
    assert f'<option value="{selected}" selected>' in response.content.decode()
    assert len(_panel(response, "niveaus").table.rows) == int(selected)


def test_unknown_period_is_refused_with_a_message(make_member, client_for):
    response = client_for(make_member(Role.MANAGEMENT)).get(URL, {"weeks": "7"})
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()
    assert len(_panel(response, "niveaus").table.rows) == 12


def test_turnaround_chart_explains_when_every_week_is_suppressed(posts, make_member, client_for):
    c = client_for(make_member(Role.MANAGEMENT))
    body = c.get(URL, {"account": posts["a"].pk, "weeks": 4}).content.decode()
    assert "Geen week met 3 of meer besluiten" not in body  # this week has three
    Review.objects.filter(decision="wijzigingen").delete()
    body = c.get(URL, {"account": posts["a"].pk, "weeks": 4}).content.decode()
    assert "Geen week met 3 of meer besluiten in deze periode." in body


def test_query_count_does_not_grow_with_posts(posts, make_member, client_for, org):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    c = client_for(make_member(Role.MANAGEMENT))
    c.get(URL)  # warm the engine cache
    with CaptureQueriesContext(connection) as before:
        c.get(URL, {"weeks": 52})
    w0 = _monday(0)
    for _ in range(30):
        _post(
            posts["a"],
            None,
            "gepubliceerd",
            "oranje",
            w0,
            [_finding("toon", "x")],
            w0,
            [(1, "goedgekeurd")],
        )
    with CaptureQueriesContext(connection) as after:
        response = c.get(URL, {"weeks": 52})
    assert response.context["total"] == 8 + 30
    assert len(after.captured_queries) == len(before.captured_queries)


def test_percent_signs_in_account_names_are_plain_text(org, make_member, client_for):
    account = OfficialAccount.objects.create(organisation=org, name="100%s %(scope)s", channel="x")
    response = client_for(make_member(Role.MANAGEMENT)).get(URL, {"account": account.pk})
    assert response.status_code == 200
    assert "account 100%s %(scope)s (X)" in response.content.decode()
