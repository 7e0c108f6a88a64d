# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The human-readable API page (/api/v1/): endpoints, authentication, errors.

A plain page in the site layout; no Swagger UI from a CDN (the site works
offline and its Content-Security-Policy allows only its own scripts).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from meedoen.web.api.conf import API_VERSION, VERSION_HEADER


def docs(request: HttpRequest) -> HttpResponse:
    context: dict[str, Any] = {"api_version": API_VERSION, "official": True}
    response = render(request, "api/docs.html", context)
    response[VERSION_HEADER] = API_VERSION
    return response
