# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""POST /api/v1/toetsen: one self-check, exactly like one ``--jsonl`` line.

Anonymous use is allowed (rate-limited by IP). Nothing is stored or logged:
no database row, no audit event, no log line with the text. A signed-in
member's profile and the organisation's codex are used unless the body gives
a ``profile``.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from meedoen.core.assessment.models import Assessment
from meedoen.core.errors import MeedoenError, kind_of
from meedoen.web import engine
from meedoen.web.api.base import ApiView
from meedoen.web.api.problems import ApiProblem, invalid_input
from meedoen.web.api.schemas import ToetsInvoer, ToetsUitkomst, problems
from meedoen.web.api.validation import validate_toets


def line_output(data: dict[str, Any], assessment: Assessment) -> dict[str, Any]:
    """The output object of ``meedoen check --jsonl`` for this request.

    Same shape as :func:`meedoen.cli.check_cmd.assess_line`: ``id`` first, then
    the assessment; the API only echoes ``id`` when the request has one.
    """
    dump = assessment.model_dump(mode="json")
    return {"id": data["id"], **dump} if "id" in data else dump


class ToetsenView(ApiView):
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="toetsMaken",
        summary="Toets een conceptbericht",
        description=(
            "Toetst één conceptbericht met dezelfde invoer en uitvoer als één regel van "
            "`meedoen check --jsonl`. Anoniem te gebruiken (met een limiet per IP-adres); "
            "er wordt niets bewaard of gelogd. Ingelogd (token of sessie) gelden je eigen "
            "profiel en de regels van je organisatie, tenzij je zelf een `profile` meestuurt. "
            "Alles is advies: meedoen beslist niets."
        ),
        tags=["toetsen"],
        request=ToetsInvoer,
        responses={200: ToetsUitkomst, **problems(400, 401, 413, 415, 429)},
        examples=[
            OpenApiExample(
                "Bericht in functie op LinkedIn",
                value={
                    "id": "concept-1",
                    "text": "Trots op ons team: de nieuwe woonvisie is af!",
                    "context": {"channel": "linkedin", "capacity": "in-functie"},
                },
                request_only=True,
            )
        ],
    )
    def post(self, request: Any) -> Response:
        data = request.data
        if not isinstance(data, dict):
            detail = _("De body moet een JSON-object zijn, niet %(k)s.") % {"k": kind_of(data)}
            raise ApiProblem(
                400,
                detail,
                code="invalidJson",
                invalid_params=[{"name": "body", "code": "object", "reason": detail}],
            )
        toets, errors = validate_toets(data)
        if toets is None:
            raise invalid_input(errors)
        try:
            assessment = engine.check(
                toets.text, member=self.member(), profile=toets.profile, context=toets.context
            )
        except MeedoenError as exc:  # the engine refused what validation let through
            raise invalid_input(
                [{"name": "body", "code": exc.code, "reason": exc.message}]
            ) from None
        return Response(line_output(data, assessment))
