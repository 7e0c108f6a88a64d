# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Weighing a political opinion, for the ``politiek`` detector.

Praise or criticism, a political body or an office-holder, a slur in a call to
vote, a judgement at the end of a long clause, agreement with a political
statement in a reply, and factor (a) of Aanwijzing 15: a polite private opinion
far from the author's work weighs little.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from meedoen.core.text.document import Document
from meedoen.core.text.opinion import Opinion, find_opinions
from meedoen.core.text.politics import Target, find_targets
from meedoen.core.text.politics_distance import topic_terms, touches_terms
from meedoen.core.text.politics_opinion import (
    AGREE_RE,
    POLITE_FLOOR,
    WHAT_CLAUSE_RE,
    is_derision,
)

if TYPE_CHECKING:
    from meedoen.core.detectors.base import CheckContext

# Political bodies: praising them publicly is a political opinion too.
BODIES = frozenset(
    "kabinet kabinetten regering regeringen coalitie coalities oppositie kamer kamerleden "
    "kamerfractie politiek politici politicus gemeenteraad staten government cabinet "
    "coalition parliament politicians mps".split()  # noqa: SIM905
)
# Levels whose polite opinions far from their work weigh little (top and leidinggevend weigh more).
FAR_LEVELS = frozenset({"uitvoering", "beleid"})


def praise_only(opinions: list[Opinion]) -> bool:
    """Only praise, or only a weak frame ("ik vind de VVD een prima partij")."""
    return all(o.polarity > 0 or o.kind == "weak" for o in opinions)


def is_body(target: Target) -> bool:
    """A political body (kabinet, coalitie, Tweede Kamer, government), not an office-holder."""
    last = target.label.lower().split()[-1] if target.label else ""
    return target.kind == "office" and last.lstrip("#") in BODIES


def clause_pair(
    text: str, start: int, end: int, opinions: list[Opinion], targets: list[Target]
) -> tuple[Opinion | None, Target | None]:
    """ "Wat het kabinet nu voorstelt, …, is onhoudbaar": judgement at the end of the clause."""
    low = text[start:end].lower()
    if "wat " not in low and "what " not in low:
        return None, None
    clause = WHAT_CLAUSE_RE.search(text, start, end)
    if clause is None:
        return None, None
    target = next((t for t in targets if clause.start() <= t.start < clause.end()), None)
    pick = next((o for o in opinions if o.start >= clause.end() and o.polarity < 0), None)
    return (pick, target) if pick and target else (None, None)


def has_slur(text: str, start: int, end: int) -> bool:
    """An insult or derision in the sentence ("stem niet op die corrupte wethouder")."""
    return any(
        o.kind == "insult" or (o.polarity < 0 and is_derision(text[o.start : o.end]))
        for o in find_opinions(text, start, end)
    )


def far_and_polite(doc: Document, ctx: CheckContext, opinions: list[Opinion], text: str) -> bool:
    """A polite private opinion on a topic far from the author's work (factor a).

    Far: the profile says what the author works on (dossiers or function) and the post
    touches none of it, nor names the author's own organisation; for rijksambtenaren
    the cabinet and ministers are never far. Top and leidinggevend weigh more: never far.
    """
    profile = ctx.profile
    if ctx.in_function or profile.level not in FAR_LEVELS:
        return False
    terms = topic_terms(profile)
    if not terms or touches_terms(doc.lower, terms):
        return False
    organisation = (profile.organisation or ctx.organisation.name or "").lower()
    if organisation.startswith("ministerie") and any(
        w in doc.words for w in ("kabinet", "minister", "ministers", "regering", "coalitie")
    ):
        return False
    tail = organisation.split()[-1] if organisation else ""
    if len(tail) >= 4 and tail in doc.lower:
        return False
    return all(
        o.kind not in ("insult", "sarcasm")
        and o.polarity >= POLITE_FLOOR
        and not is_derision(text[o.start : o.end])
        for o in opinions
    )


def agreement(text: str, reply: object) -> re.Match[str] | None:
    """A reply that opens by agreeing with a political statement ("Helemaal mee eens!").

    Counted when replying to a politician, or to a citizen's post that itself judges
    politics. Replies to an MP are left to the kamerlid detector, which weighs the contact.
    """
    if reply is None:
        return None
    role = getattr(reply, "author_role", None)
    if role in ("kamerlid", "journalist"):
        return None
    m = AGREE_RE.match(text)
    if m is None:
        return None
    if role == "politicus":
        return m
    other = getattr(reply, "text", None) or ""
    if not other or not find_targets(other):
        return None
    return m if any(o.polarity < 0 for o in find_opinions(other)) else None
