# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Source plug-ins against recorded responses replayed on loopback (never the internet).

An HTTP server (``ThreadingHTTPServer`` on 127.0.0.1, ephemeral port) replays the
hand-made recordings in tests/fixtures/monitor/<platform>/exchanges.json, with
ETag/Last-Modified → 304 handled like a real server; a ``websockets`` server
replays the Jetstream recording. A socket guard refuses any connection to a
non-loopback address for the whole module.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from dataclasses import fields
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve

from meedoen.monitor.sources import (
    FetchResult,
    RawPost,
    Source,
    SourceRefusedError,
    create_source,
    load_sources,
)
from meedoen.monitor.sources.bluesky import BlueskyJetstreamSource
from meedoen.monitor.sources.bluesky_search import BlueskySearchSource
from meedoen.monitor.sources.mastodon import MastodonHashtagSource, rule_forbids_collection
from meedoen.monitor.sources.polite_http import (
    MIN_INTERVAL_ENV,
    PoliteHttp,
    min_interval_setting,
)
from meedoen.monitor.sources.registry import ENTRY_POINT_GROUP, sources
from meedoen.monitor.sources.rss import RssSource
from meedoen.monitor.sources.text import KeywordFilter, html_to_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "monitor"


# -- guard: nothing may leave the machine -------------------------------------------


def _loopback(host: Any) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def check(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(address[0]):
            raise ConnectionRefusedError(f"test guard: no connection to {address!r}")

    def connect(self: socket.socket, address: Any) -> None:
        check(self, address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        check(self, address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)


def test_the_guard_refuses_non_loopback_addresses() -> None:
    with socket.socket() as s, pytest.raises(ConnectionRefusedError, match="test guard"):
        s.connect(("192.0.2.1", 80))  # TEST-NET-1, never routed


# -- the replay HTTP server -----------------------------------------------------------


class Replay:
    """Serves recorded exchanges; the same request replays its responses in order."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, tuple[tuple[str, str], ...]], list[dict[str, Any]]] = {}
        self.requests: list[dict[str, Any]] = []
        self.base = ""

    def load(self, platform: str, *names: str) -> None:
        recorded = json.loads((FIXTURES / platform / "exchanges.json").read_text("utf-8"))
        for name in names:
            exchange = recorded[name]
            request, response = exchange["request"], dict(exchange["response"])
            response["dir"] = FIXTURES / platform
            key = (request["path"], tuple(sorted(request["query"].items())))
            self.routes.setdefault(key, []).append(response)

    def reset(self) -> None:
        self.routes.clear()

    def answer(self, path: str, query: dict[str, str], headers: Any) -> tuple[int, dict, bytes]:
        self.requests.append({"path": path, "query": query, "headers": dict(headers)})
        queue = self.routes.get((path, tuple(sorted(query.items()))))
        if not queue:
            return 404, {"Content-Type": "text/plain"}, b"not recorded"
        response = queue.pop(0) if len(queue) > 1 else queue[0]
        out = {k: v.replace("{base}", self.base) for k, v in response["headers"].items()}
        etag, modified = out.get("ETag"), out.get("Last-Modified")
        if (etag and headers.get("If-None-Match") == etag) or (
            modified and not etag and headers.get("If-Modified-Since") == modified
        ):
            return 304, {k: v for k, v in out.items() if k in ("ETag", "Last-Modified")}, b""
        if "body_file" in response:
            body = (response["dir"] / response["body_file"]).read_bytes()
        else:
            body = response.get("body_text", "").encode("utf-8")
        return response["status"], out, body.replace(b"{base}", self.base.encode())


@pytest.fixture
def replay() -> Iterator[Replay]:
    state = Replay()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            parts = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
            status, headers, body = state.answer(parts.path, query, self.headers)
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def polite() -> PoliteHttp:
    return PoliteHttp(min_interval=0, timeout=5, max_retries=2)


def no_profile_data(post: RawPost) -> None:
    """A RawPost has exactly the agreed fields: no bio, avatar, display name, counts."""
    assert {f.name for f in fields(RawPost)} == {
        "source", "source_id", "url", "published_at", "text", "author_handle",
        "lang_declared", "metrics", "in_reply_to", "deleted", "edited",
    }  # fmt: skip
    assert set(post.metrics) <= {
        "replies",
        "reblogs",
        "favourites",
        "reply",
        "repost",
        "like",
        "quote",
    }
    assert "avatar" not in repr(post) and "followers" not in repr(post)


# -- registry -----------------------------------------------------------------------


def test_builtins_are_registered_like_plugins() -> None:
    registry = load_sources()
    assert {"rss", "mastodon", "bluesky", "bluesky-search", "import"} <= set(registry.names())
    assert ENTRY_POINT_GROUP == "meedoen.sources"
    assert all(issubclass(cls, Source) and cls.description for cls in registry)


def test_a_third_party_source_registers_the_same_way() -> None:
    class Dummy(Source):
        name = "dummy-test"
        description = "Testbron"

        def fetch(self, cursor: str | None = None, *, limit: int | None = None) -> FetchResult:
            return FetchResult([], cursor)

    sources.register(Dummy)
    try:
        assert isinstance(create_source("dummy-test"), Dummy)
        posts, cursor = create_source("dummy-test").fetch("x")
        assert posts == [] and cursor == "x"
    finally:
        sources.unregister("dummy-test")


# -- RSS / Atom -----------------------------------------------------------------------


def test_rss_conditional_get_resumes_and_strips_html(replay: Replay) -> None:
    replay.load("rss", "feed")
    source = RssSource(f"{replay.base}/actueel/nieuws/rss", http=polite())
    posts, cursor = source.fetch(None)
    assert len(posts) == 3
    assert [p.published_at.isoformat() for p in posts] == sorted(
        p.published_at.isoformat() for p in posts
    )
    first = next(p for p in posts if "Natura 2000" in p.text)
    assert "alert" not in first.text and "<" not in first.text
    assert "extra maatregelen" in first.text and first.lang_declared == "nl-NL"
    assert first.author_handle == "127.0.0.1" and first.published_at.tzinfo is not None
    assert "color:red" not in " ".join(p.text for p in posts)
    assert "meedoen/" in replay.requests[0]["headers"]["User-Agent"]

    again, cursor2 = source.fetch(cursor)  # unchanged feed: the server answers 304
    assert again == [] and cursor2 == cursor
    assert replay.requests[-1]["headers"]["If-None-Match"] == '"5f1c-9a2b"'

    replay.reset()
    replay.load("rss", "feed_updated")
    newer, cursor3 = source.fetch(cursor)
    assert {p.source_id for p in newer} == {
        "nieuws-2026-11-28-kamervragen",
        "nieuws-2026-11-28-bijeenkomsten",
    }
    assert source.fetch(cursor3).posts == []


def test_rss_waits_for_retry_after_then_succeeds(replay: Replay) -> None:
    replay.load("rss", "feed_rate_limited", "feed")
    http = polite()
    posts, _ = RssSource(f"{replay.base}/actueel/nieuws/rss", http=http).fetch(None)
    assert len(posts) == 3
    assert ("http-429", 1.0) in http.waits
    assert len(replay.requests) == 2


def test_atom_feed(replay: Replay) -> None:
    replay.load("rss", "atom")
    posts, cursor = RssSource(f"{replay.base}/feed.atom", http=polite()).fetch(None)
    assert [p.source_id.rsplit(":", 1)[-1] for p in posts] == ["post-40", "post-41"]
    assert "tracker" not in posts[1].text and "12 procent" in posts[1].text
    assert json.loads(cursor)["modified"] == "Fri, 27 Nov 2026 15:00:00 GMT"


# -- Mastodon -------------------------------------------------------------------------


def test_mastodon_pages_resumes_and_respects_opt_outs(replay: Replay) -> None:
    replay.load("mastodon", "instance", "tag_first", "tag_older", "tag_oldest")
    http = polite()
    source = MastodonHashtagSource(replay.base, "#stikstof", page_size=3, http=http)
    result = source.fetch(None)
    ids = [p.source_id.rsplit("/", 1)[-1][-3:] for p in result.posts]
    assert ids == ["105", "107", "110"]  # 109 noindex, 108 #NoBot, 106 #nobots skipped
    assert "3 account(s)" in result.notices[0]
    for post in result.posts:
        no_profile_data(post)
        assert "Ecoloog" not in repr(post) and "Raadslid" not in repr(post)
        assert "steal" not in post.text and "<" not in post.text
    reply = next(p for p in result.posts if p.source_id.endswith("107"))
    assert reply.text.startswith("raadsvergadering\n\n") and reply.in_reply_to.endswith("100")
    assert reply.author_handle == f"pieter@{source.host}" and reply.metrics["replies"] == 1
    assert any(reason == "rate-limit-reset" for reason, _ in http.waits)  # Remaining: 0
    assert json.loads(result.cursor) == {"min_id": "1135472011557901110"}

    replay.load("mastodon", "tag_newer", "tag_newest")
    newer = source.fetch(result.cursor)
    assert [p.source_id[-3:] for p in newer.posts] == ["112"]  # 111 is noindex
    assert json.loads(newer.cursor) == {"min_id": "1135472011557901112"}
    assert replay.requests[-1]["query"] == {"limit": "3", "min_id": "1135472011557901112"}
    assert all(
        "/timelines/tag/stikstof" in r["path"] or "instance" in r["path"] for r in replay.requests
    )


def test_mastodon_instance_whose_rules_forbid_bots_is_refused(replay: Replay) -> None:
    replay.load("mastodon", "instance_nobots", "tag_first")
    source = MastodonHashtagSource(replay.base, "stikstof", page_size=3, http=polite())
    with pytest.raises(SourceRefusedError) as err:
        source.fetch(None)
    assert "verbiedt" in err.value.message and "respecteert" in err.value.message
    assert not any("timelines" in r["path"] for r in replay.requests)


def test_mastodon_v1_rules_fallback_and_closed_timelines(replay: Replay) -> None:
    replay.load("mastodon", "instance_v2_missing", "rules_v1_noscraping")
    with pytest.raises(SourceRefusedError):
        MastodonHashtagSource(replay.base, "stikstof", http=polite()).fetch(None)
    replay.reset()
    replay.load("mastodon", "instance", "tag_unauthorized")
    with pytest.raises(SourceRefusedError, match="niet toe"):
        MastodonHashtagSource(replay.base, "stikstof", page_size=3, http=polite()).fetch(None)


@pytest.mark.parametrize(
    ("rule", "forbids"),
    [
        ("No bots, scrapers or crawlers.", True),
        ("Do not collect posts for research without consent.", True),
        ("Het verzamelen van berichten door bots is verboden.", True),
        ("Geen scrapen of archiveren van berichten.", True),
        ("Geen racisme of discriminatie.", False),
        ("Geautomatiseerde accounts moeten als bot gemarkeerd zijn.", False),
        ("Be excellent to each other.", False),
    ],
)
def test_rule_detection(rule: str, forbids: bool) -> None:
    assert rule_forbids_collection(rule) is forbids


# -- Bluesky Jetstream ----------------------------------------------------------------


@pytest.fixture
def jetstream() -> Iterator[dict[str, Any]]:
    messages = (FIXTURES / "bluesky" / "jetstream.jsonl").read_text("utf-8").splitlines()
    state: dict[str, Any] = {"requests": []}

    def handler(conn: ServerConnection) -> None:
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(conn.request.path).query))
        state["requests"].append((query, conn.request.headers.get("User-Agent", "")))
        cursor = int(query.get("cursor", 0))
        try:
            for line in messages:
                if json.loads(line)["time_us"] >= cursor:  # Jetstream replays from the cursor
                    conn.send(line)
            conn.recv()  # then stay quiet until the client leaves
        except ConnectionClosed:
            pass

    with serve(handler, "127.0.0.1", 0) as server:
        port = server.socket.getsockname()[1]
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        state["url"] = f"ws://127.0.0.1:{port}/subscribe"
        yield state
        server.shutdown()


def test_jetstream_filters_locally_resumes_and_reports_deletions(jetstream: dict) -> None:
    source = BlueskyJetstreamSource(
        endpoint=jetstream["url"],
        keywords=["stikstof*", "natuurvergunning"],
        exclusions=["giveaway"],
        idle_timeout=0.3,
    )
    first = source.fetch(None, limit=3)
    assert first.more
    texts = [p.text for p in first.posts]
    assert len(texts) == 3 and "Good morning" not in " ".join(texts)
    declared_en = next(p for p in first.posts if "#stikstof" in p.text)
    assert declared_en.lang_declared == "en"  # kept: the declared language is not trusted
    assert first.posts[2].text.startswith("STIKSTOFCRISIS")
    query, agent = jetstream["requests"][0]
    assert query == {"wantedCollections": "app.bsky.feed.post"} and agent.startswith("meedoen/")

    second = source.fetch(first.cursor)
    assert jetstream["requests"][1][0]["cursor"] == str(json.loads(first.cursor)["time_us"])
    assert not {p.source_id for p in second.posts} & {p.source_id for p in first.posts}
    deleted = [p for p in second.posts if p.deleted]
    assert len(deleted) == 1 and deleted[0].text == ""
    assert deleted[0].source_id.endswith("/app.bsky.feed.post/3mbxp2ag5kc2v")
    kept = [p for p in second.posts if not p.deleted]
    assert len(kept) == 3 and not any(
        "giveaway" in p.text or "zonsondergang" in p.text for p in kept
    )
    reply = next(p for p in kept if "natuurvergunning" in p.text)
    assert reply.in_reply_to.endswith("3mbxq7k2ws22k") and reply.author_handle.startswith(
        "did:plc:"
    )
    forged = next(p for p in kept if "deel 2" in p.text)
    assert forged.published_at.year == 2026  # createdAt 1970 replaced by the network time
    assert not second.more
    third = source.fetch(second.cursor)
    assert third.posts == [] and third.cursor == second.cursor


def test_keyword_filter_and_html() -> None:
    kf = KeywordFilter(["stikstof*", "#nobot-test", "Raad van State"], ["giveaway"])
    assert kf("Het STIKSTOFPLAN") and kf("over de raad  van   state") and kf("#nobot-test")
    assert not kf("stikstaf") and not kf("nobot-test") and not kf("stikstof giveaway")
    assert html_to_text("<p>a&amp;b</p><script>x()</script><br>c") == "a&b\n\nc"


# -- Bluesky AppView search -----------------------------------------------------------


def test_bluesky_search_pages_and_resumes(replay: Replay) -> None:
    replay.load("bluesky", "search_first", "search_second", "search_since")
    source = BlueskySearchSource(
        "stikstof", appview=replay.base, keywords=["stikstof*"], http=polite()
    )
    posts, cursor = source.fetch(None)
    assert len(posts) == 5 and posts[-1].metrics["like"] == 14
    assert all(p.author_handle.startswith("did:plc:") for p in posts)  # never the display name
    assert json.loads(cursor)["since"] == "2026-11-28T10:20:11.482000+00:00"
    newer, _ = source.fetch(cursor)
    assert [p.text for p in newer] == ["Antwoorden op de Kamervragen over stikstof zijn binnen."]


def test_bluesky_search_closed_to_anonymous_use_is_refused_in_dutch(replay: Replay) -> None:
    replay.load("bluesky", "search_closed")
    with pytest.raises(SourceRefusedError, match="Jetstream"):
        BlueskySearchSource("stikstof", appview=replay.base, http=polite()).fetch(None)


# -- smaller behaviours ---------------------------------------------------------------


def test_retry_after_and_reset_header_forms() -> None:
    from meedoen.monitor.sources.polite_http import reset_time, retry_after

    assert retry_after("0") == 0.0 and retry_after("2") == 2.0 and retry_after(None) is None
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past
    assert reset_time("2026-11-28T09:05:00.000000Z") == 1795856700.0  # Mastodon
    assert reset_time("1795860000") == 1795860000.0  # Bluesky: Unix seconds


def test_jetstream_refusing_the_handshake_is_a_dutch_error() -> None:
    from websockets.http11 import Response

    from meedoen.monitor.sources import SourceUnavailableError

    def refuse(conn: ServerConnection, request: Any) -> Response:
        return conn.respond(429, "Too Many Requests\n")

    with serve(lambda conn: None, "127.0.0.1", 0, process_request=refuse) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.socket.getsockname()[1]
        source = BlueskyJetstreamSource(endpoint=f"ws://127.0.0.1:{port}/subscribe")
        with pytest.raises(SourceUnavailableError, match="HTTP 429.*later opnieuw"):
            source.fetch(None)
        server.shutdown()


def test_mastodon_page_budget_and_opt_in_indexing(replay: Replay) -> None:
    replay.load("mastodon", "instance", "tag_newer", "tag_newest")
    cursor = json.dumps({"min_id": "1135472011557901110"})
    source = MastodonHashtagSource(replay.base, "stikstof", page_size=3, max_pages=1, http=polite())
    first = source.fetch(cursor)
    assert first.more and [p.source_id[-3:] for p in first.posts] == ["112"]
    strict = MastodonHashtagSource(
        replay.base, "stikstof", page_size=3, require_indexable=True, http=polite()
    )
    assert [p.source_id[-3:] for p in strict.fetch(cursor).posts] == ["112"]  # joost opted in


@pytest.mark.parametrize(
    ("raw", "seconds"),
    [(None, 1.0), ("", 1.0), ("0", 0.0), ("2,5", 2.5), (" 0.25 ", 0.25), ("3600", 3600.0)],
)
def test_min_interval_setting(raw: str | None, seconds: float) -> None:
    env = {} if raw is None else {MIN_INTERVAL_ENV: raw}
    assert min_interval_setting(env) == seconds


@pytest.mark.parametrize("raw", ["abc", "-1", "nan", "inf", "3601", "1s"])
def test_a_bad_min_interval_is_refused_in_dutch(raw: str) -> None:
    with pytest.raises(ValueError, match=f"MEEDOEN_HTTP_MIN_INTERVAL moet .*'{raw}'"):
        min_interval_setting({MIN_INTERVAL_ENV: raw})


@pytest.mark.parametrize(("raw", "expected"), [(None, 1.0), ("2,5", 2.5)])
def test_the_client_waits_the_configured_interval_between_requests_to_one_host(
    replay: Replay, monkeypatch: pytest.MonkeyPatch, raw: str | None, expected: float
) -> None:
    if raw is None:
        monkeypatch.delenv(MIN_INTERVAL_ENV)
    else:
        monkeypatch.setenv(MIN_INTERVAL_ENV, raw)
    replay.load("rss", "feed")
    slept: list[float] = []
    http = PoliteHttp(timeout=5, sleep=slept.append)
    http.get(replay.base + "/actueel/nieuws/rss")
    http.get(replay.base + "/actueel/nieuws/rss")
    assert len(slept) == 1 and expected - 0.5 < slept[0] <= expected
    assert http.waits == [("min-interval", slept[0])]


def test_a_source_with_a_bad_interval_does_not_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MIN_INTERVAL_ENV, "snel")
    with pytest.raises(ValueError, match="MEEDOEN_HTTP_MIN_INTERVAL"):
        create_source("rss", url="http://127.0.0.1:9/feed.xml")
