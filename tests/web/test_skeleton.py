# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The web foundation: pages, settings, demo loader, the per-organisation engine."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.test import override_settings

from meedoen.web import engine as web_engine
from meedoen.web.accounts.models import Role
from meedoen.web.organisation.models import Dossier, PublicHandle

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url,needle",
    [
        ("/", "Vertrouwen, geen controle"),
        ("/toegankelijkheid/", "WCAG 2.1"),
        ("/privacy/", "Bewaar"),
        ("/account/inloggen/", "Wachtwoord"),
    ],
)
def test_public_pages_render_in_dutch(client, url, needle):
    response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert needle in body
    assert '<html lang="nl"' in body


def test_security_txt_has_contact_and_expiry(client):
    body = client.get("/.well-known/security.txt").content.decode()
    assert body.startswith("Contact: ")
    assert "Expires: " in body


def test_csp_forbids_inline_script(client):
    csp = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp


def test_english_is_selectable(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"}, follow=True)
    assert '<html lang="en"' in response.content.decode()


def test_production_uses_argon2_first():
    assert settings.PASSWORD_HASHERS  # test settings use a fast hasher; production must not
    from meedoen.web import settings as prod

    assert prod.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    with override_settings(PASSWORD_HASHERS=prod.PASSWORD_HASHERS):
        assert make_password("geheim-wachtwoord").startswith("argon2$")


def test_profile_requires_login(client):
    response = client.get("/account/profiel/")
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]


def test_member_profile_feeds_the_engine(make_member, client_for, org):
    m = make_member(Role.MEDEWERKER, function="beleidsmedewerker windenergie", level="beleid")
    m.dossiers.set(Dossier.objects.filter(organisation=org, name__startswith="Windenergie"))
    profile = m.profile()
    assert profile["dossiers"][0]["sensitivity"] == "hoog"
    a = web_engine.check(
        "Eerlijk gezegd vind ik het windpark in Polder Oost een slecht plan.",
        member=m,
        context={"capacity": "in-functie", "channel": "x"},
    )
    assert a.level in ("oranje", "rood")
    assert any(f.category == "eigen-dossier" for f in a.findings)


def test_engine_follows_table_edits_without_restart(org):
    text = "Vraag het even aan @wethouder_test, die weet er alles van."
    before = web_engine.engine_for(org)
    PublicHandle.objects.create(
        organisation=org,
        kind="ambtsdrager",
        name="Piet Test",
        role="wethouder",
        handle="@wethouder_test",
    )
    after = web_engine.engine_for(org)
    assert before is not after
    data = web_engine.effective_pack(org, org.active_pack()).organisation
    assert any(o.handle == "@wethouder_test" for o in data.officials)
    assert after.check(text) is not None


def test_demo_loader_is_idempotent_and_prints_fresh_passwords():
    from meedoen.web.demo.loader import load_demo

    org1, creds1 = load_demo()
    versions = org1.rule_packs.count()
    org2, creds2 = load_demo()
    assert org1.pk == org2.pk
    assert org2.rule_packs.count() == versions
    assert org1.rule_packs.filter(adopted_at__isnull=False).count() == 1
    assert {c[0].username for c in creds1} >= {"anna", "carla", "eva", "frank"}
    assert [c[1] for c in creds1] != [c[1] for c in creds2]
    assert org1.dossiers.count() == 5


def test_oidc_user_becomes_medewerker_of_the_configured_organisation(org, monkeypatch):
    from meedoen.web.accounts.oidc import MeedoenOIDCBackend

    monkeypatch.setenv("MEEDOEN_OIDC_ORGANISATION", org.slug)
    backend = MeedoenOIDCBackend.__new__(MeedoenOIDCBackend)  # no provider settings needed
    backend.UserModel = __import__(
        "django.contrib.auth", fromlist=["get_user_model"]
    ).get_user_model()
    claims = {
        "sub": "x1",
        "preferred_username": "j.devries",
        "email": "j@voorbeeld.nl",
        "given_name": "Jan",
        "family_name": "de Vries",
    }
    user = backend.create_user(claims)
    assert user.member.organisation == org and user.member.role == Role.MEDEWERKER
    assert list(backend.filter_users_by_claims(claims)) == [user]
