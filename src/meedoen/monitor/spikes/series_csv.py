# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Reading a ``timestamp,value`` series row by row, with Dutch error messages.

:func:`open_series` checks the header at once and returns an iterator over
the rows, so a pipe is processed while it is still being written. Every
problem (empty input, binary data, invalid UTF-8, a missing column, a value
that is not a finite number, an unreadable or backward timestamp) raises
:class:`SeriesError`, whose message is one Dutch sentence for the user.
Timestamps are ISO 8601 (``2015-02-26 21:42:53``, ``2015-02-26T21:42:53Z``,
with or without offset, but the same kind throughout the series).
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import NamedTuple

BOM = b"\xef\xbb\xbf"
_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"%PDF")
_CONTROL = frozenset(range(0, 9)) | frozenset(range(14, 32))
REQUIRED = ("timestamp", "value")


class SeriesError(ValueError):
    """Bad series input; ``str(error)`` is a Dutch message for the user."""


class Point(NamedTuple):
    timestamp_text: str
    value_text: str
    timestamp: datetime
    value: float


def _decode(raw: bytes, line_no: int) -> str:
    if b"\x00" in raw or (line_no == 1 and raw.startswith(_MAGIC)):
        raise SeriesError("de invoer lijkt binair (geen tekst); geef een CSV-bestand op.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if sum(b in _CONTROL for b in raw) * 20 > len(raw):
            raise SeriesError(
                "de invoer lijkt binair (geen tekst); geef een CSV-bestand op."
            ) from None
        raise SeriesError(
            f"regel {line_no} is geen geldige UTF-8 (byte {exc.start + 1}); "
            "sla het bestand op als UTF-8."
        ) from None


def _lines(stream: Iterable[bytes]) -> Iterator[tuple[int, list[str]]]:
    """(line number, CSV fields) for every non-blank line."""
    for line_no, raw in enumerate(stream, start=1):
        if line_no == 1 and raw.startswith(BOM):
            raw = raw[len(BOM) :]
        text = _decode(raw, line_no).strip("\r\n")
        if text.strip():
            try:
                fields = next(csv.reader([text]))
            except csv.Error as exc:
                raise SeriesError(f"regel {line_no} is geen geldige CSV ({exc}).") from None
            yield line_no, [f.strip() for f in fields]


def _timestamp(text: str, line_no: int) -> datetime:
    try:
        return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        raise SeriesError(
            f"regel {line_no}: '{text[:40]}' is geen tijdstip "
            "(verwacht ISO 8601, bijvoorbeeld 2015-02-26 21:42:53)."
        ) from None


def _value(text: str, line_no: int) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise SeriesError(f"regel {line_no}: de waarde '{text[:40]}' is geen (eindig) getal.")
    return value


def open_series(stream: Iterable[bytes]) -> Iterator[Point]:
    """Check the header now; return an iterator over the data rows."""
    lines = _lines(stream)
    first = next(lines, None)
    if first is None:
        raise SeriesError("de invoer is leeg; verwacht een CSV met de kolommen timestamp,value.")
    header = [name.lower() for name in first[1]]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise SeriesError(
            f"de kopregel mist de kolom(men) {', '.join(missing)}; "
            "verwacht een CSV met de kolommen timestamp,value."
        )
    return _rows(lines, header.index("timestamp"), header.index("value"))


def _rows(lines: Iterator[tuple[int, list[str]]], ti: int, vi: int) -> Iterator[Point]:
    last: datetime | None = None
    for line_no, fields in lines:
        if len(fields) <= max(ti, vi):
            raise SeriesError(
                f"regel {line_no} heeft te weinig kolommen (verwacht timestamp,value)."
            )
        ts = _timestamp(fields[ti], line_no)
        value = _value(fields[vi], line_no)
        if last is not None:
            if (ts.tzinfo is None) != (last.tzinfo is None):
                raise SeriesError(
                    f"regel {line_no}: tijdstippen met en zonder tijdzone door elkaar."
                )
            if ts < last:
                raise SeriesError(
                    f"regel {line_no}: het tijdstip ligt vóór dat van de vorige regel; "
                    "sorteer de reeks op tijd."
                )
        last = ts
        yield Point(fields[ti], fields[vi], ts, value)
