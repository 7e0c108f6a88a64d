# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The one decision table that turns findings and factors into a level.

Rows are tried in order; the first row whose condition holds gives the level.
``docs/decision-table.md`` is generated from :data:`DECISION_TABLE` and a
test keeps the two equal. No other code decides a level.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from meedoen.core.assessment.models import Factors, Level

SEVERITY_NAMES = {1: "let-op", 2: "risico", 3: "ernstig"}

# Categories that describe a circumstance of a post rather than a separate breach:
# timing is factor (c) of Aanwijzing 15 and amplifies the other findings through
# the factors, so it does not count as a second, independent risk in row B2.
CIRCUMSTANCES = frozenset({"timing"})


@dataclass(frozen=True)
class Situation:
    """What the decision table looks at."""

    severities: tuple[int, ...]  # one per finding
    categories_by_severity: dict[int, frozenset[str]]
    factors: Factors
    # categories raised to risico only by a combination (meedoen.core.assessment.combine)
    amplifiers: frozenset[str] = frozenset()

    @property
    def max_severity(self) -> int:
        return max(self.severities, default=0)

    def count(self, severity: int) -> int:
        return sum(1 for s in self.severities if s == severity)

    def factors_at_least(self, score: int) -> int:
        return sum(1 for k in "abcdef" if getattr(self.factors, k).score >= score)


@dataclass(frozen=True)
class Row:
    id: str
    condition: str  # Dutch, shown to the user as the reason for the level
    level: Level
    holds: Callable[[Situation], bool]


DECISION_TABLE: tuple[Row, ...] = (
    Row(
        "B1",
        "minstens één ernstige bevinding",
        "rood",
        lambda s: s.max_severity >= 3,
    ),
    Row(
        "B2",
        "risico's in twee of meer verschillende categorieën (naast timing en naast een risico dat "
        "alleen uit een combinatie volgt), die elkaar versterken",
        "rood",
        lambda s: (
            len(s.categories_by_severity.get(2, frozenset()) - CIRCUMSTANCES - s.amplifiers) >= 2
        ),
    ),
    Row(
        "B3",
        "een risico, versterkt doordat drie of meer wegingsfactoren maximaal (3) scoren",
        "rood",
        lambda s: s.max_severity == 2 and s.factors_at_least(3) >= 3,
    ),
    Row(
        "B4",
        "minstens één bevinding met risico",
        "oranje",
        lambda s: s.max_severity == 2,
    ),
    Row(
        "B5",
        "aandachtspunten in twee of meer categorieën en twee of meer wegingsfactoren die maximaal (3) scoren",
        "oranje",
        lambda s: (
            len(s.categories_by_severity.get(1, frozenset())) >= 2 and s.factors_at_least(3) >= 2
        ),
    ),
    Row(
        "B6",
        "geen bevindingen met risico en geen zwaarwegende combinatie van factoren",
        "groen",
        lambda s: True,
    ),
)


def decide(situation: Situation) -> Row:
    """The first row of :data:`DECISION_TABLE` that holds."""
    for row in DECISION_TABLE:
        if row.holds(situation):
            return row
    raise AssertionError("the last row always holds")  # pragma: no cover


def as_markdown() -> str:
    """The table as Markdown, for docs/decision-table.md."""
    lines = [
        "| regel | voorwaarde | niveau |",
        "|---|---|---|",
    ]
    lines += [f"| {r.id} | {r.condition} | {r.level} |" for r in DECISION_TABLE]
    return "\n".join(lines) + "\n"
