# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Combinations: one finding changes the weight of another.

Detectors look at a post one category at a time; some risks only show when two
findings meet. Aanwijzing 15 weighs them together: a leak, a promise or a
remark to a journalist weighs more on one's *own* dossier (factor a, distance
between function and topic); unpublished information weighs more when the
post itself names the moment it becomes public, and a political remark weighs
more in an election period (factor c, timing).

Each row of :data:`COMBINATIONS` names what it needs and what it changes. A
combined finding carries the tag ``combinatie=<id>`` and says so in its
explanation; a category raised only by a combination is an *amplifier*: it
makes the other risk heavier but does not count as a second, independent risk
in row B2 of the decision table (see :func:`amplified`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from meedoen.core.assessment.combine_rules import (
    ON_OWN_DOSSIER,
    TAG,
    Pair,
    before_moment,
    contact_teaser,
    dossier_hint,
    dossier_policy_opinion,
    election_opinion,
    own_dossier,
)
from meedoen.core.detectors.base import RISICO, CheckContext, Detector
from meedoen.core.text import Document

__all__ = ["COMBINATIONS", "INDEPENDENT", "ON_OWN_DOSSIER", "TAG", "Combination", "Pair"]


@dataclass(frozen=True)
class Combination:
    """``apply(doc, pairs, detectors, ctx)`` returns the pairs with this combination applied."""

    id: str
    condition: str  # Dutch, as shown in docs/decision-table.md
    apply: Callable[[Document, list[Pair], Sequence[Detector], CheckContext | None], list[Pair]]


COMBINATIONS: tuple[Combination, ...] = (
    Combination(
        "C4",
        "op het eigen dossier wordt een lichte hint een risico: doorschemeren dat je meer weet "
        "(intern, 'meer mag ik niet zeggen', 👀) bij vertrouwelijk, een geruststelling of belofte "
        "('geen zorgen, dat komt goed') bij namens-organisatie",
        dossier_hint,
    ),
    Combination(
        "C5",
        "contact met een journalist of Kamerlid (pers of kamerlid, risico of hoger) en een aanbod "
        "of hint van meer dan openbaar is ('de echte cijfers', 'mail me maar privé', 👀) geven "
        "een risico bij vertrouwelijk",
        contact_teaser,
    ),
    Combination(
        "C6",
        "een mening over het eigen dossier (eigen-dossier, risico of hoger) in een bericht over "
        "beleid of bestuur (kabinet, minister, wethouder, een plan, regeling of wet) is ook een "
        "politieke uiting: risico bij politiek",
        dossier_policy_opinion,
    ),
    Combination(
        "C1",
        "een aandachtspunt bij het eigen dossier wordt een risico als het bericht ook een risico "
        "heeft bij " + ", ".join(sorted(ON_OWN_DOSSIER)),
        own_dossier,
    ),
    Combination(
        "C2",
        "niet-openbare informatie (vertrouwelijk, risico of hoger) en een genoemd moment van "
        "bekendmaking in de toekomst (in dezelfde zin als uit, bekend, besluit, persbericht …) "
        "geven een risico bij timing",
        before_moment,
    ),
    Combination(
        "C3",
        "een verkiezingsperiode (aandachtspunt bij timing) wordt een risico als het bericht ook "
        "een politieke uiting (politiek, risico of hoger) heeft",
        election_opinion,
    ),
)


def apply(
    doc: Document,
    pairs: list[Pair],
    detectors: Sequence[Detector],
    ctx: CheckContext | None = None,
) -> list[Pair]:
    """All combinations, in table order (``ctx``: the check's context, for the audience)."""
    for combination in COMBINATIONS:
        pairs = combination.apply(doc, pairs, detectors, ctx)
    return pairs


# Combinations that find a risk of their own rather than weighting another: C5's leak to a
# journalist or MP is a breach next to the contact itself (Aanwijzing 12 and Aw art. 9).
INDEPENDENT = frozenset({f"{TAG}=C5"})


def amplified(tagged: Sequence[tuple[str, int, tuple[str, ...]]]) -> frozenset[str]:
    """Categories whose only risico findings come from a combination ((category, severity,
    tags) per finding): they amplify another risk and do not count as one of their own
    (except the combinations in :data:`INDEPENDENT`)."""

    def combined(tags: tuple[str, ...]) -> bool:
        return any(x.startswith(TAG) and x not in INDEPENDENT for x in tags)

    by_combination = {c for c, s, t in tagged if s == RISICO and combined(t)}
    on_their_own = {c for c, s, t in tagged if s == RISICO and not combined(t)}
    return frozenset(by_combination - on_their_own)


def as_markdown() -> str:
    """The combinations as Markdown, for docs/decision-table.md."""
    lines = ["| combinatie | wat er gebeurt |", "|---|---|"]
    lines += [f"| {c.id} | {c.condition} |" for c in COMBINATIONS]
    return "\n".join(lines) + "\n"
