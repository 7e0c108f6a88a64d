# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Celery tasks of slim luisteren: the same collection code, run by workers.

* ``meedoen.collect_round``: plans a round and enqueues one ``collect_source``
  per (active dossier, source), so the sources of a round spread over workers;
  a Mastodon source's ``collect_source`` is linked to a ``recheck_source`` of
  the same source, which runs when the collection has finished;
* ``meedoen.collect_source``: :func:`.collect.collect_source` for one source;
  the access-log row names the worker (``worker:NAME``);
* ``meedoen.recheck_source``: :func:`.recheck.run_source`, the re-check of the
  stored posts of one Mastodon source (``MEEDOEN_MONITOR_RECHECK`` posts; 0: off);
* ``meedoen.recheck_round``: enqueues a ``recheck_source`` per Mastodon source
  of every active dossier, for a schedule of its own (Celery beat);
* ``meedoen.retention``: every dossier's retention period.

``meedoen monitor run`` enqueues rounds (and retention once a day) when
``MEEDOEN_BROKER_URL`` is set, so every round also re-checks; Celery beat can
do the same. See :mod:`meedoen.web.worker` for the reliability settings.
"""

from __future__ import annotations

import logging
from typing import Any

from meedoen.web.luisteren import collect, recheck
from meedoen.web.worker import app

logger = logging.getLogger(__name__)


@app.task(name="meedoen.collect_source", bind=True)
def collect_source(self: Any, dossier_id: int, key: str) -> dict[str, Any]:
    worker = str(self.request.hostname or "worker")
    outcome = collect.collect_source(dossier_id, key, f"worker:{worker}", worker=worker)
    return outcome.as_dict()


@app.task(name="meedoen.collect_round")
def collect_round() -> int:
    jobs = collect.plan_round()
    try:
        rechecking = recheck.limit_from_env() > 0
    except ValueError as exc:  # a bad setting must not stop the collection itself
        logger.warning("meedoen: %s Herbevestigen staat uit.", exc)
        rechecking = False
    for dossier_id, key in jobs:
        after = None
        if rechecking and recheck.is_recheckable(key):
            after = recheck_source.si(dossier_id, key)  # once this source is collected
        collect_source.apply_async((dossier_id, key), link=after)
    logger.info("Verzamelronde: %d bron(nen) in de wachtrij gezet.", len(jobs))
    return len(jobs)


@app.task(name="meedoen.recheck_source", bind=True)
def recheck_source(self: Any, dossier_id: int, key: str) -> dict[str, Any]:
    worker = str(self.request.hostname or "worker")
    limit = recheck.limit_from_env()
    outcome = recheck.run_source(dossier_id, key, f"worker:{worker}", limit=limit, worker=worker)
    return recheck.as_dict(outcome)


@app.task(name="meedoen.recheck_round")
def recheck_round() -> int:
    jobs = recheck.plan() if recheck.limit_from_env() > 0 else []
    for dossier_id, key in jobs:
        recheck_source.delay(dossier_id, key)
    logger.info("Herbevestigen: %d Mastodon-bron(nen) in de wachtrij gezet.", len(jobs))
    return len(jobs)


@app.task(name="meedoen.retention")
def retention() -> int:
    done = collect.retention_round("worker:opschonen")
    return sum(counts["verwijderd"] for _, counts in done)
