# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The NAB scorer in eval/nab_score.py: normalisation, hand-computed cases, the optimiser."""

from __future__ import annotations

import math
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from eval import nab_metric as nm  # noqa: E402
from eval import nab_score as ns  # noqa: E402

NAB = ROOT.parent / "shared" / "data" / "nab"
STANDARD = nm.PROFILES["standard"]


def series(n: int = 100, windows: list[tuple[int, int]] | None = None) -> nm.Series:
    ts = [datetime(2015, 3, 2) + i * timedelta(minutes=5) for i in range(n)]
    return nm.Series("toy.csv", ts, [0.0] * n, windows if windows is not None else [(40, 49)])


def flags(n: int, *rows: int, level: float = 1.0) -> list[float]:
    scores = [0.0] * n
    for r in rows:
        scores[r] = level
    return scores


def sigma(y: float) -> float:  # NAB's scaled sigmoid, written out by hand
    return 2 / (1 + math.exp(5 * y)) - 1


def test_scaled_sigmoid_landmarks():
    assert nm.scaled_sigmoid(-1.0) == pytest.approx(0.98661, abs=1e-5)
    assert nm.scaled_sigmoid(-0.5) == pytest.approx(0.84828, abs=1e-5)
    assert nm.scaled_sigmoid(0.0) == 0.0
    assert nm.scaled_sigmoid(1.0) == pytest.approx(-0.98661, abs=1e-5)
    assert nm.scaled_sigmoid(3.0) == -1.0


def test_probation_is_fifteen_percent_capped_at_750():
    assert series(100).probation == 15
    assert series(20000, []).probation == 750


def test_hand_computed_small_case():
    s = series()
    # a detection halfway into the window [40, 49] (width 10) and an FP 11 rows after it
    raw = nm.raw_at([s], [flags(100, 45, 60)], STANDARD, 0.5)
    tp = sigma(-(49 - 45 + 1) / 10) / sigma(-1.0)
    fp = 0.11 * sigma((60 - 49) / (10 - 1))
    assert raw == pytest.approx(tp + fp)
    assert tp == pytest.approx(0.8598, abs=1e-4) and fp == pytest.approx(-0.1095, abs=1e-4)


def test_only_the_earliest_detection_in_a_window_counts():
    s = series()
    early = nm.raw_at([s], [flags(100, 40)], STANDARD, 0.5)
    both = nm.raw_at([s], [flags(100, 40, 48)], STANDARD, 0.5)
    assert early == pytest.approx(1.0) and both == pytest.approx(1.0)
    late = nm.raw_at([s], [flags(100, 49)], STANDARD, 0.5)
    assert 0 < late < early


def test_false_positives_cost_and_cost_less_just_after_a_window():
    s = series()
    missed = nm.raw_at([s], [flags(100)], STANDARD, 0.5)
    assert missed == -1.0  # a missed window costs A_FN
    before = nm.raw_at([s], [flags(100, 20)], STANDARD, 0.5)
    assert before == pytest.approx(-1.0 - 0.11)  # no preceding window: full A_FP
    just_after = nm.raw_at([s], [flags(100, 50)], STANDARD, 0.5)
    far_after = nm.raw_at([s], [flags(100, 90)], STANDARD, 0.5)
    assert far_after < just_after < missed


def test_probation_rows_are_ignored():
    s = series()
    assert nm.raw_at([s], [flags(100, 3)], STANDARD, 0.5) == -1.0


def test_optimiser_picks_the_best_threshold():
    s = series()
    scores = flags(100, 45, level=0.9)
    scores[70] = 0.95  # an FP scored higher than the TP
    scores[80] = 0.3
    threshold, raw = nm.optimise([s], [scores], STANDARD)
    assert threshold == 0.9
    assert raw == pytest.approx(nm.raw_at([s], [scores], STANDARD, 0.9))


def test_null_and_perfect_normalise_to_0_and_100_on_a_toy_corpus():
    corpus = [series(), series(200, [(60, 79), (150, 169)])]
    for profile in nm.PROFILES.values():
        null, perfect = nm.baselines(corpus, profile)
        assert null == -3 * profile["fn"] and perfect == 3 * profile["tp"]
        best = [flags(100, 40), flags(200, 60, 150)]
        assert nm.normalised(nm.optimise(corpus, best, profile)[1], null, perfect) == 100.0
        constant = [[0.5] * 100, [0.5] * 200]
        assert nm.normalised(nm.optimise(corpus, constant, profile)[1], null, perfect) == 0.0


def test_window_precision_and_recall():
    s = series(100, [(40, 49), (70, 79)])
    result = nm.window_pr([s], [flags(100, 42, 43, 20)], 0.5)
    assert result["recall"] == 0.5  # one of two windows
    assert result["alerts"] == 2 and result["precision"] == 0.5


@pytest.mark.parametrize(
    ("score", "reached", "behind"),
    [(90.0, True, None), (80.0, False, "ARTime (83.2)"), (60.0, False, "Numenta HTM (69.4)")],
)
def test_verdict_says_whether_every_published_detector_is_beaten(score, reached, behind):
    from meedoen.monitor import spikes

    text = " ".join(ns.verdict({spikes.DEFAULT: {"standard": {"score": score}}}))
    assert ("**not** reached" not in text) is reached
    assert ("still behind" in text) is not reached
    if behind:
        assert behind in text.split("still behind")[1]


def test_sensitivity_rows_cover_every_ablation_and_real_parameters():
    from meedoen.monitor import spikes

    params = spikes.create(spikes.DEFAULT).parameters()
    assert set(ns.NEIGHBOURS) <= set(params)
    assert all(set(p) <= set(params) for _, p in ns.ABLATIONS)
    for name, (low, high) in ns.NEIGHBOURS.items():
        assert low < params[name] < high
    rows = ns.sensitivity([series(300, [(200, 219)])])
    assert len(rows) == len(ns.ABLATIONS) + len(ns.NEIGHBOURS)
    assert all(r.startswith("| ") and r.endswith(" |") for r in rows)


@pytest.mark.skipif(not NAB.is_dir(), reason="NAB data not available")
def test_null_is_0_and_perfect_is_100_on_real_tweets():
    corpus = nm.load_corpus(NAB)
    assert len(corpus) == 10 and sum(len(s.windows) for s in corpus) == 33
    checks = ns.sanity(corpus)
    for profile in nm.PROFILES:
        assert checks[f"null_{profile}"] == pytest.approx(0.0)
        assert checks[f"perfect_{profile}"] == pytest.approx(100.0)
