# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
# ruff: noqa: F811 - pytest fixtures imported from the source tests are redefined as arguments
"""Re-checking stored Mastodon posts end to end: Mastodon on loopback → recheck → PostgreSQL.

Posts are first collected from the recorded hashtag timeline by the real
``mastodon`` source (through :func:`collect`); the status answers are then
changed per test (gone, no longer public, edited, an error). The round is
:func:`recheck_round`, the code the CLI, the background runner and the Celery
task run.
"""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from meedoen.monitor.analysis import analyse
from meedoen.monitor.pipeline.matching import text_hash
from meedoen.web.luisteren.background import BackgroundRunner
from meedoen.web.luisteren.collect import (
    BUSY,
    FAILED,
    OK,
    SKIPPED,
    collect,
    make_source,
    recheck_round,
    source_key,
)
from meedoen.web.luisteren.locks import source_lock
from meedoen.web.luisteren.models import AccessLog, MonitorDossier, MonitorPost, SourceCursor
from test_monitor_mastodon_recheck import EDITED, answer, asked, status
from test_monitor_sources import Replay, no_internet, replay  # noqa: F401
from web.monitor_helpers import new_monitor_dossier

pytestmark = pytest.mark.django_db(transaction=True)
SECRET = "test-geheim-0123456789abcdef"
QUERY = {"keywords": ["stikstof*"], "hashtags": ["stikstof"], "languages": []}


def spec(replay: Replay) -> dict[str, Any]:
    return {
        "name": "mastodon",
        "config": {"instance": replay.base, "hashtag": "stikstof", "page_size": 3},
    }


def quiet(line: str, level: int) -> None:
    pass


def collected(org: Any, owner: Any, replay: Replay, name: str = "Stikstof") -> MonitorDossier:
    """A dossier with one ``mastodon`` source whose timeline has been collected once."""
    s = spec(replay)
    d = new_monitor_dossier(org, owner, name=name, query=QUERY, sources=[s])
    assert collect(d, make_source(s), source_key(s), "test", quiet).ok
    return d


def stored(d: MonitorDossier) -> dict[str, MonitorPost]:
    return {r.source_id[-3:]: r for r in MonitorPost.objects.filter(dossier=d)}


@pytest.fixture
def dossier(org: Any, make_member: Any, replay: Replay, monkeypatch: Any) -> MonitorDossier:
    monkeypatch.setenv("MEEDOEN_MONITOR_SECRET", SECRET)
    replay.load("mastodon", "instance", "tag_first", "tag_older", "tag_oldest")
    d = collected(org, make_member("communicatieadviseur", username="eigenaar"), replay)
    assert sorted(stored(d)) == ["105", "107", "110"]
    replay.requests.clear()
    return d


def test_gone_and_no_longer_public_statuses_are_deleted(
    dossier: MonitorDossier, replay: Replay
) -> None:
    cursor = SourceCursor.objects.get(dossier=dossier).cursor
    answer(replay, "105", 200, status("105", visibility="unlisted"))
    answer(replay, "107", 410)
    answer(replay, "110", 404)
    lines: list[str] = []
    [outcome] = recheck_round("test", lambda line, _: lines.append(line))

    assert outcome.status == OK and MonitorPost.objects.filter(dossier=dossier).count() == 0
    assert outcome.totals == {
        "gecontroleerd": 3,
        "verwijderd": 3,
        "bijgewerkt": 0,
        "ongewijzigd": 0,
    }
    assert lines[-1] == (
        f"Herbevestigd: dossier {dossier.pk} · {outcome.source}: 3 gecontroleerd, "
        "3 verwijderd, 0 bijgewerkt, 0 ongewijzigd."
    )
    row = AccessLog.objects.filter(what="run", detail__herbevestigen=True).get()
    assert row.dossier == dossier and row.detail["verwijderd"] == 3 and row.who == "test"
    assert SourceCursor.objects.get(dossier=dossier, source_name=outcome.source).cursor == cursor
    assert SourceCursor.objects.filter(dossier=dossier).count() == 1


def test_an_edit_replaces_the_text_and_recomputes_the_analysis(
    dossier: MonitorDossier, replay: Replay
) -> None:
    first_ingest = timezone.now() - timedelta(days=10)
    MonitorPost.objects.filter(dossier=dossier).update(ingested_at=first_ingest)
    before = stored(dossier)
    edited_at = "2026-11-28T12:00:00.000Z"
    answer(replay, "110", 200, status("110", content=EDITED, edited_at=edited_at))
    off_topic = "<p>Verkeerde hashtag, dit ging over de gemeenteraad.</p>"
    answer(replay, "107", 200, status("107", content=off_topic, edited_at=edited_at))
    answer(replay, "105")
    [outcome] = recheck_round("test", quiet)

    assert outcome.totals == {
        "gecontroleerd": 3,
        "verwijderd": 1,  # 107 no longer matches the dossier: deleted, not replaced
        "bijgewerkt": 1,
        "ongewijzigd": 1,
    }
    after = stored(dossier)
    assert sorted(after) == ["105", "110"]
    new = after["110"]
    assert new.text.startswith("Correctie: de #stikstof-aanpak") and new.text != before["110"].text
    # the new version keeps the first ingest time: an edit does not restart the retention clock
    assert new.ingested_at == first_ingest and new.pk != before["110"].pk
    result = analyse(new.text)
    assert (new.sentiment, new.claim, new.toon) == (
        result["sentiment"],
        bool(result["claim"]),
        bool(result["toon"]),
    )
    assert new.text_hash == text_hash(new.text) != before["110"].text_hash
    assert new.author == before["110"].author and new.published_at == before["110"].published_at
    assert MonitorPost.objects.filter(dossier=dossier, source_id__endswith="110").count() == 1
    assert new.checked_at is not None and after["105"].checked_at is not None
    assert after["105"].pk == before["105"].pk and after["105"].text == before["105"].text

    answer(replay, "110", 200, status("110", content=EDITED, edited_at=edited_at))
    [again] = recheck_round("test", quiet)  # idempotent: the stored version is now current
    assert again.totals["ongewijzigd"] == 2 and again.totals["bijgewerkt"] == 0
    assert stored(dossier)["110"].pk == new.pk


def _fields(d: MonitorDossier) -> dict[str, tuple]:
    keep = ("pk", "text", "sentiment", "text_hash", "author", "url", "metrics", "ingested_at")
    return {k: tuple(getattr(r, f) for f in keep) for k, r in stored(d).items()}


def test_unchanged_posts_are_untouched_and_the_least_recently_checked_go_first(
    dossier: MonitorDossier, replay: Replay
) -> None:
    for short in ("105", "107", "110"):
        answer(replay, short)
    rows = _fields(dossier)
    [first] = recheck_round("test", quiet, limit_per_source=2)
    assert first.totals == {"gecontroleerd": 2, "verwijderd": 0, "bijgewerkt": 0, "ongewijzigd": 2}
    assert asked(replay) == ["105", "107"]  # collected first = confirmed longest ago
    checked = {k: r.checked_at for k, r in stored(dossier).items()}
    assert checked["110"] is None and checked["105"] and checked["107"]

    replay.requests.clear()
    recheck_round("test", quiet, limit_per_source=2)
    assert asked(replay) == ["110", "105"]  # never re-checked, then the oldest check
    replay.requests.clear()
    recheck_round("test", quiet, limit_per_source=1)
    assert asked(replay) == ["107"]
    assert _fields(dossier) == rows  # nothing but checked_at changed
    assert all(r.checked_at for r in stored(dossier).values())


def test_a_server_error_deletes_nothing_and_is_reported_in_dutch(
    dossier: MonitorDossier, replay: Replay
) -> None:
    answer(replay, "105")
    answer(replay, "107", 500, "interne fout")
    answer(replay, "110", 404)  # would be deleted, but is not asked after the error
    lines: list[tuple[str, int]] = []
    [outcome] = recheck_round("test", lambda line, level: lines.append((line, level)))

    assert outcome.status == FAILED and asked(replay) == ["105", "107"]
    assert sorted(stored(dossier)) == ["105", "107", "110"]
    assert outcome.totals["gecontroleerd"] == 1 and outcome.totals["verwijderd"] == 0
    warning = next(line for line, level in lines if level >= 30)
    assert "Herbevestigen op" in warning and "gestopt na 1 bericht(en)" in warning
    assert "HTTP 500" in warning and "blijft staan tot de volgende ronde" in warning
    assert stored(dossier)["105"].checked_at and not stored(dossier)["110"].checked_at
    row = AccessLog.objects.filter(detail__herbevestigen=True).get()
    assert row.detail["gestopt"] is True


def test_a_refused_connection_deletes_nothing(
    dossier: MonitorDossier, replay: Replay, monkeypatch: Any
) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dead = f"http://127.0.0.1:{port}"
    host = replay.base.removeprefix("http://")
    # the same stored posts, now said to live on a server that does not answer
    MonitorPost.objects.filter(dossier=dossier).update(source_id=_replace_host(host, port))
    dossier.sources = [{"name": "mastodon", "config": {"instance": dead, "hashtag": "stikstof"}}]
    dossier.save()
    [outcome] = recheck_round("test", quiet)
    assert outcome.status == FAILED and "niet bereikbaar" in outcome.message
    assert MonitorPost.objects.filter(dossier=dossier).count() == 3


def _replace_host(host: str, port: int) -> Any:
    from django.db.models import Value
    from django.db.models.functions import Replace

    return Replace("source_id", Value(f"{host}:"), Value(f"127.0.0.1:{port}:"))


def test_429_stops_that_host_for_the_rest_of_the_round(
    dossier: MonitorDossier, replay: Replay, org: Any
) -> None:
    second = collected(org, dossier.owner, replay, name="Stikstof 2")
    replay.requests.clear()
    for short in ("105", "107", "110"):
        answer(replay, short, 429, {"error": "Too many requests"}, **{"Retry-After": "120"})
    started = time.monotonic()
    outcomes = recheck_round("test", quiet)

    assert time.monotonic() - started < 15  # Retry-After is not waited for here
    assert [o.status for o in outcomes] == [FAILED, SKIPPED]
    assert "HTTP 429" in outcomes[0].message and "niet meer gevraagd" in outcomes[1].message
    assert asked(replay) == ["105"]
    assert len(stored(dossier)) == len(stored(second)) == 3


def test_a_source_that_is_being_collected_is_not_rechecked(
    dossier: MonitorDossier, replay: Replay
) -> None:
    from django.db import connection

    for short in ("105", "107", "110"):
        answer(replay, short, 404)
    results: list[Any] = []

    def other_worker() -> None:
        try:
            results.extend(recheck_round("test", quiet))
        finally:
            connection.close()

    with source_lock(dossier.pk, source_key(dossier.sources[0])) as held:
        assert held
        thread = threading.Thread(target=other_worker)
        thread.start()
        thread.join(60)
    assert [o.status for o in results] == [BUSY] and asked(replay) == []
    assert len(stored(dossier)) == 3


def test_the_background_runner_rechecks_after_each_round(
    dossier: MonitorDossier, replay: Replay
) -> None:
    replay.load("mastodon", "tag_newer", "tag_newest")  # the next round collects 112
    for short in ("105", "107", "112"):
        answer(replay, short)
    answer(replay, "110", 410)
    runner = BackgroundRunner(3600, recheck_limit=10).start()
    try:
        assert runner.wait_rounds(1, 60)
    finally:
        runner.stop()
    assert sorted(stored(dossier)) == ["105", "107", "112"] and runner.errors == 0
    assert sorted(asked(replay)) == ["105", "107", "110", "112"]
    row = AccessLog.objects.filter(detail__herbevestigen=True, who="achtergrond").get()
    assert row.detail["verwijderd"] == 1 and row.detail["ongewijzigd"] == 3


def test_the_celery_task_rechecks_one_source(dossier: MonitorDossier, replay: Replay) -> None:
    from meedoen.web.luisteren import recheck, tasks

    answer(replay, "105")
    answer(replay, "107")
    answer(replay, "110", 404)
    key = source_key(dossier.sources[0])
    assert recheck.plan() == [(dossier.pk, key)]  # what meedoen.recheck_round enqueues
    result = tasks.recheck_source.apply(args=(dossier.pk, key)).get()
    assert result["status"] == OK and result["verwijderd"] == 1 and result["ongewijzigd"] == 2
    assert "opgeslagen" not in result and result["bron"] == key
    assert sorted(stored(dossier)) == ["105", "107"]
    assert AccessLog.objects.filter(detail__herbevestigen=True, who__startswith="worker:").exists()


def test_only_active_dossiers_with_a_mastodon_source_are_rechecked(
    dossier: MonitorDossier, replay: Replay, org: Any
) -> None:
    from meedoen.web.luisteren.services import end_dossier

    new_monitor_dossier(org, dossier.owner, name="Alleen RSS")  # no Mastodon source
    end_dossier(dossier, "test")
    assert recheck_round("test", quiet) == []
    [refused] = recheck_round("test", quiet, dossier_id=dossier.pk)
    assert refused.status == "geweigerd" and "niet actief" in refused.message
    assert asked(replay) == [] and len(stored(dossier)) == 3
