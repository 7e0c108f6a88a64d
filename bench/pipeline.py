# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""`make bench-pipeline`: the monitoring pipeline on one core (issue #4, item 9).

    .venv/bin/python bench/pipeline.py --data ../shared/data --out docs/benchmarks-pipeline.md

Measures, pinned to one CPU and inside a socket guard: posts/s through
:func:`meedoen.monitor.pipeline.ingest` with an in-memory store and with the
Django store on SQLite (and PostgreSQL on 127.0.0.1 when it answers), the CPU
cost of every stage, the memory of a long replay, and the time of
``meedoen monitor import`` on a 100,000-line export. The Django runs, the
replay and the imports are subprocesses, each with a fresh database and a
fresh process. Measures; never asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
if str(ROOT) not in sys.path:  # run as a script: make `bench` and `eval` importable
    sys.path.insert(0, str(ROOT))

from bench import pipeline_corpus as pc  # noqa: E402
from bench import pipeline_import, pipeline_measure, pipeline_report  # noqa: E402
from bench.pipeline_guard import guard  # noqa: E402


def _pin(cpu: int | None) -> int:
    allowed = sorted(os.sched_getaffinity(0))
    chosen = allowed[-1] if cpu is None else cpu
    os.sched_setaffinity(0, {chosen})
    return chosen


def worker(args: argparse.Namespace) -> int:
    """One measurement in this (fresh) process; JSON on stdout."""
    _pin(args.cpu)
    pool = pc.texts(args.data)
    with guard(loopback=args.loopback) as attempts:
        pipeline_measure.warm_up(pool)
        if args.worker == "replay":
            result = pipeline_measure.replay(pool, args.posts, args.every)
        else:
            from bench.pipeline_stores import django_store

            store, for_round, vendor = django_store(pc.dossier("django"))
            result = pipeline_measure.throughput(pool, args.posts, store, for_round)
            result["vendor"] = vendor
    result["network_attempts"] = attempts
    json.dump(result, sys.stdout)
    return 0


def _spawn(args: argparse.Namespace, kind: str, posts: int, env: dict[str, str]) -> dict[str, Any]:
    cmd = [sys.executable, str(HERE / "pipeline.py"), "--worker", kind, "--data", str(args.data)]
    cmd += ["--posts", str(posts), "--every", str(args.every), "--cpu", str(args.cpu)]
    cmd += ["--loopback"] if env.get("MEEDOEN_DATABASE_URL", "").startswith("postgres") else []
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"worker {kind} failed: {proc.stderr[-1500:]}")
    return json.loads(proc.stdout)


def _django_env(url: str, var_dir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MEEDOEN_", "DJANGO_"))}
    return {**env, "MEEDOEN_DATABASE_URL": url, "MEEDOEN_VAR_DIR": var_dir}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks-pipeline.md")
    ap.add_argument("--posts", type=int, default=50_000, help="posts per throughput run")
    ap.add_argument("--replay", type=int, default=1_000_000, help="posts in the memory replay")
    ap.add_argument("--every", type=int, default=50_000, help="RSS sample interval (posts)")
    ap.add_argument("--import-lines", type=int, default=100_000)
    ap.add_argument("--cpu", type=int, default=None, help="CPU to pin to (default: the last)")
    ap.add_argument("--json", type=Path, help="also write the raw results to this file")
    ap.add_argument("--render", type=Path, help="only write --out again from a --json file")
    ap.add_argument("--no-postgres", action="store_true", help="skip PostgreSQL")
    ap.add_argument(
        "--note",
        default="The machine was not known to be shared during the run.",
        help="a line about the conditions, e.g. that other jobs ran at the same time",
    )
    ap.add_argument("--worker", choices=("django", "replay"), help=argparse.SUPPRESS)
    ap.add_argument("--loopback", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return worker(args)
    if args.render:
        res = json.loads(args.render.read_text(encoding="utf-8"))
        text = pipeline_report.render(res, res["machine"], res["command"])
        args.out.write_text(text, encoding="utf-8")
        return 0
    if not args.data.is_dir():
        print(f"bench: data directory not found: {args.data}", file=sys.stderr)
        return 2
    args.cpu = _pin(args.cpu)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = pipeline_report.machine(when, args.note, args.cpu)
    started = time.perf_counter()
    pool = pc.texts(args.data)
    command = shlex.join([".venv/bin/python", "bench/pipeline.py", *(argv or sys.argv[1:])])
    res: dict[str, Any] = {"pool": len(pool), "args": vars(args), "machine": machine}
    res["command"] = command
    with guard() as attempts:
        print(f"bench: stage costs on {len(pool)} texts …", file=sys.stderr)
        pipeline_measure.warm_up(pool)
        res["stages"] = pipeline_measure.stage_costs(pool)
        print(f"bench: {args.posts} posts, in-memory store …", file=sys.stderr)
        from bench.pipeline_stores import MemoryStore

        base = pc.dossier("memory")
        res["memory"] = pipeline_measure.throughput(
            pool, args.posts, MemoryStore(), lambda r: pc.round_dossier(base, r)
        )
    res["memory"]["network_attempts"] = list(attempts)
    pg = not args.no_postgres and pipeline_import.pg_reachable()
    with tempfile.TemporaryDirectory(prefix="meedoen-bench-pipeline-") as tmp:
        print(f"bench: {args.posts} posts, Django store on SQLite …", file=sys.stderr)
        url = f"sqlite:///{tmp}/meedoen.sqlite3"
        res["sqlite"] = _spawn(args, "django", args.posts, _django_env(url, tmp))
    if pg:
        name = f"meedoen_bench_pipeline_{os.getpid()}"
        print(f"bench: {args.posts} posts, Django store on PostgreSQL …", file=sys.stderr)
        try:
            url = pipeline_import.pg_create(name)
            res["postgresql"] = _spawn(args, "django", args.posts, _django_env(url, tmp))
        finally:
            pipeline_import.pg_drop(name)
    print(f"bench: memory over a {args.replay}-post replay …", file=sys.stderr)
    res["replay"] = _spawn(args, "replay", args.replay, dict(os.environ))
    print(f"bench: import of {args.import_lines} lines (SQLite) …", file=sys.stderr)
    res["import_sqlite"] = pipeline_import.run_import(pool, args.import_lines, None)
    if pg:
        name = f"meedoen_bench_import_{os.getpid()}"
        print(f"bench: import of {args.import_lines} lines (PostgreSQL) …", file=sys.stderr)
        try:
            url = pipeline_import.pg_create(name)
            res["import_postgresql"] = pipeline_import.run_import(pool, args.import_lines, url)
        finally:
            pipeline_import.pg_drop(name)
    res["elapsed_s"] = time.perf_counter() - started
    args.out.write_text(pipeline_report.render(res, machine, command), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1, default=str), encoding="utf-8")
    print(f"bench: wrote {args.out} in {res['elapsed_s']:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
