# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Markdown for `make bench-web`: the result section and its place in docs/benchmarks.md."""

from __future__ import annotations

import math
import os
import platform
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

SECTION = "## Web: POST /api/v1/toetsen under load"
TARGET_P95_MS = 50.0


@dataclass
class Result:
    latencies: list[float]  # seconds, sorted
    errors: dict[str, int]
    wall: float
    clients: int
    client_cpu: float  # CPU seconds used by the load generator itself

    @property
    def n(self) -> int:
        return len(self.latencies)

    @property
    def n_errors(self) -> int:
        return sum(self.errors.values())

    @property
    def per_s(self) -> float:
        return self.n / self.wall if self.wall else 0.0

    def pct(self, p: float) -> float:
        """Nearest-rank percentile in milliseconds."""
        if not self.latencies:
            return float("nan")
        rank = max(1, math.ceil(p / 100 * self.n))
        return self.latencies[min(rank, self.n) - 1] * 1000


def web_machine(when: str, note: str) -> str:
    """The conditions of the run (as bench/report.py, with the web stack's versions)."""
    from bench.report import _cpu

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    versions = []
    for dist in ("meedoen", "Django", "djangorestframework", "gunicorn"):
        try:
            versions.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist} (not installed)")
    return f"""- Date: {when}
- Machine: {os.cpu_count()} logical CPUs (nproc), {_cpu()}, {platform.system()} {platform.release()}
- Load average (1/5/15 min) at the start of the run: {load}
- Python {sys.version.split()[0]} ({platform.python_implementation()}); {", ".join(versions)}
- {note}"""


def render(
    result: Result,
    *,
    command: str,
    machine: str,
    server: str,
    posts: int,
    warmup: float,
    load_end: str,
) -> str:
    p95 = result.pct(95)
    met_p95 = "yes" if p95 <= TARGET_P95_MS else "**no**"
    met_err = "yes" if result.n_errors == 0 else "**no**"
    errors = (
        ", ".join(f"{k}: {v}" for k, v in sorted(result.errors.items()))
        if result.errors
        else "none"
    )
    cpu_share = result.client_cpu / result.wall if result.wall else 0.0
    return f"""{SECTION}

This section is written by `make bench-web` (bench/web.py); do not edit it by hand.

- Command: {command}
{machine}
- Load average (1/5/15 min) at the end of the run: {load_end} (this includes the
  benchmark's own server processes and client threads)
- Server: `gunicorn {server}` (SQLite in a temporary directory, DEBUG off, anonymous
  rate limit switched off with `MEEDOEN_API_ANON_RATE=off`), on the same machine as the
  clients. The default (3 workers × 7 threads, chosen by short trial runs) gives every
  client connection a thread, and more processes than cores keep one process's GIL from
  holding up the others.
- Load: {result.clients} concurrent clients (threads, one HTTP/1.1 keep-alive connection
  each, a new request as soon as the previous answer is read), anonymous, body
  `{{"id": …, "text": …}}` with the {posts:,} real posts of bench/corpus.py `real_posts`
  in turn; {warmup:.0f} s warm-up, then {result.wall:.0f} s measured. Latency is from
  sending the request to reading the whole response.
- The load generator itself used {cpu_share:.2f} CPU cores of the machine's
  cores during the measurement; server and clients compete for the same CPUs.

| requests | requests/s | p50 | p95 | p99 | max | errors |
|---:|---:|---:|---:|---:|---:|---:|
| {result.n:,} | {result.per_s:,.0f} | {result.pct(50):.1f} ms | {p95:.1f} ms | {result.pct(99):.1f} ms | {result.pct(100):.1f} ms | {result.n_errors} |

| target (issue #3) | measured | met? |
|---|---|---|
| p95 ≤{TARGET_P95_MS:.0f} ms with 20 concurrent clients | {p95:.1f} ms | {met_p95} |
| 0 errors | {errors} | {met_err} |
"""


def upsert_section(path: Path, section: str) -> None:
    """Replace the section in ``path`` (up to the next ``## `` heading), or append it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == SECTION), None)
    new = section.rstrip("\n").splitlines()
    if start is None:
        while lines and not lines[-1].strip():
            lines.pop()
        lines += ["", *new]
    else:
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        tail = lines[end:]
        lines = lines[:start] + new + ([""] + tail if tail else [])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
