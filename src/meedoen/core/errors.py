# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Stable error codes with Dutch messages that say what to do.

Each code is part of the public contract (CLI, API): the number never changes
meaning. ``MeedoenError(Errors.E101, limit=...)`` formats the message.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Errors(StrEnum):
    """Error catalogue. The value is the Dutch message template."""

    E001 = "Onbekende fout: {detail}"
    E101 = "De tekst is leeg. Geef de tekst van je bericht op."
    E102 = "De tekst is te lang ({length} tekens; maximaal {limit}). Toets het bericht in delen."
    E103 = "De invoer is geen geldige UTF-8-tekst (fout bij byte {position}). Sla het bestand op als UTF-8."
    E104 = "De invoer lijkt binair (bijvoorbeeld een afbeelding of archief), geen tekst. Geef platte tekst op."
    E105 = "De tekst bevat alleen onzichtbare of stuurtekens. Geef leesbare tekst op."
    E106 = "De tekst moet een tekenreeks zijn, niet {kind}."
    E201 = "Het profiel is ongeldig: {detail}"
    E202 = "De context is ongeldig: {detail}"
    E203 = "Het YAML-bestand '{path}' kan niet worden gelezen: {detail}"
    E204 = "Het JSON-bestand of de JSON-regel kan niet worden gelezen: {detail}"
    E205 = "Het bestand '{path}' bestaat niet of is niet leesbaar."
    E206 = "Het bestand '{path}' moet een YAML-mapping bevatten, niet {kind}."
    E301 = "Het regelpakket '{path}' is ongeldig: {detail}"
    E302 = "Onbekende regel '{rule_id}'. Zie 'meedoen codex list' voor alle regels."
    E303 = "Regel '{rule_id}' komt in meerdere pakketten voor zonder 'overrides': {packs}"
    E304 = "Onbekend regelpakket of versie '{ref}'. Zie 'meedoen codex list --packs'."
    E401 = "Het archiefbestand '{path}' heeft geen bekend formaat (verwacht: tweets.js, outbox.json of Shares.csv)."

    @property
    def code(self) -> str:
        return self.name


class MeedoenError(Exception):
    """An expected error with a stable code and a Dutch message."""

    def __init__(self, error: Errors, **fields: Any) -> None:
        self.error = error
        self.fields = fields
        try:
            message = error.value.format(**fields)
        except (KeyError, IndexError):
            message = error.value
        super().__init__(f"[{error.name}] {message}")
        self.message = message

    @property
    def code(self) -> str:
        return self.error.name

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class InputError(MeedoenError):
    """Bad input: exit code 65 on the CLI, HTTP 400 on the API."""


class ConfigError(MeedoenError):
    """Bad profile, context, rule pack or other configuration (exit 65)."""


def kind_of(value: object) -> str:
    """A Dutch description of a YAML/JSON value's type, for messages."""
    if value is None:
        return "niets (leeg)"
    if isinstance(value, bool):
        return "een ja/nee-waarde"
    if isinstance(value, int | float):
        return "een getal"
    if isinstance(value, str):
        return "een tekst"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een mapping"
    return type(value).__name__
