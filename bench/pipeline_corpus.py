# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Posts for the pipeline benchmark, built in memory from ../shared/data.

The texts are the real posts of :func:`bench.corpus.real_posts` (CheckThat
2022 Dutch tweets and MHC Dutch sentences), reduced to one per near-duplicate
hash, so that no text is dropped as a near-duplicate of another. A stream of
``n`` posts cycles through them; every post has a unique id. Round ``r`` (the
``r``-th pass over the texts) goes to its own dossier: near-duplicate
de-duplication is per dossier, so every matched post is analysed, on exactly
the real text (no text is changed to make it unique).

The dossier query is a topic query that covers both corpora (corona and
discrimination of groups), so most posts match and run the analysis.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench import corpus
from meedoen.monitor.pipeline import text_hash
from meedoen.monitor.privacy.settings import DossierSettings, Query
from meedoen.monitor.sources.base import RawPost

BATCH = 1000  # as `meedoen monitor run`/`import` (meedoen.web.luisteren.collect.LIMIT)
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
SECRET = b"bench-pipeline-secret-0123456789"
KEYWORDS = (
    "corona*",
    "covid*",
    "virus*",
    "vaccin*",
    "rivm",
    "ggd",
    "lockdown",
    "mondkap*",
    "besmet*",
    "maatregel*",
    "ziekenhui*",
    "test*",
    "quarantaine",
    "avondklok",
    "zorg*",
    "vrouwen",
    "moslims",
    "transgenders",
    "homoseksuelen",
    "gehandicapten",
    "immigranten",
    "zwarte",
)
QUERY = Query(keywords=KEYWORDS, hashtags=("coronavirus",), exclusions=("reclame",))


def texts(data: Path) -> list[str]:
    """The real posts, one per near-duplicate hash (and none that normalise to nothing)."""
    seen: set[str] = set()
    out: list[str] = []
    for t in corpus.real_posts(data):
        h = text_hash(t)
        if h and h not in seen:
            seen.add(h)
            out.append(t)
    return out


def dossier(ident: str) -> DossierSettings:
    today = date.today()
    return DossierSettings(
        id=ident,
        name=f"Benchmark {ident}",
        owner="Team benchmark",
        purpose="Doorvoer van de verwerkingsketen meten",
        legal_basis="Benchmark op openbare onderzoeksdata",
        end_date=today + timedelta(days=30),
        start_date=today - timedelta(days=1),
        query=QUERY,
    )


def raw_post(i: int, text: str) -> RawPost:
    return RawPost(
        source="bench",
        source_id=f"post-{i}",
        url=f"https://example.org/bericht/{i}",
        published_at=START + timedelta(seconds=7 * i),
        text=text,
        author_handle=f"account{i % 4999}",
        metrics={"likes": float(i % 13)},
        in_reply_to=f"post-{i - 1}" if i % 5 == 0 and i else None,
    )


def batches(pool: list[str], n: int, batch: int = BATCH) -> Iterator[tuple[int, list[RawPost]]]:
    """(round, posts) for ``n`` posts; a batch never spans two rounds."""
    size = len(pool)
    i = 0
    while i < n:
        rnd, pos = divmod(i, size)
        take = min(batch, size - pos, n - i)
        yield rnd, [raw_post(i + k, pool[pos + k]) for k in range(take)]
        i += take


def round_dossier(base: DossierSettings, rnd: int) -> DossierSettings:
    return replace(base, id=f"{base.id}-{rnd}")


def write_import(pool: list[str], path: Path, n: int) -> dict[str, Any]:
    """A 4CAT-style NDJSON export of ``n`` lines. Texts are unique per line: line ``i``
    of pass 0 is real post ``i``; later passes join two real posts (a quote post)."""
    size = len(pool)
    total_len = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rnd, pos = divmod(i, size)
            text = pool[pos]
            if rnd:
                text = f"{text} {pool[(pos * 7 + rnd) % size]}"
            total_len += len(text)
            row = {
                "id": f"imp-{i}",
                "body": text,
                "timestamp": (START + timedelta(seconds=7 * i)).strftime("%Y-%m-%d %H:%M:%S"),
                "author": f"account{i % 4999}",
                "url": f"https://example.org/bericht/{i}",
                "like_count": i % 13,
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {"lines": n, "mean_chars": total_len / n if n else 0.0}
