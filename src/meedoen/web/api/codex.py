# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The living codex, read-only: rules and rule packs.

Anonymous clients see the built-in codex; a signed-in member sees the codex
their self-check uses (built-in plus the organisation's adopted pack). The
JSON matches ``meedoen codex list --format json``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from meedoen.core.categories import CATEGORIES
from meedoen.core.codex import Codex, builtin_codex
from meedoen.core.codex.codex import rule_row
from meedoen.core.codex.loader import builtin_packs
from meedoen.core.codex.models import RULE_ID, Pack, Rule
from meedoen.core.errors import MeedoenError
from meedoen.web.accounts.permissions import can_manage_settings
from meedoen.web.api.base import ApiView
from meedoen.web.api.problems import ApiProblem, invalid_input
from meedoen.web.api.schemas import (
    RegelDetailSerializer,
    RegelpakketDetailSerializer,
    RegelpakketSerializer,
    RegelSerializer,
    problems,
)
from meedoen.web.engine import engine_for, parse_version_yaml
from meedoen.web.organisation.models import RulePackVersion

ORG_PREFIX = "organisatie-"


def _parse_date(value: str | None, errors: list[dict[str, str]]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        errors.append(
            {
                "name": "datum",
                "code": "date",
                "reason": _("ongeldige datum %(v)r; verwacht JJJJ-MM-DD") % {"v": value},
            }
        )
        return None


PACK_ID = r"^[a-z0-9][a-z0-9._-]*$"


def _check_id(name: str, value: str, pattern: str) -> None:
    if not re.match(pattern, value) or len(value) > 200:
        raise invalid_input(
            [{"name": name, "code": "pattern", "reason": _("Dit is geen geldig id.")}]
        )


class _CodexView(ApiView):
    permission_classes = [AllowAny]

    def codex(self, on: date | None = None) -> Codex:
        member = self.member()
        if member is None:
            return builtin_codex()
        return engine_for(member.organisation, on=on).codex


def _rule_detail(rule: Rule, codex: Codex, on: date) -> dict[str, Any]:
    eq = rule.equivalent_2010
    return {
        **rule_row(rule, codex.pack_of(rule.id)),
        "text": rule.text,
        "text_verified_on": rule.text_verified_on.isoformat() if rule.text_verified_on else None,
        "verification_note": rule.verification_note,
        "equivalent_2010": eq.model_dump(mode="json") if eq else None,
        "replaced_by": [r.id for r in codex.all_rules() if r.replaces == rule.id],
        "in_force_on": rule.in_force_on(on) and not rule.disabled,
    }


class RegelsView(_CodexView):
    @extend_schema(
        operation_id="regelsLijst",
        summary="Regels van de levende code",
        description=(
            "Alle regels waarop meedoen zijn advies baseert: wet, regeling, gedragscode en "
            "(ingelogd) de eigen regels van je organisatie. Filter op `categorie` en op "
            "`datum` (de regels die toen golden)."
        ),
        tags=["codex"],
        parameters=[
            OpenApiParameter("categorie", OpenApiTypes.STR, enum=list(CATEGORIES)),
            OpenApiParameter("datum", OpenApiTypes.DATE, description="JJJJ-MM-DD"),
            OpenApiParameter("pakket", OpenApiTypes.STR, description="Alleen dit regelpakket."),
        ],
        responses={
            200: inline_serializer(
                "RegelLijst",
                {
                    "codex_version": serializers.CharField(),
                    "on": serializers.DateField(allow_null=True),
                    "rules": RegelSerializer(many=True),
                },
            ),
            **problems(400, 429),
        },
    )
    def get(self, request: Any) -> Response:
        errors: list[dict[str, str]] = []
        on = _parse_date(request.query_params.get("datum"), errors)
        category = request.query_params.get("categorie")
        if category and category not in CATEGORIES:
            errors.append(
                {
                    "name": "categorie",
                    "code": "enum",
                    "reason": _("onbekende categorie %(v)r; kies uit: %(e)s")
                    % {"v": category, "e": ", ".join(CATEGORIES)},
                }
            )
        if errors:
            raise invalid_input(errors)
        codex = self.codex(on)
        rules = codex.rules_on(on) if on else codex.all_rules()
        if category:
            rules = [r for r in rules if category in r.categories]
        pack = request.query_params.get("pakket")
        if pack:
            rules = [r for r in rules if codex.pack_of(r.id) == pack]
        return Response(
            {
                "codex_version": codex.version,
                "on": on.isoformat() if on else None,
                "rules": [rule_row(r, codex.pack_of(r.id)) for r in rules],
            }
        )


class RegelView(_CodexView):
    @extend_schema(
        operation_id="regelLezen",
        summary="Eén regel, met tekst en bron",
        description="De volledige regel: letterlijke tekst, bron, geldigheid en de "
        "vergelijkbare norm uit 2010.",
        tags=["codex"],
        responses={200: RegelDetailSerializer, **problems(400, 404, 429)},
    )
    def get(self, request: Any, regel_id: str) -> Response:
        _check_id("regel_id", regel_id, RULE_ID)
        codex = self.codex()
        if regel_id not in codex:
            raise ApiProblem(404, _("Regel %(id)r bestaat niet.") % {"id": regel_id})
        return Response(_rule_detail(codex.get(regel_id), codex, date.today()))


def _pack_row(pack: Pack, **extra: Any) -> dict[str, Any]:
    return {
        "id": pack.id,
        "title": pack.title,
        "version": pack.version,
        "kind": pack.kind,
        "in_force_from": pack.in_force_from.isoformat() if pack.in_force_from else None,
        "in_force_until": pack.in_force_until.isoformat() if pack.in_force_until else None,
        "adopted": True,
        "active": True,
        "rule_count": len(pack.rules),
        **extra,
    }


class _PackView(_CodexView):
    def versions(self) -> list[RulePackVersion]:
        """The organisation's versions this member may see (drafts: beheerder only)."""
        member = self.member()
        if member is None:
            return []
        qs = member.organisation.rule_packs.order_by("-in_force_from", "-created_at")
        if not can_manage_settings(member):
            qs = qs.filter(adopted_at__isnull=False)
        return list(qs)

    def version_row(self, v: RulePackVersion) -> tuple[dict[str, Any], Pack | None]:
        active = v.organisation.active_pack()
        try:
            pack = parse_version_yaml(v.yaml, f"{v.organisation.slug} {v.version}")
        except MeedoenError:
            pack = None
        return {
            "id": f"{ORG_PREFIX}{v.pk}",
            "title": pack.title if pack else v.organisation.name,
            "version": v.version,
            "kind": "organisation",
            "in_force_from": v.in_force_from.isoformat(),
            "in_force_until": None,
            "adopted": v.adopted_at is not None,
            "active": active is not None and active.pk == v.pk,
            "rule_count": len(pack.rules) if pack else 0,
        }, pack


class RegelpakkettenView(_PackView):
    @extend_schema(
        operation_id="regelpakkettenLijst",
        summary="Regelpakketten",
        description="De ingebouwde regelpakketten en (ingelogd) de versies van het "
        "regelpakket van je organisatie; concepten alleen voor de beheerder.",
        tags=["codex"],
        responses={200: RegelpakketSerializer(many=True), **problems(429)},
    )
    def get(self, request: Any) -> Response:
        rows = [_pack_row(p) for p in builtin_packs()]
        rows += [self.version_row(v)[0] for v in self.versions()]
        return Response(rows)


class RegelpakketView(_PackView):
    @extend_schema(
        operation_id="regelpakketLezen",
        summary="Eén regelpakket met zijn regels",
        tags=["codex"],
        responses={200: RegelpakketDetailSerializer, **problems(400, 404, 429)},
    )
    def get(self, request: Any, pakket_id: str) -> Response:
        _check_id("pakket_id", pakket_id, PACK_ID)
        for pack in builtin_packs():
            if pack.id == pakket_id:
                rules = [rule_row(r, pack.id) for r in pack.rules]
                return Response(
                    {**_pack_row(pack), "description": pack.description, "rules": rules}
                )
        for v in self.versions():
            if f"{ORG_PREFIX}{v.pk}" == pakket_id:
                row, pack = self.version_row(v)
                rules = [rule_row(r, pack.id) for r in pack.rules] if pack else []
                desc = pack.description if pack else v.note
                return Response({**row, "description": desc, "rules": rules})
        raise ApiProblem(404, _("Regelpakket %(id)r bestaat niet.") % {"id": pakket_id})
