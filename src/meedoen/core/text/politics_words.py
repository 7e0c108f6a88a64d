# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Word lists for political targets: offices, bodies and policy words (lower case).

Also the cheap substring gates that run before a costly case-insensitive regex.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# re.IGNORECASE matches these to 'i' although str.lower() does not map them to it, so a
# post containing one always passes a substring gate (the regex then decides).
_ODD_CASE = ("\u0130", "\u0131")


def has_any(text: str, needles: Sequence[str]) -> bool:
    """``any(n in text for n in needles)`` without the generator (it runs on every post)."""
    for n in needles:  # noqa: SIM110 - a plain loop is faster than any() over a generator
        if n in text:
            return True
    return False


def may_contain(lower: str, needles: Sequence[str]) -> bool:
    """Does the lower-cased text contain one of ``needles`` (lower-case ASCII)?

    A necessary condition for a regex all of whose matches contain one of the
    needles: False means the regex cannot match, so the scan can be skipped.
    """
    for n in needles:
        if n in lower:
            return True
    return _ODD_CASE[0] in lower or _ODD_CASE[1] in lower


def first_match(
    parts: Sequence[tuple[Sequence[str], re.Pattern[str]]], text: str, lower: str
) -> re.Match[str] | None:
    """The match that one alternation of all ``parts`` would give, gated per part.

    Each part is one alternative (with the alternation's own boundary checks) and
    the needles one of which every match of it contains. The leftmost match wins;
    at the same position the earlier part wins, as in a regex alternation.
    """
    best: re.Match[str] | None = None
    for needles, pattern in parts:
        if not may_contain(lower, needles):
            continue
        m = pattern.search(text)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


OFFICE_WORDS = frozenset(
    [
        "kabinet",
        "kabinetten",
        "regering",
        "regeringen",
        "coalitie",
        "coalities",
        "oppositie",
        "minister",
        "ministers",
        "minister-president",
        "premier",
        "staatssecretaris",
        "staatssecretarissen",
        "bewindspersoon",
        "bewindspersonen",
        "bewindslieden",
        "wethouder",
        "wethouders",
        "burgemeester",
        "burgemeesters",
        "gedeputeerde",
        "gedeputeerden",
        "kamer",
        "kamerleden",
        "kamerlid",
        "kamerfractie",
        "kamerfracties",
        "politici",
        "politicus",
        "politiek",
        "politieke",
        "fractie",
        "fracties",
        "raadsfractie",
        "fractievoorzitter",
        "fractievoorzitters",
        "bewindsvrouw",
        "bewindsman",
        "raadslid",
        "raadsleden",
        "partijleider",
        "partijleiders",
        "lijsttrekker",
        "lijsttrekkers",
        "binnenhof",
        "gemeenteraad",
        "staten",
        "overheid",
        "beleid",
        "plan",
        "maatregel",
        "maatregelen",
        "wetsvoorstel",
        "wetsvoorstellen",
        "wet",
        "ministerie",
        "ministry",
        "government",
        "cabinet",
        "parliament",
        "politician",
        "politicians",
        # English possessives: a word of the post is "minister's" (the gate compares words)
        "minister's",
        "ministers'",
        "cabinet's",
        "government's",
        "ministry's",
        "coalition's",
        "coalition",
        "mps",
        "mayor",
        "mayors",
        "alderman",
        "aldermen",
        "councillor",
        "councillors",
        "councilor",
        "councilors",
        "policy",
        "provinciebestuur",
        "gemeentebestuur",
        "stadsbestuur",
        "bezuiniging",
        "bezuinigingen",
        "cuts",
    ]
)
