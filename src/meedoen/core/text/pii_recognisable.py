# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Who a sentence is about, for :mod:`meedoen.core.detectors.builtin.herkenbaar`.

:func:`person` picks the person of a sentence from the references
:mod:`meedoen.core.text.pii_person` found and the descriptions of
:func:`meedoen.core.text.pii_described.described`; :func:`not_about` says when a
circumstance next to that person is a topic, a condition or the description
itself; :class:`Facts` holds what the whole post says about its sources.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from meedoen.core.text import pii_described as d
from meedoen.core.text.names import AMBIGUOUS_FIRST, first_names


class Ref(NamedTuple):
    start: int
    end: int
    strong: bool
    how: str


class Facts(NamedTuple):
    """What the whole post says about its sources and how findable people are."""

    safe: bool  # the person said it in public, it was published, or it is anonymised
    work: bool  # the author knows it through work
    place: bool  # a house number, street, school class …
    age: bool
    involved: bool  # the author is part of the story (first person)
    police: bool  # worded like a police message: "Een man (34) is aangehouden"

    @classmethod
    def of(cls, low: str) -> Facts:
        return cls(
            safe=d.SAFE_RE.search(low) is not None,
            work=d.WORK_SOURCE_RE.search(low) is not None,
            place=d.has_place(low),
            age=d.AGE_RE.search(low) is not None,
            involved=bool(d.FIRST_PERSON_RE.search(low) or d.FIRST_PERSON_VERB_RE.search(low)),
            police=d.POLICE_MESSAGE_RE.search(low) is not None,
        )


@cache
def lower_names() -> frozenset[str]:
    """First names that are no everyday word, in lower case ("jolien", "marieke")."""
    return frozenset(n.lower() for n in first_names() - AMBIGUOUS_FIRST)


def person(low: str, s: int, e: int, persons: list[Ref], before: int) -> Ref | None:
    """The person of the sentence ``[s, e)``: the nearest reference before ``before``,
    else the first one after; not the author's own family, not a person in a rule."""
    found = [p for p in persons if s <= p.start < e]
    found += [Ref(a, b, False, f"'{low[a:b]}'") for a, b in d.described(low, s, e, lower_names())]
    found = [
        p
        for p in found
        if not d.OWN_FAMILY_RE.match(low, p.start)
        and not low.startswith("'s", p.end)  # "mijn collega's": more than one person
        and not d.GENERAL_RE.search(low, max(s, p.start - 40), p.start)
    ]
    if not found:
        return None
    earlier = [p for p in found if p.start < before]
    return max(earlier, key=lambda p: (p.start, p.strong)) if earlier else min(found)


def not_about(low: str, ref: Ref, start: int, end: int) -> bool:
    """The circumstance is a topic, a condition, the person's description itself, or the
    author's own ("ben ik met zwangerschapsverlof", with no person in between)."""
    me = d.SELF_BEFORE_RE.search(low, max(0, start - 40), start)
    return (
        ref.start <= start < ref.end
        or (me is not None and not me.start() <= ref.start < start)
        or bool(d.TOPIC_BEFORE_RE.search(low, max(0, start - 60), start))
        or bool(d.TOPIC_AFTER_RE.match(low, end))
        or bool(d.GROUP_BEFORE_RE.search(low, max(0, start - 60), start))
        or (0 <= ref.end <= start and bool(d.CONDITION_RE.search(low, ref.end, start)))
    )
