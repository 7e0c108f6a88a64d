# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The Celery app of meedoen (optional extra ``worker``): background collection under load.

Configured from the environment:

* ``MEEDOEN_BROKER_URL``: ``redis://127.0.0.1:6379/0`` or
  ``amqp://guest:guest@127.0.0.1:5672//`` (RabbitMQ). Without it there is no
  Celery at all: ``meedoen web serve`` collects in-process instead.
* ``MEEDOEN_BROKER_QUEUE``: the queue name (default ``meedoen``).
* ``MEEDOEN_BROKER_VISIBILITY_TIMEOUT``: Redis only; seconds after which a task
  that a dead worker took is handed to another worker (default 3600; keep it
  above the longest collection run). RabbitMQ notices a dead worker at once.

Reliability: a task is acknowledged only when it has finished (``acks_late``),
also when the worker process is killed (``task_reject_on_worker_lost``), and a
worker takes one task at a time (``worker_prefetch_multiplier = 1``). A task
may therefore run twice; the collection code is idempotent (see
:mod:`meedoen.web.luisteren.collect`). Django is set up when this module is
imported, so ``celery -A meedoen.web.worker worker`` works as well as
``meedoen monitor worker``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import django
from celery import Celery

DEFAULT_QUEUE = "meedoen"
DEFAULT_VISIBILITY = 3600


def broker_url(env: Mapping[str, str] | None = None) -> str:
    """The broker URL from ``MEEDOEN_BROKER_URL`` ("" when collection runs in-process)."""
    env = os.environ if env is None else env
    return env.get("MEEDOEN_BROKER_URL", "").strip()


def transport_options(env: Mapping[str, str]) -> dict[str, Any]:
    """Redis: the visibility timeout and a restore sweep at about a quarter of it."""
    raw = env.get("MEEDOEN_BROKER_VISIBILITY_TIMEOUT", "").strip() or str(DEFAULT_VISIBILITY)
    try:
        visibility = int(raw)
    except ValueError:
        raise ValueError(
            f"MEEDOEN_BROKER_VISIBILITY_TIMEOUT moet een aantal seconden zijn, niet '{raw}'."
        ) from None
    if visibility < 1:
        raise ValueError("MEEDOEN_BROKER_VISIBILITY_TIMEOUT moet minstens 1 seconde zijn.")
    interval = max(1, min(10, visibility // 4))
    throttle = max(1, min(10, visibility // (4 * interval)))
    return {
        "visibility_timeout": visibility,
        "unacked_restore_interval": interval,
        "unacked_restore_throttle": throttle,
    }


def configure(app: Celery, env: Mapping[str, str] | None = None) -> Celery:
    env = os.environ if env is None else env
    app.conf.update(
        broker_url=broker_url(env) or None,
        broker_transport_options=transport_options(env),
        broker_connection_retry_on_startup=True,
        task_default_queue=env.get("MEEDOEN_BROKER_QUEUE", "").strip() or DEFAULT_QUEUE,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        worker_cancel_long_running_tasks_on_connection_loss=True,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        enable_utc=True,
    )
    return app


os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meedoen.web.settings")
django.setup()
app = configure(Celery("meedoen", include=["meedoen.web.luisteren.tasks"]))
