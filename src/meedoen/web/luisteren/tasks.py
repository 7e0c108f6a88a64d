# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Celery tasks of slim luisteren: the same collection code, run by workers.

* ``meedoen.collect_round``: plans a round and enqueues one ``collect_source``
  per (active dossier, source), so the sources of a round spread over workers;
* ``meedoen.collect_source``: :func:`.collect.collect_source` for one source;
  the access-log row names the worker (``worker:NAME``);
* ``meedoen.retention``: every dossier's retention period.

``meedoen monitor run`` enqueues rounds (and retention once a day) when
``MEEDOEN_BROKER_URL`` is set; Celery beat can do the same. See
:mod:`meedoen.web.worker` for the reliability settings.
"""

from __future__ import annotations

import logging
from typing import Any

from meedoen.web.luisteren import collect
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
    for dossier_id, key in jobs:
        collect_source.delay(dossier_id, key)
    logger.info("Verzamelronde: %d bron(nen) in de wachtrij gezet.", len(jobs))
    return len(jobs)


@app.task(name="meedoen.retention")
def retention() -> int:
    done = collect.retention_round("worker:opschonen")
    return sum(counts["verwijderd"] for _, counts in done)
