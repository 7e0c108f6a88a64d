# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""What the pipeline needs from storage: :class:`Store` (a Protocol) and :class:`StoredPost`.

The contract that makes a crash safe: :meth:`Store.save_batch` writes the new
posts, applies the platform deletions and saves the source cursor in ONE
transaction. A crash before it commits leaves both the posts and the cursor as
they were, so the next run fetches the same batch again and the key
de-duplication drops what was already stored: nothing lost, nothing twice.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from meedoen.monitor.model import Post

Key = tuple[str, str]  # (source, source_id)


@dataclass(frozen=True, slots=True)
class StoredPost:
    """A pseudonymised post plus its per-post analysis, as it is written to storage."""

    post: Post
    sentiment: str  # "positief" | "neutraal" | "negatief"
    sentiment_score: float
    claim: bool
    toon: bool
    text_hash: str  # near-duplicate hash of the normalised text ("" when nothing is left)


class Store(Protocol):
    """Storage of one or more dossiers. ``dossier`` is :attr:`DossierSettings.id`."""

    def get_cursor(self, dossier: str, source_name: str) -> str | None:
        """The cursor saved with the last batch of ``source_name`` (None the first time)."""
        ...

    def known_keys(self, dossier: str, keys: Collection[Key]) -> set[Key]:
        """The subset of ``keys`` already stored for ``dossier``."""
        ...

    def known_hashes(self, dossier: str, hashes: Collection[str]) -> set[str]:
        """The subset of ``hashes`` (near-duplicate text hashes) already stored."""
        ...

    def save_batch(
        self,
        dossier: str,
        source_name: str,
        posts: Sequence[StoredPost],
        deletions: Sequence[Key],
        cursor: str | None,
    ) -> None:
        """Delete ``deletions``, then store ``posts``, and save ``cursor``: all or nothing.

        Deletions come first, so an edited post (its key in both) replaces the
        stored version.
        """
        ...
