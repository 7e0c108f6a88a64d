# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Reading the author's input: post text, profile and context files, stdin.

Every failure becomes an :class:`InputError` or :class:`ConfigError` with a
stable code and a Dutch message; nothing here ends in a traceback. Bytes are
decoded strictly as UTF-8 (a byte-order mark is accepted and dropped), so a
file in another encoding is reported instead of silently garbled.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO

from meedoen.core.errors import ConfigError, Errors, InputError, kind_of

BOM = b"\xef\xbb\xbf"

# Never read more than this from one file or stdin: a larger input is refused
# (E102) before it is decoded, so a huge file cannot exhaust memory.
READ_LIMIT = 16 * 1024 * 1024

# File signatures of common binary formats (only those with bytes that plain text never has).
_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\x1f\x8b",  # gzip
    b"\x7fELF",
    b"MZ\x90\x00",
    b"\xd0\xcf\x11\xe0",  # old MS Office
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CONTROL_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 32))


def looks_binary(data: bytes) -> bool:
    """True for data that is clearly not text: NUL bytes or a known file signature."""
    head = data[:8192]
    return b"\x00" in head or head.startswith(_MAGIC)


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM); binary data gives E104, bad bytes E103."""
    if data.startswith(BOM):
        data = data[len(BOM) :]
    if data.startswith(_UTF16_BOMS):  # UTF-16 text: say which encoding to use
        raise InputError(Errors.E103, position=0)
    if looks_binary(data):
        raise InputError(Errors.E104)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        head = data[:8192]
        if sum(b in _CONTROL_BYTES for b in head) * 20 > len(head):
            raise InputError(Errors.E104) from None
        raise InputError(Errors.E103, position=exc.start) from None


def read_limited(stream: BinaryIO) -> bytes:
    """Read a whole stream, refusing more than :data:`READ_LIMIT` bytes (E102)."""
    data = stream.read(READ_LIMIT + 1)
    if len(data) > READ_LIMIT:
        from meedoen.core.assessment.engine import MAX_CHARS

        # UTF-8 uses at most four bytes per character.
        raise InputError(
            Errors.E102, length=f"meer dan {READ_LIMIT // 4:_}".replace("_", "."), limit=MAX_CHARS
        )
    return data


def read_bytes(path: str | Path) -> bytes:
    """Read a file (``-`` is stdin) as bytes; a missing file gives E205."""
    if str(path) == "-":
        return read_stdin_bytes()
    p = Path(path)
    try:
        with p.open("rb") as fh:
            return read_limited(fh)
    except OSError:
        raise InputError(Errors.E205, path=str(path)) from None


def read_stdin_bytes() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # stdin replaced by a text stream (tests, embedding)
        return (sys.stdin.read() if sys.stdin else "").encode("utf-8", "surrogatepass")
    return read_limited(stream)


def read_text(path: str | Path) -> str:
    """The text of a post from a file or stdin (``-``)."""
    return decode(read_bytes(path))


def parse_yaml(text: str, path: str) -> Any:
    """Parse YAML safely; syntax errors give E203 with the line and column."""
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"regel {mark.line + 1}, kolom {mark.column + 1}" if mark else "onbekende plek"
        raise ConfigError(Errors.E203, path=path, detail=f"syntaxfout op {where}") from None
    except yaml.YAMLError:
        raise ConfigError(Errors.E203, path=path, detail="geen geldige YAML") from None
    except (RecursionError, ValueError, OverflowError):
        raise ConfigError(
            Errors.E203, path=path, detail="de structuur is te diep of ongeldig"
        ) from None


def _has_cycle(value: Any, path: set[int] | None = None, depth: int = 0) -> bool:
    """True when a YAML alias makes the structure contain itself (or it is absurdly deep)."""
    if not isinstance(value, dict | list):
        return False
    if depth > 200:
        return True
    path = path or set()
    if id(value) in path:
        return True
    path.add(id(value))
    children = value.values() if isinstance(value, dict) else value
    found = any(_has_cycle(child, path, depth + 1) for child in children)
    path.discard(id(value))
    return found


def json_detail(exc: json.JSONDecodeError) -> str:
    """A Dutch description of a JSON syntax error."""
    return f"ongeldige JSON op regel {exc.lineno}, kolom {exc.colno}"


def read_mapping(path: str | Path) -> dict[str, Any]:
    """Read a profile, context or example file: YAML (JSON is accepted too).

    The file must hold a mapping; an empty file is an empty mapping.
    """
    name = str(path)
    text = read_text(path)
    if name.lower().endswith(".json"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(Errors.E204, detail=f"'{name}': {json_detail(exc)}") from None
        except RecursionError:
            raise ConfigError(Errors.E204, detail=f"'{name}': te diep genest") from None
    else:
        data = parse_yaml(text, name)
        if _has_cycle(data):
            raise ConfigError(
                Errors.E203,
                path=name,
                detail="een anker verwijst naar zichzelf of is te diep genest",
            )
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(Errors.E206, path=name, kind=kind_of(data))
    return data


def argv_text(text: str) -> str:
    """Text from the command line; undecodable bytes arrive as lone surrogates (E103)."""
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        return decode(os.fsencode(text))
    return text


def load_profile_context(
    args: argparse.Namespace,
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Profile and context dicts from files and flags (flags win over the file)."""
    profile = read_mapping(args.profile) if args.profile else None
    context: dict[str, Any] | None = read_mapping(args.context) if args.context else None
    flags = {
        "channel": args.channel,
        "audience": args.audience,
        "capacity": args.capacity,
        "date": args.date.isoformat() if args.date else None,
        "followers": args.followers,
    }
    flags = {k: v for k, v in flags.items() if v is not None}
    if flags:
        context = {**(context or {}), **flags}
    return profile, context


def utf8_stdout() -> None:
    """JSON and reports are UTF-8, whatever the locale says."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8", errors="backslashreplace")


def dumps(data: Any, indent: int | None = None) -> str:
    """JSON as UTF-8 text; falls back to ASCII escapes when the text holds lone surrogates."""
    s = json.dumps(data, ensure_ascii=False, indent=indent)
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        s = json.dumps(data, ensure_ascii=True, indent=indent)
    return s
