# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Compiled tone patterns and their word gates, built from ``lexicons/toon``.

Used by :mod:`meedoen.core.detectors.builtin.toon`. Every kind has a gate (words
of which one must occur, or substrings) so that most posts skip its regex.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from meedoen.core import rx
from meedoen.core.lexicons import load_lines, load_tsv
from meedoen.core.text.toon_extra import (
    CITIZENS_GATE,
    CITIZENS_RE,
    DIRECT_GATE,
    DIRECT_RE,
    DOM_GATE,
    DOM_RE,
    EXPEL_GATE,
    EXPEL_RE,
    KORTAF_GATE,
    KORTAF_RE,
    POWER_GATE,
    POWER_RE,
    generalise_re,
)
from meedoen.core.text.toon_fastre import GatedUnion

_END = r"(?:s|en|e|es|je|jes|tje|tjes|'s)?"


def _alt(words: Iterable[str]) -> str:
    # longest first; words of one length (which cannot match at the same place) in a fixed
    # order, so that the pattern is the same in every process (see meedoen.core.rx)
    parts = sorted({w.lower() for w in words if w}, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


# Words one of which each of the gated hate forms (``hate_more`` in :func:`_load`) contains.
HATE_MORE_NEEDLES = (
    "zien", "walg", "stoot", "die ik", "zat", "beu", "nek", "kel", "keel", "executie",
    "uitroeiing", "deportatie", "vergassing", "dood", "beter", "iemand", "af te", "verdienen",
)  # fmt: skip


def _load() -> dict[str, re.Pattern[str] | GatedUnion]:
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
        r"keel\s+doorsnijden|keel\s+doorgesneden|martelen|gemarteld|wurgen|gewurgd"
    )
    hate = rx.compile(
        # first-person hatred of a group
        rf"\bik\s+(?:\w+\s+){{0,2}}?(?:haat|verafschuw|veracht|walg|kots|gruwel)\b[^.!?\n]{{0,30}}?{g}"
        rf"|\bik\s+(?:kan|kon)\s+{g}\s+(?:\w+\s+){{0,3}}niet\s+uitstaan"
        rf"|\bik\s+(?:heb|voel|koester)\s+[^.!?\n]{{0,30}}?\b(?:hekel|minachting|afkeer|walging|haat|afschuw)\s+"
        rf"(?:aan|voor|van|jegens|tegen|op)\s+{g}"
        rf"|{g}\s+(?:\w+\s+){{0,4}}?(?:maken|maakt)\s+(?:me|mij|ons)\s+(?:\w+\s+)?(?:ziek|misselijk|kotsmisselijk|woedend|razend|kwaad|boos|pissig)\b"
        # dehumanising / degrading predicate
        rf"|{g}\s+(?:zijn|blijven|worden)\s+{intens}(?:{dehum})\b"
        rf"|\bik\s+vind\s+{g}\s+{intens}(?:{dehum})\b"
        # calls for harm against a group
        rf"|\b(?:ik\s+(?:wil|ga|zal|zou)|we\s+(?:moeten|gaan|zullen|zouden)|(?:laten|moeten)\s+we|wat\s+als\s+we)\s+"
        rf"(?:\w+\s+){{0,8}}?{g}\s+(?:\w+\s+){{0,3}}(?:{harm})\b"
        rf"|\b(?:wou|wilde|hoop|wens)\s+dat\s+{g}\s+(?:\w+\s+){{0,4}}(?:werden|worden)\s+(?:{harm})\b"
        rf"|\bom\s+{g}\s+te\s+(?:{harm})\b"
        rf"|{g}\s+(?:\w+\s+)?(?:moeten|mogen|horen|zouden)\s+(?:\w+\s+){{0,3}}(?:{harm})\b"
        rf"|\bdood\s+aan\s+{g}"
        rf"|{g}\s+(?:\w+\s+){{0,2}}verdienen\s+(?:het\s+)?(?:om\s+)?(?:te\s+sterven|de\s+dood|dood\s+te\s+gaan)",
        re.IGNORECASE,
    )
    # more hate forms (2026-11-29), searched only when one of HATE_MORE_NEEDLES occurs
    hate_more = rx.compile(
        rf"\bhet\s+zien\s+van\s+{g}[^.!?\n]{{0,30}}?\bmaakt\s+(?:me|mij)\s+(?:\w+\s+)?(?:ziek|misselijk|woedend|razend|kwaad|boos)\b"
        rf"|{g}\s+(?:walgt|walgen|walgde)\s+(?:me|mij)\b|\balles\s+aan\s+{g}\s+(?:walgt|stoot)\s+(?:me|mij)"
        rf"|\b(?:minachting|afkeer|walging|haat|afschuw|hekel)\s+die\s+ik\s+(?:\w+\s+)?(?:voel|heb|koester)\s+"
        rf"(?:voor|jegens|tegen|aan)\s+{g}"
        rf"|\bik\s+ben\s+het\s+(?:zat|beu|spuugzat|kotsbeu)\s+om\s+(?:rond|bij|naast|met|tussen)\s+{g}"
        rf"|\b(?:de\s+)?(?:nek|nekken|kel|kelen|keel)\s+van\s+{g}\s+(?:\w+\s+){{0,2}}?(?:breken|doorsnijden|omdraaien)\b"
        rf"|\b(?:executie|uitroeiing|deportatie|vergassing|de\s+dood)\s+is\s+(?:de\s+)?(?:enige\s+)?"
        rf"(?:oplossing|remedie)\s+voor\s+{g}"
        rf"|\bbeter\s+(?:af|aan\s+toe)\s+(?:zijn\s+|zou\s+zijn\s+)?zonder\s+{g}"
        rf"|\bbeter\s+(?:af|aan\s+toe)\s+(?:\w+\s+){{0,2}}?als\s+{g}\s+(?:\w+\s+){{0,2}}?(?:werden|worden)\s+(?:{harm})\b"
        rf"|\biemand\s+(?:\w+\s+){{0,2}}?{g}\s+(?:\w+\s+){{0,2}}?(?:zou|zouden|kon|moet|moest)\s+(?:{harm})\b"
        rf"|\biemand\s+(?:zou|moet|moest)\s+(?:\w+\s+){{0,3}}?{g}\s+(?:\w+\s+){{0,3}}?(?:moeten\s+)?(?:{harm})\b"
        rf"|\bom\s+{g}\s+(?:\w+\s+){{0,2}}?(?:af\s+te\s+(?:maken|slachten|knallen|schieten)|dood\s+te\s+(?:maken|schieten|slaan))\b"
        rf"|\bverdienen\s+{g}\s+(?:het\s+)?(?:om\s+)?(?:te\s+sterven|de\s+dood|dood\s+te\s+gaan)",
        re.IGNORECASE,
    )
    return {
        "direct": DIRECT_RE,
        "uitsluiting": EXPEL_RE,
        "dom": DOM_RE,
        "kortaf": KORTAF_RE,
        "macht": POWER_RE,
        "burgers": CITIZENS_RE,
        "groep": generalise_re(g, dehum),
        "curse": rx.compile(
            rf"(?<!\w)(?!kleren|klerenkast|tyfoon|tyfus(?:vaccin|bacterie|epidemie))"
            rf"(?:{_alt(free)})\w*"
            rf"|(?<!\w)(?:{_alt(conditional)})-?(?:{insults}|lelijk|dom|slecht|irritant|vies|gek|"
            rf"zooi|bende|weer|dag|ding|vent|kop|hond|lijer|lijder|joden|jood|mongool|land)\w*"
            rf"|krijg\s+(?:toch\s+)?(?:de|het|een)\s+(?:{_alt(free + conditional)})"
            rf"|(?<!\w)(?:{_alt(conditional)})\s+(?:(?:toch\s+|nou\s+|maar\s+)?op(?=\s*(?:[.!?,]|$)|\s+met\b|\s+(?:jij|jullie|man|joh)\b)"
            rf"(?:\s+met\s+(?:je|jouw|jullie|uw|die|dat|dit)\s+\w+)?|lelijk|slecht|irritant|"
            rf"(?:{bare}){_END}\b)",
            re.IGNORECASE,
        ),
        "scheld": rx.compile(rf"(?<!\w)(?:{_alt(tiers['scheld'])}){_END}(?!\w)", re.IGNORECASE),
        "grof": rx.compile(
            rf"(?<!\w)(?:(?:{_alt(prefixes)})[\w-]*|(?:{_alt(tiers['grof'])}){_END}(?!\w))"
            rf"|(?:hou|houd)\s+(?:je|jullie|uw)\s+(?:\w+\s+)?(?:bek|kop|muil|smoel|waffel)\b"
            rf"|\b(?:rot|donder|sodemieter|flikker|lazer|tyf)\s+(?:toch\s+)?(?:eens\s+)?op\b",
            re.IGNORECASE,
        ),
        "mild": rx.compile(rf"(?<!\w)(?:{_alt(tiers['mild'])})(?!\w)", re.IGNORECASE),
        "slur": rx.compile(rf"(?<!\w)(?:{slurs}){_END}(?!\w)", re.IGNORECASE),
        "hate": GatedUnion(hate, hate_more, HATE_MORE_NEEDLES),
        "threat": rx.compile(
            r"\b(?:moet|moeten|mag|mogen|zou|zouden|verdient|verdienen)\s+(?:\w+\s+){0,3}"
            r"(?:opgehangen|doodgeschoten|afgeschoten|gelyncht|vergast|uitgeroeid|afgemaakt|geëxecuteerd)\b"
            r"|\btegen\s+de\s+muur\s+(?:zetten|gezet|moeten)"
            r"|\bkogel\s+(?:door|in)\s+(?:de|zijn|haar|hun|je)\s+(?:kop|hoofd|harses)",
            re.IGNORECASE,
        ),
        "contempt": rx.compile(
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


P = _load()


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
        "uitsluiting": (EXPEL_GATE, ()),
        "dom": (DOM_GATE, ()),
        "kortaf": (KORTAF_GATE, ()),
        "macht": (POWER_GATE, ()),
        "burgers": (CITIZENS_GATE, ()),
        # generalisations need a group mention: the same gate as "hate"
        "groep": (_inflected(slurs) | frozenset(g.lower() for g in groups), ()),
    }


GATES = _gates()


def _index() -> tuple[
    dict[str, tuple[str, ...]], re.Pattern[str] | None, dict[str, tuple[str, ...]]
]:
    """One look-up for all gates: word → kinds, a regex of all word parts, part → kinds."""
    by_word: dict[str, list[str]] = {}
    by_part: dict[str, list[str]] = {}
    for kind, (gate_words, parts) in GATES.items():
        for w in gate_words:
            by_word.setdefault(w, []).append(kind)
        for p in parts:
            by_part.setdefault(p.lower(), []).append(kind)
    firsts: dict[str, list[str]] = {}
    for p in sorted(by_part, key=len, reverse=True):  # factor by first letter: a faster scan
        firsts.setdefault(p[0], []).append(re.escape(p[1:]))
    alt = "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in firsts.items())
    return (
        {w: tuple(k) for w, k in by_word.items()},
        rx.compile(alt) if alt else None,
        {p: tuple(k) for p, k in by_part.items()},
    )


_BY_WORD, _PARTS_RE, _BY_PART = _index()
_WORDS = frozenset(_BY_WORD)


def gated_kinds(words: frozenset[str], low: str) -> set[str]:
    """The kinds whose gate this post passes (one set intersection and one regex scan)."""
    kinds: set[str] = set()
    for w in words & _WORDS:
        kinds.update(_BY_WORD[w])
    if _PARTS_RE is not None:
        for m in _PARTS_RE.finditer(low):
            kinds.update(_BY_PART[m.group()])
    return kinds
