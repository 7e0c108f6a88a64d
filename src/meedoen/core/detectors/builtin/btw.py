# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dutch VAT numbers (btw-nummers) in a post.

A btw-nummer of a company is public business data. Two cases still touch a
person: until 2020 the number of a sole trader (eenmanszaak, zzp'er) was the
owner's BSN plus ``B01``, and any sole trader's number leads to one person.
``stdnum.nl.btw`` validates the number; when its nine digits also pass the
BSN 11-proef it may contain a BSN (RISICO), otherwise it is only a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from meedoen.core import rx
from meedoen.core.detectors.base import LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.pii_checks import bsn_valid, btw_compact, btw_valid
from meedoen.core.text.pii_fold import Folded

CANDIDATE_RE = rx.compile(r"(?:NL ?)?\d{1,9}B\d{2}(?![\w-])")
GATE_RE = rx.compile(r"B(?<=\dB)\d\d")  # "1B01": found by a scan for "B" (fast)
ORGANISATION_RE = rx.compile(
    r"\b(?:b\.?v\.?|n\.?v\.?|stichting|vereniging|coöperatie|gemeente|ministerie|kvk)\b",
    re.IGNORECASE,
)


_ORGANISATION_RE = Folded(ORGANISATION_RE, push=True)  # the same matches on lower-case text


@register
class BtwDetector(Detector):
    name = "persoonsgegevens.btw.v1"
    category = "persoonsgegevens"
    rule = "avg.art5.v1"
    description = "Btw-nummer (stdnum.nl.btw); van een eenmanszaak kan het een BSN bevatten."

    def validate(self, candidate: str) -> bool:
        return btw_valid(candidate)  # = stdnum.nl.btw.is_valid

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        if "B" not in text or not GATE_RE.search(text):  # a substring test first: cheaper
            return
        for m in CANDIDATE_RE.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
                continue
            if not self.validate(m.group()):
                continue
            core = btw_compact(m.group())[:9]  # = stdnum.nl.btw.compact
            with_bsn = bsn_valid(core) and m.group().endswith("B01")
            if not with_bsn and _ORGANISATION_RE.search(doc.window(m.start(), m.end(), 80)):
                continue  # a company's number: no personal data
            yield Evidence(
                m.start(),
                m.end(),
                message=(
                    "Dit btw-nummer kan het BSN van een zzp'er of eenmanszaak bevatten."
                    if with_bsn
                    else "Dit is een btw-nummer; van een eenmanszaak leidt het naar één persoon."
                ),
                advice=(
                    "Haal het btw-nummer weg, tenzij het van een organisatie is en daar "
                    "openbaar staat. Voor een zzp'er of eenmanszaak is het een persoonsgegeven."
                ),
                severity=RISICO if with_bsn else LET_OP,
                rule=self.rule,
                explanation=(
                    "Geldig btw-nummer (stdnum.nl.btw)"
                    + ("; de negen cijfers doorstaan ook de BSN-11-proef." if with_bsn else ".")
                ),
                tags=("btw",),
            )
