# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The difference between two rule pack versions, ready for a template.

Uses :func:`meedoen.core.codex.diff.diff_packs` (the same as ``meedoen codex
diff``) on the effective packs, so the diff shows what the engine would see.
Word diffs (``[-old-]{+new+}``) become segments the template renders as
``<del>``/``<ins>``, escaped like any other text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from meedoen.core.codex.diff import CodexDiff, FieldChange, diff_packs
from meedoen.web.engine import effective_pack
from meedoen.web.organisation.models import RulePackVersion

_MARK = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)


@dataclass(frozen=True)
class Segment:
    kind: str  # "same" | "del" | "ins"
    text: str


def segments(word_diff: str) -> list[Segment]:
    """Split a ``[-…-]{+…+}`` word diff into plain, deleted and inserted parts."""
    out: list[Segment] = []
    pos = 0
    for m in _MARK.finditer(word_diff):
        if m.start() > pos:
            out.append(Segment("same", word_diff[pos : m.start()]))
        if m.group(1) is not None:
            out.append(Segment("del", m.group(1)))
        else:
            out.append(Segment("ins", m.group(2) or ""))
        pos = m.end()
    if pos < len(word_diff):
        out.append(Segment("same", word_diff[pos:]))
    return out


def show(value: Any) -> str:
    if value is None:
        return "(leeg)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(leeg)"
    return str(value)


@dataclass(frozen=True)
class FieldRow:
    field: str
    old: str
    new: str
    words: list[Segment] | None


def rows(changes: tuple[FieldChange, ...]) -> list[FieldRow]:
    return [
        FieldRow(c.field, show(c.old), show(c.new), segments(c.word_diff) if c.word_diff else None)
        for c in changes
    ]


def version_diff(a: RulePackVersion, b: RulePackVersion) -> CodexDiff:
    org = a.organisation
    return diff_packs(
        effective_pack(org, a),
        effective_pack(org, b),
        old_label=a.version,
        new_label=b.version,
    )
