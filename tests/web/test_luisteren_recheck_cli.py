# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
# ruff: noqa: F811 - pytest fixtures imported from the source tests are redefined as arguments
"""``meedoen monitor herbevestig`` in subprocesses on SQLite, against Mastodon on loopback.

A fresh SQLite database in a temporary folder (``MEEDOEN_DATABASE_URL``): migrated,
one organisation, member and dossier with a ``mastodon`` source; ``monitor run
--once`` collects the recorded timeline, then ``monitor herbevestig`` re-checks
it while the status answers change. The database is read back with ``sqlite3``.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from test_monitor_mastodon_recheck import answer, asked, status
from test_monitor_sources import Replay, no_internet, replay  # noqa: F401

SECRET = "test-geheim-0123456789abcdef"
SETUP = """
import sys
from datetime import date, timedelta

from meedoen.cli.web_cmd import setup_django

setup_django()
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from meedoen.web.accounts.models import Member
from meedoen.web.demo.loader import _import_data, demo_pack_yaml
from meedoen.web.engine import parse_version_yaml
from meedoen.web.luisteren.models import MonitorDossier
from meedoen.web.luisteren.services import save_dossier
from meedoen.web.organisation.models import Organisation, RulePackVersion

call_command("migrate", verbosity=0)
org = Organisation.objects.create(slug="testgemeente", name="Gemeente Test", kind="gemeente")
text = demo_pack_yaml()
pack = parse_version_yaml(text)
RulePackVersion.objects.create(
    organisation=org, version=pack.version, yaml=text, in_force_from=pack.in_force_from,
    adopted_at=timezone.now(),
)
_import_data(org, text)
user = get_user_model().objects.create_user(username="eigenaar", password="x-y-z-123456")
owner = Member.objects.create(user=user, organisation=org, role="communicatieadviseur")
d = save_dossier(MonitorDossier(
    organisation=org, name="Stikstof", owner=owner, purpose="Discussie over stikstof volgen",
    legal_basis="AVG art. 6 lid 1 sub e", end_date=date.today() + timedelta(days=30),
    query={"keywords": ["stikstof*"], "hashtags": ["stikstof"], "languages": []},
    sources=[{"name": "mastodon",
              "config": {"instance": sys.argv[1], "hashtag": "stikstof", "page_size": 3}}],
), "test")
print(d.pk)
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = dict(os.environ, DJANGO_SETTINGS_MODULE="meedoen.web.settings")
    values.pop("MEEDOEN_BROKER_URL", None)
    values.update(
        MEEDOEN_DATABASE_URL=f"sqlite:///{tmp_path / 'meedoen.sqlite3'}",
        MEEDOEN_VAR_DIR=str(tmp_path),
        MEEDOEN_MONITOR_SECRET=SECRET,
    )
    return values


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "meedoen.cli.main", "monitor", *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)


def rows(tmp_path: Path) -> dict[str, tuple[str, Any]]:
    with sqlite3.connect(tmp_path / "meedoen.sqlite3") as db:
        found = db.execute("SELECT source_id, text, checked_at FROM meedoen_luisteren_monitorpost")
        return {sid[-3:]: (text, checked) for sid, text, checked in found}


def test_herbevestig_end_to_end_on_sqlite(replay: Replay, env: dict, tmp_path: Path) -> None:
    replay.load("mastodon", "instance", "tag_first", "tag_older", "tag_oldest")
    setup = [sys.executable, "-c", SETUP, replay.base]
    made = subprocess.run(setup, env=env, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    dossier = made.stdout.strip()
    collected = run(env, "run", "--once")
    assert collected.returncode == 0, collected.stderr
    assert sorted(rows(tmp_path)) == ["105", "107", "110"]

    answer(replay, "105", 404)
    answer(replay, "107")
    answer(replay, "110", 200, status("110", content="<p>Correctie over #stikstof.</p>"))
    first = run(env, "herbevestig", "--max", "2")
    assert first.returncode == 0, first.stderr
    assert first.stdout == (
        "Herbevestigd: 2 gecontroleerd, 1 verwijderd, 0 bijgewerkt, 1 ongewijzigd.\n"
    )
    assert asked(replay) == ["105", "107"] and "Traceback" not in first.stderr
    assert sorted(rows(tmp_path)) == ["107", "110"] and rows(tmp_path)["107"][1] is not None

    second = run(env, "herbevestig", "--dossier", dossier)
    assert second.returncode == 0, second.stderr
    assert second.stdout == (
        "Herbevestigd: 2 gecontroleerd, 0 verwijderd, 1 bijgewerkt, 1 ongewijzigd.\n"
    )
    assert asked(replay)[2] == "110"  # the one never re-checked goes first
    assert rows(tmp_path)["110"][0] == "Correctie over #stikstof."

    answer(replay, "107", 500, "kapot")
    answer(replay, "110", 500, "kapot")
    failing = run(env, "herbevestig")
    assert failing.returncode == 0 and "Traceback" not in failing.stderr
    assert "gestopt na 0 bericht(en)" in failing.stderr and "HTTP 500" in failing.stderr
    assert failing.stdout.startswith("Herbevestigd: 0 gecontroleerd, 0 verwijderd")
    assert sorted(rows(tmp_path)) == ["107", "110"]


def test_herbevestig_errors_are_one_dutch_line(env: dict, tmp_path: Path) -> None:
    migrate = [sys.executable, "-m", "meedoen.cli.main", "web", "manage", "migrate", "-v", "0"]
    assert subprocess.run(migrate, env=env, capture_output=True, timeout=120).returncode == 0
    unknown = run(env, "herbevestig", "--dossier", "999")
    assert unknown.returncode == 65 and unknown.stderr == "meedoen: dossier 999 bestaat niet.\n"
    nothing = run(env, "herbevestig")
    assert nothing.returncode == 0
    assert (
        nothing.stdout
        == "Herbevestigd: 0 gecontroleerd, 0 verwijderd, 0 bijgewerkt, 0 ongewijzigd.\n"
    )
    assert "Geen actieve dossiers met een Mastodon-bron." in nothing.stderr
    usage = run(env, "herbevestig", "--max", "0")
    assert usage.returncode == 64 and "positief" in usage.stderr
    bad_env = run({**env, "MEEDOEN_MONITOR_RECHECK": "veel"}, "herbevestig")
    assert bad_env.returncode == 64 and "MEEDOEN_MONITOR_RECHECK" in bad_env.stderr
    no_db = run(
        {**env, "MEEDOEN_DATABASE_URL": f"sqlite:///{tmp_path}/geen/map/db.sqlite3"}, "herbevestig"
    )
    assert no_db.returncode == 69 and no_db.stderr.count("\n") == 1
