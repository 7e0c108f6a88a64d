# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Presentation helpers: highlighted text segments and labels for the templates.

Segments are plain strings; the templates escape them (no ``mark_safe``).
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

ACTION_LABELS = {
    "herzien": _("Terug naar concept"),
    "toetsen": _("Toetsen"),
    "review_aanvragen": _("Vraag review aan"),
    "goedkeuren": _("Goedkeuren"),
    "afwijzen": _("Afwijzen"),
    "wijzigingen_voorstellen": _("Wijzigingen voorstellen"),
    "publiceren": _("Markeer als gepubliceerd"),
    "archiveren": _("Archiveer"),
}
SEVERITY_LEVEL = {"ernstig": "rood", "risico": "oranje", "let-op": "groen"}
# Actions that are one button without further input on the detail page.
BUTTON_ACTIONS = ("toetsen", "review_aanvragen", "archiveren")


def codex_parts(assessment: dict[str, Any] | None) -> list[str]:
    """The codex version ("pack@version+pack@version…") as a list, so it can wrap."""
    return [p for p in ((assessment or {}).get("codex_version") or "").split("+") if p]


SEVERITY_RANK = {"ernstig": 0, "risico": 1, "let-op": 2}


def segments(text: str, findings: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Split ``text`` into plain and highlighted parts.

    Where findings overlap, the most severe (then the shortest) span wins, so a
    serious finding is never hidden under a broad "let op".
    """
    findings = findings or []
    candidates = sorted(
        (
            (SEVERITY_RANK.get(f.get("severity", ""), 3), int(f["end"]) - int(f["start"]), i)
            for i, f in enumerate(findings)
            if 0 <= int(f.get("start", 0)) < int(f.get("end", 0)) <= len(text)
        )
    )
    chosen: list[tuple[int, int, int]] = []
    for _rank, _length, i in candidates:
        start, end = int(findings[i]["start"]), int(findings[i]["end"])
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, i))
    parts: list[dict[str, Any]] = []
    pos = 0
    for start, end, index in sorted(chosen):
        if start > pos:
            parts.append({"text": text[pos:start], "finding": None})
        severity = findings[index].get("severity", "")
        parts.append(
            {
                "text": text[start:end],
                "finding": index + 1,
                "level": SEVERITY_LEVEL.get(severity, "oranje"),
                "severity": severity,
            }
        )
        pos = end
    if pos < len(text):
        parts.append({"text": text[pos:], "finding": None})
    return parts
