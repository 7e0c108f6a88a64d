# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Read packs and reference lists from YAML, with Dutch errors instead of tracebacks."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from meedoen.core.codex.models import Pack, ReferenceList
from meedoen.core.codex.yaml_aliases import alias_problem
from meedoen.core.errors import ConfigError, Errors

# The C loader parses the built-in packs several times faster (cold start of
# ``meedoen check``); it is optional in PyYAML, so fall back to the pure-Python one.
YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def describe_validation_error(exc: ValidationError) -> str:
    """All problems of a pydantic error as one Dutch line each."""
    lines = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ())) or "(hoofdniveau)"
        msg = err.get("msg", "")
        kind = err.get("type", "")
        if kind == "extra_forbidden":
            msg = "onbekend veld"
        elif kind == "missing":
            msg = "verplicht veld ontbreekt"
        lines.append(f"{where}: {msg}")
    return "; ".join(lines)


def read_yaml(text: str, path: str) -> Any:
    problem = alias_problem(text, YAML_LOADER)
    if problem is not None:
        raise ConfigError(Errors.E203, path=path, detail=problem)
    try:
        return yaml.load(text, Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"regel {mark.line + 1}, kolom {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(Errors.E203, path=path, detail=f"{where}{problem}") from None
    except (ValueError, OverflowError) as exc:
        # PyYAML turns a plain 2026-02-30 into a date and fails with ValueError.
        raise ConfigError(
            Errors.E203,
            path=path,
            detail=f"ongeldige waarde ({exc}); controleer datums (JJJJ-MM-DD)",
        ) from None
    except RecursionError:
        raise ConfigError(Errors.E203, path=path, detail="te diep geneste structuur") from None


def read_yaml_file(path: str | Path) -> Any:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError:
        raise ConfigError(Errors.E205, path=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            Errors.E203, path=str(path), detail=f"geen UTF-8 (byte {exc.start})"
        ) from None
    if "\x00" in text:
        raise ConfigError(Errors.E203, path=str(path), detail="binaire inhoud")
    return read_yaml(text, str(path))


def parse_pack(data: Any, path: str) -> Pack:
    if not isinstance(data, dict):
        raise ConfigError(Errors.E206, path=path, kind=type(data).__name__)
    try:
        return Pack.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(Errors.E301, path=path, detail=describe_validation_error(exc)) from None


def load_pack(path: str | Path) -> Pack:
    """Load and validate one pack file (built-in or organisation)."""
    return parse_pack(read_yaml_file(path), str(path))


def _package_files(folder: str) -> list[tuple[str, str]]:
    root = resources.files("meedoen.core.codex").joinpath(folder)
    return sorted(
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in root.iterdir()
        if entry.name.endswith(".yaml")
    )


@cache
def builtin_packs() -> tuple[Pack, ...]:
    """The packs shipped with meedoen, in file-name order."""
    return tuple(parse_pack(read_yaml(text, name), name) for name, text in _package_files("packs"))


@cache
def load_reference(name: str) -> ReferenceList:
    """A shipped reference list by name (``partijen``, ``ministeries`` …)."""
    for file_name, text in _package_files("data"):
        if file_name == f"{name}.yaml":
            try:
                return ReferenceList.model_validate(read_yaml(text, file_name))
            except ValidationError as exc:
                raise ConfigError(
                    Errors.E301, path=file_name, detail=describe_validation_error(exc)
                ) from None
    raise ConfigError(Errors.E205, path=f"data/{name}.yaml")


def reference_names() -> list[str]:
    return [name.removesuffix(".yaml") for name, _ in _package_files("data")]
