# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The codex: all rules in force, built-in plus an organisation's own.

An organisation pack may add rules, or replace a built-in rule by naming it in
``overrides``; it may also switch one off with ``disabled: true``. The codex
answers which rules applied on a date, follows ``replaces`` back to the rule
that applied before (for example AW art. 125a before 2020), and has one
version string that names every pack and its version.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from meedoen.core.codex.loader import builtin_packs, load_pack
from meedoen.core.codex.models import OrganisationData, Pack, Rule
from meedoen.core.errors import ConfigError, Errors


class Codex:
    """Rules by id, with overrides applied, and the organisation's data."""

    def __init__(self, packs: Iterable[Pack]) -> None:
        self.packs: tuple[Pack, ...] = tuple(packs)
        self._rules: dict[str, Rule] = {}
        self._origin: dict[str, str] = {}
        self._overridden_by: dict[str, str] = {}
        organisation = OrganisationData()
        for pack in self.packs:
            for rule in pack.rules:
                if rule.id in self._rules and rule.overrides != rule.id:
                    raise ConfigError(
                        Errors.E303, rule_id=rule.id, packs=f"{self._origin[rule.id]}, {pack.id}"
                    )
                self._rules[rule.id] = rule
                self._origin[rule.id] = pack.id
                if rule.overrides:
                    self._overridden_by[rule.overrides] = rule.id
            if pack.organisation is not None:
                organisation = organisation.merged(pack.organisation)
        self.organisation = organisation
        self.version = "+".join(f"{p.id}@{p.version}" for p in self.packs)

    # -- lookup -----------------------------------------------------------
    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    def get(self, rule_id: str) -> Rule:
        try:
            return self._rules[rule_id]
        except KeyError:
            raise ConfigError(Errors.E302, rule_id=rule_id) from None

    def pack_of(self, rule_id: str) -> str:
        return self._origin[rule_id]

    def all_rules(self) -> list[Rule]:
        return list(self._rules.values())

    def effective(self, rule_id: str) -> Rule | None:
        """The rule after organisation overrides; None when switched off."""
        seen = set()
        while rule_id in self._overridden_by and rule_id not in seen:
            seen.add(rule_id)
            rule_id = self._overridden_by[rule_id]
        rule = self.get(rule_id)
        return None if rule.disabled else rule

    def resolve(self, rule_id: str, on: date) -> Rule | None:
        """The rule to cite on date ``on``: overrides applied, and for a date
        before the rule took effect, the rule it ``replaces``."""
        rule = self.effective(rule_id)
        seen: set[str] = set()
        while rule is not None and rule.in_force_from and on < rule.in_force_from and rule.replaces:
            if rule.replaces in seen or rule.replaces not in self._rules:
                break
            seen.add(rule.replaces)
            rule = self.effective(rule.replaces)
        return rule

    def rules_on(self, on: date) -> list[Rule]:
        """All rules that applied on ``on`` (pack and rule validity), overrides applied."""
        in_force_packs = {p.id for p in self.packs if p.in_force_on(on)}
        out = []
        for rule_id, rule in self._rules.items():
            if rule.disabled or rule_id in self._overridden_by:
                continue
            if self._origin[rule_id] in in_force_packs and rule.in_force_on(on):
                out.append(rule)
        return out

    def organisation_rules(self, category: str, on: date) -> list[Rule]:
        """Rules from organisation packs that underpin ``category`` on ``on``."""
        org_packs = {p.id for p in self.packs if p.kind == "organisation" and p.in_force_on(on)}
        return [
            r
            for r in self._rules.values()
            if self._origin[r.id] in org_packs
            and category in r.categories
            and not r.disabled
            and r.in_force_on(on)
        ]


@cache
def builtin_codex() -> Codex:
    return Codex(builtin_packs())


def load_codex(*organisation_packs: str | Path | Pack) -> Codex:
    """The built-in codex plus organisation packs (paths or parsed packs)."""
    if not organisation_packs:
        return builtin_codex()
    extra = [p if isinstance(p, Pack) else load_pack(p) for p in organisation_packs]
    return Codex((*builtin_packs(), *extra))


def rule_row(rule: Rule, pack_id: str) -> dict[str, Any]:
    """A rule as plain JSON data (CLI `codex list --format json`, the REST API)."""
    return {
        "id": rule.id,
        "title": rule.title,
        "pack": pack_id,
        "source": rule.source.model_dump(mode="json", exclude_none=True),
        "cite": rule.source.cite(),
        "in_force_from": rule.in_force_from.isoformat() if rule.in_force_from else None,
        "in_force_until": rule.in_force_until.isoformat() if rule.in_force_until else None,
        "text_verified": rule.text_verified,
        "categories": rule.categories,
        "summary": rule.summary,
        "replaces": rule.replaces,
        "overrides": rule.overrides,
        "disabled": rule.disabled,
    }
