# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Time ``meedoen monitor import FILE --dossier ID`` as a subprocess on a fresh database.

Setup, also as subprocesses of the command line: ``meedoen web serve
--prepare-only`` (migrate + demo organisation) and ``meedoen monitor dossier add``.
Only the import itself is timed, from process start to exit: Python start,
Django set-up, the lingua models and every batch. Every ``meedoen`` process runs
inside the network guard of :mod:`bench.pipeline_guard`.

PostgreSQL: a scratch database on 127.0.0.1 is created and dropped here.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench import pipeline_corpus as pc

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def pg_reachable() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001 - any failure means: not reachable here
        return False


def pg_create(name: str) -> str:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"postgres://postgres@127.0.0.1:5432/{name}"


def pg_drop(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _meedoen(args: list[str], env: dict[str, str], log: Path, loopback: bool) -> Any:
    cmd = [sys.executable, "-m", "bench.pipeline_guard"]
    cmd += ["--loopback"] if loopback else []
    cmd += ["--log", str(log), "--", *args]
    return subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=False)


def run_import(
    pool: list[str], n: int, db_url: str | None, keep_file: Path | None = None
) -> dict[str, Any]:
    """Import ``n`` lines into a fresh database (SQLite in a temp dir when ``db_url`` is None)."""
    with tempfile.TemporaryDirectory(prefix="meedoen-bench-import-") as tmp:
        tmpdir = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MEEDOEN_", "DJANGO_"))}
        env.update(
            MEEDOEN_VAR_DIR=str(tmpdir / "var"),
            MEEDOEN_DATABASE_URL=db_url or f"sqlite:///{tmpdir / 'var' / 'meedoen.sqlite3'}",
            MEEDOEN_MONITOR_SECRET=pc.SECRET.decode(),
            PYTHONPATH=str(ROOT),
        )
        loopback = db_url is not None
        log = tmpdir / "net.json"
        attempts: list[str] = []
        prep = _meedoen(["web", "serve", "--prepare-only"], env, log, loopback)
        attempts += json.loads(log.read_text())
        if prep.returncode != 0:
            raise RuntimeError(f"web serve --prepare-only failed: {prep.stderr[-500:]}")
        end = (date.today() + timedelta(days=30)).isoformat()
        add = _meedoen(
            ["monitor", "dossier", "add", "--naam", "Benchmark import", "--doel",
             "Importduur meten", "--grondslag", "Benchmark op openbare onderzoeksdata",
             "--einddatum", end, "--trefwoorden", ",".join(pc.QUERY.keywords),
             "--hashtags", ",".join(pc.QUERY.hashtags), "--uitsluiten",
             ",".join(pc.QUERY.exclusions), "--eigenaar", "anna", "--organisatie", "voorbeeldstad",
             "--bron", "import"],
            env, log, loopback,
        )  # fmt: skip
        attempts += json.loads(log.read_text())
        found = re.search(r"Dossier (\d+)", add.stdout)
        if add.returncode != 0 or not found:
            raise RuntimeError(f"dossier add failed: {add.stderr[-500:]}")
        data = keep_file or tmpdir / "export.ndjson"
        meta = pc.write_import(pool, data, n)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        imp = _meedoen(
            ["monitor", "import", str(data), "--dossier", found.group(1)], env, log, loopback
        )
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        attempts += json.loads(log.read_text())
        done = re.search(r"Klaar: .*?(\d+) opgeslagen, (\d+) ontvangen", imp.stderr)
        if imp.returncode != 0 or not done:
            raise RuntimeError(f"import failed ({imp.returncode}): {imp.stderr[-500:]}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return {
            **meta,
            "wall_s": wall,
            "cpu_s": cpu,
            "per_s": n / wall,
            "stored": int(done.group(1)),
            "received": int(done.group(2)),
            "max_rss_mb": after.ru_maxrss / 1024,
            "network_attempts": attempts,
        }
