# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Check a rule pack file and report *every* problem in Dutch, with line numbers.

``load_pack`` stops at the first problem; this module is for authors of a pack
(``meedoen codex validate``): it reads the file, checks the YAML syntax, the
schema and the references to other rules, and returns all problems at once.
Problems are errors (the pack cannot be used) or warnings (it can, but
something is probably not intended).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from meedoen.core.codex.loader import YAML_LOADER, builtin_packs
from meedoen.core.codex.messages import dutch_message, yaml_problem
from meedoen.core.codex.models import Pack
from meedoen.core.codex.yaml_aliases import alias_problem

MAX_BYTES = 4 * 1024 * 1024


@dataclass
class ValidationReport:
    path: str
    pack: Pack | None = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


# -- reading -----------------------------------------------------------------
def _read_text(path: Path, report: ValidationReport) -> str | None:
    try:
        if path.is_dir():
            report.errors.append("dit is een map, geen bestand")
            return None
        raw = path.read_bytes()
    except OSError:
        report.errors.append("het bestand bestaat niet of is niet leesbaar")
        return None
    if len(raw) > MAX_BYTES:
        report.errors.append(
            f"het bestand is te groot ({len(raw):,} bytes; maximaal {MAX_BYTES:,})".replace(
                ",", "."
            )
        )
        return None
    if b"\x00" in raw[:8192]:
        report.errors.append("het bestand is binair (bevat NUL-bytes), geen YAML-tekst")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.errors.append(
            f"het bestand is geen geldige UTF-8 (fout bij byte {exc.start}); sla het op als UTF-8"
        )
        return None
    if not text.strip():
        report.errors.append(
            "het bestand is leeg; een regelpakket heeft minstens id, title en version"
        )
        return None
    return text


def _compose(text: str, report: ValidationReport) -> tuple[Any, yaml.Node | None] | None:
    problem = alias_problem(text, YAML_LOADER)
    if problem is not None:
        report.errors.append(problem)
        return None
    try:
        node = yaml.compose(text, Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        report.errors.append(yaml_problem(exc))
        return None
    except RecursionError:
        report.errors.append("de YAML-structuur is te diep genest")
        return None
    if node is not None:
        _duplicate_keys(node, report)
    try:
        data = yaml.load(text, Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        report.errors.append(yaml_problem(exc))
        return None
    except (ValueError, OverflowError, RecursionError):
        # PyYAML reads 2026-02-30 as a date and fails; name every such value.
        bad = _bad_dates(node)
        report.errors.extend(
            bad or ["ongeldige waarde in het bestand (bijvoorbeeld een datum die niet bestaat)"]
        )
        return None
    return data, node


def _bad_dates(node: yaml.Node | None) -> list[str]:
    found = []
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            stack.extend(v for pair in current.value for v in pair)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
        elif isinstance(current, yaml.ScalarNode) and current.tag.endswith(":timestamp"):
            try:
                date.fromisoformat(current.value[:10])
            except ValueError:
                found.append(
                    f"regel {current.start_mark.line + 1}: '{current.value}' is geen bestaande datum (JJJJ-MM-DD)"
                )
    return sorted(found, key=lambda m: int(m.split()[1].rstrip(":")))


def _duplicate_keys(node: yaml.Node, report: ValidationReport) -> None:
    """PyYAML silently keeps the last of two equal keys; report them instead."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode) and key.value != "<<":
                    line = key.start_mark.line + 1
                    if key.value in seen:
                        report.errors.append(
                            f"regel {line}: sleutel '{key.value}' staat twee keer in dezelfde mapping "
                            f"(eerder op regel {seen[key.value]}); alleen de laatste zou tellen"
                        )
                    seen.setdefault(key.value, line)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def _line_of(node: yaml.Node | None, loc: Sequence[Any]) -> int | None:
    """The line (1-based) of the deepest YAML node on the path ``loc``."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next(
                (
                    v
                    for k, v in node.value
                    if isinstance(k, yaml.ScalarNode) and k.value == str(part)
                ),
                None,
            )
            if nxt is None:
                # An unknown key: point at the key itself.
                key = next(
                    (
                        k
                        for k, _ in node.value
                        if isinstance(k, yaml.ScalarNode) and k.value == str(part)
                    ),
                    None,
                )
                return key.start_mark.line + 1 if key is not None else line
            node = nxt
        elif (
            isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value)
        ):
            node = node.value[part]
        else:
            break
        line = node.start_mark.line + 1
    return line


# -- schema ------------------------------------------------------------------
def _where(loc: Sequence[Any], data: Any) -> str:
    parts: list[str] = []
    rule_label = ""
    for i, part in enumerate(loc):
        if isinstance(part, int):
            parts[-1:] = [f"{parts[-1]}[{part}]"] if parts else [f"[{part}]"]
            if i == 1 and loc[0] == "rules" and isinstance(data, dict):
                rules = data.get("rules")
                if isinstance(rules, list) and part < len(rules) and isinstance(rules[part], dict):
                    rid = rules[part].get("id")
                    rule_label = f" (regel '{rid}')" if isinstance(rid, str) else ""
        else:
            parts.append(str(part))
    return (".".join(parts) or "(hoofdniveau)") + rule_label


def _schema_errors(
    data: dict[str, Any], node: yaml.Node | None, report: ValidationReport
) -> Pack | None:
    try:
        return Pack.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            msg = dutch_message(err)
            if "komt twee keer voor" in msg:
                continue  # reported by _reference_checks with line numbers
            loc = tuple(err.get("loc", ()))
            line = _line_of(node, loc)
            prefix = f"regel {line}: " if line else ""
            report.errors.append(f"{prefix}{_where(loc, data)}: {msg}")
        return None


# -- references and dates ------------------------------------------------------
def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _check_period(
    what: str, data: dict[str, Any], line: int | None, report: ValidationReport
) -> None:
    start, end = _as_date(data.get("in_force_from")), _as_date(data.get("in_force_until"))
    if start and end and end < start:
        prefix = f"regel {line}: " if line else ""
        report.errors.append(
            f"{prefix}{what}: in_force_until ({end}) ligt vóór in_force_from ({start})"
        )


def _reference_checks(
    data: dict[str, Any], node: yaml.Node | None, report: ValidationReport
) -> None:
    pack_id = data.get("id")
    others = [p for p in builtin_packs() if p.id != pack_id]
    known: dict[str, str] = {r.id: p.id for p in others for r in p.rules}
    if data.get("kind", "builtin") == "organisation" and any(
        p.id == pack_id for p in builtin_packs()
    ):
        report.errors.append(
            f"id: '{pack_id}' is de naam van een ingebouwd pakket; kies een eigen id"
        )
    _check_period("pakket", data, _line_of(node, ("in_force_from",)), report)
    rules = data.get("rules")
    if not isinstance(rules, list):
        return
    own: dict[str, int] = {}
    for i, rule in enumerate(rules):
        if isinstance(rule, dict) and isinstance(rule.get("id"), str):
            rid = rule["id"]
            line = _line_of(node, ("rules", i, "id"))
            if rid in own:
                report.errors.append(
                    f"regel {line}: regel-id '{rid}' komt twee keer voor (ook rules[{own[rid]}])"
                )
            own.setdefault(rid, i)
    for i, rule in enumerate(rules):
        if not isinstance(rule, dict):
            continue
        rid = rule.get("id")
        label = f"rules[{i}] (regel '{rid}')"
        overrides, replaces = rule.get("overrides"), rule.get("replaces")
        if isinstance(rid, str) and rid in known and overrides != rid:
            report.errors.append(
                f"regel {_line_of(node, ('rules', i, 'id'))}: {label}: deze id bestaat al in het ingebouwde "
                f"pakket '{known[rid]}'; zet 'overrides: {rid}' om die regel te vervangen, of kies een nieuwe id"
            )
        for key, target in (("overrides", overrides), ("replaces", replaces)):
            if isinstance(target, str) and target not in known and target not in own:
                report.errors.append(
                    f"regel {_line_of(node, ('rules', i, key))}: {label}.{key}: onbekende regel '{target}' "
                    "(zie 'meedoen codex list')"
                )
        if isinstance(overrides, str) and overrides == replaces:
            report.warnings.append(
                f"{label}: overrides en replaces noemen dezelfde regel '{overrides}'"
            )
        source = rule.get("source")
        if isinstance(source, dict):
            _check_period(f"{label}.source", source, _line_of(node, ("rules", i, "source")), report)
        if rule.get("text_verified") is True and not rule.get("text_verified_on"):
            report.warnings.append(
                f"{label}: text_verified is true maar text_verified_on (de datum) ontbreekt"
            )
        if rule.get("text_verified") is False and not rule.get("verification_note"):
            report.warnings.append(
                f"{label}: niet-geverifieerde tekst zonder verification_note (wat moet nog worden gecontroleerd?)"
            )


def validate_pack_file(path: str | Path) -> ValidationReport:
    """Read and check one pack file; never raises for bad content."""
    report = ValidationReport(str(path))
    text = _read_text(Path(path), report)
    if text is None:
        return report
    composed = _compose(text, report)
    if composed is None:
        return report
    data, node = composed
    if data is None:
        report.errors.append(
            "het bestand bevat alleen commentaar of witruimte; een regelpakket heeft minstens id, title en version"
        )
        return report
    if not isinstance(data, dict):
        kind = {
            list: "een lijst",
            str: "losse tekst",
            int: "een getal",
            float: "een getal",
            bool: "een ja/nee-waarde",
        }.get(type(data), type(data).__name__)
        report.errors.append(
            f"het bestand moet een YAML-mapping (sleutel: waarde) bevatten, niet {kind}"
        )
        return report
    pack = _schema_errors(data, node, report)
    _reference_checks(data, node, report)
    report.errors.sort(key=_line_key)
    report.pack = pack if not report.errors else None
    return report


def _line_key(message: str) -> int:
    """Sort problems by line; problems without a line come first."""
    head = message.split(":", 1)[0]
    return int(head[6:]) if head.startswith("regel ") and head[6:].isdigit() else 0
