# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``meedoen codex``: look at, compare and check the living code.

Sub-commands: ``list`` (rules or packs, optionally on a date), ``show ID``
(one rule in full; ``--op`` gives the rule that applied on that date),
``diff A B`` (two pack files or built-in pack ids) and ``validate PACK``
(every problem in a pack file, in Dutch). Exit codes: 0 ok, 64 usage error,
65 invalid pack or unknown rule/pack.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from meedoen.cli import exitcodes
from meedoen.cli.codex_views import period, render_rule, render_summary, rule_row, table
from meedoen.core.categories import CATEGORIES

DESCRIPTION = """\
De levende code: de regels waarop meedoen zijn adviezen baseert, als data.
Elke regel heeft een vaste id met versie (bijvoorbeeld aw2017.art10.v1), een
bron, een tekst (letterlijk waar geverifieerd, anders een gemarkeerde
parafrase), de regel uit 2010 waar hij op teruggaat en de categorieën die hij
onderbouwt. Een organisatie voegt eigen regels toe met een organisatiepakket."""

EPILOG = """\
voorbeelden:
  meedoen codex list --op 2015-06-01
  meedoen codex list --packs
  meedoen codex show aw2017.art10.v1 --op 2015-06-01
  meedoen codex diff aecr1998 aecr2020
  meedoen codex validate examples/organisatie-voorbeeld.yaml"""


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ongeldige datum '{value}' (verwacht JJJJ-MM-DD, bijvoorbeeld 2020-01-01)"
        ) from None


def add_parser(subparsers: Any) -> None:
    # Explicit prog strings: argparse would otherwise derive them from the
    # formatted usage line of the parent parser, prefix included.
    p = subparsers.add_parser(
        "codex",
        prog="meedoen codex",
        help="bekijk, vergelijk en controleer de regels (de levende code)",
        description=DESCRIPTION,
        epilog=EPILOG,
    )
    sub = p.add_subparsers(
        dest="codex_command",
        metavar="OPDRACHT",
        title="opdrachten",
        parser_class=type(p),
        prog="meedoen codex",
    )

    ls = sub.add_parser(
        "list",
        help="toon alle regels (of pakketten)",
        description="Toon de regels van de codex als tabel of JSON.",
    )
    ls.add_argument(
        "--op",
        type=_iso_date,
        metavar="DATUM",
        help="alleen regels die op deze datum golden (JJJJ-MM-DD)",
    )
    ls.add_argument(
        "--pack",
        "--pakket",
        dest="pack",
        action="append",
        metavar="PAKKET",
        help="alleen regels uit dit pakket (herhaalbaar)",
    )
    ls.add_argument(
        "--categorie",
        action="append",
        choices=CATEGORIES,
        metavar="CATEGORIE",
        help="alleen regels voor deze categorie: " + ", ".join(CATEGORIES),
    )
    ls.add_argument(
        "--organisatie",
        action="append",
        metavar="PAKKET.yaml",
        help="neem een organisatiepakket mee (herhaalbaar)",
    )
    ls.add_argument(
        "--packs",
        "--pakketten",
        dest="packs",
        action="store_true",
        help="toon de pakketten met hun versie in plaats van de regels",
    )
    ls.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (standaard) of json"
    )

    sh = sub.add_parser(
        "show",
        help="toon één regel volledig",
        description="Toon één regel: tekst, bron, URL, verificatie, de regel uit 2010, samenvatting en categorieën.",
    )
    sh.add_argument("rule_id", metavar="ID", help="de regel-id, bijvoorbeeld aw2017.art10.v1")
    sh.add_argument(
        "--op",
        type=_iso_date,
        metavar="DATUM",
        help="toon de regel die op deze datum gold (bijvoorbeeld art. 125a vóór 2020)",
    )
    sh.add_argument(
        "--organisatie",
        action="append",
        metavar="PAKKET.yaml",
        help="neem een organisatiepakket mee (herhaalbaar)",
    )
    sh.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (standaard) of json"
    )

    df = sub.add_parser(
        "diff",
        help="vergelijk twee pakketten",
        description="Vergelijk twee regelpakketten: toegevoegde, verwijderde en gewijzigde regels, per veld.\nA en B zijn pakketbestanden of ids van ingebouwde pakketten (eventueel id@versie).",
    )
    df.add_argument("a", metavar="A", help="het oude pakket: bestand of ingebouwde id")
    df.add_argument("b", metavar="B", help="het nieuwe pakket: bestand of ingebouwde id")
    df.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (standaard) of json"
    )

    va = sub.add_parser(
        "validate",
        help="controleer een regelpakket",
        description="Controleer een regelpakket (YAML) en meld elk probleem, met regelnummer.\nExitcode 0 als het pakket geldig is, 65 als er fouten zijn.",
    )
    va.add_argument(
        "paths", nargs="+", metavar="PAKKET.yaml", help="het pakketbestand (of meerdere)"
    )
    va.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (standaard) of json"
    )
    p.set_defaults(run=run, codex_parser=p)


def _utf8_stdout() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # exotic streams
                reconfigure(encoding="utf-8", errors="backslashreplace")


def _dump(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def run(args: argparse.Namespace) -> int:
    _utf8_stdout()
    command = getattr(args, "codex_command", None)
    if command is None:
        args.codex_parser.print_help(sys.stderr)
        return exitcodes.USAGE
    handlers = {"list": run_list, "show": run_show, "diff": run_diff, "validate": run_validate}
    return handlers[command](args)


def _codex(organisation: list[str] | None) -> Any:
    from meedoen.core.codex import load_codex

    return load_codex(*(organisation or []))


# -- list ----------------------------------------------------------------------
def run_list(args: argparse.Namespace) -> int:
    from meedoen.core.errors import ConfigError, Errors

    codex = _codex(args.organisatie)
    known_packs = {p.id for p in codex.packs}
    for pack_id in args.pack or []:
        if pack_id not in known_packs:
            raise ConfigError(Errors.E304, ref=pack_id)
    if args.packs:
        return _list_packs(codex, args)
    rules = codex.rules_on(args.op) if args.op else [r for r in codex.all_rules()]
    if args.pack:
        rules = [r for r in rules if codex.pack_of(r.id) in args.pack]
    if args.categorie:
        rules = [r for r in rules if set(r.categories) & set(args.categorie)]
    if args.format == "json":
        _dump(
            {
                "codex_version": codex.version,
                "on": args.op.isoformat() if args.op else None,
                "rules": [rule_row(r, codex.pack_of(r.id)) for r in rules],
            }
        )
        return exitcodes.GROEN
    rows = [
        [
            r.id,
            r.title,
            r.source.cite(),
            period(r.in_force_from, r.in_force_until),
            "ja" if r.text_verified else "nee",
        ]
        for r in rules
    ]
    scope = f" die golden op {args.op}" if args.op else ""
    noun = "regel" if len(rows) == 1 else "regels"
    sys.stdout.write(f"{len(rows)} {noun}{scope} (codex {codex.version})\n\n")
    if rows:
        sys.stdout.write(
            table(rows, ["id", "titel", "bron", "geldig", "letterlijk"], [32, 46, 44, 24, 10])
        )
    sys.stdout.write(
        "\n'letterlijk: nee' = parafrase of niet gecontroleerde tekst; zie 'meedoen codex show ID'.\n"
    )
    return exitcodes.GROEN


def _list_packs(codex: Any, args: argparse.Namespace) -> int:
    packs = [p for p in codex.packs if not args.pack or p.id in args.pack]
    if args.op:
        packs = [p for p in packs if p.in_force_on(args.op)]
    if args.format == "json":
        _dump(
            {
                "codex_version": codex.version,
                "packs": [
                    {
                        "id": p.id,
                        "version": p.version,
                        "title": p.title,
                        "kind": p.kind,
                        "in_force_from": p.in_force_from,
                        "in_force_until": p.in_force_until,
                        "rules": len(p.rules),
                    }
                    for p in packs
                ],
            }
        )
        return exitcodes.GROEN
    rows = [
        [
            p.id,
            p.version,
            p.title,
            period(p.in_force_from, p.in_force_until),
            str(len(p.rules)),
            "ingebouwd" if p.kind == "builtin" else "organisatie",
        ]
        for p in packs
    ]
    sys.stdout.write(
        table(
            rows,
            ["pakket", "versie", "titel", "geldig", "regels", "soort"],
            [24, 12, 60, 26, 6, 11],
        )
    )
    return exitcodes.GROEN


# -- show ----------------------------------------------------------------------
def run_show(args: argparse.Namespace) -> int:
    codex = _codex(args.organisatie)
    asked = codex.get(args.rule_id)  # unknown id: E302, exit 65
    notes: list[str] = []
    rule = asked
    effective = codex.effective(args.rule_id)
    if args.op:
        resolved = codex.resolve(args.rule_id, args.op)
        if resolved is None:
            notes.append(
                f"Deze regel is door een organisatiepakket uitgeschakeld; op {args.op} gold hij daarom niet."
            )
        else:
            if resolved.id != asked.id:
                notes.append(
                    f"Op {args.op} gold niet {asked.id} maar {resolved.id}; die regel staat hieronder."
                )
            rule = resolved
            if not rule.in_force_on(args.op):
                notes.append(
                    f"Let op: ook deze regel gold niet op {args.op} ({period(rule.in_force_from, rule.in_force_until)})."
                )
    elif effective is None:
        notes.append("Deze regel is door een organisatiepakket uitgeschakeld.")
    elif effective.id != asked.id:
        notes.append(
            f"Deze regel wordt overschreven door {effective.id} uit pakket {codex.pack_of(effective.id)}."
        )
    successors = [r.id for r in codex.all_rules() if r.replaces == rule.id]
    if args.format == "json":
        data = rule.model_dump(mode="json")
        data.update(
            {
                "pack": codex.pack_of(rule.id),
                "asked": asked.id,
                "on": args.op.isoformat() if args.op else None,
                "notes": notes,
                "replaced_by": successors,
                "codex_version": codex.version,
            }
        )
        _dump(data)
        return exitcodes.GROEN
    sys.stdout.write(render_rule(rule, codex, notes, successors))
    return exitcodes.GROEN


# -- diff ----------------------------------------------------------------------
def _pack_ref(ref: str) -> Any:
    from meedoen.core.codex.loader import builtin_packs, load_pack
    from meedoen.core.errors import ConfigError, Errors

    if Path(ref).is_file() or ref.endswith((".yaml", ".yml")):
        return load_pack(ref)
    pack_id, _, version = ref.partition("@")
    for pack in builtin_packs():
        if pack.id == pack_id and (not version or version == pack.version):
            return pack
    raise ConfigError(Errors.E304, ref=ref)


def run_diff(args: argparse.Namespace) -> int:
    from meedoen.core.codex.diff import diff_packs, format_text

    old, new = _pack_ref(args.a), _pack_ref(args.b)
    result = diff_packs(old, new)
    if args.format == "json":
        _dump(result.to_dict())
    else:
        sys.stdout.write(format_text(result))
    return exitcodes.GROEN


# -- validate ------------------------------------------------------------------
def run_validate(args: argparse.Namespace) -> int:
    from meedoen.core.codex.validate import validate_pack_file

    reports = [validate_pack_file(path) for path in args.paths]
    if args.format == "json":
        _dump(
            [
                {
                    "path": r.path,
                    "valid": r.ok,
                    "errors": r.errors,
                    "warnings": r.warnings,
                    "rules": len(r.pack.rules) if r.pack else None,
                }
                for r in reports
            ]
        )
        return exitcodes.GROEN if all(r.ok for r in reports) else exitcodes.DATAERR
    for report in reports:
        if report.ok and report.pack is not None:
            sys.stdout.write(render_summary(report.pack, report.path))
            for warning in report.warnings:
                sys.stdout.write(f"  waarschuwing: {warning}\n")
            continue
        count = len(report.errors)
        sys.stderr.write(
            f"ongeldig: {report.path} — {count} {'probleem' if count == 1 else 'problemen'}:\n"
        )
        for error in report.errors:
            sys.stderr.write(f"  - {error}\n")
        for warning in report.warnings:
            sys.stderr.write(f"  waarschuwing: {warning}\n")
    return exitcodes.GROEN if all(r.ok for r in reports) else exitcodes.DATAERR
