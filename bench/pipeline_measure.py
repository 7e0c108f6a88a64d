# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Measurements of the ingest pipeline: throughput, cost per stage, memory over a replay.

Only :func:`meedoen.monitor.pipeline.ingest` calls are timed; building the
:class:`RawPost` objects (the source's work) is not. Measures; never asserts.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from bench import pipeline_corpus as pc
from bench.pipeline_stores import CountingStore, TimedStore
from meedoen.monitor.pipeline import ingest
from meedoen.monitor.privacy.pseudonym import Pseudonymiser
from meedoen.monitor.privacy.settings import DossierSettings
from meedoen.monitor.sources.base import FetchResult

_PAGE = os.sysconf("SC_PAGE_SIZE")
COUNTS = ("received", "stored", "duplicate_key", "duplicate_text", "unmatched", "other_language")


def rss_mb() -> float:
    """Resident set size of this process now (from /proc/self/statm)."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * _PAGE / 2**20


def warm_up(pool: list[str]) -> None:
    """Load every model and lexicon once (lingua, sentiment lexicon, toon detectors)."""
    from meedoen.monitor.analysis import analyse

    for t in pool[:200]:
        analyse(t)


def throughput(
    pool: list[str], n: int, store: Any, dossier_for: Callable[[int], DossierSettings]
) -> dict[str, Any]:
    """``n`` posts through :func:`ingest` in batches of :data:`pc.BATCH`; one dossier per round."""
    timed = TimedStore(store)
    pseudo = Pseudonymiser(pc.SECRET)
    totals = dict.fromkeys(COUNTS, 0)
    dossiers: dict[int, DossierSettings] = {}
    wall = cpu = 0.0
    for rnd, posts in pc.batches(pool, n):
        if rnd not in dossiers:
            dossiers[rnd] = dossier_for(rnd)
        batch = FetchResult(posts=posts, cursor=posts[-1].source_id)
        t0, c0 = time.perf_counter(), time.process_time()
        report = ingest(batch, dossiers[rnd], timed, pseudo, source_name="bench")
        wall += time.perf_counter() - t0
        cpu += time.process_time() - c0
        for key in COUNTS:
            totals[key] += getattr(report, key)
    return {
        "posts": n,
        "wall_s": wall,
        "cpu_s": cpu,
        "per_s": n / wall if wall else 0.0,
        "per_cpu_s": n / cpu if cpu else 0.0,
        "counts": totals,
        "store_s": dict(timed.seconds),
        "dossiers": len(dossiers),
    }


def replay(pool: list[str], n: int, every: int = 50_000) -> dict[str, Any]:
    """``n`` posts through :func:`ingest` into a :class:`CountingStore`; RSS every ``every``."""
    store = CountingStore()
    pseudo = Pseudonymiser(pc.SECRET)
    base = pc.dossier("replay")
    samples: list[tuple[int, float, float]] = [(0, rss_mb(), 0.0)]
    done = 0
    started = time.perf_counter()
    current: tuple[int, DossierSettings] | None = None
    for rnd, posts in pc.batches(pool, n):
        if current is None or current[0] != rnd:
            current = (rnd, pc.round_dossier(base, rnd))
        batch = FetchResult(posts=posts, cursor=posts[-1].source_id)
        ingest(batch, current[1], store, pseudo, source_name="bench")
        before = done
        done += len(posts)
        if done // every != before // every or done == n:
            samples.append((done, rss_mb(), time.perf_counter() - started))
    return {"posts": n, "stored": store.saved, "samples": samples}


def stage_costs(pool: list[str], rounds: int = 2) -> list[dict[str, Any]]:
    """CPU µs per call of each stage, each timed on its own over the texts (best of
    ``rounds``), with the share of posts that reach it in the pipeline."""
    from meedoen.monitor.analysis import analyse, claims, lang, toon
    from meedoen.monitor.analysis.sentiment import get_analyser
    from meedoen.monitor.pipeline import matches, text_hash
    from meedoen.monitor.pipeline.ingest import _safe_ids, _stored

    base = pc.dossier("stages")
    pseudo = Pseudonymiser(pc.SECRET)
    raws = [pc.raw_post(i, t) for i, t in enumerate(pool)]
    matched = [t for t in pool if matches(base.query, t)]
    share = len(matched) / len(pool)
    senti = get_analyser()
    results = {t: analyse(t) for t in matched}
    m_raws = [r for r in raws if r.text in results]
    stages: list[tuple[str, Callable[[Any], Any], list[Any], float]] = [
        ("ids: account-naming ids replaced", lambda r: _safe_ids(r, base, pseudo), raws, 1.0),
        ("dossier matching", lambda t: matches(base.query, t), pool, 1.0),
        ("near-duplicate hash", text_hash, matched, share),
        ("language (lingua)", lang.detect, matched, share),
        ("sentiment", senti.analyse, matched, share),
        ("claim", claims.is_claim, matched, share),
        ("toon", toon.has_toon, matched, share),
        ("analyse() as a whole (the four above)", analyse, matched, share),
        (
            "pseudonymisation + stored record",
            lambda r: _stored(r, base, pseudo, results[r.text], "nl", ""),
            m_raws,
            share,
        ),
    ]
    out = []
    for name, fn, items, reach in stages:
        best = float("inf")
        for _ in range(rounds):
            t0 = time.process_time()  # CPU time: a busy neighbour does not count
            for x in items:
                fn(x)
            best = min(best, (time.process_time() - t0) / len(items))
        out.append({"stage": name, "us": best * 1e6, "reach": reach})
    return out
