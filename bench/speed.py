# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Throughput, latency and cold start of meedoen. Measures; never asserts."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.metrics import percentile


@dataclass
class Latency:
    n: int
    wall_s: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    mean_len: float
    p50_min_ms: float  # per post, the fastest of the rounds: filters preemption
    p99_min_ms: float
    cpu_s: float  # process CPU time spent in the timed rounds

    @property
    def per_s(self) -> float:
        return self.n / self.wall_s if self.wall_s else float("inf")

    @property
    def per_cpu_s(self) -> float:
        return self.n / self.cpu_s if self.cpu_s else float("inf")


def time_calls(
    fn: Callable[[str], Any], texts: Sequence[str], warmup: int = 200, rounds: int = 3
) -> Latency:
    """One process, warm: call ``fn`` once per text per round and time each call.

    Latencies of all rounds are pooled; throughput is total calls / total time.
    Several rounds smooth out a busy neighbour on a shared machine.
    """
    for t in texts[:warmup]:
        fn(t)
    lat: list[float] = []
    best = [float("inf")] * len(texts)
    wall = 0.0
    cpu0 = time.process_time()
    for _ in range(rounds):
        started = time.perf_counter()
        for i, t in enumerate(texts):
            t0 = time.perf_counter_ns()
            fn(t)
            ms = (time.perf_counter_ns() - t0) / 1e6
            lat.append(ms)
            best[i] = min(best[i], ms)
        wall += time.perf_counter() - started
    cpu = time.process_time() - cpu0
    return Latency(
        n=len(texts) * rounds,
        wall_s=wall,
        p50_ms=percentile(lat, 50),
        p90_ms=percentile(lat, 90),
        p99_ms=percentile(lat, 99),
        max_ms=max(lat),
        mean_len=sum(map(len, texts)) / len(texts),
        p50_min_ms=percentile(best, 50),
        p99_min_ms=percentile(best, 99),
        cpu_s=cpu,
    )


@dataclass
class ColdStart:
    runs: list[float]
    command: str
    exit_codes: list[int]
    baseline: list[float]  # bare `python -c pass`, for scale
    first: list[float]  # the first start after installing: no byte code, no regex cache

    @property
    def median_s(self) -> float:
        return statistics.median(self.runs)

    @property
    def first_s(self) -> float:
        return statistics.median(self.first) if self.first else float("nan")

    @property
    def baseline_s(self) -> float:
        return statistics.median(self.baseline) if self.baseline else float("nan")


def meedoen_script() -> str:
    """The console script next to the running interpreter (.venv/bin/meedoen)."""
    candidate = Path(sys.executable).with_name("meedoen")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("meedoen")
    if not found:
        raise FileNotFoundError("console script 'meedoen' not found; run `make venv` first")
    return found


def cold_start(
    runs: int = 11, text: str = "Heerlijk weekend gehad, morgen weer aan de slag!"
) -> ColdStart:
    """Median wall time of `meedoen check "…"` as a fresh subprocess."""
    script = meedoen_script()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "0"}
    cmd = [script, "check", text]
    subprocess.run(cmd, capture_output=True, env=env, check=False)  # fill the .pyc cache
    times, codes, base = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, env=env, check=False)
        times.append(time.perf_counter() - t0)
        codes.append(proc.returncode)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], capture_output=True, check=False)
        base.append(time.perf_counter() - t0)
    first = []
    for _ in range(3):  # byte code and regex cache in fresh, empty places (nothing reused)
        with tempfile.TemporaryDirectory() as tmp:
            fresh = {**env, "PYTHONPYCACHEPREFIX": tmp, "MEEDOEN_RX_CACHE": f"{tmp}/rx.marshal"}
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, env=fresh, check=False)
            first.append(time.perf_counter() - t0)
    return ColdStart(times, f'{Path(script).name} check "{text}"', codes, base, first)


_REFERENCE_TEXT = (
    "Vandaag sprak de Tweede Kamer over het stikstofbeleid; de minister beloofde een brief "
    "voor de zomer. Bel gerust 06 12345678 of mail info@example.nl voor meer informatie. "
) * 8
_REFERENCE_WORD = re.compile(r"\w+")


def host_reference_ms(rounds: int = 5) -> float:
    """Best of ``rounds`` timings of a fixed pure-Python workload (a regular-expression scan,
    lower-casing and a dictionary count, the kind of work ``check()`` does): a yardstick for
    the speed of the host, to compare runs on a machine whose speed varies."""
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in range(300):
            counts: dict[str, int] = {}
            for word in _REFERENCE_WORD.findall(_REFERENCE_TEXT.lower()):
                counts[word] = counts.get(word, 0) + 1
        best = min(best, time.perf_counter() - t0)
    return 1000 * best
