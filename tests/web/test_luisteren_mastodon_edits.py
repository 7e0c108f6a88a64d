# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
# ruff: noqa: F811 - pytest fixtures imported from the source tests are redefined as arguments
"""Mastodon edits and deletions end to end: stream source → collect → PostgreSQL.

A status stored from the REST catch-up and later edited or deleted on the
platform is replaced or deleted in storage, through the same collection code
the background runner and the workers use. The platform is the recorded
replay on loopback (HTTP for REST, a websocket server for the stream).
"""

from __future__ import annotations

from typing import Any

import pytest

from meedoen.web.luisteren.collect import collect, make_source, source_key
from meedoen.web.luisteren.models import MonitorDossier, MonitorPost
from test_monitor_mastodon_stream import stream  # noqa: F401
from test_monitor_sources import Replay, no_internet, replay  # noqa: F401
from web.monitor_helpers import new_monitor_dossier

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def dossier(org: Any, make_member: Any, replay: Replay, stream: dict) -> MonitorDossier:
    owner = make_member("communicatieadviseur", username="eigenaar")
    spec = {
        "name": "mastodon-stream",
        "config": {
            "instance": replay.base,
            "hashtag": "stikstof",
            "streaming": stream["url"],
            "page_size": 3,
            "idle_timeout": 0.3,
        },
    }
    query = {"keywords": ["stikstof*"], "hashtags": ["stikstof"], "languages": []}
    return new_monitor_dossier(org, owner, query=query, sources=[spec])


def _run(d: MonitorDossier) -> str:
    spec = d.sources[0]
    lines: list[str] = []
    outcome = collect(
        d, make_source(spec), source_key(spec), "test", lambda line, _: lines.append(line)
    )
    assert outcome.status == "ok", lines
    return "\n".join(lines)


def _stored(d: MonitorDossier) -> dict[str, str]:
    rows = MonitorPost.objects.filter(dossier=d)
    return {r.source_id.rsplit(":", 1)[-1][-3:]: r.text for r in rows}


def test_stream_edits_replace_and_deletions_remove_stored_posts(
    dossier: MonitorDossier, replay: Replay, stream: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEEDOEN_MONITOR_SECRET", "test-geheim-0123456789abcdef")
    replay.load("mastodon", "instance", "tag_first", "tag_older", "tag_oldest")
    replay.load("mastodon", "tag_newer", "tag_newest")
    messages = stream["messages"]
    stream["messages"] = []  # the first run hears nothing live
    _run(dossier)
    first = _stored(dossier)
    assert sorted(first) == ["105", "107", "110"]
    assert not first["110"].startswith("Correctie")

    stream["messages"] = messages  # then 113 arrives, 110 is edited and 107 deleted
    progress = _run(dossier)
    after = _stored(dossier)
    assert sorted(after) == ["105", "110", "112", "113"]
    assert after["110"].startswith("Correctie:") and after["105"] == first["105"]
    assert "1 verwijderd, 1 bewerkt" in progress
    keys = list(MonitorPost.objects.filter(dossier=dossier).values_list("source", "source_id"))
    assert len(keys) == len(set(keys)) == 4  # each status once
