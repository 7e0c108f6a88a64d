# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The NAB scoring metric, for eval/nab_score.py: corpus loading, weights, sweep, normalisation.

A re-implementation (pure Python, no code copied) of the Numenta Anomaly
Benchmark scorer as it is in numenta/NAB @ ea702d75 (nab/sweeper.py,
nab/optimizer.py, nab/runner.py normalize(), config/profiles.json). Assumptions,
each checked against that code:

* Profiles (config/profiles.json): standard A_TP=1.0, A_FP=0.11, A_FN=1.0;
  reward_low_FP_rate A_FP=0.22; reward_low_FN_rate A_FN=2.0. A_TN is unused.
* Scaled sigmoid σ(y) = 2/(1+e^(5y)) − 1, and −1 for y ≥ 3 (sweeper.py).
* A point is a detection when its anomaly score ≥ threshold.
* Probation: the first min(⌊0.15·n⌋, 0.15·5000) rows of a file are ignored
  (no TP, FP or FN); a window that lies wholly in probation is not scored.
* Windows: the row indices from the first row with timestamp ≥ window start
  to the last row ≤ window end (NAB requires exact timestamps; for realTweets
  they are exact). Width w = right − left + 1.
* Inside a window, row i is worth A_TP · σ(−(right − i + 1)/w) / σ(−1); only the
  best (= earliest) detection of a window counts; a window without detection
  costs −A_FN.
* Outside windows, each detection costs A_FP · σ((i − r)/(w' − 1)) where r, w'
  are the right edge and width of the closest preceding window, or −A_FP when
  there is none (σ(3) = −1). Detections just after a window are nearly free.
* Optimiser: NAB's sweep — all rows of all files of the corpus (here the 10
  realTweets files), sorted by anomaly score, every distinct score tried as a
  threshold, the highest corpus total wins (ties: the highest threshold), per
  profile.
* Normalisation: 100 · (raw − null) / (perfect − null), with perfect = number
  of windows in the label file × A_TP and null = the optimised raw score of
  NAB's null detector (constant score 0.5), i.e. −A_FN × scored windows.

Window precision/recall (not part of NAB; our definition, at the tuned
standard-profile threshold, probation rows excluded): detections are grouped
into *alerts* — runs of detections at most CLUSTER_GAP rows apart. Recall =
windows with ≥ 1 detection / windows; precision = alerts with ≥ 1 detection
inside a window / all alerts.
"""

from __future__ import annotations

import bisect
import csv
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

PROFILES = {
    "standard": {"tp": 1.0, "fp": 0.11, "fn": 1.0},
    "reward_low_FP_rate": {"tp": 1.0, "fp": 0.22, "fn": 1.0},
    "reward_low_FN_rate": {"tp": 1.0, "fp": 0.11, "fn": 2.0},
}
PROBATION_PERCENT = 0.15
CLUSTER_GAP = 12  # rows (one hour of 5-minute buckets)


@dataclass
class Series:
    name: str
    timestamps: list[datetime]
    values: list[float]
    windows: list[tuple[int, int]]  # inclusive row indices

    @property
    def probation(self) -> int:
        n = len(self.timestamps)
        return int(min(math.floor(PROBATION_PERCENT * n), PROBATION_PERCENT * 5000))


def parse_ts(text: str) -> datetime:
    return datetime.fromisoformat(text.strip())


def load_corpus(data_dir: Path) -> list[Series]:
    windows = json.loads((data_dir / "combined_windows_realTweets.json").read_text("utf-8"))
    corpus = []
    for rel in sorted(windows):
        with (data_dir / rel).open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        ts = [parse_ts(r["timestamp"]) for r in rows]
        spans = []
        for start, end in windows[rel]:
            left = bisect.bisect_left(ts, parse_ts(start))
            right = bisect.bisect_right(ts, parse_ts(end)) - 1
            spans.append((left, right))
        corpus.append(Series(rel, ts, [float(r["value"]) for r in rows], spans))
    return corpus


def scaled_sigmoid(y: float) -> float:
    return -1.0 if y >= 3.0 else 2.0 / (1.0 + math.exp(5.0 * y)) - 1.0


def row_weights(series: Series, profile: dict[str, float]) -> list[tuple[float, int | None]]:
    """(weight, window id or None) for every row after probation, in row order."""
    max_tp = scaled_sigmoid(-1.0)
    out: list[tuple[float, int | None]] = []
    starts = {left: k for k, (left, _) in enumerate(series.windows)}
    current: int | None = None
    previous: tuple[int, int] | None = None  # (right edge, width) of the last window
    for i in range(len(series.timestamps)):
        if current is None and i in starts:
            current = starts[i]
        if current is not None:
            left, right = series.windows[current]
            width = right - left + 1
            weight = scaled_sigmoid(-(right - i + 1) / width) * profile["tp"] / max_tp
            window: int | None = current
            if i == right:
                previous, current = (right, width), None
        else:
            pos = 3.0 if previous is None else abs(i - previous[0]) / (previous[1] - 1)
            weight, window = scaled_sigmoid(pos) * profile["fp"], None
        if i >= series.probation:
            out.append((weight, window))
        else:
            out.append((0.0, -1))  # probationary: ignored
    return out


def sweep(
    corpus: Sequence[Series], scores: Sequence[Sequence[float]], profile: dict[str, float]
) -> list[tuple[float, float]]:
    """NAB's threshold sweep: (threshold, corpus raw score) for every distinct score."""
    points = []
    best: dict[tuple[int, int], float] = {}
    for f, (series, file_scores) in enumerate(zip(corpus, scores, strict=True)):
        for (weight, window), s in zip(row_weights(series, profile), file_scores, strict=True):
            if window == -1:
                continue
            key = None if window is None else (f, window)
            if key is not None:
                best[key] = -profile["fn"]
            points.append((s, weight, key))
    points.sort(key=lambda p: -p[0])
    fp_total = 0.0
    window_total = sum(best.values())
    result = [(1.1, window_total)]  # 1.1: nothing is flagged
    for j, (s, weight, key) in enumerate(points):
        if key is None:
            fp_total += weight
        elif weight > best[key]:
            window_total += weight - best[key]
            best[key] = weight
        if j + 1 == len(points) or points[j + 1][0] != s:
            result.append((s, window_total + fp_total))
    return result


def optimise(corpus, scores, profile) -> tuple[float, float]:
    """(threshold, raw score) with the highest corpus score; ties go to the higher threshold."""
    return max(sweep(corpus, scores, profile), key=lambda ts: (ts[1], ts[0]))


def raw_at(corpus, scores, profile, threshold: float) -> float:
    """Corpus raw score when every score ≥ threshold is a detection."""
    total = 0.0
    for t, raw in sweep(corpus, scores, profile):
        if t >= threshold:
            total = raw
    return total


def normalised(raw: float, null: float, perfect: float) -> float:
    return 100.0 * (raw - null) / (perfect - null)


def baselines(corpus, profile) -> tuple[float, float]:
    """(null, perfect) raw scores for a profile."""
    null = optimise(corpus, [[0.5] * len(s.values) for s in corpus], profile)[1]
    return null, sum(len(s.windows) for s in corpus) * profile["tp"]


def window_pr(corpus, scores, threshold: float) -> dict[str, float]:
    hit_windows = alerts = true_alerts = windows = 0
    for series, file_scores in zip(corpus, scores, strict=True):
        inside = [False] * len(file_scores)
        for left, right in series.windows:
            inside[left : right + 1] = [True] * (right - left + 1)
        hits = [i for i in range(series.probation, len(file_scores)) if file_scores[i] >= threshold]
        windows += sum(1 for _, right in series.windows if right >= series.probation)
        hit_windows += sum(1 for lo, hi in series.windows if any(lo <= i <= hi for i in hits))
        cluster: list[int] = []
        for i in [*hits, None]:
            if cluster and (i is None or i - cluster[-1] > CLUSTER_GAP):
                alerts += 1
                true_alerts += any(inside[c] for c in cluster)
                cluster = []
            if i is not None:
                cluster.append(i)
    return {
        "recall": hit_windows / windows if windows else 0.0,
        "precision": true_alerts / alerts if alerts else 0.0,
        "alerts": alerts,
        "windows_hit": hit_windows,
        "windows": windows,
    }
