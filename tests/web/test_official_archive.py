# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The archive: Dutch full-text search, filters, exports, retention, demo data."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from meedoen.web.accounts.models import Role
from meedoen.web.audit.events import verify
from meedoen.web.audit.models import AuditEvent
from meedoen.web.official import services
from meedoen.web.official.models import OfficialAccount, OfficialPost

from .test_official_support import build_team, new_post

pytestmark = pytest.mark.django_db

WIND = "De nieuwe windmolen aan de Noordweg draait sinds vandaag."
FORMULA = '=HYPERLINK("https://evil.example/","klik") bel 14 0123'


@pytest.fixture
def team(org, make_member):
    return build_team(org, make_member)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="Dutch full text needs PostgreSQL")
def test_full_text_search_finds_dutch_word_forms(team):
    post = new_post(team, "gepubliceerd", text=WIND)
    new_post(team, "gepubliceerd", text="Het zwembad is morgen gesloten.")
    plural = new_post(team, "gepubliceerd", text="Twee windmolens erbij in Zuid.")
    for query in ("windmolens", "de windmolen", "WINDMOLENS Noordweg"):
        found = set(services.search_archive(team.org, query, member=team.management))
        assert post in found, query
    found = set(services.search_archive(team.org, "windmolen", member=team.management))
    assert found == {post, plural}
    assert list(services.search_archive(team.org, "a & !b:* |", member=team.management)) == []
    assert list(services.search_archive(team.org, "fietsenstalling", member=team.management)) == []


def test_search_without_query_lists_only_published_and_archived(team):
    published = new_post(team, "gepubliceerd", text=WIND)
    archived = new_post(team, "gearchiveerd", text="Het zwembad is morgen gesloten.")
    new_post(team, "goedgekeurd")
    found = set(services.search_archive(team.org, "", member=team.management))
    assert found == {published, archived}


def test_filters_by_account_level_and_date(team):
    post = new_post(team, "gepubliceerd", text=WIND)
    today = timezone.localdate()
    org, m = team.org, team.management
    assert list(services.search_archive(org, "", {"account": team.account.pk}, member=m)) == [post]
    assert list(services.search_archive(org, "", {"level": post.level}, member=m)) == [post]
    other = "groen" if post.level != "groen" else "rood"
    assert list(services.search_archive(org, "", {"level": other}, member=m)) == []
    assert list(services.search_archive(org, "", {"date_from": today}, member=m)) == [post]
    later = {"date_from": today + timedelta(days=1)}
    assert list(services.search_archive(org, "", later, member=m)) == []


def test_archive_is_scoped_per_member(team, make_member):
    new_post(team, "gepubliceerd", text=WIND)
    # an editor of another account only sees that account's archive
    other_editor = make_member(Role.MEDEWERKER, "ander")
    other = OfficialAccount.objects.create(
        organisation=team.org, name="Intranet", channel="intranet"
    )
    other.editors.set([other_editor])
    assert list(services.search_archive(team.org, "", member=other_editor)) == []
    assert not services.can_read_archive(team.outsider)
    assert list(services.search_archive(team.org, "", member=team.foreign_reviewer)) == []


@pytest.mark.parametrize(
    "role,status", [("management", 200), ("beheerder", 200), ("author", 200), ("outsider", 403)]
)
def test_archive_page_per_role(team, client_for, role, status):
    new_post(team, "gepubliceerd", text=WIND)
    response = client_for(getattr(team, role)).get("/organisatie-accounts/archief/?q=windmolen")
    assert response.status_code == status
    if status == 200:
        body = response.content.decode()
        assert "windmolen" in body and body.count("<h1") == 1


def test_csv_export_escapes_formulas_and_is_audited(team, client_for):
    new_post(team, "gepubliceerd", text=FORMULA)
    before = AuditEvent.objects.count()
    response = client_for(team.management).get("/organisatie-accounts/archief/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    text_cell = rows[1][rows[0].index("tekst")]
    assert text_cell.startswith("'=HYPERLINK")
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert AuditEvent.objects.count() == before + 1
    event = AuditEvent.objects.order_by("-id").first()
    assert event.action == "official.archive.exported" and event.data["count"] == 1
    assert verify().ok


def test_json_export_has_assessment_reviews_and_final_text(team, client_for):
    post = new_post(team, "gearchiveerd", text=WIND)
    response = client_for(team.management).get("/organisatie-accounts/archief/export.json")
    data = json.loads(response.content)
    assert data["count"] == 1
    item = data["posts"][0]
    assert item["id"] == post.pk and item["final_text"] == WIND
    assert item["assessment"]["level"] == post.level
    assert item["reviews"][0]["decision"] == "goedgekeurd"


def test_export_needs_archive_access(team, client_for):
    response = client_for(team.outsider).get("/organisatie-accounts/archief/export.json")
    assert response.status_code == 403


def test_purge_removes_only_archived_posts_past_retention(team):
    team.account.retention_days = 30
    team.account.save()
    old = new_post(team, "gearchiveerd", text=WIND)
    recent = new_post(team, "gearchiveerd", text="Het zwembad is morgen gesloten.")
    published_old = new_post(team, "gepubliceerd", text="Nog niet gearchiveerd.")
    past = timezone.now() - timedelta(days=31)
    # publication time is part of the frozen record; tests move it through the queryset
    OfficialPost.objects.filter(pk__in=[old.pk, published_old.pk]).update(published_at=past)
    out = io.StringIO()
    call_command("purge_official_archive", "--dry-run", stdout=out)
    assert OfficialPost.objects.filter(pk=old.pk).exists()
    call_command("purge_official_archive", stdout=out)
    remaining = set(OfficialPost.objects.values_list("pk", flat=True))
    assert old.pk not in remaining and {recent.pk, published_old.pk} <= remaining
    event = AuditEvent.objects.get(action="official.archive.purged")
    assert event.data["post_ids"] == [old.pk] and event.data["count"] == 1
    assert verify().ok


def test_demo_loads_accounts_and_posts_idempotently(org, make_member):
    from meedoen.web.official import demo

    users = {
        "anna": make_member(Role.MEDEWERKER, "anna"),
        "bram": make_member(Role.MEDEWERKER, "bram"),
        "carla": make_member(Role.COMMUNICATIEADVISEUR, "carla"),
        "daan": make_member(Role.COMMUNICATIEADVISEUR, "daan"),
    }
    demo.load(org, users)
    counts = (OfficialAccount.objects.count(), OfficialPost.objects.count())
    demo.load(org, users)
    assert (OfficialAccount.objects.count(), OfficialPost.objects.count()) == counts == (2, 5)
    states = set(OfficialPost.objects.values_list("state", flat=True))
    assert {"gearchiveerd", "in_review", "afgewezen", "concept"} <= states
    rejected = OfficialPost.objects.get(state="afgewezen")
    assert rejected.reviews.get().reason
    linkedin = OfficialAccount.objects.get(channel="linkedin")
    assert linkedin.always_review and linkedin.review_tiers == 2
    assert verify().ok
