# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""LinkedIn archive: ``Shares.csv``.

Columns ``Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl, Visibility``;
the commentary may span several lines inside quotes.
"""

from __future__ import annotations

import csv
import io

from meedoen.cli.archive.common import ArchivePost, NotThisFormatError

NAME = "LinkedIn (Shares.csv)"
TEXT_COLUMN = "ShareCommentary"


def sniff(text: str) -> bool:
    first = text.lstrip()[:1000].split("\n", 1)[0]
    return TEXT_COLUMN in first


def parse(text: str) -> list[ArchivePost]:
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(old_limit, 16 * 1024 * 1024))
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames or TEXT_COLUMN not in [f.strip() for f in reader.fieldnames]:
            raise NotThisFormatError("Shares.csv has no ShareCommentary column")
        posts = []
        for n, row in enumerate(reader, 1):
            row = {(k or "").strip(): v for k, v in row.items()}
            body = row.get(TEXT_COLUMN)
            if not isinstance(body, str) or not body.strip():
                continue
            raw_date = (row.get("Date") or "").strip()
            date = raw_date[:10] if len(raw_date) >= 10 and raw_date[4:5] == "-" else None
            link = (row.get("ShareLink") or "").strip() or None
            posts.append(ArchivePost(id=link or str(n), date=date, text=body, url=link))
        return posts
    except csv.Error as exc:
        raise NotThisFormatError(f"Shares.csv is not valid CSV: {exc}") from exc
    finally:
        csv.field_size_limit(old_limit)
