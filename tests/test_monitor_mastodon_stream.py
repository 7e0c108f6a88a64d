# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
# ruff: noqa: F811 - pytest fixtures imported from test_monitor_sources are redefined as arguments
"""Mastodon streaming source: REST catch-up, then live posts, edits and deletions.

The REST side replays recorded exchanges on a loopback HTTP server (the
``replay`` fixture of test_monitor_sources); the stream is a ``websockets``
server on loopback sending the recorded messages of ``mastodon/stream.jsonl``.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve

from meedoen.monitor.sources import SourceRefusedError, SourceUnavailableError, create_source
from meedoen.monitor.sources.mastodon_stream import MastodonStreamSource
from test_monitor_sources import Replay, no_internet, no_profile_data, polite, replay  # noqa: F401

STREAM = Path(__file__).parent / "fixtures" / "monitor" / "mastodon" / "stream.jsonl"


@pytest.fixture
def stream() -> Iterator[dict[str, Any]]:
    state: dict[str, Any] = {"requests": [], "messages": STREAM.read_text("utf-8").splitlines()}

    def handler(conn: ServerConnection) -> None:
        split = urllib.parse.urlsplit(conn.request.path)
        state["requests"].append((split.path, dict(urllib.parse.parse_qsl(split.query))))
        try:
            for line in state["messages"]:
                conn.send(line)
            conn.recv()  # then stay quiet until the client leaves
        except ConnectionClosed:
            pass

    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        state["url"] = f"ws://127.0.0.1:{server.socket.getsockname()[1]}"
        yield state
        server.shutdown()


def _source(replay: Replay, stream: dict[str, Any], **kw: Any) -> MastodonStreamSource:
    return MastodonStreamSource(
        replay.base,
        "#stikstof",
        streaming=stream["url"],
        page_size=3,
        idle_timeout=0.3,
        http=polite(),
        **kw,
    )


def test_catch_up_then_live_posts_edits_and_deletions(replay: Replay, stream: dict) -> None:
    replay.load("mastodon", "instance", "tag_newer", "tag_newest")
    source = _source(replay, stream)
    cursor = json.dumps({"min_id": "1135472011557901110"})
    result = source.fetch(cursor)

    assert stream["requests"] == [("/api/v1/streaming", {"stream": "hashtag", "tag": "stikstof"})]
    by_id = {p.source_id.rsplit(":", 1)[-1][-3:]: p for p in result.posts}
    # 112 from the REST catch-up; 113 live; 110 edited; 107 deleted.
    # 111 and 114 (noindex account) and 115 (unlisted) are skipped.
    assert sorted(by_id) == ["107", "110", "112", "113"]
    assert all(p.source == "mastodon" for p in result.posts)
    assert by_id["112"].source_id == f"{source.rest.host}:1135472011557901112"
    assert not by_id["112"].edited and not by_id["113"].edited
    assert by_id["113"].text.startswith("De nieuwe #stikstofkaart")
    assert by_id["110"].edited and by_id["110"].text.startswith("Correctie:")
    assert by_id["107"].deleted and by_id["107"].text == "" and by_id["107"].author_handle == ""
    for post in result.posts:
        no_profile_data(post)
    # the cursor follows the newest status seen, also a skipped (unlisted) one
    assert json.loads(result.cursor) == {"min_id": "1135472011557901115"}
    assert not result.more
    assert any("noindex" in n for n in result.notices)


def test_the_same_status_has_the_same_key_over_rest_and_stream(
    replay: Replay, stream: dict
) -> None:
    replay.load("mastodon", "instance", "tag_first", "tag_older", "tag_oldest")
    rest = create_source("mastodon", instance=replay.base, hashtag="stikstof", page_size=3)
    rest.http = polite()
    read = {p.source_id for p in rest.fetch(None).posts}
    deleted = _source(replay, stream).handle_event(
        {"event": "delete", "payload": "1135472011557901107"}, set()
    )[0]
    assert deleted is not None and deleted.key[1] in read and deleted.key[0] == "mastodon"


def test_limit_stops_the_stream_with_more_to_come(replay: Replay, stream: dict) -> None:
    replay.load("mastodon", "instance", "tag_newer", "tag_newest")
    result = _source(replay, stream).fetch(json.dumps({"min_id": "1135472011557901110"}), limit=2)
    assert len(result.posts) == 2 and result.more


def test_announced_streaming_address_is_used(replay: Replay) -> None:
    replay.load("mastodon", "instance")
    source = MastodonStreamSource(replay.base, "stikstof", http=polite())
    source.rest.check_instance()
    assert source.stream_url() == (
        "wss://social.example.nl/api/v1/streaming?stream=hashtag&tag=stikstof"
    )


def test_instance_that_forbids_bots_is_refused_before_streaming(
    replay: Replay, stream: dict
) -> None:
    replay.load("mastodon", "instance_nobots")
    with pytest.raises(SourceRefusedError):
        _source(replay, stream).fetch(None)
    assert stream["requests"] == []


def test_unreachable_stream_is_a_dutch_error(replay: Replay) -> None:
    replay.load("mastodon", "instance", "tag_newer", "tag_newest")
    source = MastodonStreamSource(
        replay.base, "stikstof", streaming="ws://127.0.0.1:9", page_size=3, http=polite()
    )
    with pytest.raises(SourceUnavailableError, match="niet bereikbaar"):
        source.fetch(json.dumps({"min_id": "1135472011557901110"}))


@pytest.mark.parametrize(
    "event",
    [
        {"event": "delete", "payload": "  "},
        {"event": "delete", "payload": 12},
        {"event": "update", "payload": "[1, 2]"},
        {"event": "update", "payload": "{}"},
        {"event": "notification", "payload": "{}"},
        {},
    ],
)
def test_odd_messages_are_dropped(replay: Replay, stream: dict, event: dict) -> None:
    assert _source(replay, stream).handle_event(event, set()) == (None, None)
