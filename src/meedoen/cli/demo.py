# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""`meedoen demo`: the interactive demonstration started by `make run`.

Shows the example drafts from ``examples/drafts.yaml`` with their assessment,
then lets the user type drafts of their own. Nothing typed is stored.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from meedoen.cli import exitcodes

DRAFTS_NAME = "drafts.yaml"
INTRO = """\
meedoen: de zelftoets voor ambtenaren op sociale media
Eerst een paar voorbeeldconcepten met het oordeel van meedoen; daarna kun je
zelf een concept typen. Alles is advies, en niets wordt opgeslagen.
"""
OWN_PROMPT = "Typ je eigen concept (meerdere regels mag). Een lege regel toetst het; 'q' stopt."

# Used when examples/drafts.yaml is not there (for instance when installed from a wheel).
BUILTIN: dict[str, Any] = {
    "profile": {"function": "beleidsmedewerker", "level": "beleid"},
    "context": {"channel": "x", "capacity": "prive"},
    "drafts": [
        {
            "title": "Een vrije zaterdag",
            "text": "Heerlijk gefietst langs de IJssel vandaag. Wat een licht!",
        },
        {
            "title": "Een mening over het kabinet",
            "text": "Eerlijk gezegd vind ik het nieuwe woningbouwplan van het kabinet veel te voorzichtig.",
        },
        {
            "title": "Een burger helpen in een openbare reactie",
            "context": {"capacity": "in-functie"},
            "text": "Beste meneer Jansen, ik zie in ons systeem dat uw uitkering is stopgezet. "
            "Uw BSN 111222333 staat nog op het oude adres.",
        },
    ],
}


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "demo",
        prog="meedoen demo",  # explicit: avoids a doubled "Gebruik:" in the usage line
        help="interactieve demonstratie met voorbeeldconcepten (make run)",
        description=(
            "Laat voorbeeldconcepten zien met het oordeel van meedoen en laat je daarna\n"
            "zelf concepten toetsen. Niets wordt opgeslagen."
        ),
    )
    p.add_argument(
        "--niet-interactief",
        "--non-interactive",
        dest="batch",
        action="store_true",
        help="toon alleen de voorbeelden en stop (zonder vragen)",
    )
    p.add_argument(
        "--voorbeelden",
        "--examples",
        dest="examples",
        metavar="BESTAND",
        help="eigen bestand met voorbeeldconcepten (zelfde vorm als examples/drafts.yaml)",
    )
    p.set_defaults(run=run)


def find_drafts() -> Path | None:
    """examples/drafts.yaml in the source tree, or in the working directory."""
    here = Path(__file__).resolve()
    for base in (here.parents[3], Path.cwd()):
        candidate = base / "examples" / DRAFTS_NAME
        if candidate.is_file():
            return candidate
    return None


def load_drafts(path: str | Path | None) -> dict[str, Any]:
    from meedoen.cli.inputs import read_mapping
    from meedoen.core.errors import ConfigError, Errors

    if path is None:
        return BUILTIN
    data = read_mapping(path)
    drafts = data.get("drafts")
    if not isinstance(drafts, list) or not all(isinstance(d, dict) for d in drafts):
        raise ConfigError(Errors.E206, path=str(path), kind="iets zonder lijst 'drafts'")
    return data


def _merged(base: Any, extra: Any) -> dict[str, Any] | None:
    base = base if isinstance(base, dict) else None
    if not isinstance(extra, dict):
        return base
    return {**(base or {}), **extra}


def _show(text: str, title: str, profile: Any, context: Any, colour: bool) -> None:
    from meedoen import check
    from meedoen.cli.render import render
    from meedoen.core.errors import MeedoenError

    try:
        assessment = check(text, profile=profile, context=context)
    except MeedoenError as exc:
        sys.stdout.write(f"{title}\nmeedoen: {exc}\n")
        return
    sys.stdout.write(render(text, assessment, colour=colour, title=title))
    sys.stdout.write("\n" + "─" * 60 + "\n\n")
    sys.stdout.flush()


def _ask(prompt: str) -> str | None:
    """One line from the user; None on end of input."""
    try:
        return input(prompt)
    except EOFError:
        return None


def _own_drafts(profile: Any, context: Any, colour: bool) -> None:
    n = 0
    while True:
        sys.stdout.write("\n" + OWN_PROMPT + "\n")
        lines: list[str] = []
        while True:
            line = _ask("> " if not lines else "… ")
            if line is None:  # end of input: check what was typed, then stop
                if lines:
                    _show("\n".join(lines), f"Jouw concept {n + 1}", profile, context, colour)
                return
            if not lines and line.strip().lower() in ("q", "quit", "stop", "exit"):
                return
            if not line.strip():
                break
            lines.append(line)
        if not lines:
            continue
        n += 1
        _show("\n".join(lines), f"Jouw concept {n}", profile, context, colour)


def run(args: argparse.Namespace) -> int:
    from meedoen.cli.render import use_colour

    path = Path(args.examples) if args.examples else find_drafts()
    data = load_drafts(path)
    interactive = not args.batch
    colour = use_colour(sys.stdout)
    profile, context = data.get("profile"), data.get("context")
    sys.stdout.write(INTRO + "\n")
    try:
        drafts = data["drafts"]
        for i, draft in enumerate(drafts, 1):
            text = draft.get("text")
            if not isinstance(text, str):
                continue
            title = f"Voorbeeld {i} van {len(drafts)}: {draft.get('title', '')}".rstrip(": ")
            _show(
                text,
                title,
                _merged(profile, draft.get("profile")),
                _merged(context, draft.get("context")),
                colour,
            )
            if interactive and i < len(drafts):
                answer = _ask("[Enter] volgend voorbeeld · [e] eigen concept · [q] stoppen: ")
                if answer is None or answer.strip().lower() == "q":
                    sys.stdout.write("\nTot ziens.\n")
                    return exitcodes.GROEN
                if answer.strip().lower() == "e":
                    break
        if interactive:
            _own_drafts(profile, context, colour)
            sys.stdout.write("\nTot ziens.\n")
    except KeyboardInterrupt:
        sys.stdout.write("\nTot ziens.\n")
    return exitcodes.GROEN
