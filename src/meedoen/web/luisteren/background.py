# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""In-process background collection: no broker, no extra service (``make run``).

:class:`BackgroundRunner` is a daemon thread that runs a collection round
(:func:`.collect.collect_round`, the same code the Celery workers run) every
``MEEDOEN_MONITOR_INTERVAL`` seconds (default 300), after each round a
re-check of stored Mastodon posts (:func:`.collect.recheck_round`,
``MEEDOEN_MONITOR_RECHECK`` posts per source, default 40, 0: off) and the
retention job once a day. An error in a source, the database or anything
else is logged and the next round runs as planned: it never stops the web
server. The thread uses its own database connection and closes it after
every round.

:func:`start_from_env` decides what ``meedoen web serve`` does and returns one
Dutch line saying so: with ``MEEDOEN_BROKER_URL`` set the Celery workers
collect, with ``MEEDOEN_MONITOR_BACKGROUND=0`` nobody does, and without a
pseudonymisation key nothing may be collected.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Mapping

from django.db import close_old_connections, connections

from meedoen.web.luisteren import collect
from meedoen.web.luisteren.recheck import RECHECK_LIMIT, limit_from_env

DEFAULT_INTERVAL = 300
RETENTION_EVERY = 24 * 3600
WHO = "achtergrond"
OFF = ("0", "false", "no", "nee", "uit", "off")
logger = logging.getLogger(__name__)


def interval_from_env(env: Mapping[str, str] | None = None) -> int:
    """``MEEDOEN_MONITOR_INTERVAL`` in seconds; ValueError (Dutch) when it is not one."""
    env = os.environ if env is None else env
    raw = env.get("MEEDOEN_MONITOR_INTERVAL", "").strip() or str(DEFAULT_INTERVAL)
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise ValueError(f"MEEDOEN_MONITOR_INTERVAL moet een aantal seconden zijn, niet '{raw}'.")
    return value


class BackgroundRunner:
    """Collection rounds on a daemon thread; :meth:`stop` ends it after the current round."""

    def __init__(
        self,
        interval: float,
        *,
        retention_every: float = RETENTION_EVERY,
        recheck_limit: int = RECHECK_LIMIT,
    ) -> None:
        self.interval = interval
        self.retention_every = retention_every
        self.recheck_limit = recheck_limit
        self.rounds = 0  # finished rounds, successful or not
        self.errors = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._done = threading.Condition()
        self._last_retention: float | None = None
        self._thread = threading.Thread(target=self._loop, name="meedoen-verzamelen", daemon=True)

    def start(self) -> BackgroundRunner:
        self._thread.start()
        return self

    def trigger(self) -> None:
        """Run the next round now instead of after the interval."""
        self._wake.set()

    def wait_rounds(self, n: int, timeout: float) -> bool:
        """Block until ``n`` rounds have finished (True) or ``timeout`` passed (False)."""
        with self._done:
            return self._done.wait_for(lambda: self.rounds >= n, timeout)

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def run_once(self) -> None:
        """One round, the re-check, and the retention job when it is due; errors logged."""
        close_old_connections()
        try:
            outcomes = collect.collect_round(WHO)
            failed = [o for o in outcomes if o.status == collect.FAILED]
            if failed:
                logger.warning(
                    "Verzamelronde: %d van %d bron(nen) mislukt.", len(failed), len(outcomes)
                )
            self._recheck()
            now = time.monotonic()
            if self._last_retention is None or now - self._last_retention >= self.retention_every:
                collect.retention_round(WHO)
                self._last_retention = now
        except Exception as exc:  # noqa: BLE001 - the server keeps running; the next round retries
            self.errors += 1
            logger.warning("meedoen: verzamelronde mislukt: %s", getattr(exc, "message", exc))
        finally:
            close_old_connections()

    def _recheck(self) -> None:
        """Re-check stored Mastodon posts; an error here does not stop the retention job."""
        try:
            checked = collect.recheck_round(WHO, limit_per_source=self.recheck_limit)
        except Exception as exc:  # noqa: BLE001 - logged; the next round re-checks again
            self.errors += 1
            logger.warning("meedoen: herbevestigen mislukt: %s", getattr(exc, "message", exc))
            return
        failed = [o for o in checked if o.status == collect.FAILED]
        if failed:
            logger.warning("Herbevestigen: %d van %d bron(nen) gestopt.", len(failed), len(checked))

    def _loop(self) -> None:
        try:
            while not self._stop.is_set():
                self.run_once()
                with self._done:
                    self.rounds += 1
                    self._done.notify_all()
                self._wake.wait(self.interval)
                self._wake.clear()
        finally:
            connections.close_all()


def start_from_env(env: Mapping[str, str] | None = None) -> tuple[BackgroundRunner | None, str]:
    """Start the runner when this process should collect; returns it and one Dutch line."""
    from meedoen.monitor.privacy.pseudonym import MissingSecretError, load_secret

    env = os.environ if env is None else env
    if env.get("MEEDOEN_BROKER_URL", "").strip():
        return None, (
            "Slim luisteren: verzamelen loopt via Celery (MEEDOEN_BROKER_URL); start "
            "'meedoen monitor worker' en 'meedoen monitor run'."
        )
    if env.get("MEEDOEN_MONITOR_BACKGROUND", "1").strip().lower() in OFF:
        return None, "Slim luisteren: verzamelen op de achtergrond staat uit."
    interval = interval_from_env(env)
    recheck_limit = limit_from_env(env)
    try:
        load_secret(env)
    except MissingSecretError:
        return None, (
            "Slim luisteren: er wordt niets verzameld zolang MEEDOEN_MONITOR_SECRET ontbreekt."
        )
    runner = BackgroundRunner(interval, recheck_limit=recheck_limit).start()
    return runner, (
        f"Slim luisteren: verzamelen voor actieve dossiers loopt op de achtergrond "
        f"(elke {interval} s; uitzetten met MEEDOEN_MONITOR_BACKGROUND=0)."
    )
