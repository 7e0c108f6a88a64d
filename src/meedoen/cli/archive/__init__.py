# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Personal archives of past posts: X, Mastodon and LinkedIn exports.

:func:`load_archive` recognises the format by content (and, failing that, by
file name), also inside the ``.zip`` or ``.tar.gz`` export itself, and
returns the posts. An unknown format is error E401.
"""

from __future__ import annotations

import io
import re
import tarfile
import zipfile
from pathlib import Path

from meedoen.cli.archive import linkedin, mastodon, x_tweets
from meedoen.cli.archive.common import ArchivePost, NotThisFormatError
from meedoen.cli.inputs import BOM
from meedoen.core.errors import Errors, InputError

FORMATS = (x_tweets, mastodon, linkedin)
BY_NAME = {
    "tweets.js": x_tweets,
    "tweet.js": x_tweets,
    "outbox.json": mastodon,
    "shares.csv": linkedin,
}
_PART = re.compile(r"-part\d+(?=\.js$)")
# Personal archives can be large; still refuse absurd sizes instead of exhausting memory.
ARCHIVE_LIMIT = 512 * 1024 * 1024

__all__ = ["ArchivePost", "load_archive"]


def _read(path: str) -> bytes:
    try:
        with Path(path).open("rb") as fh:
            data = fh.read(ARCHIVE_LIMIT + 1)
    except OSError:
        raise InputError(Errors.E205, path=path) from None
    if len(data) > ARCHIVE_LIMIT:
        raise InputError(Errors.E401, path=path)
    return data


def _known(member: str) -> str | None:
    """The canonical export name of an archive member, if it is one we read."""
    base = _PART.sub("", member.rsplit("/", 1)[-1].lower())
    return base if base in BY_NAME else None


def _from_container(data: bytes) -> list[tuple[str, bytes]]:
    """The known members of a zip or tar(.gz) export (all parts), as (name, bytes)."""
    found: list[tuple[str, str, bytes]] = []
    try:
        if data.startswith(b"PK"):
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                for info in zf.infolist():
                    base = _known(info.filename)
                    if base and not info.is_dir() and info.file_size <= ARCHIVE_LIMIT:
                        found.append((info.filename, base, zf.read(info)))
        elif data.startswith(b"\x1f\x8b") or data[257:262] == b"ustar":
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tf:
                for member in tf:
                    base = _known(member.name)
                    if base and member.isfile() and member.size <= ARCHIVE_LIMIT:
                        fh = tf.extractfile(member)
                        if fh is not None:
                            found.append((member.name, base, fh.read()))
    except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, ValueError, RuntimeError):
        return []

    def order(item: tuple[str, str, bytes]) -> tuple[str, int]:
        m = re.search(r"-part(\d+)\.js$", item[0].lower())
        return (item[1], int(m.group(1)) if m else 0)

    return [(base, content) for _, base, content in sorted(found, key=order)]


def _parse(name: str, data: bytes) -> tuple[str, list[ArchivePost]] | None:
    if data.startswith(BOM):
        data = data[len(BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    candidates = [fmt for fmt in FORMATS if fmt.sniff(text)]
    if not candidates and name in BY_NAME:
        candidates = [BY_NAME[name]]
    for fmt in candidates:
        try:
            return fmt.NAME, fmt.parse(text)
        except NotThisFormatError:
            continue
    return None


def load_archive(path: str) -> tuple[str, list[ArchivePost]]:
    """Read an archive file; returns (format name, posts)."""
    data = _read(path)
    members = _from_container(data) or [(_known(Path(path).name) or "", data)]
    fmt: str | None = None
    posts: list[ArchivePost] = []
    for name, content in members:
        parsed = _parse(name, content)
        if parsed is None or (fmt is not None and parsed[0] != fmt):
            continue
        fmt = parsed[0]
        posts.extend(parsed[1])
    if fmt is None:
        raise InputError(Errors.E401, path=path)
    return fmt, posts
