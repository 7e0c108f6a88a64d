# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""bench/web_report.py: percentiles and the section it puts into docs/benchmarks.md."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.web_report import SECTION, Result, render, upsert_section  # noqa: E402


def test_nearest_rank_percentiles():
    r = Result([i / 1000 for i in range(1, 101)], {}, 10.0, 20, 1.0)
    assert (r.pct(50), r.pct(95), r.pct(99), r.pct(100)) == (50.0, 95.0, 99.0, 100.0)
    assert r.per_s == 10.0 and r.n_errors == 0


def test_section_is_replaced_not_duplicated(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\n## 1. Speed\n\nfast\n", encoding="utf-8")
    result = Result([0.01, 0.02, 0.06], {"HTTP 500": 1}, 3.0, 20, 0.5)
    text = render(result, command="x", machine="- m", server="s", posts=3, warmup=1, load_end="0.1")
    assert "| 60.0 ms |" in text and "**no**" in text
    upsert_section(doc, text)
    upsert_section(doc, text.replace("HTTP 500: 1", "HTTP 500: 2"))
    body = doc.read_text(encoding="utf-8")
    assert body.count(SECTION) == 1
    assert body.startswith("# Benchmarks\n\n## 1. Speed\n\nfast\n")
    assert "HTTP 500: 2" in body and "HTTP 500: 1" not in body
