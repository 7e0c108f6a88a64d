# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Later phrasings for the broad cues of :mod:`meedoen.core.text.recall_cues`, behind a gate.

Rounds 4 and 5 (eval/dev4, eval/dev5) added ways of hinting at unpublished
work, naming an insider source and scorning the reader. Added as alternatives
to the big patterns they cost every post a little more (each alternative is
tried wherever its first letter occurs); kept here as separate patterns, each
is searched only when one of its needles (a word without white space that
every alternative contains) is in the lower-case post, a fast ``in`` test.
:class:`Gated` answers exactly what the pattern would
(tests/test_recall_extra.py).
"""

from __future__ import annotations

import re

from meedoen.core import rx

_W = r"(?<!\w)"
_E = r"(?!\w)"
_I = re.IGNORECASE


class Gated:
    """``re.search`` over several alternatives, each behind its own needles: an alternative is
    searched only when one of its ``any`` needles and all of its ``also`` needles are in the text
    (each needle stands in every match of its alternative). The first match wins, as in one
    combined pattern."""

    __slots__ = ("parts",)

    def __init__(self, *parts: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
        self.parts = tuple(
            (rx.compile(_W + "(?:" + pattern + ")" + _E, _I), any_of, all_of)
            for pattern, any_of, all_of in parts
        )

    @property
    def pattern(self) -> re.Pattern[str]:
        """All alternatives in one pattern (what :meth:`search` must answer like)."""
        return re.compile("|".join(f"(?:{p.pattern})" for p, _, _ in self.parts), _I)

    def search(self, lower: str, pos: int = 0) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for pattern, any_of, all_of in self.parts:
            for needle in any_of:  # (a plain loop: any() with a generator costs more here)
                if needle in lower:
                    break
            else:
                continue
            if all_of and not all(n in lower for n in all_of):
                continue
            m = pattern.search(lower, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best


def first(*found: re.Match[str] | None) -> re.Match[str] | None:
    """The match that starts first (the one a single combined pattern would give)."""
    hits = [m for m in found if m is not None]
    return min(hits, key=lambda m: m.start()) if hits else None


# A day still to come (also used by meedoen.core.assessment.combine).
SOON = r"morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|volgende\s+(?:week|maand)"
_DAY = rf"(?:{SOON}|na\s+de\s+\w+|over\s+\w+\s+(?:dagen|weken))"
# "komt pas donderdag uit, maar …" (the content follows), "let's just say", "zo goed als rond"
NOT_PUBLIC_EXTRA = Gated(
    (
        rf"(?:komt|komen|verschijnt|gaat)\s+pas\s+(?:op\s+)?{_DAY}"
        r"(?:\s+(?:uit|online|naar\s+buiten))?\s*[,;:]?\s+(?:maar|but)",
        ("maar", "but"),
        ("pas",),
    ),
    (r"wie\s+goed\s+leest\s+weet\s+(?:genoeg|meer|hoe\s+laat\s+het\s+is)", ("leest",), ()),
    (r"zet\s+(?:\d{1,2}\s+\w+|\w+dag)\s+maar\s+(?:vast\s+)?in\s+je\s+agenda", ("agenda",), ()),
    (
        r"can'?t\s+say\s+(?:much|anything)(?:\s+yet)?|let'?s\s+just\s+say|all\s+i\s+can\s+say\s+is",
        ("say",),
        (),
    ),
    (r"stay\s+tuned|not\s+going\s+to\s+comment,?\s+but", ("tuned", "comment"), ()),
    (r"zo\s+goed\s+als\s+rond", ("rond",), ("goed",)),
)
# Insider sources: "de notitie die intern rondgaat", "ik heb de echte cijfers"
SOURCE_EXTRA = Gated(
    (
        r"intern\s+(?:rondgaat|circuleert|rondgestuurd)",
        ("rondgaat", "circuleert", "rondgestuurd"),
        (),
    ),
    (r"ligt\s+al\s+bij\s+ons", ("ligt",), ("ons",)),
    (
        r"(?:heb|stuur|krijg|geef)\s+(?:\w+\s+){0,3}?(?:de\s+)?echte\s+(?:cijfers|aantallen|getallen)",
        ("echte",),
        (),
    ),
    (
        r"(?:morgen|vannacht|straks|volgende\s+week)\s+(?:\w+\s+){0,2}?onaangekondigd\w*",
        ("onaangekondigd",),
        (),
    ),
    (
        r"iedereen\s+(?:aan\s+onze\s+kant|hier|intern|op\s+het\s+(?:ministerie|departement))\s+"
        r"weet\s+(?:al\s*lang|allang|al)",
        ("iedereen",),
        (),
    ),
    (r"(?:weet|ken)\s+ik\s+(?:ook\s+)?wat\s+er\s+(?:ni[eé]t|nog\s+meer)\s+in", ("wat",), ("ik",)),
    (
        r"(?:it'?s|is)\s+all\s+there\s+if\s+you\s+know\s+where\s+to\s+look|"
        r"everyone\s+(?:on\s+our\s+side|inside|here)\s+knows",
        ("know",),
        (),
    ),
)
# People called vermin; the citizen who should work as hard as they complain.
SCORN_STRONG_EXTRA = Gated(
    (
        r"(?:het\s+zijn|zijn\s+het)\s+(?:\w+\s+){0,2}?(?:ratten|kakkerlakken|ongedierte|parasieten|"
        r"beesten|apen)|(?:ratten|kakkerlakken|ongedierte|parasieten|beesten)\s+zijn\s+het",
        ("ratten", "kakkerlak", "ongedierte", "parasiet", "beesten", "apen"),
        (),
    ),
    (
        r"als\s+(?:je|jij|u|jullie)\s+net\s+zo\s+hard\s+(?:\w+\s+){0,2}?als\s+(?:je|jij|u|jullie)\s+"
        r"(?:klaagt|klagen|zeurt|zeuren|zeikt|mopper\w*|jankt|janken)",
        ("hard",),
        (),
    ),
)
SCORN_EXTRA = Gated(
    (
        r"lezen\s+(?:blijft|is)\s+(?:\w+\s+)?(?:lastig|moeilijk)\s+(?:voor\s+sommigen|blijkbaar|h[èe]|"
        r"hoor)|(?:blijkbaar|toch)\s+lezen\s+(?:blijft|is)\s+(?:\w+\s+)?(?:lastig|moeilijk)|"
        r"als\s+(?:u|je|jij)\s+(?:\w+\s+){0,5}?(?:had|hadden)\s+gelezen",
        ("lezen",),
        (),
    ),
    (r"(?:pak|haal)\s+(?:ik\s+)?(?:even\s+)?(?:mijn|m'n)\s+glazen\s+bol", ("glazen",), ()),
    (
        r"(?:is|zijn)\s+(?:ook\s+)?niet\s+(?:hun|zijn|haar|jullie|je)\s+sterkste\s+kant",
        ("sterkste",),
        (),
    ),
    (
        r"imagine\s+being\s+this|out\s+of\s+a\s+cereal\s+box|toetsenbord\w+|keyboard\s+activis\w+",
        ("imagine", "cereal", "toetsenbord", "keyboard"),
        (),
    ),
    (
        r"(?:weten|roepen|oordelen|schreeuwen|kritiek|zeuren)\s+(?:\w+\s+){0,2}?vanaf\s+de\s+bank",
        ("bank",),
        ("vanaf",),
    ),
    (
        r"nee\?\s+nou\s+dan|soort\s+volk|welke\s+nationaliteit\s+ik\s+bedoel|"
        r"zogenaamde\s+(?:vluchtelingen|asielzoekers|refugees)|so-called\s+refugees",
        ("nou", "volk", "nationaliteit", "zogenaamde", "so-called"),
        (),
    ),
)
