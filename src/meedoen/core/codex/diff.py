# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Compare two rule packs or two codex versions.

Everything here is pure: the functions take parsed packs, rules or codices and
return a :class:`CodexDiff`, a plain value that the CLI renders as text or JSON.
Rules are matched by id. For every changed field the old and new values are
kept; for prose fields (``text``, ``summary`` …) a word-level diff built with
:mod:`difflib` shows exactly which words changed.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from meedoen.core import rx
from meedoen.core.codex.models import Pack, Rule

if TYPE_CHECKING:
    from meedoen.core.codex.codex import Codex

# Pack-level fields compared as metadata (rules are compared one by one).
_PACK_FIELDS = ("id", "title", "version", "kind", "description", "in_force_from", "in_force_until")
_TOKEN = rx.compile(r"\s+|[^\s]+")
_PROSE_MIN = 40  # strings at least this long (or multi-line) get a word diff
_SIMILAR = 0.5  # below this similarity the text report shows old and new in full


@dataclass(frozen=True)
class FieldChange:
    """One changed field; ``field`` is a dotted path such as ``source.url``."""

    field: str
    old: Any
    new: Any
    word_diff: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.field, "old": self.old, "new": self.new}
        if self.word_diff is not None:
            out["word_diff"] = self.word_diff
        return out


@dataclass(frozen=True)
class RuleChange:
    rule_id: str
    changes: tuple[FieldChange, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.rule_id, "changes": [c.to_dict() for c in self.changes]}


@dataclass(frozen=True)
class CodexDiff:
    """The difference between an old (A) and a new (B) set of rules."""

    old_label: str
    new_label: str
    metadata: tuple[FieldChange, ...] = ()
    added: tuple[Rule, ...] = ()
    removed: tuple[Rule, ...] = ()
    changed: tuple[RuleChange, ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        return not (self.metadata or self.added or self.removed or self.changed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.old_label,
            "b": self.new_label,
            "identical": self.is_empty,
            "metadata": [c.to_dict() for c in self.metadata],
            "added": [_rule_brief(r) for r in self.added],
            "removed": [_rule_brief(r) for r in self.removed],
            "changed": [c.to_dict() for c in self.changed],
            "counts": {
                "added": len(self.added),
                "removed": len(self.removed),
                "changed": len(self.changed),
            },
        }


def _rule_brief(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "title": rule.title,
        "source": rule.source.cite(),
        "replaces": rule.replaces,
        "overrides": rule.overrides,
    }


# -- word diff ---------------------------------------------------------------
def word_diff(old: str, new: str) -> str:
    """Inline word diff: removed words as ``[-…-]``, added words as ``{+…+}``."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    parts: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append("".join(a[i1:i2]))
            continue
        if op in ("replace", "delete"):
            parts.append(f"[-{''.join(a[i1:i2])}-]")
        if op in ("replace", "insert"):
            parts.append(f"{{+{''.join(b[j1:j2])}+}}")
    return "".join(parts)


def _is_prose(value: Any) -> bool:
    return isinstance(value, str) and (len(value) >= _PROSE_MIN or "\n" in value)


# -- field comparison --------------------------------------------------------
def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts to dotted keys; lists and scalars are kept as values."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            nested = _flatten(value, f"{path}.")
            flat.update(nested if nested else {path: None})
        else:
            flat[path] = value
    return flat


def compare_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[FieldChange, ...]:
    """Every dotted field whose value differs, in a stable order."""
    a, b = _flatten(old), _flatten(new)
    keys = list(a) + [k for k in b if k not in a]
    changes = []
    for key in keys:
        va, vb = a.get(key), b.get(key)
        if va == vb:
            continue
        wd = (
            word_diff(va, vb)
            if isinstance(va, str) and isinstance(vb, str) and (_is_prose(va) or _is_prose(vb))
            else None
        )
        changes.append(FieldChange(key, va, vb, wd))
    return tuple(changes)


def _rule_data(rule: Rule) -> dict[str, Any]:
    return rule.model_dump(mode="json")


def diff_rules(
    old: Iterable[Rule],
    new: Iterable[Rule],
    old_label: str = "A",
    new_label: str = "B",
    metadata: tuple[FieldChange, ...] = (),
) -> CodexDiff:
    """Diff two collections of rules, matched by id."""
    a = {r.id: r for r in old}
    b = {r.id: r for r in new}
    added = tuple(b[i] for i in sorted(b.keys() - a.keys()))
    removed = tuple(a[i] for i in sorted(a.keys() - b.keys()))
    changed = []
    for rule_id in sorted(a.keys() & b.keys()):
        changes = compare_fields(_rule_data(a[rule_id]), _rule_data(b[rule_id]))
        if changes:
            changed.append(RuleChange(rule_id, changes))
    return CodexDiff(old_label, new_label, metadata, added, removed, tuple(changed))


def pack_label(pack: Pack) -> str:
    return f"{pack.id}@{pack.version}"


def diff_packs(
    old: Pack, new: Pack, old_label: str | None = None, new_label: str | None = None
) -> CodexDiff:
    """Diff two packs: pack metadata, organisation data and every rule."""
    meta_old = old.model_dump(mode="json", include=set(_PACK_FIELDS))
    meta_new = new.model_dump(mode="json", include=set(_PACK_FIELDS))
    org_old = old.organisation.model_dump(mode="json") if old.organisation else {}
    org_new = new.organisation.model_dump(mode="json") if new.organisation else {}
    metadata = compare_fields(meta_old, meta_new) + compare_fields(
        {"organisation": org_old}, {"organisation": org_new}
    )
    return diff_rules(
        old.rules,
        new.rules,
        old_label or pack_label(old),
        new_label or pack_label(new),
        metadata,
    )


def diff_codices(old: Codex, new: Codex) -> CodexDiff:
    """Diff two codex versions (for example the built-in codex with and
    without an organisation pack), rule by rule."""
    packs_old = {p.id: p.version for p in old.packs}
    packs_new = {p.id: p.version for p in new.packs}
    metadata = compare_fields({"packs": packs_old}, {"packs": packs_new})
    return diff_rules(old.all_rules(), new.all_rules(), old.version, new.version, metadata)


# -- rendering ---------------------------------------------------------------
def _show(value: Any) -> str:
    if value is None:
        return "(leeg)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]" if value else "[]"
    return str(value)


def _similar(old: str, new: str) -> bool:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= _SIMILAR


def _format_change(change: FieldChange, indent: str) -> list[str]:
    if (
        isinstance(change.old, str)
        and isinstance(change.new, str)
        and change.word_diff is not None
        and not _similar(change.old, change.new)
    ):
        return [
            f"{indent}{change.field}:",
            f"{indent}  oud:   {change.old}",
            f"{indent}  nieuw: {change.new}",
        ]
    if change.word_diff is not None:
        lines = [f"{indent}{change.field}:"]
        lines += [f"{indent}  {line}" for line in change.word_diff.splitlines() or [""]]
        return lines
    return [f"{indent}{change.field}: {_show(change.old)} → {_show(change.new)}"]


def format_text(diff: CodexDiff) -> str:
    """A readable Dutch report; word changes as [-oud-]{+nieuw+}."""
    out = [f"Verschil tussen A = {diff.old_label} en B = {diff.new_label}"]
    if diff.is_empty:
        out.append("Geen verschillen.")
        return "\n".join(out) + "\n"
    if diff.metadata:
        out.append("")
        out.append("Pakketgegevens gewijzigd:")
        for change in diff.metadata:
            out += _format_change(change, "  ")
    if diff.added:
        out.append("")
        out.append(f"Toegevoegd in B ({len(diff.added)}):")
        for rule in diff.added:
            extra = f" (vervangt {rule.replaces})" if rule.replaces else ""
            extra += f" (overschrijft {rule.overrides})" if rule.overrides else ""
            out.append(f"  + {rule.id}  {rule.title}{extra}")
    if diff.removed:
        out.append("")
        out.append(f"Verwijderd in B ({len(diff.removed)}):")
        for rule in diff.removed:
            out.append(f"  - {rule.id}  {rule.title}")
    if diff.changed:
        out.append("")
        out.append(f"Gewijzigd ({len(diff.changed)}):")
        for rule_change in diff.changed:
            out.append(f"  ~ {rule_change.rule_id}")
            for change in rule_change.changes:
                out += _format_change(change, "      ")
    out.append("")
    out.append(
        f"Samenvatting: {len(diff.added)} toegevoegd, {len(diff.removed)} verwijderd, "
        f"{len(diff.changed)} gewijzigd"
        + (f", {len(diff.metadata)} pakketgegeven(s) gewijzigd." if diff.metadata else ".")
    )
    out.append("Woordverschillen: [-weggehaald-] {+toegevoegd+}.")
    return "\n".join(out) + "\n"
