# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Types for the OpenAPI document only: request and response shapes.

The toets shapes are the engine's own pydantic models (one source of truth);
the rest are small DRF serializers used by ``@extend_schema``.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field
from rest_framework import serializers

from meedoen.core.assessment.models import Assessment, Context, Profile


class ToetsInvoer(BaseModel):
    """One line of ``meedoen check --jsonl``."""

    id: Any = Field(default=None, description="Eigen kenmerk; komt ongewijzigd terug.")
    text: str = Field(description="De tekst van het conceptbericht (maximaal 100.000 tekens).")
    profile: Profile | None = Field(
        default=None, description="Wie plaatst; standaard het profiel van het ingelogde lid."
    )
    context: Context | None = Field(default=None, description="Kanaal, publiek, datum, account.")


class ToetsUitkomst(Assessment):
    """The assessment, as one output line of ``meedoen check --jsonl``."""

    id: Any = Field(default=None, description="Het id uit het verzoek (alleen als meegegeven).")


class InvalidParamSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="Het veld, bijvoorbeeld context.channel.")
    code = serializers.CharField(help_text="Soort fout: required, enum, date, maxLength, …")
    reason = serializers.CharField(help_text="Uitleg in het Nederlands.")


class ProblemSerializer(serializers.Serializer):
    """RFC 9457 problem details (application/problem+json)."""

    type = serializers.URLField()
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField()
    instance = serializers.CharField()
    code = serializers.CharField()
    invalidParams = InvalidParamSerializer(many=True, required=False)  # noqa: N815 - NL API name


class SourceSerializer(serializers.Serializer):
    name = serializers.CharField()
    article = serializers.CharField(required=False)
    kind = serializers.CharField()
    reference = serializers.CharField(required=False)
    url = serializers.CharField(required=False)
    in_force_from = serializers.DateField(required=False)
    in_force_until = serializers.DateField(required=False)


class RegelSerializer(serializers.Serializer):
    id = serializers.CharField()
    title = serializers.CharField()
    pack = serializers.CharField(help_text="Het regelpakket waar de regel uit komt.")
    source = SourceSerializer()
    cite = serializers.CharField()
    in_force_from = serializers.DateField(allow_null=True)
    in_force_until = serializers.DateField(allow_null=True)
    text_verified = serializers.BooleanField()
    categories = serializers.ListField(child=serializers.CharField())
    summary = serializers.CharField()
    replaces = serializers.CharField(allow_null=True)
    overrides = serializers.CharField(allow_null=True)
    disabled = serializers.BooleanField()


class RegelDetailSerializer(RegelSerializer):
    text = serializers.CharField(help_text="De tekst van de regel.")
    text_verified_on = serializers.DateField(allow_null=True)
    verification_note = serializers.CharField(allow_null=True)
    equivalent_2010 = serializers.DictField(allow_null=True)
    in_force_on = serializers.BooleanField(help_text="Geldt de regel vandaag (of op datum)?")


class RegelpakketSerializer(serializers.Serializer):
    id = serializers.CharField()
    title = serializers.CharField()
    version = serializers.CharField()
    kind = serializers.ChoiceField(choices=["builtin", "organisation"])
    in_force_from = serializers.DateField(allow_null=True)
    in_force_until = serializers.DateField(allow_null=True)
    adopted = serializers.BooleanField(help_text="Vastgesteld (alleen organisatiepakketten).")
    active = serializers.BooleanField(help_text="Geldt nu voor de toets.")
    rule_count = serializers.IntegerField()


class RegelpakketDetailSerializer(RegelpakketSerializer):
    description = serializers.CharField()
    rules = RegelSerializer(many=True)


PROBLEM = "application/problem+json"


def problems(*statuses: int) -> dict[Any, Any]:
    """``@extend_schema`` responses: problem+json for each status."""
    return {(status, PROBLEM): ProblemSerializer for status in statuses}


# --- official posts ------------------------------------------------------------------


class AccountRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class BerichtSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    account = AccountRefSerializer()
    channel = serializers.CharField()
    author = serializers.CharField()
    state = serializers.ChoiceField(
        choices=[
            "concept",
            "getoetst",
            "in_review",
            "goedgekeurd",
            "afgewezen",
            "gepubliceerd",
            "gearchiveerd",
        ]
    )
    level = serializers.CharField(help_text="groen, oranje of rood; leeg als niet getoetst.")
    dossier = serializers.CharField(allow_null=True)
    text = serializers.CharField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    published_at = serializers.DateTimeField(allow_null=True)
    published_url = serializers.CharField()


class ReviewSerializer(serializers.Serializer):
    tier = serializers.IntegerField()
    reviewer = serializers.CharField()
    decision = serializers.CharField()
    reason = serializers.CharField()
    suggested_text = serializers.CharField()
    created_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField(allow_null=True)
    valid = serializers.BooleanField()


class BerichtDetailSerializer(BerichtSerializer):
    codex_version = serializers.CharField()
    submitted_at = serializers.DateTimeField(allow_null=True)
    approved_at = serializers.DateTimeField(allow_null=True)
    archived_at = serializers.DateTimeField(allow_null=True)
    final_text = serializers.CharField(help_text="De gepubliceerde tekst.")
    assessment = serializers.DictField(allow_null=True, help_text="De laatste toets.")
    categories = serializers.ListField(child=serializers.CharField())
    reviews = ReviewSerializer(many=True)
    allowed_actions = serializers.ListField(
        child=serializers.CharField(), help_text="Wat jij nu met dit bericht mag doen."
    )


class BerichtNieuwSerializer(serializers.Serializer):
    account = serializers.IntegerField(help_text="Id van het organisatie-account.")
    text = serializers.CharField()
    dossier = serializers.IntegerField(required=False, allow_null=True)


class TransitieSerializer(serializers.Serializer):
    actie = serializers.ChoiceField(
        choices=[
            "herzien",
            "toetsen",
            "review_aanvragen",
            "goedkeuren",
            "afwijzen",
            "wijzigingen_voorstellen",
            "publiceren",
            "archiveren",
        ]
    )
    text = serializers.CharField(required=False, help_text="Bij herzien: de nieuwe tekst.")
    dossier = serializers.IntegerField(required=False, allow_null=True)
    reason = serializers.CharField(required=False, help_text="Bij afwijzen (verplicht).")
    suggested_text = serializers.CharField(required=False)
    url = serializers.URLField(required=False, help_text="Bij publiceren (verplicht).")
    published_at = serializers.DateTimeField(required=False, allow_null=True)
