# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The settings of a dossier that privacy and analytics need, as plain data.

The storage layer keeps dossiers in its own tables; it hands these frozen
dataclasses (or any object with the same attributes) to the functions in
:mod:`.dossier_query`, :mod:`.dpia` and :mod:`meedoen.monitor.analytics.strategy`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from meedoen.monitor.privacy.pseudonym import Period

RETENTION_DAYS = 30
K_DEFAULT = 5


@dataclass(frozen=True, slots=True)
class Query:
    """What a dossier listens for. Terms are matched case-insensitively."""

    keywords: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()  # with or without the leading "#"
    exclusions: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("nl",)  # ISO 639-1; empty: every language

    @property
    def terms(self) -> tuple[str, ...]:
        """Keywords and hashtags (with "#"): what collection searches for."""
        tags = tuple(h if h.startswith("#") else f"#{h}" for h in self.hashtags)
        return self.keywords + tags


@dataclass(frozen=True, slots=True)
class DossierSettings:
    """A dossier: the unit of listening (issue #4, item 1)."""

    id: str
    name: str
    owner: str  # a function or department, accountable for the dossier
    purpose: str
    legal_basis: str  # note on the legal basis (e.g. "AVG art. 6 lid 1 sub e: ...")
    end_date: date | None
    query: Query = field(default_factory=Query)
    sources: tuple[str, ...] = ()
    start_date: date | None = None
    ended_at: datetime | None = None  # set when ended early ("dossier end")
    retention_days: int = RETENTION_DAYS
    k: int = K_DEFAULT
    pseudonym_period: Period = "week"
    sensitivity: str = "midden"  # "laag" | "midden" | "hoog", as in the organisation pack
