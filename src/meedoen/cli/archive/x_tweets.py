# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""X (Twitter) archive: ``data/tweets.js``.

The file is JavaScript, ``window.YTD.tweets.part0 = [ ... ]``, around a JSON
array of ``{"tweet": {"id_str", "full_text", "created_at", ...}}``. Older
archives lack the ``tweet`` wrapper; both are read. Tweet text is
HTML-escaped (``&amp;``), so entities are unescaped.
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from typing import Any

from meedoen.cli.archive.common import ArchivePost, NotThisFormatError

NAME = "X (tweets.js)"
_WRAPPER = re.compile(r"^\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*", re.ASCII)


def sniff(text: str) -> bool:
    return bool(_WRAPPER.match(text[:200]))


def _date(raw: object) -> str | None:
    if not isinstance(raw, str):
        return None
    for fmt in ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return datetime.strptime(raw.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def parse(text: str) -> list[ArchivePost]:
    m = _WRAPPER.match(text)
    body = text[m.end() :] if m else text
    body = body.strip().rstrip(";")
    try:
        items = json.loads(body)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise NotThisFormatError("no JSON array after the window.YTD wrapper") from exc
    if not isinstance(items, list):
        raise NotThisFormatError("the tweets are not a list")
    posts = []
    for n, item in enumerate(items, 1):
        tweet: Any = item.get("tweet", item) if isinstance(item, dict) else None
        if not isinstance(tweet, dict):
            continue
        raw = tweet.get("full_text", tweet.get("text"))
        if not isinstance(raw, str):
            continue
        tid = tweet.get("id_str", tweet.get("id", n))
        posts.append(
            ArchivePost(
                id=str(tid),
                date=_date(tweet.get("created_at")),
                text=html.unescape(raw),
                url=None,
            )
        )
    return posts
