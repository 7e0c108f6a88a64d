# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Burgerservicenummer (BSN) in a post.

Candidates are nine digits, also when split by spaces or dots
(``1112.22.333``, ``111 222 333``). Only numbers that pass the 11-proef of
``stdnum.nl.bsn`` are reported. A number the text itself introduces as another
kind of number (zaaknummer, factuurnummer, KvK, RSIN …) is left alone, and so
are amounts and counts (``€ 123.456.789``, ``123 456 789 mensen``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from meedoen.core import rx
from meedoen.core.detectors.base import ERNSTIG, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.pii_checks import bsn_valid, onderwijsnummer_valid
from meedoen.core.text.pii_fold import Folded, folded, regular
from meedoen.core.text.pii_owner import owner
from meedoen.core.text.pii_regex import finditer_in

# Nine digits, plain or grouped 4-2-3 / 3-3-3 by one kind of separator (space or dot).
# The lookbehind sits after the first digit: a leading one would slow down every scan.
CANDIDATE_RE = rx.compile(
    r"\d(?<![\w.,+/€$@#-]\d)(?:\d{8}|\d{3}([ .])\d{2}\1\d{3}|\d{2}([ .])\d{3}\2\d{3})"
    r"(?![\w€$%]|[.,]\d|[ .]\d)"
)
GATE_RE = rx.compile(r"\d[\d .-]{7,}\d")  # cheap gate: nine digits (and separators) in a row
# The text names the number as something else than a BSN.
OTHER_KINDS = (
    "zaak dossier order factuur klant polis bestel ticket referentie kenmerk aanvraag "
    "registratie relatie contract lid lidmaatschaps debiteur crediteur document pas rekening "
    "giro kvk kvk- btw rsin vestigings artikel product zending track tracking pakket melding "
    "incident storing transactie bon inschrijf vergunning project onderwijs leerling paspoort"
).split()
OTHER_NUMBER_RE = rx.compile(
    rf"(?:{'|'.join(OTHER_KINDS)})"
    r"(?:nummer|nr|no)?\.?\s*(?:is|:|#|\()?\s*$|"
    r"\b(?:kvk|rsin|btw|kenmerk|ref|order|factuur|ons kenmerk|uw kenmerk)\b[^\n]{0,12}$",
    re.IGNORECASE,
)
# The label follows the number: "123456782 is uw dossiernummer", "123456782 (zaaknummer)".
AFTER_LABEL_RE = rx.compile(
    r"\s*(?:\(|,|:|-|is\s+(?:uw|je|jouw|het|ons|de)\s+|(?:als|is)\s+)\s*(?:\w+)?"
    r"(?:zaak|dossier|order|factuur|klant|polis|bestel|ticket|referentie|registratie|relatie|"
    r"contract|lid|document|melding|aanvraag|kenmerk|project|vergunning|pakket|zending|"
    r"transactie)(?:nummer|nr\b|no\b|kenmerk)?",
    re.IGNORECASE,
)
# Any "<label>nummer" / "<label> nr." right before the number names another kind of number,
# unless the label is a BSN word or a mere possessive ("mijn nummer is").
LABEL_RE = rx.compile(r"(?P<label>[\w'-]*)[\s-]?(?:nummer|nr\.?|no\.?|#)\s*(?::|is|was)?\s*$", re.I)
_LABEL_WORDS = ("nummer", "nr", "nr.", "no", "no.", "#")


def _label_end(low: str) -> bool:
    """Whether lower-case ``low`` can end the way LABEL_RE needs: a label word, then only
    spaces and at most one ':', 'is' or 'was'."""
    t = low.rstrip()
    if t.endswith(_LABEL_WORDS):
        return True
    return any(
        t.endswith(w) and t[: -len(w)].rstrip().endswith(_LABEL_WORDS) for w in (":", "is", "was")
    )


_NEUTRAL = "mijn m'n zijn haar uw je jouw hun ons onze het dit dat een welk bsn sofi burgerservice"
NEUTRAL_LABELS = frozenset(_NEUTRAL.split())
FUNCTION_WORDS = frozenset(
    "van naar op ook het de een in aan bij voor met uit als dan en of maar want dat die dit er "
    "is was zo nog wel al om te".split()
)
# Kinds of number that people also write as two words ("klant nummer"): those above and a
# few more. Any other word before a loose "nummer" names no kind ("Communicatie nummer …").
LOOSE_LABELS = frozenset(OTHER_KINDS) | frozenset(
    "inschrijvings besluit personeels werknemers student studenten huis telefoon "
    "mobiel fax account klanten kamer postbus serie kaart rijbewijs verzekerings patiënt "
    "patient cliënt client boeking reserverings afspraak bestellings aansluit meter".split()
)
BSN_WORD_RE = rx.compile(
    r"\b(?:bsn|burgerservicen(?:umme)?r|burger\s?service\s?nummer|sofi-?nummer|sofinummer|"
    r"citizen\s+service\s+number|social\s+security\s+number)",
    re.IGNORECASE,
)
# ... or with the BSN word right after it: "252760189 (BSN)".
NAMED_AFTER_RE = rx.compile(
    r"(?<![\d.,-])(\d(?:[ .-]?\d){8})(?![\d]|[ .-]\d)\s*[(,:-]?\s*(?:bsn|burgerservicenummer)\b",
    re.IGNORECASE,
)
# A number the text calls a BSN may be grouped in any way ("121-547-280", "353 79 90 75").
NAMED_RE = rx.compile(
    r"(?:bsn|burgerservicen(?:umme)?r\.?|burger\s?service\s?nummer|sofi-?nummer|"
    r"citizen\s+service\s+number|social\s+security\s+number)"
    r"(?:[-\s]?(?:nummer|nr\.?|number))?[^\d\n]{0,30}?(?<![\d])(\d(?:[ .-]?\d){8})(?![\d]|[ .-]\d)",
    re.IGNORECASE,
)
NAMED_FOLDED = folded(NAMED_RE)
NAMED_AFTER_FOLDED = folded(NAMED_AFTER_RE)
# Amounts and counts right after the number.
UNIT_AFTER_RE = rx.compile(
    r"\s*(?:euro|eur\b|€|dollar|mensen|personen|inwoners|keer|stuks|km|kilometer|kg|ton|"
    r"liter|m2|m3|views|volgers|likes|besmettingen|doden|gevallen|tests|jaar|dagen)",
    re.IGNORECASE,
)
# The onderwijsnummer replaces the BSN for pupils without one; only reported when named.
ONDERWIJS_WORD_RE = rx.compile(r"\b(?:onderwijsnummer|leerling|onderwijs-nummer)", re.I)
PHONE_PREFIX_RE = rx.compile(r"(?:\+|00)\d{1,3}\s?(?:\(0\)\s?)?$")
THOUSANDS_RE = rx.compile(r"\d{3}\.\d{3}\.\d{3}")
# The context patterns, as is (for the original text) and folded (for the lower-case text).
_CONTEXT = (OTHER_NUMBER_RE, LABEL_RE, AFTER_LABEL_RE, BSN_WORD_RE, UNIT_AFTER_RE)
_CONTEXT_FOLDED = tuple(folded(p, push=p is BSN_WORD_RE) for p in _CONTEXT)
# For the lower-case windows of Document.window: the same matches, faster.
_BSN_WORD_RE = Folded(BSN_WORD_RE, push=True)
_ONDERWIJS_WORD_RE = Folded(ONDERWIJS_WORD_RE, push=True)


@register
class BsnDetector(Detector):
    name = "persoonsgegevens.bsn.v1"
    category = "persoonsgegevens"
    rule = "uavg.art46.v1"
    description = "Burgerservicenummer (11-proef via stdnum.nl.bsn), ook met spaties of punten."

    def validate(self, candidate: str) -> bool:
        return bsn_valid(candidate.replace(" ", ""))  # = stdnum.nl.bsn.is_valid

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        if doc.digit_run < 9 or not GATE_RE.search(text):  # the gate needs nine characters
            return
        yield from self._named(doc)

    def _named(self, doc: Document) -> Iterator[Evidence]:
        """Numbers the text calls a BSN, in any grouping, then the other candidates."""
        text, low = doc.text, doc.lower
        done: set[int] = set()
        if "bsn" in low or "burgerservice" in low or "number" in low or ("sofi" in low):
            if regular(low):  # the same matches on the lower-case text, faster
                named = NAMED_FOLDED.finditer(low)
                # (NAMED_AFTER_RE ends in one of these words)
                after = (
                    NAMED_AFTER_FOLDED.finditer(low)
                    if "bsn" in low or "burgerservicenummer" in low
                    else iter(())
                )
            else:
                named, after = NAMED_RE.finditer(text), NAMED_AFTER_RE.finditer(text)
            for m in (*named, *after):
                if m.start(1) in done:
                    continue
                start, end = m.span(1)
                if self.validate(re.sub(r"[ .-]", "", m.group(1))):
                    done.add(start)
                    yield self._evidence(doc, start, end, named=True, other=False)
        for ev in self._candidates(doc, done):
            if ev.start not in done:
                yield ev

    def _candidates(self, doc: Document, done: set[int]) -> Iterator[Evidence]:
        """Candidates that do not start at a number in ``done`` (their evidence would be
        dropped: the number was already reported as named)."""
        text = doc.text
        # (nine digits in a row lie within a long stretch of digits; the pattern looks two
        # characters ahead)
        runs = [(s, e) for s, e in doc.digit_runs if e - s >= 9]
        for m in finditer_in(CANDIDATE_RE, text, runs, 2):
            value = m.group()
            start, end = m.span()
            if start in done:
                continue
            if not self.validate(value):
                if onderwijsnummer_valid(value.replace(" ", "")) and (
                    _ONDERWIJS_WORD_RE.search(doc.window(start, end, 40))
                ):
                    yield self._onderwijsnummer(start, end)
                continue
            if any(s <= start < e for s, e in doc.url_spans):
                continue
            fast = regular(doc.lower)
            other_re, label_re, after_label_re, word_re, unit_re = (
                _CONTEXT_FOLDED if fast else _CONTEXT
            )
            src = doc.lower if fast else text
            before = text[max(0, start - 40) : start]
            src_before = src[max(0, start - 40) : start]
            # (LABEL_RE ends in a label word; on lower-case text that is cheap to test first)
            label = label_re.search(src_before) if not fast or _label_end(src_before) else None
            # (a bare "nummer 123456782" names no other kind of number: issue #2 §3 lists the
            # labels that do, zaaknummer, dossiernummer, ordernummer, factuurnummer …)
            kind = label.group("label").lower().strip("-") if label else ""
            if kind in FUNCTION_WORDS or (label and label.start("label") == label.end("label")):
                kind = ""  # "van nummer …", "op nummer …": a function word is no kind either
            elif (
                label
                and src_before[label.end("label")].isspace()
                and src_before[label.end("label") + 1 :].lower().startswith("nummer")
                and kind.rsplit("-", 1)[-1] not in LOOSE_LABELS
            ):
                # a compound label is one word ("politienummer") or hyphenated; a loose word
                # before "nummer" only names a kind when it is one ("klant nummer") ("X nr."
                # stays a label)
                kind = ""
            if other_re.search(src_before) or (kind and kind not in NEUTRAL_LABELS):
                continue
            if after_label_re.match(src, end) and not word_re.search(src, end, end + 30):
                continue  # "123456782 is uw dossiernummer"
            if (
                PHONE_PREFIX_RE.search(before)
                or before.rstrip().endswith(("€", "$", "EUR"))
                or unit_re.match(src, end)
            ):
                continue
            named = bool(_BSN_WORD_RE.search(doc.window(start, end, 50)))
            other = not named and owner(doc.lower, start, end) is not None  # someone else's
            if THOUSANDS_RE.fullmatch(value) and not named:
                continue  # 123.456.789 reads as an amount unless called a BSN
            yield self._evidence(doc, start, end, named=named, other=other)

    def _evidence(
        self, doc: Document, start: int, end: int, *, named: bool, other: bool
    ) -> Evidence:
        return Evidence(
            start,
            end,
            message=(
                "Dit is een burgerservicenummer (BSN)."
                if named
                else "Dit nummer van iemand anders kan een burgerservicenummer (BSN) zijn."
                if other
                else "Dit nummer kan een burgerservicenummer (BSN) zijn."
            ),
            advice=(
                "Haal het nummer weg. Een BSN hoort nooit in een bericht op sociale media; "
                "vraag de burger om een privébericht of verwijs naar het contactformulier."
            ),
            severity=ERNSTIG if named or other else RISICO,
            rule=self.rule,
            explanation=(
                "Negen cijfers die de 11-proef doorstaan (stdnum.nl.bsn)"
                + (
                    ", met het woord BSN erbij."
                    if named
                    else "; de tekst noemt het geen ander nummer."
                )
            ),
            tags=("bsn",),
        )

    def _onderwijsnummer(self, start: int, end: int) -> Evidence:
        return Evidence(
            start,
            end,
            message="Dit is een onderwijsnummer, het wettelijke nummer van een leerling.",
            advice=(
                "Haal het nummer weg; het hoort net als een BSN nooit in een openbaar bericht. "
                "Regel het via een privébericht of het contactformulier."
            ),
            severity=ERNSTIG,
            rule=self.rule,
            explanation="Geldig onderwijsnummer (stdnum.nl.onderwijsnummer), zo genoemd.",
            tags=("onderwijsnummer",),
        )
