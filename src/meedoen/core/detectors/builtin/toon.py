# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Tone: curses, insults, coarse words, shouting, contempt for the reader and hate.

GIR online communicatie, point 1: a civil servant is an ambassador of the
organisation, also online. Disease curses, slurs, dehumanising statements about
groups and calls for harm are always ERNSTIG; insults and coarse or dismissive
words weigh more in function than privately. Quotations and negations ("ik
haat moslims niet", 'wie zegt "…" discrimineert') are not hate.

Calibration: coarse words are RISICO also privately ("kutdag", "godverdomme");
a hateful generalisation ("die X, allemaal criminelen", "X moeten niet zo
zeuren") is ERNSTIG; contempt for citizens ("die klagen: zoek gewoon werk") is
RISICO, ERNSTIG in function or about one's own dossier; a dismissal aimed at
the reader ("rot toch op met je gezeik") is ERNSTIG; an insult near a
politician, or in function near another organisation, is ERNSTIG; angry
all-caps shouting is RISICO (see :mod:`meedoen.core.text.toon_extra`).

Round 2: telling a group to leave ("moeten terug naar waar ze vandaan komen")
and derogatory attributes of a protected group are ERNSTIG; belittling the
reader ("wat een domme vraag", "gebruik je hersens") is RISICO privately and
ERNSTIG in function; a curt, condescending reply ("als u de brief niet leest,
kan ik u niet helpen") and shouting at the public are RISICO in function;
threatening someone with one's powers ("als handhaver krijg je een bon") is
RISICO, ERNSTIG in function; "kanker op (met je …)" is a curse; a disease word
in a compound about a thing ("teringzooi"), posted to colleagues only and not
aimed at anyone, is RISICO. Patterns and word gates: :mod:`meedoen.core.text.toon_patterns`.

The word lists live in ``meedoen/core/lexicons/toon`` (see its SOURCE.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

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
from meedoen.core.text.morph import matcher
from meedoen.core.text.opinion import lookup
from meedoen.core.text.politics import find_targets
from meedoen.core.text.recall_cues import scorn_cue
from meedoen.core.text.toon_broad import broad_hits
from meedoen.core.text.toon_extra import (
    ADDRESSED_RE,
    ADVICE,
    GOV_RE,
    MESSAGES,
    ORG_RE,
    POLITICIAN_RE,
    THING_CURSE_RE,
)
from meedoen.core.text.toon_groups import mask_groups, names_group, quoted
from meedoen.core.text.toon_patterns import P, gated_kinds

_CAPS_RUN = rx.compile(r"(?<![\w#@])(?:[A-ZÀ-Ý]{2,}[\s,.!?'-]+){2,}[A-ZÀ-Ý]{2,}[!?.]*")
_BANGS = rx.compile(r"[!?]{3,}|(?:!\s?){3,}")
_WORD = rx.compile(r"\w+(?:['-]\w+)*")
# A digit or sign inside a word ("h44t", "vr0uwen"); the scan starts at the rare characters.
_LEET = rx.compile(r"[0134@$]+[a-z]")


def _leet(low: str) -> bool:
    """True when a digit or sign stands between two letters outside a URL or handle."""
    for m in _LEET.finditer(low):
        i = m.start()
        if i and low[i - 1].isalpha():
            chunk = low[low.rfind(" ", 0, i) + 1 : i]
            if "/" not in chunk and "." not in chunk:
                return True
    return False


_LEET_MAP = str.maketrans("0134@$", "oieaas")
_REPORTING = rx.compile(
    r"(?:\b(?:zeg|zegt|zeggen|zei|roep|roept|roepen|schrijft|schrijven|twee?t|opmerking(?:en)?|uitspraak|"
    r"uitspraken|leest|lees|zie|als|beweert|beweren|volhoudt|volhouden|woorden|woord|dreigen|dreigt|"
    r"dreigde|oproepen|oproep|opriep)\s+"
    r"(?:(?:dingen|iets|zoiets|je|jij|hij|zij|ze|u|jullie)\s+)?(?:als|zoals|dat|:)?\s*$)",
    re.IGNORECASE,
)
_NAMING = rx.compile(r"\s+(?:te\s+)?(?:noem|noemt|noemen|genoemd)\b", re.IGNORECASE)
# Disease words used medically, or a word quoted from someone else ("zegt mijn oma").
_MENTION = rx.compile(
    r"\b(?:had|kreeg|heeft|hebben|lijdt\s+aan|overleed\s+aan|aan)\s+(?:de\s+)?"
    r"(?:tyfus|kanker|cholera|pest|tering|tbc|pokken)\b"
    r"|\b(?:tyfus|kanker|cholera|pest|tering|tbc|pokken)\s+(?:en|of|in|komen|kwam|heeft)\b"
    r"|\b(?:ziekte\w*|patiënt\w*|vaccin\w*|epidemie\w*|besmet\w*|drinkwater|ziekenhuis\w*|"
    r"diagnose|behandeling|citeer|citaat|zegt\s+mijn|quote)\b",
    re.IGNORECASE,
)
_SAFE = frozenset({"negeren", "negerend", "negerende", "kleren", "eikels", "eikeltjes"})
_NEG_AFTER = rx.compile(r"\s+(?:echt\s+|helemaal\s+)?niet\b", re.IGNORECASE)
# (also a rebuttal: "Het is onzin dat …", "de mythe dat …")
_NEG_BEFORE = rx.compile(
    r"\b(?:niet|geen|nooit|niemand|tegen|onzin|onwaar|nonsens|fabel|mythe|vooroordeel|"
    r"misverstand)\b[^.!?]{0,25}$",
    re.IGNORECASE,
)

# Insults that name a collective: with a group in the same or the previous sentence, hate.
COLLECTIVE_SLURS = frozenset(
    "tuig uitschot gespuis schorem parasieten uitvreters profiteurs ongedierte".split()
)
# Curt patterns that open with an imperative address the reader without a pronoun.
_IMPERATIVE = ("read ", "lees ", "misschien ", "eerst ", "even ", "ga ")

# (private, in function)
SEVERITY = {
    "curse": (ERNSTIG, ERNSTIG),
    "slur": (ERNSTIG, ERNSTIG),
    "hate": (ERNSTIG, ERNSTIG),
    "threat": (ERNSTIG, ERNSTIG),
    "scheld": (RISICO, ERNSTIG),
    "grof": (RISICO, RISICO),
    "mild": (LET_OP, RISICO),
    "contempt": (LET_OP, RISICO),
    "shout": (LET_OP, LET_OP),
    "direct": (RISICO, ERNSTIG),
    "groep": (ERNSTIG, ERNSTIG),
    "burgers": (RISICO, ERNSTIG),
    "uitsluiting": (ERNSTIG, ERNSTIG),
    "dom": (RISICO, ERNSTIG),
    "kortaf": (LET_OP, RISICO),
    "macht": (RISICO, ERNSTIG),
}
ORDER: tuple[str, ...] = (
    "threat",
    "hate",
    "groep",
    "uitsluiting",
    "slur",
    "curse",
    "direct",
    "macht",
)
ORDER += ("scheld", "dom", "contempt", "kortaf", "burgers", "grof", "mild")
INSULTS = frozenset(("scheld", "mild", "contempt", "dom"))
BROAD_WHY = {
    "threat": "Geweld wensen of aankondigen is nooit aanvaardbaar.",
    "grof": "Grof taalgebruik past niet bij een ambtenaar, ook niet privé.",
    "contempt": "Spot en kleinering richting anderen komt minachtend over.",
    "groep": "Je veralgemeniseert negatief over een groep mensen.",
    "scheld": "Je richt een belediging op iemand.",
}
NOT_PERSON = frozenset("onzin kolder flauwekul kul gezeur gejank shit wtf".split())


@register
class ToonDetector(Detector):
    name = "toon.v1"
    category = "toon"
    rule = "gir.online.ambassadeur.v1"
    description = "Vloeken, scheldwoorden, grof taalgebruik, schreeuwen, minachting en haat."

    def detect(self, doc: Document, ctx: CheckContext) -> Iterable[Evidence]:
        low = doc.lower
        words: frozenset[str] = doc.words
        if _leet(low):
            low = low.translate(_LEET_MAP)  # same length: spans stay valid
            words = frozenset(_WORD.findall(low))
        taken: list[tuple[int, int]] = []
        weight = 0
        masked: tuple[str, list[tuple[int, int]]] | None = None
        gated = gated_kinds(words, low)
        for kind in ORDER:
            if kind not in gated:
                continue
            hay, ranges = low, [(0, len(low))]
            if kind in ("hate", "groep"):
                if masked is None:
                    masked = mask_groups(low, doc if low is doc.lower else None)
                hay, ranges = masked
            for m in (m for a, b in ranges for m in P[kind].finditer(hay, a, b)):
                s, e = m.start(), m.end()
                if any(s < te and ts < e for ts, te in taken) or not self._keep(kind, low, s, e):
                    continue
                taken.append((s, e))
                ev = self._escalate(kind, self._evidence(kind, doc.text[s:e], s, e, ctx), doc, ctx)
                weight = max(weight, ev.severity)
                yield ev
        for ev in self._shouting(doc, ctx):
            weight = max(weight, ev.severity)
            yield ev
        if weight < RISICO:  # nothing of weight yet: the broad word classes
            for ev in self._broad(doc, low, words, [], ctx):
                weight = max(weight, ev.severity)
                yield ev
        if weight < RISICO:  # condescension and sarcasm without swear words
            yield from self._scorn(doc, ctx)

    def _scorn(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        cue = scorn_cue(doc.text, doc.lower)
        if cue is None:
            return
        reply = ctx.context.reply_to
        official = ctx.in_function or (reply is not None and reply.author_role == "burger")
        sev = ERNSTIG if cue.strong or official else RISICO
        yield Evidence(
            cue.start,
            cue.end,
            message=f"Je toon is neerbuigend of sarcastisch ('{doc.text[cue.start : cue.end]}').",
            advice="Spreek de lezer aan zoals je in een gesprek aan de balie zou doen: zonder spot "
            "of neerbuigendheid. Schrijf wat je bedoelt, niet het tegendeel.",
            severity=sev,
            rule=self.rule,
            explanation="Minachting voor de lezer of een groep, ook zonder scheldwoorden "
            "(Gedragscode Integriteit Rijk: online communicatie).",
            tags=("minachting", "breed"),
        )

    def _broad(
        self,
        doc: Document,
        low: str,
        words: frozenset[str],
        taken: list[tuple[int, int]],
        ctx: CheckContext,
    ) -> Iterator[Evidence]:
        for hit in broad_hits(low, words, doc.tokens):
            s, e = hit.start, hit.end
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            sev = ERNSTIG if hit.severe else RISICO
            ev = self._evidence(hit.kind, doc.text[s:e], s, e, ctx)
            yield _with(ev, sev, BROAD_WHY[hit.kind]) if sev != ev.severity else ev

    def _keep(self, kind: str, low: str, s: int, e: int) -> bool:
        if s and low[s - 1] in "'‘" and low[e : e + 1] in ("'", "’"):
            return False  # a word in single quotes is mentioned, not used
        if kind in ("curse", "scheld") and _MENTION.search(low, max(0, s - 60), e + 60):
            return False
        if kind == "grof":  # a coarse word inside a quotation is reported speech
            return not quoted(low, s, e)
        if kind == "kortaf":  # curt only when aimed at the reader (or an imperative: "read …")
            s0 = max(low.rfind(c, 0, s) for c in ".!?\n") + 1
            return (
                low.startswith(_IMPERATIVE, s) or ADDRESSED_RE.search(low, s0, e + 40) is not None
            )
        if kind not in ("hate", "threat", "slur", "scheld", "groep", "burgers", "direct"):
            return True
        word = low[s:e]
        if word in _SAFE or quoted(low, s, e) or (word == "flikker" and low.startswith(" op", e)):
            return False
        if kind in ("slur", "scheld") and _NAMING.match(low, e):
            return False
        before = low[max(0, s - 40) : s]
        if _REPORTING.search(before):
            return False
        if kind == "groep":
            return not _NEG_BEFORE.search(before)
        if kind in ("hate", "threat"):
            if _NEG_AFTER.match(low, e) or _NEG_BEFORE.search(before) or " niet " in low[s:e]:
                return False
            return self.validate(low[s:e])
        return True

    def validate(self, candidate: str) -> bool:
        """Drop hate candidates that negate themselves ("ik haat geen moslims")."""
        return not re.search(r"\b(?:geen|nooit)\b", candidate)

    def _evidence(self, kind: str, text: str, s: int, e: int, ctx: CheckContext) -> Evidence:
        private, in_function = SEVERITY[kind]
        sev = in_function if ctx.in_function else private
        where = "in functie" if ctx.in_function else "privé"
        return Evidence(
            start=s,
            end=e,
            message=MESSAGES[kind].format(t=text.strip()),
            advice=ADVICE[kind],
            severity=sev,
            explanation=f"toon/{kind}; gewogen als bericht {where}.",
            tags=(kind, "haat")
            if kind in ("hate", "slur", "threat", "groep", "uitsluiting")
            else (kind,),
        )

    def _escalate(self, kind: str, ev: Evidence, doc: Document, ctx: CheckContext) -> Evidence:
        """Weigh heavier: an insult of a politician or (in function) of another organisation,
        a dismissal aimed at the reader, contempt for citizens one works for."""
        if ev.severity == ERNSTIG:
            if kind == "curse" and self._thing_curse(doc, ev, ctx):
                return _with(ev, RISICO, "Het is niet tegen iemand gericht, maar blijft grof.")
            return ev
        s0, e0 = doc.sentence_at(ev.start)
        why = ""
        reply = ctx.context.reply_to
        person = kind != "mild" or doc.lower[ev.start : ev.end] not in NOT_PERSON
        if (
            kind in INSULTS
            and person
            and any(
                t.kind in ("party", "politician", "office")
                for t in find_targets(doc.text[max(0, s0 - 80) : e0])
            )
            or kind in INSULTS
            and person
            and POLITICIAN_RE.search(doc.text, max(0, s0 - 80), e0) is not None
        ):
            why = "Een belediging van een politicus of politiek orgaan weegt zwaar."
        elif kind in INSULTS and ctx.in_function and ORG_RE.search(doc.text, s0, e0):
            why = "In functie een andere organisatie beledigen schaadt de samenwerking."
        elif (
            kind in ("contempt", "burgers")
            and reply is not None
            and reply.author_role == "burger"
            and (GOV_RE.search(reply.text or "") or self._dossier(reply.text or "", ctx))
        ):
            why = "Je reageert met minachting op een burger die je eigen werkveld aanspreekt."
        elif kind in ("direct", "contempt") and (
            kind == "direct" and reply is not None or ADDRESSED_RE.search(doc.text, s0, e0)
        ):
            if kind == "contempt" and not ctx.in_function:
                return _with(ev, RISICO, "Je kleineert de lezer.")
            why = "Je richt je rechtstreeks tot iemand."
        if kind == "burgers" and not why and self._dossier(doc.text[s0:e0], ctx):
            why = "Het gaat om mensen met wie je in je eigen dossier werkt."
        if (
            not why
            and kind == "scheld"
            and doc.lower[ev.start : ev.end].strip() in COLLECTIVE_SLURS
            and names_group(doc.lower, max(0, doc.sentence_at(max(0, s0 - 2))[0]), e0)
        ):  # "die gelukszoekers … Tuig is het, allemaal": a slur for a whole group
            why = "Het scheldwoord slaat op een hele groep mensen."
        return _with(ev, ERNSTIG, why) if why else ev

    def _thing_curse(self, doc: Document, ev: Evidence, ctx: CheckContext) -> bool:
        """A disease word in a compound about a thing ("teringzooi"), posted to colleagues only,
        not aimed at anyone: coarse (RISICO) rather than a curse at someone."""
        word = doc.lower[ev.start : ev.end]
        if " " in word.strip() or ctx.context.effective_audience() == "openbaar":
            return False
        s0, e0 = doc.sentence_at(ev.start)
        return THING_CURSE_RE.search(word) is not None and not ADDRESSED_RE.search(doc.text, s0, e0)

    def _dossier(self, text: str, ctx: CheckContext) -> bool:
        keywords = [k for d in ctx.profile.dossiers for k in d.keywords]
        return bool(text) and bool(keywords) and matcher(keywords).search(text) is not None

    def _shouting(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        if sum(1 for t in doc.tokens if len(t.text) > 1 and t.text.isupper()) < 3:
            return  # fewer than three words in capitals: no shouting (a cheap pre-check)
        for m in _CAPS_RUN.finditer(text):
            letters = sum(1 for c in m.group() if c.isalpha())
            words = len(m.group().split())
            end = m.end()
            bangs = _BANGS.match(text, end)
            loud = "!" in m.group() or bool(bangs)
            headline = not any(c.isalpha() for c in text[: m.start()])
            if letters < 12 or words < (3 if loud else 4) or (headline and not loud):
                continue
            if bangs:
                end = bangs.end()
            ev = self._evidence("shout", text[m.start() : end], m.start(), end, ctx)
            angry = any(
                (lookup(w.lower()) or (0.0, 0.0))[0] <= -0.5 for w in _WORD.findall(m.group())
            )
            if angry and loud:
                ev = _with(ev, RISICO, "Boos schreeuwen komt agressief over.")
            elif (
                ctx.in_function
                and ctx.context.effective_audience() != "intern"
                and ADDRESSED_RE.search(m.group()) is not None
            ):
                ev = _with(
                    ev, RISICO, "In functie tegen het publiek schreeuwen komt onvriendelijk over."
                )
            yield ev
            return


def _with(ev: Evidence, severity: int, why: str) -> Evidence:
    """The same evidence, weighed heavier for the reason ``why``."""
    return Evidence(
        ev.start,
        ev.end,
        message=f"{ev.message} {why}",
        advice=ev.advice,
        severity=severity,
        explanation=ev.explanation + "; verzwaard",
        tags=(*ev.tags, "verzwaard"),
    )
