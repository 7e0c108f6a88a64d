# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
# ruff: noqa: F811 - pytest fixtures imported from the source tests are redefined as arguments
"""The Celery path of the re-check: a real worker on Redis, the PostgreSQL test database.

``meedoen monitor run --once`` (with ``MEEDOEN_BROKER_URL``) enqueues a round;
the worker collects the ``mastodon`` source and then, linked to that task,
re-checks its stored posts: a status the server answers 404 for is deleted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from typing import Any

import pytest

from meedoen.web.luisteren.models import AccessLog, MonitorPost
from test_monitor_mastodon_recheck import answer, asked
from test_monitor_sources import Replay, no_internet, replay  # noqa: F401
from web.monitor_helpers import new_monitor_dossier
from web.test_luisteren_workers import (
    Worker,
    cli_env,
    forget_queue,
    other_sessions,
    reachable,
    wait_until,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.slow
def test_a_worker_rechecks_a_mastodon_source_after_collecting_it(
    org: Any, make_member: Any, replay: Replay, tmp_path: Any
) -> None:
    assert reachable(6379), "Redis draait niet op 127.0.0.1:6379; start de broker"
    broker = f"redis://127.0.0.1:6379/{10 + os.getpid() % 6}"
    run = uuid.uuid4().hex[:8]
    queue = f"meedoen-test-{run}"
    replay.load("mastodon", "instance", "tag_first", "tag_older", "tag_oldest")
    answer(replay, "105")
    answer(replay, "107")
    answer(replay, "110", 404)
    config = {"instance": replay.base, "hashtag": "stikstof", "page_size": 3}
    spec = {"name": "mastodon", "config": config}
    query = {"keywords": ["stikstof*"], "hashtags": ["stikstof"], "languages": []}
    owner = make_member("communicatieadviseur", username="eigenaar")
    d = new_monitor_dossier(org, owner, query=query, sources=[spec])
    env = cli_env(tmp_path, broker, queue)
    # cli_env's 4-second visibility timeout is for the tests of redelivery after a killed
    # worker; here a collection slower than that (a slow host) would be handed out again,
    # collected twice and so re-checked twice (acks_late): not what this test is about.
    env["MEEDOEN_BROKER_VISIBILITY_TIMEOUT"] = "300"
    worker = Worker(f"w-{run}@test", env)
    try:
        assert worker.ready.wait(60), worker.lines[-5:]
        cmd = [sys.executable, "-m", "meedoen.cli.main", "monitor", "run", "--once"]
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and "in de wachtrij" in out.stderr, out.stderr
        rechecked = AccessLog.objects.filter(dossier=d, detail__herbevestigen=True)
        assert wait_until(rechecked.exists, 60), worker.lines[-10:]
        row = rechecked.get()
        assert row.who == f"worker:{worker.name}" and row.detail["worker"] == worker.name
        assert row.detail["verwijderd"] == 1 and row.detail["ongewijzigd"] == 2
        ids = MonitorPost.objects.filter(dossier=d).values_list("source_id", flat=True)
        assert sorted(i[-3:] for i in ids) == ["105", "107"]
        assert sorted(asked(replay)) == ["105", "107", "110"]
    finally:
        worker.stop()
        forget_queue(broker, queue)
    wait_until(lambda: other_sessions() == 0, 15)  # before the test database is dropped
