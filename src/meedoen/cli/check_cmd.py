# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""`meedoen check`: one post, a batch of JSON lines, or a personal archive.

Heavy modules (the engine, pydantic, YAML) are imported inside :func:`run`
so that ``meedoen --help`` and the start of a check stay fast.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from datetime import date
from typing import Any

from meedoen.cli import exitcodes
from meedoen.cli.inputs import (
    BOM,
    argv_text,
    dumps,
    kind_of,
    load_profile_context,
    read_text,
    utf8_stdout,
)
from meedoen.core.assessment.lenient import canonical
from meedoen.core.errors import ConfigError, Errors, InputError, MeedoenError

# Kept in sync with meedoen.core.assessment.models (a test checks this).
CHANNELS = (
    "x",
    "bluesky",
    "mastodon",
    "linkedin",
    "facebook",
    "instagram",
    "forum",
    "blog",
    "intranet",
)
AUDIENCES = ("openbaar", "besloten-groep", "intern")
CAPACITIES = ("in-functie", "prive")

DESCRIPTION = """\
Toets een conceptbericht vóór je het plaatst: mag dit, en waarom (niet)?
meedoen geeft een oordeel (GROEN, ORANJE of ROOD), wijst de passages aan,
noemt de regel waarop elke bevinding rust en geeft concreet advies.
Alles is advies: jij beslist, en meedoen bewaart niets."""

EPILOG = """\
voorbeelden:
  meedoen check "Mooie dag in het Vondelpark!"
  meedoen check --file bericht.txt --profile profiel.yaml --hoedanigheid in-functie
  echo "tekst" | meedoen check - --format json
  meedoen check --jsonl berichten.jsonl > oordelen.jsonl
  meedoen check --archive tweets.js --profile profiel.yaml
  meedoen check -- "-5 graden en toch op de fiets"   (tekst die met '-' begint)

exitcodes:
  0   groen: geen bezwaren gevonden
  1   oranje: let op, lees het advies
  2   rood: plaats dit zo liever niet
  64  gebruiksfout (verkeerde opties)
  65  ongeldige invoer (lege tekst, geen UTF-8, kapot YAML/JSON, onbekend archief)

batch (--jsonl): elke regel is {"id", "text", "profile", "context"}; per regel
volgt één JSON-regel met id, level, findings, factors, strategy, ... of
{"id", "error": {"code", "message"}}. Exitcode: het zwaarste oordeel, of 65
als geen enkele regel te toetsen was."""


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ongeldige datum '{value}' (verwacht JJJJ-MM-DD, bijvoorbeeld 2026-03-18)"
        ) from None


def _followers(value: str) -> int:
    try:
        n = int(value.strip().replace(".", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is geen geheel getal") from None
    if n < 0:
        raise argparse.ArgumentTypeError("het aantal volgers kan niet negatief zijn")
    return n


def _spelling(field: str) -> Any:
    """The contract's value for a spelling of ``field`` (as the input models read it)."""

    def convert(value: str) -> str:
        return str(canonical(field, value))

    return convert


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "check",
        prog="meedoen check",  # explicit: avoids a doubled "Gebruik:" in the usage line
        help="toets een conceptbericht (of een batch of archief)",
        description=DESCRIPTION,
        epilog=EPILOG,
    )
    src = p.add_argument_group("invoer (kies er één)")
    src.add_argument(
        "tekst", nargs="?", metavar="TEKST", help="de tekst van het bericht; '-' leest van stdin"
    )
    src.add_argument(
        "--file",
        "--bestand",
        dest="file",
        metavar="BESTAND",
        help="lees het bericht uit een tekstbestand (UTF-8)",
    )
    src.add_argument(
        "--jsonl", metavar="BESTAND", help="batch: één JSON-object per regel ('-' is stdin)"
    )
    src.add_argument(
        "--archive",
        "--archief",
        dest="archive",
        metavar="BESTAND",
        help="digitale voetafdruk: toets een archief (tweets.js, outbox.json, Shares.csv)",
    )

    who = p.add_argument_group("wie en waar")
    who.add_argument(
        "--profile",
        "--profiel",
        dest="profile",
        metavar="PROFIEL.yaml",
        help="jouw profiel: functie, niveau, dossiers",
    )
    who.add_argument(
        "--context",
        dest="context",
        metavar="CONTEXT.yaml",
        help="kanaal, publiek, hoedanigheid, datum, account",
    )
    who.add_argument(
        "--kanaal",
        "--channel",
        dest="channel",
        type=_spelling("channel"),
        choices=CHANNELS,
        metavar="KANAAL",
        help="x, bluesky, mastodon, linkedin, facebook, instagram, forum, blog of intranet",
    )
    who.add_argument(
        "--publiek",
        "--audience",
        dest="audience",
        type=_spelling("audience"),
        choices=AUDIENCES,
        metavar="PUBLIEK",
        help="openbaar, besloten-groep of intern",
    )
    who.add_argument(
        "--hoedanigheid",
        "--capacity",
        dest="capacity",
        type=_spelling("capacity"),
        choices=CAPACITIES,
        metavar="HOEDANIGHEID",
        help="in-functie of prive (standaard: prive)",
    )
    who.add_argument(
        "--datum",
        "--date",
        dest="date",
        type=_iso_date,
        metavar="JJJJ-MM-DD",
        help="datum van plaatsen (standaard: vandaag)",
    )
    who.add_argument(
        "--volgers",
        "--followers",
        dest="followers",
        type=_followers,
        metavar="AANTAL",
        help="aantal volgers van het account",
    )
    who.add_argument(
        "--organisatie",
        "--organisation",
        dest="organisation",
        metavar="PAKKET.yaml",
        help="regelpakket van je eigen organisatie",
    )

    out = p.add_argument_group("uitvoer")
    out.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (standaard) of json"
    )
    p.set_defaults(run=run)


def _usage(message: str) -> int:
    sys.stderr.write(f"meedoen check: gebruiksfout: {message}\nZie 'meedoen check --help'.\n")
    return exitcodes.USAGE


def run(args: argparse.Namespace) -> int:
    sources = [s for s in (args.tekst is not None, args.file, args.jsonl, args.archive) if s]
    if not sources:
        return _usage("geef een TEKST, '-' (stdin), --file, --jsonl of --archive")
    if len(sources) > 1:
        return _usage("kies één invoer: TEKST, --file, --jsonl of --archive")
    utf8_stdout()
    try:
        if args.jsonl:
            return run_jsonl(args)
        if args.archive:
            from meedoen.cli.archive.audit import run_archive

            return run_archive(args)
        return _run_single(args)
    except BrokenPipeError:  # the reader stopped early (| head): end quietly
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return exitcodes.GROEN
    except Exception as exc:  # noqa: BLE001 - last line of defence: never a traceback
        if isinstance(exc, MeedoenError) or os.environ.get("MEEDOEN_DEBUG"):
            raise
        sys.stderr.write(
            f"meedoen: interne fout ({type(exc).__name__}). Dit is een fout in meedoen, "
            "niet in je bericht; meld het graag. Zet MEEDOEN_DEBUG=1 voor details.\n"
        )
        return exitcodes.SOFTWARE


def _run_single(args: argparse.Namespace) -> int:
    from meedoen import check

    if args.file:
        text = read_text(args.file)
    elif args.tekst == "-":
        text = read_text("-")
    else:
        text = argv_text(args.tekst)
    profile, context = load_profile_context(args)
    assessment = check(text, profile=profile, context=context, organisation=args.organisation)
    if args.format == "json":
        data = assessment.model_dump(mode="json")
        sys.stdout.write(dumps(data, indent=2) + "\n")
    else:
        from meedoen.cli.render import render, use_colour

        sys.stdout.write(render(text, assessment, colour=use_colour(sys.stdout)))
    sys.stdout.flush()
    return exitcodes.BY_LEVEL[assessment.level]


# --- batch: one JSON object per line in, one JSON line per input out ----------------------


def _line_error(ident: Any, exc: Any) -> dict[str, Any]:
    return {"id": ident, "error": exc.to_dict()}


def _merge(
    base: dict[str, Any] | None, value: Any, error: Any, label: str
) -> dict[str, Any] | None:
    if value is None:
        return base
    if not isinstance(value, dict):
        raise ConfigError(error, detail=f"'{label}' moet een object zijn, niet {kind_of(value)}")
    return {**base, **value} if base else value


def _salvage_id(raw: bytes, lineno: int) -> Any:
    """The id of a line that is not valid UTF-8, when the rest of it is readable JSON."""
    try:
        obj = json.loads(raw.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return lineno
    return obj.get("id", lineno) if isinstance(obj, dict) else lineno


def assess_line(
    raw: bytes,
    lineno: int,
    profile: dict[str, Any] | None,
    context: dict[str, Any] | None,
    organisation: str | None,
) -> tuple[dict[str, Any] | None, str | None]:
    """One batch line: (output object, level) or (error object, None); (None, None) if blank."""
    from meedoen import check

    if raw.startswith(BOM):
        raw = raw[len(BOM) :]
    raw = raw.rstrip(b"\r\n")
    if not raw.strip():
        return None, None
    ident: Any = lineno
    try:
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            ident = _salvage_id(raw, lineno)
            raise InputError(Errors.E103, position=exc.start) from None
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                Errors.E204, detail=f"ongeldige JSON op regel {lineno}, kolom {exc.colno}"
            ) from None
        except (ValueError, RecursionError):
            raise InputError(
                Errors.E204, detail=f"regel {lineno}: onleesbare of te diepe JSON"
            ) from None
        if not isinstance(obj, dict):
            raise InputError(
                Errors.E204, detail=f"regel {lineno} is {kind_of(obj)}, geen JSON-object"
            )
        ident = obj.get("id", lineno)
        text = obj.get("text")
        if text is None:
            raise InputError(Errors.E101)
        if not isinstance(text, str):
            raise InputError(Errors.E106, kind=kind_of(text))
        prof = _merge(profile, obj.get("profile"), Errors.E201, "profile")
        ctx = _merge(context, obj.get("context"), Errors.E202, "context")
        assessment = check(text, profile=prof, context=ctx, organisation=organisation)
    except MeedoenError as exc:
        return _line_error(ident, exc), None
    except Exception as exc:  # noqa: BLE001 - one bad line never stops the batch
        if os.environ.get("MEEDOEN_DEBUG"):
            raise
        err = MeedoenError(
            Errors.E001, detail=f"interne fout ({type(exc).__name__}) bij deze regel"
        )
        return _line_error(ident, err), None
    return {"id": ident, **assessment.model_dump(mode="json")}, assessment.level


def run_jsonl(args: argparse.Namespace) -> int:
    from contextlib import nullcontext
    from pathlib import Path

    profile, context = load_profile_context(args)
    if args.jsonl == "-":
        stream: Any = nullcontext(sys.stdin.buffer)
    else:
        try:
            stream = Path(args.jsonl).open("rb")  # noqa: SIM115 - closed by the with below
        except OSError:
            raise InputError(Errors.E205, path=args.jsonl) from None
    worst = -1
    errors = 0
    with stream as lines:
        for lineno, raw in enumerate(lines, 1):
            out, level = assess_line(raw, lineno, profile, context, args.organisation)
            if out is None:
                continue
            if level is None:
                errors += 1
            else:
                worst = max(worst, exitcodes.BY_LEVEL[level])
            sys.stdout.write(dumps(out) + "\n")
            sys.stdout.flush()
    if errors:
        sys.stderr.write(f"meedoen: {errors} regel(s) konden niet worden getoetst (zie 'error').\n")
    if worst < 0:
        sys.stderr.write("meedoen: geen enkele regel kon worden getoetst.\n")
        return exitcodes.DATAERR
    return worst
