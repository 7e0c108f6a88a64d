# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""`meedoen monitor spikes`, run as a real process: CSV in/out, streaming, bad input."""

from __future__ import annotations

import csv
import io
import os
import select
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from meedoen.monitor import spikes

# Runs the real entry point; adds the monitor command when main.py does not list it yet.
HARNESS = (
    "import sys\n"
    "from meedoen.cli import main as m\n"
    "if 'meedoen.cli.monitor_cmd' not in m.SUBCOMMANDS:\n"
    "    m.SUBCOMMANDS = (*m.SUBCOMMANDS, 'meedoen.cli.monitor_cmd')\n"
    "sys.exit(m.main(sys.argv[1:]))\n"
)
START = datetime(2015, 3, 2, 9, 0, 0)


def meedoen(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", HARNESS, *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def series_csv(n: int = 600) -> bytes:
    rows = ["timestamp,value"]
    for i in range(n):
        value = 500 if i == n - 10 else 20 + (i % 7)
        rows.append(f"{(START + i * timedelta(minutes=5)).isoformat(sep=' ')},{value}")
    return ("\n".join(rows) + "\n").encode()


def parse(out: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out.decode("utf-8"))))


def test_file_in_csv_out(tmp_path: Path):
    path = tmp_path / "reeks.csv"
    path.write_bytes(series_csv())
    result = meedoen("monitor", "spikes", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"timestamp,value,anomaly_score\n")
    rows = parse(result.stdout)
    given = list(csv.DictReader(io.StringIO(series_csv().decode())))
    assert [(r["timestamp"], r["value"]) for r in rows] == [
        (g["timestamp"], g["value"]) for g in given
    ]
    scores = [float(r["anomaly_score"]) for r in rows]
    assert all(0.0 <= s <= 1.0 for s in scores)
    # the same numbers as the library, rounded to the printed 8 decimals
    det = spikes.create()
    expected = [
        det.update(datetime.fromisoformat(g["timestamp"]), float(g["value"])) for g in given
    ]
    assert scores == [round(e, 8) for e in expected]
    assert max(range(len(scores)), key=scores.__getitem__) == len(scores) - 10


def test_stdin_is_processed_row_by_row():
    proc = subprocess.Popen(
        [sys.executable, "-c", HARNESS, "monitor", "spikes", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin and proc.stdout
    try:
        proc.stdin.write(b"timestamp,value\n2015-03-02 09:00:00,12\n")
        proc.stdin.flush()
        got = b""
        while got.count(b"\n") < 2:  # header + the first row, while stdin is still open
            ready, _, _ = select.select([proc.stdout], [], [], 30)
            assert ready, "no output for the first row before the input ended"
            chunk = os.read(proc.stdout.fileno(), 4096)
            assert chunk
            got += chunk
        assert got.splitlines()[1] == b"2015-03-02 09:00:00,12,0.00000000"
        proc.stdin.write(b"2015-03-02 09:05:00,13\n")
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
        proc.wait()


def test_other_detector_and_unknown_detector():
    ok = meedoen("monitor", "spikes", "-", "--detector", "rolling-zscore", stdin=series_csv(50))
    assert ok.returncode == 0 and len(parse(ok.stdout)) == 50
    bad = meedoen("monitor", "spikes", "-", "--detector", "bestaat-niet", stdin=series_csv(5))
    assert bad.returncode == 64
    assert b"onbekende detector" in bad.stderr


def test_header_only_is_fine():
    result = meedoen("monitor", "spikes", "-", stdin=b"timestamp,value\n")
    assert result.returncode == 0
    assert result.stdout == b"timestamp,value,anomaly_score\n"


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"", b"leeg"),
        (b"tijd,waarde\n2015-03-02 09:00:00,1\n", b"kolom"),
        (b"timestamp,value\n2015-03-02 09:00:00,veel\n", b"getal"),
        (b"timestamp,value\n2015-03-02 09:00:00,inf\n", b"getal"),
        (b"timestamp,value\ngisteren,3\n", b"tijdstip"),
        (b"timestamp,value\n2015-03-02 09:00:00\n", b"kolommen"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"binair"),
        (b"timestamp,value\n2015-03-02 09:00:00,1\xff\n", b"UTF-8"),
        (b"timestamp,value\n2015-03-02 09:00:00,1\n2015-03-01 09:00:00,1\n", b"sorteer"),
    ],
)
def test_bad_input_exits_65_with_one_dutch_line(data: bytes, word: bytes):
    result = meedoen("monitor", "spikes", "-", stdin=data)
    assert result.returncode == 65
    assert b"Traceback" not in result.stderr
    lines = result.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("meedoen: ")
    assert word in result.stderr


def test_missing_file_exits_65(tmp_path: Path):
    result = meedoen("monitor", "spikes", str(tmp_path / "nergens.csv"))
    assert result.returncode == 65
    assert b"bestaat niet" in result.stderr


def test_monitor_without_subcommand_is_a_usage_error():
    result = meedoen("monitor")
    assert result.returncode == 64
    assert b"spikes" in result.stderr
