# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Identity check for speed work on the personal-data detectors.

Before changing a detector for speed, write a reference of what every
persoonsgegevens detector (and the full ``check()``) finds on a large set of
texts; after the change, compare. Any difference is printed with its text.

    .venv/bin/python bench/pii_identity.py --data ../shared/data write /tmp/pii-ref.jsonl
    .venv/bin/python bench/pii_identity.py --data ../shared/data compare /tmp/pii-ref.jsonl

The texts (about 300,000, built in memory, never written to the repository):
every line of the public files in ``--data`` (not sealed or holdout files), the
benchmark corpora, the PII test vectors in their carrier sentences, the string
literals of tests/test_pii_*.py, the texts of eval/*.jsonl, and synthetic
posts: real tweets with one to three inserted identifiers, hard negatives and
test sentences, some with upper case or odd Unicode. Each text is checked in
two contexts (private, and in function with an author name); the detectors'
evidence is stored in full, ``check()`` as a hash of its JSON.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import itertools
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from eval import data as ds  # noqa: E402
from eval.pii_vectors import build_cases  # noqa: E402

from bench import corpus  # noqa: E402

_SKIP = ("sealed", "holdout", "license", "licence")
_SUFFIXES = {".csv", ".tsv", ".txt", ".md", ".json", ".jsonl", ".xml", ".yaml", ".yml"}
_ODD = ["İ", "ı", "ſ", "\u00a0", "\u200b", "…", "ﬁ", "e\u0301", "’", "０６", "٣", "\u202e", "ẞ"]


def _file_lines(data: Path) -> Iterator[str]:
    for path in sorted(data.rglob("*")):
        name = path.as_posix().lower()
        if not path.is_file() or path.suffix.lower() not in _SUFFIXES:
            continue
        if any(s in name for s in _SKIP):
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            while line:
                yield line[:1000]
                line = line[1000:]


def _test_strings() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "tests").glob("test_pii_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                value = node.value
                if len(value) >= 6 and " " in value:
                    out.append(value)
    return out


def _eval_texts() -> list[str]:
    out = []
    for name in ("voorbeelden.jsonl", "dev3.jsonl", "dev3b.jsonl", "monitor_sentiment_dev.jsonl"):
        path = ROOT / "eval" / name
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    out.append(json.loads(line)["text"])
    return out


def _mutate(rng: random.Random, text: str) -> str:
    r = rng.random()
    if r < 0.05:
        return text.upper()
    if r < 0.10:
        return text.lower()
    if r < 0.18:
        i = rng.randrange(len(text) + 1)
        return text[:i] + rng.choice(_ODD) + text[i:]
    return text


def _synthetic(data: Path, tests: list[str], n: int, seed: int = 7) -> Iterator[str]:
    rng = random.Random(seed)
    tweets = [" ".join(t.text.split()) for t in ds.checkthat_tweets(data)]
    gens = list(corpus.GENERATORS.values()) + list(corpus.HARD_NEGATIVES.values())
    for _ in range(n):
        text = rng.choice(tweets)
        for _ in range(rng.choice((1, 1, 2, 3))):
            if rng.random() < 0.3 and tests:
                phrase, value = "{v}", rng.choice(tests)
            else:
                gen, carriers = rng.choice(gens)
                phrase, value = rng.choice(carriers), gen(rng)
            text, _ = corpus._insert(rng, text, phrase, value)
        yield _mutate(rng, text)


def texts(data: Path, synthetic: int) -> Iterator[tuple[str, str]]:
    """(source, text) pairs; the order is fixed."""
    tests = _test_strings()
    for t in corpus.real_posts(data):
        yield "real", t
    for t in corpus.posts_280(data):
        yield "p280", t
    for p in corpus.mixed_pii(data, 600, 600, 120):
        yield "mixed", p.text
    for c in build_cases(ds.pii_vectors(data)):
        yield "vectors", c.text
    for t in tests:
        yield "tests", t
    for t in _eval_texts():
        yield "eval", t
    for t in _file_lines(data):
        yield "files", t
    for t in _synthetic(data, tests, synthetic):
        yield "synthetic", t


def _runners() -> tuple[Callable[[str], list[Any]], Callable[[str], str]]:
    from meedoen import check
    from meedoen.core.assessment.engine import get_engine
    from meedoen.core.assessment.models import Context, Profile
    from meedoen.core.detectors.base import CheckContext
    from meedoen.core.text import Document

    engine = get_engine()
    dets = [d for d in engine.detectors if d.category == "persoonsgegevens"]
    on = date(2026, 11, 28)
    variants = [
        (Profile(), Context(date=on)),
        (
            Profile(name="Fatima El Amrani", organisation="Gemeente Utrecht"),
            Context(date=on, capacity="in-functie", audience="openbaar"),
        ),
    ]
    check_context = {"date": "2026-11-28", "capacity": "in-functie"}

    def detectors(text: str) -> list[Any]:
        out = []
        doc = Document(text)
        for profile, context in variants:
            ctx = CheckContext(
                profile=profile,
                context=context,
                codex=engine.codex,
                organisation=engine.codex.organisation,
                on=on,
            )
            for det in dets:
                for ev in det.detect(doc, ctx):
                    out.append(
                        [det.name, ev.start, ev.end, ev.severity, ev.rule, ev.message,
                         ev.advice, ev.explanation, list(ev.tags)]
                    )  # fmt: skip
            out.append("|")
        return out

    def full(text: str) -> str:
        a = check(text, context=check_context)
        dump = a.model_dump_json(exclude={"engine_version", "codex_version"})
        return hashlib.sha1(dump.encode()).hexdigest()[:16]

    return detectors, full


def run(
    data: Path, synthetic: int, check_every: int, limit: int | None = None
) -> Iterator[dict[str, Any]]:
    detectors, full = _runners()
    for i, (source, text) in enumerate(itertools.islice(texts(data, synthetic), limit)):
        row: dict[str, Any] = {"i": i, "src": source, "sha": _sha(text), "text": text}
        row["pii"] = detectors(text)
        if source != "files" or i % check_every == 0:
            row["check"] = full(text)
        yield row


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--synthetic", type=int, default=150_000)
    ap.add_argument("--check-every", type=int, default=4, help="check() on every n-th file line")
    ap.add_argument("--limit", type=int, default=None, help="only the first N texts (quick runs)")
    ap.add_argument("mode", choices=("write", "compare"))
    ap.add_argument("reference", type=Path)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    if args.mode == "write":
        n = 0
        with args.reference.open("w", encoding="utf-8") as fh:
            for row in run(args.data, args.synthetic, args.check_every, args.limit):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        print(
            f"pii_identity: wrote {n} texts to {args.reference} ({time.perf_counter() - t0:.0f} s)"
        )
        return 0
    diffs = compared = checks = found = 0
    with args.reference.open(encoding="utf-8") as fh:
        pairs = zip(
            itertools.islice(fh, args.limit),
            run(args.data, args.synthetic, args.check_every, args.limit),
            strict=True,
        )
        for line, row in pairs:
            ref = json.loads(line)
            if ref["sha"] != row["sha"]:
                print("pii_identity: the texts changed; write a new reference", file=sys.stderr)
                return 2
            compared += 1
            checks += "check" in ref
            found += any(x != "|" for x in ref["pii"])
            if ref["pii"] != row["pii"] or ref.get("check") != row.get("check"):
                diffs += 1
                if diffs <= 20:
                    print(f"DIFF #{row['i']} ({row['src']}): {row['text']!r}")
                    print(f"  reference: {ref['pii']} check={ref.get('check')}")
                    print(f"  now:       {row['pii']} check={row.get('check')}")
    print(
        f"pii_identity: {compared} texts compared ({found} with findings, check() on {checks}),"
        f" {diffs} differ ({time.perf_counter() - t0:.0f} s)"
    )
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
