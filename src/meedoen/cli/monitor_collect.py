# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Collection loop of ``meedoen monitor run`` and ``monitor import``: source → ingest → store.

Each configured source of a dossier has its own cursor, named
``NAME:HASH`` (HASH: 8 hex characters of the source's configuration), so two
feeds with the same plug-in keep separate cursors and an edited source starts
fresh. Progress goes to stderr, one line per batch; every run is logged with
its counts and the non-secret key fingerprint.
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import UTC, datetime
from typing import Any

from meedoen.cli import exitcodes
from meedoen.monitor.pipeline import DossierInactiveError, ingest
from meedoen.monitor.privacy.pseudonym import Pseudonymiser
from meedoen.monitor.sources import Source, SourceError, create_source

LIMIT = 1000


def source_key(spec: dict[str, Any]) -> str:
    config = json.dumps(spec.get("config") or {}, sort_keys=True, ensure_ascii=False)
    return f"{spec['name']}:{hashlib.sha256(config.encode()).hexdigest()[:8]}"


def collect(d: Any, source: Source, name: str, who: str) -> int:
    """Fetch ``source`` for dossier ``d`` from the saved cursor and ingest every batch."""
    from meedoen.web.luisteren.services import log, to_settings
    from meedoen.web.luisteren.store import DjangoStore

    settings = to_settings(d)
    store = DjangoStore()
    pseudo = Pseudonymiser.from_env(period=settings.pseudonym_period)
    totals: dict[str, int] = {}
    now = datetime.now(UTC)
    try:
        for batch in source.batches(store.get_cursor(settings.id, name), limit=LIMIT):
            report = ingest(batch, settings, store, pseudo, source_name=name)
            for key, value in report.as_dict().items():
                totals[key] = totals.get(key, 0) + value
            sys.stderr.write(report.line() + "\n")
            for notice in batch.notices:
                sys.stderr.write(f"  {notice}\n")
    except DossierInactiveError as exc:
        log(who, "run", d, bron=name, geweigerd=True)
        sys.stderr.write(f"meedoen: {exc.message}\n")
        return exitcodes.DATAERR
    except SourceError as exc:
        log(who, "run", d, detail=totals, bron=name, fout=type(exc).__name__)
        sys.stderr.write(f"meedoen: dossier {d.pk} · {name}: {exc.message}\n")
        return exitcodes.DATAERR
    log(who, "run", d, detail=totals, bron=name, sleutel=pseudo.key_id(settings.id, now))
    sys.stderr.write(
        f"Klaar: dossier {d.pk} · {name}: {totals.get('opgeslagen', 0)} opgeslagen, "
        f"{totals.get('ontvangen', 0)} ontvangen.\n"
    )
    return exitcodes.GROEN


def collect_all(who: str) -> int:
    """One round over every active dossier and every configured source; returns failures."""
    from meedoen.web.luisteren.services import active_dossiers

    failures = 0
    dossiers = active_dossiers()
    sys.stderr.write(f"Verzamelronde: {len(dossiers)} actieve dossier(s).\n")
    for d in dossiers:
        for spec in d.sources or ():
            try:
                source = create_source(spec["name"], **(spec.get("config") or {}))
            except (SourceError, TypeError, KeyError, ValueError) as exc:
                failures += 1
                sys.stderr.write(
                    f"meedoen: dossier {d.pk}: bron '{spec.get('name')}' kan niet starten "
                    f"({getattr(exc, 'message', exc)}).\n"
                )
                continue
            if collect(d, source, source_key(spec), who) != exitcodes.GROEN:
                failures += 1
    return failures
