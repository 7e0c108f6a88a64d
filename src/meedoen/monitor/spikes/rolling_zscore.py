# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Baseline 1: a rolling z-score (mean and standard deviation of the last points).

The classic "mean + k·σ over a rolling window" alert (Socialmetrix-style; NAB's
windowed Gaussian is a relative). The window holds the WINDOW points *before*
the current one; running sums keep an update O(1). Only upward deviations
count: z ≤ 0 scores 0, otherwise ``z / (z + Z_HALF)``.
"""

from __future__ import annotations

import math
from collections import deque
from datetime import datetime

from meedoen.monitor.spikes.base import SpikeDetectorBase, register


@register
class RollingZScoreDetector(SpikeDetectorBase):
    NAME = "rolling-zscore"
    DESCRIPTION = "basislijn: z-score t.o.v. gemiddelde en standaardafwijking van de laatste punten"

    WINDOW = 2016  # one week of 5-minute buckets
    MIN_POINTS = 24  # score 0 until the window holds this many points
    MIN_STD = 1.0  # floor on the standard deviation (flat series)
    Z_HALF = 5.0  # the z that maps to score 0.5

    def validate(self) -> None:
        super().validate()
        self._check("WINDOW", self.WINDOW, 2)
        self._check("MIN_POINTS", self.MIN_POINTS, 2, self.WINDOW)
        self._check("MIN_STD", self.MIN_STD, 1e-12)
        self._check("Z_HALF", self.Z_HALF, 1e-12)

    def __init__(self, **params: float) -> None:
        super().__init__(**params)
        self._window: deque[float] = deque()
        self._sum = 0.0
        self._sumsq = 0.0

    def _score(self, timestamp: datetime, value: float) -> float:
        score = 0.0
        n = len(self._window)
        if n >= self.MIN_POINTS:
            mean = self._sum / n
            var = max(self._sumsq / n - mean * mean, 0.0)
            z = (value - mean) / max(math.sqrt(var), self.MIN_STD)
            score = z / (z + self.Z_HALF) if z > 0 else 0.0
        self._window.append(value)
        self._sum += value
        self._sumsq += value * value
        if len(self._window) > self.WINDOW:
            old = self._window.popleft()
            self._sum -= old
            self._sumsq -= old * old
        if len(self._window) % 4096 == 0:  # refresh the sums against float drift
            self._sum = math.fsum(self._window)
            self._sumsq = math.fsum(v * v for v in self._window)
        return score
