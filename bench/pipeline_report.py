# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Markdown for docs/benchmarks-pipeline.md."""

from __future__ import annotations

import os
import platform
import sys
from typing import Any

from eval.metrics import md_table

from bench.report import cpu_model, version

TARGET = 2000  # posts/s on one core (issue #4, item 9)
FLAT = 0.05  # growth after warm-up below this share: flat


def machine(when: str, note: str, cpu: int) -> str:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    versions = ", ".join(
        f"{d} {version(d)}" for d in ("meedoen", "lingua-language-detector", "Django", "psycopg")
    )
    return f"""- Date: {when}
- Machine: {os.cpu_count()} logical CPUs (nproc), {cpu_model()}, {platform.system()} {platform.release()}
- Pinned to CPU {cpu} (`os.sched_setaffinity`); every subprocess inherits the pin
- Load average (1/5/15 min) at the start: {load}
- Python {sys.version.split()[0]} ({platform.python_implementation()}); {versions}
- {note}"""


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def _throughput(res: dict[str, Any]) -> str:
    rows = []
    for key, name in (
        ("memory", "in-memory store"),
        ("sqlite", "DjangoStore, SQLite"),
        ("postgresql", "DjangoStore, PostgreSQL 127.0.0.1"),
    ):
        r = res.get(key)
        if not r:
            continue
        c = r["counts"]
        us = {k: v / r["posts"] * 1e6 for k, v in r["store_s"].items()}
        rows.append([
            name, f"{r['posts']:,}", f"{(r['posts'] - c['unmatched']) / r['posts']:.1%}",
            f"{c['stored']:,}", f"{r['wall_s']:.1f}", f"{r['per_s']:,.0f}", _met(r["per_s"] >= TARGET),
            f"{r['per_cpu_s']:,.0f}", _met(r["per_cpu_s"] >= TARGET),
            f"{sum(us.values()):.0f} ({us['known_keys']:.0f} / {us['known_hashes']:.0f} / "
            f"{us['save_batch']:.0f})",
        ])  # fmt: skip
    m = res["memory"]["counts"]
    header = ["store", "posts", "matched", "stored", "wall s", "posts/s (wall)", "≥ 2,000"]
    header += ["posts per CPU-second", "≥ 2,000", "store µs/post (keys / hashes / save)"]
    return (
        md_table(header, rows)
        + f"\n\nOf the {m['received']:,} posts of the in-memory run: {m['unmatched']:,} did not "
        f"match the dossier query, {m['other_language']:,} were in another language than Dutch "
        f"(analysed, not stored), {m['duplicate_key'] + m['duplicate_text']:,} were duplicates, "
        f"{m['stored']:,} were stored. *posts/s (wall)* is posts divided by the wall time of the "
        "`ingest` calls; *posts per CPU-second* divides by the CPU time of this process, which "
        "is what one core does when nobody else uses it (on a shared core the wall time "
        "includes the other jobs' turns). *store µs/post* is the wall time inside the store's "
        "methods per received post: in total and for `known_keys`, `known_hashes` and "
        "`save_batch`; the in-memory posts/s minus the store cost is what the pipeline "
        "itself does."
    )


def _stages(res: dict[str, Any]) -> str:
    rows = []
    total = 0.0
    for s in res["stages"]:
        per_post = s["us"] * s["reach"]
        if not s["stage"].startswith("analyse()"):
            total += per_post
        rows.append([s["stage"], f"{s['us']:.1f}", f"{s['reach']:.1%}", f"{per_post:.1f}"])
    measured = 1e6 / res["memory"]["per_cpu_s"]
    return (
        md_table(["stage", "CPU µs per call", "posts reaching it", "µs per received post"], rows)
        + f"\n\nSum of the stages (without the `analyse()` row, which repeats the four "
        f"analysis rows): {total:.0f} µs per received post; the whole in-memory pipeline "
        f"measured {measured:.0f} CPU µs per post. The rest is `ingest` itself (batch "
        "bookkeeping, the store, building records). Each stage is timed on its own over the "
        f"{res['pool']:,} distinct texts, best of two passes."
    )


def _replay(res: dict[str, Any]) -> str:
    r = res["replay"]
    samples = r["samples"]
    rows = [[f"{n:,}", f"{rss:.1f}", f"{wall:.0f}"] for n, rss, wall in samples]
    warm = samples[1][1] if len(samples) > 1 else samples[0][1]
    last = samples[-1][1]
    growth = (last - warm) / warm if warm else 0.0
    flat = growth < FLAT
    return (
        md_table(["posts", "RSS MB", "seconds"], rows)
        + f"\n\nGrowth from the first sample after warm-up ({samples[1][0]:,} posts, "
        f"{warm:.1f} MB) to the end ({last:.1f} MB): {growth:+.1%}. Flat (growth < "
        f"{FLAT:.0%}): {_met(flat)}. Store: a counting store (keeps no posts; every "
        f"post goes through de-duplication, matching, the analysis and pseudonymisation; "
        f"{r['stored']:,} posts counted as stored)."
    )


def _imports(res: dict[str, Any]) -> str:
    rows = []
    for key, name in (("import_sqlite", "SQLite"), ("import_postgresql", "PostgreSQL 127.0.0.1")):
        r = res.get(key)
        if not r:
            continue
        rows.append([
            name, f"{r['lines']:,}", f"{r['mean_chars']:.0f}", f"{r['stored']:,}",
            f"{r['wall_s']:.1f}", f"{r['per_s']:,.0f}", f"{r['cpu_s']:.1f}",
            f"{r['max_rss_mb']:.0f}",
        ])  # fmt: skip
    header = ["database", "lines", "mean characters", "stored", "wall s", "lines/s"]
    header += ["CPU s", "max RSS MB"]
    return md_table(header, rows)


def _network(res: dict[str, Any]) -> str:
    rows = [
        [key, len(res[key].get("network_attempts", []))]
        for key in (
            "memory",
            "sqlite",
            "postgresql",
            "replay",
            "import_sqlite",
            "import_postgresql",
        )
        if key in res
    ]
    return md_table(["run", "refused network attempts"], rows)


def render(res: dict[str, Any], machine_text: str, command: str) -> str:
    a = res["args"]
    pg = "postgresql" in res
    return f"""# Benchmarks: the monitoring pipeline

Generated by `bench/pipeline.py` (`make bench-pipeline`); do not edit by hand.
Issue #4, item 9: posts/s through the whole pipeline on one core, without
network (target ≥ 2,000/s); memory over a 1,000,000-post replay; time to import
a 100,000-line export.

    {command}

{machine_text}

The run took {res["elapsed_s"] / 60:.1f} minutes. Every measurement ran inside a socket guard
(`bench/netguard.py`; for PostgreSQL `bench/pipeline_guard.py`, which lets only
127.0.0.1 through). PostgreSQL: {"reachable, measured" if pg else "not reachable or skipped"}.

## Posts and dossier

{res["pool"]:,} real texts: every distinct CheckThat 2022 Dutch tweet and MHC Dutch
sentence (one per near-duplicate hash), cycled with unique post ids, unique
pseudonymised authors (4,999 handles) and a timestamp 7 s apart. Each pass over
the texts goes to its own dossier, because near-duplicate detection is per
dossier: so every matching post is analysed on its real, unchanged text. The
dossier query (corona and discrimination of groups, 22 keywords, one hashtag,
one exclusion, language nl) matches most posts. Batches of 1,000 posts, as
`meedoen monitor run` and `import` fetch them. Chain per post: RawPost →
account-naming ids → de-duplication by id → dossier matching → near-duplicate
hash → language (lingua), sentiment, claim, toon → language filter →
pseudonymisation → store (one transaction per batch).

## 1. Throughput on one core ({a["posts"]:,} posts per store)

{_throughput(res)}

## 2. Where the time goes (in-memory run)

{_stages(res)}

## 3. Memory over a {a["replay"]:,}-post replay

{_replay(res)}

## 4. `meedoen monitor import` of a {a["import_lines"]:,}-line export

A 4CAT-style NDJSON file (`id`, `body`, `timestamp`, `author`, `url`,
`like_count`); the first pass uses the real texts, later passes join two real
texts (a quote post), so no line is a near-duplicate of another and every
matching line is analysed. Fresh database per run (`meedoen web serve
--prepare-only`, then `meedoen monitor dossier add` with the query above);
timed: the `meedoen monitor import FILE --dossier ID` process from start to
exit, including Python start-up, Django, loading the lingua models and one
transaction per 1,000 lines.

{_imports(res)}

## Network

{_network(res)}

{NOTES}
"""


NOTES = """## Speed work behind these numbers

Profiling (cProfile and per-stage CPU timing, table 2) shows language
detection with lingua as about half of the CPU time per analysed post, then the
toon detector and the claim features; dossier matching was about 45 µs per post
for 22 keywords before the change below. Changed, each with the same results
(the output of `meedoen monitor analyse` on 6,396 real posts is byte-identical
before and after, and the old and new functions agree on these posts plus
20,000 random strings with tricky characters such as `İ`, `ı`, `ſ` and `ß`;
`tests/test_monitor_fastpaths.py` keeps checking that):

- `monitor/pipeline/matching.py`: the terms of a dossier are one regular
  expression with the start assertion written once per group, `(?<!\\w)(?:a|b|…)`,
  instead of once per term; Python's `re` no longer tries a look-behind per term
  at every position. About six times faster for this query.
- `monitor/analysis/claims.py`: the fifteen case-insensitive word patterns run
  as lower-case patterns on lower-cased text, which Python's `re` does several
  times faster. This is exact only for characters that `str.lower` maps to one
  character that the case-insensitive pattern treats as that lower-case
  character; that is checked per character (cached), and a text with another
  character (`ſ`, `ı`, `İ`, …) keeps the case-insensitive patterns. About
  half the CPU time of the claim flag.
- `monitor/analysis/lang.py`: the minimum-letters check stops counting at the
  minimum instead of counting every character of the post.

One change that is *not* result-identical, measured instead: plainly Dutch
posts (at least 15% of the words common Dutch function words, one of them used
by none of the other nine languages) are `nl` without asking lingua
(`lang.clearly_dutch`). It answers for about three quarters of these Dutch
posts and cut the language stage from about 350 to about 60 µs per call. On
the Dutch evaluation texts lingua alone agrees on 1,791 of its 1,799 answers;
the other 8 are Dutch posts lingua left undetermined or called English
(docs/evaluation-analysis.md).

De-duplication state is bounded: `ingest` keeps its key and hash sets per
batch only (the store is the memory across batches), the compiled dossier
patterns are an LRU cache of 256 queries, the pseudonymiser keeps at most
1,024 derived keys, and the per-character check of the claim features is an
LRU cache of 4,096 characters; table 3 shows the result.

The Django store: `known_keys` used to ask for up to 500 `(source,
source_id)` pairs as one OR of 500 conditions, for which SQLite used the unique
index only for the dossier (`EXPLAIN QUERY PLAN`: `USING COVERING INDEX
(dossier_id=?)`) and then tested every stored post of the dossier, so its cost
grew with the dossier (470–590 µs per post; a 100,000-line SQLite import took
531 s). It now asks one `source_id__in` query per source, which uses the
`(dossier, source, source_id)` index (table 1: under 10 µs per post).

Measured and not done:

- lingua in low-accuracy mode is about three times faster but changes the
  detected language of 88 of 5,884 real posts: not the same results.
- lingua with preloaded models: the same steady-state speed (models load
  lazily once), 68 MB more memory (the Arabic model) and a slower start for a
  single post; only the first few thousand posts are faster.
- a cache of analysis results per text: in a real stream a repeated text is a
  near-duplicate and is dropped before the analysis, so a cache would only
  flatter this benchmark, which cycles texts.
- lingua's `…_in_parallel` methods: more than one core.
- the toon detector (`meedoen.core`, about a quarter of the analysis) is
  engine code shared with `meedoen check` and is left as it is here.
"""
