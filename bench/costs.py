# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Where the time goes: each registered detector timed on its own.

Uses the detector API directly (as tests/conftest.py does). The sum of the
detector times is less than a full check(), which also builds the document,
the findings with their citations, the factors and the decision.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from eval.metrics import md_table, percentile


@dataclass
class DetectorCost:
    name: str
    category: str
    mean_ms: float
    p99_ms: float
    max_ms: float


def detector_costs(texts: Sequence[str]) -> list[DetectorCost]:
    from meedoen.core.assessment.engine import get_engine
    from meedoen.core.assessment.models import Context, Profile
    from meedoen.core.detectors.base import CheckContext
    from meedoen.core.text import Document

    engine = get_engine()
    profile, context = Profile(), Context(date=date(2026, 11, 28))
    docs = [Document(t) for t in texts]
    costs = []
    for det in engine.detectors:
        lat = []
        for doc in docs:
            ctx = CheckContext(
                profile=profile,
                context=context,
                codex=engine.codex,
                organisation=engine.codex.organisation,
                on=date(2026, 11, 28),
            )
            t0 = time.perf_counter_ns()
            list(det.detect(doc, ctx))
            lat.append((time.perf_counter_ns() - t0) / 1e6)
        costs.append(
            DetectorCost(
                det.name,
                det.category,
                sum(lat) / len(lat),
                percentile(lat, 99),
                max(lat),
            )
        )
    return sorted(costs, key=lambda c: -c.mean_ms)


def costs_section(costs: Sequence[DetectorCost], n: int) -> str:
    total = sum(c.mean_ms for c in costs)
    rows = [
        [c.name, c.category, f"{c.mean_ms:.3f}", f"{c.p99_ms:.3f}", f"{c.max_ms:.2f}"]
        for c in costs
    ]
    return f"""## 4. Cost per detector (280-character posts)

Each registered detector timed alone on the same {n} posts of 280 characters
(one `Document` per post, built outside the timing). Sum of the means:
{total:.3f} ms; the rest of a full `check()` is document building, findings,
citations, factors and the decision table. Sorted by mean.

{md_table(["detector", "category", "mean ms", "p99 ms", "max ms"], rows)}
"""
