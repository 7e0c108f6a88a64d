# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""`meedoen check --jsonl`: one JSON line out per line in, errors per line, exit codes."""

from __future__ import annotations

import json

import pytest

from meedoen.cli import exitcodes
from meedoen.cli.main import main
from test_cli_check import BSN_POST, HARMLESS, run_cli

GOOD_KEYS = {
    "id",
    "level",
    "findings",
    "factors",
    "strategy",
    "summary",
    "decision",
    "codex_version",
    "engine_version",
}


def jl(*objs: object) -> bytes:
    return b"".join(
        (o if isinstance(o, bytes) else json.dumps(o, ensure_ascii=False).encode()) + b"\n"
        for o in objs
    )


def batch(tmp_path, capsys, data: bytes) -> tuple[int, list[dict]]:
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    rc = main(["check", "--jsonl", str(path)])
    lines = capsys.readouterr().out.splitlines()
    return rc, [json.loads(line) for line in lines]


def test_subprocess_stdin_streams_one_line_per_input():
    data = jl({"id": "a", "text": HARMLESS}, {"id": "b", "text": BSN_POST})
    proc = run_cli("check", "--jsonl", "-", stdin=data)
    out = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert all(set(o) >= GOOD_KEYS for o in out)
    assert out[1]["level"] == "rood"
    assert proc.returncode == exitcodes.ROOD
    assert b"Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "ident",
    ["tekst-1", 7, 0, -3, 2.5, None, True, ["a", 1], {"nested": {"x": [1, 2]}}, "ë€😀", ""],
)
def test_ids_pass_through_unchanged(tmp_path, capsys, ident):
    rc, out = batch(tmp_path, capsys, jl({"id": ident, "text": HARMLESS}))
    assert out[0]["id"] == ident and type(out[0]["id"]) is type(ident)
    assert rc == exitcodes.BY_LEVEL[out[0]["level"]]


def test_missing_id_becomes_line_number(tmp_path, capsys):
    rc, out = batch(tmp_path, capsys, b"\n" + jl({"text": HARMLESS}, {"text": ""}))
    assert out[0]["id"] == 2 and "level" in out[0]
    assert out[1] == {"id": 3, "error": out[1]["error"]} and out[1]["error"]["code"] == "E101"


@pytest.mark.parametrize(
    "line, code",
    [
        (b"{not json", "E204"),
        (b'{"id": "x", "text": "a"', "E204"),
        (b"[1, 2]", "E204"),
        (b'"just a string"', "E204"),
        (b"42", "E204"),
        (b"null", "E204"),
        (b'{"id": "x"}', "E101"),
        (b'{"id": "x", "text": null}', "E101"),
        (b'{"id": "x", "text": ""}', "E101"),
        (b'{"id": "x", "text": "   \\n\\t "}', "E101"),
        (b'{"id": "x", "text": 12}', "E106"),
        (b'{"id": "x", "text": ["a"]}', "E106"),
        (b'{"id": "x", "text": {"t": "a"}}', "E106"),
        (b'{"id": "x", "text": "ok", "profile": "beleid"}', "E201"),
        (b'{"id": "x", "text": "ok", "profile": {"level": "keizer"}}', "E201"),
        (b'{"id": "x", "text": "ok", "context": [1]}', "E202"),
        (b'{"id": "x", "text": "ok", "context": {"channel": "telegram"}}', "E202"),
        (b'{"id": "x", "text": "ok", "context": {"date": "gisteren"}}', "E202"),
        (b'{"id": "x", "text": "ok", "context": {"followers": -1}}', "E202"),
        (b'{"id": "x", "text": "caf\xe9"}', "E103"),
        (b'{"id": "x", "text": "a\\u0000b"}', "E104"),
    ],
)
def test_bad_line_gives_error_object_and_run_continues(tmp_path, capsys, line, code):
    rc, out = batch(tmp_path, capsys, line + b"\n" + jl({"id": "next", "text": HARMLESS}))
    assert len(out) == 2
    err = out[0]["error"]
    assert err["code"] == code
    assert err["message"] and err["message"][0].isupper()
    assert set(out[0]) == {"id", "error"}
    assert out[1]["id"] == "next" and "level" in out[1]
    assert rc == exitcodes.BY_LEVEL[out[1]["level"]]


def test_error_id_is_kept_when_the_object_has_one(tmp_path, capsys):
    _, out = batch(tmp_path, capsys, jl({"id": "abc", "text": 5}) + b"[1]\n")
    assert out[0]["id"] == "abc"
    assert out[1]["id"] == 2


def test_profile_and_context_null_or_absent(tmp_path, capsys):
    rc, out = batch(
        tmp_path,
        capsys,
        jl(
            {"id": 1, "text": BSN_POST, "profile": None, "context": None},
            {"id": 2, "text": BSN_POST},
            {"id": 3, "text": BSN_POST, "profile": {}, "context": {}},
            {
                "id": 4,
                "text": BSN_POST,
                "profile": {"level": "beleid", "dossiers": [{"name": "stikstof"}]},
                "context": {"capacity": "in-functie", "channel": "linkedin", "date": "2026-03-01"},
            },
        ),
    )
    assert [o["level"] for o in out] == ["rood"] * 4
    assert out[3]["capacity"] == "in-functie"
    assert rc == exitcodes.ROOD


def test_bom_crlf_and_blank_lines(tmp_path, capsys):
    data = b"\xef\xbb\xbf" + jl({"id": 1, "text": HARMLESS}).replace(b"\n", b"\r\n")
    data += b"\r\n   \r\n\n" + jl({"id": 2, "text": "regel een\r\nregel twee"}).replace(
        b"\n", b"\r\n"
    )
    rc, out = batch(tmp_path, capsys, data)
    assert [o["id"] for o in out] == [1, 2]
    assert all("level" in o for o in out)


def test_very_long_line_is_an_error_not_a_crash(tmp_path, capsys):
    huge = "woord " * 200_000
    _, out = batch(
        tmp_path, capsys, jl({"id": "groot", "text": huge}, {"id": "klein", "text": HARMLESS})
    )
    assert out[0]["error"]["code"] == "E102"
    assert out[1]["id"] == "klein"


def test_long_but_acceptable_line(tmp_path, capsys):
    text = (HARMLESS + " ") * 500
    _, out = batch(tmp_path, capsys, jl({"id": "lang", "text": text}))
    assert out[0]["level"] in ("groen", "oranje", "rood")
    for f in out[0]["findings"]:
        assert text[f["start"] : f["end"]] == f["evidence"]


def test_no_assessable_line_exits_65(tmp_path, capsys):
    rc, out = batch(tmp_path, capsys, b"{bad\n[]\n")
    assert rc == exitcodes.DATAERR and len(out) == 2


def test_empty_input_exits_65(tmp_path, capsys):
    rc, out = batch(tmp_path, capsys, b"\n\n")
    assert rc == exitcodes.DATAERR and out == []


def test_missing_jsonl_file_exits_65(capsys):
    assert main(["check", "--jsonl", "/nonexistent/in.jsonl"]) == exitcodes.DATAERR
    assert "bestaat niet" in capsys.readouterr().err


def test_worst_level_decides_the_exit_code(tmp_path, capsys):
    rc, out = batch(
        tmp_path, capsys, jl({"id": 1, "text": HARMLESS}, {"id": 2, "text": BSN_POST}, b"{x")
    )
    assert rc == exitcodes.ROOD
    assert [("level" in o) for o in out] == [True, True, False]


def test_unicode_survives_in_ids_and_evidence(tmp_path, capsys):
    text = "Bel René op 06-12345678 😀"
    _, out = batch(tmp_path, capsys, jl({"id": "ë", "text": text}))
    assert out[0]["id"] == "ë"
    for f in out[0]["findings"]:
        assert text[f["start"] : f["end"]] == f["evidence"]


def test_lone_surrogate_text_still_gives_valid_json(tmp_path, capsys):
    rc, out = batch(tmp_path, capsys, b'{"id": "s", "text": "hallo \\ud800 wereld"}\n')
    assert out[0]["id"] == "s"


def test_invalid_utf8_line_keeps_its_id(tmp_path, capsys):
    _, out = batch(tmp_path, capsys, b'{"id": "x7", "text": "caf\xe9"}\n\xff\xfe\n')
    assert out[0] == {"id": "x7", "error": out[0]["error"]} and out[0]["error"]["code"] == "E103"
    assert out[1]["id"] == 2 and out[1]["error"]["code"] == "E103"
