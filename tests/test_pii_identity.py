# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""bench/pii_identity.py: the reference of the personal-data findings round-trips, and a
changed finding is reported as a difference (exit 1), a changed text set as exit 2."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import pii_identity  # noqa: E402
from bench.pii_compare import speedup  # noqa: E402

LIMIT = ["--synthetic", "50", "--limit", "120"]


def _write(data: Path, ref: Path) -> list[dict[str, object]]:
    assert pii_identity.main(["--data", str(data), *LIMIT, "write", str(ref)]) == 0
    return [json.loads(line) for line in ref.read_text(encoding="utf-8").splitlines()]


def test_reference_round_trips_and_differences_are_found(
    shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = tmp_path / "ref.jsonl"
    rows = _write(shared_data, ref)
    assert len(rows) == 120
    assert all(row["pii"].count("|") == 2 for row in rows)  # two contexts per text
    assert pii_identity.main(["--data", str(shared_data), *LIMIT, "compare", str(ref)]) == 0
    assert "120 texts compared" in capsys.readouterr().out

    rows[3]["pii"] = [["persoonsgegevens.bsn.v1", 0, 1, 3, "x", "m", "a", "e", []], "|", "|"]
    ref.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert pii_identity.main(["--data", str(shared_data), *LIMIT, "compare", str(ref)]) == 1
    out = capsys.readouterr().out
    assert "DIFF #3" in out and "1 differ" in out

    rows[3]["sha"] = "0" * 16
    ref.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert pii_identity.main(["--data", str(shared_data), *LIMIT, "compare", str(ref)]) == 2


def test_texts_are_deterministic_and_cover_every_source(shared_data: Path) -> None:
    first = list(pii_identity.texts(shared_data, 30))
    assert first == list(pii_identity.texts(shared_data, 30))
    assert {src for src, _ in first} >= {"real", "mixed", "vectors", "tests", "files", "synthetic"}
    assert sum(src == "synthetic" for src, _ in first) == 30
    assert not any("sealed" in t or "holdout" in t for src, t in first if src == "files")


@pytest.mark.parametrize(
    ("theirs", "ours", "expected"),
    [(0.2, 0.02, 10.0), (0.196, 0.044, 0.196 / 0.044), (1.0, 2.0, 0.5)],
)
def test_speedup(theirs: float, ours: float, expected: float) -> None:
    assert speedup(theirs, ours) == pytest.approx(expected)


def test_speedup_of_zero_time_is_not_a_number() -> None:
    assert speedup(1.0, 0.0) != speedup(1.0, 0.0)  # nan
