# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
# ruff: noqa: F811 - pytest fixtures imported from test_monitor_sources are redefined as arguments
"""Mastodon re-check of stored statuses (``GET /api/v1/statuses/:id``) over real HTTP.

The instance is the loopback replay server of test_monitor_sources; the status
answers are the recorded Status entities of tests/fixtures/monitor/mastodon,
changed per case (deleted, no longer public, opted out, edited) or replaced by
error answers. Nothing is deleted on doubt, and nothing is retried or waited for.
"""

from __future__ import annotations

import copy
import json
import socket
import time
from pathlib import Path
from typing import Any

import pytest

from meedoen.monitor.sources.mastodon import RECHECK_RESERVE, MastodonHashtagSource, Recheck
from meedoen.monitor.sources.mastodon_stream import MastodonStreamSource
from meedoen.monitor.sources.polite_http import PoliteHttp
from meedoen.monitor.sources.text import html_to_text
from test_monitor_sources import Replay, no_internet, replay  # noqa: F401

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "monitor" / "mastodon"
PREFIX = "1135472011557901"
STATUSES = {
    s["id"]: s
    for name in ("tag_page1.json", "tag_page2.json", "tag_new.json")
    for s in json.loads((FIXTURES / name).read_text("utf-8"))
}
JSON = {"Content-Type": "application/json; charset=utf-8"}


def status(short: str, **changes: Any) -> dict[str, Any]:
    """A recorded Status entity (by the last three digits of its id), with changes."""
    data = copy.deepcopy(STATUSES[PREFIX + short])
    account = changes.pop("account", {})
    data.update(changes)
    data["account"].update(account)
    return data


def answer(replay: Replay, short: str, code: int = 200, body: Any = None, **headers: str) -> None:
    """Serve ``GET /api/v1/statuses/<id>``: the recorded status, or ``body`` with ``code``."""
    if body is None:
        body = status(short) if code == 200 else {"error": "Record not found"}
    text = body if isinstance(body, str) else json.dumps(body)
    replay.routes[(f"/api/v1/statuses/{PREFIX}{short}", ())] = [
        {"status": code, "headers": {**JSON, **headers}, "body_text": text}
    ]


def asked(replay: Replay) -> list[str]:
    """The status ids (last three digits) the server was asked about, in order."""
    paths = [r["path"] for r in replay.requests]
    return [p[-3:] for p in paths if p.startswith("/api/v1/statuses/")]


def source(replay: Replay, http: PoliteHttp | None = None) -> MastodonHashtagSource:
    replay.load("mastodon", "instance")
    http = http or PoliteHttp(min_interval=0, timeout=5, max_retries=2)
    return MastodonHashtagSource(replay.base, "#stikstof", http=http)


def stored(src: MastodonHashtagSource, *shorts: str) -> dict[str, str]:
    """``{HOST:ID: text}`` as ingest stored the recorded statuses."""
    out = {}
    for short in shorts:
        post = src.to_post(status(short), set())
        assert post is not None
        out[post.source_id] = post.text
    return out


EDITED = (
    "<p>Correctie: de <a href='x'>#stikstof</a>-aanpak geldt niet voor kleine natuurgebieden.</p>"
)


@pytest.mark.parametrize(
    ("case", "code", "changes", "verdict"),
    [
        ("404", 404, {}, "deleted"),
        ("410", 410, {}, "deleted"),
        ("unlisted", 200, {"visibility": "unlisted"}, "deleted"),
        ("private", 200, {"visibility": "private"}, "deleted"),
        ("noindex", 200, {"account": {"noindex": True}}, "deleted"),
        ("nobot", 200, {"account": {"note": "<p>Ecoloog. #NoBot</p>"}}, "deleted"),
        ("edited", 200, {"content": EDITED, "edited_at": "2026-11-28T12:00:00.000Z"}, "edited"),
        ("edited_at only", 200, {"edited_at": "2026-11-28T12:00:00.000Z"}, "unchanged"),
        ("counts", 200, {"favourites_count": 99}, "unchanged"),
        ("same", 200, {}, "unchanged"),
    ],
)
def test_each_answer_has_one_verdict(
    replay: Replay, case: str, code: int, changes: dict, verdict: str
) -> None:
    src = source(replay)
    answer(replay, "110", code, status("110", **changes) if code == 200 else None)
    key = f"{src.host}:{PREFIX}110"
    result = src.recheck(stored(src, "110"))

    assert result.problem == "" and result.paused == "" and result.checked == [key]
    if verdict == "unchanged":
        assert result.unchanged == [key] and result.posts == []
        return
    assert result.unchanged == [] and len(result.posts) == 1
    post = result.posts[0]
    assert post.source == "mastodon" and post.source_id == key
    if verdict == "deleted":
        assert post.deleted and not post.edited and post.text == "" and post.author_handle == ""
    else:
        assert post.edited and not post.deleted
        assert post.text == html_to_text(EDITED) and post.author_handle == f"margriet@{src.host}"
        assert post.published_at.isoformat().startswith("2026-11-28T10:41:07")


def test_keys_are_asked_in_order_politely_and_other_hosts_are_left_alone(replay: Replay) -> None:
    src = source(replay)
    for short in ("105", "107", "112"):
        answer(replay, short)
    keys = stored(src, "112", "105", "107")
    keys["elders.example:1"] = "niet van deze server"
    result = src.recheck(keys)

    assert asked(replay) == ["112", "105", "107"]
    assert (
        [k[-3:] for k in result.checked]
        == ["112", "105", "107"]
        == [k[-3:] for k in result.unchanged]
    )
    requests = [r for r in replay.requests if r["path"].startswith("/api/v1/statuses/")]
    assert all(r["query"] == {} for r in requests)
    assert all(r["headers"]["User-Agent"].startswith("meedoen/") for r in requests)
    assert all(r["headers"]["Accept"] == "application/json" for r in requests)
    assert replay.requests[0]["path"] == "/api/v2/instance"  # the rules are checked first


@pytest.mark.parametrize(
    ("code", "body", "headers", "says"),
    [
        (500, "kapot", {}, "HTTP 500"),
        (503, "onderhoud", {"Retry-After": "120"}, "HTTP 503"),
        (429, "te veel", {"Retry-After": "120"}, "HTTP 429"),
        (401, {"error": "This API requires an authenticated user"}, {}, "HTTP 401"),
        (200, "geen json", {}, "geen geldige JSON"),
        (200, {"id": PREFIX + "107", "visibility": "public"}, {}, "onvolledig"),
        (200, {"id": PREFIX + "999"}, {}, "onverwacht"),
    ],
)
def test_a_doubtful_answer_stops_the_host_without_deleting_or_waiting(
    replay: Replay, code: int, body: Any, headers: dict, says: str
) -> None:
    http = PoliteHttp(min_interval=0, timeout=5, max_retries=3)
    src = source(replay, http)
    answer(replay, "105")  # unchanged
    answer(replay, "107", code, body, **headers)  # the doubtful one
    answer(replay, "110", 404)  # gone, but never asked this time
    started = time.monotonic()
    result = src.recheck(stored(src, "105", "107", "110"))

    assert time.monotonic() - started < 5 and not [w for w in http.waits if w[1] > 0]
    assert asked(replay) == ["105", "107"]  # asked once (no retry), and nothing after it
    assert result.posts == [] and [k[-3:] for k in result.checked] == ["105"]
    assert says in result.problem and "gestopt na 1 bericht(en)" in result.problem
    assert "volgende ronde" in result.problem
    assert http.max_retries == 3  # the collection client keeps its retries


def test_answers_before_a_problem_still_count(replay: Replay) -> None:
    src = source(replay)
    answer(replay, "105", 404)
    answer(replay, "107", 500)
    result = src.recheck(stored(src, "105", "107"))
    assert [p.source_id[-3:] for p in result.posts if p.deleted] == ["105"]
    assert "HTTP 500" in result.problem


def test_connection_refused_deletes_nothing() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens here
    src = MastodonHashtagSource(
        f"http://127.0.0.1:{port}", "stikstof", http=PoliteHttp(min_interval=0, timeout=2)
    )
    result = src.recheck({f"127.0.0.1:{port}:{PREFIX}110": "tekst"})
    assert result.posts == [] and result.checked == []
    assert "niet bereikbaar" in result.problem and "gestopt na 0 bericht(en)" in result.problem


def test_a_low_rate_limit_budget_pauses_the_recheck(replay: Replay) -> None:
    src = source(replay)
    answer(replay, "105", **{"X-RateLimit-Remaining": str(RECHECK_RESERVE + 1)})
    answer(replay, "107", 404, **{"X-RateLimit-Remaining": str(RECHECK_RESERVE)})
    answer(replay, "110")
    result = src.recheck(stored(src, "105", "107", "110"))
    assert asked(replay) == ["105", "107"] and result.problem == ""
    assert [p.source_id[-3:] for p in result.posts] == ["107"] and result.posts[0].deleted
    assert f"nog {RECHECK_RESERVE} verzoek(en)" in result.paused


def test_instance_rules_against_bots_stop_the_recheck(replay: Replay) -> None:
    replay.load("mastodon", "instance_nobots")
    src = MastodonHashtagSource(replay.base, "stikstof", http=PoliteHttp(min_interval=0))
    answer(replay, "110", 404)
    result = src.recheck({f"{src.host}:{PREFIX}110": "tekst"})
    assert asked(replay) == [] and result.posts == []
    assert "verbiedt" in result.problem


def test_the_stream_source_rechecks_through_rest(replay: Replay) -> None:
    replay.load("mastodon", "instance")
    http = PoliteHttp(min_interval=0, timeout=5)
    stream = MastodonStreamSource(replay.base, "stikstof", streaming="ws://127.0.0.1:1", http=http)
    answer(replay, "110", 410)
    key = f"{stream.rest.host}:{PREFIX}110"
    assert stream.recheck_scope() == ("mastodon", f"{stream.rest.host}:")
    result = stream.recheck({key: "tekst"})
    assert isinstance(result, Recheck) and result.posts[0].deleted
    assert result.posts[0].key == ("mastodon", key)
