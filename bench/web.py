# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""`make bench-web`: POST /api/v1/toetsen under concurrent load on loopback.

    .venv/bin/python bench/web.py --data ../shared/data --duration 60

Starts the real application with gunicorn (SQLite in a temporary
MEEDOEN_VAR_DIR, prepared with ``meedoen web serve --prepare-only``, the
anonymous rate limit switched off with ``MEEDOEN_API_ANON_RATE=off``), then
drives POST /api/v1/toetsen with N client threads, each with its own HTTP/1.1
keep-alive connection, sending real posts from ../shared/data (bench/corpus.py
``real_posts``) for ``--duration`` seconds after a warm-up. Reports requests,
requests/s, latency p50/p95/p99/max and errors; writes docs/benchmarks-web.md
and puts the same section into docs/benchmarks.md (replacing an earlier one).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shlex
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import corpus  # noqa: E402
from bench.web_report import SECTION, Result, render, upsert_section, web_machine  # noqa: E402

BIN = Path(sys.executable).parent
PATH = "/api/v1/toetsen"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    port: int
    workers: int
    threads: int
    var_dir: Path
    worker_class: str = "gthread"
    proc: subprocess.Popen[bytes] | None = None
    log: Path = field(init=False)

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            MEEDOEN_VAR_DIR=str(self.var_dir),
            MEEDOEN_API_ANON_RATE="off",
            MEEDOEN_API_USER_RATE="off",
            MEEDOEN_DEBUG="0",
            MEEDOEN_LOG_LEVEL="ERROR",
            DJANGO_SETTINGS_MODULE="meedoen.web.settings",
        )
        env.pop("MEEDOEN_DATABASE_URL", None)  # SQLite in var_dir, as `make run`
        return env

    def command(self) -> list[str]:
        return [
            str(BIN / "gunicorn"),
            "meedoen.web.wsgi:application",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            "--worker-class",
            self.worker_class,
            *(["--threads", str(self.threads)] if self.worker_class == "gthread" else []),
            "--keep-alive",
            "30",
            "--log-level",
            "warning",
        ]

    def start(self) -> None:
        prepare = [str(BIN / "meedoen"), "web", "serve", "--prepare-only"]
        subprocess.run(
            prepare, cwd=self.var_dir, env=self.env(), check=True, capture_output=True, timeout=300
        )
        self.log = self.var_dir / "gunicorn.log"
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
                self.command(), cwd=self.var_dir, env=self.env(), stdout=out, stderr=out
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/api/v1/regels")
                if conn.getresponse().status == 200:
                    conn.close()
                    return
            except OSError:
                time.sleep(0.2)
            if self.proc.poll() is not None:
                break
        self.stop()
        raise RuntimeError(f"gunicorn did not start; see {self.log}:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class Client(threading.Thread):
    """One client: sequential requests on one keep-alive connection."""

    def __init__(self, port: int, bodies: list[bytes], offset: int, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.port, self.bodies, self.i, self.stop_event = port, bodies, offset, stop
        self.measuring = False
        self.latencies: list[float] = []
        self.errors: dict[str, int] = {}
        self.conn: http.client.HTTPConnection | None = None

    def _error(self, kind: str) -> None:
        if self.measuring:
            self.errors[kind] = self.errors.get(kind, 0) + 1

    def run(self) -> None:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        while not self.stop_event.is_set():
            body = self.bodies[self.i % len(self.bodies)]
            self.i += 1
            measuring = self.measuring
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                t0 = time.perf_counter()
                self.conn.request("POST", PATH, body=body, headers=headers)
                response = self.conn.getresponse()
                data = response.read()
                elapsed = time.perf_counter() - t0
            except (OSError, http.client.HTTPException) as exc:
                self._error(type(exc).__name__)
                if self.conn is not None:
                    self.conn.close()
                self.conn = None
                continue
            if response.status != 200 or not data.startswith(b"{"):
                self._error(f"HTTP {response.status}")
            elif measuring and self.measuring:
                self.latencies.append(elapsed)
            if response.getheader("Connection", "").lower() == "close":
                self.conn.close()
                self.conn = None
        if self.conn is not None:
            self.conn.close()


def drive(port: int, bodies: list[bytes], clients: int, warmup: float, duration: float) -> Result:
    stop = threading.Event()
    step = max(1, len(bodies) // clients)
    pool = [Client(port, bodies, i * step, stop) for i in range(clients)]
    for c in pool:
        c.start()
    time.sleep(warmup)
    for c in pool:
        c.measuring = True
    cpu0, t0 = os.times(), time.perf_counter()
    time.sleep(duration)
    for c in pool:
        c.measuring = False
    wall = time.perf_counter() - t0
    cpu1 = os.times()
    stop.set()
    for c in pool:
        c.join(timeout=35)
    latencies = sorted(x for c in pool for x in c.latencies)
    errors: dict[str, int] = {}
    for c in pool:
        for k, v in c.errors.items():
            errors[k] = errors.get(k, 0) + v
    client_cpu = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)
    return Result(latencies, errors, wall, clients, client_cpu)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--duration", type=float, default=60.0, help="measured seconds (default 60)")
    ap.add_argument("--warmup", type=float, default=5.0, help="unmeasured seconds first")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    ap.add_argument("--threads", type=int, default=7, help="gunicorn threads per worker")
    ap.add_argument("--worker-class", default="gthread", choices=("gthread", "sync"))
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks-web.md")
    ap.add_argument("--merge-into", type=Path, default=ROOT / "docs" / "benchmarks.md")
    ap.add_argument("--no-write", action="store_true", help="print only; write no files")
    ap.add_argument(
        "--note",
        default="The machine was not known to be shared during the run.",
        help="a line about the conditions",
    )
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"bench-web: data directory not found: {args.data}", file=sys.stderr)
        return 2
    posts = corpus.real_posts(args.data)
    bodies = [json.dumps({"id": i, "text": t}).encode() for i, t in enumerate(posts)]
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = web_machine(when, args.note)
    with tempfile.TemporaryDirectory(prefix="meedoen-bench-web-") as tmp:
        server = Server(free_port(), args.workers, args.threads, Path(tmp), args.worker_class)
        server.start()
        try:
            result = drive(server.port, bodies, args.clients, args.warmup, args.duration)
        finally:
            server.stop()
    load_end = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    shown = list(sys.argv[1:] if argv is None else argv)
    if "--note" in shown:  # the note is printed on its own line
        i = shown.index("--note")
        del shown[i : i + 2]
    command = f"`make bench-web`, i.e. `.venv/bin/python bench/web.py {shlex.join(shown)}`"
    text = render(
        result,
        command=command,
        machine=machine,
        server=" ".join(server.command()[1:]).replace(f":{server.port}", ":PORT"),
        posts=len(posts),
        warmup=args.warmup,
        load_end=load_end,
    )
    print(text)
    if not args.no_write:
        args.out.write_text(f"# Benchmark: the web API under load\n\n{text}", encoding="utf-8")
        if args.merge_into.exists():
            upsert_section(args.merge_into, text)
        print(f"written: {args.out} and the '{SECTION}' section of {args.merge_into}")
    return 0 if not result.errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
