# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Optional middleware: ``API-Version`` also on responses made outside the API views.

The API views set the header themselves; this middleware (when listed in
``MIDDLEWARE``) adds it to anything else under ``/api/`` too, such as a
redirect or an error page produced by other middleware.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from meedoen.web.api.conf import API_VERSION, VERSION_HEADER


class ApiVersionMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith("/api/") and VERSION_HEADER not in response:
            response[VERSION_HEADER] = API_VERSION
        return response
