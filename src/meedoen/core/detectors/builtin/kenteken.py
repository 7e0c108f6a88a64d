# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dutch licence plates (kentekens) in a post.

A plate is matched against the RDW sidecodes 1-14 (``XX-99-99`` up to
``999-XX-9``) with dashes; written without dashes it is only matched after the
word "kenteken". Letters are consonants only (Dutch plates leave out vowels),
unless the word "kenteken" makes the intent clear. A plate links a vehicle to
its keeper: it is personal data. Someone else's plate together with an
address, or with a threat from an enforcement function, is ernstig
(:mod:`meedoen.core.text.pii_vehicle`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from meedoen.core import rx
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.pii_fold import Folded
from meedoen.core.text.pii_owner import CASE_ADVICE, CASE_MESSAGE, THIRD_ADVICE, owner
from meedoen.core.text.pii_regex import finditer_from, occurrences
from meedoen.core.text.pii_vehicle import third_party_vehicle

# Sidecodes as letter (L) / digit (9) groups.
_SIDECODES = (
    "LL-99-99 99-99-LL 99-LL-99 LL-99-LL LL-LL-99 99-LL-LL 99-LLL-9 9-LLL-99 LL-999-L L-999-LL "
    "LLL-99-L L-99-LLL 9-LL-999 999-LL-9"
)
SIDECODES = tuple(_SIDECODES.split())
CONSONANT = "[BDFGHJKLMNPRSTVWXZ]"
ANY_LETTER = "[A-Z]"


def _pattern(letter: str, dashes: bool) -> str:
    alts = []
    for code in SIDECODES:
        groups = [
            "".join(letter if c == "L" else r"\d" for c in group) for group in code.split("-")
        ]
        alts.append("-".join(groups) if dashes else "[- ]?".join(groups))
    return "|".join(alts)


PLATE_RE = rx.compile(rf"(?<![\w-])(?:{_pattern(CONSONANT, True)})(?![\w-])")
PLATE_GATE_RE = rx.compile(r"[A-Z\d]-[A-Z\d]{2,3}-[A-Z\d]")  # cheap gate: two dashes
KEYWORD_PLATE_RE = rx.compile(
    rf"\bkenteken(?:nummer|plaat)?\s*"
    r"(?:van\s(?:(?:de|het|die|deze|mijn|zijn|haar|onze)\s)?[\w-]+\s?)?(?:is|:|nr\.?)?\s*"
    rf"(?P<plate>(?<![\w-])(?:{_pattern(ANY_LETTER, False)})(?![\w-]))",
    re.IGNORECASE,
)
VEHICLE_RE = rx.compile(
    r"\b(?:kenteken\w*|auto|wagen|busje|bus|bestelbus|vrachtwagen|scooter|motor|brommer|"
    r"voertuig|geparkeerd|parkeert|bestuurder|rijdt|reed|rdw|flitspaal|bekeuring|bon|bonnen|"
    r"boete|boetes|wielklem|parking|parked|car|van|truck|ticket|tickets|fine|fines|"
    r"invalidenplek|invalidenparkeerplaats|parkeerplaats|parkeerplek|oprit|"
    # car makes: "z'n zwarte Audi (87-GSX-3)"
    r"audi|bmw|mercedes|volkswagen|vw|opel|ford|toyota|tesla|peugeot|renault|kia|volvo|skoda|"
    r"fiat|citroën|citroen|nissan|hyundai|mazda|porsche|suv)\b",
    re.IGNORECASE,
)


_VEHICLE_RE = Folded(VEHICLE_RE, push=True)  # the same matches on lower-case text


def _plate_starts(text: str) -> list[int]:
    """Where a plate can start: one to three characters before a hyphen."""
    return sorted({i - k for i in occurrences(text, "-") for k in (1, 2, 3) if i >= k})


@register
class KentekenDetector(Detector):
    name = "persoonsgegevens.kenteken.v1"
    category = "persoonsgegevens"
    rule = "avg.art5.v1"
    description = "Nederlands kenteken (zijcodes 1-14 van de RDW)."

    def validate(self, candidate: str) -> bool:
        compact = candidate.replace("-", "").replace(" ", "")
        return len(compact) == 6 and any(c.isdigit() for c in compact)

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text, low = doc.text, doc.lower
        seen: set[int] = set()
        hits: list[tuple[int, int, bool]] = []
        if "kenteken" in low:
            # (a match starts with "kenteken": only tried there; same offsets in ``low``)
            for m in finditer_from(KEYWORD_PLATE_RE, text, occurrences(low, "kenteken")):
                if self.validate(m.group("plate")):
                    hits.append((m.start("plate"), m.end("plate"), True))
                    seen.add(m.start("plate"))
        if text.count("-") >= 2 and PLATE_GATE_RE.search(text):
            for m in finditer_from(PLATE_RE, text, _plate_starts(text)):
                if m.start() not in seen and self.validate(m.group()):
                    hits.append((m.start(), m.end(), False))
        for start, end, keyword in hits:
            vehicle = keyword or bool(_VEHICLE_RE.search(doc.window(start, end, 80)))
            ev = Evidence(
                start,
                end,
                message="Dit is een kenteken; via het kenteken is de eigenaar te achterhalen.",
                advice=(
                    "Haal het kenteken weg of maak het onleesbaar, ook op foto's. "
                    "Meld een overlast- of verkeerssituatie zonder kenteken, of via de "
                    "officiële meldroute."
                ),
                severity=RISICO if vehicle else LET_OP,
                rule=self.rule,
                explanation=(
                    "Past op een zijcode van Nederlandse kentekens"
                    + ("; de tekst gaat over een voertuig." if vehicle else ".")
                ),
                tags=("kenteken",),
            )
            if owner(doc.lower, start, end) in ("case",):
                ev = replace(ev, severity=ERNSTIG, message=CASE_MESSAGE, advice=CASE_ADVICE)
            elif vehicle and (
                why := third_party_vehicle(
                    doc.lower, text, "adres", ctx.profile.enforcement_role or ctx.in_function
                )
            ):
                ev = replace(
                    ev,
                    severity=ERNSTIG,
                    message="Dit kenteken wijst, met wat er verder staat, een ander persoon aan.",
                    advice=THIRD_ADVICE,
                    explanation=f"{ev.explanation} Gevonden: {why}.",
                )
            yield ev
