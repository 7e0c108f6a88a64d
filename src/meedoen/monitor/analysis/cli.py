# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``meedoen monitor analyse --jsonl IN``: the per-post analysis as a stream.

Input: one JSON object per line, ``{"id": …, "text": "…"}`` (a file, or ``-``
for stdin). Output: one JSON line per input line, in order, flushed at once::

    {"id": …, "lang": "nl", "sentiment": "positief|neutraal|negatief",
     "sentiment_score": 0.35, "claim": false, "toon": false}

A bad line (invalid JSON or UTF-8, not an object, ``text`` missing or not a
string, too long) gives ``{"id": …, "line": N, "error": "<Dutch message>"}``
and the run goes on; empty lines are skipped. Exit 0 when every line was
handled, also with per-line errors; 65 when the input cannot be read at all
(missing file, a directory, binary data, UTF-16, or not one line of UTF-8).

``meedoen.cli.monitor_cmd`` registers the sub-command and calls
:func:`add_arguments` and :func:`run`; this module does not import meedoen.cli.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO

EXIT_OK = 0
EXIT_DATAERR = 65  # sysexits EX_DATAERR, as everywhere in meedoen
MAX_CHARS = 100_000  # the engine's limit for one post
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"%PDF")


DESCRIPTION = """\
Analyseert berichten één voor één: taal (lingua), sentiment (Pattern-lexicon
met ontkenning en versterkers), check-waardige claim en toon (de toon-detector
van meedoen). Leest JSONL met per regel {"id": …, "text": "…"} en schrijft per
regel {"id", "lang", "sentiment", "sentiment_score", "claim", "toon"} naar
stdout, direct na elk bericht. Zo kun je de analyse meten op je eigen
gelabelde berichten. Een kapotte regel geeft {"id", "line", "error"} en de
rest gaat door. Metingen: docs/evaluation-analysis.md."""

EPILOG = """\
voorbeelden:
  meedoen monitor analyse --jsonl berichten.jsonl > analyse.jsonl
  echo '{"id": 1, "text": "Wat een goed plan!"}' | meedoen monitor analyse --jsonl -

afsluitcodes: 0 alle regels verwerkt (ook met fouten per regel), 65 invoer onleesbaar."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = DESCRIPTION
    parser.epilog = EPILOG
    parser.add_argument(
        "--jsonl",
        required=True,
        metavar="PAD",
        help='JSONL-invoer, een bestand of - voor stdin; per regel {"id": …, "text": "…"}',
    )
    parser.add_argument(
        "--sentiment",
        metavar="NAAM",
        default=None,
        help="sentimentmodel uit het register (standaard: pattern-nl)",
    )


class _UnreadableError(Exception):
    """The whole input cannot be read; the message is Dutch."""


def _check_head(head: bytes) -> None:
    if head.startswith(_UTF16_BOMS):
        raise _UnreadableError("de invoer is UTF-16; sla het bestand op als UTF-8")
    if head.startswith(_MAGIC) or b"\x00" in head:
        raise _UnreadableError("de invoer is binair, geen JSONL-tekst")


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    peek = getattr(stream, "peek", None)
    if peek is not None:  # what is buffered already; never waits for more
        _check_head(peek(8192)[:8192])
    first = True
    for raw in stream:
        if first:
            first = False
            _check_head(raw[:8192])
            if raw.startswith(_BOM):
                raw = raw[len(_BOM) :]
        yield raw


def _error(ident: Any, line: int, message: str) -> dict[str, Any]:
    return {"id": ident, "line": line, "error": message}


def process_line(raw: bytes, line: int, sentiment: str | None = None) -> dict[str, Any] | None:
    """The output object for one input line (``None`` for an empty line)."""
    from meedoen.monitor.analysis import analyse

    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _error(None, line, f"regel {line} is geen geldige UTF-8 (byte {exc.start + 1})")
    if not decoded.strip():
        return None
    try:
        obj = json.loads(decoded)
    except (ValueError, RecursionError) as exc:
        where = f"kolom {exc.colno}" if isinstance(exc, json.JSONDecodeError) else "te diep genest"
        return _error(None, line, f"regel {line} is geen geldige JSON ({where})")
    if not isinstance(obj, dict):
        return _error(None, line, f'regel {line} is geen JSON-object met "id" en "text"')
    ident = obj.get("id")
    text = obj.get("text")
    if "text" not in obj:
        return _error(ident, line, 'het veld "text" ontbreekt')
    if not isinstance(text, str):
        kind = "leeg (null)" if text is None else f"geen tekst maar {type(text).__name__}"
        return _error(ident, line, f'het veld "text" is {kind}')
    if len(text) > MAX_CHARS:
        return _error(
            ident, line, f"de tekst is te lang ({len(text)} tekens, maximaal {MAX_CHARS})"
        )
    try:
        result = analyse(text, sentiment=sentiment)
    except Exception as exc:  # one post must not stop the stream
        return _error(
            ident, line, f"analyse mislukt door een fout in meedoen ({type(exc).__name__})"
        )
    return {"id": ident, **result}


def _write(out: Any, obj: dict[str, Any]) -> None:
    data = json.dumps(obj, ensure_ascii=False) + "\n"
    try:
        encoded = data.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate in the id: escape it, as JSON allows
        data = json.dumps(obj) + "\n"
        encoded = data.encode("ascii")
    buf = getattr(out, "buffer", None)
    if buf is not None:
        out.flush()
        buf.write(encoded)
        buf.flush()
    else:
        out.write(data)
        out.flush()


def run(args: argparse.Namespace) -> int:
    """Stream the analysis of ``args.jsonl`` to stdout; 0, or 65 when unreadable."""
    path = args.jsonl
    sentiment = getattr(args, "sentiment", None)
    if sentiment is not None:
        from meedoen.monitor.analysis.sentiment import sentiment_analysers

        if sentiment not in sentiment_analysers:
            known = ", ".join(sentiment_analysers.names())
            sys.stderr.write(f"meedoen: onbekend sentimentmodel '{sentiment}' (bekend: {known})\n")
            return EXIT_DATAERR
    try:
        if path == "-":
            stream: BinaryIO = sys.stdin.buffer
            return _stream(stream, sentiment)
        with open(path, "rb") as fh:
            return _stream(fh, sentiment)
    except _UnreadableError as exc:
        sys.stderr.write(f"meedoen: kan de invoer niet lezen: {exc}.\n")
    except IsADirectoryError:
        sys.stderr.write(f"meedoen: kan de invoer niet lezen: {path} is een map.\n")
    except FileNotFoundError:
        sys.stderr.write(f"meedoen: kan de invoer niet lezen: {path} bestaat niet.\n")
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        _silence_stdout()
        return EXIT_OK
    except PermissionError:
        sys.stderr.write(f"meedoen: kan de invoer niet lezen: geen leesrechten op {path}.\n")
    except OSError as exc:
        sys.stderr.write(f"meedoen: kan de invoer niet lezen: {exc.strerror or exc}.\n")
    return EXIT_DATAERR


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the final flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _stream(stream: BinaryIO, sentiment: str | None) -> int:
    total = unreadable = 0
    for n, raw in enumerate(_lines(stream), start=1):
        obj = process_line(raw, n, sentiment)
        if obj is None:
            continue
        total += 1
        if "error" in obj and "geen geldige UTF-8" in obj["error"]:
            unreadable += 1
        _write(sys.stdout, obj)
    if total and unreadable == total:
        raise _UnreadableError("geen enkele regel is geldige UTF-8")
    return EXIT_OK
