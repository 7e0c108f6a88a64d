# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dates of birth in a post.

A date alone is not a date of birth. It is reported only when the text says so:
"geboren (op)", "geb.", "geboortedatum", "born", either just before the date or
("… is op 3 maart 2024 geboren") just after it in the same sentence. The date
must exist, lie in the past and belong to someone who can still be alive (at
most 110 years ago): the birth date of Thorbecke is history, not personal data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from meedoen.core import rx
from meedoen.core.detectors.base import ERNSTIG, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.pii_owner import CASE_ADVICE, CASE_MESSAGE, owner

_MONTH_NAMES = (
    "januari jan january",
    "februari feb febr february",
    "maart mrt march",
    "april apr",
    "mei may",
    "juni jun june",
    "juli jul july",
    "augustus aug august",
    "september sep sept",
    "oktober okt october oct",
    "november nov",
    "december dec",
)
MONTHS = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names.split()}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = (
    r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4}|\d{2})(?!\d)"
    r"|(?P<Y>\d{4})-(?P<M>\d{2})-(?P<D>\d{2})(?!\d)"
    rf"|(?P<td>\d{{1,2}})(?:e|ste|de)?\s(?P<tm>{_MONTH})\.?\s(?P<ty>\d{{4}})(?!\d)"
)
KEYWORD = (
    r"(?:geboren|geb\.|geb\b|geboortedatum|geboorte-datum|geb\.\s?datum|geboortedag|"
    r"date\s+of\s+birth|dob|born)"
)
# "geboortedatum van de aanvrager: …", "date of birth of the client: …"
OF_WHOM = (
    r"(?:(?:van|of)\s(?:(?:de|het|die|deze|mijn|zijn|haar|onze|the|my|his|her|this)\s)?[\w-]+\s?)?"
)
BEFORE_RE = rx.compile(
    rf"\b{KEYWORD}\s*{OF_WHOM}(?::|op|in|on|is|was)?\s*(?:op\s)?(?:de\s)?(?P<date>{DATE})",
    re.IGNORECASE,
)
DATE_RE = rx.compile(rf"(?<![\d/.-])(?:{DATE})", re.IGNORECASE)
AFTER_RE = rx.compile(r"[^.!?\n\d]{0,40}?\b(?:geboren|born)\b", re.IGNORECASE)
# "zijn er … geboren": a count of births, not someone's birth date.
PLURAL_RE = rx.compile(r"\b(?:zijn|werden|worden|er|kinderen|baby's|were|are)\b", re.IGNORECASE)
MAX_AGE = 110
GATE_RE = rx.compile(r"geb(?:oren|oorte|\.|\b)|born|\bdob\b|date of birth")


def parse_date(m: re.Match[str]) -> date | None:
    try:
        if m.group("d"):
            y = int(m.group("y"))
            y = y + (1900 if y > 30 else 2000) if y < 100 else y
            return date(y, int(m.group("m")), int(m.group("d")))
        if m.group("Y"):
            return date(int(m.group("Y")), int(m.group("M")), int(m.group("D")))
        return date(int(m.group("ty")), MONTHS[m.group("tm").lower()], int(m.group("td")))
    except ValueError:
        return None


@register
class GeboortedatumDetector(Detector):
    name = "persoonsgegevens.geboortedatum.v1"
    category = "persoonsgegevens"
    rule = "avg.art5.v1"
    description = "Geboortedatum, alleen als de tekst de datum zo noemt (geboren, geb., …)."

    def plausible(self, born: date | None, today: date) -> bool:
        return born is not None and born <= today and today.year - born.year <= MAX_AGE

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        if doc.digit_run < 4:
            return  # every date pattern has four digits in a row (with - / . between)
        low = doc.lower
        if not ("geb" in low or "born" in low or "dob" in low or "of birth" in low):
            return  # cheap substring gate before the regex gate
        if not GATE_RE.search(low):
            return
        text = doc.text
        spans: dict[int, int] = {}
        for m in BEFORE_RE.finditer(text):
            if self.plausible(parse_date(m), ctx.on):
                spans[m.start("date")] = m.end("date")
        if "geboren" in low or "born" in low:
            for m in DATE_RE.finditer(text):
                after = AFTER_RE.match(text, m.end())
                ok = after and not PLURAL_RE.search(after.group())
                if ok and m.start() not in spans and self.plausible(parse_date(m), ctx.on):
                    spans[m.start()] = m.end()
        for start, end in sorted(spans.items()):
            ev = Evidence(
                start,
                end,
                message="Dit is een geboortedatum.",
                advice=(
                    "Laat de geboortedatum weg; samen met een naam of woonplaats maakt die "
                    "iemand goed herkenbaar. Noem hooguit een leeftijd of alleen het jaar."
                ),
                severity=RISICO,
                rule=self.rule,
                explanation=(
                    "Een bestaande datum in de afgelopen 110 jaar, door de tekst als "
                    "geboortedatum aangeduid (geboren/geb./geboortedatum)."
                ),
                tags=("geboortedatum",),
            )
            if owner(doc.lower, start, end) in ("case",):
                ev = replace(ev, severity=ERNSTIG, message=CASE_MESSAGE, advice=CASE_ADVICE)
            yield ev
