# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Plain-text views for ``meedoen codex``: tables, one rule in full, a pack summary.

Pure functions from codex objects to Dutch text; the command module decides
what to show and where to write it.
"""

from __future__ import annotations

import textwrap
from datetime import date
from typing import Any

from meedoen.core.codex.codex import rule_row  # noqa: F401  (re-exported for the CLI views)


def period(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return "altijd"
    if end is None:
        return f"vanaf {start}"
    if start is None:
        return f"tot en met {end}"
    return f"{start} t/m {end}"


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table(rows: list[list[str]], header: list[str], widths: list[int]) -> str:
    cols = [max([len(header[i])] + [len(r[i]) for r in rows]) for i in range(len(header))]
    cols = [min(c, w) for c, w in zip(cols, widths, strict=True)]
    lines = ["  ".join(h.ljust(cols[i]) for i, h in enumerate(header)).rstrip()]
    lines.append("  ".join("-" * c for c in cols))
    for row in rows:
        lines.append("  ".join(clip(v, cols[i]).ljust(cols[i]) for i, v in enumerate(row)).rstrip())
    return "\n".join(lines) + "\n"


def _indent(text: str, prefix: str = "  ", width: int = 92) -> str:
    """Indent and wrap for the terminal; the text's own line breaks are kept."""
    out = []
    for line in text.splitlines() or [""]:
        out.append(
            textwrap.fill(line, width, initial_indent=prefix, subsequent_indent=prefix + "  ")
            or prefix
        )
    return "\n".join(out)


def render_rule(rule: Any, codex: Any, notes: list[str], successors: list[str]) -> str:
    """One rule in full: source, dates, text, verification, 2010 equivalent, summary."""
    out = [f"{rule.id} — {rule.title}", ""]
    out += notes + ([""] if notes else [])
    src = rule.source
    out.append(f"Bron:          {src.cite()} ({src.kind})")
    if src.reference:
        out.append(f"Vindplaats:    {src.reference}")
    out.append(f"URL:           {src.url or '(geen openbare URL bekend)'}")
    out.append(f"Geldig:        {period(src.in_force_from, src.in_force_until)}")
    out.append(f"Pakket:        {codex.pack_of(rule.id)}")
    out.append(f"Categorieën:   {', '.join(rule.categories) or '(geen)'}")
    if rule.replaces:
        out.append(f"Vervangt:      {rule.replaces}")
    if successors:
        out.append(f"Vervangen door: {', '.join(successors)}")
    if rule.overrides:
        out.append(f"Overschrijft:  {rule.overrides}")
    out.append("")
    if rule.text_verified:
        when = f" op {rule.text_verified_on}" if rule.text_verified_on else ""
        out.append(f"Tekst (letterlijk, gecontroleerd{when}):")
    else:
        out.append("Tekst (NIET geverifieerd; zie Verificatie):")
    out.append(_indent(rule.text))
    if rule.verification_note:
        out += ["", "Verificatie:", _indent(rule.verification_note)]
    if rule.equivalent_2010:
        eq = rule.equivalent_2010
        ref = f" (regel {eq.rule})" if eq.rule else ""
        out += ["", f"In 2010:       {eq.cite}{ref}"]
        if eq.text:
            out.append(_indent(eq.text))
    out += ["", f"Samenvatting:  {rule.summary}"]
    return "\n".join(out) + "\n"


def render_summary(pack: Any, path: str) -> str:
    from meedoen.core.codex import builtin_codex

    builtin = builtin_codex()
    overriding = [r for r in pack.rules if r.overrides and r.overrides in builtin]
    own = len(pack.rules) - len(overriding)
    lines = [
        f"geldig: {path} — pakket '{pack.id}' versie {pack.version} ({'ingebouwd' if pack.kind == 'builtin' else 'organisatie'})"
    ]
    lines.append(
        f"  {len(pack.rules)} regels: {own} eigen, {len(overriding)} overschrijven een ingebouwde regel"
    )
    for r in overriding:
        lines.append(
            f"    {r.id} overschrijft {r.overrides}" + (" (uitgeschakeld)" if r.disabled else "")
        )
    org = pack.organisation
    if org is not None:
        lines.append(
            f"  organisatie: {org.name or org.id} ({org.kind}); {len(org.dossiers)} dossiers, "
            f"{len(org.sensitive_topics)} gevoelige onderwerpen, {len(org.elections)} verkiezingen, "
            f"{len(org.functional_mailboxes)} functionele mailboxen, {len(org.press_handles)} pers- en "
            f"{len(org.mp_handles)} volksvertegenwoordigersaccounts, {len(org.officials)} ambtsdragers"
        )
    return "\n".join(lines) + "\n"
