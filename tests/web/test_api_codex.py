# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""GET /api/v1/regels and /regelpakketten: built-in for everyone, the organisation's for members."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from meedoen.core.codex import builtin_codex
from meedoen.core.codex.loader import builtin_packs
from meedoen.web.accounts.models import Role
from meedoen.web.demo.loader import demo_pack_yaml
from meedoen.web.organisation.models import Organisation, RulePackVersion

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    cache.clear()
    yield
    cache.clear()


def as_member(member) -> APIClient:
    c = APIClient()
    c.credentials(
        HTTP_AUTHORIZATION="Token " + Token.objects.get_or_create(user=member.user)[0].key
    )
    return c


def rule_ids(response) -> set[str]:
    assert response.status_code == 200, response.content
    return {r["id"] for r in response.json()["rules"]}


def test_anonymous_sees_the_builtin_codex(client, org):
    ids = rule_ids(client.get("/api/v1/regels"))
    assert ids == {r.id for r in builtin_codex().all_rules()}
    assert not any(i.startswith("voorbeeldstad.") for i in ids)


def test_member_sees_the_organisation_rules_too(org, make_member):
    data = as_member(make_member()).get("/api/v1/regels").json()
    assert "gemeente-voorbeeldstad" in data["codex_version"]
    assert "voorbeeldstad.pers.v1" in {r["id"] for r in data["rules"]}


@pytest.mark.parametrize(
    "query,present,absent",
    [
        ("categorie=pers", None, None),
        ("datum=2015-06-01", "aw-historisch", "aw2017"),
        ("datum=2026-01-01", "aw2017", "aw-historisch"),
        ("pakket=privacy", "privacy", "aw2017"),
    ],
)
def test_filters(client, query, present, absent):
    response = client.get(f"/api/v1/regels?{query}")
    rules = response.json()["rules"]
    assert rules
    packs = {r["pack"] for r in rules}
    if present:
        assert present in packs
    if absent:
        assert absent not in packs
    if query.startswith("categorie"):
        assert all("pers" in r["categories"] for r in rules)
    if query.startswith("datum"):
        assert response.json()["on"] == query.split("=")[1]


def test_bad_filters_list_every_error(client):
    response = client.get("/api/v1/regels?categorie=roddel&datum=31-12-2026")
    assert response.status_code == 400
    names = {p["name"] for p in response.json()["invalidParams"]}
    assert names == {"categorie", "datum"}


def test_one_rule_has_text_and_source(client):
    rule = builtin_codex().all_rules()[0]
    data = client.get(f"/api/v1/regels/{rule.id}").json()
    assert data["id"] == rule.id
    assert data["text"] == rule.text
    assert data["source"]["name"] == rule.source.name


def test_organisation_rule_is_not_visible_anonymously(client, org, make_member):
    assert client.get("/api/v1/regels/voorbeeldstad.pers.v1").status_code == 404
    assert as_member(make_member()).get("/api/v1/regels/voorbeeldstad.pers.v1").status_code == 200


def _other_org_version() -> RulePackVersion:
    other = Organisation.objects.create(slug="andere", name="Gemeente Anders")
    return RulePackVersion.objects.create(
        organisation=other,
        version="9.9",
        yaml=demo_pack_yaml(),
        in_force_from="2025-01-01",
        adopted_at=timezone.now(),
    )


def test_packs_anonymous_are_builtin_only(client, org):
    data = client.get("/api/v1/regelpakketten").json()
    assert {p["id"] for p in data} == {p.id for p in builtin_packs()}


def test_member_sees_own_versions_not_other_organisations(org, make_member):
    foreign = _other_org_version()
    c = as_member(make_member())
    own = [p for p in c.get("/api/v1/regelpakketten").json() if p["kind"] == "organisation"]
    assert len(own) == 1 and own[0]["active"] and own[0]["rule_count"] > 0
    detail = c.get(f"/api/v1/regelpakketten/{own[0]['id']}").json()
    assert "voorbeeldstad.pers.v1" in {r["id"] for r in detail["rules"]}
    assert c.get(f"/api/v1/regelpakketten/organisatie-{foreign.pk}").status_code == 404


@pytest.mark.parametrize("role,sees_draft", [(Role.MEDEWERKER, False), (Role.BEHEERDER, True)])
def test_drafts_only_for_beheerder(org, make_member, role, sees_draft):
    draft = RulePackVersion.objects.create(
        organisation=org, version="concept-2", yaml=demo_pack_yaml(), in_force_from="2027-01-01"
    )
    c = as_member(make_member(role))
    ids = {p["id"] for p in c.get("/api/v1/regelpakketten").json()}
    assert (f"organisatie-{draft.pk}" in ids) is sees_draft
    status = c.get(f"/api/v1/regelpakketten/organisatie-{draft.pk}").status_code
    assert status == (200 if sees_draft else 404)


def test_builtin_pack_detail(client):
    pack = builtin_packs()[0]
    data = client.get(f"/api/v1/regelpakketten/{pack.id}").json()
    assert data["id"] == pack.id and len(data["rules"]) == len(pack.rules)
    assert client.get("/api/v1/regelpakketten/bestaat-niet").status_code == 404
