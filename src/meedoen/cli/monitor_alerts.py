# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``meedoen monitor meldingen [--dossier ID]``: send new spike alerts now.

Runs :func:`meedoen.web.luisteren.notify.delivery.deliver_alerts` for every
active dossier (or the one given) and prints one line per dossier. Exit codes:
0 all new alerts delivered (or none due), 65 unknown dossier, 69 a delivery
failed (it is retried on the next run) or the database is unreachable.
"""

from __future__ import annotations

import sys
from typing import Any

from meedoen.cli import exitcodes
from meedoen.cli.monitor_db import _db, _fail, _get_dossier, who
from meedoen.cli.web_cmd import UNAVAILABLE


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "meldingen",
        prog="meedoen monitor meldingen",
        help="nieuwe piekmeldingen versturen per e-mail en webhook",
        description="Verstuurt de piekmeldingen van de laatste 48 uur die nog niet zijn "
        "verstuurd; een mislukte melding wordt de volgende keer opnieuw geprobeerd.",
    )
    p.add_argument("--dossier", type=int, metavar="ID", help="alleen dit dossier")
    p.set_defaults(run=_db(run_alerts))


def run_alerts(args: Any) -> int:
    from meedoen.web.luisteren.notify.delivery import deliver_alerts
    from meedoen.web.luisteren.services import active_dossiers

    if args.dossier is not None:
        d = _get_dossier(args.dossier)
        if d is None:
            return _fail(f"dossier {args.dossier} bestaat niet.")
        dossiers = [d]
    else:
        dossiers = active_dossiers()
    failed = 0
    for d in dossiers:
        summary = deliver_alerts(d, who=who())
        print(summary)
        for error in summary.errors:
            sys.stderr.write(f"meedoen: dossier {d.pk}: {error}\n")
        failed += summary.failed
    if not dossiers:
        print("Geen actieve dossiers.")
    if failed:
        return _fail(
            f"{failed} melding(en) niet verstuurd; ze worden de volgende keer opnieuw geprobeerd.",
            UNAVAILABLE,
        )
    return exitcodes.GROEN
