# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Collection: one source of a dossier from its saved cursor → ingest → store; rounds.

These functions are THE collection code: ``meedoen monitor run`` (inline), the
in-process runner of ``meedoen web serve`` (:mod:`.background`) and the Celery
tasks (:mod:`.tasks`) all call them; only the way they are started differs.

Each configured source of a dossier has its own cursor, named ``NAME:HASH``
(HASH: 8 hex characters of the source's configuration, :func:`source_key`), so
two feeds with the same plug-in keep separate cursors and an edited source
starts fresh. :func:`collect_source` holds :func:`.locks.source_lock` while it
fetches, so no two workers fetch one source at once. Every batch is stored
with its cursor in one transaction (:class:`.store.DjangoStore`), so a run
that dies halfway restarts from the last stored batch and neither loses nor
duplicates a post.

Progress goes to a callback ``progress(line, level)`` (one Dutch line per
batch; the CLI writes it to stderr, the others to the log). Every run writes an
access-log row with its counts, the non-secret key fingerprint and, on a
worker, the worker's name. After a source's collection the alert delivery of
:mod:`meedoen.web.luisteren.notify.delivery` sends the dossier's new spike alerts.

:func:`recheck_round` asks Mastodon again about stored posts, so that a post
deleted or edited at the source is deleted or replaced here too (the code is
in :mod:`.recheck`; the background runner runs it after every round).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from meedoen.monitor.pipeline import DossierInactiveError, ingest
from meedoen.monitor.pipeline.ingest import inactive_reason
from meedoen.monitor.privacy.pseudonym import Pseudonymiser
from meedoen.monitor.sources import Source, SourceError, create_source
from meedoen.web.luisteren.locks import source_lock
from meedoen.web.luisteren.models import MonitorDossier
from meedoen.web.luisteren.services import active_dossiers, log, run_retention, to_settings
from meedoen.web.luisteren.store import DjangoStore

LIMIT = 1000  # posts per batch
LOCK_WAIT = 30.0  # seconds a task waits for a source that another worker is collecting
OK, FAILED, REFUSED, BUSY, SKIPPED = "ok", "fout", "geweigerd", "bezig", "overgeslagen"
logger = logging.getLogger(__name__)
Progress = Callable[[str, int], None]


def to_log(line: str, level: int = logging.INFO) -> None:
    """The default progress callback: the ``meedoen.web.luisteren.collect`` logger."""
    logger.log(level, line)


@dataclass(slots=True)
class Outcome:
    """What one source's collection did (counts only: safe to log and to return)."""

    dossier: int
    source: str
    status: str
    totals: dict[str, int] = field(default_factory=dict)
    message: str = ""
    worker: str = ""

    @property
    def ok(self) -> bool:
        return self.status == OK

    def as_dict(self) -> dict[str, Any]:
        return {
            "dossier": self.dossier,
            "bron": self.source,
            "status": self.status,
            "opgeslagen": self.totals.get("opgeslagen", 0),
            "ontvangen": self.totals.get("ontvangen", 0),
            "melding": self.message,
            "worker": self.worker,
        }


def source_key(spec: dict[str, Any]) -> str:
    """``NAME:HASH``: the cursor name of one configured source."""
    config = json.dumps(spec.get("config") or {}, sort_keys=True, ensure_ascii=False)
    return f"{spec['name']}:{hashlib.sha256(config.encode()).hexdigest()[:8]}"


def make_source(spec: dict[str, Any]) -> Source:
    """The source plug-in for ``spec``; :class:`SourceError` (Dutch) when it cannot start."""
    try:
        return create_source(spec["name"], **(spec.get("config") or {}))
    except SourceError:
        raise
    except (TypeError, KeyError, ValueError) as exc:
        raise SourceError(str(exc)) from exc


def collect(
    d: MonitorDossier,
    source: Source,
    name: str,
    who: str,
    progress: Progress = to_log,
    *,
    worker: str = "",
    pseudo: Pseudonymiser | None = None,
) -> Outcome:
    """Fetch ``source`` for dossier ``d`` from the saved cursor and ingest every batch.

    ``pseudo`` defaults to the key of the environment (:meth:`Pseudonymiser.from_env`).
    """
    settings = to_settings(d)
    mark: dict[str, Any] = {"worker": worker} if worker else {}
    outcome = Outcome(d.pk, name, OK, worker=worker)
    now = datetime.now(UTC)
    reason = inactive_reason(settings, now)
    if reason:  # checked before fetching: an ended dossier makes no request at all
        log(who, "run", d, bron=name, geweigerd=True, **mark)
        progress(f"meedoen: {reason}", logging.WARNING)
        outcome.status, outcome.message = REFUSED, reason
        return outcome
    store = DjangoStore()
    pseudo = pseudo or Pseudonymiser.from_env(period=settings.pseudonym_period)
    totals = outcome.totals
    try:
        for batch in source.batches(store.get_cursor(settings.id, name), limit=LIMIT):
            report = ingest(batch, settings, store, pseudo, source_name=name)
            for key, value in report.as_dict().items():
                totals[key] = totals.get(key, 0) + value
            progress(report.line(), logging.INFO)
            for notice in batch.notices:
                progress(f"  {notice}", logging.INFO)
    except DossierInactiveError as exc:
        log(who, "run", d, bron=name, geweigerd=True, **mark)
        progress(f"meedoen: {exc.message}", logging.WARNING)
        outcome.status, outcome.message = REFUSED, exc.message
        return outcome
    except SourceError as exc:
        log(who, "run", d, detail=totals, bron=name, fout=type(exc).__name__, **mark)
        progress(f"meedoen: dossier {d.pk} · {name}: {exc.message}", logging.WARNING)
        outcome.status, outcome.message = FAILED, exc.message
        return outcome
    log(who, "run", d, detail=totals, bron=name, sleutel=pseudo.key_id(settings.id, now), **mark)
    progress(
        f"Klaar: dossier {d.pk} · {name}: {totals.get('opgeslagen', 0)} opgeslagen, "
        f"{totals.get('ontvangen', 0)} ontvangen.",
        logging.INFO,
    )
    return outcome


def deliver_alerts(d: MonitorDossier, progress: Progress = to_log) -> None:
    """Send the dossier's pending spike alerts (e-mail, webhook); never raises."""
    from meedoen.web.luisteren.notify.delivery import deliver_alerts as deliver

    try:
        deliver(d)
    except Exception as exc:  # noqa: BLE001 - the posts are stored; a failed alert is reported
        progress(
            f"meedoen: dossier {d.pk}: meldingen versturen mislukt ({type(exc).__name__}).",
            logging.WARNING,
        )


def _collect_spec(
    d: MonitorDossier, spec: dict[str, Any], who: str, progress: Progress, wait: float, worker: str
) -> Outcome:
    key = source_key(spec)
    try:
        source = make_source(spec)
    except SourceError as exc:
        progress(
            f"meedoen: dossier {d.pk}: bron '{spec.get('name')}' kan niet starten ({exc.message}).",
            logging.WARNING,
        )
        return Outcome(d.pk, key, FAILED, message=exc.message, worker=worker)
    with source_lock(d.pk, key, wait) as got:
        if not got:
            progress(
                f"dossier {d.pk} · {key}: wordt al elders verzameld; de volgende ronde haalt "
                "de rest op.",
                logging.INFO,
            )
            return Outcome(d.pk, key, BUSY, worker=worker)
        progress(f"Bezig: dossier {d.pk} · {key}", logging.INFO)
        outcome = collect(d, source, key, who, progress, worker=worker)
    if outcome.status in (OK, FAILED):
        deliver_alerts(d, progress)
    return outcome


def _dossier(pk: int) -> MonitorDossier | None:
    rows = MonitorDossier.objects.select_related("owner__user", "organisation")
    return rows.filter(pk=pk).first()


def collect_source(
    dossier_id: int,
    key: str,
    who: str,
    progress: Progress = to_log,
    *,
    wait: float = LOCK_WAIT,
    worker: str = "",
) -> Outcome:
    """Collect the source named ``key`` (:func:`source_key`) of dossier ``dossier_id``."""
    d = _dossier(dossier_id)
    spec = next((s for s in (d.sources if d else None) or () if source_key(s) == key), None)
    if d is None or spec is None:
        message = f"dossier {dossier_id} · {key}: dossier of bron bestaat niet meer; overgeslagen."
        progress(message, logging.INFO)
        return Outcome(dossier_id, key, SKIPPED, message=message, worker=worker)
    return _collect_spec(d, spec, who, progress, wait, worker)


def plan_round(progress: Progress = to_log) -> list[tuple[int, str]]:
    """``(dossier id, source key)`` for every source of every active dossier."""
    dossiers = active_dossiers()
    progress(f"Verzamelronde: {len(dossiers)} actieve dossier(s).", logging.INFO)
    return [(d.pk, source_key(spec)) for d in dossiers for spec in d.sources or ()]


def collect_round(who: str, progress: Progress = to_log, *, wait: float = 0.0) -> list[Outcome]:
    """One round, here and now, over every source of every active dossier."""
    dossiers = active_dossiers()
    progress(f"Verzamelronde: {len(dossiers)} actieve dossier(s).", logging.INFO)
    return [
        _collect_spec(d, spec, who, progress, wait, "")
        for d in dossiers
        for spec in d.sources or ()
    ]


def retention_round(who: str) -> list[tuple[MonitorDossier, dict[str, int]]]:
    """Apply every dossier's retention period (see :func:`.services.run_retention`)."""
    return [(d, run_retention(d, who)) for d in MonitorDossier.objects.order_by("pk")]


def recheck_round(
    who: str,
    progress: Progress = to_log,
    *,
    limit_per_source: int | None = None,
    dossier_id: int | None = None,
    wait: float = 0.0,
) -> list[Outcome]:
    """Re-check stored Mastodon posts of every active dossier (or only ``dossier_id``).

    At most ``limit_per_source`` posts per source (default ``MEEDOEN_MONITOR_RECHECK``,
    else :data:`.recheck.RECHECK_LIMIT`); see :mod:`.recheck`.
    """
    from meedoen.web.luisteren import recheck

    limit = recheck.limit_from_env() if limit_per_source is None else limit_per_source
    return recheck.run_round(who, progress, limit=limit, dossier_id=dossier_id, wait=wait)
