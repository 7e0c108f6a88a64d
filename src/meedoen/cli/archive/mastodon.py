# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Mastodon archive: ``outbox.json``, an ActivityPub OrderedCollection.

Only ``Create`` activities are the author's own posts (``Announce`` is a
boost of someone else's). The post body is HTML in ``object.content`` (or
``contentMap``); a content warning (``summary``) is part of the post too.
"""

from __future__ import annotations

import json
from typing import Any

from meedoen.cli.archive.common import ArchivePost, NotThisFormatError
from meedoen.cli.archive.html_text import html_to_text

NAME = "Mastodon (outbox.json)"


def sniff(text: str) -> bool:
    head = text[:4096]
    return head.lstrip().startswith("{") and (
        "OrderedCollection" in head or "orderedItems" in head or "activitystreams" in head
    )


def _content(obj: dict[str, Any]) -> str | None:
    content = obj.get("content")
    if not isinstance(content, str):
        cmap = obj.get("contentMap")
        if isinstance(cmap, dict):
            content = next((v for v in cmap.values() if isinstance(v, str)), None)
    if not isinstance(content, str):
        return None
    text = html_to_text(content)
    summary = obj.get("summary")
    if isinstance(summary, str) and summary.strip():
        text = f"{html_to_text(summary)}\n\n{text}"
    return text


def parse(text: str) -> list[ArchivePost]:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise NotThisFormatError("outbox.json is not valid JSON") from exc
    if not isinstance(data, dict):
        raise NotThisFormatError("outbox.json is not an object")
    items = data.get("orderedItems", data.get("items"))
    if not isinstance(items, list):
        raise NotThisFormatError("outbox.json has no orderedItems")
    posts = []
    for n, act in enumerate(items, 1):
        if not isinstance(act, dict) or act.get("type") != "Create":
            continue
        obj = act.get("object")
        if not isinstance(obj, dict):
            continue
        body = _content(obj)
        if body is None:
            continue
        published = obj.get("published", act.get("published"))
        date = published[:10] if isinstance(published, str) and len(published) >= 10 else None
        pid = obj.get("id", act.get("id", n))
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        posts.append(ArchivePost(id=str(pid), date=date, text=body, url=url))
    return posts
