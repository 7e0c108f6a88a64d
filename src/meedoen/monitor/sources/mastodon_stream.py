# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Mastodon hashtag stream: new posts, edits and deletions as they happen.

The REST timeline (:mod:`.mastodon`) sees a status once, when it is new. The
streaming API (``GET /api/v1/streaming?stream=hashtag&tag=…`` over a
websocket) also says when a status is edited or deleted, which the privacy
promise needs: a post its author deleted is deleted here too.

Each :meth:`MastodonStreamSource.fetch`:

1. checks the instance rules and catches up over REST from the cursor
   (everything the opt-outs of :class:`~.mastodon.MastodonHashtagSource`
   apply to: ``noindex``, ``#nobot``/``#nobots``, ``indexable``, public only);
2. then listens to the stream for at most ``max_seconds`` (or until quiet for
   ``idle_timeout``): ``update`` → a new post; ``status.update`` → the new
   version, marked ``edited`` so storage replaces the old one;
   ``delete`` → ``RawPost(deleted=True)`` for ``HOST:ID``.

Posts carry the source name ``mastodon`` and the key ``HOST:ID``, so a status
read over REST and deleted over the stream is the same stored post. The
websocket address is the instance's announced streaming URL (``/api/v2/instance``)
unless ``streaming`` is given. Resumable through the REST cursor; the stream
itself has no replay, so a gap between calls is filled by the REST catch-up;
edits and deletions inside such a gap are found later by :meth:`recheck`
(the REST source's re-check of stored statuses).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from meedoen.monitor.sources.base import (
    FetchResult,
    RawPost,
    Source,
    dump_cursor,
    load_cursor,
)
from meedoen.monitor.sources.mastodon import MastodonHashtagSource, Recheck, status_id_order
from meedoen.monitor.sources.polite_http import PoliteHttp
from meedoen.monitor.sources.registry import register
from meedoen.monitor.sources.ws_stream import StreamLimits, decode, read_stream

EVENTS = ("update", "status.update", "delete")


@register
class MastodonStreamSource(Source):
    """One hashtag on one Mastodon instance, REST catch-up plus the live stream."""

    name = "mastodon-stream"
    description = (
        "Mastodon: hashtag-stroom van één server, met bewerkingen en verwijderingen "
        "(opt-outs gerespecteerd)"
    )

    def __init__(
        self,
        instance: str,
        hashtag: str,
        *,
        streaming: str | None = None,
        page_size: int = 40,
        require_indexable: bool = False,
        max_seconds: float = 60.0,
        idle_timeout: float = 10.0,
        open_timeout: float = 10.0,
        http: PoliteHttp | None = None,
    ) -> None:
        self.rest = MastodonHashtagSource(
            instance,
            hashtag,
            page_size=int(page_size),
            require_indexable=require_indexable,
            http=http,
        )
        self.streaming = streaming.rstrip("/") if streaming else None
        self.limits = StreamLimits(float(max_seconds), float(idle_timeout), float(open_timeout))

    def stream_url(self) -> str:
        base = self.streaming or self.rest.streaming_url
        if not base:
            split = urllib.parse.urlsplit(self.rest.instance)
            base = f"{'ws' if split.scheme == 'http' else 'wss'}://{split.netloc}"
        query = urllib.parse.urlencode({"stream": "hashtag", "tag": self.rest.hashtag})
        return f"{base}/api/v1/streaming?{query}"

    def fetch(self, cursor: str | None = None, *, limit: int | None = None) -> FetchResult:
        caught_up = self.rest.fetch(cursor, limit=limit)
        if caught_up.more:
            return caught_up  # finish the catch-up before listening
        posts = list(caught_up.posts)
        best = load_cursor(caught_up.cursor).get("min_id")
        skipped: set[str] = set()

        def on_event(event: dict[str, Any]) -> bool:
            nonlocal best
            post, status_id = self.handle_event(event, skipped)
            if status_id and (best is None or status_id_order(status_id) > status_id_order(best)):
                best = status_id
            if post is not None:
                posts.append(post)
            return limit is not None and len(posts) >= limit

        more = read_stream(
            self.stream_url(),
            on_event,
            platform=f"De stroom van {self.rest.host}",
            user_agent=self.rest.http.user_agent,
            limits=self.limits,
        )
        notices = caught_up.notices
        if skipped:
            notices += (
                f"{len(skipped)} account(s) in de stroom van {self.rest.host} overgeslagen "
                "wegens noindex of #nobot/#nobots in het profiel.",
            )
        new_cursor = dump_cursor({"min_id": best}) if best else caught_up.cursor
        return FetchResult(posts, new_cursor, more=more, notices=notices)

    def recheck_scope(self) -> tuple[str, str]:
        """The stored posts :meth:`recheck` can check (those of the REST source)."""
        return self.rest.recheck_scope()

    def recheck(self, stored: Mapping[str, str]) -> Recheck:
        """Re-check stored statuses over REST (:meth:`.MastodonHashtagSource.recheck`)."""
        return self.rest.recheck(stored)

    def handle_event(
        self, event: dict[str, Any], skipped: set[str]
    ) -> tuple[RawPost | None, str | None]:
        """One stream message → (post or None, the new status id for the cursor or None)."""
        kind, payload = event.get("event"), event.get("payload")
        if kind not in EVENTS or not isinstance(payload, str):
            return None, None
        if kind == "delete":
            if not payload.strip():
                return None, None
            return self.rest.deletion(self.rest.status_key(payload.strip())), None
        status = decode(payload)
        if status is None:
            return None, None
        post = self.rest.to_post(status, skipped)
        if kind == "status.update" and post is not None and not post.edited:
            post = replace(post, edited=True)
        return post, (str(status.get("id")) if kind == "update" and status.get("id") else None)
