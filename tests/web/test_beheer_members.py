# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Users and roles: create, change role, deactivate; never delete, never lock yourself out."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from meedoen.web.accounts.models import Member, Role
from meedoen.web.audit.events import verify
from meedoen.web.audit.models import AuditEvent

pytestmark = pytest.mark.django_db

NEW = {
    "username": "gijs",
    "first_name": "Gijs",
    "last_name": "de Boer",
    "email": "",
    "role": Role.COMMUNICATIEADVISEUR,
    "function": "woordvoerder",
    "level": "beleid",
}


@pytest.fixture
def eva(make_member):
    return make_member(Role.BEHEERDER, username="eva")


@pytest.fixture
def c(eva, client_for):
    return client_for(eva)


def test_create_with_a_generated_password_shown_once(org, c):
    response = c.post(reverse("beheer:member_new"), {**NEW, "password": ""})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    password = response.context["password"]
    assert len(password) >= 20 and password in response.content.decode()
    member = Member.objects.get(user__username="gijs")
    assert member.organisation == org and member.role == Role.COMMUNICATIEADVISEUR
    assert member.user.check_password(password)
    row = AuditEvent.objects.get(action="member.created")
    assert row.data == {
        "username": "gijs",
        "role": "communicatieadviseur",
        "password_generated": True,
    }
    assert password not in str(row.data)
    # the password is not shown again anywhere
    assert password not in c.get(reverse("beheer:members")).content.decode()


def test_create_with_a_chosen_password(org, c):
    response = c.post(reverse("beheer:member_new"), {**NEW, "password": "lang-en-uniek-4729"})
    assert response.status_code == 200 and response.context["password"] == ""
    user = get_user_model().objects.get(username="gijs")
    assert user.check_password("lang-en-uniek-4729")


@pytest.mark.parametrize(
    "change,error",
    [
        ({"password": "123"}, "id_password_error"),
        ({"username": "eva"}, "bestaat al"),
        ({"username": "met spatie"}, "gebruikersnaam"),
        ({"role": "god"}, "geldige keuze"),
    ],
)
def test_invalid_new_users_are_refused(org, c, change, error):
    response = c.post(reverse("beheer:member_new"), {**NEW, "password": "", **change})
    assert response.status_code == 200
    assert error in response.content.decode().lower()
    assert (
        not Member.objects.filter(user__username=change.get("username", "gijs"))
        .exclude(user__username="eva")
        .exists()
    )


def test_change_a_role_is_audited(org, c, make_member):
    anna = make_member(Role.MEDEWERKER, username="anna")
    data = {"role": Role.MANAGEMENT, "function": "teamleider", "level": "leidinggevend"}
    assert c.post(reverse("beheer:member_edit", args=[anna.pk]), data).status_code == 302
    anna.refresh_from_db()
    assert anna.role == Role.MANAGEMENT
    row = AuditEvent.objects.get(action="member.changed")
    assert "role: medewerker → management" in row.data["changes"]


def test_a_beheerder_cannot_take_away_their_own_role(org, c, eva):
    data = {"role": Role.MEDEWERKER, "function": "", "level": "uitvoering"}
    response = c.post(reverse("beheer:member_edit", args=[eva.pk]), data)
    assert response.status_code == 200
    assert "eigen rol" in response.content.decode()
    eva.refresh_from_db()
    assert eva.role == Role.BEHEERDER
    assert not AuditEvent.objects.exists()


def test_deactivate_and_reactivate_but_never_delete(org, c, make_member, client_for):
    bram = make_member(Role.MEDEWERKER, username="bram")
    bram_client = client_for(bram)
    url = reverse("beheer:member_active", args=[bram.pk])
    assert c.post(url, {"active": "0"}).status_code == 302
    bram.user.refresh_from_db()
    assert not bram.user.is_active
    # an existing session of the deactivated user no longer counts
    assert bram_client.get(reverse("accounts:profile")).status_code == 302
    assert c.post(url, {"active": "1"}).status_code == 302
    bram.user.refresh_from_db()
    assert bram.user.is_active
    rows = AuditEvent.objects.filter(action="member.activation").order_by("id")
    assert [r.data["active"] for r in rows] == [False, True]
    assert get_user_model().objects.filter(username="bram").exists()
    assert verify().ok


def test_a_beheerder_cannot_deactivate_themselves(org, c, eva):
    response = c.post(reverse("beheer:member_active", args=[eva.pk]), {"active": "0"}, follow=True)
    assert "eigen account" in response.content.decode()
    eva.user.refresh_from_db()
    assert eva.user.is_active


def test_deactivating_requires_post(org, c, make_member):
    bram = make_member(Role.MEDEWERKER, username="bram")
    assert c.get(reverse("beheer:member_active", args=[bram.pk])).status_code == 405


def test_the_list_escapes_names(org, c, make_member):
    m = make_member(Role.MEDEWERKER, username="x1")
    m.user.first_name = "<b>Bold</b>"
    m.user.save()
    page = c.get(reverse("beheer:members")).content.decode()
    assert "<b>Bold</b>" not in page and "&lt;b&gt;Bold&lt;/b&gt;" in page


def test_csrf_on_deactivate(org, eva, make_member):
    bram = make_member(Role.MEDEWERKER, username="bram")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(eva.user)
    assert (
        strict.post(reverse("beheer:member_active", args=[bram.pk]), {"active": "0"}).status_code
        == 403
    )
    bram.user.refresh_from_db()
    assert bram.user.is_active
