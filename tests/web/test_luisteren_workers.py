# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Background collection for real: the in-process runner, the source lock, idempotent
storage, and two Celery workers on Redis and on RabbitMQ, one killed mid-task.

The feeds are served by a local HTTP server on loopback; the workers are
``meedoen monitor worker`` subprocesses on the pytest PostgreSQL database.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.db import connection

from meedoen.monitor.model import Post
from meedoen.monitor.pipeline.store import StoredPost
from meedoen.monitor.sources.base import FetchResult, RawPost, Source
from meedoen.web.luisteren.background import BackgroundRunner, start_from_env
from meedoen.web.luisteren.collect import BUSY, OK, collect, collect_source, source_key
from meedoen.web.luisteren.locks import source_lock
from meedoen.web.luisteren.models import AccessLog, MonitorDossier, MonitorPost, SourceCursor
from meedoen.web.luisteren.store import DjangoStore
from web.monitor_helpers import new_monitor_dossier

pytestmark = pytest.mark.django_db(transaction=True)
SECRET = "test-geheim-0123456789abcdef"
FEEDS, ITEMS, SLOW = 6, 20, 5  # feed 5 (the last) answers its first request slowly


def item_ids(feed: int, items: int = ITEMS) -> set[str]:
    return {f"tag:meedoen.test,2026:{feed}-{i}" for i in range(items)}


def rss(feed: int, items: int) -> bytes:
    now = datetime.now(UTC)
    entries = "".join(
        f"<item><guid>tag:meedoen.test,2026:{feed}-{i}</guid>"
        f"<title>Stikstof: overleg {feed}-{i}</title>"
        f"<pubDate>{format_datetime(now - timedelta(minutes=i))}</pubDate>"
        f"<description>De provincie en de boeren praten vandaag opnieuw over stikstof en "
        f"natuurherstel in gebied {feed}, ronde {i}. Volgens de gemeente komt er binnenkort "
        f"meer duidelijkheid voor de inwoners.</description></item>"
        for i in range(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Feed {feed}</title><language>nl</language>{entries}</channel></rss>"
    ).encode()


class Feeds(ThreadingHTTPServer):
    """``/feed/N.xml``: ITEMS posts; feed SLOW holds its first answer until ``release``."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.items = dict.fromkeys(range(FEEDS), ITEMS)
        self.requests: dict[int, int] = {}
        self.delay = 0.3
        self.slow = -1
        self.slow_started = threading.Event()
        self.release = threading.Event()
        self.lock = threading.Lock()

    def url(self, feed: int) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/feed/{feed}.xml"

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a killed worker's connection breaks mid-answer: expected


class Handler(BaseHTTPRequestHandler):
    server: Feeds

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        name = self.path.rsplit("/", 1)[-1].removesuffix(".xml")
        if not self.path.startswith("/feed/") or not name.isdigit():
            self.send_error(404)
            return
        feed = int(name)
        with self.server.lock:
            n = self.server.requests[feed] = self.server.requests.get(feed, 0) + 1
        if feed == self.server.slow and n == 1:
            self.server.slow_started.set()
            self.server.release.wait(30)
        else:
            time.sleep(self.server.delay)
        body = rss(feed, self.server.items[feed])
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def feeds() -> Iterator[Feeds]:
    server = Feeds()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


def make_dossier(org: Any, make_member: Any, sources: list[dict[str, Any]]) -> MonitorDossier:
    owner = make_member("communicatieadviseur", username="eigenaar")
    return new_monitor_dossier(org, owner, sources=sources)


def stored_ids(d: MonitorDossier) -> list[str]:
    return list(MonitorPost.objects.filter(dossier=d).values_list("source_id", flat=True))


# -- storage and lock --------------------------------------------------------------------


def test_save_batch_ignores_posts_that_are_already_stored(org: Any, make_member: Any) -> None:
    d = make_dossier(org, make_member, [{"name": "rss", "config": {"url": "http://x/"}}])
    now = datetime.now(UTC)

    def stored(sid: str) -> StoredPost:
        post = Post(sid, "rss", "", now, "nl", f"stikstof {sid}", "")
        return StoredPost(post, "neutraal", 0.0, claim=False, toon=False, text_hash=sid)

    store = DjangoStore()
    store.save_batch(str(d.pk), "rss:a", [stored("1"), stored("2")], [], "c1")
    # A task run again from the old cursor, after another one stored the same posts:
    store.save_batch(str(d.pk), "rss:a", [stored("2"), stored("3")], [], "c2")
    assert sorted(stored_ids(d)) == ["1", "2", "3"]
    assert SourceCursor.objects.get(dossier=d).cursor == "c2"


def test_a_source_that_is_being_collected_is_not_fetched_twice(
    org: Any, make_member: Any, feeds: Feeds, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEEDOEN_MONITOR_SECRET", SECRET)
    spec = {"name": "rss", "config": {"url": feeds.url(0)}}
    d = make_dossier(org, make_member, [spec])
    key = source_key(spec)
    results: list[Any] = []
    with source_lock(d.pk, key) as held:
        assert held
        other = threading.Thread(
            target=lambda: results.append(collect_source(d.pk, key, "t", wait=0))
        )
        other.start()
        other.join(30)
    assert results[0].status == BUSY and feeds.requests == {}
    assert collect_source(d.pk, key, "t", wait=0).status == OK
    assert set(stored_ids(d)) == item_ids(0)


class ThreeBatches(Source):
    """Three batches of five posts; with ``crash`` the run dies fetching the second one."""

    name = "proef"

    def __init__(self, crash: bool) -> None:
        self.crash = crash

    def fetch(self, cursor: str | None = None, *, limit: int | None = None) -> FetchResult:
        part = int(cursor or 0)
        if part == 1 and self.crash:
            raise RuntimeError("de worker valt weg")  # not a SourceError: nothing catches it
        now = datetime.now(UTC)
        posts = [
            RawPost("proef", f"{part}-{i}", "", now, f"Stikstof: de gemeente overlegt {part}-{i}")
            for i in range(5)
        ]
        return FetchResult(posts, str(part + 1), more=part < 2)


def test_a_run_that_dies_between_batches_resumes_without_loss_or_duplicates(
    org: Any, make_member: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEEDOEN_MONITOR_SECRET", SECRET)
    d = make_dossier(org, make_member, [{"name": "rss", "config": {"url": "http://x/"}}])
    with pytest.raises(RuntimeError):
        collect(d, ThreeBatches(crash=True), "proef:1", "t")
    assert sorted(stored_ids(d)) == [f"0-{i}" for i in range(5)]
    assert SourceCursor.objects.get(dossier=d, source_name="proef:1").cursor == "1"
    assert collect(d, ThreeBatches(crash=False), "proef:1", "t").ok
    ids = stored_ids(d)
    assert sorted(ids) == sorted(f"{p}-{i}" for p in range(3) for i in range(5))
    assert len(ids) == len(set(ids))


# -- the in-process runner of `meedoen web serve` -----------------------------------------


def test_background_runner_collects_and_survives_a_broken_source(
    org: Any, make_member: Any, feeds: Feeds, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEEDOEN_MONITOR_SECRET", SECRET)
    broken = feeds.url(0).replace("/feed/0.xml", "/bestaat-niet.xml")
    d = make_dossier(
        org,
        make_member,
        [
            {"name": "rss", "config": {"url": broken}},
            {"name": "rss", "config": {"url": feeds.url(1)}},
        ],
    )
    runner = BackgroundRunner(3600).start()
    try:
        assert runner.wait_rounds(1, 60)
        assert set(stored_ids(d)) == item_ids(1)
        assert AccessLog.objects.filter(what="run", detail__fout="SourceUnavailableError").exists()
        feeds.items[1] = ITEMS + 3  # three new posts appear in the feed
        runner.trigger()
        assert runner.wait_rounds(2, 60)
        assert set(stored_ids(d)) == item_ids(1, ITEMS + 3) and runner.alive
        assert runner.errors == 0
    finally:
        runner.stop()
    assert not runner.alive


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"MEEDOEN_BROKER_URL": "redis://127.0.0.1:6379/0"}, "Celery"),
        ({"MEEDOEN_MONITOR_BACKGROUND": "0", "MEEDOEN_MONITOR_SECRET": SECRET}, "staat uit"),
        ({}, "MEEDOEN_MONITOR_SECRET ontbreekt"),
        ({"MEEDOEN_MONITOR_SECRET": SECRET, "MEEDOEN_MONITOR_INTERVAL": "60"}, "elke 60 s"),
    ],
)
def test_web_serve_says_how_collection_runs(env: dict[str, str], expected: str) -> None:
    runner, line = start_from_env(env)
    try:
        assert expected in line and (runner is not None) == ("elke" in expected)
    finally:
        if runner is not None:
            runner.stop()


def test_demo_mode_gets_a_key_in_memory_only(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meedoen.cli.web_cmd import _demo_monitor_key
    from meedoen.monitor.privacy.pseudonym import load_secret

    # empty values are "not set"; monkeypatch restores the original environment afterwards
    monkeypatch.setenv("MEEDOEN_MONITOR_SECRET", "")
    monkeypatch.setenv("MEEDOEN_MONITOR_SECRET_FILE", "")
    monkeypatch.chdir(tmp_path)
    assert _demo_monitor_key() is True
    key = os.environ["MEEDOEN_MONITOR_SECRET"]
    assert len(load_secret()) == 64 and list(tmp_path.iterdir()) == []  # nothing on disk
    assert _demo_monitor_key() is False  # an existing key is kept
    assert os.environ["MEEDOEN_MONITOR_SECRET"] == key


def test_a_wrong_interval_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="MEEDOEN_MONITOR_INTERVAL"):
        start_from_env({"MEEDOEN_MONITOR_SECRET": SECRET, "MEEDOEN_MONITOR_INTERVAL": "vijf"})


# -- Celery workers on Redis and RabbitMQ --------------------------------------------------


@pytest.mark.parametrize(
    ("args", "broker", "code", "says"),
    [
        (["worker"], "", 78, "MEEDOEN_BROKER_URL"),
        (["worker"], "redis://127.0.0.1:1/0", 69, "niet bereikbaar"),
        (["run", "--once"], "amqp://guest:guest@127.0.0.1:1//", 69, "niet bereikbaar"),
    ],
)
def test_worker_and_scheduler_say_what_is_missing(
    args: list[str], broker: str, code: int, says: str, tmp_path: Any
) -> None:
    env = cli_env(tmp_path, broker, "meedoen-test-nergens")
    cmd = [sys.executable, "-m", "meedoen.cli.main", "monitor", *args]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == code and says in out.stderr, out.stderr
    assert "Traceback" not in out.stderr and out.stderr.count("\n") == 1


def cli_env(tmp_path: Any, broker: str, queue: str) -> dict[str, str]:
    db = connection.settings_dict
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="meedoen.web.settings")
    env.update(
        MEEDOEN_DATABASE_URL=f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        MEEDOEN_MONITOR_SECRET=SECRET,
        MEEDOEN_BROKER_URL=broker,
        MEEDOEN_BROKER_QUEUE=queue,
        MEEDOEN_BROKER_VISIBILITY_TIMEOUT="4",
        MEEDOEN_VAR_DIR=str(tmp_path),
    )
    return env


class Worker:
    def __init__(self, name: str, env: dict[str, str]) -> None:
        self.name = name
        cmd = [sys.executable, "-m", "meedoen.cli.main", "monitor", "worker"]
        cmd += ["--pool", "prefork", "--concurrency", "1", "--naam", name]
        self.proc = subprocess.Popen(
            cmd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line)
            if f"{self.name} ready." in line:
                self.ready.set()

    def said(self, text: str) -> bool:
        return any(text in line for line in list(self.lines))

    def kill(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.kill()  # every task is acknowledged by now; a warm shutdown only costs time


def wait_until(check: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return bool(check())


def reachable(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except OSError:
        return False
    return True


def forget_queue(broker: str, queue: str) -> None:
    from kombu import Connection

    with Connection(broker) as conn:
        channel = conn.default_channel
        channel.queue_delete(queue)
        if broker.startswith("amqp"):
            channel.exchange_delete(queue)
        else:
            client = channel.client  # the run's own database: its remote-control keys too
            names = [*client.scan_iter(match=f"*{queue}*"), "_kombu.binding.celery.pidbox"]
            client.delete(*names, "_kombu.binding_deadlines", "unacked", "unacked_index")


BROKERS = {
    "redis": ("redis://127.0.0.1:6379/{db}", 6379),
    "rabbitmq": ("amqp://guest:guest@127.0.0.1:5672//", 5672),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(BROKERS))
def test_two_workers_share_the_work_and_a_killed_one_loses_nothing(
    kind: str, org: Any, make_member: Any, feeds: Feeds, tmp_path: Any
) -> None:
    template, port = BROKERS[kind]
    # the machine and CI start Redis and RabbitMQ; a missing broker is a failure, not a skip
    assert reachable(port), f"{kind} draait niet op 127.0.0.1:{port}; start de broker"
    broker = template.format(db=10 + os.getpid() % 6)  # a Redis database of its own
    run = uuid.uuid4().hex[:8]
    queue = f"meedoen-test-{run}"
    feeds.slow = SLOW
    specs = [{"name": "rss", "config": {"url": feeds.url(n)}} for n in range(FEEDS)]
    d = make_dossier(org, make_member, specs)
    expected = set().union(*(item_ids(n) for n in range(FEEDS)))
    env = cli_env(tmp_path, broker, queue)
    workers = [Worker(f"w{i}-{run}@test", env) for i in (1, 2)]
    try:
        assert all(w.ready.wait(60) for w in workers), [w.lines[-5:] for w in workers]
        out = subprocess.run(
            [sys.executable, "-m", "meedoen.cli.main", "monitor", "run", "--once"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 0 and "in de wachtrij" in out.stderr, out.stderr
        assert feeds.slow_started.wait(60), "the slow feed was never requested"
        busy = f"Bezig: dossier {d.pk} · {source_key(specs[SLOW])}"
        assert wait_until(lambda: any(w.said(busy) for w in workers), 10)
        victim = next(w for w in workers if w.said(busy))
        survivor = next(w for w in workers if w is not victim)
        victim.kill()  # SIGKILL while it waits for the slow feed's answer
        feeds.release.set()
        assert wait_until(lambda: set(stored_ids(d)) == expected, 60), (
            f"{len(stored_ids(d))} van {len(expected)}",
            survivor.lines[-10:],
        )
        ids = stored_ids(d)
        assert len(ids) == len(set(ids)) == len(expected)  # none lost, none twice
        assert feeds.requests[SLOW] >= 2 and survivor.said(busy)
        runs = AccessLog.objects.filter(what="run", dossier=d)
        by = {r.detail.get("worker") for r in runs}
        assert {victim.name, survivor.name} <= by  # both workers did tasks
        assert all(r.who.startswith("worker:") for r in runs)
        assert SourceCursor.objects.filter(dossier=d).count() == FEEDS
    finally:
        for w in workers:
            w.stop()
        forget_queue(broker, queue)
    wait_until(lambda: other_sessions() == 0, 15)  # before the test database is dropped


def other_sessions() -> int:
    with connection.cursor() as cur:
        cur.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        )
        return int(cur.fetchone()[0])
