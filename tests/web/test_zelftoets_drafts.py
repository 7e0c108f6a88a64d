# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Saved drafts: owner only (not beheerder, management or coaches), edit, publish, delete."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.urls import reverse

from meedoen.web.accounts.models import Role
from meedoen.web.zelftoets.models import SavedDraft
from meedoen.web.zelftoets.services import run_check

pytestmark = pytest.mark.django_db

FORM = {"channel": "x", "capacity": "prive", "audience": "", "reply_to_role": "burger"}


@pytest.fixture
def owner(make_member):
    return make_member(Role.MEDEWERKER, username="auteur")


@pytest.fixture
def draft(owner):
    text = "Mijn BSN is 111222333 <script>alert(1)</script>"
    context = {"channel": "x", "capacity": "prive"}
    d = SavedDraft(owner=owner, text=text, context=context)
    d.apply_assessment(run_check(text, context, owner))
    d.save()
    return d


def test_list_shows_only_own_drafts(owner, draft, make_member, client_for):
    mine = client_for(owner).get(reverse("zelftoets:concepten")).content.decode()
    assert reverse("zelftoets:detail", args=[draft.pk]) in mine
    other = client_for(make_member(Role.BEHEERDER)).get(reverse("zelftoets:concepten"))
    assert reverse("zelftoets:detail", args=[draft.pk]) not in other.content.decode()


@pytest.mark.parametrize(
    "role", [Role.MEDEWERKER, Role.COMMUNICATIEADVISEUR, Role.BEHEERDER, Role.MANAGEMENT]
)
def test_nobody_else_sees_a_saved_draft(draft, make_member, client_for, role):
    c = client_for(make_member(role))
    assert c.get(reverse("zelftoets:detail", args=[draft.pk])).status_code == 404
    assert c.get(reverse("zelftoets:check") + f"?concept={draft.pk}").status_code == 404
    assert c.post(reverse("zelftoets:delete", args=[draft.pk])).status_code == 404
    url = reverse("zelftoets:publish", args=[draft.pk])
    assert c.post(url, {"published_url": "https://x.example/1"}).status_code == 404
    data = {**FORM, "text": "overschreven", "concept": draft.pk}
    assert c.post(reverse("zelftoets:bewaar"), data).status_code == 404
    draft.refresh_from_db()
    assert draft.text.startswith("Mijn BSN") and draft.published_at is None


def test_detail_escapes_the_draft_and_shows_the_snapshot(owner, draft, client_for):
    body = client_for(owner).get(reverse("zelftoets:detail", args=[draft.pk])).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert '<mark class="finding level-rood">' in body and "uavg.art46.v1" in body


def test_saved_draft_is_not_in_django_admin():
    assert SavedDraft not in admin.site._registry


def test_edit_and_resave_updates_the_same_draft(owner, draft, client_for):
    c = client_for(owner)
    page = c.get(reverse("zelftoets:check") + f"?concept={draft.pk}").content.decode()
    assert f'name="concept" value="{draft.pk}"' in page
    data = {**FORM, "text": "Mooie dag voor een wandeling.", "concept": draft.pk}
    response = c.post(reverse("zelftoets:bewaar"), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert SavedDraft.objects.count() == 1
    assert draft.text == "Mooie dag voor een wandeling." and draft.level == "groen"


def test_publish_then_no_more_edits(owner, draft, client_for):
    c = client_for(owner)
    url = reverse("zelftoets:publish", args=[draft.pk])
    assert c.post(url, {"published_url": "niet een url"}).status_code == 400
    assert c.post(url, {"published_url": "https://social.example/@a/1"}).status_code == 302
    draft.refresh_from_db()
    assert draft.is_published and draft.published_url == "https://social.example/@a/1"
    c.post(reverse("zelftoets:bewaar"), {**FORM, "text": "anders", "concept": draft.pk})
    draft.refresh_from_db()
    assert draft.text.startswith("Mijn BSN")


def test_delete_asks_for_confirmation_then_deletes(owner, draft, client_for):
    c = client_for(owner)
    url = reverse("zelftoets:delete", args=[draft.pk])
    page = c.get(url)
    assert page.status_code == 200 and "Ja, verwijder" in page.content.decode()
    assert SavedDraft.objects.filter(pk=draft.pk).exists()
    response = c.post(url)
    assert response.status_code == 302 and not SavedDraft.objects.filter(pk=draft.pk).exists()


@pytest.mark.parametrize("name", ["zelftoets:concepten", "zelftoets:detail", "zelftoets:delete"])
def test_draft_pages_need_sign_in(client, draft, name):
    url = reverse(name) if name.endswith("concepten") else reverse(name, args=[draft.pk])
    response = client.get(url)
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]


def test_demo_gives_anna_one_draft(org, make_member):
    from meedoen.web.zelftoets import demo

    anna = make_member(Role.MEDEWERKER, username="anna")
    demo.load(org, {"anna": anna})
    demo.load(org, {"anna": anna})
    assert SavedDraft.objects.filter(owner=anna).count() == 1
