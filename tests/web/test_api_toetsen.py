# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""POST /api/v1/toetsen: the --jsonl contract over HTTP, all errors at once, nothing stored."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.core.cache import cache
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from meedoen.cli.check_cmd import assess_line
from meedoen.core.assessment.engine import MAX_CHARS
from meedoen.web import engine as web_engine
from meedoen.web.accounts.models import Role

pytestmark = pytest.mark.django_db

URL = "/api/v1/toetsen"
AZC = "Ik vind dat het nieuwe azc in onze gemeente er gewoon moet komen, de tegenstanders hebben ongelijk."


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    cache.clear()
    yield
    cache.clear()


def post(client: Any, body: Any, raw: bool = False, **extra: Any) -> Any:
    data = body if raw else json.dumps(body)
    return client.post(URL, data=data, content_type="application/json", **extra)


def token_client(member: Any) -> APIClient:
    c = APIClient()
    c.credentials(
        HTTP_AUTHORIZATION="Token " + Token.objects.get_or_create(user=member.user)[0].key
    )
    return c


def cli_line(body: dict[str, Any]) -> dict[str, Any]:
    out, _level = assess_line(json.dumps(body).encode(), 1, None, None, None)
    assert out is not None
    return out


LINES = [
    {"id": "a1", "text": "Mijn BSN is 111222333, bel me op 0612345678."},
    {"id": 7, "text": AZC, "context": {"channel": "linkedin", "capacity": "in-functie"}},
    {
        "id": None,
        "text": "Morgen presenteert de minister het plan, maar ik weet nu al dat het niks wordt.",
        "profile": {"function": "beleidsmedewerker", "level": "beleid"},
        "context": {"channel": "x", "date": "2026-03-10", "followers": 1200},
    },
    {
        "id": "reply",
        "text": "Dat klopt niet, lees de stukken eerst eens.",
        "context": {
            "reply_to": {"text": "Waarom zwijgt de gemeente?", "author_role": "journalist"}
        },
    },
]


@pytest.mark.parametrize("body", LINES)
def test_anonymous_answer_equals_the_jsonl_line(client, body):
    response = post(client, body)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == cli_line(body)


def test_answer_equals_the_cli_subprocess_line(client):
    body = LINES[1]
    exe = Path(sys.executable).with_name("meedoen")
    proc = subprocess.run(
        [str(exe), "check", "--jsonl", "-"],
        input=json.dumps(body) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.stdout, proc.stderr
    assert post(client, body).json() == json.loads(proc.stdout.splitlines()[0])


def test_id_is_echoed_only_when_given(client):
    assert "id" not in post(client, {"text": "Mooie dag vandaag."}).json()
    assert post(client, {"id": {"k": [1]}, "text": "Mooie dag."}).json()["id"] == {"k": [1]}


def _row_counts() -> dict[str, int]:
    return {m._meta.label: m.objects.count() for m in apps.get_models()}


def test_anonymous_check_stores_nothing(client, org, caplog):
    before = _row_counts()
    response = post(client, {"text": AZC + " Mijn BSN is 111222333."})
    assert response.status_code == 200
    assert _row_counts() == before
    assert "111222333" not in caplog.text and "azc" not in caplog.text
    assert "sessionid" not in response.cookies


def test_member_check_stores_nothing(make_member):
    c = token_client(make_member(Role.MEDEWERKER))
    before = _row_counts()
    assert post(c, {"text": AZC}).status_code == 200
    assert _row_counts() == before


def test_member_profile_and_organisation_codex_are_used(org, make_member):
    member = make_member(Role.MEDEWERKER, level="beleid")
    member.dossiers.set(org.dossiers.filter(name="Opvang asielzoekers"))
    data = post(token_client(member), {"text": AZC}).json()
    assert "gemeente-voorbeeldstad" in data["codex_version"]
    assert "eigen-dossier" in {f["category"] for f in data["findings"]}
    expected = web_engine.check(AZC, member=member).model_dump(mode="json")
    assert data == expected


def test_body_profile_replaces_the_member_profile(org, make_member):
    member = make_member(Role.MEDEWERKER)
    member.dossiers.set(org.dossiers.filter(name="Opvang asielzoekers"))
    own = {"level": "top", "function": "gemeentesecretaris", "enforcement_role": True}
    data = post(token_client(member), {"text": AZC, "profile": own}).json()
    assert data == web_engine.check(AZC, organisation=org, profile=own).model_dump(mode="json")
    assert data != web_engine.check(AZC, member=member).model_dump(mode="json")
    assert "gemeente-voorbeeldstad" in data["codex_version"]  # still the organisation codex


def test_session_member_is_used_too(org, make_member, client_for):
    member = make_member(Role.COMMUNICATIEADVISEUR)
    data = post(client_for(member), {"text": "Mooie dag."}).json()
    assert "gemeente-voorbeeldstad" in data["codex_version"]


def test_session_post_without_csrf_token_is_refused(make_member):
    c = Client(enforce_csrf_checks=True)
    c.force_login(make_member(Role.MEDEWERKER).user)
    response = post(c, {"text": "Mooie dag."})
    assert response.status_code == 403
    assert response["Content-Type"] == "application/problem+json"


INVALID = [
    ({}, {("text", "required")}),
    ({"text": None}, {("text", "required")}),
    ({"text": "   "}, {("text", "required")}),
    ({"text": 42}, {("text", "string")}),
    ({"text": ["a"]}, {("text", "string")}),
    ({"text": "x" * (MAX_CHARS + 1)}, {("text", "maxLength")}),
    ({"text": "\u200b\u200b"}, {("text", "invisible")}),
    ({"text": "ok", "context": "x"}, {("context", "object")}),
    ({"text": "ok", "profile": [1]}, {("profile", "object")}),
    ({"text": "ok", "context": {"channel": "tiktok"}}, {("context.channel", "enum")}),
    ({"text": "ok", "context": {"audience": "half-open"}}, {("context.audience", "enum")}),
    ({"text": "ok", "context": {"capacity": "half"}}, {("context.capacity", "enum")}),
    ({"text": "ok", "context": {"date": "2026-02-30"}}, {("context.date", "date")}),
    ({"text": "ok", "context": {"followers": -1}}, {("context.followers", "minimum")}),
    ({"text": "ok", "context": {"followers": "veel"}}, {("context.followers", "integer")}),
    ({"text": "ok", "context": {"account": "@x"}}, {("context.account", "object")}),
    (
        {"text": "ok", "context": {"reply_to": {"author_role": "troll"}}},
        {("context.reply_to.author_role", "enum")},
    ),
    ({"text": "ok", "profile": {"level": "baas"}}, {("profile.level", "enum")}),
    (
        {"text": "ok", "profile": {"dossiers": [{"name": ""}, 42]}},
        {("profile.dossiers[0].name", "minLength"), ("profile.dossiers[1]", "object")},
    ),
    (
        {"text": "ok", "profile": {"enforcement_role": "soms"}},
        {("profile.enforcement_role", "boolean")},
    ),
    (
        {
            "text": 5,
            "profile": {"level": "x"},
            "context": {"channel": "y", "date": "morgen", "followers": -5},
        },
        {
            ("text", "string"),
            ("profile.level", "enum"),
            ("context.channel", "enum"),
            ("context.date", "date"),
            ("context.followers", "minimum"),
        },
    ),
]


@pytest.mark.parametrize("body,expected", INVALID)
def test_invalid_input_lists_every_bad_field(client, body, expected):
    response = post(client, body)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 400 and problem["instance"] == URL
    assert {(p["name"], p["code"]) for p in problem["invalidParams"]} == expected
    assert all(p["reason"] for p in problem["invalidParams"])


def test_reasons_are_dutch(client):
    params = post(client, {"context": {"channel": "tiktok"}}).json()["invalidParams"]
    reasons = " ".join(p["reason"] for p in params)
    assert "De tekst is leeg" in reasons
    assert "kies uit: x, bluesky" in reasons


@pytest.mark.parametrize(
    "raw,content_type,status,code",
    [
        ("{niet json", "application/json", 400, "invalidJson"),
        ("[1, 2]", "application/json", 400, "invalidJson"),
        ('"tekst"', "application/json", 400, "invalidJson"),
        (b'{"text": "\xff"}', "application/json", 400, "invalidJson"),
        ("text=hallo", "application/x-www-form-urlencoded", 415, "unsupportedMediaType"),
        ('{"text": "' + "a" * (1024 * 1024) + '"}', "application/json", 413, "tooLarge"),
    ],
)
def test_unreadable_bodies_are_problems(client, raw, content_type, status, code):
    response = client.post(URL, data=raw, content_type=content_type)
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    assert response["API-Version"] == "1.0.0"
    problem = response.json()
    assert problem["code"] == code
    if status == 400:
        assert problem["invalidParams"][0]["name"] == "body"


def test_byte_order_mark_is_accepted(client):
    raw = b"\xef\xbb\xbf" + json.dumps({"text": "Mooie dag."}).encode()
    assert client.post(URL, data=raw, content_type="application/json").status_code == 200


def test_lone_surrogate_does_not_break_the_response(client):
    response = post(client, '{"text": "Bel 0612345678 \\ud800 ok"}', raw=True)
    assert response.status_code == 200
    assert response.json()["level"] in ("groen", "oranje", "rood")
