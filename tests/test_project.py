# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Project promises that are easy to break silently: layering, headers, docs, contracts."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from meedoen.core.categories import CATEGORIES
from meedoen.core.codex import builtin_codex
from meedoen.core.detectors import load_detectors
from meedoen.core.detectors.registry import BUILTIN_MODULES

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "meedoen"
PY_DIRS = [ROOT / d for d in ("src", "tests", "eval", "bench", "tools")]
FORBIDDEN_IN_CORE = (
    "meedoen.cli",
    "meedoen.web",
    "meedoen.monitor",
    "django",
    "socket",
    "urllib",
    "http",
    "requests",
    "httpx",
    "aiohttp",
)


def python_files() -> list[Path]:
    return sorted(p for d in PY_DIRS if d.is_dir() for p in d.rglob("*.py"))


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_spdx_header(path: Path) -> None:
    head = path.read_text(encoding="utf-8").splitlines()[:3]
    assert "# SPDX-License-Identifier: EUPL-1.2" in head


@pytest.mark.parametrize(
    "path", sorted((SRC / "core").rglob("*.py")), ids=lambda p: str(p.relative_to(SRC))
)
def test_core_imports_point_down_and_never_to_the_network(path: Path) -> None:
    bad = [
        m
        for m in imported_modules(path)
        for f in FORBIDDEN_IN_CORE
        if m == f or m.startswith(f + ".")
    ]
    assert not bad, f"{path} imports {bad}"


# Layers below the command line never import it; monitor never imports web.
FORBIDDEN_IN_LAYER = {"monitor": ("meedoen.cli", "meedoen.web"), "web": ("meedoen.cli",)}


@pytest.mark.parametrize(
    "layer,path",
    [(layer, p) for layer in FORBIDDEN_IN_LAYER for p in sorted((SRC / layer).rglob("*.py"))],
    ids=lambda v: str(v.relative_to(SRC)) if isinstance(v, Path) else v,
)
def test_monitor_and_web_imports_point_down(layer: str, path: Path) -> None:
    bad = [
        m
        for m in imported_modules(path)
        for f in FORBIDDEN_IN_LAYER[layer]
        if m == f or m.startswith(f + ".")
    ]
    assert not bad, f"{path} imports {bad}"


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_over_400_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400


def test_generated_docs_are_current() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "generate_docs", ROOT / "tools" / "generate_docs.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for rel, make in module.OUTPUTS.items():
        assert (ROOT / rel).read_text(encoding="utf-8") == make(), (
            f"{rel} is stale: run tools/generate_docs.py"
        )


def test_readme_has_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    assert "Snel aan de slag" in readme


def test_publiccode_and_changelog() -> None:
    data = yaml.safe_load((ROOT / "publiccode.yml").read_text(encoding="utf-8"))
    assert data["legal"]["license"] == "EUPL-1.2"
    assert data["name"] == "meedoen"
    assert "## [Unreleased]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert (
        (ROOT / "LICENSE")
        .read_text(encoding="utf-8")
        .startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    )


def test_every_builtin_module_is_loaded_and_every_category_is_covered() -> None:
    registry = load_detectors()
    modules = {cls.__module__ for cls in registry}
    assert modules == set(BUILTIN_MODULES)
    assert {cls.category for cls in registry} == set(CATEGORIES)


def test_every_detector_rule_exists_in_the_codex() -> None:
    codex = builtin_codex()
    missing = [(cls.name, cls.rule) for cls in load_detectors() if cls.rule not in codex]
    assert not missing


def test_detector_names_are_versioned_and_unique() -> None:
    names = [cls.name for cls in load_detectors()]
    assert len(names) == len(set(names))
    assert all(n.rsplit(".", 1)[-1].startswith("v") for n in names)
