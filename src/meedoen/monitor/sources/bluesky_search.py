# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Bluesky post search through the AppView API ``app.bsky.feed.searchPosts``.

Where the AppView allows it without logging in (it was closed for anonymous
use on 21 January 2025, see bluesky-social/atproto#3423), this finds recent
posts for a query; for continuous listening, Jetstream
(:mod:`meedoen.monitor.sources.bluesky`) is the recommended source. An
``access_token`` may be passed for an authenticated AppView; it is never put in
the cursor or logged.

Paging: ``sort=latest`` with the response's ``cursor`` until it is absent or
``max_pages`` is reached. Resumable: the cursor keeps the newest ``indexedAt``
seen (sent as ``since`` next time; inclusive) and the uris at that moment,
so the overlap is not delivered twice. Keywords are matched locally as well
(the service's query semantics may differ), and declared languages are never
trusted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC
from typing import Any

from meedoen.monitor.sources.base import (
    FetchResult,
    RawPost,
    Source,
    SourceRefusedError,
    SourceUnavailableError,
    dump_cursor,
    load_cursor,
    parse_iso,
)
from meedoen.monitor.sources.bluesky import post_url
from meedoen.monitor.sources.polite_http import PoliteHttp
from meedoen.monitor.sources.registry import register
from meedoen.monitor.sources.text import KeywordFilter

DEFAULT_APPVIEW = "https://public.api.bsky.app"
PAGE_SIZE = 100  # the API maximum


@register
class BlueskySearchSource(Source):
    """Results of one search query on a Bluesky AppView."""

    name = "bluesky-search"
    description = "Bluesky: zoeken in openbare berichten via de AppView (searchPosts)"

    def __init__(
        self,
        query: str,
        *,
        appview: str = DEFAULT_APPVIEW,
        keywords: Iterable[str] = (),
        exclusions: Iterable[str] = (),
        max_pages: int = 10,
        access_token: str | None = None,
        http: PoliteHttp | None = None,
    ) -> None:
        self.query = query
        self.appview = appview.rstrip("/")
        self.filter = KeywordFilter(keywords, exclusions)
        self.max_pages = max_pages
        self._token = access_token
        self.http = http or PoliteHttp()

    def fetch(self, cursor: str | None = None, *, limit: int | None = None) -> FetchResult:
        state = load_cursor(cursor)
        since = state.get("since")
        boundary = set(state.get("at_since", []))
        headers = {"Accept": "application/json"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        url = f"{self.appview}/xrpc/app.bsky.feed.searchPosts"
        page_cursor: str | None = None
        posts: list[RawPost] = []
        newest, at_newest = since, set(boundary)
        more = False
        for page in range(self.max_pages):
            params = {
                "q": self.query,
                "sort": "latest",
                "limit": PAGE_SIZE,
                "since": since,
                "cursor": page_cursor,
            }
            response = self.http.get(url, params=params, headers=headers)
            if response.status in (401, 403):
                raise SourceRefusedError(
                    f"Zoeken via {self.appview} vraagt om inloggen (HTTP {response.status}). "
                    "Gebruik de bron 'bluesky' (Jetstream) voor doorlopend luisteren."
                )
            if response.status != 200:
                raise SourceUnavailableError(
                    f"{self.appview} gaf HTTP {response.status} bij zoeken."
                )
            data = _json(response.body, self.appview)
            for view in data.get("posts") or []:
                post, stamp = self._post(view)
                if post is None or stamp is None or post.source_id in boundary:
                    continue
                key = stamp.astimezone(UTC).isoformat()
                if newest is None or key > newest:
                    newest, at_newest = key, {post.source_id}
                elif key == newest:
                    at_newest.add(post.source_id)
                posts.append(post)
            page_cursor = data.get("cursor")
            if not page_cursor or not data.get("posts"):
                break
            if page == self.max_pages - 1 or (limit is not None and len(posts) >= limit):
                more = False  # older results beyond the page budget are not fetched
                break
        posts.sort(key=lambda p: p.published_at)
        new_state = {"since": newest, "at_since": sorted(at_newest)} if newest else {}
        return FetchResult(posts, dump_cursor(new_state) if new_state else cursor, more=more)

    def _post(self, view: dict[str, Any]) -> tuple[RawPost | None, Any]:
        uri, author = view.get("uri"), view.get("author") or {}
        record = view.get("record") or {}
        text = record.get("text")
        indexed = parse_iso(view.get("indexedAt"))
        if not uri or not isinstance(text, str) or indexed is None:
            return None, None
        if self.filter and not self.filter(text):
            return None, indexed
        did = author.get("did") or uri.split("/")[2]
        created = parse_iso(record.get("createdAt"))
        if created is None or created > indexed:
            created = indexed  # never trust a date later than the index time
        langs = record.get("langs")
        reply = (record.get("reply") or {}).get("parent") or {}
        return (
            RawPost(
                source=self.name,
                source_id=uri,
                url=post_url(did, uri.rsplit("/", 1)[-1]),
                published_at=created,
                text=text,
                author_handle=did,
                lang_declared=",".join(langs) if isinstance(langs, list) and langs else None,
                metrics={
                    k.removesuffix("Count"): view[k]
                    for k in ("replyCount", "repostCount", "likeCount", "quoteCount")
                    if isinstance(view.get(k), int | float)
                },
                in_reply_to=reply.get("uri"),
            ),
            indexed,
        )


def _json(body: bytes, where: str) -> dict[str, Any]:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SourceUnavailableError(f"Het antwoord van {where} is geen geldige JSON.") from None
    return data if isinstance(data, dict) else {}
