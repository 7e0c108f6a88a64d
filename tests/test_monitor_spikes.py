# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Streaming spike detectors: bounded, causal, sensitive to spikes, quiet on flat series."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meedoen.monitor import spikes
from meedoen.monitor.spikes import base
from meedoen.monitor.spikes.hour_of_week import (
    HourOfWeekDetector,
    RecentSum,
    TailRank,
    median_mad,
)
from meedoen.monitor.spikes.series_csv import SeriesError, open_series

NAMES = ["hour-of-week", "kleinberg", "rolling-zscore"]
START = datetime(2015, 3, 2)  # a Monday
STEP = timedelta(minutes=5)


def run(name: str, values: list[float], **params: float) -> list[float]:
    det = spikes.create(name, **params)
    return [det.update(START + i * STEP, v) for i, v in enumerate(values)]


def seasonal(weeks: float, seed: int = 1) -> list[float]:
    """Tweet-like counts: a daily cycle, quieter weekends, Poisson-ish noise."""
    rng = random.Random(seed)
    out = []
    for i in range(int(weeks * 7 * 288)):
        t = START + i * STEP
        level = 20 + 15 * (9 <= t.hour < 18) - 10 * (t.weekday() >= 5)
        out.append(float(max(0, round(rng.gauss(level, level**0.5)))))
    return out


def test_registry_lists_the_builtins_and_the_default():
    assert set(NAMES) <= set(spikes.available())
    assert spikes.DEFAULT == "hour-of-week"
    assert isinstance(spikes.create(), HourOfWeekDetector)
    with pytest.raises(KeyError):
        spikes.create("bestaat-niet")


def test_a_third_party_detector_registers_like_a_builtin():
    class Constant(base.SpikeDetectorBase):
        NAME = "test-constant"
        LEVEL = 0.25

        def validate(self) -> None:
            super().validate()
            self._check("LEVEL", self.LEVEL, 0.0, 1.0)

        def _score(self, timestamp, value):
            return self.LEVEL

    try:
        assert spikes.register(Constant) is Constant
        assert "test-constant" in spikes.available()
        assert spikes.create("test-constant", LEVEL=0.5).update(START, 1.0) == 0.5
        with pytest.raises(ValueError):
            spikes.register(type("Other", (Constant,), {}))  # same NAME, other class
    finally:
        base._REGISTRY.pop("test-constant", None)


@pytest.mark.parametrize("name", NAMES)
def test_parameters_are_checked(name):
    cls = spikes.get(name)
    with pytest.raises(ValueError):
        cls(NOT_A_PARAMETER=1)
    some = next(iter(cls().parameters()))
    with pytest.raises(ValueError):
        cls(**{some: -1e9})
    assert all(isinstance(v, int | float) for v in cls().parameters().values())


@pytest.mark.parametrize("name", NAMES)
def test_time_may_not_go_back(name):
    det = spikes.create(name)
    det.update(START, 1.0)
    det.update(START, 2.0)  # equal timestamps are fine
    with pytest.raises(ValueError):
        det.update(START - STEP, 1.0)


values = st.lists(
    st.one_of(st.floats(0, 1e6, allow_nan=False), st.integers(0, 50).map(float)),
    min_size=1,
    max_size=400,
)


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=40, deadline=None)
@given(values=values)
def test_scores_are_in_the_unit_interval(name, values):
    assert all(0.0 <= s <= 1.0 for s in run(name, values))


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=40, deadline=None)
@given(
    past=st.lists(st.integers(0, 300).map(float), min_size=30, max_size=400),
    future_a=st.lists(st.integers(0, 5000).map(float), min_size=1, max_size=100),
    future_b=st.lists(st.integers(0, 5000).map(float), min_size=1, max_size=100),
)
def test_changing_the_future_never_changes_past_scores(name, past, future_a, future_b):
    a = run(name, past + future_a)
    b = run(name, past + future_b)
    assert a[: len(past)] == b[: len(past)]


@pytest.mark.parametrize("name", NAMES)
def test_a_clear_spike_stands_out(name):
    series = seasonal(2.5)
    spike_at = len(series) - 100
    series[spike_at] = series[spike_at] * 10 + 100
    scores = run(name, series)
    others = sorted(scores[:spike_at] + scores[spike_at + 1 :])
    assert scores[spike_at] > others[int(0.999 * len(others))]
    if name == "hour-of-week":
        assert scores[spike_at] >= HourOfWeekDetector.ALERT_SCORE


def test_the_seasonal_pattern_itself_is_not_an_alert():
    scores = run("hour-of-week", seasonal(3, seed=7))
    late = scores[2 * 7 * 288 :]  # every hour-of-week slot has history by now
    assert sum(s >= HourOfWeekDetector.ALERT_SCORE for s in late) <= 5


@pytest.mark.parametrize("name", NAMES)
def test_a_flat_series_scores_low(name):
    assert max(run(name, [10.0] * 3000)) < 0.1


def test_cool_down_suppresses_repeats_but_not_a_much_bigger_spike():
    series = seasonal(2)
    n = len(series)
    first, repeat, bigger = n - 300, n - 276, n - 200  # 2 hours, then 8 hours later
    series[first] = series[repeat] = 400.0
    series[bigger] = 5000.0
    scores = run("hour-of-week", series)
    alert = HourOfWeekDetector.ALERT_SCORE
    assert scores[first] >= alert
    assert scores[repeat] < alert
    assert scores[bigger] >= alert
    no_cooldown = run("hour-of-week", series, COOLDOWN_S=0.0)
    assert no_cooldown[repeat] >= alert


def test_cool_down_ends():
    series = seasonal(2.5)
    n = len(series)
    first, later = n - 700, n - 100  # 50 hours apart, cool-down is 24 hours
    series[first] = series[later] = 400.0
    scores = run("hour-of-week", series)
    assert scores[first] >= HourOfWeekDetector.ALERT_SCORE
    assert scores[later] >= HourOfWeekDetector.ALERT_SCORE


def test_small_absolute_jumps_are_damped_on_a_quiet_series():
    series = [0.0] * 4000
    series[3000] = 6.0  # 0 → 6 posts: a large z, but below ABS_MIN
    series[3500] = 60.0
    scores = run("hour-of-week", series)
    assert scores[3000] < HourOfWeekDetector.ALERT_SCORE <= scores[3500]


def test_a_half_hour_burst_alerts_where_one_point_of_that_height_does_not():
    series = seasonal(2.5)
    at = len(series) - 300
    blip, burst = list(series), list(series)
    blip[at] += 40.0
    for i in range(at, at + 6):  # the same excess for half an hour
        burst[i] += 40.0
    alert = HourOfWeekDetector.ALERT_SCORE
    assert run("hour-of-week", blip)[at] < alert <= max(run("hour-of-week", burst)[at : at + 6])


def spiky(weeks: float, seed: int = 3) -> list[float]:
    """seasonal() with short random peaks (2 % of the points, up to 4×): heavy tails."""
    rng = random.Random(seed)
    return [v * (1 + 3 * rng.random()) if rng.random() < 0.02 else v for v in seasonal(weeks, seed)]


def test_a_moderate_rise_that_lasts_hours_alerts_through_the_level_tail():
    series = spiky(7)
    start = len(series) - 200
    for i in range(start, start + 72):  # six hours at 1.3× the usual
        series[i] = round(series[i] * 1.3)
    rise = slice(start, start + 72)
    with_level = max(run("hour-of-week", series)[rise])
    without = max(run("hour-of-week", series, LEVEL_WEIGHT=0.0)[rise])
    assert with_level >= HourOfWeekDetector.ALERT_SCORE
    assert with_level > without + 0.05
    assert max(run("hour-of-week", spiky(7))[rise]) < HourOfWeekDetector.ALERT_SCORE


def test_recent_sum_keeps_the_last_span_seconds_and_at_least_one_value():
    half_hour = RecentSum(1800.0)
    sums = [half_hour(300.0 * i, 1.0) for i in range(8)]
    assert sums[5] == pytest.approx(6**0.5)  # six 5-minute points fit in half an hour
    assert sums[7] == pytest.approx(6**0.5)  # the oldest ones have left again
    hourly = RecentSum(1800.0)
    assert [hourly(3600.0 * i, v) for i, v in enumerate([2.0, 5.0])] == [2.0, 5.0]


def test_tail_rank_is_the_evidence_against_the_remembered_values():
    tail = TailRank(3)
    assert tail(1.0) == 0.0  # nothing to compare with: p = 1
    assert tail(2.0) == pytest.approx(-math.log10(0.5 / 2))  # beyond the largest: p shrinks
    assert tail(2.0) == pytest.approx(-math.log10(2 / 3))  # one of two at least as large
    tail(0.0)  # memory of three: 1.0 is forgotten
    assert tail(1.0) == pytest.approx(-math.log10(3 / 4))  # 2, 2 and itself
    flat = TailRank(100)
    flat(0.0)
    assert flat(3.0) == pytest.approx(-math.log10(1 / 3 / 2))  # excess measured from FLOOR, not 0


def test_no_alert_while_warming_up_on_an_ordinary_series():
    scores = run("hour-of-week", seasonal(1, seed=5)[: 2 * 288])  # the first two days
    assert max(scores) < HourOfWeekDetector.ALERT_SCORE


def test_median_mad():
    assert median_mad([1.0, 2.0, 3.0, 4.0, 100.0]) == (3.0, 1.0)
    assert median_mad([1.0, 3.0]) == (2.0, 1.0)


def test_series_reader_streams_and_accepts_iso_variants():
    lines = iter(
        [
            b"\xef\xbb\xbfValue,timestamp,extra\n",
            b"1.5,2015-03-02T10:00:00Z,x\n",
            b"\n",
            b"2,2015-03-02 10:05:00+00:00,y\n",
        ]
    )
    rows = open_series(lines)
    first = next(rows)
    assert (first.value, first.timestamp_text) == (1.5, "2015-03-02T10:00:00Z")
    assert next(rows).value == 2.0
    assert next(rows, None) is None


@pytest.mark.parametrize(
    "data",
    [
        [],
        [b"time,value\n"],
        [b"timestamp,value\n", b"2015-03-02 10:00:00,nan\n"],
        [b"timestamp,value\n", b"2015-03-02 10:00:00\n"],
        [b"timestamp,value\n", b"2015-03-02 10:00:00,1\n", b"2015-03-02 09:00:00,1\n"],
        [b"timestamp,value\n", b"2015-03-02 10:00:00,1\n", b"2015-03-02 11:00:00Z,1\n"],
    ],
)
def test_series_reader_refuses_bad_input_in_dutch(data):
    with pytest.raises(SeriesError) as info:
        list(open_series(iter(data)))
    assert any(w in str(info.value) for w in ("regel", "invoer", "kolom"))
