# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``meedoen monitor analyse --jsonl``: in-process through ``run(args)`` and as a subprocess."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meedoen.monitor.analysis import cli

KEYS = {"id", "lang", "sentiment", "sentiment_score", "claim", "toon"}
GOOD = [
    {"id": "a", "text": "De gemeenteraad vergadert donderdag over de begroting voor volgend jaar."},
    {"id": 2, "text": "Wat een slechte beslissing, heel erg jammer 😡"},
    {"id": "c", "text": "Volgens het RIVM is het aantal besmettingen met 20% gestegen."},
]


def _jsonl(rows: list[object]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def _run(
    capsys: pytest.CaptureFixture[str], path: str, **kw: object
) -> tuple[int, list[dict], str]:
    code = cli.run(argparse.Namespace(jsonl=path, sentiment=kw.get("sentiment")))
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_add_arguments_requires_jsonl() -> None:
    parser = argparse.ArgumentParser(prog="analyse")
    cli.add_arguments(parser)
    assert parser.parse_args(["--jsonl", "-"]).jsonl == "-"
    with pytest.raises(SystemExit):
        parser.parse_args([])
    assert "JSONL" in parser.format_help()


def test_file_streams_one_line_per_input(tmp_path: Path, capsys) -> None:
    f = tmp_path / "in.jsonl"
    f.write_bytes(_jsonl(GOOD))
    code, rows, _ = _run(capsys, str(f))
    assert code == 0
    assert [r["id"] for r in rows] == ["a", 2, "c"]
    for r in rows:
        assert set(r) == KEYS
    assert rows[0]["lang"] == "nl" and rows[0]["sentiment"] == "neutraal"
    assert rows[1]["sentiment"] == "negatief" and rows[1]["sentiment_score"] < 0
    assert rows[2]["claim"] is True


def test_stdin_dash(monkeypatch, capsys) -> None:
    _stdin(monkeypatch, _jsonl(GOOD[:1]))
    code, rows, _ = _run(capsys, "-")
    assert code == 0 and rows[0]["id"] == "a" and rows[0]["lang"] == "nl"


@pytest.mark.parametrize(
    ("line", "fragment", "ident"),
    [
        (b"{niet json", "geen geldige JSON", None),
        (b'["a", "b"]', "geen JSON-object", None),
        (b'{"id": "x"}', '"text" ontbreekt', "x"),
        (b'{"id": "y", "text": 42}', "geen tekst", "y"),
        (b'{"id": "z", "text": null}', "leeg", "z"),
        (b'{"id": "u", "text": "caf\xe9"}', "geen geldige UTF-8", None),
        (b'{"id": "d", "text": ' + b"[" * 100000 + b"}", "geen geldige JSON", None),
    ],
)
def test_bad_line_gives_error_and_run_continues(
    line: bytes, fragment: str, ident, monkeypatch, capsys
) -> None:
    data = _jsonl(GOOD[:1]) + line + b"\n" + _jsonl(GOOD[2:])
    _stdin(monkeypatch, data)
    code, rows, _ = _run(capsys, "-")
    assert code == 0
    assert len(rows) == 3
    assert rows[0]["id"] == "a" and rows[2]["id"] == "c" and "error" not in rows[2]
    bad = rows[1]
    assert set(bad) == {"id", "line", "error"} and bad["line"] == 2
    assert fragment in bad["error"] and bad["id"] == ident


def test_too_long_text(monkeypatch, capsys) -> None:
    _stdin(monkeypatch, _jsonl([{"id": "lang", "text": "a" * (cli.MAX_CHARS + 1)}]))
    code, rows, _ = _run(capsys, "-")
    assert code == 0 and "te lang" in rows[0]["error"]


def test_empty_lines_and_bom_and_crlf(monkeypatch, capsys) -> None:
    data = (
        b"\xef\xbb\xbf" + _jsonl(GOOD[:1]).replace(b"\n", b"\r\n") + b"\n   \n" + _jsonl(GOOD[1:2])
    )
    _stdin(monkeypatch, data)
    code, rows, _ = _run(capsys, "-")
    assert code == 0 and [r["id"] for r in rows] == ["a", 2]


def test_empty_input_is_fine(monkeypatch, capsys) -> None:
    _stdin(monkeypatch, b"")
    code, rows, _ = _run(capsys, "-")
    assert code == 0 and rows == []


def test_missing_id_is_null(monkeypatch, capsys) -> None:
    _stdin(monkeypatch, _jsonl([{"text": "Goedemorgen allemaal, fijne dag vandaag!"}]))
    code, rows, _ = _run(capsys, "-")
    assert code == 0 and rows[0]["id"] is None and rows[0]["sentiment"] == "positief"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR",
        b"\x00\x01\x02\x03binary",
        '{"id": "a", "text": "tekst"}\n'.encode("utf-16"),
        b"\xff\xfe\xfd\n\xc3\x28\n",  # not one line of UTF-8
    ],
)
def test_unreadable_input_exits_65(data: bytes, monkeypatch, capsys) -> None:
    _stdin(monkeypatch, data)
    code, _, err = _run(capsys, "-")
    assert code == 65
    assert "kan de invoer niet lezen" in err and "Traceback" not in err


def test_missing_file_and_directory_exit_65(tmp_path: Path, capsys) -> None:
    code, _, err = _run(capsys, str(tmp_path / "bestaat-niet.jsonl"))
    assert code == 65 and "bestaat niet" in err
    code, _, err = _run(capsys, str(tmp_path))
    assert code == 65 and "map" in err


def test_unknown_sentiment_model(tmp_path: Path, capsys) -> None:
    f = tmp_path / "in.jsonl"
    f.write_bytes(_jsonl(GOOD[:1]))
    code, _, err = _run(capsys, str(f), sentiment="bestaat-niet")
    assert code == 65 and "onbekend sentimentmodel" in err


# --- the registered command, as a user runs it -----------------------------------------


def _cli(args: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "meedoen.cli.main", "monitor", "analyse", *args],
        input=data,
        capture_output=True,
        timeout=120,
    )


def test_subprocess_stdin_streams_json_lines() -> None:
    data = _jsonl(GOOD) + b"{kapot\n" + b'{"id": "u", "text": "caf\xe9"}\n'
    proc = _cli(["--jsonl", "-"], data)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    rows = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in rows[:3]] == ["a", 2, "c"]
    assert all(set(r) == KEYS for r in rows[:3])
    assert rows[0]["lang"] == "nl"
    assert "error" in rows[3] and "error" in rows[4]
    assert b"Traceback" not in proc.stderr


def test_subprocess_binary_input_exits_65() -> None:
    proc = _cli(["--jsonl", "-"], b"\x00\x01\x02 binary \x00")
    assert proc.returncode == 65
    assert b"Traceback" not in proc.stderr


def test_subprocess_help_is_dutch() -> None:
    proc = _cli(["--help"], b"")
    assert proc.returncode == 0
    assert b"--jsonl" in proc.stdout and b"JSONL-invoer" in proc.stdout


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_process_line_never_raises_on_any_bytes(raw: bytes) -> None:
    out = cli.process_line(raw, 1)
    assert out is None or "error" in out or set(out) == KEYS
    if out is not None and "error" in out:
        assert set(out) == {"id", "line", "error"} and isinstance(out["error"], str)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.integers(), st.text(max_size=10)))
def test_process_line_any_text_gives_valid_output(text: str, ident: object) -> None:
    raw = json.dumps({"id": ident, "text": text}).encode("utf-8")
    out = cli.process_line(raw, 7)
    assert out is not None and set(out) == KEYS and out["id"] == ident


def test_lone_surrogates_in_json(monkeypatch, capsys) -> None:
    line = b'{"id": "\\ud800x", "text": "Dit is een heel goede zin \\udc00 over het beleid."}\n'
    _stdin(monkeypatch, line)
    code, rows, _ = _run(capsys, "-")
    assert code == 0 and set(rows[0]) == KEYS and rows[0]["sentiment"] == "positief"
