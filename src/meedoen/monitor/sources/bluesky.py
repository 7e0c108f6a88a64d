# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Bluesky via Jetstream: the public, filtered firehose as JSON over a websocket.

We subscribe to ``wantedCollections=app.bsky.feed.post`` only and filter the
stream locally: the keyword filter (:class:`KeywordFilter`) decides which new
posts are kept; the declared ``langs`` are passed on as ``lang_declared`` but
never trusted (the pipeline detects the language). An optional
``text_filter`` callable can add a local language pre-filter.

Events handled (Jetstream ``kind: commit``):

* ``create`` / ``update`` of ``app.bsky.feed.post`` → a :class:`RawPost`
  (when it passes the filter); an ``update`` is marked ``edited`` so storage
  replaces the earlier version;
* ``delete`` of ``app.bsky.feed.post`` → ``RawPost(deleted=True)`` with the
  post's at-uri, always passed on (we cannot know whether the deleted post
  matched); storage deletes it if it holds it. ``keep_delete`` may narrow this.

Resumable: the cursor is the ``time_us`` of the last event read; Jetstream
replays from a cursor, and events at or before it are dropped locally.
A call reads until ``limit`` posts, ``max_events`` events, ``max_seconds`` or
``idle_timeout`` seconds of silence, whichever comes first.

``author_handle`` is the DID (stable; Jetstream carries no handle).
``published_at`` is the record's ``createdAt`` unless that differs from the
network time (``time_us``) by more than :data:`MAX_CLOCK_SKEW` (forged or
broken dates are common), in which case the network time is used.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any

from meedoen.monitor.sources.base import (
    FetchResult,
    RawPost,
    Source,
    SourceUnavailableError,
    dump_cursor,
    from_time_us,
    load_cursor,
    parse_iso,
)
from meedoen.monitor.sources.polite_http import DEFAULT_CONTACT, user_agent
from meedoen.monitor.sources.registry import register
from meedoen.monitor.sources.text import KeywordFilter
from meedoen.monitor.sources.ws_stream import StreamLimits, read_stream

DEFAULT_ENDPOINT = "wss://jetstream2.us-east.bsky.network/subscribe"
POST_COLLECTION = "app.bsky.feed.post"
MAX_CLOCK_SKEW = timedelta(hours=24)


def post_uri(did: str, rkey: str) -> str:
    return f"at://{did}/{POST_COLLECTION}/{rkey}"


def post_url(did: str, rkey: str) -> str:
    return f"https://bsky.app/profile/{did}/post/{rkey}"


@register
class BlueskyJetstreamSource(Source):
    """New and deleted Bluesky posts from Jetstream, filtered locally."""

    name = "bluesky"
    description = "Bluesky: openbare stroom van nieuwe en verwijderde berichten (Jetstream)"

    def __init__(
        self,
        *,
        endpoint: str = DEFAULT_ENDPOINT,
        keywords: Iterable[str] = (),
        exclusions: Iterable[str] = (),
        text_filter: Callable[[str], bool] | None = None,
        keep_delete: Callable[[str], bool] | None = None,
        max_events: int = 100_000,
        max_seconds: float = 60.0,
        idle_timeout: float = 10.0,
        open_timeout: float = 10.0,
        contact: str = DEFAULT_CONTACT,
    ) -> None:
        scheme = urllib.parse.urlsplit(endpoint).scheme
        if scheme not in ("ws", "wss"):
            raise SourceUnavailableError(
                f"Jetstream-adres moet met ws:// of wss:// beginnen: {endpoint}"
            )
        self.endpoint = endpoint
        self.filter = KeywordFilter(keywords, exclusions)
        self.text_filter = text_filter
        self.keep_delete = keep_delete
        self.max_events = max_events
        self.max_seconds = max_seconds
        self.idle_timeout = idle_timeout
        self.open_timeout = open_timeout
        self.user_agent = user_agent(contact)
        self.events_seen = 0  # counters for progress output and benchmarks
        self.events_dropped = 0

    def subscribe_url(self, cursor_us: int | None) -> str:
        params = [("wantedCollections", POST_COLLECTION)]
        if cursor_us is not None:
            params.append(("cursor", str(cursor_us)))
        return f"{self.endpoint}?{urllib.parse.urlencode(params)}"

    def fetch(self, cursor: str | None = None, *, limit: int | None = None) -> FetchResult:
        stored = load_cursor(cursor).get("time_us")
        last = int(stored) if isinstance(stored, int | str) and str(stored).isdigit() else None
        posts: list[RawPost] = []
        events = 0

        def on_event(event: dict[str, Any]) -> bool:
            nonlocal events, last
            time_us = event.get("time_us")
            if not isinstance(time_us, int) or (last is not None and time_us <= last):
                return False
            last = time_us
            events += 1
            self.events_seen += 1
            post = self.handle_event(event)
            if post is None:
                self.events_dropped += 1
            else:
                posts.append(post)
            return events >= self.max_events or (limit is not None and len(posts) >= limit)

        more = read_stream(
            self.subscribe_url(last),
            on_event,
            platform="Jetstream",
            user_agent=self.user_agent,
            limits=StreamLimits(self.max_seconds, self.idle_timeout, self.open_timeout),
        )
        new_cursor = dump_cursor({"time_us": last}) if last is not None else cursor
        return FetchResult(posts, new_cursor, more=more)

    def handle_event(self, event: dict[str, Any]) -> RawPost | None:
        """One Jetstream event → a RawPost, or None when it is dropped."""
        if event.get("kind") != "commit":
            return None  # identity/account events carry no posts
        commit = event.get("commit") or {}
        did, rkey = event.get("did"), commit.get("rkey")
        if commit.get("collection") != POST_COLLECTION or not did or not rkey:
            return None
        seen_at = from_time_us(event["time_us"])
        uri = post_uri(did, rkey)
        operation = commit.get("operation")
        if operation == "delete":
            if self.keep_delete is not None and not self.keep_delete(uri):
                return None
            return RawPost(
                source=self.name,
                source_id=uri,
                url=post_url(did, rkey),
                published_at=seen_at,
                text="",
                author_handle=did,
                deleted=True,
            )
        if operation not in ("create", "update"):
            return None
        record = commit.get("record") or {}
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            return None
        if self.filter and not self.filter(text):
            return None
        if self.text_filter is not None and not self.text_filter(text):
            return None
        created = parse_iso(record.get("createdAt"))
        if created is None or abs(created - seen_at) > MAX_CLOCK_SKEW:
            created = seen_at
        langs = record.get("langs")
        reply = (record.get("reply") or {}).get("parent") or {}
        return RawPost(
            source=self.name,
            source_id=uri,
            url=post_url(did, rkey),
            published_at=created,
            text=text,
            author_handle=did,
            lang_declared=",".join(langs) if isinstance(langs, list) and langs else None,
            in_reply_to=reply.get("uri"),
            edited=operation == "update",
        )
