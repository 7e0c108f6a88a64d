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
5. Calibration per series: p is the share of the last CAL_POINTS robust z
   values that were at least as large (beyond the largest, p shrinks with the
   excess) and the score is log10(1/p) / SCORE_DECADES, capped at 1: 0.5 means
   "one point in a thousand is this unusual", on busy and quiet dossiers alike.
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


@register
class HourOfWeekDetector(SpikeDetectorBase):
    NAME = "hour-of-week"
    DESCRIPTION = "robuuste score t.o.v. hetzelfde uur van de week, met drempels en afkoeltijd"

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
    SCORE_DECADES = 6.0  # score 1 = a tail share of 10^-6; 0.5 = one point in 1000
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
        for name in ("GATE_FACTOR", "ALERT_SCORE", "COOLDOWN_FACTOR"):
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
        self._zs: deque[float] = deque()  # calibration memory, in arrival order
        self._sorted: list[float] = []  # the same values, sorted
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

    def _calibrate(self, z: float) -> float:
        """log10(1/p) / SCORE_DECADES for the tail share p of z; then remember z."""
        n = len(self._sorted)
        if n == 0:
            p = 1.0
        elif z > self._sorted[-1]:
            p = max(self._sorted[-1], 1e-9) / max(z, 1e-9) / (n + 1)
        else:
            p = (n - bisect.bisect_left(self._sorted, z) + 1) / (n + 1)
        self._zs.append(z)
        bisect.insort(self._sorted, z)
        if len(self._zs) > self.CAL_POINTS:
            del self._sorted[bisect.bisect_left(self._sorted, self._zs.popleft())]
        return min(1.0, -math.log10(p) / self.SCORE_DECADES)

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
            score = self._calibrate(z)
            now = seconds(timestamp)
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
