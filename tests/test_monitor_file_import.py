# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""File import of JSONL/CSV exports (4CAT, Coosto-style, custom mapping).

Offline by construction; the socket guard makes sure of it.
"""

from __future__ import annotations

import ipaddress
import socket
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from meedoen.monitor.sources import SourceError, create_source
from meedoen.monitor.sources.file_import import FileImportError, FileImportSource
from meedoen.monitor.sources.file_mapping import PRESETS, load_mapping

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "monitor" / "import"


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0])
            if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
                raise ConnectionRefusedError(f"test guard: no connection to {address!r}")
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


def all_of(source: FileImportSource, limit: int = 1000) -> tuple[list, list[str]]:
    posts, notices = [], []
    for batch in source.batches(limit=limit):
        posts.extend(batch.posts)
        notices.extend(batch.notices)
    return posts, notices


def test_4cat_csv_preset_with_bad_rows_reported_in_dutch() -> None:
    source = create_source("import", path=FIXTURES / "4cat_bluesky.csv", mapping="4cat-csv")
    posts, notices = all_of(source)
    assert len(posts) == 3
    multiline = posts[1]
    assert multiline.text.startswith('Wie weet waar de "stikstofkaarten" staan?\nIk kan')
    assert multiline.in_reply_to.endswith("3mbxr2aa7c22k")
    assert posts[0].metrics == {"likes": 14, "reposts": 3, "replies": 1, "quotes": 0}
    assert posts[2].metrics["likes"] == 1234  # Dutch thousands separator
    assert posts[0].published_at == datetime(2026, 11, 28, 10, 20, 11, 482000, tzinfo=UTC)
    assert [n.split(" ")[1] for n in notices] == ["5", "6", "7", "8"]
    assert "datum/tijd ontbreekt" in notices[0] and "tekst ontbreekt" in notices[1]
    assert "'gisteren' niet herkend" in notices[2] and "velden in plaats van 25" in notices[3]
    assert all(n.startswith("Regel ") and "overgeslagen" in n for n in notices)
    assert source.rows_read == 7 and source.rows_skipped == 4


def test_4cat_ndjson_preset_and_resumable_cursor() -> None:
    source = FileImportSource(FIXTURES / "4cat.ndjson")  # format and preset from the suffix
    first = source.fetch(None, limit=2)
    assert first.more and [p.source_id for p in first.posts][-1].endswith("425")
    assert first.posts[0].metrics == {"likes": 12, "reposts": 3, "replies": 1, "views": 2301}
    assert (
        first.posts[0].published_at.tzinfo is UTC
        or first.posts[0].published_at.utcoffset().total_seconds() == 0
    )
    rest, notices = [], []
    cursor = first.cursor
    while True:
        batch = source.fetch(cursor, limit=2)
        rest += batch.posts
        notices += batch.notices
        cursor = batch.cursor
        if not batch.more:
            break
    assert [p.author_handle for p in rest] == ["unix"]
    assert rest[0].published_at == datetime.fromtimestamp(1795856700, UTC)
    assert [n.split(" ")[1] for n in notices] == ["3", "4", "5", "7"]
    assert "geen geldige JSON" in notices[0] and "geen JSON-object" in notices[1]
    assert "id ontbreekt" in notices[2]


def test_coosto_like_csv_with_bom_semicolons_and_dutch_time() -> None:
    posts, notices = all_of(FileImportSource(FIXTURES / "coosto.csv", mapping="coosto-csv"))
    assert len(posts) == 4 and len(notices) == 1 and notices[0].startswith("Regel 5 ")
    assert posts[0].source_id == "https://www.facebook.com/example/posts/1001"
    assert posts[0].published_at.isoformat() == "2026-11-28T09:15:00+01:00"
    assert posts[1].text == "Het debat; live te volgen via de site"
    assert posts[0].metrics == {"reach": 1250, "engagement": 14}
    assert "sentiment" not in posts[0].metrics  # their sentiment is not ours


def test_custom_mapping_from_yaml_and_dict() -> None:
    posts, notices = all_of(
        FileImportSource(FIXTURES / "custom_tool.csv", mapping=FIXTURES / "custom_tool.yaml")
    )
    assert [p.source_id for p in posts] == ["a-1", "a-2"] and notices[0].startswith("Regel 4 ")
    assert posts[0].published_at.isoformat() == "2026-11-28T09:05:00+01:00"
    mapping = load_mapping({"preset": "4cat-csv", "fields": {"text": ["body", "content"]}})
    assert mapping.fields["text"] == ("body", "content") and mapping.timezone == "UTC"
    with pytest.raises(SourceError, match="onbekende velden"):
        load_mapping({"fields": {"biografie": "bio"}})
    with pytest.raises(SourceError, match="onvolledig"):
        load_mapping({"fields": {"text": "body"}})


def test_missing_columns_are_a_clear_dutch_error() -> None:
    with pytest.raises(FileImportError, match="mist kolommen") as err:
        FileImportSource(FIXTURES / "custom_tool.csv", mapping="4cat-csv").fetch(None)
    assert "Gevonden kolommen: post_id" in err.value.message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00binary", "zip- of Excel"),
        (b"id,body\n1,\x00\x00\x00\x01", "binair"),
        (
            "id,body,timestamp\n1,café,2026-11-28\n".encode("latin-1"),
            "Regel 2 .* geen geldige UTF-8",
        ),
    ],
)
def test_binary_and_non_utf8_files_stop_with_dutch_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(FileImportError, match=message):
        FileImportSource(path, mapping="4cat-csv").fetch(None)


def test_100k_row_file_streams_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("id,timestamp,author,body,link,like_count\n")
        for i in range(100_000):
            fh.write(
                f"{i},2026-11-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:00,user{i % 997},"
                f'"Bericht {i} over stikstof, natuur en ""beleid"" in de provincie",'
                f"https://example.nl/p/{i},{i % 50}\n"
            )
    size = path.stat().st_size
    source = FileImportSource(path, mapping="4cat-csv")
    tracemalloc.start()
    count = skipped = 0
    for batch in source.batches(limit=2000):
        count += len(batch.posts)
        skipped += len(batch.notices)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 100_000 and skipped == 0
    assert size > 10_000_000
    assert peak < 8_000_000, f"peak {peak} bytes for a {size}-byte file: not streaming"


def test_presets_are_documented() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "monitoring-sources.md").read_text(
        "utf-8"
    )
    for name in PRESETS:
        assert f"`{name}`" in doc
