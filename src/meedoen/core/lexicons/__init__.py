# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Shipped word lists (lexicons), read once from package data.

Each lexicon lives in its own folder (``opinie/``, ``toon/`` …) with a
``SOURCE.md`` that names its origin and licence. Files are plain UTF-8:
``*.txt`` has one entry per line, ``*.tsv`` has tab-separated columns. Lines
that are empty or start with ``#`` are comments.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["load_lines", "load_tsv"]


def _read(relpath: str) -> str:
    node = resources.files(__name__)
    for part in relpath.split("/"):
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


def _content(relpath: str) -> list[str]:
    lines = []
    for raw in _read(relpath).splitlines():
        line = raw.rstrip("\r\n")
        if line.strip() and not line.lstrip().startswith("#"):
            lines.append(line)
    return lines


@cache
def load_lines(relpath: str) -> tuple[str, ...]:
    """Entries of a one-per-line list (``"toon/scheldwoorden.txt"``), stripped."""
    return tuple(line.strip() for line in _content(relpath))


@cache
def load_tsv(relpath: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file, each a tuple of stripped cells."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _content(relpath))
