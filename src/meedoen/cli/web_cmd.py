# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""`meedoen web`: run the web application; `meedoen audit verify`: check the log.

``meedoen web serve`` migrates the database, loads the demo organisation (when
demo mode is on, the default outside production), prints the demo users and
their fresh passwords, and serves on 127.0.0.1:8000. Without a broker it also
starts the in-process collection of slim luisteren
(:mod:`meedoen.web.luisteren.background`, a round every
``MEEDOEN_MONITOR_INTERVAL`` seconds; ``MEEDOEN_MONITOR_BACKGROUND=0`` turns it
off) and says so in one line; in demo mode without ``MEEDOEN_MONITOR_SECRET`` it
uses a generated key file in the var folder. ``meedoen web manage …`` passes
everything on to Django's management commands.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from meedoen.cli import exitcodes

UNAVAILABLE = 69  # EX_UNAVAILABLE: the database cannot be reached
CONFIG = 78  # EX_CONFIG: a setting in the environment is wrong


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meedoen.web.settings")
    import django

    django.setup()


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "web",
        prog="meedoen web",
        help="start de webapplicatie (make run) of voer een Django-beheeropdracht uit",
        description=(
            "De webapplicatie van meedoen: zelftoets, samen leren, organisatie-accounts,\n"
            "beheer, dashboard en API. Standaard SQLite in ./var; productie: zie\n"
            "docs/deployment.md (MEEDOEN_DATABASE_URL, MEEDOEN_PRODUCTION, …)."
        ),
    )
    sub = p.add_subparsers(dest="web_command", metavar="OPDRACHT", title="opdrachten")
    serve = sub.add_parser(
        "serve",
        prog="meedoen web serve",
        help="database bijwerken, demo laden en de server starten",
        description="Werkt de database bij, laadt de demo-organisatie en start de server.",
    )
    serve.add_argument(
        "--adres",
        "--addr",
        dest="addr",
        default="127.0.0.1:8000",
        help="adres en poort (standaard 127.0.0.1:8000)",
    )
    serve.add_argument(
        "--zonder-demo",
        "--no-demo",
        dest="no_demo",
        action="store_true",
        help="laad geen demo-organisatie",
    )
    serve.add_argument(
        "--alleen-voorbereiden",
        "--prepare-only",
        dest="prepare_only",
        action="store_true",
        help="alleen database en demo, geen server",
    )
    manage = sub.add_parser(
        "manage",
        prog="meedoen web manage",
        help="een Django-beheeropdracht (bijv. migrate, createsuperuser)",
        add_help=False,
    )
    manage.add_argument("args", nargs=argparse.REMAINDER)
    p.set_defaults(run=run)

    audit = subparsers.add_parser(
        "audit",
        prog="meedoen audit",
        help="controleer het auditlog (hashketen) van de webapplicatie",
        description="Controleert of het auditlog compleet en ongewijzigd is (hashketen).",
    )
    asub = audit.add_subparsers(dest="audit_command", metavar="OPDRACHT", title="opdrachten")
    asub.add_parser("verify", prog="meedoen audit verify", help="controleer de hashketen")
    audit.set_defaults(run=run_audit)


def _print_demo_users(credentials: list[Any], addr: str) -> None:
    print(f"meedoen draait op http://{addr}/  (stoppen: Ctrl+C)")
    print("Demo-organisatie: Gemeente Voorbeeldstad. Demo-gebruikers (nieuwe wachtwoorden):")
    for du, password in credentials:
        print(f"  {du.username:<6} {password:<16} {du.role:<22} {du.first_name} {du.last_name}")
    sys.stdout.flush()


def _demo_monitor_key() -> bool:
    """Demo mode without a pseudonymisation key: a fresh key for this process only.

    The key lives in memory (this process's environment), never on disk next to
    the data; after a restart the demo's pseudonyms change, as they would after
    a key rotation. Production (demo mode off) must set its own key.
    """
    from meedoen.monitor.privacy.pseudonym import SECRET_ENV, SECRET_FILE_ENV, generate_secret

    if os.environ.get(SECRET_ENV) or os.environ.get(SECRET_FILE_ENV):
        return False
    os.environ[SECRET_ENV] = generate_secret().hex()
    return True


def run(args: Any) -> int:
    setup_django()
    from django.core.management import call_command, execute_from_command_line

    if args.web_command == "manage":
        execute_from_command_line(["meedoen web manage", *args.args])
        return exitcodes.GROEN
    if args.web_command != "serve":
        print("Gebruik: meedoen web serve | meedoen web manage OPDRACHT", file=sys.stderr)
        return exitcodes.USAGE
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
    call_command("migrate", interactive=False, verbosity=0)
    key = _demo_monitor_key() if settings.MEEDOEN_DEMO else False
    credentials: list[Any] = []
    if settings.MEEDOEN_DEMO and not args.no_demo:
        from meedoen.web.demo.loader import load_demo

        _, credentials = load_demo()
    if args.prepare_only:
        _print_demo_users(credentials, args.addr)
        return exitcodes.GROEN
    _print_demo_users(credentials, args.addr)
    from meedoen.web.luisteren.background import start_from_env

    try:
        runner, line = start_from_env()
    except ValueError as exc:
        print(f"meedoen: {exc}", file=sys.stderr)
        return CONFIG
    demo_key = " Demo: tijdelijke sleutel voor pseudonimisering, alleen in het geheugen."
    print(line + (demo_key if key and runner else ""))
    sys.stdout.flush()
    try:
        call_command("runserver", args.addr, use_reloader=False, use_threading=True)
    finally:
        if runner is not None:
            runner.stop(timeout=5)
    return exitcodes.GROEN


def run_audit(args: Any) -> int:
    setup_django()
    from django.db import DatabaseError

    from meedoen.web.audit.events import verify

    try:
        result = verify()
    except DatabaseError as exc:
        print(
            f"meedoen: de database is niet bereikbaar of niet bijgewerkt ({type(exc).__name__}); "
            "controleer MEEDOEN_DATABASE_URL en draai 'meedoen web manage migrate'.",
            file=sys.stderr,
        )
        return UNAVAILABLE
    if result.ok:
        print(f"Auditlog in orde: {result.checked} regels, hashketen ongebroken.")
        return exitcodes.GROEN
    print(
        f"Auditlog NIET in orde: regel {result.broken_at}: {result.reason} "
        f"({result.checked} regels gecontroleerd).",
        file=sys.stderr,
    )
    return exitcodes.DATAERR
