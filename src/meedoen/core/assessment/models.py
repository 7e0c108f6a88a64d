# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Input (profile, context) and output (assessment) of a self-check.

Everything but the text is optional, with defaults that describe the most
common case: a private post on an open channel, today.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from meedoen.core.assessment.lenient import canonical, count, day, yes_no

Level = Literal["groen", "oranje", "rood"]
FunctionLevel = Literal["uitvoering", "beleid", "leidinggevend", "top"]
Sensitivity = Literal["laag", "midden", "hoog"]
Channel = Literal[
    "x", "bluesky", "mastodon", "linkedin", "facebook", "instagram", "forum", "blog", "intranet"
]
Audience = Literal["openbaar", "besloten-groep", "intern"]
Capacity = Literal["in-functie", "prive"]
AuthorRole = Literal["burger", "journalist", "kamerlid", "politicus", "collega", "organisatie"]
Severity = Literal["let-op", "risico", "ernstig"]

_LENIENT = ConfigDict(extra="ignore", str_strip_whitespace=True)


class _Input(BaseModel):
    """An input model: unknown keys are ignored, and a key given as null counts as absent
    (exporters write ``"followers": null`` or ``"dossiers": null`` for "not known"), so the
    default applies instead of an error."""

    model_config = _LENIENT

    @model_validator(mode="before")
    @classmethod
    def _drop_nulls(cls, data: object) -> object:
        if isinstance(data, dict) and None in data.values():
            return {k: v for k, v in data.items() if v is not None}
        return data


class Dossier(_Input):
    name: str = Field(min_length=1)
    keywords: list[str] = Field(default_factory=list)
    sensitivity: Sensitivity = "midden"

    @model_validator(mode="before")
    @classmethod
    def _from_name(cls, data: object) -> object:
        """A dossier given as a bare name is its own keyword; one given by its keywords only
        is named after the first."""
        if isinstance(data, str):
            return {"name": data, "keywords": [data]}
        if isinstance(data, dict) and not data.get("name"):
            words = data.get("keywords")
            first = words.split(",")[0] if isinstance(words, str) else (words or [None])[0]
            if isinstance(first, str) and first.strip():
                return {**data, "name": first.strip()}
        return data

    @field_validator("keywords", mode="before")
    @classmethod
    def _split(cls, v: object) -> object:
        return [p.strip() for p in v.split(",")] if isinstance(v, str) else v

    @field_validator("sensitivity", mode="before")
    @classmethod
    def _sensitivity(cls, v: object) -> object:
        return canonical("sensitivity", v)


class Profile(_Input):
    """Who is posting. Comes from the account in the web app."""

    name: str | None = None
    function: str | None = None
    organisation: str | None = None
    level: FunctionLevel = "uitvoering"
    dossiers: list[Dossier] = Field(default_factory=list)
    enforcement_role: bool = False

    @field_validator("level", mode="before")
    @classmethod
    def _level(cls, v: object) -> object:
        return canonical("level", v)

    @field_validator("enforcement_role", mode="before")
    @classmethod
    def _yes_no(cls, v: object) -> object:
        return yes_no(v)


class Account(_Input):
    name: str | None = None
    bio: str | None = None
    # "organisatie": the organisation's own official account, which speaks as the
    # organisation; the name-and-function rule for persons does not apply to it.
    kind: Literal["persoon", "organisatie"] = "persoon"

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, v: object) -> object:
        return canonical("kind", v)


class ReplyTo(_Input):
    text: str = ""
    author_role: AuthorRole = "burger"

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: object) -> object:
        """A reply given as a bare text is a reply to a citizen."""
        return {"text": data} if isinstance(data, str) else data

    @field_validator("author_role", mode="before")
    @classmethod
    def _role(cls, v: object) -> object:
        return canonical("author_role", v)


class Context(_Input):
    """Where and how the post will appear."""

    channel: Channel = "x"
    audience: Audience | None = None
    capacity: Capacity = "prive"
    date: dt.date | None = None
    followers: int | None = Field(default=None, ge=0)
    account: Account | None = None
    reply_to: ReplyTo | None = None

    @field_validator("channel", "audience", "capacity", mode="before")
    @classmethod
    def _spelling(cls, v: object, info: ValidationInfo) -> object:
        return canonical(info.field_name or "", v)

    @field_validator("followers", mode="before")
    @classmethod
    def _followers(cls, v: object) -> object:
        return count(v)

    @field_validator("date", mode="before")
    @classmethod
    def _day(cls, v: object) -> object:
        return day(v)

    def effective_audience(self) -> Audience:
        if self.audience is not None:
            return self.audience
        return "intern" if self.channel == "intranet" else "openbaar"


class Citation(BaseModel):
    """The rule a finding rests on: its text and source, current and 2010."""

    id: str
    title: str
    text: str
    text_verified: bool
    source: str
    url: str | None = None
    in_force_from: dt.date | None = None
    historical: str | None = None
    organisation_rules: list[str] = Field(default_factory=list)


class Finding(BaseModel):
    category: str
    rule: str
    start: int
    end: int
    evidence: str
    message: str
    advice: str
    severity: Severity
    detector: str
    explanation: str = ""
    citation: Citation


class Factor(BaseModel):
    score: int = Field(ge=0, le=3)
    label: str
    reason: str


class Factors(BaseModel):
    """The six weighing factors (Aanwijzing 15 (1998); wegingscriteria art. 10 Aw 2017)."""

    a: Factor
    b: Factor
    c: Factor
    d: Factor
    e: Factor
    f: Factor

    def total(self) -> int:
        return sum(getattr(self, k).score for k in "abcdef")


class Strategy(BaseModel):
    approach: Literal["passief-luisteren", "interactief-meedoen", "interactief-met-afstemming"]
    dossier: str | None = None
    reason: str


class Assessment(BaseModel):
    level: Level
    summary: str
    findings: list[Finding]
    factors: Factors
    strategy: Strategy | None
    decision: str
    checked_on: dt.date
    capacity: Capacity
    audience: Audience
    codex_version: str
    engine_version: str
