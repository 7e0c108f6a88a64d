# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Errors as ``application/problem+json`` (RFC 9457), in Dutch.

Every error of the API has ``type``, ``title``, ``status``, ``detail`` and
``instance``, plus a stable ``code``; a 400 for invalid input lists *every*
invalid field in ``invalidParams`` (``name``, ``code``, ``reason``), as the NL
API Design Rules ask. :func:`exception_handler` turns DRF and Django
exceptions into that shape; :func:`not_found` answers unknown API paths.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from meedoen.web.api.conf import API_VERSION, PROBLEM_JSON, VERSION_HEADER

logger = logging.getLogger("meedoen.web.api")

NOT_A_MEMBER = gettext_lazy("Je account hoort niet bij een organisatie.")


def _CSRF_FAILED() -> str:  # noqa: N802 - a message, like a constant
    return _(
        "De CSRF-controle is mislukt. Stuur bij inloggen met een sessie de CSRF-token mee "
        "(header X-CSRFToken), of gebruik een API-token."
    )


_RFC9110 = "https://www.rfc-editor.org/rfc/rfc9110#section-"
TYPES = {
    400: _RFC9110 + "15.5.1",
    401: _RFC9110 + "15.5.2",
    403: _RFC9110 + "15.5.4",
    404: _RFC9110 + "15.5.5",
    405: _RFC9110 + "15.5.6",
    406: _RFC9110 + "15.5.7",
    409: _RFC9110 + "15.5.10",
    413: _RFC9110 + "15.5.14",
    415: _RFC9110 + "15.5.16",
    429: "https://www.rfc-editor.org/rfc/rfc6585#section-4",
    500: _RFC9110 + "15.6.1",
}


def _defaults(status: int) -> tuple[str, str, str]:
    """(code, title, detail) for a status, in Dutch."""
    table = {
        400: ("invalidInput", _("Ongeldige invoer"), _("Het verzoek bevat ongeldige invoer.")),
        401: (
            "notAuthenticated",
            _("Niet ingelogd"),
            _("Log in of stuur een geldige token mee (Authorization: Token …)."),
        ),
        403: ("forbidden", _("Geen toegang"), _("Je rol geeft geen toegang tot deze handeling.")),
        404: (
            "notFound",
            _("Niet gevonden"),
            _("Deze bron bestaat niet of je hebt er geen toegang toe."),
        ),
        405: (
            "methodNotAllowed",
            _("Methode niet toegestaan"),
            _("Deze HTTP-methode is hier niet toegestaan."),
        ),
        406: (
            "notAcceptable",
            _("Niet aanvaardbaar"),
            _("Deze API antwoordt alleen in JSON (application/json)."),
        ),
        409: ("conflict", _("Conflict"), _("Deze handeling past niet bij de huidige toestand.")),
        413: ("tooLarge", _("Verzoek te groot"), _("Het verzoek is te groot.")),
        415: (
            "unsupportedMediaType",
            _("Niet-ondersteund mediatype"),
            _("Stuur de body als JSON (Content-Type: application/json)."),
        ),
        429: ("throttled", _("Te veel verzoeken"), _("Te veel verzoeken; probeer het later.")),
        500: (
            "serverError",
            _("Interne fout"),
            _("Er ging iets mis in meedoen; dit ligt niet aan je verzoek."),
        ),
    }
    return table.get(status, ("error", _("Fout"), _("Het verzoek kon niet worden verwerkt.")))


def problem_body(
    status: int,
    instance: str,
    detail: str | None = None,
    *,
    code: str | None = None,
    title: str | None = None,
    invalid_params: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    d_code, d_title, d_detail = _defaults(status)
    body: dict[str, Any] = {
        "type": TYPES.get(status, "about:blank"),
        "title": title or d_title,
        "status": status,
        "detail": detail or d_detail,
        "instance": instance,
        "code": code or d_code,
    }
    if invalid_params is not None:
        body["invalidParams"] = invalid_params
    return body


class ApiProblem(exceptions.APIException):
    """An error raised by our own views, with a Dutch detail and optional invalidParams."""

    def __init__(
        self,
        status: int,
        detail: str | None = None,
        *,
        code: str | None = None,
        invalid_params: list[dict[str, str]] | None = None,
    ) -> None:
        self.status_code = status
        self.problem_code = code
        self.invalid_params = invalid_params
        super().__init__(detail or _defaults(status)[2])


def invalid_input(invalid_params: list[dict[str, str]], detail: str | None = None) -> ApiProblem:
    return ApiProblem(
        400,
        detail or _("De invoer bevat fouten; zie invalidParams voor elk ongeldig veld."),
        code="invalidInput",
        invalid_params=invalid_params,
    )


def _camel(code: str) -> str:
    head, *rest = str(code).split("_")
    return head + "".join(p.title() for p in rest)


def flatten_errors(detail: Any, prefix: str = "") -> list[dict[str, str]]:
    """DRF ValidationError detail → invalidParams entries (one per message)."""
    out: list[dict[str, str]] = []
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = key if key != "non_field_errors" else ""
            out += flatten_errors(value, f"{prefix}.{name}" if prefix and name else prefix or name)
    elif isinstance(detail, list):
        for i, value in enumerate(detail):
            nested = isinstance(value, dict | list)
            out += flatten_errors(value, f"{prefix}[{i}]" if nested else prefix)
    else:
        out.append(
            {
                "name": prefix or "body",
                "code": _camel(getattr(detail, "code", None) or "invalid"),
                "reason": str(detail),
            }
        )
    return out


def _detail_for(exc: Exception, status: int, request: Any) -> tuple[str | None, str | None, Any]:
    """(detail, code, invalid_params) for an exception, in Dutch."""
    if isinstance(exc, ApiProblem):
        return str(exc.detail), exc.problem_code, exc.invalid_params
    if isinstance(exc, exceptions.ValidationError):
        return None, None, flatten_errors(exc.detail)
    if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
        return (
            _("Te veel verzoeken. Probeer het over %(s)d seconden opnieuw.") % {"s": int(exc.wait)},
            None,
            None,
        )
    if isinstance(exc, exceptions.MethodNotAllowed):
        method = getattr(request, "method", "")
        return _("De methode %(m)s is hier niet toegestaan.") % {"m": method}, None, None
    if isinstance(exc, exceptions.PermissionDenied):
        detail = str(exc.detail)
        if detail == str(NOT_A_MEMBER):
            return detail, None, None
        if detail.startswith("CSRF Failed"):
            return _CSRF_FAILED(), "csrfFailed", None
    if isinstance(exc, exceptions.AuthenticationFailed):
        return _("De meegestuurde token of inloggegevens zijn ongeldig."), None, None
    return None, None, None


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF exception handler: every error becomes a Dutch problem+json response."""
    request = context.get("request")
    instance = request.path if request is not None else ""
    response = drf_exception_handler(exc, context)
    if response is None:
        if settings.DEBUG:
            return None
        logger.exception("Onverwachte fout in de API op %s", instance)
        response = Response(status=500)
        exc = exceptions.APIException()
    status = response.status_code
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    detail, code, invalid = _detail_for(exc, status, request)
    if status == 400 and invalid is None:
        invalid = []
    response.data = problem_body(status, instance, detail, code=code, invalid_params=invalid)
    response.content_type = PROBLEM_JSON
    return response


def problem_response(request: HttpRequest, status: int, detail: str | None = None) -> HttpResponse:
    """A problem+json response outside DRF (plain Django views)."""
    body = problem_body(status, request.path, detail)
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False), status=status, content_type=PROBLEM_JSON
    )
    response[VERSION_HEADER] = API_VERSION
    return response


def not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
    """Unknown path under /api/v1 (also a path with a trailing slash): 404 problem+json."""
    return problem_response(request, 404)
