# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Entry point: a small argparse front with Dutch help and sysexits codes.

Each sub-command lives in its own module with ``add_parser(subparsers)`` and
``run(args) -> int``. Expected errors (:class:`MeedoenError`) print one Dutch
line on stderr and exit 64/65; nothing ever ends in a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from meedoen import __version__
from meedoen.cli import exitcodes

SUBCOMMANDS = (
    "meedoen.cli.check_cmd",
    "meedoen.cli.codex_cmd",
    "meedoen.cli.demo",
    "meedoen.cli.web_cmd",
    "meedoen.cli.monitor_cmd",
)


class DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        return super().add_usage(
            usage, actions, groups, prefix if prefix is not None else "Gebruik: "
        )


class Parser(argparse.ArgumentParser):
    """ArgumentParser that speaks Dutch and exits with 64 on usage errors."""

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulptekst en stop")

    def error(self, message: str) -> NoReturn:
        message = (
            message.replace("the following arguments are required", "verplicht maar ontbreekt")
            .replace("unrecognized arguments", "onbekende argumenten")
            .replace("invalid choice", "ongeldige keuze")
            .replace("choose from", "kies uit")
            .replace("expected one argument", "verwacht één waarde")
            .replace("argument ", "argument ")
            .replace("not allowed with argument", "gaat niet samen met")
            .replace("invalid int value", "geen geheel getal")
        )
        self.print_usage(sys.stderr)
        sys.stderr.write(f"meedoen: gebruiksfout: {message}\n")
        sys.exit(exitcodes.USAGE)


def build_parser() -> Parser:
    import importlib

    parser = Parser(
        prog="meedoen",
        description=(
            "meedoen helpt ambtenaren zorgvuldig mee te doen op sociale media.\n"
            "Alles is advies: meedoen blokkeert niets en bewaart niets."
        ),
        epilog="Meer hulp per opdracht: meedoen OPDRACHT --help",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"meedoen {__version__}",
        help="toon de versie en stop",
    )
    sub = parser.add_subparsers(
        dest="command", metavar="OPDRACHT", title="opdrachten", parser_class=Parser
    )
    for name in SUBCOMMANDS:
        importlib.import_module(name).add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from meedoen.core.errors import MeedoenError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return exitcodes.USAGE
    try:
        return int(args.run(args))
    except MeedoenError as exc:
        sys.stderr.write(f"meedoen: {exc}\n")
        return exitcodes.DATAERR
    except KeyboardInterrupt:
        sys.stderr.write("\nmeedoen: afgebroken.\n")
        return 130
    except BrokenPipeError:
        return exitcodes.GROEN
    except Exception as exc:  # a bug in meedoen: say so in Dutch, no traceback
        if os.environ.get("MEEDOEN_DEBUG"):
            raise
        sys.stderr.write(
            f"meedoen: interne fout ({type(exc).__name__}). Dit is een fout in meedoen, niet in je "
            "invoer; meld het graag. Zet MEEDOEN_DEBUG=1 voor details.\n"
        )
        return exitcodes.SOFTWARE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
