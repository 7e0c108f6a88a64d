# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Base class and data types shared by all detectors.

A detector looks at a :class:`~meedoen.core.text.Document` in a
:class:`CheckContext` and yields :class:`Evidence`: an exact span (in the
normalised text), a severity, a plain-Dutch message and concrete advice, and
the id of the rule it rests on. The engine turns evidence into findings with
the rule's text and source from the codex.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from meedoen.core.text import Document

if TYPE_CHECKING:
    from meedoen.core.assessment.models import Context, Profile
    from meedoen.core.codex.codex import Codex
    from meedoen.core.codex.models import OrganisationData

from meedoen.core.categories import CATEGORIES  # noqa: E402  (re-exported)

# Severity of one piece of evidence (see docs/decision-table.md).
LET_OP = 1  # worth a second look; on its own it does not raise the level
RISICO = 2  # a real risk: at least oranje
ERNSTIG = 3  # a likely breach of a rule: rood


@dataclass(frozen=True, slots=True)
class Evidence:
    """One observation by a detector, in normalised-text coordinates."""

    start: int
    end: int
    message: str
    advice: str
    severity: int = RISICO
    rule: str | None = None
    explanation: str = ""
    tags: tuple[str, ...] = ()


@dataclass
class CheckContext:
    """Everything a detector may consult besides the text."""

    profile: Profile
    context: Context
    codex: Codex
    organisation: OrganisationData
    on: date
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def in_function(self) -> bool:
        return self.context.capacity == "in-functie"

    @property
    def public(self) -> bool:
        return self.context.effective_audience() == "openbaar"


class Detector:
    """Base class for detectors. Subclasses set the class constants and
    implement :meth:`detect`; :meth:`validate` filters candidates.

    ``name`` is unique and versioned (``persoonsgegevens.bsn.v1``);
    ``category`` is one of :data:`CATEGORIES`; ``rule`` is the id of the rule
    in the codex that the evidence rests on by default.
    """

    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    rule: ClassVar[str] = ""
    description: ClassVar[str] = ""

    @classmethod
    def check_plugin(cls) -> None:
        """Registry hook: refuse a detector with a category outside the contract."""
        if cls.category not in CATEGORIES:
            raise ValueError(f"{cls.__name__}: unknown category '{cls.category}'")
        if not cls.rule:
            raise ValueError(f"{cls.__name__}: no default rule")

    def detect(self, doc: Document, ctx: CheckContext) -> Iterable[Evidence]:
        raise NotImplementedError  # pragma: no cover - abstract

    def validate(self, candidate: str) -> bool:
        """Return False to drop a candidate match (checksums, allow-lists)."""
        return True
