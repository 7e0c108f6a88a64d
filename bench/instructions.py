# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Instructions per post of the personal-data task, counted by valgrind (callgrind).

Wall and CPU time on a shared two-core machine vary by a factor of two between
runs; the number of instructions a warm process executes does not. This counts
only the timed loop: each system is built and warmed up (two passes over the
texts) with counting off, then callgrind counts one pass.

    .venv/bin/python bench/instructions.py            # meedoen and Presidio, both corpora
    .venv/bin/python bench/instructions.py --system meedoen --corpus vectors

Needs valgrind (Debian package ``valgrind``). Measures; never asserts.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SYSTEMS = ("meedoen", "meedoen-identifiers", "presidio")
CORPORA = ("mixed", "vectors")


def _texts(data: Path, corpus_name: str) -> list[str]:
    from eval import data as ds
    from eval.pii_vectors import build_cases

    from bench import corpus

    if corpus_name == "mixed":
        return [p.text for p in corpus.mixed_pii(data, 600, 600, 120)]
    return [c.text for c in build_cases(ds.pii_vectors(data))]


def _child(system: str, corpus_name: str, data: Path) -> None:
    """Runs inside valgrind: build, warm up, then count one pass."""
    from bench import pii_compare

    texts = _texts(data, corpus_name)
    if system == "meedoen":
        predict = pii_compare.meedoen_pii_only_predictor()
    elif system == "meedoen-identifiers":
        predict = pii_compare.meedoen_same_scope_predictor()
    else:
        from bench.presidio_nl import PresidioNL

        predict = PresidioNL()
    for _ in range(2):
        for t in texts:
            predict(t)
    toggle = ["callgrind_control", "-i"]
    subprocess.run([*toggle, "on", str(os.getpid())], capture_output=True, check=False)
    for t in texts:
        predict(t)
    subprocess.run([*toggle, "off", str(os.getpid())], capture_output=True, check=False)
    print(f"texts={len(texts)}", file=sys.stderr)


def count(system: str, corpus_name: str, data: Path) -> int:
    """Instructions per post of ``system`` on ``corpus_name``."""
    cmd = [
        "valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
        sys.executable, __file__, "--child", system, corpus_name, "--data", str(data),
    ]  # fmt: skip
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT).stderr
    total = re.search(r"Collected : (\d+)", out)
    texts = re.search(r"texts=(\d+)", out)
    if not total or not texts:
        raise RuntimeError(f"no count in valgrind's output:\n{out[-2000:]}")
    return int(total.group(1)) // int(texts.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--system", choices=SYSTEMS, action="append")
    ap.add_argument("--corpus", choices=CORPORA, action="append")
    ap.add_argument("--child", nargs=2, metavar=("SYSTEM", "CORPUS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    if args.child:
        _child(*args.child, args.data)
        return 0
    counts = {
        (s, c): count(s, c, args.data)
        for s in args.system or SYSTEMS
        for c in args.corpus or CORPORA
    }
    print("| system | corpus | instructions per post |\n|---|---|---:|")
    for (s, c), n in counts.items():
        print(f"| {s} | {c} | {n:,} |")
    for c in args.corpus or CORPORA:
        for s in ("meedoen", "meedoen-identifiers"):
            if (s, c) in counts and ("presidio", c) in counts:
                ratio = counts["presidio", c] / counts[s, c]
                print(f"\n{c}: Presidio / {s} = {ratio:.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
