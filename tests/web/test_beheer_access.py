# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Who may open the beheer pages: only beheerders, only for their own organisation."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from meedoen.web.accounts.models import Role
from meedoen.web.organisation.models import (
    Dossier,
    ElectionDate,
    FunctionalMailbox,
    Organisation,
    PublicHandle,
)

pytestmark = pytest.mark.django_db


def _pages(org) -> list[str]:
    version = org.rule_packs.first()
    dossier = org.dossiers.first()
    return [
        reverse("beheer:index"),
        reverse("beheer:rulepack"),
        reverse("beheer:rulepack_new"),
        reverse("beheer:rulepack_detail", args=[version.pk]),
        reverse("beheer:rulepack_preview", args=[version.pk]),
        reverse("beheer:rulepack_diff") + f"?a={version.pk}&b={version.pk}",
        reverse("beheer:rulepack_export"),
        reverse("beheer:rulepack_version_export", args=[version.pk]),
        reverse("beheer:dossiers"),
        reverse("beheer:dossiers_new"),
        reverse("beheer:dossiers_edit", args=[dossier.pk]),
        reverse("beheer:dossiers_delete", args=[dossier.pk]),
        reverse("beheer:verkiezingen"),
        reverse("beheer:mailboxen"),
        reverse("beheer:accounts"),
        reverse("beheer:members"),
        reverse("beheer:member_new"),
    ]


@pytest.mark.parametrize(
    "role,status",
    [
        (Role.MEDEWERKER, 403),
        (Role.COMMUNICATIEADVISEUR, 403),
        (Role.MANAGEMENT, 403),
        (Role.BEHEERDER, 200),
    ],
)
def test_only_beheerders_open_every_page(org, make_member, client_for, role, status):
    c = client_for(make_member(role))
    for url in _pages(org):
        assert c.get(url).status_code == status, url


def test_anonymous_visitors_are_sent_to_sign_in(org, client):
    for url in _pages(org):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("accounts:login"))


def test_a_user_without_organisation_is_refused(org, django_user_model):
    user = django_user_model.objects.create_user(username="los", password="x-y-z-123456")
    c = Client()
    c.force_login(user)
    assert c.get(reverse("beheer:index")).status_code == 403


@pytest.fixture
def other_org_beheerder(make_member):
    other = Organisation.objects.create(slug="andere", name="Andere gemeente", kind="gemeente")
    return make_member(Role.BEHEERDER, organisation=other)


@pytest.mark.parametrize(
    "name,factory",
    [
        ("dossiers", lambda o: Dossier.objects.create(organisation=o, name="Geheim dossier")),
        (
            "verkiezingen",
            lambda o: ElectionDate.objects.create(
                organisation=o, name="Geheime verkiezing", date=date(2030, 1, 1)
            ),
        ),
        (
            "mailboxen",
            lambda o: FunctionalMailbox.objects.create(organisation=o, address="pers@test.example"),
        ),
        (
            "accounts",
            lambda o: PublicHandle.objects.create(organisation=o, kind="pers", handle="@k"),
        ),
    ],
)
def test_another_organisations_rows_are_404(org, other_org_beheerder, client_for, name, factory):
    obj = factory(org)
    c = client_for(other_org_beheerder)
    assert c.get(reverse(f"beheer:{name}_edit", args=[obj.pk])).status_code == 404
    assert c.post(reverse(f"beheer:{name}_edit", args=[obj.pk]), {}).status_code == 404
    assert c.post(reverse(f"beheer:{name}_delete", args=[obj.pk])).status_code == 404
    assert type(obj).objects.filter(pk=obj.pk).exists()
    listing = c.get(reverse(f"beheer:{name}")).content.decode()
    assert str(obj) not in listing


def test_another_organisations_versions_and_members_are_404(
    org, make_member, other_org_beheerder, client_for
):
    version = org.rule_packs.first()
    colleague = make_member(Role.MEDEWERKER)
    c = client_for(other_org_beheerder)
    for url in (
        reverse("beheer:rulepack_detail", args=[version.pk]),
        reverse("beheer:rulepack_preview", args=[version.pk]),
        reverse("beheer:rulepack_version_export", args=[version.pk]),
        reverse("beheer:rulepack_new") + f"?basis={version.pk}",
        reverse("beheer:member_edit", args=[colleague.pk]),
    ):
        assert c.get(url).status_code == 404, url
    # the compare form only offers the own organisation's versions: no diff, no leak
    diff = c.get(reverse("beheer:rulepack_diff") + f"?a={version.pk}&b={version.pk}")
    assert diff.status_code == 200 and diff.context.get("diff") is None
    assert version.version not in diff.content.decode()
    assert c.post(reverse("beheer:rulepack_adopt", args=[version.pk]), {}).status_code == 404
    response = c.post(reverse("beheer:member_active", args=[colleague.pk]), {"active": "0"})
    assert response.status_code == 404
    colleague.user.refresh_from_db()
    assert colleague.user.is_active


def test_the_other_organisation_sees_only_its_own_members(
    org, make_member, other_org_beheerder, client_for
):
    make_member(Role.MEDEWERKER, username="alleen_hier")
    page = client_for(other_org_beheerder).get(reverse("beheer:members")).content.decode()
    assert "alleen_hier" not in page


def test_csrf_is_enforced_on_a_post(org, make_member):
    beheerder = make_member(Role.BEHEERDER)
    c = Client(enforce_csrf_checks=True)
    c.force_login(beheerder.user)
    response = c.post(reverse("beheer:dossiers_new"), {"name": "Zonder token"})
    assert response.status_code == 403
    assert not Dossier.objects.filter(name="Zonder token").exists()


def test_the_main_menu_shows_beheer_only_to_beheerders(org, make_member, client_for):
    url = reverse("beheer:index")
    assert url in client_for(make_member(Role.BEHEERDER)).get("/").content.decode()
    assert url not in client_for(make_member(Role.MEDEWERKER)).get("/").content.decode()
