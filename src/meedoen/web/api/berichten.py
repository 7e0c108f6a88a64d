# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Official posts over the API: list, create, read, transitions and the archive.

Every rule (who sees which post, who may take which action, what is audit
logged) lives in :mod:`meedoen.web.official.services`, the same functions the
pages call. A post the member may not see is a 404, whatever the reason.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.response import Response

from meedoen.web.api import berichten_io as io
from meedoen.web.api.base import ApiView
from meedoen.web.api.problems import ApiProblem, invalid_input
from meedoen.web.api.schemas import (
    BerichtDetailSerializer,
    BerichtNieuwSerializer,
    BerichtSerializer,
    TransitieSerializer,
    problems,
)
from meedoen.web.official import services
from meedoen.web.official.models import OfficialPost
from meedoen.web.official.workflow import TransitionError

STATES = [s.value for s in OfficialPost.State]
MAX_QUERY = 200


class BerichtenView(ApiView):
    @extend_schema(
        operation_id="berichtenLijst",
        summary="Berichten die je mag zien",
        description="Berichten voor de officiële accounts van je organisatie die jij mag zien: "
        "als auteur of redacteur, als reviewer zodra review is gevraagd, en het archief "
        "volgens je rol. Nieuwste eerst.",
        tags=["berichten"],
        parameters=[OpenApiParameter("status", OpenApiTypes.STR, enum=STATES)],
        responses={200: BerichtSerializer(many=True), **problems(400, 401, 403, 429)},
    )
    def get(self, request: Any) -> Response:
        posts = services.visible_posts(self.member()).order_by("-updated_at", "-id")
        state = request.query_params.get("status")
        if state:
            if state not in STATES:
                raise invalid_input(
                    [
                        {
                            "name": "status",
                            "code": "enum",
                            "reason": _("Kies een status: %(s)s.") % {"s": ", ".join(STATES)},
                        }
                    ]
                )
            posts = posts.filter(state=state)
        return Response([io.post_summary(p) for p in posts])

    @extend_schema(
        operation_id="berichtMaken",
        summary="Nieuw concept voor een organisatie-account",
        description="Maakt een concept en toetst het meteen (zoals op de pagina). Alleen voor "
        "redacteuren van het account.",
        tags=["berichten"],
        request=BerichtNieuwSerializer,
        responses={201: BerichtDetailSerializer, **problems(400, 401, 403, 429)},
    )
    def post(self, request: Any) -> Response:
        member = self.member()
        account, text, dossier = io.parse_new_post(member, io.require_object(request.data))
        try:
            post = services.create_post(member, account, text, dossier)
        except TransitionError as exc:
            raise io.transition_problem(exc) from None
        url = reverse("api:bericht", kwargs={"pk": post.pk})
        return Response(io.post_detail(post, member), status=201, headers={"Location": url})


def post_id(value: str) -> int:
    """The numeric id from the path, or 400."""
    if not value.isdigit() or len(value) > 18:
        raise invalid_input(
            [{"name": "id", "code": "integer", "reason": _("Het id is een geheel getal.")}]
        )
    return int(value)


class BerichtView(ApiView):
    @extend_schema(
        operation_id="berichtLezen",
        summary="Eén bericht met toets, reviews en toegestane acties",
        tags=["berichten"],
        responses={200: BerichtDetailSerializer, **problems(400, 401, 403, 404, 429)},
    )
    def get(self, request: Any, pk: str) -> Response:
        member = self.member()
        return Response(io.post_detail(services.get_visible_post(member, post_id(pk)), member))


class TransitiesView(ApiView):
    @extend_schema(
        operation_id="transitieUitvoeren",
        summary="Een stap in de workflow",
        description=(
            "Voert een actie uit op het bericht, met dezelfde regels als op de pagina's: "
            "`herzien` (met `text`), `toetsen`, `review_aanvragen`, `goedkeuren`, `afwijzen` "
            "(met `reason`), `wijzigingen_voorstellen` (met `reason` of `suggested_text`), "
            "`publiceren` (met `url`, optioneel `published_at`) en `archiveren`. "
            "Mag het niet: 403 (je rol), 409 (de status van het bericht) of 400 (gegevens)."
        ),
        tags=["berichten"],
        request=TransitieSerializer,
        responses={200: BerichtDetailSerializer, **problems(400, 401, 403, 404, 409, 429)},
    )
    def post(self, request: Any, pk: str) -> Response:
        member = self.member()
        post = services.get_visible_post(member, post_id(pk))
        action, data = io.parse_transition(post, io.require_object(request.data))
        try:
            post = services.transition(post, action, member, **data)
        except TransitionError as exc:
            raise io.transition_problem(exc) from None
        return Response(io.post_detail(post, member))


class ArchiefView(ApiView):
    @extend_schema(
        operation_id="archiefExporteren",
        summary="Het archief doorzoeken en exporteren",
        description="Gepubliceerde en gearchiveerde berichten, doorzocht op `q` (Nederlandse "
        "volledige-tekstzoekfunctie), als JSON of CSV. Voor wie het archief mag lezen "
        "(management en beheerders van de organisatie, redacteuren en reviewers van een "
        "account). Elke export staat in het auditlog.",
        tags=["archief"],
        parameters=[
            OpenApiParameter("q", OpenApiTypes.STR, description="Zoekterm(en)."),
            OpenApiParameter("formaat", OpenApiTypes.STR, enum=["json", "csv"], default="json"),
        ],
        responses={
            (200, "application/json"): OpenApiResponse(OpenApiTypes.OBJECT),
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR),
            **problems(400, 401, 403, 429),
        },
    )
    def get(self, request: Any) -> HttpResponse:
        member = self.member()
        query = request.query_params.get("q", "").strip()
        fmt = request.query_params.get("formaat", "json")
        errors = []
        if fmt not in ("json", "csv"):
            errors.append({"name": "formaat", "code": "enum", "reason": _("Kies json of csv.")})
        if len(query) > MAX_QUERY:
            errors.append(
                {
                    "name": "q",
                    "code": "maxLength",
                    "reason": _("Maximaal %(n)d tekens.") % {"n": MAX_QUERY},
                }
            )
        if errors:
            raise invalid_input(errors)
        if not services.can_read_archive(member):
            raise ApiProblem(403, _("Je hebt geen toegang tot het archief."))
        results = services.search_archive(member.organisation, query, member=member)
        name = f"archief-organisatie-accounts-{timezone.localdate():%Y%m%d}.{fmt}"
        if fmt == "csv":
            body = services.export_csv(results, member=member, query=query)
            response = HttpResponse(body, content_type="text/csv; charset=utf-8")
        else:
            body = services.export_json(results, member=member, query=query)
            response = HttpResponse(body, content_type="application/json")
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
