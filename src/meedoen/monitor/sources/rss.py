# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""RSS 2.0 / Atom feeds (news, government sites, blogs) via feedparser.

Polite: conditional GET with the ETag and Last-Modified the server gave last
time (a 304 answer costs the server almost nothing and yields nothing new),
rate limits via :class:`PoliteHttp`. The feed is downloaded by our own client
(User-Agent, timeouts, 429 handling) and only then parsed by feedparser.

Resumable: the cursor holds the validators and the ids of the entries seen
recently (bounded), so a feed that still lists old items yields only new ones.
An entry's id is its ``id``/``guid``, else its link.

``author_handle`` is the feed's site (the outlet), not the individual
writer: we listen to what outlets publish on a topic, not to persons.
"""

from __future__ import annotations

import calendar
import urllib.parse
from datetime import UTC, datetime
from typing import Any

import feedparser

from meedoen.monitor.sources.base import (
    FetchResult,
    RawPost,
    Source,
    SourceUnavailableError,
    dump_cursor,
    load_cursor,
    now_utc,
)
from meedoen.monitor.sources.polite_http import PoliteHttp
from meedoen.monitor.sources.registry import register
from meedoen.monitor.sources.text import html_to_text

SEEN_LIMIT = 2000  # remembered entry ids; feeds rarely list more than a few hundred


@register
class RssSource(Source):
    """One RSS or Atom feed."""

    name = "rss"
    description = "RSS- of Atom-feed (nieuws, overheidssites, blogs)"

    def __init__(self, url: str, *, http: PoliteHttp | None = None) -> None:
        self.url = url
        self.http = http or PoliteHttp()
        self.site = urllib.parse.urlsplit(url).hostname or url

    def fetch(self, cursor: str | None = None, *, limit: int | None = None) -> FetchResult:
        state = load_cursor(cursor)
        response = self.http.get(
            self.url,
            headers={"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9"},
            etag=state.get("etag"),
            last_modified=state.get("modified"),
        )
        if response.status == 304:
            return FetchResult([], cursor)
        if response.status != 200:
            raise SourceUnavailableError(
                f"De feed {self.url} gaf HTTP {response.status}; controleer het adres."
            )
        parsed = feedparser.parse(
            response.body,
            response_headers={
                "content-type": response.header("Content-Type") or "application/xml",
                "content-location": response.url,
            },
            sanitize_html=True,
            resolve_relative_uris=True,
        )
        if not parsed.entries and parsed.get("bozo"):
            raise SourceUnavailableError(
                f"{self.url} is geen leesbare RSS- of Atom-feed ({parsed.get('bozo_exception')})."
            )
        feed_lang = parsed.feed.get("language")
        seen = list(state.get("seen", []))
        known = set(seen)
        posts: list[RawPost] = []
        for entry in parsed.entries:
            post = self._post(entry, feed_lang)
            if post is None or post.source_id in known:
                continue
            known.add(post.source_id)
            seen.append(post.source_id)
            posts.append(post)
        posts.sort(key=lambda p: p.published_at)
        new_state = {
            "etag": response.header("ETag") or state.get("etag"),
            "modified": response.header("Last-Modified") or state.get("modified"),
            "seen": seen[-SEEN_LIMIT:],
        }
        return FetchResult(posts, dump_cursor({k: v for k, v in new_state.items() if v}))

    def _post(self, entry: Any, feed_lang: str | None) -> RawPost | None:
        link = entry.get("link") or ""
        entry_id = entry.get("id") or link
        if not entry_id:
            return None
        title = html_to_text(entry.get("title"))
        contents = entry.get("content") or []
        body = contents[0].get("value") if contents else entry.get("summary")
        text = "\n\n".join(part for part in (title, html_to_text(body)) if part)
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC) if stamp else now_utc()
        return RawPost(
            source=self.name,
            source_id=str(entry_id),
            url=link,
            published_at=published,
            text=text,
            author_handle=self.site,
            lang_declared=entry.get("language") or feed_lang,
        )
