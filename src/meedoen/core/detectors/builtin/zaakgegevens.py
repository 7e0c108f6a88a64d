# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Case details about a person, as seen from an official's system.

"Ik zie in ons systeem dat uw uitkering is stopgezet" in a public reply tells
everyone that this person has a benefit and what happened to it: what an
official knows through their function stays secret (Aw 2017 art. 9). The
detector looks for a case noun about the reader (``uw aanvraag``, ``je
toeslag``) or about a named person (``de uitkering van mevrouw Jansen``)
together with a status (afgewezen, stopgezet, in behandeling …) or a look in
the system (``in ons systeem``, ``volgens onze gegevens``). General
information ("Is uw aanvraag afgewezen? Dan kunt u bezwaar maken.") is not a
finding: questions and conditional or procedural sentences are skipped.
A reader addressed by name ("Mevrouw Bakker, uw …") or an amount makes the
reply a case. A third person's benefit, debt or fraud ("meneer Yilmaz, hij
krijgt al jaren bijstand en werkt zwart", :mod:`meedoen.core.text.pii_third_case`)
is reported too: ernstig when the person is identifiable or known from work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from meedoen.core import rx
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.document import SENTENCE_RE
from meedoen.core.text.names import find_names
from meedoen.core.text.pii_case_en import english_case_details
from meedoen.core.text.pii_person import KIN_RE, cached_persons
from meedoen.core.text.pii_regex import trie_pattern
from meedoen.core.text.pii_scan import Lexicon, scan
from meedoen.core.text.pii_third_case import (
    THIRD_WORDS,
    WORK_SOURCE_RE,
    case_statements,
    third_case_facts,
)

# Case nouns, matched inside compounds too (kinderopvangtoeslag, bijstandsuitkering).
NOUNS = (
    "uitkering|aanvraag|dossier|bezwaar|toeslag|aanslag|aangifte|teruggave|teruggaaf|betaling|"
    "vergunning|"
    "melding|klacht|zaak|schuld|achterstand|boete|beschikking|bijstand|pensioen|"
    "studiefinanciering|terugvordering|inschrijving|subsidie|woz-waarde|herbeoordeling|"
    "indicatie|voorziening|voorschot|kwijtschelding|opgave"
).split("|")
NOUN_RE = rx.compile(trie_pattern(NOUNS))
NOUN_CUES = Lexicon(substrings=NOUNS)  # cheap gate (shared scan): no case noun in most posts
NOUN_ENDINGS = ("", "en", "s", "schrift")
# The reply says it cannot see the reader's file: what it repeats is what the reader wrote.
NO_ACCESS_RE = rx.compile(
    r"(?:kunnen|kan|mogen|mag)\s+(?:ik\s+|wij\s+|we\s+)?(?:hier\s+)?niet\s+in\s+(?:je|uw|jouw)\s+"
    r"(?:gegevens|dossier|systeem)\s+kijken|(?:can'?t|cannot)\s+(?:see|access|look\s+into)\s+your"
)
STATUS = (
    r"afgewezen|toegekend|goedgekeurd|ontvangen|verwerkt|in behandeling|stopgezet|beëindigd|"
    r"geblokkeerd|verlaagd|verhoogd|teruggevorderd|opgeschort|ingetrokken|uitbetaald|gestopt|"
    r"overgemaakt|nog niet binnen|niet binnen|verlopen|geweigerd|gekort|herzien|afgehandeld|"
    r"ongegrond|gegrond|niet-ontvankelijk|doorgestuurd|vastgesteld|opgelegd|openstaat|open staat|"
    r"nog open|loopt nog|loopt tot|loopt af|eindigt|stopt|gaat in op|bekend|geregistreerd|"
    r"aangepast|gewijzigd|achterstand|te laat|staat klaar|blijft staan|blijft gehandhaafd|"
    r"openstaande|terugbetalen|terug betalen"
)
# Cheap gate: the longest word of each status; without one (and no system phrase) no finding.
STATUS_KEYS = frozenset(max(st.split(), key=len) for st in STATUS.split("|"))
STATUS_CUES = Lexicon(STATUS_KEYS)
THIRD_CUES = Lexicon(THIRD_WORDS)
# (substring tests: faster than one regex scan; "systeem" also stands for "systemen")
SYSTEM_HINTS = ("systeem", "systemen", "administratie", "gegevens", "ik zie", "ik heb", "dossier")
READER_BEFORE_RE = rx.compile(r"(?<!\w)(?:uw|je|jouw)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
STATUS_AFTER_RE = rx.compile(rf"[^.!?\n]{{0,60}}?(?<!\w)(?:{STATUS})(?!\w)", re.IGNORECASE)
SYSTEM_RE = rx.compile(
    r"(?<!\w)(?:in\s(?:ons|het)\ssysteem|in\sonze\s(?:systemen|administratie|gegevens)|"
    r"volgens\sonze\s(?:gegevens|administratie|systemen|registratie)|volgens\sons\ssysteem|"
    r"ik\szie\s(?:hier\s|nu\s|net\s)?(?:dat|in)|"
    r"ik\sheb\s(?:[\w-]+\s){0,3}?(?:gekeken|bekeken|nagekeken|opgezocht|ingezien|erbij\sgepakt|"
    r"erbij\sgehaald|erbij\sgenomen|doorgenomen|opgevraagd|nagelopen|gecheckt|gecontroleerd)|"
    r"in\suw\sdossier|volgens\s(?:uw|je|jouw)\sdossier|uit\s(?:uw|je|jouw)\sdossier\sblijkt|"
    r"(?:uw|je|jouw)\sdossier\s(?:[\w-]+\s){0,2}?(?:laat\s(?:ons\s|mij\s|me\s)?zien|toont)\sdat)"
    r"(?!\w)",
    re.IGNORECASE,
)
# Sentences that inform in general rather than report on someone's case.
GENERAL_RE = rx.compile(
    r"^\s*(?:is|zijn|heeft|hebt|als|wanneer|indien|zodra|mocht|wil|kunt|kun|wat|hoe)\b|"
    r"\b(?:binnen\s\d+|meestal|normaal|gemiddeld|kunt u|kun je|dan kunt|dan kun|moet u|"
    r"vraag\w* aan|online|via mijn)\b",
    re.IGNORECASE,
)
# Nouns whose mere mention says something sensitive about someone's situation.
SENSITIVE_RE = rx.compile(
    r"uitkering|bijstand|toeslag|schuld|achterstand|terugvordering|boete|aanslag|pensioen|"
    r"asiel|indicatie|wmo|voorziening|herbeoordeling",
    re.IGNORECASE,
)
READER = "degene aan wie je schrijft"
# Receipts ("je melding is ontvangen") say nothing sensitive unless the noun is.
ACK_RE = rx.compile(
    r"ontvangen|doorgestuurd|in behandeling|afgehandeld|bekend|geregistreerd", re.IGNORECASE
)
PERSON_LINK_RE = rx.compile(r"^\s+(?:van|voor)\s+$", re.IGNORECASE)
# Outcomes of a decision on someone's case: in public these reveal the case itself.
DECISION_RE = rx.compile(
    r"(?<!\w)(?:afgewezen|toegekend|goedgekeurd|stopgezet|beëindigd|geblokkeerd|verlaagd|"
    r"verhoogd|teruggevorderd|opgeschort|ingetrokken|uitbetaald|gestopt|geweigerd|gekort|"
    r"ongegrond|gegrond|niet-ontvankelijk|opgelegd|stopt|verleend|afgekeurd|toegewezen|"
    r"verrekend|terugbetalen|openstaat|open\sstaat|openstaande|achterstand)(?!\w)",
    re.IGNORECASE,
)
# An amount of money: "van € 412,50", "1.250 euro".
AMOUNT_RE = rx.compile(r"€\s?\d|(?<![\w.,])\d[\d.]*(?:,\d{2})?\s?(?:euro|eur)(?!\w)", re.IGNORECASE)
# A salutation with a name at the start of a reply: "Mevrouw Bakker,", "@x Beste Jan,".
VOCATIVE_RE = rx.compile(
    r"\s*(?:@\w+\s+)*(?:(?i:beste|hoi|hallo|hé|hey|dag|goedemorgen|goedemiddag|goedenavond|"
    r"hi)\s+)?[^,!:\n]{2,40}?([,!:])"
)
# The reader as subject in a sentence that also looks in the system ("ik zie dat u …").
READER_WORD_RE = rx.compile(r"(?<!\w)(?:u|je|jij|jullie)(?!\w)", re.IGNORECASE)


@register
class ZaakgegevensDetector(Detector):
    name = "persoonsgegevens.zaakgegevens.v1"
    category = "persoonsgegevens"
    rule = "aw2017.art9.v1"
    description = (
        "Gegevens uit iemands dossier of aanvraag, zoals een ambtenaar die in het systeem ziet."
    )

    @staticmethod
    def _reader_sentence(doc: Document, pos: int, system: re.Match[str]) -> bool:
        """The system phrase and the noun share a sentence that addresses the reader."""
        s, e = doc.sentence_at(pos)
        return s <= system.start() < e and bool(READER_WORD_RE.search(doc.text, s, e))

    @staticmethod
    def _named_reader(text: str, ctx: CheckContext) -> str | None:
        """The reader addressed by name at the start: "Mevrouw Bakker, uw …", "Beste Jan,"."""
        head = VOCATIVE_RE.match(text)
        if head is None:
            return None
        exclude = [o.name for o in ctx.organisation.officials] + [ctx.profile.name or ""]
        name = next((n for n in find_names(head.group(), exclude)), None)
        if name is None or not head.group().endswith(name.text.split()[-1] + head.group(1)):
            return None
        return name.text

    def _general(self, doc: Document, pos: int) -> bool:
        s, e = doc.sentence_at(pos)
        sentence = doc.text[s:e]
        return sentence.rstrip().endswith("?") or bool(GENERAL_RE.search(sentence))

    @staticmethod
    def _nouns(text: str, low: str) -> list[tuple[int, int, str]]:
        """(start, end, word) for every whole word that is or ends in a case noun."""
        words: dict[int, tuple[int, int, str]] = {}
        for m in NOUN_RE.finditer(low):
            start, end = m.start(), m.end()
            while start > 0 and (low[start - 1].isalnum() or low[start - 1] == "-"):
                start -= 1
            stop = end
            while stop < len(low) and low[stop].isalnum():
                stop += 1
            if low[end:stop] in NOUN_ENDINGS:
                words[start] = (start, stop, text[start:stop])
        return sorted(words.values())

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        low = doc.lower
        if ("your" in low or "system" in low or "records" in low) and doc.lang == "en":
            public = ctx.context.effective_audience() == "openbaar"
            sentences = [m.span() for m in SENTENCE_RE.finditer(doc.text)]
            for start, end, decided, looked in english_case_details(doc.text, sentences):
                noun = doc.text[start:end]
                yield self._evidence(start, end, noun, looked, public, READER, decided)
            return
        text, low = doc.text, doc.lower
        if len(low) != len(text):  # a character whose lower case is longer (rare)
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        cues = scan(low, ctx.cache)
        nouns = self._nouns(text, low) if cues.has(NOUN_CUES) else []
        if cues.has(THIRD_CUES) or any(
            SENSITIVE_RE.search(n[2]) for n in nouns
        ):  # cheap gate for "hij krijgt al jaren bijstand", "werkt zwart"
            yield from self._third_facts(text, low, ctx)
        if not nouns:
            return
        system = SYSTEM_RE.search(text) if any(h in low for h in SYSTEM_HINTS) else None
        if system is None and not cues.has(STATUS_CUES):
            return
        public = ctx.context.effective_audience() == "openbaar"
        third: list[tuple[int, int, str, re.Match[str] | None]] = []
        found, covered = False, 0
        for start, end, noun in nouns:
            status = STATUS_AFTER_RE.match(text, end)
            if not (status or system) or self._general(doc, start):
                continue
            reader = READER_BEFORE_RE.search(text, max(0, start - 30), start)
            if reader is None and system and self._reader_sentence(doc, start, system):
                reader = system
            if reader is None:
                third.append((start, end, noun, status))
                continue
            sensitive = SENSITIVE_RE.search(noun)
            if not system and not sensitive and status and ACK_RE.search(status.group()):
                continue  # "uw aanvraag is ontvangen": a receipt, no case detail
            if not system and NO_ACCESS_RE.search(low):
                continue  # "… nog niet binnen. Wij kunnen hier niet in uw gegevens kijken": an echo
            first = min(reader.start(), system.start()) if system else reader.start()
            last = status.end() if status else end
            if found and first < covered:
                continue  # the same statement, already reported ("uw dossier … uw aanvraag")
            found, covered = True, last
            s_start, s_end = doc.sentence_at(start)
            decided = bool(DECISION_RE.search(text, s_start, s_end))
            # an amount or account number, or the reader addressed by name, makes it a case
            decided = decided or bool(AMOUNT_RE.search(text, s_start, s_end))
            whom = self._named_reader(text, ctx) or READER
            yield self._evidence(first, last, noun, bool(system), public, whom, decided)
        if found or not third:
            return
        exclude = [o.name for o in ctx.organisation.officials]
        names = find_names(text, [*exclude, ctx.profile.name or ""])
        for start, end, noun, status in third:
            for n in names:
                if n.start >= end:
                    linked = bool(PERSON_LINK_RE.search(text[end : n.start]))
                else:
                    between = text[n.end : start]
                    linked = n.end <= start and len(between) <= 45
                    linked = linked and not any(c in between for c in ".!?\n:")
                if not linked:
                    continue
                first, last = min(n.start, start), max(n.end, status.end() if status else end)
                yield self._evidence(first, last, noun, bool(system), public, n.text)
                break

    def _third_facts(self, text: str, low: str, ctx: CheckContext) -> Iterator[Evidence]:
        """Benefit, debt or fraud facts about a third person ("hij krijgt al jaren bijstand")."""
        statements = case_statements(low)
        if not statements:
            return
        org = ctx.organisation
        persons = cached_persons(text, low, ctx.cache, org, ctx.profile.name, ctx.in_function)
        public = ctx.context.effective_audience() == "openbaar"
        from_work = bool(WORK_SOURCE_RE.search(low))
        for fact in third_case_facts(low, statements, persons):
            # identifiable or known from work: ernstig in public; fraud by first name or
            # description: risico; a relative's benefit ("mijn broer zit in de WW"): a hint
            kin = bool(KIN_RE.match(low, fact.person.start))
            if fact.person.strong or from_work:
                severity = ERNSTIG if public else RISICO
            else:
                # a neighbour or colleague by name is known to the people around them
                known = fact.fraud or fact.person.relation
                severity = RISICO if known and public and not kin else LET_OP
            what = "fraude" if fact.fraud else "uitkering, toeslag of schulden"
            yield Evidence(
                fact.start,
                fact.end,
                message=(
                    f"Dit noemt de {what} van een ander: gegevens die je via je werk kunt "
                    "kennen en die niet in een bericht horen."
                ),
                advice=(
                    "Noem niet wie een uitkering, toeslag, schulden of een fraudezaak heeft, "
                    "ook niet tegen een journalist of 'onder ons'. Vermoed je fraude, meld het "
                    "via de officiële route; verwijs de pers naar de woordvoering."
                ),
                severity=severity,
                rule=self.rule,
                explanation=f"Persoon herkend via {fact.person.how}; {what} over die persoon.",
                tags=("zaakgegevens", "derde"),
            )

    def _evidence(
        self,
        start: int,
        end: int,
        noun: str,
        system: bool,
        public: bool,
        whom: str,
        decided: bool = False,
    ) -> Evidence:
        strong = system or decided or whom != READER or bool(SENSITIVE_RE.search(noun))
        levels = (RISICO, ERNSTIG) if public else (LET_OP, RISICO)
        severity = levels[1] if strong else levels[0]
        return Evidence(
            start,
            end,
            message=(
                f"Dit noemt details over '{noun}' van {whom}: gegevens uit een dossier horen "
                "niet in een openbaar bericht."
            ),
            advice=(
                "Noem geen details over iemands aanvraag, uitkering, toeslag of dossier. "
                "Reageer algemeen en vraag de burger om een privébericht, of verwijs naar het "
                "contactformulier of het telefoonnummer van de organisatie."
            ),
            severity=severity,
            rule=self.rule,
            explanation=(
                f"'{noun}' met een status of een blik in het systeem"
                + (" ('in ons systeem', 'volgens onze gegevens')" if system else "")
                + (", met een besluit (afgewezen, stopgezet, gekort …)" if decided else "")
                + f", over {whom}; {'openbaar' if public else 'niet openbaar'} kanaal."
            ),
            tags=("zaakgegevens",),
        )
