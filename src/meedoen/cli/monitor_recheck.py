# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``meedoen monitor herbevestig [--dossier ID] [--max N]``: re-check stored Mastodon posts.

Runs one re-check round (:func:`meedoen.web.luisteren.collect.recheck_round`,
the code the background runner and the Celery workers run): asks the Mastodon
servers again about stored posts, deletes what was deleted or made non-public
there and replaces what was edited. Progress per source goes to stderr, one
summary line to stdout. Exit codes: 0 done (also when a server could not be
reached: that is reported on stderr and the next round tries again, as with
``monitor run``), 64 usage, 65 unknown or inactive dossier, 69 database
unreachable, 78 no pseudonymisation key.
"""

from __future__ import annotations

import argparse
from typing import Any

from meedoen.cli import exitcodes
from meedoen.cli.monitor_db import _db, _fail, _get_dossier, who


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is geen positief aantal")
    return int(value)


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "herbevestig",
        prog="meedoen monitor herbevestig",
        help="opgeslagen Mastodon-berichten opnieuw controleren op verwijderingen en bewerkingen",
        description=(
            "Vraagt de Mastodon-servers opnieuw naar opgeslagen berichten, de langst niet\n"
            "gecontroleerde eerst. Een bericht dat daar verwijderd of niet meer openbaar is,\n"
            "wordt hier verwijderd; een bewerkt bericht wordt vervangen. Bij twijfel (server\n"
            "onbereikbaar, foutmelding, te veel verzoeken) wordt niets verwijderd."
        ),
    )
    p.add_argument("--dossier", type=int, metavar="ID", help="alleen dit dossier")
    p.add_argument(
        "--max",
        type=_positive,
        metavar="N",
        help="hoogstens N berichten per bron (standaard: MEEDOEN_MONITOR_RECHECK of 40)",
    )
    p.set_defaults(run=_db(run_recheck))


def run_recheck(args: Any) -> int:
    from meedoen.cli.monitor_collect import progress
    from meedoen.web.luisteren.collect import REFUSED, recheck_round
    from meedoen.web.luisteren.recheck import COUNTS, counts_line

    if args.dossier is not None and _get_dossier(args.dossier) is None:
        return _fail(f"dossier {args.dossier} bestaat niet.")
    try:
        outcomes = recheck_round(
            who(), progress, limit_per_source=args.max, dossier_id=args.dossier
        )
    except ValueError as exc:  # MEEDOEN_MONITOR_RECHECK is not a number
        return _fail(str(exc), exitcodes.USAGE)
    totals = {name: sum(o.totals.get(name, 0) for o in outcomes) for name in COUNTS}
    if not outcomes:
        progress("Geen actieve dossiers met een Mastodon-bron.")
    print(f"Herbevestigd: {counts_line(totals)}.")
    if any(o.status == REFUSED for o in outcomes):
        return exitcodes.DATAERR
    return exitcodes.GROEN
