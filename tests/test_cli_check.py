# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""`meedoen check` for one post: sources, flags, formats and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest

from meedoen.cli import check_cmd, exitcodes
from meedoen.cli.main import main
from meedoen.cli.render import CLOSING
from meedoen.core.assessment import models

BSN_POST = "Beste meneer, uw BSN 111222333 staat nog op het oude adres."
HARMLESS = "Wat een prachtige herfstdag op de Veluwe, veertig kilometer gefietst!"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def meedoen_cmd() -> list[str]:
    script = Path(sys.executable).with_name("meedoen")
    return [str(script)] if script.exists() else [sys.executable, "-m", "meedoen.cli.main"]


def run_cli(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None):
    full_env = {**os.environ, **(env or {})}
    full_env.pop("MEEDOEN_DEBUG", None)
    return subprocess.run(
        [*meedoen_cmd(), *args], input=stdin, capture_output=True, env=full_env, timeout=120
    )


def test_subprocess_text_mode_marks_span_and_exits_rood():
    proc = run_cli("check", BSN_POST, env={"NO_COLOR": "1"})
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == exitcodes.ROOD, proc.stderr
    assert "⟦111222333⟧[1]" in out
    assert "ROOD" in out
    assert "persoonsgegevens" in out
    assert "Wegingsfactoren" in out
    assert CLOSING in out
    assert "\033[" not in out
    assert b"Traceback" not in proc.stderr


def test_subprocess_json_mode_and_exit_code_follow_level():
    proc = run_cli("check", "--format", "json", BSN_POST)
    data = json.loads(proc.stdout)
    assert proc.returncode == exitcodes.BY_LEVEL[data["level"]] == exitcodes.ROOD
    finding = next(f for f in data["findings"] if f["category"] == "persoonsgegevens")
    assert BSN_POST[finding["start"] : finding["end"]] == finding["evidence"] == "111222333"
    assert set("abcdef") <= set(data["factors"])
    for key in ("summary", "strategy", "decision", "codex_version", "engine_version"):
        assert key in data


def test_subprocess_stdin_with_dash():
    proc = run_cli("check", "-", "--format", "json", stdin=BSN_POST.encode("utf-8"))
    assert proc.returncode == exitcodes.ROOD, proc.stderr
    assert json.loads(proc.stdout)["level"] == "rood"


def test_harmless_private_post_is_groen(capsys):
    assert main(["check", HARMLESS]) == exitcodes.GROEN
    out = capsys.readouterr().out
    assert "GROEN" in out and "Geen bevindingen." in out


def test_file_input_with_bom_and_crlf(tmp_path, capsys):
    post = tmp_path / "bericht.txt"
    post.write_bytes(b"\xef\xbb\xbf" + BSN_POST.encode("utf-8") + b"\r\n")
    assert main(["check", "--file", str(post), "--format", "json"]) == exitcodes.ROOD
    data = json.loads(capsys.readouterr().out)
    assert any(f["evidence"] == "111222333" for f in data["findings"])


@pytest.mark.parametrize(
    "flags, field, expected",
    [
        (["--hoedanigheid", "in-functie"], "capacity", "in-functie"),
        (["--capacity", "prive"], "capacity", "prive"),
        (["--hoedanigheid", "Privé"], "capacity", "prive"),
        (["--publiek", "intern"], "audience", "intern"),
        (["--audience", "besloten-groep"], "audience", "besloten-groep"),
        (["--kanaal", "intranet"], "audience", "intern"),
        (["--channel", "Twitter"], "audience", "openbaar"),
        (["--datum", "2026-03-10"], "checked_on", "2026-03-10"),
        (["--date", "2025-01-02"], "checked_on", "2025-01-02"),
    ],
)
def test_context_flags_reach_the_engine(capsys, flags, field, expected):
    rc = main(["check", HARMLESS, "--format", "json", *flags])
    data = json.loads(capsys.readouterr().out)
    assert rc == exitcodes.BY_LEVEL[data["level"]]
    assert data[field] == expected


def test_flags_override_the_context_file(tmp_path, capsys):
    ctx = tmp_path / "context.yaml"
    ctx.write_text("capacity: in-functie\naudience: intern\ndate: 2026-01-05\n", encoding="utf-8")
    main(["check", HARMLESS, "--format", "json", "--context", str(ctx), "--publiek", "openbaar"])
    data = json.loads(capsys.readouterr().out)
    assert (data["capacity"], data["audience"], data["checked_on"]) == (
        "in-functie",
        "openbaar",
        "2026-01-05",
    )


def test_example_profile_and_context_files_are_valid(capsys):
    rc = main(
        [
            "check",
            HARMLESS,
            "--format",
            "json",
            "--profile",
            str(EXAMPLES / "profiel.yaml"),
            "--context",
            str(EXAMPLES / "context.yaml"),
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert rc == exitcodes.BY_LEVEL[data["level"]]
    assert data["capacity"] == "in-functie"


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["check"], "geef een TEKST"),
        (["check", "tekst", "--file", "x.txt"], "kies één invoer"),
        (["check", "--jsonl", "a", "--archive", "b"], "kies één invoer"),
        (["check", "x", "--kanaal", "telegram"], "ongeldige keuze"),
        (["check", "x", "--hoedanigheid", "half"], "ongeldige keuze"),
        (["check", "x", "--datum", "28-11-2026"], "ongeldige datum"),
        (["check", "x", "--volgers", "veel"], "geen geheel getal"),
        (["check", "x", "--volgers", "-5"], "niet negatief"),
        (["check", "x", "--format", "xml"], "ongeldige keuze"),
        (["check", "x", "--onbekend"], "onbekende argumenten"),
    ],
)
def test_usage_errors_exit_64_in_dutch(capsys, args, fragment):
    try:
        rc = main(args)
    except SystemExit as exc:
        rc = exc.code
    assert rc == exitcodes.USAGE
    assert fragment in capsys.readouterr().err


def test_usage_error_subprocess_has_no_traceback():
    proc = run_cli("check", "x", "--kanaal", "telegram")
    assert proc.returncode == exitcodes.USAGE
    assert "ongeldige keuze" in proc.stderr.decode()
    assert b"Traceback" not in proc.stderr


def test_help_reads_in_dutch():
    proc = run_cli("check", "--help")
    out = proc.stdout.decode()
    assert proc.returncode == 0
    for phrase in (
        "Gebruik:",
        "--hoedanigheid",
        "--kanaal",
        "exitcodes:",
        "Alles is advies",
        "--jsonl",
    ):
        assert phrase in out


def test_cli_choices_match_the_models():
    assert set(check_cmd.CHANNELS) == set(get_args(models.Channel))
    assert set(check_cmd.AUDIENCES) == set(get_args(models.Audience))
    assert set(check_cmd.CAPACITIES) == set(get_args(models.Capacity))


def test_colour_on_a_terminal_only_without_no_color(monkeypatch):
    from meedoen.cli import render

    class Tty:
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert render.use_colour(Tty())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not render.use_colour(Tty())

    class Pipe:
        def isatty(self):
            return False

    monkeypatch.delenv("NO_COLOR")
    assert not render.use_colour(Pipe())


def test_post_cannot_inject_terminal_escapes(capsys):
    main(["check", "Mooi weer \x1b[2J\x1b]0;titel\x07 vandaag \u202e gnirts"])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert "⟨U+001B⟩" in out and "⟨U+202E⟩" in out


def test_organisation_pack_reaches_the_engine(capsys):
    pack = EXAMPLES / "organisatie-voorbeeld.yaml"
    assert pack.is_file(), "examples/organisatie-voorbeeld.yaml belongs in the repository"
    rc = main(["check", "--organisatie", str(pack), "--format", "json", HARMLESS])
    data = json.loads(capsys.readouterr().out)
    assert rc == exitcodes.BY_LEVEL[data["level"]]
    assert "gemeente-voorbeeldstad" in data["codex_version"]


def test_text_starting_with_a_dash_after_double_dash(capsys):
    assert main(["check", "--", "-5 graden en toch op de fiets"]) == exitcodes.GROEN
    assert "-5 graden" in capsys.readouterr().out
