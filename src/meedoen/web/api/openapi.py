# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The OpenAPI 3 document at /api/v1/openapi.json (drf-spectacular).

Only the /api/v1 endpoints are described, with paths relative to the server
URL ``/api/v1`` (NL API Design Rules). The document is generated once per
process and language, and is public (CORS ``*``) so tools can read it.
"""

from __future__ import annotations

import os
from typing import Any

from django.utils import translation
from drf_spectacular.renderers import OpenApiJsonRenderer, OpenApiJsonRenderer2
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from meedoen.web.api.conf import API_PREFIX, API_VERSION, VERSION_HEADER
from meedoen.web.api.problems import exception_handler

DESCRIPTION = """\
De API van meedoen: toets een conceptbericht, lees de levende code (regels en
regelpakketten) en werk met berichten voor de officiële accounts van je
organisatie. Volgt de NL API Design Rules 2.0: versie in het pad, de volledige
versie in de header `API-Version`, fouten als `application/problem+json` met
bij ongeldige invoer alle fouten in `invalidParams`.

Inloggen: stuur `Authorization: Token <token>` mee. Een beheerder maakt een
token met `meedoen web manage drf_create_token GEBRUIKERSNAAM`. Zonder token
zijn alleen de toets en de ingebouwde regels beschikbaar (met een limiet per
IP-adres). Alles is advies: meedoen beslist niets en een anonieme toets wordt
nergens bewaard."""

TAGS = [
    {"name": "toetsen", "description": "Een conceptbericht toetsen; er wordt niets bewaard."},
    {"name": "codex", "description": "De levende code: regels en regelpakketten."},
    {"name": "berichten", "description": "Berichten voor officiële organisatie-accounts."},
    {"name": "archief", "description": "Het archief van geplaatste officiële berichten."},
]

SETTINGS: dict[str, Any] = {
    "TITLE": "meedoen API",
    "DESCRIPTION": DESCRIPTION,
    "VERSION": API_VERSION,
    "SERVERS": [{"url": API_PREFIX, "description": "Deze installatie van meedoen"}],
    "SCHEMA_PATH_PREFIX": API_PREFIX,
    "SCHEMA_PATH_PREFIX_TRIM": True,
    "PREPROCESSING_HOOKS": ["meedoen.web.api.openapi.only_api_v1"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "meedoen.web.api.openapi.nl_api_rules",
    ],
    "TAGS": TAGS,
    "CONTACT": {
        "name": os.environ.get("MEEDOEN_API_CONTACT_NAME", "Beheer van deze meedoen-installatie"),
        "email": os.environ.get("MEEDOEN_API_CONTACT_EMAIL", "api@meedoen.example"),
        "url": os.environ.get("MEEDOEN_API_CONTACT_URL", "https://meedoen.example/api/v1/"),
    },
    "LICENSE": {
        "name": "EUPL-1.2",
        "url": "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12",
    },
    "COMPONENT_SPLIT_REQUEST": True,
    "OAS_VERSION": "3.1.0",
}

_CACHE: dict[str, Any] = {}


def only_api_v1(endpoints: list[tuple[Any, ...]], **kwargs: Any) -> list[tuple[Any, ...]]:
    """Preprocessing hook: describe the /api/v1 endpoints only (not the document itself)."""
    return [
        e for e in endpoints if e[0].startswith(API_PREFIX + "/") and not e[0].endswith(".json")
    ]


VERSION_HEADER_SPEC = {
    "description": "De volledige versie van de API (semantic versioning).",
    "schema": {"type": "string", "example": API_VERSION},
}


def _nullable(prop: dict[str, Any]) -> dict[str, Any]:
    """``anyOf: [{type: T, format: F}, {type: null}]`` → ``type: [T, null], format: F``.

    Pydantic writes optional fields as anyOf; the NL ADR linter wants ``format``
    directly on date fields, and the flat form reads better anyway.
    """
    options = prop.get("anyOf")
    if not isinstance(options, list) or len(options) != 2:
        return prop
    real = [o for o in options if o != {"type": "null"}]
    if len(real) != 1 or "$ref" in real[0] or "type" not in real[0] or "anyOf" in real[0]:
        return prop
    rest = {k: v for k, v in prop.items() if k != "anyOf"}
    flat = {**real[0], **rest, "type": [real[0]["type"], "null"]}
    if "enum" in flat:
        flat["enum"] = [*flat["enum"], None]
    return flat


def nl_api_rules(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """Postprocessing hook: API-Version on every response; flat nullable properties."""
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for response in operation.get("responses", {}).values():
                response.setdefault("headers", {})[VERSION_HEADER] = VERSION_HEADER_SPEC
    for schema in result.get("components", {}).get("schemas", {}).values():
        props = schema.get("properties")
        if isinstance(props, dict):
            schema["properties"] = {k: _nullable(v) for k, v in props.items()}
    return result


class OpenApiView(SpectacularJSONAPIView):
    renderer_classes = [OpenApiJsonRenderer2, OpenApiJsonRenderer]
    permission_classes = [AllowAny]
    authentication_classes: list[Any] = []
    throttle_classes: list[Any] = []
    custom_settings = SETTINGS

    def get_exception_handler(self) -> Any:
        return exception_handler

    def _get_schema_response(self, request: Any) -> Response:
        lang = translation.get_language() or "nl"
        if lang not in _CACHE:
            _CACHE[lang] = super()._get_schema_response(request).data
        return Response(_CACHE[lang])

    def finalize_response(self, request: Any, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        response[VERSION_HEADER] = API_VERSION
        response["Access-Control-Allow-Origin"] = "*"
        return response
