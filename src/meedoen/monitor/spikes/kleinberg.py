# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Baseline 2: Kleinberg's two-state burst automaton, run causally.

Kleinberg (2002) finds bursts with a hidden-state automaton and a Viterbi pass
over the whole series. Here the same automaton runs forward only (the causal
"filtering" variant): after each point we know the cheapest state sequence
*ending* in the base state (cost C0) and in the burst state (cost C1), using
only the past. Emission costs are Poisson negative log-likelihoods with the
base rate λ0 = the mean of the last WINDOW points and the burst rate
λ1 = S · λ0; entering the burst state costs GAMMA · ln(WINDOW), leaving it is
free. The score is ``d / (d + D_HALF)`` for d = C0 − C1 > 0 (the burst state is
the better explanation of the series up to now), else 0.
"""

from __future__ import annotations

import math
from collections import deque
from datetime import datetime

from meedoen.monitor.spikes.base import SpikeDetectorBase, register


@register
class KleinbergDetector(SpikeDetectorBase):
    NAME = "kleinberg"
    DESCRIPTION = "basislijn: Kleinbergs burst-automaat (twee toestanden), causaal doorgerekend"

    WINDOW = 2016  # base rate: mean of the last week of 5-minute buckets
    MIN_POINTS = 24
    S = 3.0  # burst rate = S · base rate
    GAMMA = 3.0  # cost of entering the burst state, times ln(WINDOW)
    MIN_RATE = 0.5  # floor on the base rate (Poisson needs λ > 0)
    D_HALF = 20.0  # the cost difference that maps to score 0.5

    def validate(self) -> None:
        super().validate()
        self._check("WINDOW", self.WINDOW, 2)
        self._check("MIN_POINTS", self.MIN_POINTS, 1, self.WINDOW)
        self._check("S", self.S, 1.0 + 1e-9)
        self._check("GAMMA", self.GAMMA, 0.0)
        self._check("MIN_RATE", self.MIN_RATE, 1e-9)
        self._check("D_HALF", self.D_HALF, 1e-9)

    def __init__(self, **params: float) -> None:
        super().__init__(**params)
        self._window: deque[float] = deque()
        self._sum = 0.0
        self._c0 = 0.0
        self._c1 = math.inf
        self._tau = self.GAMMA * math.log(self.WINDOW)

    @staticmethod
    def _cost(x: float, rate: float) -> float:
        # Poisson −log-likelihood without the ln(x!) term, which both states share
        return rate - x * math.log(rate)

    def _score(self, timestamp: datetime, value: float) -> float:
        score = 0.0
        x = max(value, 0.0)
        n = len(self._window)
        if n >= self.MIN_POINTS:
            lam0 = max(self._sum / n, self.MIN_RATE)
            c0 = min(self._c0, self._c1) + self._cost(x, lam0)
            c1 = min(self._c1, self._c0 + self._tau) + self._cost(x, self.S * lam0)
            low = min(c0, c1)
            self._c0, self._c1 = c0 - low, c1 - low  # only the difference matters
            d = self._c0 - self._c1
            score = d / (d + self.D_HALF) if d > 0 else 0.0
        self._window.append(value)
        self._sum += value
        if len(self._window) > self.WINDOW:
            self._sum -= self._window.popleft()
        if len(self._window) % 4096 == 0:
            self._sum = math.fsum(self._window)
        return score
