# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Bank account numbers (IBAN) in a post.

Candidates are a country code, two check digits and blocks of letters and
digits, with or without spaces. ``stdnum.iban`` validates them (country
format and mod-97 check); when a candidate swallowed a trailing word the
blocks are dropped from the end until it validates. An account that the text
itself puts in the name of an organisation (``t.n.v. Stichting …``, a
donation call) is not personal data and is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from meedoen.core import rx
from meedoen.core.detectors.base import ERNSTIG, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.pii_checks import iban_valid
from meedoen.core.text.pii_fold import Folded
from meedoen.core.text.pii_owner import (
    CASE_ADVICE,
    CASE_MESSAGE,
    THIRD_ADVICE,
    THIRD_MESSAGE,
    owner,
)

# (the lookbehind follows the first letter so that the scan stays fast)
CANDIDATE_RE = rx.compile(
    r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]{1,4}){3,8}(?![A-Za-z0-9])"
)
# The account belongs to an organisation or is meant for donations.
ORGANISATION_RE = rx.compile(
    r"\b(?:t\.?\s?n\.?\s?v\.?|ten name van|op naam van|rekening van|iban van|van)\s+"
    r"(?:de\s+|het\s+|onze\s+)?(?:stichting|vereniging|fonds|"
    r"gemeente|provincie|waterschap|kerk|parochie|bv|b\.v\.|nv|coöperatie|cooperatie|"
    r"belastingdienst|ministerie|rijksoverheid|cjib|duo|uwv|svb)|"
    r"\b(?:doneer|doneren|donatie|donaties|gift|giften|steun ons|collecte|anbi|giro ?555|"
    r"inzamelingsactie|actie voor|sponsor)",
    re.IGNORECASE,
)

# The reader's own account in a reply: "naar uw rekening NL…", "overgemaakt naar NL…".
READER_ACCOUNT_RE = rx.compile(
    r"(?:(?:uw|je|jouw)\s+(?:bank)?rekening(?:nummer)?|(?:overgemaakt|overgeboekt|gestort|"
    r"teruggestort|uitbetaald|terugbetaald)\s+(?:op|naar|aan)"
    r"(?:\s+(?:uw|je|jouw)\s+(?:bank)?rekening(?:nummer)?)?)\s*(?:\(|:)?\s*$"
)


_ORGANISATION_RE = Folded(ORGANISATION_RE)  # the same matches on lower-case text, faster


@register
class IbanDetector(Detector):
    name = "persoonsgegevens.iban.v1"
    category = "persoonsgegevens"
    rule = "avg.art5.v1"
    description = "Rekeningnummer (IBAN, gecontroleerd met stdnum.iban)."

    def validate(self, candidate: str) -> bool:
        return iban_valid(candidate)  # = stdnum.iban.is_valid

    def _trim(self, value: str) -> str | None:
        """The longest prefix of whole blocks that is a valid IBAN."""
        while len(value.replace(" ", "")) >= 12:
            if self.validate(value):
                return value
            cut = value.rfind(" ")
            value = value[:cut] if cut > 4 else value[:-1]
        return None

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        for m in CANDIDATE_RE.finditer(doc.text):
            value = self._trim(m.group())
            if value is None:
                continue
            start, end = m.start(), m.start() + len(value)
            whose = owner(doc.lower, start, end)
            if (
                whose is None
                and ctx.in_function
                and READER_ACCOUNT_RE.search(doc.lower, max(0, start - 45), start)
            ):
                whose = "case"  # the reader's account, published by the official who paid it
            if _ORGANISATION_RE.search(doc.window(start, end, 80)):
                whose = owner(doc.lower, start, end, strict=True)
                if whose is None:
                    continue  # an organisation's account or a donation call: no personal data
            message, advice = (
                "Dit is een bankrekeningnummer (IBAN) dat bij een persoon kan horen.",
                "Haal het rekeningnummer weg, ook als het je eigen nummer is. "
                "Wissel betaalgegevens uit via een privébericht of het contactformulier.",
            )
            if whose == "case":
                message, advice = CASE_MESSAGE, CASE_ADVICE
            elif whose == "third":
                message, advice = THIRD_MESSAGE, THIRD_ADVICE
            yield Evidence(
                start,
                end,
                message=message,
                advice=advice,
                severity=ERNSTIG if whose else RISICO,
                rule=self.rule,
                explanation=(
                    f"Geldig IBAN ({value[:2]}, landformaat en controlegetal via stdnum.iban); "
                    "geen organisatie of giftenactie als rekeninghouder genoemd"
                    + ("; de tekst noemt het de rekening van een ander." if whose else ".")
                ),
                tags=("iban",),
            )
