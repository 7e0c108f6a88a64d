# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Re-checking stored Mastodon posts: deleted at the source → deleted here, edited → replaced.

The stream sees edits and deletions only while it listens; the REST timeline
never does. A re-check asks the instance about stored statuses one by one
(:meth:`.MastodonHashtagSource.recheck`, ``GET /api/v1/statuses/:id``) for
each ``mastodon`` and ``mastodon-stream`` source of an active dossier:

* at most ``limit`` posts per source and round, least recently confirmed first
  (``checked_at``, or ``ingested_at`` for a post never re-checked: being
  collected counts as being seen), so with N stored posts of a host every post
  is asked about again within ceil(N / limit) rounds;
* under the source's lock (:func:`.locks.source_lock`): a source that is being
  collected is skipped this round (``bezig``);
* deletions and new versions go through :func:`~meedoen.monitor.pipeline.ingest`
  exactly like stream events (same counts, same access-log row ``run`` with
  ``herbevestigen``); the source's cursor is written back unchanged;
* a host that fails (network, 5xx, 429, …) or whose rate-limit budget runs low
  is not asked again for the rest of the round; nothing is deleted on doubt.

It is idempotent: a post deleted twice is gone once, a new version replaces
the stored one (one row per status), and an unchanged post only gets a new
``checked_at``. The entry points are :func:`.collect.recheck_round` (CLI
``meedoen monitor herbevestig``, the background runner) and :func:`run_source`
(Celery).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from django.db.models.functions import Coalesce

from meedoen.monitor.pipeline import DossierInactiveError, ingest
from meedoen.monitor.pipeline.ingest import inactive_reason
from meedoen.monitor.privacy.pseudonym import Pseudonymiser
from meedoen.monitor.sources import SourceError
from meedoen.monitor.sources.base import FetchResult
from meedoen.web.luisteren.collect import (
    BUSY,
    FAILED,
    LOCK_WAIT,
    OK,
    REFUSED,
    SKIPPED,
    Outcome,
    Progress,
    _dossier,
    make_source,
    source_key,
    to_log,
)
from meedoen.web.luisteren.locks import source_lock
from meedoen.web.luisteren.models import MonitorDossier, MonitorPost
from meedoen.web.luisteren.services import active_dossiers, log, to_settings
from meedoen.web.luisteren.store import DjangoStore

RECHECK_LIMIT = 40  # stored posts re-checked per source and round (one request each)
RECHECKABLE = ("mastodon", "mastodon-stream")
COUNTS = ("gecontroleerd", "verwijderd", "bijgewerkt", "ongewijzigd")


def limit_from_env(env: Mapping[str, str] | None = None) -> int:
    """``MEEDOEN_MONITOR_RECHECK``: posts per source and round (0: off); ValueError (Dutch)."""
    env = os.environ if env is None else env
    raw = env.get("MEEDOEN_MONITOR_RECHECK", "").strip() or str(RECHECK_LIMIT)
    if not raw.isdigit():
        raise ValueError(f"MEEDOEN_MONITOR_RECHECK moet een aantal berichten zijn, niet '{raw}'.")
    return int(raw)


def is_recheckable(key: str) -> bool:
    """True for the source key (:func:`.collect.source_key`) of a Mastodon source."""
    return key.rsplit(":", 1)[0] in RECHECKABLE


def counts_line(totals: Mapping[str, int]) -> str:
    """ "N gecontroleerd, N verwijderd, N bijgewerkt, N ongewijzigd"."""
    return ", ".join(f"{totals.get(name, 0)} {name}" for name in COUNTS)


def as_dict(outcome: Outcome) -> dict[str, Any]:
    """A re-check outcome for a task result: the counts instead of collection counts."""
    plain = {k: v for k, v in outcome.as_dict().items() if k not in ("opgeslagen", "ontvangen")}
    return {**plain, **{name: outcome.totals.get(name, 0) for name in COUNTS}}


def _stored(d: MonitorDossier, name: str, prefix: str, limit: int) -> dict[str, str]:
    """``{source_id: text}`` of the ``limit`` posts confirmed longest ago, oldest first."""
    rows = MonitorPost.objects.filter(dossier=d, source=name, source_id__startswith=prefix)
    rows = rows.annotate(seen=Coalesce("checked_at", "ingested_at")).order_by("seen", "pk")
    return dict(rows.values_list("source_id", "text")[:limit])


def _recheck(d: MonitorDossier, source: Any, key: str, limit: int, outcome: Outcome) -> Any:
    """Re-check and apply; returns the source's :class:`~.mastodon.Recheck`."""
    settings = to_settings(d)
    name, prefix = source.recheck_scope()
    found = source.recheck(_stored(d, name, prefix, limit))
    counts = outcome.totals
    counts.update(gecontroleerd=len(found.checked), ongewijzigd=len(found.unchanged))
    if found.posts:
        store = DjangoStore()
        pseudo = Pseudonymiser.from_env(period=settings.pseudonym_period)
        batch = FetchResult(found.posts, store.get_cursor(settings.id, key))  # cursor unchanged
        report = ingest(batch, settings, store, pseudo, source_name=key)
        # a new version that no longer matches the dossier (or its languages) is only deleted
        counts["verwijderd"] = report.deleted + report.edited - report.stored
        counts["bijgewerkt"] = report.stored
    if found.checked:
        confirmed = MonitorPost.objects.filter(dossier=d, source=name, source_id__in=found.checked)
        confirmed.update(checked_at=datetime.now(UTC))
    return found


def _run(
    d: MonitorDossier,
    spec: dict[str, Any],
    who: str,
    progress: Progress,
    *,
    limit: int,
    wait: float,
    worker: str,
    stopped: set[str],
) -> Outcome:
    key = source_key(spec)
    outcome = Outcome(d.pk, key, OK, dict.fromkeys(COUNTS, 0), worker=worker)
    mark: dict[str, Any] = {"worker": worker} if worker else {}
    try:
        source: Any = make_source(spec)
    except SourceError as exc:
        outcome.status, outcome.message = FAILED, exc.message
        progress(
            f"meedoen: dossier {d.pk}: bron {key} kan niet starten ({exc.message}).",
            logging.WARNING,
        )
        return outcome
    host = source.recheck_scope()[1].removesuffix(":")
    reason = inactive_reason(to_settings(d), datetime.now(UTC))
    if reason:
        outcome.status, outcome.message = REFUSED, reason
        progress(f"meedoen: {reason}", logging.WARNING)
        return outcome
    if host in stopped:
        outcome.status = SKIPPED
        outcome.message = f"dossier {d.pk} · {key}: {host} wordt deze ronde niet meer gevraagd."
        progress(outcome.message, logging.INFO)
        return outcome
    with source_lock(d.pk, key, wait) as got:
        if not got:
            outcome.status, outcome.message = BUSY, f"dossier {d.pk} · {key}: wordt verzameld."
            progress(f"{outcome.message} Herbevestigen volgt de volgende ronde.", logging.INFO)
            return outcome
        try:
            found = _recheck(d, source, key, limit, outcome)
        except DossierInactiveError as exc:
            outcome.status, outcome.message = REFUSED, exc.message
            progress(f"meedoen: {exc.message}", logging.WARNING)
            return outcome
    if found.problem or found.paused:
        stopped.add(host)
    if found.problem:
        outcome.status, outcome.message = FAILED, found.problem
        mark["gestopt"] = True
        progress(f"meedoen: dossier {d.pk} · {key}: {found.problem}", logging.WARNING)
    elif found.paused:
        outcome.message = found.paused
        progress(f"dossier {d.pk} · {key}: {found.paused}", logging.INFO)
    log(who, "run", d, detail=outcome.totals, bron=key, herbevestigen=True, **mark)
    progress(f"Herbevestigd: dossier {d.pk} · {key}: {counts_line(outcome.totals)}.", logging.INFO)
    return outcome


def run_source(
    dossier_id: int,
    key: str,
    who: str,
    progress: Progress = to_log,
    *,
    limit: int = RECHECK_LIMIT,
    wait: float = LOCK_WAIT,
    worker: str = "",
) -> Outcome:
    """Re-check the stored posts of the source named ``key`` of dossier ``dossier_id``."""
    if limit < 1:
        return Outcome(dossier_id, key, SKIPPED, message="herbevestigen staat uit", worker=worker)
    d = _dossier(dossier_id)
    spec = next((s for s in (d.sources if d else None) or () if source_key(s) == key), None)
    if d is None or spec is None or not is_recheckable(key):
        message = f"dossier {dossier_id} · {key}: geen Mastodon-bron (meer); overgeslagen."
        progress(message, logging.INFO)
        return Outcome(dossier_id, key, SKIPPED, message=message, worker=worker)
    return _run(d, spec, who, progress, limit=limit, wait=wait, worker=worker, stopped=set())


def plan() -> list[tuple[int, str]]:
    """``(dossier id, source key)`` of every Mastodon source of every active dossier."""
    return [
        (d.pk, source_key(spec))
        for d in active_dossiers()
        for spec in d.sources or ()
        if spec.get("name") in RECHECKABLE
    ]


def run_round(
    who: str,
    progress: Progress = to_log,
    *,
    limit: int = RECHECK_LIMIT,
    dossier_id: int | None = None,
    wait: float = 0.0,
) -> list[Outcome]:
    """One re-check round here and now (see :func:`.collect.recheck_round`)."""
    if limit < 1:
        return []
    if dossier_id is None:
        dossiers = active_dossiers()
    else:  # an inactive dossier asked for by id is refused per source, with the reason
        dossiers = [d for d in (_dossier(dossier_id),) if d is not None]
    stopped: set[str] = set()  # hosts that failed or ran low on budget this round
    kw: dict[str, Any] = {"limit": limit, "wait": wait, "worker": "", "stopped": stopped}
    return [
        _run(d, spec, who, progress, **kw)
        for d in dossiers
        for spec in d.sources or ()
        if spec.get("name") in RECHECKABLE
    ]
