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

The word lists live in ``meedoen/core/lexicons/toon`` (see its SOURCE.md).
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
from meedoen.core.lexicons import load_lines, load_tsv
from meedoen.core.text import Document
from meedoen.core.text.morph import matcher
from meedoen.core.text.opinion import lookup
from meedoen.core.text.politics import find_targets
from meedoen.core.text.toon_extra import (
    ADDRESSED_RE,
    ADVICE,
    CITIZENS_GATE,
    CITIZENS_RE,
    DIRECT_GATE,
    DIRECT_RE,
    GOV_RE,
    MESSAGES,
    ORG_RE,
    generalise_re,
)
from meedoen.core.text.toon_groups import mask_groups, quoted

_END = r"(?:s|en|e|es|je|jes|tje|tjes|'s)?"


def _alt(words: Iterable[str]) -> str:
    parts = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


def _load() -> dict[str, re.Pattern[str]]:
    tiers: dict[str, list[str]] = {"scheld": [], "grof": [], "mild": []}
    prefixes: list[str] = []
    for word, tier, *_ in load_tsv("toon/scheldwoorden.tsv"):
        name, *flags = tier.split()
        tiers[name].append(word)
        if "prefix" in flags:
            prefixes.append(word)
    free = [s for s, mode, *_ in load_tsv("toon/vloeken.tsv") if mode == "vrij"]
    conditional = [s for s, mode, *_ in load_tsv("toon/vloeken.tsv") if mode == "kanker"]
    bare = _alt([*tiers["scheld"], *tiers["mild"]])
    insults = _alt(
        [*tiers["scheld"], *tiers["grof"], *tiers["mild"], *load_lines("toon/groepen.txt")]
    )
    slurs = _alt(w for w, *_ in load_tsv("toon/groepsscheldwoorden.tsv"))
    dehum = _alt(w for w, *_ in load_tsv("toon/ontmenselijking.tsv"))
    g = "§_*"  # group mentions are masked to "§___" before the hate scan
    intens = (
        r"(?:(?:allemaal|gewoon|echt|absoluut|stuk\s+voor\s+stuk|nou\s+eenmaal|altijd|toch|ook|"
        r"zo|heel|ontzettend|enorm|nogal|vaak|meestal|een\s+stelletje)\s+)*"
    )
    harm = (
        r"dood|doden|gedood|vermoorden|vermoord|afmaken|afgemaakt|afslachten|uitroeien|uitgeroeid|"
        r"vergassen|vergast|ophangen|opgehangen|neerschieten|doodschieten|doodgeschoten|afgeschoten|"
        r"verbranden|verbrand|lynchen|gelyncht|executeren|geëxecuteerd|afknallen|kapotmaken|neersteken|"
        r"neergestoken|verkrachten|verdrinken|verdronken|laten\s+lijden|zien\s+lijden|pijn\s+doen|ontdoen|"
        r"keel\s+doorsnijden|keel\s+doorgesneden"
    )
    return {
        "direct": DIRECT_RE,
        "burgers": CITIZENS_RE,
        "groep": generalise_re(g, dehum),
        "curse": re.compile(
            rf"(?<!\w)(?!kleren|klerenkast|tyfoon|tyfus(?:vaccin|bacterie|epidemie))"
            rf"(?:{_alt(free)})\w*"
            rf"|(?<!\w)(?:{_alt(conditional)})-?(?:{insults}|lelijk|dom|slecht|irritant|vies|gek|"
            rf"zooi|bende|weer|dag|ding|vent|kop|hond|lijer|lijder|joden|jood|mongool|land)\w*"
            rf"|krijg\s+(?:toch\s+)?(?:de|het|een)\s+(?:{_alt(free + conditional)})"
            rf"|(?<!\w)(?:{_alt(conditional)})\s+(?:(?:nou\s+)?op(?=\s*(?:[.!?,]|$))|lelijk|slecht|irritant|"
            rf"(?:{bare}){_END}\b)",
            re.IGNORECASE,
        ),
        "scheld": re.compile(rf"(?<!\w)(?:{_alt(tiers['scheld'])}){_END}(?!\w)", re.IGNORECASE),
        "grof": re.compile(
            rf"(?<!\w)(?:(?:{_alt(prefixes)})[\w-]*|(?:{_alt(tiers['grof'])}){_END}(?!\w))"
            rf"|(?:hou|houd)\s+(?:je|jullie|uw)\s+(?:\w+\s+)?(?:bek|kop|muil|smoel|waffel)\b"
            rf"|\b(?:rot|donder|sodemieter|flikker|lazer|tyf)\s+(?:toch\s+)?(?:eens\s+)?op\b",
            re.IGNORECASE,
        ),
        "mild": re.compile(rf"(?<!\w)(?:{_alt(tiers['mild'])})(?!\w)", re.IGNORECASE),
        "slur": re.compile(rf"(?<!\w)(?:{slurs}){_END}(?!\w)", re.IGNORECASE),
        "hate": re.compile(
            # first-person hatred of a group
            rf"\bik\s+(?:\w+\s+){{0,2}}?(?:haat|verafschuw|veracht|walg|kots|gruwel)\b[^.!?\n]{{0,30}}?{g}"
            rf"|\bik\s+(?:kan|kon)\s+{g}\s+(?:\w+\s+){{0,3}}niet\s+uitstaan"
            rf"|\bik\s+(?:heb|voel|koester)\s+[^.!?\n]{{0,30}}?\b(?:hekel|minachting|afkeer|walging|haat|afschuw)\s+"
            rf"(?:aan|voor|van|jegens|tegen|op)\s+{g}"
            rf"|{g}\s+maken\s+(?:me|mij|ons)\s+(?:\w+\s+)?(?:ziek|misselijk|kotsmisselijk)\b"
            # dehumanising / degrading predicate
            rf"|{g}\s+(?:zijn|blijven|worden)\s+{intens}(?:{dehum})\b"
            rf"|\bik\s+vind\s+{g}\s+{intens}(?:{dehum})\b"
            # calls for harm against a group
            rf"|\b(?:ik\s+(?:wil|ga|zal|zou)|we\s+(?:moeten|gaan|zullen|zouden))\s+(?:\w+\s+){{0,3}}{g}\s+(?:\w+\s+){{0,3}}(?:{harm})\b"
            rf"|\b(?:wou|wilde|hoop|wens)\s+dat\s+{g}\s+(?:\w+\s+){{0,4}}(?:werden|worden)\s+(?:{harm})\b"
            rf"|\bom\s+{g}\s+te\s+(?:{harm})\b"
            rf"|{g}\s+(?:moeten|mogen|horen|zouden)\s+(?:\w+\s+){{0,3}}(?:{harm})\b"
            rf"|\bdood\s+aan\s+{g}"
            rf"|{g}\s+(?:\w+\s+){{0,2}}verdienen\s+(?:het\s+)?(?:om\s+)?(?:te\s+sterven|de\s+dood|dood\s+te\s+gaan)",
            re.IGNORECASE,
        ),
        "threat": re.compile(
            r"\b(?:moet|moeten|mag|mogen|zou|zouden|verdient|verdienen)\s+(?:\w+\s+){0,3}"
            r"(?:opgehangen|doodgeschoten|afgeschoten|gelyncht|vergast|uitgeroeid|afgemaakt|geëxecuteerd)\b"
            r"|\btegen\s+de\s+muur\s+(?:zetten|gezet|moeten)"
            r"|\bkogel\s+(?:door|in)\s+(?:de|zijn|haar|hun|je)\s+(?:kop|hoofd|harses)",
            re.IGNORECASE,
        ),
        "contempt": re.compile(
            r"\b(?:dom|achterlijk|stom)\s+volk\b|\bdomme\s+(?:mensen|burgers|kiezers|schapen|vragen|opmerkingen)\b"
            r"|\bklootjesvolk\b|\bgepeupel\b|\bplebs\b|\bwakker\s+worden\s+schapen\b"
            r"|\blees\s+(?:nou|dan|toch|eerst)\s+(?:eerst\s+)?(?:eens|even)\b"
            r"|\bkun(?:t|nen)?\s+(?:je|jij|jullie|u)\s+(?:nou\s+|dan\s+|soms\s+)?niet\s+lezen\b"
            r"|\bwat\s+een\s+(?:idioten|sukkels|randdebielen|debielen|halve\s+garen|mafkezen|oenen|"
            r"domme\s+mensen|zielige\s+mensen|prutsers|zeikerds|jankerds|zeurpieten|onzin|gezeur)\b"
            r"|\b(?:doe|ga)\s+(?:toch\s+)?(?:eerst\s+)?(?:eens\s+)?(?:je|jullie|uw)\s+huiswerk\b"
            r"|\b(?:jullie|je|jij|u)\s+snap(?:t|pen)?\s+er\s+(?:echt\s+|ook\s+|helemaal\s+)?(?:niks|niets|geen\s+bal)\s+van\b"
            r"|\bget\s+a\s+life\b|\bzoek\s+(?:een|nou\s+een)\s+hobby\b"
            r"|\b(?:jullie|je|jij|u)\s+(?:bent|zijn|is)\s+(?:echt\s+|gewoon\s+|toch\s+|wel\s+|ook\s+)*"
            r"(?:te\s+)?(?:dom|stom|achterlijk|debiel|lui)\b",
            re.IGNORECASE,
        ),
    }


_P = _load()


def _inflected(words: Iterable[str]) -> frozenset[str]:
    endings = ("", "s", "en", "e", "es", "je", "jes", "tje", "tjes", "'s")
    return frozenset(w.lower() + e for w in words for e in endings)


THREAT_GATE = frozenset(
    ("opgehangen", "doodgeschoten", "afgeschoten", "gelyncht", "vergast", "uitgeroeid")
    + ("afgemaakt", "geëxecuteerd", "muur", "kogel")
)
CONTEMPT_GATE = frozenset(
    ("volk", "domme", "klootjesvolk", "gepeupel", "plebs", "schapen", "lees", "lezen", "huiswerk")
    + ("snap", "snapt", "snappen", "life", "hobby", "idioten", "sukkels", "randdebielen")
    + ("debielen", "garen", "mafkezen", "oenen", "zielige", "prutsers", "zeikerds", "jankerds")
    + ("zeurpieten", "onzin", "gezeur", "dom", "stom", "achterlijk", "debiel", "lui")
)


def _gates() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Per kind: words (any one must occur) and substrings (any one must occur) before a scan."""
    rows = load_tsv("toon/scheldwoorden.tsv")
    tier = {k: [w for w, t, *_ in rows if t.split()[0] == k] for k in ("scheld", "grof", "mild")}
    prefixes = tuple(w for w, t, *_ in rows if "prefix" in t.split())
    curses = tuple(w for w, *_ in load_tsv("toon/vloeken.tsv"))
    slurs = [w for w, *_ in load_tsv("toon/groepsscheldwoorden.tsv")]
    groups = [g.split()[0] for g in load_lines("toon/groepen.txt")]
    return {
        "curse": (frozenset(), curses),
        "scheld": (_inflected(tier["scheld"]), ()),
        "grof": (
            _inflected(tier["grof"])
            | {"bek", "kop", "muil", "smoel", "waffel", "rot", "donder", "sodemieter", "lazer"},
            prefixes,
        ),
        "mild": (frozenset(w.lower() for w in tier["mild"]), ()),
        "slur": (_inflected(slurs), ()),
        "hate": (_inflected(slurs) | frozenset(g.lower() for g in groups), ()),
        "threat": (THREAT_GATE, ()),
        "contempt": (CONTEMPT_GATE, ()),
        "direct": (DIRECT_GATE, ()),
        "burgers": (CITIZENS_GATE, ()),
        # generalisations need a group mention: the same gate as "hate"
        "groep": (_inflected(slurs) | frozenset(g.lower() for g in groups), ()),
    }


_GATES = _gates()
_CAPS_RUN = re.compile(r"(?<![\w#@])(?:[A-ZÀ-Ý]{2,}[\s,.!?'-]+){2,}[A-ZÀ-Ý]{2,}[!?.]*")
_BANGS = re.compile(r"[!?]{3,}|(?:!\s?){3,}")
_WORD = re.compile(r"\w+(?:['-]\w+)*")
_LEET = re.compile(r"[a-z][0134@$]+[a-z]")  # a digit inside a word: "h44t", "vr0uwen"
_CAPS4 = re.compile(r"[A-ZÀ-Ý]{4}")
_CAPS3W = re.compile(r"[A-ZÀ-Ý]{2,}[\s,.!?'-]+[A-ZÀ-Ý]{2,}[\s,.!?'-]+[A-ZÀ-Ý]{2,}")  # 3 caps words
_LEET_MAP = str.maketrans("0134@$", "oieaas")
_REPORTING = re.compile(
    r"(?:\b(?:zeg|zegt|zeggen|zei|roep|roept|roepen|schrijft|schrijven|twee?t|opmerking(?:en)?|uitspraak|"
    r"uitspraken|leest|lees|zie|als|beweert|beweren|volhoudt|volhouden|woorden|woord|dreigen|dreigt|"
    r"dreigde|oproepen|oproep|opriep)\s+"
    r"(?:(?:dingen|iets|zoiets|je|jij|hij|zij|ze|u|jullie)\s+)?(?:als|zoals|dat|:)?\s*$)",
    re.IGNORECASE,
)
_NAMING = re.compile(r"\s+(?:te\s+)?(?:noem|noemt|noemen|genoemd)\b", re.IGNORECASE)
_SAFE = frozenset({"negeren", "negerend", "negerende", "kleren", "eikels", "eikeltjes"})
_NEG_AFTER = re.compile(r"\s+(?:echt\s+|helemaal\s+)?niet\b", re.IGNORECASE)
_NEG_BEFORE = re.compile(r"\b(?:niet|geen|nooit|niemand|tegen)\b[^.!?]{0,25}$", re.IGNORECASE)

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
}
ORDER: tuple[str, ...] = ("threat", "hate", "groep", "slur", "curse", "direct", "scheld")
ORDER += ("contempt", "burgers", "grof", "mild")
INSULTS = frozenset(("scheld", "mild", "contempt"))
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
        if _LEET.search(low):
            low = low.translate(_LEET_MAP)  # same length: spans stay valid
            words = frozenset(_WORD.findall(low))
        taken: list[tuple[int, int]] = []
        masked: tuple[str, list[tuple[int, int]]] | None = None
        for kind in ORDER:
            gate_words, gate_parts = _GATES[kind]
            if words.isdisjoint(gate_words) and not any(p in low for p in gate_parts):
                continue
            hay, ranges = low, [(0, len(low))]
            if kind in ("hate", "groep"):
                if masked is None:
                    masked = mask_groups(low, doc if low is doc.lower else None)
                hay, ranges = masked
            for m in (m for a, b in ranges for m in _P[kind].finditer(hay, a, b)):
                s, e = m.start(), m.end()
                if any(s < te and ts < e for ts, te in taken) or not self._keep(kind, low, s, e):
                    continue
                taken.append((s, e))
                ev = self._evidence(kind, doc.text[s:e], s, e, ctx)
                yield self._escalate(kind, ev, doc, ctx)
        yield from self._shouting(doc, ctx)

    def _keep(self, kind: str, low: str, s: int, e: int) -> bool:
        if kind == "grof":  # a coarse word inside a quotation is reported speech
            return not quoted(low, s, e)
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
            tags=(kind, "haat") if kind in ("hate", "slur", "threat") else (kind,),
        )

    def _escalate(self, kind: str, ev: Evidence, doc: Document, ctx: CheckContext) -> Evidence:
        """Weigh heavier: an insult of a politician or (in function) of another organisation,
        a dismissal aimed at the reader, contempt for citizens one works for."""
        if ev.severity == ERNSTIG:
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
        return _with(ev, ERNSTIG, why) if why else ev

    def _dossier(self, text: str, ctx: CheckContext) -> bool:
        keywords = [k for d in ctx.profile.dossiers for k in d.keywords]
        return bool(text) and bool(keywords) and matcher(keywords).search(text) is not None

    def _shouting(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        if _CAPS4.search(text) is None or _CAPS3W.search(text) is None:
            return
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
            yield (
                _with(ev, RISICO, "Boos schreeuwen komt agressief over.") if angry and loud else ev
            )
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
