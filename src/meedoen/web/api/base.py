# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The base of every API view: JSON in and out, problem+json errors, API-Version.

Authentication is token (``Authorization: Token …``) or the browser session;
the same role checks as the pages (:mod:`meedoen.web.accounts.permissions`).
"""

from __future__ import annotations

from typing import Any

from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.views import APIView

from meedoen.web.accounts.models import Member
from meedoen.web.accounts.permissions import member_of
from meedoen.web.api.conf import API_VERSION, VERSION_HEADER
from meedoen.web.api.parsers import BoundedJSONParser
from meedoen.web.api.problems import NOT_A_MEMBER, exception_handler
from meedoen.web.api.renderers import SafeJSONRenderer
from meedoen.web.api.throttles import THROTTLES


class IsMember(BasePermission):
    """Signed in (token or session) and a member of an organisation."""

    message = NOT_A_MEMBER

    def has_permission(self, request: Any, view: Any) -> bool:
        return member_of(request.user) is not None


class ApiView(APIView):
    renderer_classes = [SafeJSONRenderer]
    parser_classes = [BoundedJSONParser]
    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [IsAuthenticated, IsMember]
    throttle_classes = THROTTLES

    def get_exception_handler(self) -> Any:
        return exception_handler

    def finalize_response(self, request: Any, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        response[VERSION_HEADER] = API_VERSION
        return response

    def member(self) -> Member | None:
        return member_of(self.request.user)
