# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Storage of slim luisteren on PostgreSQL: DjangoStore, search, retention, CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from django.db import IntegrityError, connection

from meedoen.monitor.pipeline import ingest
from meedoen.monitor.privacy.pseudonym import Pseudonymiser
from meedoen.monitor.sources.base import FetchResult, RawPost
from meedoen.web.luisteren.models import (
    AccessLog,
    HourlyAggregate,
    MonitorDossier,
    MonitorPost,
    SourceCursor,
)
from meedoen.web.luisteren.services import (
    DossierRefusedError,
    run_retention,
    save_dossier,
    search,
    to_settings,
)
from meedoen.web.luisteren.store import DjangoStore
from web.monitor_helpers import new_monitor_dossier

pytestmark = pytest.mark.django_db(transaction=True)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "monitor"
SECRET = "test-geheim-0123456789abcdef"
NOW = datetime.now(UTC)


def fake_analyse(text: str) -> dict[str, Any]:
    return {"lang": "nl", "sentiment": "negatief", "sentiment_score": -0.5, "claim": False}


@pytest.fixture
def dossier(org: Any, make_member: Any) -> MonitorDossier:
    return new_monitor_dossier(org, make_member("communicatieadviseur", username="eigenaar"))


def raw(sid: str, text: str, hours_ago: int = 1) -> RawPost:
    return RawPost(
        source="mastodon",
        source_id=sid,
        url=f"https://voorbeeld.nl/b/{sid}",
        published_at=NOW - timedelta(hours=hours_ago),
        text=text,
        author_handle=f"persoon{sid}@mastodon.nl",
    )


def do_ingest(d: MonitorDossier, posts: list[RawPost], cursor: str, store: Any = None) -> Any:
    return ingest(
        FetchResult(posts, cursor),
        to_settings(d),
        store or DjangoStore(),
        Pseudonymiser(SECRET.encode()),
        source_name="mastodon:1",
        analyse=fake_analyse,
    )


def test_store_saves_posts_and_cursor_and_the_handle_is_nowhere(dossier: MonitorDossier) -> None:
    report = do_ingest(dossier, [raw("1", "Stikstof vandaag"), raw("2", "Stikstofkaart")], "c1")
    assert report.stored == 2
    assert SourceCursor.objects.get(dossier=dossier).cursor == "c1"
    for row in MonitorPost.objects.filter(dossier=dossier).values():
        assert "persoon" not in str(row) and len(row["author"]) == 16
    again = do_ingest(dossier, [raw("1", "Stikstof vandaag"), raw("3", "stikstofkaart!")], "c2")
    assert (again.stored, again.duplicate_key, again.duplicate_text) == (0, 1, 1)


class FailingStore(DjangoStore):
    def save_batch(self, dossier: str, source_name: str, posts: Any, *rest: Any) -> None:
        # A second copy of the first post violates the unique key mid-batch.
        super().save_batch(dossier, source_name, [*posts, posts[0]], *rest)


def test_save_batch_is_atomic(dossier: MonitorDossier) -> None:
    do_ingest(dossier, [raw("1", "Stikstof eerst")], "c1")
    with pytest.raises(IntegrityError):
        do_ingest(
            dossier, [raw("2", "Stikstof twee"), raw("3", "stikstof drie")], "c2", FailingStore()
        )
    assert SourceCursor.objects.get(dossier=dossier).cursor == "c1"
    assert list(MonitorPost.objects.values_list("source_id", flat=True)) == ["1"]
    report = do_ingest(dossier, [raw("2", "Stikstof twee"), raw("3", "stikstof drie")], "c2")
    assert report.stored == 2 and SourceCursor.objects.get(dossier=dossier).cursor == "c2"


def test_platform_deletion_removes_the_post(dossier: MonitorDossier) -> None:
    do_ingest(dossier, [raw("1", "Stikstof eerst"), raw("2", "Stikstof ook")], "c1")
    gone = RawPost("mastodon", "1", "", NOW, "", deleted=True)
    do_ingest(dossier, [gone], "c2")
    assert list(MonitorPost.objects.values_list("source_id", flat=True)) == ["2"]


def test_full_text_search_finds_a_dutch_word_form(dossier: MonitorDossier) -> None:
    do_ingest(
        dossier,
        [
            raw("1", "De stikstofregels voor boeren worden strenger"),
            raw("2", "Stikstof en de woningbouw"),
        ],
        "c1",
    )
    found = list(search(dossier, "boer", "tester"))  # Dutch stemming: boer ~ boeren
    assert [p.source_id for p in found] == ["1"]
    log = AccessLog.objects.filter(what="query").get()
    assert log.who == "tester" and log.detail == {"zoekterm": "boer"}
    with connection.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'luisteren_post_text_fts'")
        assert cur.fetchone()


def test_retention_deletes_old_raw_posts_and_keeps_aggregates(dossier: MonitorDossier) -> None:
    do_ingest(
        dossier,
        [
            raw("1", "Stikstof oud", 24 * 40),
            raw("2", "Stikstof oud 2", 24 * 40),
            raw("3", "Stikstof nieuw"),
        ],
        "c1",
    )
    MonitorPost.objects.filter(source_id__in=["1", "2"]).update(
        ingested_at=NOW - timedelta(days=31)
    )
    counts = run_retention(dossier, "tester")
    assert counts["verwijderd"] == 2
    assert list(MonitorPost.objects.values_list("source_id", flat=True)) == ["3"]
    agg = HourlyAggregate.objects.get(dossier=dossier)
    assert (agg.posts, agg.authors, agg.sentiment) == (2, 2, {"negatief": 2})
    log = AccessLog.objects.filter(what="deletion").get()
    assert log.detail["bewaartermijn"] == 2 and "Stikstof" not in str(log.detail)


def test_a_private_person_query_is_refused(dossier: MonitorDossier) -> None:
    d = MonitorDossier(
        **{
            f.name: getattr(dossier, f.name)
            for f in MonitorDossier._meta.fields
            if f.name not in ("id", "created_at")
        }
    )
    d.query = {"keywords": ["Jan de Vries"], "languages": ["nl"]}
    with pytest.raises(DossierRefusedError) as exc:
        save_dossier(d, "test")
    assert "persoon" in exc.value.reasons[0] and MonitorDossier.objects.count() == 1


# -- the CLI, in a subprocess against the test database ------------------------------


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="meedoen.web.settings")
    db = connection.settings_dict
    env["MEEDOEN_DATABASE_URL"] = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    env["MEEDOEN_MONITOR_SECRET"] = SECRET
    cmd = [sys.executable, "-m", "meedoen.cli.main", "monitor", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def add_args(*extra: str) -> list[str]:
    return [
        "dossier",
        "add",
        "--naam",
        "Stikstof",
        "--doel",
        "Discussie volgen",
        "--grondslag",
        "AVG art. 6 lid 1 sub e",
        "--einddatum",
        (date.today() + timedelta(days=30)).isoformat(),
        "--eigenaar",
        "eigenaar",
        "--organisatie",
        "testgemeente",
        *extra,
    ]


def test_cli_dossier_add_refuses_a_private_person(org: Any, make_member: Any) -> None:
    make_member("communicatieadviseur", username="eigenaar")
    out = cli(*add_args("--trefwoorden", "Jan de Vries", "--bron", "rss:url=http://x"))
    assert out.returncode == 65, out.stderr
    assert "persoon" in out.stderr and "Traceback" not in out.stderr
    assert MonitorDossier.objects.count() == 0
    assert AccessLog.objects.filter(what="dossier", detail__actie="geweigerd").exists()


def test_cli_import_dpia_and_list(dossier: MonitorDossier) -> None:
    csv = FIXTURES / "import" / "coosto.csv"
    out = cli("import", str(csv), "--dossier", str(dossier.pk), "--mapping", "coosto-csv")
    assert out.returncode == 0, out.stderr
    assert "opgeslagen" in out.stderr
    stored = MonitorPost.objects.filter(dossier=dossier)
    assert stored.count() >= 2 and not stored.filter(author="boerin_anna").exists()
    assert "boerin_anna" not in str(list(stored.values()))
    again = cli("import", str(csv), "--dossier", str(dossier.pk), "--mapping", "coosto-csv")
    assert again.returncode == 0 and MonitorPost.objects.filter(dossier=dossier).count() == (
        stored.count()
    )
    bsky = cli(
        "import", str(FIXTURES / "import" / "4cat_bluesky.csv"), "--dossier", str(dossier.pk)
    )
    assert bsky.returncode == 0, bsky.stderr
    rows = str(list(MonitorPost.objects.filter(source="import").values()))
    assert "did:plc" not in rows and "bsky.social" not in rows and "margriet" not in rows
    dpia = cli("dpia", str(dossier.pk))
    assert dpia.returncode == 0 and "Stikstof" in dpia.stdout and "DPIA" in dpia.stdout
    listing = cli("dossier", "list")
    assert listing.returncode == 0 and "actief" in listing.stdout
    whats = set(AccessLog.objects.values_list("what", flat=True))
    assert {"run", "export", "page", "dossier"} <= whats


@pytest.fixture
def feed_server() -> Iterator[str]:
    handler = partial(SimpleHTTPRequestHandler, directory=str(FIXTURES / "rss"))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    server.shutdown()
    server.server_close()


def test_cli_run_once_collects_from_a_loopback_feed(dossier: MonitorDossier, feed_server: str):
    dossier.sources = [{"name": "rss", "config": {"url": feed_server}}]
    dossier.save()
    out = cli("run", "--once")
    assert out.returncode == 0, out.stderr
    assert "Verzamelronde: 1 actieve dossier" in out.stderr
    assert MonitorPost.objects.filter(dossier=dossier, source="rss").count() >= 1
    assert SourceCursor.objects.get(dossier=dossier).cursor
    again = cli("run", "--once")
    assert again.returncode == 0
    assert MonitorPost.objects.filter(dossier=dossier).count() == (
        MonitorPost.objects.filter(dossier=dossier, source="rss").count()
    )
    assert AccessLog.objects.filter(what="run").count() == 2


def test_cli_end_stops_collection(dossier: MonitorDossier, feed_server: str) -> None:
    dossier.sources = [{"name": "rss", "config": {"url": feed_server}}]
    dossier.save()
    assert cli("dossier", "end", str(dossier.pk)).returncode == 0
    out = cli("run", "--once")
    assert out.returncode == 0 and "0 actieve dossier" in out.stderr
    assert not MonitorPost.objects.exists()


def test_demo_load_is_idempotent_and_offline(
    org: Any, make_member: Any, settings: Any, tmp_path: Path
) -> None:
    from meedoen.web.luisteren import demo

    settings.VAR_DIR = tmp_path
    users = {"carla": make_member("communicatieadviseur", username="carla")}
    d = demo.load(org, users)
    expected = len(demo.POSTS) + len(demo.BURST)
    assert d is not None and MonitorPost.objects.filter(dossier=d).count() == expected
    assert [s["name"] for s in d.sources] == ["import"]  # no request leaves the machine
    assert (tmp_path / demo.FILE).is_file()
    assert not MonitorPost.objects.filter(author__in=["boerin", "dorpsraad"]).exists()
    demo.load(org, users)
    assert MonitorDossier.objects.count() == 1
    assert MonitorPost.objects.filter(dossier=d).count() == expected


def test_cli_run_loop_stops_cleanly_on_ctrl_c(dossier: MonitorDossier, feed_server: str) -> None:
    import signal

    dossier.sources = [{"name": "rss", "config": {"url": feed_server}}]
    dossier.save()
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="meedoen.web.settings")
    db = connection.settings_dict
    env["MEEDOEN_DATABASE_URL"] = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    env["MEEDOEN_MONITOR_SECRET"] = SECRET
    cmd = [sys.executable, "-m", "meedoen.cli.main", "monitor", "run", "--interval", "60"]
    # A test run started in the background inherits SIGINT as ignored, and Python then
    # installs no KeyboardInterrupt handler: give the child the default disposition.
    proc = subprocess.Popen(
        cmd,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("Wachten"):
            break
    proc.send_signal(signal.SIGINT)
    rest = proc.communicate(timeout=30)[1]
    assert proc.returncode == 0 and "Gestopt" in rest and "Traceback" not in rest
    assert MonitorPost.objects.filter(dossier=dossier).count() >= 1
