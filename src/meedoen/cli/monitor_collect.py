# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``meedoen monitor run`` and ``meedoen monitor worker``: collection from the command line.

The collection code itself is :mod:`meedoen.web.luisteren.collect` (the same
code the in-process runner and the Celery workers run); this module only
starts it and writes its progress to stderr, one line per batch.

* ``run`` without ``MEEDOEN_BROKER_URL`` collects here and now (a round every
  ``--interval`` seconds, or one round with ``--once``). With a broker it is
  the scheduler: it puts a round on the queue (and the retention job once a
  day) for the workers to do.
* ``worker`` starts a Celery worker; it needs ``MEEDOEN_BROKER_URL``
  (exit 78 without it, 69 when the broker cannot be reached).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import Any

from meedoen.cli import exitcodes

CONFIG = 78  # EX_CONFIG
UNAVAILABLE = 69  # EX_UNAVAILABLE
RETENTION_EVERY = 24 * 3600
NO_CELERY = (
    "Celery ontbreekt: installeer meedoen met de extra 'worker' (pip install 'meedoen[worker]')."
)


def progress(line: str, level: int = logging.INFO) -> None:
    sys.stderr.write(line + "\n")


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"meedoen: {message}\n")
    return code


def broker_url() -> str:
    return os.environ.get("MEEDOEN_BROKER_URL", "").strip()


def collect_all(who: str) -> int:
    """One round over every active dossier and every configured source; returns failures."""
    from meedoen.web.luisteren.collect import FAILED, collect_round

    return sum(1 for o in collect_round(who, progress) if o.status == FAILED)


def run_collect(args: Any, who: str) -> int:
    if broker_url():
        return _schedule(args)
    try:
        while True:
            collect_all(who)
            if args.once:
                return exitcodes.GROEN
            sys.stderr.write(f"Wachten {args.interval} s (Ctrl+C stopt)…\n")
            time.sleep(args.interval)
    except KeyboardInterrupt:
        sys.stderr.write("\nGestopt; wat al binnen was is opgeslagen met de cursor.\n")
        return exitcodes.GROEN


def _celery() -> tuple[Any, str]:
    """The Celery app and the broker URL without its password; ImportError/ValueError."""
    from kombu.utils.url import maybe_sanitize_url

    from meedoen.web.worker import app

    return app, str(maybe_sanitize_url(broker_url()))


def _schedule(args: Any) -> int:
    try:
        _, shown = _celery()
        from kombu.exceptions import OperationalError

        from meedoen.web.luisteren import tasks
    except ImportError:
        return _fail(NO_CELERY, CONFIG)
    except ValueError as exc:
        return _fail(str(exc), CONFIG)
    last_retention: float | None = None
    try:
        while True:
            try:
                tasks.collect_round.delay()
                now = time.monotonic()
                if not args.once and (
                    last_retention is None or now - last_retention >= RETENTION_EVERY
                ):
                    tasks.retention.delay()
                    last_retention = now
                sys.stderr.write(f"Verzamelronde in de wachtrij gezet ({shown}).\n")
            except OperationalError as exc:
                message = f"de broker {shown} is niet bereikbaar ({type(exc).__name__})."
                if args.once:
                    return _fail(message, UNAVAILABLE)
                sys.stderr.write(f"meedoen: {message} Volgende poging na het wachten.\n")
            if args.once:
                return exitcodes.GROEN
            sys.stderr.write(f"Wachten {args.interval} s (Ctrl+C stopt)…\n")
            time.sleep(args.interval)
    except KeyboardInterrupt:
        sys.stderr.write("\nGestopt; rondes die al in de wachtrij staan, gaan door.\n")
        return exitcodes.GROEN


def add_worker_parser(sub: Any, wrap: Any) -> None:
    worker = sub.add_parser(
        "worker",
        prog="meedoen monitor worker",
        help="Celery-worker voor het verzamelen (MEEDOEN_BROKER_URL)",
        description=(
            "Start een Celery-worker die verzameltaken uitvoert. Nodig: MEEDOEN_BROKER_URL\n"
            "(redis://… of amqp://…), dezelfde database en MEEDOEN_MONITOR_SECRET als de\n"
            "webapplicatie. 'meedoen monitor run' zet de rondes in de wachtrij."
        ),
    )
    worker.add_argument(
        "--pool",
        choices=("prefork", "solo", "threads"),
        default="prefork",
        help="prefork (standaard): elke taak in een eigen proces; solo: één taak, één proces",
    )
    worker.add_argument(
        "--concurrency", "-c", type=int, metavar="N", help="gelijktijdige taken (standaard: cpu's)"
    )
    worker.add_argument(
        "--naam",
        "--hostname",
        dest="naam",
        metavar="NAAM@HOST",
        help="naam van de worker in logboek en toegangslog (uniek per worker)",
    )
    worker.add_argument(
        "--loglevel", default="INFO", metavar="NIVEAU", help="DEBUG, INFO (standaard), WARNING"
    )
    worker.set_defaults(run=wrap(run_worker))


def run_worker(args: Any) -> int:
    if not broker_url():
        return _fail(
            "een worker heeft een broker nodig: zet MEEDOEN_BROKER_URL "
            "(bijv. redis://127.0.0.1:6379/0 of amqp://guest:guest@127.0.0.1:5672//). "
            "Zonder broker verzamelt 'meedoen web serve' zelf op de achtergrond.",
            CONFIG,
        )
    try:
        app, shown = _celery()
    except ImportError:
        return _fail(NO_CELERY, CONFIG)
    except ValueError as exc:
        return _fail(str(exc), CONFIG)
    from django.db import connection

    from meedoen.monitor.privacy.pseudonym import load_secret

    load_secret()  # MissingSecretError: exit 78 before any task is taken
    connection.ensure_connection()  # DatabaseError: exit 69
    connection.close()  # the tasks open their own connections
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=10)
    except Exception as exc:  # noqa: BLE001 - kombu raises per transport; all mean "unreachable"
        return _fail(f"de broker {shown} is niet bereikbaar ({type(exc).__name__}).", UNAVAILABLE)
    argv = ["worker", f"--loglevel={args.loglevel}", f"--pool={args.pool}"]
    argv += ["--without-mingle", "--without-gossip"]
    if args.concurrency:
        argv.append(f"--concurrency={args.concurrency}")
    if args.naam:
        argv.append(f"--hostname={args.naam}")
    try:
        app.worker_main(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int | None) else exitcodes.DATAERR
    return exitcodes.GROEN
