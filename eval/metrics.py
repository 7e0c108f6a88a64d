# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Small, dependency-free metric helpers shared by eval/ and bench/.

Everything here works on plain Python values so it can be tested on toy
tables (tests/test_eval_harness.py) without running the engine.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, expected: bool, predicted: bool) -> None:
        if expected and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif expected:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def accuracy(self) -> float | None:
        n = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / n if n else None


def multilabel_prf(
    rows: Iterable[tuple[Iterable[str], Iterable[str]]], labels: Sequence[str]
) -> dict[str, PRF]:
    """Per-label counts over (expected labels, predicted labels) pairs."""
    out = {label: PRF() for label in labels}
    for expected, predicted in rows:
        exp, pred = set(expected), set(predicted)
        for label in labels:
            out[label].add(label in exp, label in pred)
    return out


def micro(prfs: Iterable[PRF]) -> PRF:
    total = PRF()
    for p in prfs:
        total.tp += p.tp
        total.fp += p.fp
        total.fn += p.fn
        total.tn += p.tn
    return total


def confusion(pairs: Iterable[tuple[str, str]], labels: Sequence[str]) -> dict[str, Counter[str]]:
    """Confusion matrix as {expected: Counter(predicted)}; unknown labels are kept."""
    matrix: dict[str, Counter[str]] = {label: Counter() for label in labels}
    for expected, predicted in pairs:
        matrix.setdefault(expected, Counter())[predicted] += 1
    return matrix


def accuracy(pairs: Sequence[tuple[str, str]]) -> float | None:
    return sum(1 for e, p in pairs if e == p) / len(pairs) if pairs else None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two half-open character spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def any_overlap(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(overlaps(span, s) for s in spans)


def per_thousand(hits: int, total: int) -> float | None:
    return 1000.0 * hits / total if total else None


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    if not values:
        raise ValueError("percentile of an empty sequence")
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100.0 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def wilson(successes: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """Wilson score interval for a proportion; None when n is zero."""
    if n == 0:
        return None
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def fmt(value: float | None, digits: int = 2) -> str:
    """Format a metric for a Markdown table; '–' when undefined."""
    if value is None:
        return "–"
    return f"{value:.{digits}f}"


def md_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A GitHub-flavoured Markdown table; pipes in cells are escaped."""

    def cell(v: object) -> str:
        return str(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        lines.append("| " + " | ".join(cell(v) for v in row) + " |")
    return "\n".join(lines)


def quote(text: str, start: int, end: int, width: int = 40) -> str:
    """A short excerpt around a span, the span in «», for inspecting hits."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    pre = ("…" if left > 0 else "") + text[left:start]
    post = text[end:right] + ("…" if right < len(text) else "")
    return " ".join(f"{pre}«{text[start:end]}»{post}".split())
