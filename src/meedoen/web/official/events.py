# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Audit events of official accounts and their posts.

The audit log is append-only and outlives the archive's retention, so events
carry a SHA-256 of a post's text rather than the text itself: the log proves
which text was approved and published without keeping it forever.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import ClassVar

from meedoen.web.audit.events import Event


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclasses.dataclass(frozen=True)
class PostCreated(Event):
    action: ClassVar[str] = "official.post.created"
    account: str
    text_sha256: str
    dossier: str = ""


@dataclasses.dataclass(frozen=True)
class PostTransitioned(Event):
    action: ClassVar[str] = "official.post.transitioned"
    from_state: str
    to_state: str
    transition: str
    level: str = ""
    reason: str = ""
    text_sha256: str = ""


@dataclasses.dataclass(frozen=True)
class ReviewRecorded(Event):
    action: ClassVar[str] = "official.review.recorded"
    tier: int
    decision: str
    reason: str = ""
    expires_at: str = ""
    suggested: bool = False


@dataclasses.dataclass(frozen=True)
class PostExported(Event):
    action: ClassVar[str] = "official.archive.exported"
    format: str
    count: int
    query: str = ""


@dataclasses.dataclass(frozen=True)
class ArchivePurged(Event):
    action: ClassVar[str] = "official.archive.purged"
    account: str
    retention_days: int
    cutoff: str
    count: int
    post_ids: tuple[int, ...] = ()


@dataclasses.dataclass(frozen=True)
class AccountChanged(Event):
    action: ClassVar[str] = "official.account.changed"
    account: str
    change: str  # "created" | "updated"
    fields: tuple[str, ...] = ()
