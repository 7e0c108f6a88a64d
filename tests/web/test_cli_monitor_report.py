# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``meedoen monitor report`` in a subprocess against the test database: output, exit codes, log."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from pypdf import PdfReader

from meedoen.web.luisteren.models import AccessLog, MonitorPost

from .test_luisteren_report import make_dossier, pipeline

pytestmark = pytest.mark.django_db(transaction=True)


def env() -> dict[str, str]:
    db = connection.settings_dict
    return dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="meedoen.web.settings",
        MEEDOEN_DATABASE_URL=f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
    )


def cli(*args: str, **kw: Any) -> subprocess.CompletedProcess[bytes]:
    cmd = [sys.executable, "-m", "meedoen.cli.main", "monitor", "report", *args]
    if "stdout" not in kw:
        kw["capture_output"] = True
    return subprocess.run(cmd, env=env(), timeout=120, **kw)


@pytest.fixture
def dossier(org: Any, make_member: Any) -> Any:
    from django.utils import timezone

    d = make_dossier(org, make_member("communicatieadviseur", username="eigenaar"))
    now = timezone.now()
    pipeline(
        d,
        [
            (now - timedelta(hours=h), f"@inwoner{h % 6}", f"stikstof bericht {h}")
            for h in range(12)
        ],
    )
    return d


def test_html_to_stdout_and_an_export_row(dossier: Any) -> None:
    out = cli(str(dossier.pk))
    assert out.returncode == 0, out.stderr
    html = out.stdout.decode()
    assert html.startswith("<!DOCTYPE html>") and "Stikstof Peel" in html and "<svg" in html
    assert "12</strong>" in html  # all 12 posts are in the current week
    for author in MonitorPost.objects.values_list("author", flat=True):
        assert author not in html
    row = AccessLog.objects.get(what="export")
    assert row.dossier_id == dossier.pk and row.who.startswith("cli")
    assert row.detail == {"opdracht": "report", "periode": "week", "formaat": "html", "tot": None}


def test_pdf_to_a_file_and_to_a_pipe(dossier: Any, tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    out = cli(str(dossier.pk), "--format", "pdf", "--period", "month", "-o", str(target))
    assert out.returncode == 0, out.stderr
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == 1 and "Stikstof Peel" in reader.pages[0].extract_text()
    piped = cli(str(dossier.pk), "--formaat", "pdf", "--tot", date.today().isoformat())
    assert piped.returncode == 0 and piped.stdout.startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(piped.stdout)).pages) == 1
    details = [r.detail for r in AccessLog.objects.filter(what="export").order_by("id")]
    assert [(d["periode"], d["formaat"]) for d in details] == [("month", "pdf"), ("week", "pdf")]


def test_pdf_to_a_terminal_is_refused(dossier: Any) -> None:
    leader, follower = pty.openpty()
    try:
        out = cli(str(dossier.pk), "--format", "pdf", stdout=follower, stderr=subprocess.PIPE)
    finally:
        os.close(follower)
        os.close(leader)
    assert out.returncode == 64
    assert "terminal" in out.stderr.decode() and "-o BESTAND" in out.stderr.decode()
    assert not AccessLog.objects.filter(what="export").exists()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["999999"], 65, "dossier 999999 bestaat niet"),
        (["{pk}", "--tot", "31-12-2026"], 64, "geen datum"),
        (["{pk}", "--tot", "0001-01-01"], 64, "kan geen laatste dag zijn"),
        (
            ["{pk}", "--tot", (date.today() + timedelta(days=2)).isoformat()],
            64,
            "tot en met vandaag",
        ),
        (["{pk}", "--period", "jaar"], 64, "jaar"),
        (["{pk}", "-o", "/nonexistent/dir/rapport.html"], 64, "kan '/nonexistent/dir"),
    ],
)
def test_errors_are_one_dutch_line_with_an_exit_code(
    args: list[str], code: int, message: str, dossier: Any
) -> None:
    out = cli(*[a.format(pk=dossier.pk) for a in args])
    stderr = out.stderr.decode()
    assert out.returncode == code, stderr
    assert message in stderr and "Traceback" not in stderr and not out.stdout
    assert not AccessLog.objects.filter(what="export").exists()  # nothing reported, nothing logged
