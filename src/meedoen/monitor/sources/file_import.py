# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Import of JSONL/NDJSON and CSV exports from other tools (4CAT, Coosto-style CSV).

Streaming: the file is read line by line from a byte offset; a call returns at
most ``limit`` rows, and the cursor (byte offset + line number) lets the next
call continue, so a 100,000-line file never sits in memory and an interrupted
import resumes where it stopped.

Robust: a bad row (invalid JSON, missing id/text/date, unreadable date, wrong
number of CSV fields, a line over :data:`MAX_LINE` bytes) is skipped and
reported in Dutch with its line number in :attr:`FetchResult.notices`; it is
never fatal. A file that is not UTF-8 text (binary, Excel, Latin-1) stops the
import with a clear Dutch :class:`FileImportError`, naming the line.

CSV follows RFC 4180 (quoted fields may contain the delimiter, quotes and
newlines); the delimiter is taken from the mapping or detected from the header.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from meedoen.monitor.sources.base import (
    DEFAULT_LIMIT,
    FetchResult,
    RawPost,
    Source,
    SourceError,
    dump_cursor,
    load_cursor,
)
from meedoen.monitor.sources.file_mapping import (
    FIELD_NAMES_NL,
    PRESETS,
    REQUIRED,
    ColumnMapping,
    load_mapping,
)
from meedoen.monitor.sources.registry import register

MAX_LINE = 1024 * 1024  # bytes; a longer physical line is a bad row
_MAGIC = {b"PK\x03\x04": "een zip- of Excel-bestand (.xlsx)", b"\x1f\x8b": "een gzip-archief",
          b"%PDF": "een PDF-bestand", b"\xd0\xcf\x11\xe0": "een oud Excel/Word-bestand (.xls)"}  # fmt: skip
_THOUSANDS = re.compile(r"^\d{1,3}([.,]\d{3})+$")


class FileImportError(SourceError):
    """The file as a whole cannot be imported (not text, not UTF-8, wrong columns)."""


class _BadRowError(Exception):
    pass


@register
class FileImportSource(Source):
    """One export file (JSONL/NDJSON or CSV) with a column mapping."""

    name = "import"
    description = "Bestand importeren: JSONL- of CSV-export van een ander hulpmiddel (4CAT, Coosto)"

    def __init__(
        self,
        path: str | Path,
        *,
        mapping: ColumnMapping | Mapping[str, Any] | str | Path | None = None,
        format: str | None = None,  # noqa: A002 - "jsonl" or "csv"; None = from the suffix
    ) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise FileImportError(f"Het bestand '{self.path}' bestaat niet of is niet leesbaar.")
        self.format = (format or self._guess_format()).lower()
        if self.format not in ("jsonl", "csv"):
            raise FileImportError(f"Onbekend formaat '{self.format}'; kies 'jsonl' of 'csv'.")
        default = "4cat-ndjson" if self.format == "jsonl" else "4cat-csv"
        self.mapping = load_mapping(mapping) or PRESETS[default]
        self._zone = self.mapping.zone
        self.rows_read = 0
        self.rows_skipped = 0

    def _guess_format(self) -> str:
        suffix = self.path.suffix.lower()
        if suffix in (".jsonl", ".ndjson", ".json"):
            return "jsonl"
        if suffix in (".csv", ".tsv", ".txt"):
            return "csv"
        with self.path.open("rb") as fh:
            head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        return "jsonl" if head.startswith(b"{") else "csv"

    # -- reading --------------------------------------------------------------------

    def _check_text(self, fh: IO[bytes]) -> None:
        head = fh.read(8192)
        fh.seek(0)
        for magic, what in _MAGIC.items():
            if head.startswith(magic):
                raise FileImportError(
                    f"'{self.path.name}' is {what}, geen tekstbestand. "
                    "Exporteer als CSV (UTF-8) of JSONL en probeer het opnieuw."
                )
        if b"\x00" in head:
            raise FileImportError(
                f"'{self.path.name}' lijkt binair (bevat NUL-bytes), geen tekst. "
                "Geef een CSV- (UTF-8) of JSONL-bestand op."
            )

    def _decode(self, raw: bytes, line: int) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as err:
            raise FileImportError(
                f"Regel {line} van '{self.path.name}' is geen geldige UTF-8-tekst (byte "
                f"{err.start + 1} van die regel). Sla het bestand op als UTF-8 (in Excel: "
                "'CSV UTF-8') en importeer opnieuw; er is vanaf deze regel niets ingelezen."
            ) from None

    def _records(self, fh: IO[bytes], line: int) -> Iterator[tuple[int, str | None, int, int]]:
        """``(first line, text or None if too long, end offset, last line)`` per record."""
        quoted = self.format == "csv"
        while True:
            raw = fh.readline(MAX_LINE + 1)
            if not raw:
                return
            line += 1
            first = line
            if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):
                    raw = fh.readline(MAX_LINE + 1)
                yield first, None, fh.tell(), line
                continue
            text = self._decode(raw, line)
            if first == 1:
                text = text.removeprefix("\ufeff")
            while quoted and text.count('"') % 2:
                more = fh.readline(MAX_LINE + 1)
                if not more:
                    break
                line += 1
                text += self._decode(more, line)
            yield first, text, fh.tell(), line

    def _header(self, fh: IO[bytes]) -> tuple[list[str], str, int, int]:
        for _first, text, offset, line in self._records(fh, 0):
            if text is None or not text.strip():
                continue
            delimiter = self.mapping.delimiter or _sniff(text)
            header = next(csv.reader([text], delimiter=delimiter))
            header = [h.strip() for h in header]
            missing = self.mapping.missing_required(set(header))
            if missing:
                raise FileImportError(
                    f"'{self.path.name}' mist kolommen voor "
                    + ", ".join(
                        f"{FIELD_NAMES_NL[f]} (verwacht: {' of '.join(self.mapping.fields.get(f, ()))})"
                        for f in missing
                    )
                    + f". Gevonden kolommen: {', '.join(header)}. Pas de kolomindeling aan."
                )
            return header, delimiter, offset, line
        raise FileImportError(f"'{self.path.name}' is leeg: er is geen kopregel met kolomnamen.")

    def fetch(self, cursor: str | None = None, *, limit: int | None = None) -> FetchResult:
        limit = limit or DEFAULT_LIMIT
        state = load_cursor(cursor)
        posts: list[RawPost] = []
        notices: list[str] = []
        with self.path.open("rb") as fh:
            self._check_text(fh)
            header, delimiter, offset, line = [], ",", 0, 0
            if self.format == "csv":
                header, delimiter, offset, line = self._header(fh)
            offset = int(state.get("offset", offset))
            line = int(state.get("line", line))
            fh.seek(offset)
            rows = 0
            for first, text, end, last in self._records(fh, line):
                offset, line = end, last
                if text is not None and not text.strip():
                    continue
                rows += 1
                self.rows_read += 1
                try:
                    if text is None:
                        raise _BadRowError(f"de regel is langer dan {MAX_LINE // 1024} kB")
                    row = self._row(text, header, delimiter)
                    posts.append(self._post(row))
                except _BadRowError as bad:
                    self.rows_skipped += 1
                    notices.append(f"Regel {first} overgeslagen: {bad}.")
                if rows >= limit:
                    break
            more = bool(fh.read(1))
        return FetchResult(
            posts, dump_cursor({"offset": offset, "line": line}), more, tuple(notices)
        )

    def _row(self, text: str, header: list[str], delimiter: str) -> Mapping[str, Any]:
        if self.format == "jsonl":
            try:
                data = json.loads(text)
            except ValueError as err:
                raise _BadRowError(f"geen geldige JSON ({err.msg}, teken {err.pos + 1})") from None
            if not isinstance(data, dict):
                raise _BadRowError("de regel is geen JSON-object")
            return data
        try:
            values = next(csv.reader([text], delimiter=delimiter, strict=True))
        except csv.Error as err:
            raise _BadRowError(f"ongeldige CSV ({err})") from None
        if len(values) != len(header):
            raise _BadRowError(f"{len(values)} velden in plaats van {len(header)}")
        return dict(zip(header, values, strict=True))

    # -- mapping ----------------------------------------------------------------------

    def _value(self, row: Mapping[str, Any], columns: tuple[str, ...]) -> Any:
        for column in columns:
            value = _lookup(row, column) if self.format == "jsonl" else row.get(column)
            if value not in (None, ""):
                return value
        return None

    def _post(self, row: Mapping[str, Any]) -> RawPost:
        values = {f: self._value(row, cols) for f, cols in self.mapping.fields.items()}
        for field in REQUIRED:
            if values.get(field) is None or not str(values[field]).strip():
                cols = " of ".join(self.mapping.fields.get(field, ()))
                raise _BadRowError(f"{FIELD_NAMES_NL[field]} ontbreekt (kolom {cols})")
        published = self._date(values["published_at"])
        metrics = {}
        for name, cols in self.mapping.metrics.items():
            number = _number(self._value(row, cols))
            if number is not None:
                metrics[name] = number
        return RawPost(
            source=self.name,
            source_id=str(values["source_id"]).strip(),
            url=str(values.get("url") or ""),
            published_at=published,
            text=str(values["text"]),
            author_handle=str(values.get("author_handle") or ""),
            lang_declared=str(values["lang_declared"]) if values.get("lang_declared") else None,
            metrics=metrics,
            in_reply_to=str(values["in_reply_to"]) if values.get("in_reply_to") else None,
        )

    def _date(self, value: Any) -> datetime:
        moment = parse_date(value, self.mapping.date_formats)
        if moment is None:
            raise _BadRowError(f"datum '{str(value)[:40]}' niet herkend")
        return moment if moment.tzinfo else moment.replace(tzinfo=self._zone)


def parse_date(value: Any, formats: tuple[str, ...] = ()) -> datetime | None:
    """ISO 8601, Unix seconds/milliseconds, or one of ``formats``; naive stays naive."""
    if isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit()):
        number = float(value)
        if number > 1e11:  # milliseconds
            number /= 1000
        return datetime.fromtimestamp(number, tz=UTC) if number > 0 else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def _lookup(row: Mapping[str, Any], column: str) -> Any:
    if column in row:
        return row[column]
    value: Any = row
    for part in column.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return value
    text = str(value).strip().replace(" ", "")
    if _THOUSANDS.match(text):
        text = text.replace(".", "").replace(",", "")
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return None
    return int(number) if number.is_integer() else number


def _sniff(header_line: str) -> str:
    try:
        return csv.Sniffer().sniff(header_line, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","
