# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Pydantic models for rule packs, organisation data and reference lists.

A pack is one YAML file: metadata, rules and (for an organisation pack) the
organisation's own data. The schema is strict (unknown keys are errors) so a
typo in a pack is reported instead of silently ignored.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from meedoen.core.categories import CATEGORIES

_STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True)
RULE_ID = r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*\.v[0-9]+$"

SourceKind = Literal[
    "grondwet",
    "wet",
    "amvb",
    "regeling",
    "cao",
    "gedragscode",
    "richtlijn",
    "handreiking",
    "verordening",
    "jurisprudentie",
    "organisatie",
]


class Source(BaseModel):
    model_config = _STRICT
    name: str
    article: str | None = None
    kind: SourceKind
    reference: str | None = None
    url: str | None = None
    in_force_from: date | None = None
    in_force_until: date | None = None

    def cite(self) -> str:
        return f"{self.name}, {self.article}" if self.article else self.name


class Equivalent2010(BaseModel):
    """What the 2010 report (De Kool) cites for the same norm."""

    model_config = _STRICT
    cite: str
    text: str | None = None
    rule: str | None = None


class Rule(BaseModel):
    model_config = _STRICT
    id: str = Field(pattern=RULE_ID)
    title: str
    source: Source
    text: str
    text_verified: bool
    text_verified_on: date | None = None
    verification_note: str | None = None
    equivalent_2010: Equivalent2010 | None = None
    summary: str
    categories: list[str] = Field(default_factory=list)
    replaces: str | None = None
    overrides: str | None = None
    disabled: bool = False

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, v: list[str]) -> list[str]:
        unknown = [c for c in v if c not in CATEGORIES]
        if unknown:
            raise ValueError(
                f"onbekende categorie(ën): {', '.join(unknown)}; kies uit {', '.join(CATEGORIES)}"
            )
        return v

    @property
    def in_force_from(self) -> date | None:
        return self.source.in_force_from

    @property
    def in_force_until(self) -> date | None:
        return self.source.in_force_until

    def in_force_on(self, on: date) -> bool:
        start, end = self.in_force_from, self.in_force_until
        return (start is None or start <= on) and (end is None or on <= end)


class OrgDossier(BaseModel):
    model_config = _STRICT
    name: str
    keywords: list[str] = Field(default_factory=list)
    sensitivity: Literal["laag", "midden", "hoog"] = "midden"


class Election(BaseModel):
    model_config = _STRICT
    name: str
    kind: str
    date: date
    verified: bool = True
    window_days: int = Field(default=42, ge=0, le=365)


class Official(BaseModel):
    """A public office-holder who may be named without being a 'person' in the AVG sense."""

    model_config = _STRICT
    name: str
    role: str
    handle: str | None = None


class OrganisationData(BaseModel):
    model_config = _STRICT
    id: str = "geen"
    name: str = ""
    kind: Literal["rijk", "gemeente", "provincie", "waterschap", "zbo", "anders"] = "anders"
    dossiers: list[OrgDossier] = Field(default_factory=list)
    sensitive_topics: list[str] = Field(default_factory=list)
    elections: list[Election] = Field(default_factory=list)
    announced_dates: list[Election] = Field(default_factory=list)
    functional_mailboxes: list[str] = Field(default_factory=list)
    press_handles: list[str] = Field(default_factory=list)
    mp_handles: list[str] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)

    def merged(self, other: OrganisationData) -> OrganisationData:
        """Combine: lists are concatenated, ``other`` wins for scalars."""
        data: dict[str, Any] = self.model_dump()
        for key, value in other.model_dump().items():
            if isinstance(value, list):
                data[key] = data[key] + value
            elif value not in ("", "geen", "anders"):
                data[key] = value
        return OrganisationData.model_validate(data)


class Pack(BaseModel):
    model_config = _STRICT
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    title: str
    version: str
    kind: Literal["builtin", "organisation"] = "builtin"
    description: str = ""
    in_force_from: date | None = None
    in_force_until: date | None = None
    rules: list[Rule] = Field(default_factory=list)
    organisation: OrganisationData | None = None

    @model_validator(mode="after")
    def _unique_ids(self) -> Pack:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"regel-id '{rule.id}' komt twee keer voor")
            seen.add(rule.id)
        return self

    def in_force_on(self, on: date) -> bool:
        return (self.in_force_from is None or self.in_force_from <= on) and (
            self.in_force_until is None or on <= self.in_force_until
        )


class ReferenceList(BaseModel):
    """A list that goes stale (parties, ministries, politicians, elections)."""

    model_config = ConfigDict(extra="forbid")
    name: str
    geldig_op: date
    bron: str
    licentie: str | None = None
    opmerking: str | None = None
    items: list[dict[str, Any]]
