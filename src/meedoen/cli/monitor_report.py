# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``meedoen monitor report DOSSIER``: the management report of a listening dossier.

One page with volume and spikes, sentiment with the representativeness caveat,
emerging terms and the recommended approach (issue #4, item 7), as HTML
(default, to stdout) or as a one-page A4 PDF. A PDF goes to ``-o BESTAND`` or
to stdout when that is not a terminal (``> rapport.pdf``, a pipe); binary
output to a terminal is refused. Every report writes an ``export`` access-log
row. Exit codes: 0 ok, 64 usage (PDF to a terminal, unwritable output file),
65 unknown dossier, 69 database unreachable.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from meedoen.cli import exitcodes
from meedoen.cli.monitor_db import _date, _db, _fail, _get_dossier, who

PERIODS = ("day", "week", "month")
FORMATS = ("html", "pdf")


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        prog="meedoen monitor report",
        help="rapport van één dossier voor het management (HTML of PDF)",
        description=(
            "Eén pagina voor het management: volume met pieken, sentiment met het voorbehoud\n"
            "over representativiteit, opkomende termen, controleerbare beweringen en de\n"
            "aanbevolen aanpak. Zonder voorbeeldberichten en zonder auteurs."
        ),
    )
    p.add_argument("dossier", metavar="DOSSIER", type=int, help="nummer van het dossier")
    p.add_argument(
        "--period",
        "--periode",
        dest="period",
        choices=PERIODS,
        default="week",
        help="day: één dag per uur; week: 7 dagen; month: 30 dagen (standaard: week)",
    )
    p.add_argument(
        "--format",
        "--formaat",
        dest="format",
        choices=FORMATS,
        default="html",
        help="html (standaard) of pdf (één A4)",
    )
    p.add_argument(
        "--tot",
        type=_date,
        metavar="JJJJ-MM-DD",
        help="laatste dag van de periode (standaard: vandaag)",
    )
    p.add_argument(
        "-o",
        "--uitvoer",
        dest="output",
        metavar="BESTAND",
        help="schrijf naar dit bestand in plaats van naar de standaarduitvoer",
    )
    p.set_defaults(run=_db(run_report))


def _isatty() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def run_report(args: Any) -> int:
    if args.format == "pdf" and not args.output and _isatty():
        return _fail(
            "een PDF schrijf ik niet naar de terminal; gebruik -o BESTAND of stuur de "
            "uitvoer door (> rapport.pdf).",
            exitcodes.USAGE,
        )
    from meedoen.monitor.analytics.volume import TZ
    from meedoen.web.luisteren.report.data import FIRST_DAY, build
    from meedoen.web.luisteren.services import log

    now = datetime.now(UTC)
    if args.tot is not None and not FIRST_DAY <= args.tot <= now.astimezone(TZ).date():
        return _fail(
            f"--tot {args.tot.isoformat()} kan geen laatste dag zijn: kies een dag van "
            f"{FIRST_DAY.isoformat()} tot en met vandaag.",
            exitcodes.USAGE,
        )

    d = _get_dossier(args.dossier)
    if d is None:
        return _fail(f"dossier {args.dossier} bestaat niet.")
    report = build(d, args.period, now, args.tot)
    if args.format == "pdf":
        from meedoen.web.luisteren.report.pdf import render_pdf

        data = render_pdf(report)
    else:
        from meedoen.web.luisteren.report.html import render_html

        data = render_html(report).encode("utf-8")
    if args.output:
        try:
            Path(args.output).write_bytes(data)
        except OSError as exc:
            return _fail(
                f"kan '{args.output}' niet schrijven ({exc.strerror or exc}).", exitcodes.USAGE
            )
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    log(
        who(),
        "export",
        d,
        opdracht="report",
        periode=args.period,
        formaat=args.format,
        tot=args.tot.isoformat() if args.tot else None,
    )
    if args.output:
        sys.stderr.write(f"Rapport geschreven naar {args.output}.\n")
    return exitcodes.GROEN
