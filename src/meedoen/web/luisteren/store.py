# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``DjangoStore``: the pipeline's :class:`~meedoen.monitor.pipeline.Store` on the web database.

:meth:`DjangoStore.save_batch` runs in one ``transaction.atomic`` block: it
locks the cursor row (``select_for_update``; two workers on the same source
wait for each other), applies platform deletions and edits (the stored version
of an edited post is deleted first; the new version keeps its ingest time, so
the retention clock does not restart), inserts the posts and saves the cursor. Any error (a crash, a killed worker) rolls all of it back, so the
saved cursor always describes exactly the posts that are stored.

It is idempotent: a post whose ``(dossier, source, source_id)`` is already
stored is skipped by the database (``ON CONFLICT DO NOTHING``), so a task that
runs again from an older cursor (a worker killed mid-task, a message the
broker delivered twice, two feeds of one dossier listing the same item) never
duplicates a post. A batch that names one key twice is a caller's bug and is
refused with :class:`~django.db.IntegrityError` before anything is written.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from django.db import IntegrityError, transaction
from django.db.models import QuerySet

from meedoen.monitor.model import Post
from meedoen.monitor.pipeline.store import Key, StoredPost
from meedoen.web.luisteren.models import MonitorPost, SourceCursor

_CHUNK = 500


def _chunks(items: list, size: int = _CHUNK) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _by_source(keys: Collection[Key]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for source, ident in keys:
        grouped.setdefault(source, []).append(ident)
    return grouped


def as_post(row: MonitorPost) -> Post:
    """A stored row as the pipeline's :class:`Post` (for analytics and retention)."""
    return Post(
        id=row.source_id,
        source=row.source,
        url=row.url,
        published_at=row.published_at,
        lang=row.lang,
        text=row.text,
        author=row.author,
        metrics=row.metrics or {},
        in_reply_to=row.in_reply_to,
        dossier=str(row.dossier_id),
    )


class DjangoStore:
    """Store for dossiers identified by ``str(MonitorDossier.pk)``."""

    def __init__(self, using: str = "default") -> None:
        self.using = using

    def get_cursor(self, dossier: str, source_name: str) -> str | None:
        row = (
            SourceCursor.objects.using(self.using)
            .filter(dossier_id=int(dossier), source_name=source_name)
            .first()
        )
        return row.cursor if row else None

    def known_keys(self, dossier: str, keys: Collection[Key]) -> set[Key]:
        found: set[Key] = set()
        for source, ids in _by_source(keys).items():
            for chunk in _chunks(ids):
                rows = self._posts(int(dossier), source, chunk)
                found.update(rows.values_list("source", "source_id"))
        return found

    def _posts(self, pk: int, source: str, ids: list[str]) -> QuerySet[MonitorPost]:
        # one source and an IN list: the (dossier, source, source_id) unique index is used
        return MonitorPost.objects.using(self.using).filter(
            dossier_id=pk, source=source, source_id__in=ids
        )

    def known_hashes(self, dossier: str, hashes: Collection[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(sorted(hashes)):
            rows = MonitorPost.objects.using(self.using).filter(
                dossier_id=int(dossier), text_hash__in=chunk
            )
            found.update(rows.values_list("text_hash", flat=True))
        return found

    def save_batch(
        self,
        dossier: str,
        source_name: str,
        posts: Sequence[StoredPost],
        deletions: Sequence[Key],
        cursor: str | None,
    ) -> None:
        pk = int(dossier)
        keys = [(sp.post.source, sp.post.id) for sp in posts]
        stored_again = set(keys)
        if len(stored_again) != len(keys):
            raise IntegrityError("save_batch: one batch names the same post twice")
        with transaction.atomic(using=self.using):
            SourceCursor.objects.using(self.using).get_or_create(
                dossier_id=pk, source_name=source_name
            )
            row = (
                SourceCursor.objects.using(self.using)
                .select_for_update()
                .get(dossier_id=pk, source_name=source_name)
            )
            # An edit (a key both deleted and stored again) keeps the ingest time of the
            # version it replaces: the retention clock must not restart at every edit.
            edited = _by_source([k for k in deletions if k in stored_again])
            first_seen = {
                (source, sid): when
                for source, ids in edited.items()
                for chunk in _chunks(ids)
                for sid, when in self._posts(pk, source, chunk).values_list(
                    "source_id", "ingested_at"
                )
            }
            for source, ids in _by_source(deletions).items():  # first: an edit replaces
                for chunk in _chunks(ids):
                    self._posts(pk, source, chunk).delete()
            MonitorPost.objects.using(self.using).bulk_create(
                [_row(pk, sp) for sp in posts], batch_size=_CHUNK, ignore_conflicts=True
            )
            for (source, sid), when in first_seen.items():
                self._posts(pk, source, [sid]).update(ingested_at=when)
            row.cursor = cursor
            row.save(update_fields=["cursor", "updated_at"])


def _row(pk: int, sp: StoredPost) -> MonitorPost:
    p = sp.post
    return MonitorPost(
        dossier_id=pk,
        source=p.source,
        source_id=p.id,
        url=p.url,
        published_at=p.published_at,
        lang=p.lang,
        text=p.text,
        author=p.author,
        metrics=dict(p.metrics),
        in_reply_to=p.in_reply_to,
        sentiment=sp.sentiment,
        sentiment_score=sp.sentiment_score,
        claim=sp.claim,
        toon=sp.toon,
        text_hash=sp.text_hash,
    )
