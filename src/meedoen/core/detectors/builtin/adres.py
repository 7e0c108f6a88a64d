# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Home addresses in a post: postcode with house number, or street and number.

Postcodes are checked with ``stdnum.nl.postcode``. What makes an address
personal is context: ``1234 AB 12`` or ``Kerkstraat 12, 1234 AB`` next to
"woont", "thuisadres", "mijn adres" is a risk; the same line next to
"bezoekadres", "postbus" or "locatie" is an organisation or a venue and is
left alone. A postcode on its own is only noted when the text calls it one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from meedoen.core import rx
from meedoen.core.detectors.base import (
    ERNSTIG,
    LET_OP,
    RISICO,
    CheckContext,
    Detector,
    Evidence,
)
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.names import find_names
from meedoen.core.text.pii_checks import postcode_valid
from meedoen.core.text.pii_fold import Folded
from meedoen.core.text.pii_owner import CASE_ADVICE, CASE_MESSAGE, THIRD_ADVICE, owner
from meedoen.core.text.pii_vehicle import third_party_vehicle

# (the lookbehind follows the first digit so that the scan stays fast; "NL-" is added in code)
POSTCODE_RE = rx.compile(
    r"[1-9](?:(?<=NL-[1-9])|(?<=NL[1-9])|(?<![\w-][1-9]))\d{3} ?(?:[A-Z]{2}|(?<=\d )[a-z]{2})"
    r"(?![\w-])"
)
STREET_SUFFIX = (
    "straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|pad|park|markt|plantsoen|"
    "wal|burgwal|baan|ring|erf|hof|hoven|allee|passage|promenade|kanaal|vaart|brink|schans|"
    "akker|kamp|pleintje|straatje|laantje|boulevard"
)
HOUSE_NUMBER = r"\d{1,5}(?:\s?[a-zA-Z](?![\w]))?(?:[-/]\d{1,4}|\s(?:bis|hs|huis|boven|rood|zw))?"
STREET_RE = rx.compile(
    rf"(?<![\w-])(?:[A-Z][\wà-ÿ'.-]*\s){{0,2}}[A-Z][a-zà-ÿ'-]*(?:{STREET_SUFFIX})\s"
    rf"(?P<number>{HOUSE_NUMBER})(?![\w.,]\d|\d)"
)
# Any capitalised name and a house number right before a valid postcode ("Zwaanshals 112a (3035
# KP)"): with the postcode it is an address even without a known street suffix.
NAME_NUMBER_RE = rx.compile(
    rf"(?<![\w-])(?:[A-Z][\wà-ÿ'.-]*\s){{0,2}}[A-Z][a-zà-ÿ'-]{{2,}}\s(?P<number>{HOUSE_NUMBER})"
    r"[ ,(]*$"
)
NUMBER_AFTER_RE = rx.compile(
    rf",?\s(?:nr\.?\s|huisnummer:?\s|nummer\s)?{HOUSE_NUMBER}(?![\w.,:]\d|\w)"
    r"(?!\s?(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec|uur|jaar|%|procent))"
)
# Letter pairs that are far more often a word or unit than a postcode.
_NOT_POSTCODE = (
    "EN OF IS IN OP TE DE AT TO ON OR IT IF NO SO UP BY MY WE HE ME BE DO GO AN AS AM PM MW "
    "KW GW KB MB GB TB KM CM MM PK HP AD BC NM MG ML KG CC VS UK US EU NL FR HA GE NU AL ZO"
)
NOT_POSTCODE = frozenset(_NOT_POSTCODE.split())
PERSONAL_RE = rx.compile(
    r"\b(?:woont|woon|wonen|woonde|woonachtig|wonende|thuisadres|huisadres|woonadres|"
    r"privéadres|priveadres|mijn adres|zijn adres|haar adres|hun adres|adres van|"
    r"verhuisd|verhuist|buurman|buurvrouw|buren|uw adres|je adres|jouw adres|aangehouden|"
    r"gearresteerd|opgepakt|verdachte|dader|\d+-jarige|overlastgever|bewoner|bewoonster|huurder)\b",
    re.IGNORECASE,
)
VENUE_RE = rx.compile(
    r"\b(?:bezoekadres|postadres|postbus|antwoordnummer|kantoor|stadhuis|gemeentehuis|"
    r"provinciehuis|locatie|lokatie|plaats|waar|vestiging|ingang|zaal|theater|bibliotheek|"
    r"buurthuis|wijkcentrum|school|kerk|museum|welkom|inloop|bijeenkomst|informatieavond|"
    r"spreekuur|loket|balie|servicepunt|open dag|festival|markt|evenement)\b",
    re.IGNORECASE,
)
COLLEAGUE_RE = rx.compile(r"\b(?:collega|colleague)", re.IGNORECASE)
SUFFIXES = tuple(STREET_SUFFIX.split("|"))


def _suffix_space_digit() -> re.Pattern[str]:
    """A street suffix, a space and a digit: a scan for the space and the digit, with the
    suffixes (grouped by length, as a lookbehind needs) tested behind them."""
    by_length: dict[int, list[str]] = {}
    for suffix in SUFFIXES:
        by_length.setdefault(len(suffix), []).append(suffix)
    behind = "|".join(
        "(?<=" + "|".join(s + " \\d" for s in group) + ")" for group in by_length.values()
    )
    return rx.compile(rf" \d(?:{behind})")


SUFFIX_SPACE_DIGIT_RE = _suffix_space_digit()


def street_like(low: str) -> bool:
    """Cheap gate for STREET_RE: some word ending in a street suffix is followed by a number."""
    # (a suffix has no space, so one that ends the text before " 1" ends the word there)
    return SUFFIX_SPACE_DIGIT_RE.search(low) is not None


NAME_GAP_RE = rx.compile(r"[A-Za-z.](?:\s*[,(]|\s+(?:uit|van|op|aan)(?:\s+de|\s+het)?)\s*$")
OWN_RE = rx.compile(r"\b(?:mijn|m'n|ik\s+woon|wij\s+wonen|ons\s+adres|onze\s+gegevens)\b")
BIRTH_RE = rx.compile(
    r"(?<!\w)(?:geb\.|geboren|geboortedatum|°)\s*(?:op\s+)?\d|"
    r"(?<![\d-])\d{1,2}-\d{1,2}-(?:19|20)\d{2}"
)
POSTCODE_WORD_RE = rx.compile(r"\bpostcode\b", re.IGNORECASE)


def _postcodes(doc: Document) -> Iterator[re.Match[str]]:
    """``POSTCODE_RE.finditer(doc.text)``, scanning only near the stretches of digits: the
    four digits of a postcode lie within one of ``doc.digit_runs``, and the match and its
    look-ahead end at most four characters after it."""
    text = doc.text
    for start, end in doc.digit_runs:
        yield from POSTCODE_RE.finditer(text, start, min(len(text), end + 4))


_PERSONAL_RE = Folded(PERSONAL_RE)  # the same matches on lower-case text, faster
_VENUE_RE = Folded(VENUE_RE)  # the same matches on lower-case text, faster
_COLLEAGUE_RE = Folded(COLLEAGUE_RE, push=True)  # (and the boundary behind the "c")


@register
class AdresDetector(Detector):
    name = "persoonsgegevens.adres.v1"
    category = "persoonsgegevens"
    rule = "avg.art5.v1"
    description = "Huisadres: postcode met huisnummer, of straat en huisnummer bij een persoon."

    def validate(self, candidate: str) -> bool:
        return postcode_valid(candidate.upper())  # = stdnum.nl.postcode.is_valid

    @staticmethod
    def _after_name(text: str, start: int, ctx: CheckContext) -> bool:
        """A person's name just before the address: "Tim de B. (Stationsplein 3)"."""
        head = text[max(0, start - 40) : start]
        if not NAME_GAP_RE.search(head):
            return False
        exclude = [o.name for o in ctx.organisation.officials] + [ctx.profile.name or ""]
        return any(n.end >= len(head) - 8 for n in find_names(head, exclude))

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        spans: list[tuple[int, int, str]] = []  # (start, end, how)
        for m in _postcodes(doc):
            value = m.group()
            start, end = m.span()
            if (
                text[max(0, start - 3) : start] in ("NL-",)
                or text[max(0, start - 2) : start] == "NL"
            ):
                start -= 3 if text[start - 1] == "-" else 2
                value = text[start:end]
            if not self.validate(value):
                continue
            street = STREET_RE.search(text, max(0, start - 60), start)
            loose = None  # a name without a street suffix: only with a person in view
            if street is None or text[street.end() : start].strip(" ,(") != "":
                loose = NAME_NUMBER_RE.search(text, max(0, start - 60), start)
            named = bool(POSTCODE_WORD_RE.search(text, max(0, start - 30), start))
            plausible = named or value[-2:].upper() not in NOT_POSTCODE
            number = NUMBER_AFTER_RE.match(text, end)
            if street and text[street.end() : start].strip(" ,(") == "":
                spans.append((street.start(), end, "straat, huisnummer en postcode"))
            elif loose is not None:
                spans.append((loose.start(), end, "naam, huisnummer en postcode"))
            elif number and (plausible or _PERSONAL_RE.search(doc.window(start, number.end()))):
                # ("3521 KM 14" next to "bewoner": letters that are also a unit, still an address)
                spans.append((start, number.end(), "postcode en huisnummer"))
            elif named or (plausible and _PERSONAL_RE.search(doc.window(start, end))):
                spans.append((start, end, "postcode"))
        if not spans and street_like(doc.lower):
            for m in STREET_RE.finditer(text):
                spans.append((m.start(), m.end(), "straat en huisnummer"))
        for start, end, how in spans:
            around = doc.window(start, end, 80)
            named = self._after_name(text, start, ctx)
            personal = bool(_PERSONAL_RE.search(around)) or named
            if not personal and _VENUE_RE.search(around):
                continue  # an organisation's or venue's address
            if how in ("straat en huisnummer", "naam, huisnummer en postcode") and not personal:
                continue
            severity = LET_OP if how == "postcode" else RISICO
            whose = owner(doc.lower, start, end)
            if whose == "third" and _COLLEAGUE_RE.search(around):
                whose = None
            if whose is None and third_party_vehicle(doc.lower, text, "kenteken"):
                whose = "third"  # a neighbour's plate and address together
            if whose is None and named and BIRTH_RE.search(text) and not OWN_RE.search(around):
                whose = "third"  # a name, an address and a date of birth: a whole person
            if whose and how != "postcode":
                yield Evidence(
                    start,
                    end,
                    message=CASE_MESSAGE
                    if whose == "case"
                    else "Dit is het woonadres van iemand anders.",
                    advice=CASE_ADVICE if whose == "case" else THIRD_ADVICE,
                    severity=ERNSTIG,
                    rule=self.rule,
                    explanation=f"Gevonden: {how}; de tekst noemt het het adres van een ander.",
                    tags=("adres",),
                )
                continue
            yield Evidence(
                start,
                end,
                message=(
                    "Dit lijkt een woonadres." if how != "postcode" else "Dit is een postcode."
                ),
                advice=(
                    "Zet geen woonadres (of postcode met huisnummer) van jezelf of een ander in "
                    "een bericht. Vraag zo nodig om een privébericht of verwijs naar het "
                    "contactformulier."
                ),
                severity=severity,
                rule=self.rule,
                explanation=(
                    f"Gevonden: {how}; postcode geldig volgens stdnum.nl.postcode"
                    if how != "straat en huisnummer"
                    else "Gevonden: straatnaam met huisnummer"
                )
                + ("; de tekst verbindt het met iemands woning." if personal else "."),
                tags=("adres",),
            )
