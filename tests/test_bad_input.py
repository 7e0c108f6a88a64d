# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Bad input (issue #2 §6): a clear Dutch error, exit 65, never a traceback.

Every case runs the real console script in a subprocess. Invisible or
look-alike characters inside an otherwise valid post are no error: the engine
normalises them and the findings must still be found, with spans that point
at exactly what the author typed.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from meedoen.cli import exitcodes
from meedoen.cli.main import main
from test_cli_check import meedoen_cmd

ZWSP = "\u200b"


def run(args: list[str | bytes], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "MEEDOEN_DEBUG"}
    env["NO_COLOR"] = "1"
    return subprocess.run(
        [*meedoen_cmd(), *args], input=stdin, capture_output=True, env=env, timeout=120
    )


def assert_dutch_error(proc: subprocess.CompletedProcess[bytes], code: str) -> str:
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == exitcodes.DATAERR, (proc.returncode, err)
    assert "Traceback" not in err
    assert f"[{code}]" in err, err
    assert err.startswith("meedoen: ")
    assert proc.stdout == b""
    return err


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# (description, file content, expected code, a Dutch word from the message)
FILE_CASES = [
    ("leeg bestand", b"", "E101", "leeg"),
    ("alleen witruimte", b"  \n\t \r\n", "E101", "leeg"),
    ("1 MB tekst", ("woord " * 175_000).encode(), "E102", "te lang"),
    ("20 MB tekst", b"a" * (20 * 1024 * 1024), "E102", "te lang"),
    ("latin-1 in plaats van UTF-8", "café".encode("latin-1"), "E103", "UTF-8"),
    ("UTF-16 met BOM", "hallo".encode("utf-16"), "E103", "UTF-8"),
    ("UTF-16 zonder BOM", "hallo".encode("utf-16-le"), "E104", "binair"),
    ("willekeurige bytes", bytes(range(256)) * 4, "E104", "binair"),
    ("afgebroken UTF-8", b"Mooi weer " + "€".encode()[:2], "E103", "UTF-8"),
    ("PNG-afbeelding", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E104", "binair"),
    ("zip-archief", b"PK\x03\x04\x14\x00\x00\x00", "E104", "binair"),
    ("NUL-bytes", b"tekst\x00met\x00nullen", "E104", "binair"),
    ("stuurtekens", b"\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f hallo", "E104", "binair"),
    ("alleen nulbreedte-tekens", (ZWSP * 20).encode(), "E105", "onzichtbare"),
    ("alleen bidi-tekens", "\u202e\u202d\u2066\u2069".encode(), "E105", "onzichtbare"),
    ("alleen BOM's", "\ufeff\ufeff\ufeff".encode(), "E105", "onzichtbare"),
]


@pytest.mark.parametrize("case, data, code, word", FILE_CASES, ids=[c[0] for c in FILE_CASES])
def test_bad_post_file(tmp_path, case, data, code, word):
    err = assert_dutch_error(run(["check", "--file", write(tmp_path, "post.txt", data)]), code)
    assert word in err


@pytest.mark.parametrize(
    "case, data, code, word", FILE_CASES[:8], ids=[c[0] for c in FILE_CASES[:8]]
)
def test_bad_post_on_stdin(case, data, code, word):
    assert word in assert_dutch_error(run(["check", "-"], stdin=data), code)


@pytest.mark.parametrize(
    "arg, code",
    [
        (b"", "E101"),
        (b"   ", "E101"),
        (b"caf\xe9 op de hoek", "E103"),
        (ZWSP.encode() * 5, "E105"),
    ],
)
def test_bad_post_as_argument(arg, code):
    assert_dutch_error(run([b"check", arg]), code)


# (file name, content, option, expected code)
CONFIG_CASES = [
    ("profiel.yaml", b"level: [beleid\nname: x", "--profile", "E203"),
    ("profiel.yaml", b"name: 'open", "--profile", "E203"),
    ("profiel.yaml", b"\tname: tab", "--profile", "E203"),
    ("profiel.yaml", b"- een\n- lijst\n", "--profile", "E206"),
    ("profiel.yaml", b"gewoon een zin", "--profile", "E206"),
    ("profiel.yaml", b"level: keizer\n", "--profile", "E201"),
    ("profiel.yaml", b"dossiers: 5\n", "--profile", "E201"),
    ("profiel.yaml", b"dossiers:\n  - sensitivity: hoog\n", "--profile", "E201"),
    ("profiel.yaml", b"name: caf\xe9\n", "--profile", "E103"),
    ("context.yaml", b"channel: telegram\n", "--context", "E202"),
    ("context.yaml", b"date: 32-13-2026\n", "--context", "E202"),
    ("context.yaml", b"followers: -10\n", "--context", "E202"),
    ("context.yaml", b"capacity: {a: 1}\n", "--context", "E202"),
    ("context.yaml", b"capacity: &x [*x]\n", "--context", "E203"),
    ("context.yaml", b"account: &x {name: *x}\n", "--context", "E203"),
    ("context.json", b'{"channel": "x",}', "--context", "E204"),
    ("context.json", b"[1, 2]", "--context", "E206"),
    ("context.json", b"[" * 100_000, "--context", "E204"),
]


@pytest.mark.parametrize("name, data, option, code", CONFIG_CASES)
def test_bad_profile_or_context_file(tmp_path, capsys, name, data, option, code):
    # In-process: an exception escaping main() would fail the test just like a traceback.
    path = write(tmp_path, name, data)
    assert main(["check", "Mooi weer vandaag.", option, path]) == exitcodes.DATAERR
    captured = capsys.readouterr()
    assert captured.err.startswith(f"meedoen: [{code}]") and captured.out == ""


def test_bad_profile_file_subprocess(tmp_path):
    path = write(tmp_path, "profiel.yaml", b"level: [beleid\nname: x")
    err = assert_dutch_error(run(["check", "Mooi weer.", "--profile", path]), "E203")
    assert "kan niet worden gelezen" in err and "regel" in err


@pytest.mark.parametrize("option", ["--profile", "--context", "--file", "--organisatie"])
def test_missing_file(option):
    text = [] if option == "--file" else ["Mooi weer."]
    err = assert_dutch_error(run(["check", *text, option, "/bestaat/niet.yaml"]), "E205")
    assert "bestaat niet" in err


def test_directory_instead_of_file(tmp_path):
    assert_dutch_error(run(["check", "--file", str(tmp_path)]), "E205")


def test_malformed_organisation_pack(tmp_path):
    path = write(tmp_path, "pakket.yaml", b"rules: [\n")
    proc = run(["check", "Mooi weer.", "--organisatie", path])
    assert proc.returncode == exitcodes.DATAERR
    err = proc.stderr.decode()
    assert "Traceback" not in err and err.startswith("meedoen: [E")


def test_malformed_jsonl_lines_never_traceback():
    lines = b"\n".join(
        [
            b"{",
            b"\xff\xfe",
            b'{"text": "\\ud800"}',
            b'{"text": "' + b"[" * 10 + b'"}',
            b"[" * 100_000,
            b'{"id": 1, "text": "' + b"a" * 200_000 + b'"}',
            b'{"id": 2e400, "text": "x"}',
            b'{"id": "' + b"9" * 5000 + b'", "text": 1}',
            b'{"id": ' + b"9" * 5000 + b', "text": 1}',
        ]
    )
    proc = run(["check", "--jsonl", "-"], stdin=lines)
    assert b"Traceback" not in proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == 9
    assert proc.returncode in (exitcodes.GROEN, exitcodes.ORANJE, exitcodes.ROOD, exitcodes.DATAERR)


# Invisible and look-alike characters inside a valid post: findings still found.
EVASIONS = [
    (
        "BSN met nulbreedte-spaties",
        f"Mijn BSN is 1{ZWSP}1{ZWSP}1222333, bel me.",
        "persoonsgegevens",
        f"1{ZWSP}1{ZWSP}1222333",
    ),
    (
        "BSN met woordverbinders",
        "BSN 111\u2060222\u2060333",
        "persoonsgegevens",
        "111\u2060222\u2060333",
    ),
    ("BSN in brede cijfers", "BSN １１１２２２３３３", "persoonsgegevens", "１１１２２２３３３"),
    ("BSN na bidi-override", "\u202eBSN 111222333\u202c", "persoonsgegevens", "111222333"),
    ("vloek met nulbreedte-spatie", f"Krijg de k{ZWSP}anker", "toon", f"k{ZWSP}anker"),
    ("vloek met Cyrillische a", "Krijg de k\u0430nker", "toon", "k\u0430nker"),
    ("vloek met zachte afbreekstreep", "Krijg de kan\u00adker", "toon", "kan\u00adker"),
]


@pytest.mark.parametrize("case, text, category, evidence", EVASIONS, ids=[e[0] for e in EVASIONS])
def test_evasion_is_normalised_and_still_found(case, text, category, evidence):
    proc = run(["check", "--format", "json", text])
    assert b"Traceback" not in proc.stderr
    data = json.loads(proc.stdout)
    assert proc.returncode == exitcodes.BY_LEVEL[data["level"]]
    hits = [f for f in data["findings"] if f["category"] == category]
    assert hits, f"{case}: geen bevinding in {category}"
    for f in data["findings"]:
        assert text[f["start"] : f["end"]] == f["evidence"]
    assert any(evidence in f["evidence"] for f in hits)
