# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The source plug-in contract: :class:`RawPost`, :class:`FetchResult`, :class:`Source`.

A source turns one platform (a feed, a hashtag timeline, the Bluesky firehose,
an export file) into :class:`RawPost` values. It is *resumable*: ``fetch``
takes the opaque cursor the previous call returned (``None`` the first time)
and returns the new posts plus the next cursor, which the caller stores as
text. A source never keeps state between runs except through that cursor.

A RawPost carries the author's raw handle only so that the ingest step can
pseudonymise it (keyed hash); it never carries profile data (no bio, avatar,
display name, follower counts). ``lang_declared`` is what the platform or
author claims and is informational only: the pipeline detects the language
itself.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

DEFAULT_LIMIT = 1000


class SourceError(Exception):
    """A source cannot do its work; ``message`` is Dutch and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SourceRefusedError(SourceError):
    """The source refuses on principle (instance rules forbid bots, opt-outs)."""


class SourceUnavailableError(SourceError):
    """The platform could not be reached or answered with an error."""


@dataclass(frozen=True, slots=True)
class RawPost:
    """One post as a source delivers it, before pseudonymisation and analysis."""

    source: str  # the source plug-in name ("rss", "mastodon", ...)
    source_id: str  # the platform's own stable id (at-uri, status uri, guid, ...)
    url: str  # public link ("" when there is none)
    published_at: datetime  # timezone-aware
    text: str  # plain text (HTML removed); "" for deletion events
    author_handle: str = ""  # raw handle/DID, pseudonymised at ingest; never a profile
    lang_declared: str | None = None  # informational only; never trusted
    metrics: Mapping[str, float] = field(default_factory=dict, hash=False)
    in_reply_to: str | None = None
    deleted: bool = False  # True: the platform reports that source_id was deleted
    edited: bool = False  # True: a new version of source_id; it replaces the stored one

    def __post_init__(self) -> None:
        if self.published_at.tzinfo is None or self.published_at.utcoffset() is None:
            raise ValueError(f"post {self.source_id!r}: published_at must be timezone-aware")
        if not self.source_id:
            raise ValueError("post without source_id")

    @property
    def key(self) -> tuple[str, str]:
        """``(source, source_id)``: identity for de-duplication and deletion."""
        return (self.source, self.source_id)


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The answer of :meth:`Source.fetch`; unpacks as ``posts, cursor``.

    ``more`` is True when the source knows there is more to fetch right now
    (a file not yet read to the end, a page limit reached); ``notices`` are
    Dutch messages for the operator (skipped rows, skipped opted-out accounts).
    """

    posts: list[RawPost]
    cursor: str | None
    more: bool = False
    notices: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Any]:
        return iter((self.posts, self.cursor))


class Source(ABC):
    """Base class of every source plug-in (built-in and third-party alike).

    Subclasses set ``name`` (registry key, lower case) and ``description``
    (Dutch, shown to operators) and implement :meth:`fetch`. Configuration is
    passed to ``__init__`` as keyword arguments (from the dossier's settings).
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""

    @classmethod
    def check_plugin(cls) -> None:
        """Called by the registry: refuse a plug-in without a proper name."""
        if not cls.name or cls.name.lower() != cls.name or " " in cls.name:
            raise ValueError(f"{cls.__name__}: name must be a non-empty lower-case word")

    @abstractmethod
    def fetch(self, cursor: str | None = None, *, limit: int | None = None) -> FetchResult:
        """Fetch what is new since ``cursor``; at most about ``limit`` posts."""

    def batches(
        self, cursor: str | None = None, *, limit: int = DEFAULT_LIMIT
    ) -> Iterator[FetchResult]:
        """Call :meth:`fetch` while it reports ``more``; memory stays one batch."""
        while True:
            result = self.fetch(cursor, limit=limit)
            yield result
            cursor = result.cursor
            if not result.more:
                return

    def iter_posts(
        self, cursor: str | None = None, *, limit: int = DEFAULT_LIMIT
    ) -> Iterator[RawPost]:
        """All posts of :meth:`batches`, one at a time (the cursor is not exposed)."""
        for result in self.batches(cursor, limit=limit):
            yield from result.posts


# -- small helpers shared by the built-in sources -------------------------------------


def load_cursor(cursor: str | None) -> dict[str, Any]:
    """Decode an opaque cursor made by :func:`dump_cursor` ({} for None/garbage)."""
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except ValueError:
        raise SourceError(
            "De cursor van deze bron is beschadigd; begin opnieuw zonder cursor."
        ) from None
    if not isinstance(data, dict):
        raise SourceError("De cursor van deze bron is beschadigd; begin opnieuw zonder cursor.")
    return data


def dump_cursor(data: Mapping[str, Any]) -> str:
    """Encode cursor state as compact, stable JSON text."""
    return json.dumps(dict(data), separators=(",", ":"), sort_keys=True, ensure_ascii=False)


def parse_iso(value: Any) -> datetime | None:
    """An aware datetime from an ISO 8601 string ("Z" allowed); None when invalid."""
    if not isinstance(value, str) or not value:
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def from_time_us(time_us: int) -> datetime:
    """Unix microseconds (Jetstream's clock) as an aware UTC datetime."""
    return datetime.fromtimestamp(time_us / 1_000_000, tz=UTC)


def now_utc() -> datetime:
    return datetime.now(UTC)
