# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Text rendering of an assessment for the terminal.

The post is shown with the spans of the findings marked: in colour when the
output is a terminal (and ``NO_COLOR`` is unset), otherwise with visible
markers ``⟦…⟧`` followed by the numbers of the findings. Control, bidi and
zero-width characters in the post are shown as ``⟨U+200B⟩`` so that nothing in
the text can move the cursor, recolour the terminal or hide itself.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from typing import IO, TYPE_CHECKING

from meedoen.core.text.visible import (
    count_invisible,  # noqa: F401  (re-exported)
    marked_regions,
)
from meedoen.core.text.visible import visible as safe

if TYPE_CHECKING:  # pragma: no cover
    from meedoen.core.assessment.models import Assessment, Finding

RESET = "\033[0m"
BOLD = "\033[1m"
DIM = "\033[2m"
LEVEL_STYLE = {"groen": "\033[1;97;42m", "oranje": "\033[1;30;43m", "rood": "\033[1;97;41m"}
SEVERITY_STYLE = {"let-op": "\033[4;36m", "risico": "\033[4;33m", "ernstig": "\033[1;4;31m"}
SEVERITY_RANK = {"let-op": 1, "risico": 2, "ernstig": 3}
SEVERITY_LABEL = {"let-op": "let op", "risico": "risico", "ernstig": "ernstig"}
APPROACH_LABEL = {
    "passief-luisteren": "passief luisteren",
    "interactief-meedoen": "interactief meedoen",
    "interactief-met-afstemming": "interactief meedoen, na afstemming",
}
CAPACITY_LABEL = {"in-functie": "in functie", "prive": "privé"}
AUDIENCE_LABEL = {"openbaar": "openbaar", "besloten-groep": "besloten groep", "intern": "intern"}
OPEN, CLOSE = "⟦", "⟧"
CLOSING = "Dit is een advies: jij beslist zelf. meedoen heeft niets opgeslagen of verstuurd."

# Invisible characters that are allowed to pass through unchanged.


def use_colour(stream: IO[str] | None = None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):
        return False


def width() -> int:
    return max(40, min(shutil.get_terminal_size((88, 24)).columns, 100))


def _regions(text: str, findings: list[Finding]) -> list[tuple[int, int, list[int]]]:
    return marked_regions(len(text), [(f.start, f.end) for f in findings])


def highlight(text: str, findings: list[Finding], colour: bool) -> str:
    """The post with the finding spans marked."""
    parts: list[str] = []
    pos = 0
    for start, end, numbers in _regions(text, findings):
        parts.append(safe(text[pos:start]))
        inner = safe(text[start:end])
        tag = "[" + ",".join(str(n) for n in numbers) + "]"
        if colour:
            worst = max((findings[n - 1].severity for n in numbers), key=SEVERITY_RANK.get)
            inner = "\n".join(f"{SEVERITY_STYLE[worst]}{line}{RESET}" for line in inner.split("\n"))
            parts.append(f"{inner}{DIM}{tag}{RESET}")
        else:
            parts.append(f"{OPEN}{inner}{CLOSE}{tag}")
        pos = end
    parts.append(safe(text[pos:]))
    return "".join(parts)


def _wrap(text: str, indent: str, w: int) -> str:
    lines = []
    for para in safe(text).split("\n"):
        lines.extend(
            textwrap.wrap(para, w, initial_indent=indent, subsequent_indent=indent) or [indent]
        )
    return "\n".join(lines)


def _style(s: str, style: str, colour: bool) -> str:
    return f"{style}{s}{RESET}" if colour else s


def dot_score(score: int) -> str:
    return "●" * score + "○" * (3 - score)


def render(
    text: str, assessment: Assessment, colour: bool = False, title: str | None = None
) -> str:
    """A full human-readable report of one assessment."""
    w = width()
    a = assessment
    out: list[str] = []
    if title:
        out.append(_style(safe(title), BOLD, colour))
        out.append("")
    out.append(_style("Je bericht", BOLD, colour))
    body = highlight(text, a.findings, colour)
    for line in body.split("\n"):
        wrapped = textwrap.wrap(line, w - 2, break_long_words=False, break_on_hyphens=False)
        out.extend("  " + part for part in wrapped or [""])
    hidden = count_invisible(text)
    if hidden:
        out.append(
            f"  (de tekst bevat {hidden} onzichtbare teken(s) of stuurteken(s), hierboven "
            "getoond als ⟨U+…⟩)"
        )
    out.append("")
    level = f" {a.level.upper()} "
    out.append(f"{_style(level, LEVEL_STYLE.get(a.level, BOLD), colour)} {safe(a.summary)}")
    out.append(
        _style(
            f"Getoetst als: {CAPACITY_LABEL.get(a.capacity, a.capacity)} · "
            f"publiek: {AUDIENCE_LABEL.get(a.audience, a.audience)} · "
            f"datum: {a.checked_on.isoformat()}",
            DIM,
            colour,
        )
    )
    out.append("")
    if a.findings:
        out.append(_style(f"Bevindingen ({len(a.findings)})", BOLD, colour))
        for i, f in enumerate(a.findings, 1):
            out.extend(_finding(i, f, colour, w))
    else:
        out.append("Geen bevindingen.")
    out.append("")
    out.append(_style("Wegingsfactoren (Aanwijzing 15)", BOLD, colour))
    for key in "abcdef":
        factor = getattr(a.factors, key)
        out.append(f"  {key}  {dot_score(factor.score)} {factor.score}/3  {safe(factor.label)}")
        out.append(_wrap(factor.reason, " " * 13, w))
    out.append("")
    out.append(_strategy_line(a, w))
    out.append("")
    out.append(_style(CLOSING, DIM, colour))
    return "\n".join(out) + "\n"


def _finding(i: int, f: Finding, colour: bool, w: int) -> list[str]:
    c = f.citation
    sev = SEVERITY_LABEL.get(f.severity, f.severity)
    head = f"{i}. [{f.category}] {sev}: {safe(f.message)}"
    lines = [_wrap(head, "", w).replace("\n", "\n   ")]
    lines.append(_wrap(f"In de tekst: “{f.evidence}”", "   ", w))
    lines.append(_wrap(f"Advies: {f.advice}", "   ", w))
    source = c.title if c.title != c.id else ""
    if c.source and c.source not in source:
        source = f"{source} ({c.source})" if source else c.source
    if c.historical:
        source += f"; in 2010: {c.historical.split(': ', 1)[0]}"
    lines.append(_style(_wrap(f"Regel {f.rule}: {source}", "   ", w), DIM, colour))
    own = [r for r in c.organisation_rules if r != f.rule]
    if own:
        lines.append(_wrap("Zie ook de eigen regels: " + ", ".join(own), "   ", w))
    return lines


def _strategy_line(a: Assessment, w: int) -> str:
    s = a.strategy
    if s is None:
        return _wrap(
            "Strategie: dit raakt geen eigen dossier; doe mee zoals elke burger, met gezond verstand.",
            "",
            w,
        )
    label = APPROACH_LABEL.get(s.approach, s.approach)
    dossier = f" (dossier {s.dossier})" if s.dossier else ""
    return _wrap(f"Strategie{dossier}: {label}. {s.reason}", "", w)
