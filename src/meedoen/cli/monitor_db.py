# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``meedoen monitor`` commands that work on the database (issue #4, items 1, 3, 4, 7, 8).

``dossier add|list|show|end``, ``import FILE --dossier ID``, ``run [--once]``,
``worker`` (Celery, see :mod:`meedoen.cli.monitor_collect`), ``dpia DOSSIER``
and ``opschonen`` (retention). They set up Django
(:func:`meedoen.cli.web_cmd.setup_django`) and store through the app
``meedoen.web.luisteren``; every action writes an access-log row. Exit codes:
0 ok, 64 usage, 65 refused or bad input, 69 database unreachable, 78 no
pseudonymisation key.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from typing import Any

from meedoen.cli import exitcodes
from meedoen.cli.web_cmd import UNAVAILABLE, setup_django

CONFIG = 78  # EX_CONFIG: no pseudonymisation key
INTERVAL = 300


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is geen datum (JJJJ-MM-DD)") from None


def _terms(value: str) -> list[str]:
    return [t.strip() for t in value.split(",") if t.strip()]


def parse_source(value: str) -> dict[str, Any]:
    """``NAME[:key=value,...]`` → ``{"name": NAME, "config": {...}}``."""
    name, _, rest = value.partition(":")
    config: dict[str, Any] = {}
    for item in (p for p in rest.split(",") if p.strip()):
        key, eq, val = item.partition("=")
        if not eq or not key.strip():
            raise argparse.ArgumentTypeError(f"'{item}': gebruik sleutel=waarde")
        config[key.strip()] = val.strip()
    if not name.strip():
        raise argparse.ArgumentTypeError("een bron heeft een naam nodig, bijv. rss:url=…")
    return {"name": name.strip().lower(), "config": config}


def add_parsers(sub: Any) -> None:
    dossier = sub.add_parser(
        "dossier",
        prog="meedoen monitor dossier",
        help="luisterdossiers aanmaken, bekijken en beëindigen",
        description="Een dossier is de eenheid van luisteren: zonder actief dossier geen verzameling.",
    )
    dsub = dossier.add_subparsers(dest="dossier_command", metavar="OPDRACHT", required=True)
    add = dsub.add_parser("add", prog="meedoen monitor dossier add", help="nieuw dossier")
    add.add_argument("--naam", required=True)
    add.add_argument("--doel", required=True, help="doelomschrijving")
    add.add_argument("--grondslag", required=True, help="toelichting op de grondslag")
    add.add_argument("--einddatum", required=True, type=_date, help="JJJJ-MM-DD")
    add.add_argument("--begindatum", type=_date, help="JJJJ-MM-DD (standaard: vandaag)")
    add.add_argument("--trefwoorden", type=_terms, default=[], help="kommagescheiden")
    add.add_argument("--hashtags", type=_terms, default=[], help="kommagescheiden")
    add.add_argument("--uitsluiten", type=_terms, default=[], help="kommagescheiden")
    add.add_argument("--talen", type=_terms, default=["nl"], help="ISO 639-1, standaard nl")
    add.add_argument("--eigenaar", required=True, metavar="GEBRUIKERSNAAM")
    add.add_argument("--organisatie", required=True, metavar="SLUG")
    add.add_argument(
        "--bron", type=parse_source, action="append", default=[], metavar="NAAM[:k=v,...]"
    )
    add.add_argument("--bewaartermijn", type=int, default=30, metavar="DAGEN")
    add.add_argument("--k", type=int, default=5)
    add.add_argument("--gevoeligheid", choices=("laag", "midden", "hoog"), default="midden")
    add.set_defaults(run=_db(run_dossier_add))
    dsub.add_parser("list", help="alle dossiers").set_defaults(run=_db(run_dossier_list))
    for name, fn, text in (
        ("show", run_dossier_show, "instellingen en tellingen van één dossier"),
        ("end", run_dossier_end, "dossier beëindigen: het verzamelen stopt"),
    ):
        p = dsub.add_parser(name, prog=f"meedoen monitor dossier {name}", help=text)
        p.add_argument("dossier", metavar="DOSSIER", type=int)
        p.set_defaults(run=_db(fn))
    imp = sub.add_parser(
        "import", prog="meedoen monitor import", help="JSONL/CSV-export importeren in een dossier"
    )
    imp.add_argument("file", metavar="BESTAND")
    imp.add_argument("--dossier", required=True, type=int)
    imp.add_argument("--mapping", metavar="VOORINSTELLING", help="bijv. coosto-csv, 4cat-csv")
    imp.set_defaults(run=_db(run_import))
    run = sub.add_parser(
        "run", prog="meedoen monitor run", help="verzamelen voor alle actieve dossiers"
    )
    run.add_argument("--once", "--eenmalig", dest="once", action="store_true")
    run.add_argument("--interval", type=int, default=INTERVAL, metavar="SECONDEN")
    run.set_defaults(run=_db(run_collect))
    dpia = sub.add_parser("dpia", prog="meedoen monitor dpia", help="DPIA-tekst van een dossier")
    dpia.add_argument("dossier", metavar="DOSSIER", type=int)
    dpia.set_defaults(run=_db(run_dpia))
    clean = sub.add_parser(
        "opschonen", prog="meedoen monitor opschonen", help="bewaartermijn toepassen"
    )
    clean.set_defaults(run=_db(run_retention))
    from meedoen.cli.monitor_collect import add_worker_parser

    add_worker_parser(sub, _db)
    from meedoen.cli.monitor_alerts import add_parser as add_alerts_parser

    add_alerts_parser(sub)
    from meedoen.cli.monitor_report import add_parser as add_report_parser

    add_report_parser(sub)
    from meedoen.cli.monitor_recheck import add_parser as add_recheck_parser

    add_recheck_parser(sub)


def _fail(message: str, code: int = exitcodes.DATAERR) -> int:
    sys.stderr.write(f"meedoen: {message}\n")
    return code


def who() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # noqa: BLE001 - no user name in some containers
        return "cli"


def _db(fn: Any) -> Any:
    """Set up Django, run ``fn``; database errors become one Dutch line and exit 69."""

    def wrapper(args: Any) -> int:
        setup_django()
        from django.db import DatabaseError

        from meedoen.monitor.privacy.pseudonym import MissingSecretError

        try:
            return int(fn(args))
        except DatabaseError as exc:
            return _fail(
                f"de database is niet bereikbaar of niet bijgewerkt ({type(exc).__name__}); "
                "controleer MEEDOEN_DATABASE_URL en draai 'meedoen web manage migrate'.",
                UNAVAILABLE,
            )
        except MissingSecretError as exc:
            return _fail(str(exc), CONFIG)

    return wrapper


def _get_dossier(pk: int) -> Any:
    from meedoen.web.luisteren.models import MonitorDossier

    return (
        MonitorDossier.objects.select_related("owner__user", "organisation").filter(pk=pk).first()
    )


def run_dossier_add(args: Any) -> int:
    from meedoen.web.accounts.models import Member
    from meedoen.web.luisteren.models import MonitorDossier
    from meedoen.web.luisteren.services import DossierRefusedError, save_dossier
    from meedoen.web.organisation.models import Organisation

    org = Organisation.objects.filter(slug=args.organisatie).first()
    if org is None:
        return _fail(f"de organisatie '{args.organisatie}' bestaat niet.")
    owner = Member.objects.filter(user__username=args.eigenaar, organisation=org).first()
    if owner is None:
        return _fail(f"'{args.eigenaar}' is geen medewerker van {org.name}.")
    d = MonitorDossier(
        organisation=org,
        name=args.naam,
        owner=owner,
        purpose=args.doel,
        legal_basis=args.grondslag,
        start_date=args.begindatum or date.today(),
        end_date=args.einddatum,
        query={
            "keywords": args.trefwoorden,
            "hashtags": args.hashtags,
            "exclusions": args.uitsluiten,
            "languages": args.talen,
        },
        sources=args.bron,
        retention_days=args.bewaartermijn,
        k=args.k,
        sensitivity=args.gevoeligheid,
    )
    try:
        save_dossier(d, who(), owner)
    except DossierRefusedError as exc:
        sys.stderr.write("meedoen: dit dossier wordt niet aangemaakt:\n")
        for reason in exc.reasons:
            sys.stderr.write(f"  - {reason}\n")
        return exitcodes.DATAERR
    print(f"Dossier {d.pk} '{d.name}' aangemaakt (einddatum {d.end_date.isoformat()}).")
    return exitcodes.GROEN


def _status(d: Any) -> str:
    from datetime import UTC, datetime

    from meedoen.monitor.privacy.dossier_query import is_active
    from meedoen.web.luisteren.services import to_settings

    if d.ended_at:
        return "beëindigd"
    return "actief" if is_active(to_settings(d), datetime.now(UTC)) else "niet actief"


def run_dossier_list(args: Any) -> int:
    from meedoen.web.luisteren.models import MonitorDossier
    from meedoen.web.luisteren.services import log

    log(who(), "page", opdracht="dossier list")
    rows = MonitorDossier.objects.select_related("organisation").order_by("pk")
    print("id\tnaam\tstatus\teinddatum\tberichten\torganisatie")
    for d in rows:
        print(
            f"{d.pk}\t{d.name}\t{_status(d)}\t{d.end_date.isoformat()}\t"
            f"{d.posts.count()}\t{d.organisation.slug}"
        )
    return exitcodes.GROEN


def run_dossier_show(args: Any) -> int:
    from meedoen.monitor.privacy.dpia import settings_table
    from meedoen.web.luisteren.services import log, to_settings

    d = _get_dossier(args.dossier)
    if d is None:
        return _fail(f"dossier {args.dossier} bestaat niet.")
    log(who(), "page", d, opdracht="dossier show")
    print(settings_table(to_settings(d)))
    print(f"\nStatus: {_status(d)}")
    print(f"Berichten opgeslagen: {d.posts.count()}; uuroverzichten: {d.aggregates.count()}")
    for src in d.sources:
        print(f"Bron: {src.get('name')} {src.get('config') or ''}")
    return exitcodes.GROEN


def run_dossier_end(args: Any) -> int:
    from meedoen.web.luisteren.services import end_dossier

    d = _get_dossier(args.dossier)
    if d is None:
        return _fail(f"dossier {args.dossier} bestaat niet.")
    end_dossier(d, who())
    print(f"Dossier {d.pk} '{d.name}' is beëindigd; er wordt niets meer verzameld.")
    return exitcodes.GROEN


def run_dpia(args: Any) -> int:
    from meedoen.monitor.privacy.dpia import render
    from meedoen.web.luisteren.services import log, to_settings

    d = _get_dossier(args.dossier)
    if d is None:
        return _fail(f"dossier {args.dossier} bestaat niet.")
    log(who(), "export", d, opdracht="dpia")
    sys.stdout.write(render(to_settings(d)))
    return exitcodes.GROEN


def run_import(args: Any) -> int:
    from meedoen.cli.monitor_collect import progress
    from meedoen.monitor.sources.base import SourceError
    from meedoen.monitor.sources.file_import import FileImportSource
    from meedoen.web.luisteren.collect import collect

    d = _get_dossier(args.dossier)
    if d is None:
        return _fail(f"dossier {args.dossier} bestaat niet.")
    try:
        source = FileImportSource(args.file, mapping=args.mapping)
    except SourceError as exc:
        return _fail(exc.message)
    name = f"import:{source.path.name}"
    outcome = collect(d, source, name, who(), progress)
    return exitcodes.GROEN if outcome.ok else exitcodes.DATAERR


def run_collect(args: Any) -> int:
    from meedoen.cli.monitor_collect import run_collect as collect_or_schedule

    return collect_or_schedule(args, who())


def run_retention(args: Any) -> int:
    from meedoen.web.luisteren.collect import retention_round

    total = 0
    for d, counts in retention_round(who()):
        total += counts["verwijderd"]
        print(
            f"dossier {d.pk} '{d.name}': {counts['verwijderd']} berichten verwijderd, "
            f"{counts['uren']} uuroverzichten bijgewerkt"
        )
    print(f"Opgeschoond: {total} berichten verwijderd.")
    return exitcodes.GROEN
