# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Numbers of Dutch passports and identity cards in a post.

The format (two letters, six letters or digits, a final digit, no letter O) is
checked with ``stdnum.nl.identiteitskaartnummer``. That format is loose:
product codes and reference numbers fit it too. So a candidate is only
reported when the text around it is about an identity document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from stdnum.nl import identiteitskaartnummer as stdnum_id

from meedoen.core import rx
from meedoen.core.detectors.base import ERNSTIG, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.pii_fold import Folded
from meedoen.core.text.pii_owner import CASE_ADVICE, CASE_MESSAGE, owner

CANDIDATE_RE = rx.compile(r"[A-NP-Z]{2}(?: ?[A-NP-Z0-9]){6} ?[0-9](?![\w-])")
DOCUMENT_RE = rx.compile(
    r"\b(?:paspoort\w*|identiteitskaart\w*|id-kaart\w*|id-bewijs|idkaart\w*|"
    r"identiteitsbewijs\w*|legitimatie\w*|documentnummer|reisdocument\w*|passport)\b",
    re.IGNORECASE,
)


HINT_RE = rx.compile(
    "paspoort|identiteit|id-kaart|idkaart|id-bewijs|legitimatie|documentnummer|reisdocument|"
    "passport"
)


HINTS = ("paspoort", "identiteit", "id-", "idkaart", "legitimatie", "documentnummer",
         "reisdocument", "passport", "rijbewijs", "licen")  # fmt: skip
# A driving licence number (ten digits) the text calls one; there is no checksum to test.
LICENCE_RE = rx.compile(
    r"(?:rijbewijs|driving\s+licen[cs]e|driver'?s\s+licen[cs]e)(?:-?\s?(?:nummer|nr\.?|number|no\.?))?"
    r"[^\d\n]{0,30}?(?<!\d)(\d{10})(?!\d)",
    re.IGNORECASE,
)


_DOCUMENT_RE = Folded(DOCUMENT_RE, push=True)  # the same matches on lower-case text


def _hinted(low: str) -> bool:
    """``any(h in low for h in HINTS)``, spelled out (no generator: faster)."""
    return (
        "paspoort" in low
        or "identiteit" in low
        or "id-" in low
        or "idkaart" in low
        or "legitimatie" in low
        or "documentnummer" in low
        or "reisdocument" in low
        or "passport" in low
        or "rijbewijs" in low
        or "licen" in low
    )


@register
class IdentiteitsbewijsDetector(Detector):
    name = "persoonsgegevens.identiteitsbewijs.v1"
    category = "persoonsgegevens"
    rule = "avg.art5.v1"
    description = "Nummer van een paspoort of identiteitskaart (stdnum.nl.identiteitskaartnummer)."

    def validate(self, candidate: str) -> bool:
        return bool(stdnum_id.is_valid(candidate))

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        low = doc.lower
        if not _hinted(low):
            return
        for m in LICENCE_RE.finditer(doc.text) if "rijbewijs" in low or "licen" in low else ():
            yield self._licence(doc, *m.span(1))
        if not HINT_RE.search(low):
            return
        for m in CANDIDATE_RE.finditer(doc.text):
            if m.start() and (doc.text[m.start() - 1].isalnum() or doc.text[m.start() - 1] == "-"):
                continue
            if not self.validate(m.group()):
                continue
            if not _DOCUMENT_RE.search(doc.window(m.start(), m.end(), 60)):
                continue
            ev = Evidence(
                m.start(),
                m.end(),
                message="Dit is het nummer van een paspoort of identiteitskaart.",
                advice=(
                    "Haal het documentnummer weg; met een paspoort- of ID-nummer kan iemand "
                    "identiteitsfraude plegen. Deel een kopie van een identiteitsbewijs nooit "
                    "openbaar; verwijs naar het contactformulier of een privébericht."
                ),
                severity=RISICO,
                rule=self.rule,
                explanation=(
                    "Vorm van een Nederlands paspoort- of ID-kaartnummer "
                    "(stdnum.nl.identiteitskaartnummer), met een identiteitsbewijs in de buurt "
                    "genoemd."
                ),
                tags=("identiteitsbewijs",),
            )
            if owner(doc.lower, m.start(), m.end()) in ("case", "third"):
                ev = replace(ev, severity=ERNSTIG, message=CASE_MESSAGE, advice=CASE_ADVICE)
            yield ev

    def _licence(self, doc: Document, start: int, end: int) -> Evidence:
        ev = Evidence(
            start,
            end,
            message="Dit is het nummer van een rijbewijs.",
            advice=(
                "Haal het rijbewijsnummer weg; het is een identiteitsbewijs en hoort niet in een "
                "openbaar bericht. Verwijs naar het contactformulier of een privébericht."
            ),
            severity=RISICO,
            rule=self.rule,
            explanation="Tien cijfers die de tekst een rijbewijsnummer noemt.",
            tags=("identiteitsbewijs", "rijbewijs"),
        )
        if owner(doc.lower, start, end) in ("case", "third"):
            ev = replace(ev, severity=ERNSTIG, message=CASE_MESSAGE, advice=CASE_ADVICE)
        return ev
