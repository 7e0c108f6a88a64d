# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""NL API Design Rules: API-Version, problem+json, no trailing slash, OpenAPI, throttle, tokens."""

from __future__ import annotations

import json

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import override_settings
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from meedoen.web.accounts.models import Role

pytestmark = pytest.mark.django_db

PROBLEM_KEYS = {"type", "title", "status", "detail", "instance", "code"}


@pytest.fixture(autouse=True)
def _fresh_throttle_cache():
    cache.clear()
    yield
    cache.clear()


def rates(anon: str, user: str):
    return override_settings(
        REST_FRAMEWORK={
            **settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {"anon": anon, "user": user},
        }
    )


def toets(client, body=None):
    return client.post(
        "/api/v1/toetsen",
        data=json.dumps(body or {"text": "Mooie dag."}),
        content_type="application/json",
    )


@pytest.mark.parametrize(
    "method,path,status",
    [
        ("get", "/api/v1/regels", 200),
        ("get", "/api/v1/regels?datum=gisteren", 400),
        ("get", "/api/v1/regels/bestaat.niet.v1", 404),
        ("get", "/api/v1/regels/", 404),
        ("get", "/api/v1/onbekend", 404),
        ("get", "/api/v1/toetsen/", 404),
        ("delete", "/api/v1/toetsen", 405),
        ("get", "/api/v1/openapi.json", 200),
        ("get", "/api/v1/", 200),
    ],
)
def test_every_response_has_the_api_version_header(client, method, path, status):
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert response["API-Version"] == "1.0.0"
    if status >= 400:
        assert response["Content-Type"] == "application/problem+json"
        problem = response.json()
        assert set(problem) >= PROBLEM_KEYS
        assert problem["status"] == status
        assert problem["instance"] == path.split("?")[0]
        assert problem["type"].startswith("https://")


def test_post_answers_have_the_header_too(client):
    assert toets(client)["API-Version"] == "1.0.0"
    assert toets(client, {"text": 1})["API-Version"] == "1.0.0"


def test_trailing_slash_is_not_redirected(client):
    response = client.post("/api/v1/toetsen/", data="{}", content_type="application/json")
    assert response.status_code == 404
    assert client.get("/api/v1/regels/").status_code == 404


def test_method_not_allowed_names_the_method_in_dutch(client):
    response = client.put("/api/v1/toetsen", data="{}", content_type="application/json")
    assert response.status_code == 405
    assert "PUT" in response.json()["detail"]
    assert "POST" in response["Allow"]


def test_anonymous_throttle_gives_429_problem(client):
    with rates("2/minute", "100/minute"):
        assert toets(client).status_code == 200
        assert toets(client).status_code == 200
        response = toets(client)
    assert response.status_code == 429
    assert response["Content-Type"] == "application/problem+json"
    assert response["API-Version"] == "1.0.0"
    assert int(response["Retry-After"]) > 0
    problem = response.json()
    assert problem["status"] == 429 and problem["code"] == "throttled"
    assert "seconden" in problem["detail"]


def test_throttle_applies_to_read_endpoints_too(client):
    with rates("1/minute", "100/minute"):
        assert client.get("/api/v1/regels").status_code == 200
        assert client.get("/api/v1/regels").status_code == 429


def test_member_throttle_is_per_user_and_separate(make_member):
    c = APIClient()
    c.credentials(HTTP_AUTHORIZATION="Token " + Token.objects.create(user=make_member().user).key)
    with rates("1/minute", "3/minute"):
        assert [toets(c).status_code for _ in range(4)] == [200, 200, 200, 429]


def test_throttle_can_be_switched_off_for_benchmarks(client):
    with rates("off", "off"):
        assert {toets(client).status_code for _ in range(5)} == {200}


def test_token_authentication_works(make_member):
    member = make_member(Role.MEDEWERKER)
    c = APIClient()
    c.credentials(
        HTTP_AUTHORIZATION="Token " + Token.objects.get_or_create(user=member.user)[0].key
    )
    packs = c.get("/api/v1/regelpakketten").json()
    assert any(p["kind"] == "organisation" for p in packs)


def test_invalid_token_is_401_problem():
    c = APIClient()
    c.credentials(HTTP_AUTHORIZATION="Token " + "0" * 40)
    response = c.get("/api/v1/regels")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "notAuthenticated"


def test_openapi_document_is_valid_and_complete(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Access-Control-Allow-Origin"] == "*"
    doc = json.loads(response.content)
    assert doc["openapi"].startswith("3.")
    assert doc["info"]["version"] == "1.0.0"
    assert doc["servers"][0]["url"] == "/api/v1"
    paths = set(doc["paths"])
    assert {
        "/toetsen",
        "/regels",
        "/regels/{regel_id}",
        "/regelpakketten",
        "/regelpakketten/{pakket_id}",
        "/berichten",
        "/berichten/{id}",
        "/berichten/{id}/transities",
        "/archief",
    } <= paths
    assert all(not p.endswith("/") for p in paths)
    assert {t["name"] for t in doc["tags"]} >= {"toetsen", "codex"}
    assert "tokenAuth" in doc["components"]["securitySchemes"]
    post = doc["paths"]["/toetsen"]["post"]
    assert "bewaard" in post["description"]
    assert "application/problem+json" in post["responses"]["400"]["content"]


def test_openapi_follows_the_nl_api_design_rules(client):
    """The main rules of the ADR Spectral ruleset (../shared/data/nl-api-design-rules)."""
    doc = json.loads(client.get("/api/v1/openapi.json").content)
    assert {"name", "email", "url"} <= set(doc["info"]["contact"])
    assert "/v1" in doc["servers"][0]["url"]
    for path, operations in doc["paths"].items():
        assert path == path.lower() and not path.endswith("/")
        for method, op in operations.items():
            responses = op["responses"]
            if method in ("post", "put", "patch") or op.get("parameters"):
                assert "400" in responses, (method, path)
            for status, response in responses.items():
                if status.startswith(("2", "3")):
                    assert "API-Version" in response["headers"], (method, path, status)
                if status.startswith(("4", "5")):
                    content = response["content"]
                    assert list(content) == ["application/problem+json"], (method, path)
                    schema = content["application/problem+json"]["schema"]["$ref"]
                    problem = doc["components"]["schemas"][schema.rsplit("/", 1)[1]]
                    assert {"status", "title", "detail"} <= set(problem["required"])
            for param in op.get("parameters", []):
                if param["in"] == "query":
                    assert param["name"][0].islower() and "_" not in param["name"]


def test_openapi_document_passes_the_spec_validator(client):
    import openapi_spec_validator  # a dev dependency: never skipped

    openapi_spec_validator.validate(json.loads(client.get("/api/v1/openapi.json").content))


def test_docs_page_is_dutch_html_without_cdn(client):
    response = client.get("/api/v1/")
    body = response.content.decode()
    assert response.status_code == 200
    assert body.count("<h1") == 1
    assert 'href="/api/v1/openapi.json"' in body
    assert "drf_create_token" in body
    assert "POST /api/v1/toetsen" in body
    assert "cdn" not in body.lower() and "swagger" not in body.lower()
    assert '<html lang="nl"' in body


def test_unexpected_errors_become_a_500_problem(caplog):
    from meedoen.web.api.problems import exception_handler

    response = exception_handler(RuntimeError("kapot"), {"request": None})
    assert response is not None and response.status_code == 500
    assert response.data["code"] == "serverError"
    assert "kapot" not in response.data["detail"]
    assert "Onverwachte fout" in caplog.text


def test_version_middleware_covers_responses_outside_the_views(client):
    middleware = ["meedoen.web.api.middleware.ApiVersionMiddleware", *settings.MIDDLEWARE]
    with override_settings(MIDDLEWARE=middleware):
        redirect = client.get("/api/v1")
        assert redirect.status_code == 301 and redirect["API-Version"] == "1.0.0"
        assert "API-Version" not in client.get("/")
