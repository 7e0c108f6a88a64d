# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""`meedoen codex …` end to end, via subprocess: exit codes, Dutch output, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = str(ROOT / "examples" / "organisatie-voorbeeld.yaml")
PACKS = ROOT / "src" / "meedoen" / "core" / "codex" / "packs"


def meedoen(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "meedoen.cli.main", "codex", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        cwd=ROOT,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


# -- list ----------------------------------------------------------------------
def test_list_all_rules():
    proc = meedoen("list")
    assert proc.returncode == 0
    assert "aw2017.art10.v1" in proc.stdout and "aw.art125a.lid1.v1" in proc.stdout
    assert "letterlijk" in proc.stdout and "titel" in proc.stdout


@pytest.mark.parametrize(
    ("args", "present", "absent"),
    [
        (
            ["--op", "2015-06-01"],
            ["aw.art125a.lid1.v1", "aecr1998.aw12.v1"],
            ["aw2017.art10.v1", "aecr2020.pers.v1"],
        ),
        (
            ["--op", "2026-11-28"],
            ["aw2017.art10.v1", "aecr2020.pers.v1"],
            ["aw.art125a.lid1.v1", "aecr1998.aw12.v1"],
        ),
        (["--pack", "aw2017"], ["aw2017.art5.v1", "aw2017.art10.v1"], ["gw.art7.v1"]),
        (["--categorie", "pers"], ["aecr2020.pers.v1", "aecr1998.aw12.v1"], ["aw2017.art8.v1"]),
        (
            ["--categorie", "pers", "--op", "2026-11-28", "--organisatie", EXAMPLE],
            ["voorbeeldstad.pers.v1"],
            ["aecr2020.pers.v1"],
        ),
        (["--packs"], ["aw-historisch", "2026.11.0", "ingebouwd"], ["aw2017.art10.v1"]),
        (["--packs", "--organisatie", EXAMPLE], ["gemeente-voorbeeldstad", "organisatie"], []),
    ],
)
def test_list_filters(args, present, absent):
    proc = meedoen("list", *args)
    assert proc.returncode == 0, proc.stderr
    for item in present:
        assert item in proc.stdout
    for item in absent:
        assert item not in proc.stdout


def test_list_json():
    proc = meedoen("list", "--format", "json", "--op", "2015-06-01")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    ids = {r["id"] for r in data["rules"]}
    assert "aw.art125a.lid1.v1" in ids and "aw2017.art10.v1" not in ids
    assert data["on"] == "2015-06-01" and "aw2017@" in data["codex_version"]
    rule = next(r for r in data["rules"] if r["id"] == "aw.art125a.lid1.v1")
    assert rule["text_verified"] is True and rule["in_force_until"] == "2019-12-31"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["list", "--op", "gisteren"], 64, "ongeldige datum"),
        (["list", "--op", "2015-02-30"], 64, "ongeldige datum"),
        (["list", "--categorie", "roddel"], 64, "ongeldige keuze"),
        (["list", "--format", "xml"], 64, "ongeldige keuze"),
        (["list", "--pack", "bestaat-niet"], 65, "Onbekend regelpakket"),
        (["list", "--organisatie", "bestaat/niet.yaml"], 65, "bestaat niet"),
        (["show"], 64, "verplicht"),
        (["show", "bestaat.niet.v1"], 65, "Onbekende regel"),
        (["diff", "aw2017"], 64, "verplicht"),
        (["diff", "aw2017", "bestaat-niet"], 65, "Onbekend regelpakket"),
        (["diff", "aw2017@1999.1.0", "aw2017"], 65, "Onbekend regelpakket"),
        (["validate"], 64, "verplicht"),
        (["onzin"], 64, "ongeldige keuze"),
        ([], 64, "opdrachten"),
    ],
)
def test_usage_and_lookup_errors(args, code, message):
    proc = meedoen(*args)
    assert proc.returncode == code
    assert message in proc.stderr
    assert "Gebruik: Gebruik:" not in proc.stderr


# -- show ----------------------------------------------------------------------
def test_show_full_rule():
    proc = meedoen("show", "aw2017.art10.v1")
    assert proc.returncode == 0
    out = proc.stdout
    assert out.startswith("aw2017.art10.v1 — Uitingsvrijheid van de ambtenaar")
    for part in (
        "Bron:",
        "Ambtenarenwet 2017, art. 10",
        "https://wetten.overheid.nl/BWBR0001947",
        "Geldig:        vanaf 2020-01-01",
        "Tekst (letterlijk, gecontroleerd op 2026-11-28)",
        "onthoudt zich",
        "In 2010:       AW art. 125a lid 1",
        "Samenvatting:",
        "Categorieën:   politiek",
        "Vervangt:      aw.art125a.lid1.v1",
        "Verificatie:",
    ):
        assert part in out, part


def test_show_unverified_rule_says_so():
    proc = meedoen("show", "aecr2020.pers.v1")
    assert proc.returncode == 0
    assert (
        "NIET geverifieerd; zie Verificatie" in proc.stdout
        and "Parafrase (niet geverifieerd)" in proc.stdout
    )
    assert "[NF]" in proc.stdout


@pytest.mark.parametrize(
    ("rule_id", "day", "shown", "note"),
    [
        (
            "aw2017.art10.v1",
            "2015-06-01",
            "aw.art125a.lid1.v1",
            "Op 2015-06-01 gold niet aw2017.art10.v1 maar aw.art125a.lid1.v1",
        ),
        ("aw2017.art10.v1", "2026-11-28", "aw2017.art10.v1", None),
        ("aecr2020.pers.v1", "2010-01-01", "aecr1998.aw12.v1", "gold niet aecr2020.pers.v1"),
        (
            "aecr1998.aw12.v1",
            "2026-11-28",
            "aecr1998.aw12.v1",
            "ook deze regel gold niet op 2026-11-28",
        ),
    ],
)
def test_show_on_date(rule_id, day, shown, note):
    proc = meedoen("show", rule_id, "--op", day)
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[0].startswith(f"{shown} — ")
    if note:
        assert note in proc.stdout
    else:
        assert "gold niet" not in proc.stdout


def test_show_json_and_organisation_override():
    proc = meedoen(
        "show",
        "aecr2020.pers.v1",
        "--op",
        "2026-11-28",
        "--organisatie",
        EXAMPLE,
        "--format",
        "json",
    )
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert data["id"] == "voorbeeldstad.pers.v1" and data["asked"] == "aecr2020.pers.v1"
    assert data["pack"] == "gemeente-voorbeeldstad"


# -- diff ----------------------------------------------------------------------
def test_diff_builtin_ids_text():
    proc = meedoen("diff", "aecr1998", "aecr2020")
    assert proc.returncode == 0
    assert "Toegevoegd in B (2)" in proc.stdout and "Verwijderd in B (5)" in proc.stdout
    assert "+ aecr2020.pers.v1" in proc.stdout and "Samenvatting:" in proc.stdout


def test_diff_files_shows_changed_fields(tmp_path):
    old = (PACKS / "ambtenarenwet-2017.yaml").read_text(encoding="utf-8")
    new = old.replace('version: "2026.11.0"', 'version: "2026.12.0"').replace(
        "1. De ambtenaar onthoudt zich van", "1. De ambtenaar dient zich te onthouden van"
    )
    assert new != old
    path = tmp_path / "aw2017-nieuw.yaml"
    path.write_text(new, encoding="utf-8")
    proc = meedoen("diff", "aw2017", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "version: 2026.11.0 → 2026.12.0" in proc.stdout
    assert "~ aw2017.art10.v1" in proc.stdout and "[-onthoudt-]{+dient+}" in proc.stdout
    proc = meedoen("diff", "aw2017", str(path), "--format", "json")
    data = json.loads(proc.stdout)
    assert data["changed"][0]["id"] == "aw2017.art10.v1"
    assert data["changed"][0]["changes"][0]["field"] == "text"


def test_diff_identical():
    proc = meedoen("diff", "grondwet", str(PACKS / "grondwet.yaml"))
    assert proc.returncode == 0 and "Geen verschillen." in proc.stdout


def test_diff_invalid_file(tmp_path):
    bad = tmp_path / "kapot.yaml"
    bad.write_text("id: [kapot\n", encoding="utf-8")
    proc = meedoen("diff", "aw2017", str(bad))
    assert proc.returncode == 65 and "kan niet worden gelezen" in proc.stderr


# -- validate --------------------------------------------------------------------
def test_validate_example_pack():
    proc = meedoen("validate", EXAMPLE)
    assert proc.returncode == 0, proc.stderr
    assert "geldig:" in proc.stdout and "gemeente-voorbeeldstad" in proc.stdout
    assert "voorbeeldstad.pers.v1 overschrijft aecr2020.pers.v1" in proc.stdout


def test_validate_every_builtin_pack():
    proc = meedoen("validate", *sorted(str(p) for p in PACKS.glob("*.yaml")))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("geldig:") == len(list(PACKS.glob("*.yaml")))
    assert "waarschuwing" not in proc.stdout


BAD_PACK = """\
id: mijn-pakket
title: Test
version: "1"
kind: organisation
onbekend_veld: 3
rules:
  - id: org.regel.v1
    title: A
    source: {name: X, kind: organisatie}
    text: t
    text_verified: false
    verification_note: eigen tekst
    summary: s
    categories: [politiek, roddel]
  - id: org.regel.v1
    title: B
    source: {name: X, kind: organisatie, in_force_from: 2025-01-01, in_force_until: 2024-01-01}
    text: t
    text_verified: false
    verification_note: eigen tekst
    summary: s
    overrides: bestaat.niet.v1
  - id: aw2017.art10.v1
    title: C
    source: {name: X, kind: organisatie}
    text: t
    text_verified: false
    verification_note: eigen tekst
    summary: s
"""


def test_validate_lists_every_problem(tmp_path):
    path = tmp_path / "slecht.yaml"
    path.write_text(BAD_PACK, encoding="utf-8")
    proc = meedoen("validate", str(path))
    assert proc.returncode == 65
    err = proc.stderr
    assert "ongeldig:" in err and "6 problemen" in err
    for part in (
        "regel 5: onbekend_veld: onbekend veld",
        "onbekende categorie(ën): roddel",
        "regel-id 'org.regel.v1' komt twee keer voor",
        "onbekende regel 'bestaat.niet.v1'",
        "bestaat al in het ingebouwde pakket 'aw2017'",
        "in_force_until (2024-01-01) ligt vóór in_force_from (2025-01-01)",
    ):
        assert part in err, part
    lines = [
        int(line.split()[2].rstrip(":"))
        for line in err.splitlines()
        if line.startswith("  - regel ")
    ]
    assert lines == sorted(lines)  # problems in file order


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "het bestand is leeg"),
        (b"   \n\n", "het bestand is leeg"),
        (b"# alleen commentaar\n", "alleen commentaar"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binair"),
        ("id: x\ntitle: café\n".encode("latin-1"), "geen geldige UTF-8"),
        (b"id: x\ntitle: [open\nversion: 1\n", "YAML-fout op regel 3"),
        (b"id: x\n\ttitle: y\n", "YAML-fout op regel"),
        (b"- a\n- b\n", "niet een lijst"),
        (b"gewoon tekst", "niet losse tekst"),
        (
            b"id: x\ntitle: y\nversion: '1'\nin_force_from: 2026-02-30\n",
            "'2026-02-30' is geen bestaande datum",
        ),
        (b"id: x\ntitle: y\ntitle: z\nversion: '1'\n", "sleutel 'title' staat twee keer"),
        (b"id: x\nversion: '1'\n", "title: verplicht veld ontbreekt"),
    ],
)
def test_validate_bad_files(tmp_path, content, message):
    path = tmp_path / "pakket.yaml"
    path.write_bytes(content)
    proc = meedoen("validate", str(path))
    assert proc.returncode == 65
    assert message in proc.stderr, proc.stderr


def test_validate_missing_file_and_directory(tmp_path):
    proc = meedoen("validate", str(tmp_path / "niet-er.yaml"), str(tmp_path))
    assert proc.returncode == 65
    assert "bestaat niet" in proc.stderr and "map, geen bestand" in proc.stderr


def test_validate_json(tmp_path):
    path = tmp_path / "leeg.yaml"
    path.write_text("", encoding="utf-8")
    proc = meedoen("validate", EXAMPLE, str(path), "--format", "json")
    assert proc.returncode == 65
    data = json.loads(proc.stdout)
    assert [d["valid"] for d in data] == [True, False]
    assert data[0]["rules"] == 7
