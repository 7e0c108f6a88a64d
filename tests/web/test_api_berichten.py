# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Official posts over the API: the same visibility and workflow rules as the pages."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.cache import cache
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from meedoen.web.audit.models import AuditEvent
from meedoen.web.official import services
from meedoen.web.official.models import OfficialAccount, OfficialPost

from .test_official_support import GREEN, RED, build_team, new_post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def team(org, make_member):
    return build_team(org, make_member)


def api(member) -> APIClient:
    c = APIClient()
    c.credentials(
        HTTP_AUTHORIZATION="Token " + Token.objects.get_or_create(user=member.user)[0].key
    )
    return c


def act(member, post, body):
    return api(member).post(
        f"/api/v1/berichten/{post.pk}/transities",
        data=json.dumps(body),
        content_type="application/json",
    )


def test_anonymous_gets_401_problem(client, team):
    post = new_post(team)
    for url in ("/api/v1/berichten", f"/api/v1/berichten/{post.pk}", "/api/v1/archief"):
        response = client.get(url)
        assert response.status_code == 401
        assert response["Content-Type"] == "application/problem+json"
        assert response["API-Version"] == "1.0.0"


@pytest.mark.parametrize(
    "state,role,status",
    [
        ("concept", "author", 200),
        ("concept", "coeditor", 200),
        ("concept", "reviewer", 404),
        ("concept", "outsider", 404),
        ("concept", "management", 404),
        ("concept", "beheerder", 404),
        ("concept", "foreign_reviewer", 404),
        ("in_review", "reviewer", 200),
        ("in_review", "outsider", 404),
        ("in_review", "management", 404),
        ("gepubliceerd", "management", 200),
        ("gepubliceerd", "outsider", 404),
        ("gepubliceerd", "foreign_reviewer", 404),
        ("gearchiveerd", "beheerder", 200),
    ],
)
def test_visibility_per_role_and_object_matches_the_pages(team, state, role, status):
    post = new_post(team, state)
    member = getattr(team, role)
    response = api(member).get(f"/api/v1/berichten/{post.pk}")
    assert response.status_code == status
    listed = {p["id"] for p in api(member).get("/api/v1/berichten").json()}
    assert (post.pk in listed) is (status == 200)
    if status == 404:
        assert response["Content-Type"] == "application/problem+json"


def test_detail_has_assessment_reviews_and_allowed_actions(team):
    post = new_post(team, "in_review")
    data = api(team.reviewer).get(f"/api/v1/berichten/{post.pk}").json()
    assert data["state"] == "in_review" and data["text"] == RED
    assert data["assessment"]["level"] == "rood"
    assert data["allowed_actions"] == services.allowed_actions(post, team.reviewer)
    assert "goedkeuren" in data["allowed_actions"]


def test_status_filter_and_bad_ids(team):
    new_post(team, "concept")
    new_post(team, "getoetst")
    c = api(team.author)
    assert [p["state"] for p in c.get("/api/v1/berichten?status=getoetst").json()] == ["getoetst"]
    bad = c.get("/api/v1/berichten?status=klaar")
    assert bad.status_code == 400 and bad.json()["invalidParams"][0]["name"] == "status"
    assert c.get("/api/v1/berichten/abc").status_code == 400
    assert c.get("/api/v1/berichten/999999").status_code == 404


def test_editor_creates_a_checked_concept(team):
    response = api(team.author).post(
        "/api/v1/berichten",
        data=json.dumps({"account": team.account.pk, "text": RED}),
        content_type="application/json",
    )
    assert response.status_code == 201
    post = OfficialPost.objects.get()
    assert response["Location"] == f"/api/v1/berichten/{post.pk}"
    data = response.json()
    assert data["id"] == post.pk and data["level"] == "rood" and data["state"] == post.state
    assert post.author == team.author
    assert AuditEvent.objects.filter(action="official.post.created").count() == 1


@pytest.mark.parametrize("role", ["outsider", "reviewer", "management", "beheerder"])
def test_non_editors_cannot_create(team, role):
    response = api(getattr(team, role)).post(
        "/api/v1/berichten",
        data=json.dumps({"account": team.account.pk, "text": GREEN}),
        content_type="application/json",
    )
    assert response.status_code == 403
    assert response["Content-Type"] == "application/problem+json"
    assert not OfficialPost.objects.exists()


def test_create_lists_every_bad_field_and_hides_other_organisations(team):
    foreign = OfficialAccount.objects.create(organisation=team.other_org, name="@anders")
    c = api(team.author)
    response = c.post(
        "/api/v1/berichten",
        data=json.dumps({"account": foreign.pk, "text": "", "dossier": 123456}),
        content_type="application/json",
    )
    assert response.status_code == 400
    names = {p["name"] for p in response.json()["invalidParams"]}
    assert names == {"account", "text", "dossier"}
    missing = c.post("/api/v1/berichten", data="{}", content_type="application/json")
    assert {p["name"] for p in missing.json()["invalidParams"]} == {"account", "text"}
    assert not OfficialPost.objects.exists()


def test_review_flow_through_the_api_is_audited(team):
    post = new_post(team, "concept")
    assert act(team.author, post, {"actie": "toetsen"}).json()["state"] == "getoetst"
    assert act(team.author, post, {"actie": "review_aanvragen"}).json()["state"] == "in_review"
    own = act(team.coeditor, post, {"actie": "goedkeuren"})
    assert own.status_code == 403  # editors are not reviewers
    done = act(team.reviewer, post, {"actie": "goedkeuren"})
    assert done.status_code == 200 and done.json()["state"] == "goedgekeurd"
    published = act(team.author, post, {"actie": "publiceren", "url": "https://x.com/t/status/9"})
    assert published.json()["state"] == "gepubliceerd"
    assert published.json()["final_text"] == RED
    actions = AuditEvent.objects.filter(action="official.post.transitioned").count()
    assert actions == 4
    assert AuditEvent.objects.filter(action="official.review.recorded").count() == 1


@pytest.mark.parametrize(
    "state,role,body,status,field",
    [
        ("concept", "author", {"actie": "publiceren", "url": "https://x.nl/1"}, 409, None),
        ("concept", "author", {"actie": "opblazen"}, 400, "actie"),
        ("concept", "author", {}, 400, "actie"),
        ("concept", "author", {"actie": "herzien"}, 400, "text"),
        ("in_review", "reviewer", {"actie": "afwijzen"}, 400, "reason"),
        ("goedgekeurd", "author", {"actie": "publiceren", "url": "ftp://x"}, 400, "url"),
        (
            "goedgekeurd",
            "author",
            {"actie": "publiceren", "url": "https://x.nl", "published_at": "gisteren"},
            400,
            "published_at",
        ),
        ("in_review", "author", {"actie": "goedkeuren"}, 403, None),
        ("gepubliceerd", "management", {"actie": "archiveren"}, 403, None),
        ("concept", "outsider", {"actie": "toetsen"}, 404, None),
        ("in_review", "foreign_reviewer", {"actie": "goedkeuren"}, 404, None),
    ],
)
def test_refused_transitions(team, state, role, body, status, field):
    post = new_post(team, state)
    before = AuditEvent.objects.count()
    response = act(getattr(team, role), post, body)
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    if field:
        assert field in {p["name"] for p in response.json()["invalidParams"]}
    post.refresh_from_db()
    assert post.state == state
    assert AuditEvent.objects.count() == before


def test_herzien_with_text_and_dossier(team, org):
    post = new_post(team, "getoetst")
    dossier = org.dossiers.first()
    data = act(team.author, post, {"actie": "herzien", "text": GREEN, "dossier": dossier.pk}).json()
    assert data["state"] == "concept" and data["text"] == GREEN and data["dossier"] == dossier.name
    assert data["assessment"] is None


def test_session_posts_need_csrf(team):
    c = Client(enforce_csrf_checks=True)
    c.force_login(team.author.user)
    response = c.post(
        "/api/v1/berichten",
        data=json.dumps({"account": team.account.pk, "text": GREEN}),
        content_type="application/json",
    )
    assert response.status_code == 403
    assert response.json()["code"] == "csrfFailed"
    assert not OfficialPost.objects.exists()


def test_archive_export_json_and_csv_for_management(team):
    post = new_post(team, "gepubliceerd")
    new_post(team, "concept")
    c = api(team.management)
    data = c.get("/api/v1/archief?formaat=json").json()
    assert [p["id"] for p in data["posts"]] == [post.pk] and data["count"] == 1
    response = c.get("/api/v1/archief?formaat=csv&q=BSN")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["API-Version"] == "1.0.0"
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "id" and rows[1][0] == str(post.pk)
    assert AuditEvent.objects.filter(action="official.archive.exported").count() == 2


def test_archive_search_and_rights(team):
    new_post(team, "gepubliceerd")
    assert api(team.beheerder).get("/api/v1/archief?q=vuilnis").json()["count"] == 0
    assert api(team.outsider).get("/api/v1/archief").status_code == 403
    assert api(team.foreign_reviewer).get("/api/v1/archief").status_code == 403
    bad = api(team.management).get("/api/v1/archief?formaat=xml&q=" + "x" * 201)
    assert bad.status_code == 400
    assert {p["name"] for p in bad.json()["invalidParams"]} == {"formaat", "q"}


def test_member_without_organisation_is_403(db, django_user_model):
    user = django_user_model.objects.create_user(username="los", password="x-y-z-123456")
    c = APIClient()
    c.credentials(HTTP_AUTHORIZATION="Token " + Token.objects.create(user=user).key)
    response = c.get("/api/v1/berichten")
    assert response.status_code == 403
    assert "organisatie" in response.json()["detail"]
