# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Running a self-check and preparing its result for the templates.

Nothing here stores or logs anything: a check lives only in the response.
The result is always the engine's JSON (``Assessment.model_dump(mode="json")``)
so a fresh check and a saved snapshot render through the same template.
"""

from __future__ import annotations

from typing import Any

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from meedoen.core.text.visible import marked_regions
from meedoen.core.text.visible import visible as safe
from meedoen.web import engine
from meedoen.web.accounts.models import Member

SEVERITY_LEVEL = {"let-op": "groen", "risico": "oranje", "ernstig": "rood"}
SEVERITY_RANK = {"let-op": 1, "risico": 2, "ernstig": 3}


def severity_label(severity: str) -> str:
    return {"let-op": _("let op"), "risico": _("risico"), "ernstig": _("ernstig")}.get(
        severity, severity
    )


def level_label(level: str) -> str:
    return {"groen": _("groen"), "oranje": _("oranje"), "rood": _("rood")}.get(level, level)


def approach_label(approach: str) -> str:
    return {
        "passief-luisteren": _("passief luisteren"),
        "interactief-meedoen": _("interactief meedoen"),
        "interactief-met-afstemming": _("interactief meedoen, na afstemming"),
    }.get(approach, approach)


def capacity_label(capacity: str) -> str:
    return {"prive": _("privé"), "in-functie": _("in functie")}.get(capacity, capacity)


def audience_label(audience: str) -> str:
    return {
        "openbaar": _("openbaar"),
        "besloten-groep": _("besloten groep"),
        "intern": _("intern"),
    }.get(audience, audience)


def run_check(text: str, context: dict[str, Any], member: Member | None) -> dict[str, Any]:
    """The assessment as JSON; anonymous users get the built-in codex, no profile."""
    assessment = engine.check(text, member=member, context=context)
    return assessment.model_dump(mode="json")


def _regions(text: str, findings: list[dict[str, Any]]) -> list[tuple[int, int, list[int]]]:
    """Maximal non-overlapping marked regions ``(start, end, finding numbers)``."""
    return marked_regions(len(text), [(int(f["start"]), int(f["end"])) for f in findings])


def _piece(text: str) -> str:
    """One segment of user text: control characters made visible, then escaped."""
    return escape(safe(text))


def highlight_html(text: str, findings: list[dict[str, Any]]) -> SafeString:
    """The draft with finding spans in ``<mark class="finding level-…">``.

    Every segment of the user's text is escaped on its own; only our own tags
    are added around them, so the result is safe to render.
    """
    parts: list[str] = []
    pos = 0
    for start, end, numbers in _regions(text, findings):
        parts.append(_piece(text[pos:start]))
        worst = max(
            (findings[n - 1]["severity"] for n in numbers), key=lambda s: SEVERITY_RANK.get(s, 0)
        )
        level = SEVERITY_LEVEL.get(worst, "oranje")
        label = ", ".join(str(n) for n in numbers)
        hidden = format_html(
            '<span class="meedoen-visually-hidden">{} {} ({}): </span>',
            _("bevinding"),
            label,
            severity_label(worst),
        )
        parts.append(
            format_html('<mark class="finding level-{}">{}', level, hidden)
            + _piece(text[start:end])
            + "</mark>"
        )
        for n in numbers:
            parts.append(
                format_html(
                    '<a class="finding__label level-{} utrecht-link" href="#bevinding-{}">{}</a>',
                    level,
                    n,
                    n,
                )
            )
        pos = end
    parts.append(_piece(text[pos:]))
    return mark_safe("".join(parts))  # noqa: S308 - every user segment is escaped above


def present(text: str, assessment: dict[str, Any]) -> dict[str, Any]:
    """Template context for one assessment (fresh or a saved snapshot)."""
    findings = []
    for i, f in enumerate(assessment.get("findings", []), 1):
        findings.append(
            {
                **f,
                "number": i,
                "level": SEVERITY_LEVEL.get(f.get("severity", ""), "oranje"),
                "severity_label": severity_label(f.get("severity", "")),
            }
        )
    factors = [
        {"key": key, **assessment["factors"][key]}
        for key in "abcdef"
        if key in assessment.get("factors", {})
    ]
    strategy = assessment.get("strategy")
    if strategy:
        strategy = {**strategy, "approach_label": approach_label(strategy.get("approach", ""))}
    return {
        "level": assessment.get("level", "groen"),
        "level_label": level_label(assessment.get("level", "groen")),
        "summary": assessment.get("summary", ""),
        "findings": findings,
        "factors": factors,
        "strategy": strategy,
        "checked_on": assessment.get("checked_on"),
        "capacity": assessment.get("capacity"),
        "capacity_label": capacity_label(assessment.get("capacity") or ""),
        "audience": assessment.get("audience"),
        "audience_label": audience_label(assessment.get("audience") or ""),
        "decision": assessment.get("decision", ""),
        "codex_version": assessment.get("codex_version", ""),
        "highlighted": highlight_html(text, assessment.get("findings", [])),
    }
