# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""A thin adapter around :func:`meedoen.check` for evaluation runs.

It never lets one bad input stop a run: errors are counted and reported.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

SERIOUS = frozenset({"risico", "ernstig"})


@dataclass(frozen=True)
class Hit:
    category: str
    start: int
    end: int
    severity: str
    detector: str
    rule: str


@dataclass
class Outcome:
    level: str | None
    hits: list[Hit]
    error: str | None = None

    def categories(self, *, include_let_op: bool = False) -> set[str]:
        return {h.category for h in self.hits if include_let_op or h.severity in SERIOUS}

    def spans(self, category: str, *, include_let_op: bool = True) -> list[tuple[int, int]]:
        return [
            (h.start, h.end)
            for h in self.hits
            if h.category == category and (include_let_op or h.severity in SERIOUS)
        ]


@dataclass
class Runner:
    """Calls the engine and keeps count of failures."""

    errors: Counter[str] = field(default_factory=Counter)
    calls: int = 0

    def __post_init__(self) -> None:
        from meedoen import check

        self._check = check

    def run(self, text: str, profile: Any = None, context: Any = None) -> Outcome:
        self.calls += 1
        try:
            a = self._check(text, profile=profile, context=context)
        except Exception as exc:  # noqa: BLE001 - an evaluation must finish and report
            key = f"{type(exc).__name__}: {str(exc)[:120]}"
            self.errors[key] += 1
            return Outcome(None, [], key)
        hits = [Hit(f.category, f.start, f.end, f.severity, f.detector, f.rule) for f in a.findings]
        return Outcome(a.level, hits)


def engine_info() -> dict[str, Any]:
    """Versions and the detectors that are registered right now."""
    from meedoen import __version__
    from meedoen.core.assessment.engine import get_engine

    engine = get_engine()
    dets = sorted((d.category, d.name) for d in engine.detectors)
    return {
        "engine_version": __version__,
        "codex_version": engine.codex.version,
        "detectors": dets,
    }
