# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Stores for the pipeline benchmark.

* :class:`MemoryStore`: a real in-memory :class:`~meedoen.monitor.pipeline.Store`
  (keys, hashes and posts per dossier in dictionaries and sets).
* :class:`CountingStore`: knows nothing and keeps only counts, so that a long
  replay measures the memory of the pipeline itself, not of stored posts.
* :class:`TimedStore`: wraps any store and adds up the time spent in it.
* :func:`django_store`: Django set up on the database in ``MEEDOEN_DATABASE_URL``
  (migrated, with the demo organisation), and a function that creates one
  ``MonitorDossier`` per benchmark round.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Sequence
from datetime import date, timedelta
from typing import Any

from meedoen.monitor.pipeline.store import Key, StoredPost
from meedoen.monitor.privacy.settings import DossierSettings


class MemoryStore:
    def __init__(self) -> None:
        self.posts: dict[str, dict[Key, StoredPost]] = {}
        self.hashes: dict[str, set[str]] = {}
        self.cursors: dict[tuple[str, str], str | None] = {}

    def get_cursor(self, dossier: str, source_name: str) -> str | None:
        return self.cursors.get((dossier, source_name))

    def known_keys(self, dossier: str, keys: Collection[Key]) -> set[Key]:
        table = self.posts.get(dossier, {})
        return {k for k in keys if k in table}

    def known_hashes(self, dossier: str, hashes: Collection[str]) -> set[str]:
        stored = self.hashes.get(dossier, set())
        return {h for h in hashes if h in stored}

    def save_batch(
        self,
        dossier: str,
        source_name: str,
        posts: Sequence[StoredPost],
        deletions: Sequence[Key],
        cursor: str | None,
    ) -> None:
        table = self.posts.setdefault(dossier, {})
        hashes = self.hashes.setdefault(dossier, set())
        for sp in posts:
            table[sp.post.key] = sp
            if sp.text_hash:
                hashes.add(sp.text_hash)
        for key in deletions:
            table.pop(key, None)
        self.cursors[(dossier, source_name)] = cursor


class CountingStore:
    def __init__(self) -> None:
        self.saved = 0
        self.batches = 0

    def get_cursor(self, dossier: str, source_name: str) -> str | None:
        return None

    def known_keys(self, dossier: str, keys: Collection[Key]) -> set[Key]:
        return set()

    def known_hashes(self, dossier: str, hashes: Collection[str]) -> set[str]:
        return set()

    def save_batch(
        self,
        dossier: str,
        source_name: str,
        posts: Sequence[StoredPost],
        deletions: Sequence[Key],
        cursor: str | None,
    ) -> None:
        self.saved += len(posts)
        self.batches += 1


class TimedStore:
    """Forwards to ``inner`` and adds the seconds spent per method to :attr:`seconds`."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.seconds = {"known_keys": 0.0, "known_hashes": 0.0, "save_batch": 0.0}

    def _timed(self, name: str, *args: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return getattr(self.inner, name)(*args)
        finally:
            self.seconds[name] += time.perf_counter() - t0

    def get_cursor(self, dossier: str, source_name: str) -> str | None:
        return self.inner.get_cursor(dossier, source_name)

    def known_keys(self, dossier: str, keys: Collection[Key]) -> set[Key]:
        return self._timed("known_keys", dossier, keys)

    def known_hashes(self, dossier: str, hashes: Collection[str]) -> set[str]:
        return self._timed("known_hashes", dossier, hashes)

    def save_batch(self, *args: Any) -> None:
        self._timed("save_batch", *args)


def django_store(base: DossierSettings) -> tuple[Any, Callable[[int], DossierSettings], str]:
    """(DjangoStore, round -> dossier settings, database vendor). Django must not be set up yet;
    the database named by the environment is migrated first."""
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meedoen.web.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
    call_command("migrate", interactive=False, verbosity=0)
    from meedoen.web.accounts.models import Member
    from meedoen.web.demo.loader import load_demo
    from meedoen.web.luisteren.models import MonitorDossier
    from meedoen.web.luisteren.services import to_settings
    from meedoen.web.luisteren.store import DjangoStore

    org, _ = load_demo()
    owner = Member.objects.filter(organisation=org).order_by("pk").first()
    q = base.query
    query = {
        "keywords": list(q.keywords),
        "hashtags": list(q.hashtags),
        "exclusions": list(q.exclusions),
        "languages": list(q.languages),
    }

    def for_round(rnd: int) -> DossierSettings:
        d = MonitorDossier.objects.create(
            organisation=org,
            name=f"Benchmark ronde {rnd}",
            owner=owner,
            purpose=base.purpose,
            legal_basis=base.legal_basis,
            start_date=date.today() - timedelta(days=1),
            end_date=date.today() + timedelta(days=30),
            query=query,
            sources=[{"name": "bench", "config": {}}],
        )
        return to_settings(d)

    return DjangoStore(), for_round, connection.vendor
