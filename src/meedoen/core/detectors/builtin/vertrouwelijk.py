# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Confidential information: classification markers, embargo, drafts, internal
decision-making that is not yet public (Aw 2017 art. 9, geheimhouding).

Formal markers (Stg. Geheim, Departementaal Vertrouwelijk) are serious on any
channel. Drafts and internal news are a risk on open channels; on an internal
channel the bare word "concept" is no finding. What is already public (a draft
in internetconsultatie, "ligt ter inzage", "heeft vandaag besloten") is not a
secret and is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

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
from meedoen.core.text.politics import prefixes
from meedoen.core.text.politics_confidential import (
    ALREADY_TELL_RE,
    ANNOUNCE_RE,
    CONTENT_RE,
    EMBARGO_CONTENT_RE,
    GUARDS,
    INSIDER_RE,
    KNOWS_RE,
    NEEDLES,
    OFF_RECORD_RE,
    PATTERNS,
    PERSONAL_RE,
    PRIVATE_DRAFT_RE,
    PUBLIC_RE,
    VOORKENNIS_GATE_RE,
    WORK_NEWS_RE,
    decision,
)
from meedoen.core.text.politics_words import may_contain
from meedoen.core.text.recall_cues import not_public, secret_cue

KINDS: tuple[tuple[str, int, str], ...] = (
    ("rubricering", ERNSTIG, "Er staat een rubriceringsmerk in je tekst"),
    ("vertrouwelijk", RISICO, "Je deelt iets dat als vertrouwelijk of intern is aangemerkt"),
    ("embargo", RISICO, "Je noemt een embargo"),
    ("concept", RISICO, "Je deelt een conceptstuk"),
    ("besluitvorming", RISICO, "Je vertelt over interne besluitvorming die nog niet openbaar is"),
    ("hint", RISICO, "Je zinspeelt op informatie uit je werk die nog niet openbaar is"),
    ("uitgelekt", LET_OP, "Je verwijst naar uitgelekte informatie"),
    ("voorkennis", RISICO, "Je laat merken dat je iets weet dat nog niet openbaar is"),
    (
        "bevestiging",
        RISICO,
        "Je bevestigt feiten of een planning uit je werk die nog niet openbaar zijn",
    ),
)
# Kinds whose severity rises when the post also gives the content of the unpublished matter.
DISCLOSABLE = frozenset(
    {"vertrouwelijk", "embargo", "concept", "besluitvorming", "hint", "bevestiging", "voorkennis"}
)
# Who asks: confirming to the press or an MP is disclosure, to a friend it is chat.
ASKERS = frozenset({"journalist", "kamerlid", "politicus"})

WHERE = {"intern": "intern kanaal", "openbaar": "open kanaal", "besloten-groep": "besloten groep"}
ADVICE = {
    "rubricering": "Verwijder het stuk en de inhoud ervan. Gerubriceerde informatie deel je nooit "
    "buiten de kring die ervoor is aangewezen; meld een mogelijk datalek bij je organisatie.",
    "vertrouwelijk": "Deel alleen wat openbaar is. Twijfel je, vraag het dan aan de eigenaar "
    "van het stuk of aan je leidinggevende.",
    "embargo": "Wacht tot het embargo is verlopen en deel dan de openbare versie.",
    "concept": "Deel een concept niet buiten je organisatie; wacht op de definitieve, "
    "openbare versie en verwijs daarnaar.",
    "hint": "Zinspeel niet op wat je uit je werk weet voordat het openbaar is; ook een hint "
    "kan vertrouwelijke informatie prijsgeven. Wacht op de bekendmaking.",
    "besluitvorming": "Vertel niet wat intern besproken wordt voordat het openbaar is. Wacht "
    "op de officiële bekendmaking en verwijs daarnaar.",
    "voorkennis": "Laat niet doorschemeren wat je uit je werk weet voordat het openbaar is, ook "
    "niet als plagerige hint of 'tussen ons'. Wacht op de officiële bekendmaking en verwijs daarnaar.",
    "uitgelekt": "Verspreid uitgelekte stukken niet verder en geef er geen duiding bij; "
    "verwijs hooguit naar het openbare nieuwsbericht.",
    "bevestiging": "Bevestig of ontken niets over lopend werk dat nog niet openbaar is; "
    "verwijs naar de woordvoering of naar de minister, die de Kamer informeert.",
}
CONTENT_NOTE = " Je geeft ook de inhoud prijs; dat is een waarschijnlijke schending van je geheimhoudingsplicht."


@register
class VertrouwelijkDetector(Detector):
    name = "vertrouwelijk.markers.v1"
    category = "vertrouwelijk"
    rule = "aw2017.art9.v1"
    description = "Rubriceringsmerken, embargo, concepten en nog niet openbare besluitvorming."

    def validate(self, candidate: str) -> bool:
        """A bare 'VERTROUWELIJK' in a shouted sentence is still a marker; drop empty hits."""
        return bool(candidate.strip())

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        spans = []
        for ev in self._calibrated(doc, ctx):
            spans.append((ev.start, ev.end, ev.severity))
            yield ev
        if all(sev < ERNSTIG for _, _, sev in spans):  # a separate insider source adds weight
            yield from self._hint(doc, ctx, spans)

    def _hint(
        self, doc: Document, ctx: CheckContext, spans: list[tuple[int, int, int]]
    ) -> Iterator[Evidence]:
        """Fall-back: a 'not yet public' marker and/or an insider source (recall_cues)."""
        cue = secret_cue(doc.text, doc.lower)
        if cue is None or PERSONAL_RE.search(doc.text):
            return
        if PUBLIC_RE.search(doc.text) and not_public(doc.lower) is None:
            return  # "heeft gisteren besloten" is public unless "nog niet naar buiten"
        if spans and (
            not (cue.strong and ctx.public and not ctx.in_function)
            or any(cue.start < e and s < cue.end for s, e, _ in spans)
        ):
            return  # already reported; only a separate insider source in a private post adds
        audience = ctx.context.effective_audience()
        if audience == "intern":
            return  # internal news on an internal channel is ordinary work
        sev = ERNSTIG if cue.strong else RISICO
        if audience == "besloten-groep" or (ctx.in_function and not cue.strong):
            sev -= 1
        kind = "besluitvorming" if cue.strong else "hint"
        yield Evidence(
            cue.start,
            cue.end,
            message=f"{dict((k, m) for k, _, m in KINDS)[kind]}: "
            f"'{doc.text[cue.start : cue.end].strip()}'.",
            advice=ADVICE[kind],
            severity=sev,
            rule=self.rule,
            explanation=f"Patroon '{kind}' op een {WHERE[audience]}; de geheimhoudingsplicht "
            "geldt in functie en privé.",
            tags=(kind, "breed"),
        )

    def _calibrated(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        heads = prefixes(doc.words, ctx.cache)
        lower = doc.lower
        active = [
            k
            for k in KINDS
            if not GUARDS[k[0]].isdisjoint(heads)
            and may_contain(lower, NEEDLES[k[0]])
            and (k[0] != "voorkennis" or VOORKENNIS_GATE_RE.search(lower) is not None)
        ]
        if not active:
            return
        audience = ctx.context.effective_audience()
        intern = audience == "intern"
        public_doc: bool | None = None  # scanned once, when a kind first asks
        reply = ctx.context.reply_to
        asked = reply is not None and reply.author_role in ASKERS
        for kind, severity, message in active:
            if kind == "bevestiging" and not (asked or _insider(doc.lower)):
                continue  # only to the press or an MP, or drawing on one's own work
            if kind == "besluitvorming":  # only its first match counts (the loop always ends)
                first = decision(doc.text, lower)
                matches: Iterable[re.Match[str]] = () if first is None else (first,)
            else:
                matches = PATTERNS[kind].finditer(doc.text)
            for m in matches:
                if not self.validate(m.group()):
                    continue
                sev = severity
                if kind in ("concept", "besluitvorming", "hint", "embargo", "voorkennis"):
                    if public_doc is None:
                        public_doc = PUBLIC_RE.search(doc.text) is not None
                    if public_doc:
                        break  # the text itself says it is public
                if kind in ("hint", "voorkennis") and PERSONAL_RE.search(doc.text):
                    break  # "ik mag nog niks zeggen" about a new job or a baby
                if (
                    kind == "hint"
                    and ALREADY_TELL_RE.fullmatch(m.group())
                    and not ANNOUNCE_RE.search(doc.text)
                ):
                    continue  # "ik kan je al zeggen: het wordt een mooi feest"
                if kind == "concept" and PRIVATE_DRAFT_RE.search(doc.text):
                    break  # a draft of one's own thesis or blog is no official document
                content = kind in DISCLOSABLE and _discloses(doc.text, m, kind)
                if kind == "voorkennis" and not content and WORK_NEWS_RE.search(doc.text) is None:
                    continue  # "ik zeg alleen: geniet ervan", "between us, the pizza here …"
                if content:
                    sev = ERNSTIG
                elif kind == "vertrouwelijk" and OFF_RECORD_RE.fullmatch(m.group().strip()):
                    if EMBARGO_CONTENT_RE.match(doc.text, m.end()):
                        sev = ERNSTIG  # "Off the record: de minister wist er al van"
                        content = True
                    else:
                        sev = LET_OP  # "off the record" alone is a press matter (pers)
                elif kind == "hint" and KNOWS_RE.search(m.group()) and ANNOUNCE_RE.search(doc.text):
                    sev = ERNSTIG  # "morgen maakt de minister … bekend. Ik weet al wat erin staat"
                    content = True
                if kind == "voorkennis" and ctx.in_function and not content:
                    sev = LET_OP  # a teaser on an official account is the organisation's choice
                if intern and kind in (
                    "concept",
                    "besluitvorming",
                    "hint",
                    "vertrouwelijk",
                    "uitgelekt",
                    "bevestiging",
                    "voorkennis",
                ):
                    if kind == "concept" and " " in m.group().strip():
                        break  # "het concept ..." on an internal channel is ordinary work
                    sev = LET_OP
                elif audience == "besloten-groep" and kind != "rubricering":
                    sev = max(LET_OP, sev - 1)  # a closed group: one step milder
                where = WHERE[audience]
                yield Evidence(
                    m.start(),
                    m.end(),
                    message=f"{message}: '{m.group().strip()}'."
                    + (CONTENT_NOTE if content else ""),
                    advice=ADVICE[kind],
                    severity=sev,
                    rule=self.rule,
                    explanation=f"Patroon '{kind}' op een {where}; de geheimhoudingsplicht "
                    "geldt in functie en privé.",
                    tags=(kind,) + (("inhoud",) if content else ()),
                )
                break


INSIDER_HINTS = ("zelf", "bovenop", "dagelijks", "working on", "wrote it")


def _insider(lower: str) -> bool:
    """The author works on it ("ik zit er zelf bovenop"); substring gate before the regex."""
    return any(h in lower for h in INSIDER_HINTS) and INSIDER_RE.search(lower) is not None


def _discloses(text: str, m: re.Match[str], kind: str) -> bool:
    """Does the post also give the content ("…, maar de tarieven worden hoger")?

    Content inside the marker itself ("cabinet will decide") does not count.
    """
    for c in CONTENT_RE.finditer(text):
        if c.end() <= m.start() or c.start() >= m.end():
            return True
    return kind == "embargo" and EMBARGO_CONTENT_RE.match(text, m.end()) is not None
