# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Regular expressions compiled once per installation, not once per process.

meedoen compiles about 800 patterns at import; Python parses and compiles each
in pure Python, which is half of the cold start of ``meedoen check``. The
compiled form (the code that ``_sre`` runs) depends only on the pattern, its
flags and the Python version. :func:`compile` keeps it in a file next to the
byte code (``meedoen/core/__pycache__``), as Python does for modules, and
builds the pattern from it with ``_sre.compile`` the next time. See
docs/adr/0010-regex-code-cache.md.

The result is an ordinary :class:`re.Pattern`, equal (``==``, which compares the
code) to what :func:`re.compile` returns; an entry is only kept after that check.
Anything unexpected (another Python, an unreadable or damaged file, a read-only
directory) means: compile as usual. Nothing is downloaded and nothing but the
patterns' own text and code is written.
"""

from __future__ import annotations

import _sre
import array
import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

# A file written by another Python or another regular-expression engine is ignored.
VERSION = (tuple(sys.version_info[:3]), _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS)
PATH = Path(__file__).with_name("__pycache__") / f"rx.{sys.implementation.cache_tag}.marshal"
# MEEDOEN_RX_CACHE names another file (for a read-only installation); set empty, it turns the
# cache off.
ENV = "MEEDOEN_RX_CACHE"
# Above this many entries (patterns that changed since the file was written stay in it), the
# file is rewritten with only the patterns this process compiled.
MAX_ENTRIES = 3000

# The code as bytes of unsigned ints: a list of Python ints loads 40 times slower.
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_CODE_TYPE = "I"


class _Cache:
    def __init__(self, path: str | None) -> None:
        self.path = Path(path or PATH)
        self.entries: dict[tuple[str, int], Entry] = {}
        self.enabled = path != "" and array.array(_CODE_TYPE).itemsize == _sre.CODESIZE
        self.dirty = False
        self.loaded = False
        self.hits = self.misses = 0
        self.used: set[tuple[str, int]] = set()

    def load(self) -> None:
        self.loaded = True
        try:
            with open(self.path, "rb") as fh:
                version, entries = marshal.load(fh)
        except (OSError, EOFError, ValueError, TypeError):
            return  # no file yet, or a damaged one: it is rewritten at exit
        if version == VERSION and isinstance(entries, dict):
            self.entries = entries

    def save(self) -> None:
        """Write the file (at exit) when this process compiled patterns it did not hold. Like
        Python's byte code, not with ``PYTHONDONTWRITEBYTECODE``."""
        if not (self.dirty and self.enabled) or sys.dont_write_bytecode:
            return
        entries = dict(self.entries)
        if len(entries) > MAX_ENTRIES:
            entries = {k: v for k, v in entries.items() if k in self.used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".rx-")
            os.chmod(tmp, 0o644)  # readable like the byte code beside it
            with os.fdopen(fd, "wb") as fh:
                marshal.dump((VERSION, entries), fh)
            os.replace(tmp, self.path)
        except (OSError, ValueError, RuntimeError):
            return  # a read-only installation compiles as usual
        self.dirty = False


_cache = _Cache(os.environ.get(ENV))
atexit.register(_cache.save)


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, raw, groups, groupindex, indexgroup = entry
    code = array.array(_CODE_TYPE)
    code.frombytes(raw)
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, code.tolist(), groups, groupindex, indexgroup
    )
    return compiled


def _entry(pattern: str, flags: int) -> Entry:
    """The arguments ``re._compiler.compile`` gives ``_sre.compile`` (Python 3.11–3.13)."""
    parsed = _parser.parse(pattern, flags)
    code = array.array(_CODE_TYPE, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:  # noqa: A001
    """:func:`re.compile`, reading the compiled code from the cache file when it is there."""
    flags = int(flags)
    if not _cache.enabled or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    if not _cache.loaded:
        _cache.load()
    key = (pattern, flags)
    _cache.used.add(key)
    cached = _cache.entries.get(key)
    if cached is not None:
        try:
            compiled = _build(pattern, cached)
            _cache.hits += 1
            return compiled
        except (TypeError, ValueError, RuntimeError):
            _cache.entries.pop(key, None)  # not what this Python expects: compile anew
    compiled = re.compile(pattern, flags)
    _cache.misses += 1
    if not sys.dont_write_bytecode:
        try:
            entry = _entry(pattern, flags)
            same = _build(pattern, entry) == compiled  # compares flags, text and code
        except Exception:  # noqa: BLE001 (internals of another Python: stop caching)
            same = False
        if not same:
            _cache.enabled = False
            return compiled
        _cache.entries[key] = entry
        _cache.dirty = True
    return compiled


def stats() -> dict[str, Any]:
    """For tests and ``bench``: where the cache lives and what it holds."""
    c = _cache
    return {
        "path": str(c.path), "enabled": c.enabled, "entries": len(c.entries),
        "hits": c.hits, "misses": c.misses,
    }  # fmt: skip
