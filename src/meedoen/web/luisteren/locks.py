# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""One collector per (dossier, source) at a time, across threads, processes and machines.

:func:`source_lock` is held while a source is fetched and ingested, so two
workers never fetch the same feed at once (politeness, and no wasted work).
It is a lock that dies with its holder, so a killed worker never leaves a
stale lock behind and no expiry has to be tuned:

* PostgreSQL: a session-level advisory lock (``pg_try_advisory_lock``) on the
  worker's own database connection. When the worker dies, its connection
  closes and PostgreSQL releases the lock at once. The connection stays in
  autocommit between batches, so every batch still commits on its own.
* SQLite (one machine): an exclusive ``flock`` on a small file next to the
  database; the operating system releases it when the process dies.

Correctness never depends on the lock: :meth:`DjangoStore.save_batch` is
idempotent and saves the cursor with the posts. The lock keeps the work single.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection

NAMESPACE = 0x6D656564  # "meed": first key of the two-key advisory lock
POLL = 0.25


def _lock_id(dossier_id: int, source_key: str) -> int:
    digest = hashlib.sha256(f"{dossier_id}:{source_key}".encode()).digest()
    return int.from_bytes(digest[:4], "big", signed=True)


def _pg_try(lock_id: int) -> bool:
    with connection.cursor() as cur:
        cur.execute("SELECT pg_try_advisory_lock(%s, %s)", [NAMESPACE, lock_id])
        return bool(cur.fetchone()[0])


def _pg_release(lock_id: int) -> None:
    try:
        with connection.cursor() as cur:
            cur.execute("SELECT pg_advisory_unlock(%s, %s)", [NAMESPACE, lock_id])
    except DatabaseError:
        pass  # the connection is gone, and the lock with it


def _wait_for(attempt: Callable[[], bool], wait: float) -> bool:
    deadline = time.monotonic() + max(wait, 0.0)
    while True:
        if attempt():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(POLL)


def lock_dir() -> Path:
    return Path(getattr(settings, "VAR_DIR", Path.cwd() / "var")) / "locks"


@contextmanager
def source_lock(dossier_id: int, source_key: str, wait: float = 0.0) -> Iterator[bool]:
    """Yield True when this caller holds the lock (waiting up to ``wait`` seconds), else False."""
    lock_id = _lock_id(dossier_id, source_key)
    if connection.vendor == "postgresql":
        got = _wait_for(lambda: _pg_try(lock_id), wait)
        try:
            yield got
        finally:
            if got:
                _pg_release(lock_id)
        return
    directory = lock_dir()
    directory.mkdir(parents=True, exist_ok=True)
    fd = os.open(
        directory / f"bron-{dossier_id}-{lock_id & 0xFFFFFFFF:08x}.lock", os.O_CREAT | os.O_RDWR
    )

    def attempt() -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    try:
        got = _wait_for(attempt, wait)
        yield got
    finally:
        os.close(fd)  # closing the descriptor releases the flock
