# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dutch telephone numbers in a post.

A cheap pattern finds digit runs that look like a phone number (``06 12345678``,
``+31 10 123 4567``, ``(020) 555 1234``); ``phonenumbers`` then decides whether
it is a valid number and of which type. Mobile and fixed-line numbers can lead
to a person: RISICO. General numbers of organisations (14 + netnummer,
0800/090x, 088 company numbers) are not personal data and are skipped unless the
text calls them someone's own number (then a note); a fixed line that the text
presents as an organisation's service line is skipped too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import PhoneNumberType as T

from meedoen.core import rx
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.pii_fold import folded, regular
from meedoen.core.text.pii_owner import CASE_ADVICE, CASE_MESSAGE, owner
from meedoen.core.text.pii_phone import typed
from meedoen.core.text.pii_regex import finditer_in

# Each alternative starts with a literal and checks the character before it afterwards
# (``(?<!X.)`` after one character is ``(?<!X)`` before it): a pattern that opens with a
# lookbehind disables the fast scan for the first character.
_NOT_AFTER = r"(?<![\w+/.,€$-].)"
_INTL = r"\d{2}[ -]?(?:\(0\)[ -]?)?"
CANDIDATE_RE = rx.compile(
    rf"(?:(?:\+{_NOT_AFTER}{_INTL}|0{_NOT_AFTER}0{_INTL}|\({_NOT_AFTER}0\d{{1,3}}\)[ -]?|"
    rf"0{_NOT_AFTER})\d(?:(?:[ .-]| - )?\d){{2,10}}|1{_NOT_AFTER}4 ?0\d{{2,3}})"
    r"(?![\w€%]|[.,]\d)"
)
# National-number prefixes of general organisation numbers (after "+31"/"0" is stripped).
GENERAL_PREFIXES = ("14", "3114", "800", "31800", "90", "3190", "88", "3188")
# A phone number has at least six digits and separators in a row. (The detector tests
# ``doc.digit_run >= 6`` instead: the same thing, as Document.digit_runs are the stretches of
# these characters from digit to digit.)
GATE_RE = rx.compile(r"\d[\d .()/-]{4,}\d")
GENERAL_TYPES = {T.UAN, T.TOLL_FREE, T.PREMIUM_RATE, T.SHARED_COST, T.VOICEMAIL}
PERSONAL_TYPES = {T.MOBILE, T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE, T.VOIP, T.PAGER}
PERSONAL_TYPES.add(T.PERSONAL_NUMBER)
# Someone's own number, even when it is a general-purpose one.
# Someone's own number: a possessive with a number word or right before the number ("zijn
# nummer", "mijn 0800-lijn", "haar: 06 …"), or "privé-", "eigen", "thuis" with a number word. Not
# the verb in "het zijn", nor "#thuiswerken" or "eigen verantwoordelijkheid" in front of a number.
_NUMBER_WORD = (
    r"(?:nummer|telefoonnummer|telnr|tel|mobiel\w*|gsm|06|werknummer|privénummer|nr|lijn|\d+-?lijn)"
)
OWN_RE = rx.compile(
    rf"\b(?:(?:mijn|m'n|zijn|z'n|haar|hun)\s+(?:\w+\s+)?{_NUMBER_WORD}\b|"
    r"(?:mijn|m'n|zijn|z'n|haar|hun|privé|prive|thuis|mobiel)\s*:?\s*$|"
    rf"(?:privé|prive|persoonlijke?|thuis|mobiele?|(?<!uw\s)(?<!je\s)(?<!jouw\s)eigen)[ -]?"
    rf"{_NUMBER_WORD}\b)",
    re.IGNORECASE,
)
# The author's own number ("bel me", "mijn 06") and work-contact lines ("meer info").
SELF_RE = rx.compile(
    r"\b(?:(?:mijn|m'n)\s+(?:\w+\s+)?(?:nummer|telefoonnummer|mobiel\w*|06|werknummer|gsm)|"
    r"(?:bel|app|sms|whatsapp|bereik|call|text)\s+(?:me|mij)|"
    r"(?:me|mij)\s+(?:bellen|appen|bereiken)|(?:ik\s+ben|ben\s+ik)\s+(?:\w+\s+)?bereikbaar|"
    r"(?:reach|call|text)\s+me)\b",
    re.IGNORECASE,
)
WORK_RE = rx.compile(
    r"\b(?:contactpersoon|vacature|solliciteren|meer informatie|meer info|inlichtingen|"
    r"aanmelden)\b",
    re.IGNORECASE,
)
# Someone else's private number, said in so many words.
THIRD_PRIVATE_RE = rx.compile(
    r"\b(?:(?:zijn|haar|hun)\s+(?:privé-?|prive-?|eigen\s|mobiele\s|06-?)?nummer|"
    r"priv[ée]-?nummer)\b",
    re.IGNORECASE,
)
PRIVATE_WORD_RE = rx.compile(
    r"\b(?:(?:zijn|haar|hun|z'n|d'r)\s+priv[ée]-?\s?(?:nummer|telefoonnummer|mobiel)|"
    r"(?:his|her|their)\s+private\s+(?:number|phone))\b",
    re.IGNORECASE,
)
COLLEAGUE_RE = rx.compile(
    r"\b(?:collega|contactpersoon|teamleider|wijkagent|wijkcoach|consulent|medewerker)",
    re.IGNORECASE,
)
# The number is presented as an organisation's service line.
SERVICE_RE = rx.compile(
    r"\b(?:bel ons|ons bellen|ons mailen|kunt u bellen|kunnen bellen|ons nummer|klantenservice|klantcontact|servicelijn|servicenummer|"
    r"informatienummer|infolijn|helpdesk|servicedesk|loket|gemeente|bereikbaar|openingstijden|"
    r"werkdagen|tijdens kantooruren|receptie|centrale|hulplijn|meldpunt|alarmnummer|"
    r"spoed|huisartsenpost|ggd|afspraak maken|contact met ons|neem contact|ons bereiken|"
    r"maandag t/m vrijdag|ma t/m vr|ma-vr|pers|persvoorlichter|persvoorlichting|woordvoerder|"
    r"woordvoering|journalisten|vragen|terecht)\b",
    re.IGNORECASE,
)
# The context patterns, as is (for the original text) and folded (for the lower-case text).
_CONTEXT = (OWN_RE, SELF_RE, WORK_RE, THIRD_PRIVATE_RE, PRIVATE_WORD_RE, COLLEAGUE_RE, SERVICE_RE)
# (SERVICE_RE has too many first letters to gain from push_boundary)
_CONTEXT_FOLDED = tuple(folded(p, push=p is not SERVICE_RE) for p in _CONTEXT)


def _context(doc: Document) -> tuple[str, tuple[re.Pattern[str], ...]]:
    """The text to search for context words and the patterns to search it with."""
    return (doc.lower, _CONTEXT_FOLDED) if regular(doc.lower) else (doc.text, _CONTEXT)


@register
class TelefoonDetector(Detector):
    name = "persoonsgegevens.telefoon.v1"
    category = "persoonsgegevens"
    rule = "avg.art5.v1"
    description = "Nederlands telefoonnummer (gecontroleerd met phonenumbers)."

    def parse(self, candidate: str) -> phonenumbers.PhoneNumber | None:
        try:
            number = phonenumbers.parse(candidate, "NL")
        except phonenumbers.NumberParseException:
            return None
        return number if phonenumbers.is_valid_number(number) else None

    def validate(self, candidate: str) -> bool:
        return self.parse(candidate) is not None

    @staticmethod
    def _typed(candidate: str) -> tuple[int, int, int] | None:
        """Country code, national number and type of a valid number
        (:func:`~meedoen.core.text.pii_phone.typed`: the same answers as :meth:`parse` and
        ``number_type``, without parsing Dutch formats)."""
        return typed(candidate)

    def _longest_valid(self, value: str) -> tuple[str, int, int] | None:
        # drop trailing groups until the number is valid ("bel 010 123 4567 2x")
        for _ in range(3):
            found = self._typed(value)
            if found is not None:
                return value, found[1], found[2]
            cut = max(value.rfind(" "), value.rfind("."), value.rfind("-"))
            if cut < 4:
                return None
            value = value[:cut]
        return None

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        if doc.digit_run < 6:  # = not GATE_RE.search(text): six characters in a row
            return
        src, (own_re, self_re, *_, service_re) = _context(doc)
        # a candidate lies within a stretch of digits, or starts with "+" right before one; the
        # pattern looks two characters ahead
        runs = ((max(0, s - 1), e) for s, e in doc.digit_runs)
        for m in finditer_in(CANDIDATE_RE, text, runs, 2):
            digits = m.group().lstrip("+0(").replace(" ", "").replace("-", "")
            if digits.startswith(GENERAL_PREFIXES) and not own_re.search(
                src, max(0, m.start() - 40), m.start()
            ):
                continue  # 14 0xx, 0800, 090x, 088 without "mijn …": skip the parse
            found = self._longest_valid(m.group())
            if found is None:
                continue
            value, national_number, kind = found
            start, end = m.start(), m.start() + len(value)
            if any(s <= start < e for s, e in doc.url_spans):
                continue
            national = str(national_number)
            own = bool(own_re.search(src[max(0, start - 40) : start]))
            general = kind in GENERAL_TYPES or national.startswith("88")
            if general and not own:
                continue
            if kind not in PERSONAL_TYPES and not general:
                continue
            mobile = kind == T.MOBILE
            own = own or bool(self_re.search(src, max(0, start - 40), min(len(text), end + 30)))
            whose = found_owner = owner(doc.lower, start, end)
            if not own and not mobile and service_re.search(doc.window(start, end, 80)):
                whose = owner(doc.lower, start, end, strict=True)
                if whose is None:
                    continue  # an organisation's service line
            if whose == "case":
                yield self._case(start, end)
                continue
            yield self._evidence(doc, ctx, start, end, kind, general, found_owner == "third")

    def _case(self, start: int, end: int) -> Evidence:
        return Evidence(
            start,
            end,
            message=CASE_MESSAGE,
            advice=CASE_ADVICE,
            severity=ERNSTIG,
            rule=self.rule,
            explanation=(
                "Telefoonnummer in een zin over gegevens van een aanvrager, klant of andere "
                "betrokkene die je via je werk kent."
            ),
            tags=("telefoon", "zaak"),
        )

    def _evidence(
        self,
        doc: Document,
        ctx: CheckContext,
        start: int,
        end: int,
        kind: int,
        general: bool,
        third: bool,
    ) -> Evidence:
        """``third``: :func:`owner` says the number is someone else's."""
        src, (_, self_re, work_re, third_re, private_re, colleague_re, _) = _context(doc)
        around = src[max(0, start - 40) : min(len(src), end + 30)]
        if general:
            severity, message = LET_OP, "Dit is een algemeen nummer, geen persoonlijk nummer."
        elif private_re.search(around) or (
            (third_re.search(around) or third) and not colleague_re.search(around)
        ):
            severity, message = ERNSTIG, "Dit is het privénummer van iemand anders."
        elif work_re.search(around) or (ctx.in_function and self_re.search(around)):
            severity, message = LET_OP, "Dit lijkt je eigen werknummer of een contactnummer."
        elif self_re.search(around):
            severity, message = RISICO, "Dit lijkt je eigen (privé)nummer."
        else:
            severity = RISICO
            message = (
                "Dit is een mobiel nummer; dat leidt vaak rechtstreeks naar een persoon."
                if kind == T.MOBILE
                else "Dit is een telefoonnummer dat bij een persoon kan horen."
            )
        return Evidence(
            start,
            end,
            message=message,
            advice=(
                "Deel een nummer van jezelf of een collega alleen als je dat echt wilt en die "
                "collega ermee instemt; een algemeen nummer of contactformulier is veiliger."
                if severity == LET_OP
                else "Zet geen telefoonnummers van jezelf of anderen in een openbaar bericht. "
                "Verwijs naar het algemene nummer of het contactformulier van de organisatie, "
                "of vraag om een privébericht."
            ),
            severity=severity,
            rule=self.rule,
            explanation=f"Geldig nummer volgens phonenumbers (type {KIND_NAMES.get(kind, '?')}).",
            tags=("telefoon",),
        )


KIND_NAMES = {
    T.MOBILE: "mobiel", T.FIXED_LINE: "vast", T.FIXED_LINE_OR_MOBILE: "vast of mobiel",
    T.VOIP: "VoIP", T.PAGER: "pieper", T.PERSONAL_NUMBER: "persoonlijk nummer",
    T.UAN: "algemeen nummer", T.TOLL_FREE: "gratis 0800-nummer",
    T.PREMIUM_RATE: "betaald 090x-nummer", T.SHARED_COST: "gedeelde kosten",
}  # fmt: skip
