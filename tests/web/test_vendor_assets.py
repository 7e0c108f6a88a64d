# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The vendored front-end files match MANIFEST.json, package-lock.json and package.json.

Plain file checks: no Django, no database, no npm, no network.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "src" / "meedoen" / "web" / "static" / "vendor"
MANIFEST = json.loads((VENDOR / "MANIFEST.json").read_text(encoding="utf-8"))
LOCK = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
PACKAGE = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
ENTRIES = MANIFEST["packages"]
FILES = [(e["package"], f) for e in ENTRIES for f in e["files"]]


def test_manifest_lists_every_direct_dependency() -> None:
    assert sorted(e["package"] for e in ENTRIES) == sorted(PACKAGE["dependencies"])


@pytest.mark.parametrize(("package", "entry"), FILES, ids=[f["path"] for _, f in FILES])
def test_vendored_file_matches_manifest(package: str, entry: dict) -> None:
    path = VENDOR / entry["path"]
    assert path.is_file(), f"{package}: {entry['path']} missing; run tools/vendor_assets.py"
    data = path.read_bytes()
    assert len(data) == entry["bytes"]
    assert hashlib.sha256(data).hexdigest() == entry["sha256"], (
        f"{entry['path']} differs from MANIFEST.json; rerun tools/vendor_assets.py"
    )


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["package"] for e in ENTRIES])
def test_version_matches_lockfile_and_package_json(entry: dict) -> None:
    locked = LOCK["packages"][f"node_modules/{entry['package']}"]
    assert entry["version"] == locked["version"]
    # package.json pins exact versions, so a refresh is always deliberate.
    assert PACKAGE["dependencies"][entry["package"]] == entry["version"]
    assert LOCK["packages"][""]["dependencies"][entry["package"]] == entry["version"]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["package"] for e in ENTRIES])
def test_licence_recorded_and_licence_file_vendored(entry: dict) -> None:
    locked = LOCK["packages"][f"node_modules/{entry['package']}"]
    assert entry["licence"] and entry["licence"] == locked.get("license")
    names = [Path(f["path"]).name.upper() for f in entry["files"]]
    assert any(n.startswith("LICENSE") for n in names), f"{entry['package']}: no licence file"


def test_no_stray_files_in_vendor_dir() -> None:
    listed = {f["path"] for _, f in FILES} | {"MANIFEST.json"}
    present = {p.relative_to(VENDOR).as_posix() for p in VENDOR.rglob("*") if p.is_file()}
    assert present == listed


def test_no_rijkshuisstijl_assets_bundled() -> None:
    """The issue forbids bundling the Rijkshuisstijl logo or fonts; we bundle no fonts at all."""
    for path in VENDOR.rglob("*"):
        assert path.suffix.lower() not in {".woff", ".woff2", ".ttf", ".otf", ".svg", ".png"}
        assert "rijkshuisstijl" not in path.as_posix().lower()
