# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""meedoen's spike detector: a robust score against the same hour of the week.

1. Counts are variance-stabilised (Anscombe: y = 2·sqrt(x + 3/8); σ ≈ 1).
2. Baseline: median and MAD of y in the same hour-of-week slot (Monday
   09:00–10:00, …) in earlier weeks; while a slot has too little history, the
   median/MAD of the most recent points (both refreshed when an hour ends).
   Values of the current hour join their slot only when the hour is over, so
   a point is never its own baseline, and they are winsorised at baseline +
   CLIP_Z · scale so that a past spike does not inflate next week's baseline.
   The point counts below assume 5-minute buckets (as in NAB realTweets);
   with hourly buckets, divide them by 12.
3. Robust z = (y − median) / max(1.4826 · MAD, MIN_SCALE).
4. Relative and absolute thresholds (in counts): a spike must reach
   REL_MIN × baseline and baseline + ABS_MIN, else its score is damped.
5. Evidence, per series: for a statistic, p is the share of its last
   CAL_POINTS values that were at least as large (beyond the largest, p
   shrinks with the excess), and log10(1/p) is its evidence. Three statistics:
   the point's z; the burst z, the z of the points of the last BURST_S seconds
   summed and divided by sqrt(their number) (a rise that lasts half an hour
   beats a 5-minute blip); and the level z, the same over LEVEL_S seconds with
   each z clipped at LEVEL_CLIP_Z (a moderate rise that lasts for hours, which
   no single point shows). Evidence = max(POINT_WEIGHT · point + (1 −
   POINT_WEIGHT) · burst, LEVEL_WEIGHT · level); score = evidence /
   SCORE_DECADES, capped at 1, so the alert level 0.5 means about 2.7 decades
   ("one point in 500 is this unusual"), on busy and quiet dossiers alike.
6. Cool-down: after an alert (score ≥ ALERT_SCORE) scores are damped for
   COOLDOWN_S seconds, unless the spike grows past ESCALATE × its alert z.
"""

from __future__ import annotations

import bisect
import math
from collections import deque
from datetime import datetime

from meedoen.monitor.spikes.base import SpikeDetectorBase, register, seconds


def median_mad(values: list[float]) -> tuple[float, float]:
    """Median and median absolute deviation of a non-empty list."""
    s = sorted(values)
    n = len(s)
    med = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    d = sorted(abs(v - med) for v in s)
    mad = d[n // 2] if n % 2 else (d[n // 2 - 1] + d[n // 2]) / 2
    return med, mad


class TailRank:
    """log10(1/p) for the tail share p of a value among the last ``size`` values.

    Beyond the largest value p shrinks with the excess ratio, measured from at
    least FLOOR (one scale unit of z): a short or flat history, whose largest
    value is near 0, must not turn a modest z into a huge excess.
    """

    FLOOR = 1.0

    def __init__(self, size: int) -> None:
        self.size = size
        self._arrival: deque[float] = deque()
        self._sorted: list[float] = []

    def __call__(self, z: float) -> float:
        """The evidence of ``z`` against the values seen before; then remember it."""
        n = len(self._sorted)
        if n == 0:
            p = 1.0
        elif z > self._sorted[-1]:
            p = max(self._sorted[-1], self.FLOOR) / max(z, self.FLOOR) / (n + 1)
        else:
            p = (n - bisect.bisect_left(self._sorted, z) + 1) / (n + 1)
        self._arrival.append(z)
        bisect.insort(self._sorted, z)
        if len(self._arrival) > self.size:
            del self._sorted[bisect.bisect_left(self._sorted, self._arrival.popleft())]
        return -math.log10(p)


class RecentSum:
    """Sum of the values of the last ``span`` seconds / sqrt(their number); at least one value."""

    def __init__(self, span: float) -> None:
        self.span = span
        self._items: deque[tuple[float, float]] = deque()
        self._sum = 0.0

    def __call__(self, now: float, value: float) -> float:
        self._items.append((now, value))
        self._sum += value
        while len(self._items) > 1 and self._items[0][0] <= now - self.span:
            self._sum -= self._items.popleft()[1]
        return self._sum / math.sqrt(len(self._items))


@register
class HourOfWeekDetector(SpikeDetectorBase):
    NAME = "hour-of-week"
    DESCRIPTION = (
        "robuuste score t.o.v. hetzelfde uur van de week (losse piek, half uur, zes uur), "
        "met drempels en afkoeltijd"
    )

    SLOT_POINTS = 144  # history per hour-of-week slot (12 weeks of 5-minute buckets)
    MIN_SLOT_POINTS = 24  # two weeks; below this, fall back to the recent baseline
    RECENT_POINTS = 288  # recent baseline: the last day of 5-minute buckets
    MIN_RECENT_POINTS = 24  # before this many points the score is 0
    MIN_SCALE = 4.0  # in Anscombe units (Poisson noise alone has σ ≈ 1)
    REL_MIN = 1.5
    ABS_MIN = 8.0
    GATE_FACTOR = 0.3
    CLIP_Z = 5.0
    CAL_POINTS = 8064  # calibration memory: four weeks of 5-minute buckets
    BURST_S = 1800.0  # burst z: the points of the last half hour (one point if hourly)
    POINT_WEIGHT = 0.7  # weight of the point tail; the burst tail gets the rest
    LEVEL_S = 21600.0  # level z: the points of the last six hours
    LEVEL_CLIP_Z = 3.0
    LEVEL_WEIGHT = 0.8
    SCORE_DECADES = 5.4  # score 1 = 5.4 decades of evidence; 0.5 = 2.7
    ALERT_SCORE = 0.5
    COOLDOWN_S = 86400.0
    COOLDOWN_FACTOR = 0.3
    ESCALATE = 2.0

    def validate(self) -> None:
        super().validate()
        for name in ("SLOT_POINTS", "RECENT_POINTS", "CAL_POINTS"):
            self._check(name, getattr(self, name), 1)
        self._check("MIN_RECENT_POINTS", self.MIN_RECENT_POINTS, 1, self.RECENT_POINTS)
        self._check("MIN_SLOT_POINTS", self.MIN_SLOT_POINTS, 1, self.SLOT_POINTS)
        for name in ("MIN_SCALE", "CLIP_Z", "ESCALATE", "SCORE_DECADES"):
            self._check(name, getattr(self, name), 1e-9)
        for name in ("ABS_MIN", "COOLDOWN_S"):
            self._check(name, getattr(self, name), 0.0)
        self._check("REL_MIN", self.REL_MIN, 1.0)
        for name in ("BURST_S", "LEVEL_S", "LEVEL_CLIP_Z"):
            self._check(name, getattr(self, name), 0.0)
        for name in (
            "GATE_FACTOR",
            "ALERT_SCORE",
            "COOLDOWN_FACTOR",
            "POINT_WEIGHT",
            "LEVEL_WEIGHT",
        ):
            self._check(name, getattr(self, name), 0.0, 1.0)

    def __init__(self, **params: float) -> None:
        super().__init__(**params)
        self._slots: dict[int, deque[float]] = {}
        self._stats: dict[int, tuple[float, float]] = {}
        self._hour: tuple[int, int, int, int] | None = None
        self._slot = 0
        self._pending: list[float] = []
        self._recent: deque[float] = deque(maxlen=int(self.RECENT_POINTS))
        self._recent_stats: tuple[float, float] | None = None
        self._tails = [TailRank(int(self.CAL_POINTS)) for _ in range(3)]  # point, burst, level
        self._burst = RecentSum(self.BURST_S)
        self._level = RecentSum(self.LEVEL_S)
        self._cool_until = -math.inf
        self._alert_z = 0.0

    def _roll_hour(self, ts: datetime) -> None:
        hour = (ts.year, ts.month, ts.day, ts.hour)
        if hour == self._hour:
            return
        if self._pending:
            hist = self._slots.setdefault(self._slot, deque(maxlen=int(self.SLOT_POINTS)))
            hist.extend(self._pending)
            self._stats[self._slot] = median_mad(list(hist))
            self._pending = []
        self._hour = hour
        self._slot = ts.weekday() * 24 + ts.hour
        if len(self._recent) >= self.MIN_RECENT_POINTS:  # refreshed once an hour too
            self._recent_stats = median_mad(list(self._recent))

    def _baseline(self) -> tuple[float, float] | None:
        hist = self._slots.get(self._slot)
        if hist is not None and len(hist) >= self.MIN_SLOT_POINTS:
            return self._stats[self._slot]
        return self._recent_stats

    def _evidence(self, now: float, z: float) -> float:
        """max(weighted point + burst evidence, weighted level evidence) in decades."""
        point, burst, level = self._tails
        w = self.POINT_WEIGHT
        short = w * point(z) + (1.0 - w) * burst(self._burst(now, z))
        long = level(self._level(now, min(z, self.LEVEL_CLIP_Z)))
        return max(short, self.LEVEL_WEIGHT * long)

    def _score(self, timestamp: datetime, value: float) -> float:
        self._roll_hour(timestamp)
        y = 2.0 * math.sqrt(max(value, 0.0) + 0.375)
        base = self._baseline()
        stored, score = y, 0.0
        if base is not None:
            med, mad = base
            scale = max(1.4826 * mad, self.MIN_SCALE)
            stored = min(y, med + self.CLIP_Z * scale)
            z = (y - med) / scale
            now = seconds(timestamp)
            score = min(1.0, self._evidence(now, z) / self.SCORE_DECADES)
            expected = max((med / 2.0) ** 2 - 0.375, 0.0)
            if value < self.REL_MIN * expected or value - expected < self.ABS_MIN:
                score *= self.GATE_FACTOR
            if now < self._cool_until and z < self.ESCALATE * self._alert_z:
                score *= self.COOLDOWN_FACTOR
            elif score >= self.ALERT_SCORE:
                self._cool_until, self._alert_z = now + self.COOLDOWN_S, z
        self._pending.append(stored)
        self._recent.append(stored)
        return score
