# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Broad tone cues by word class, for phrasings the calibrated patterns miss.

Used by :mod:`meedoen.core.detectors.builtin.toon` when its own patterns found
nothing of weight. Families (each a word class × a target, not one pattern per
sentence):

- ``scheld``: an insult noun or a person-directed adjective ("domste mensen",
  "incompetente sukkels", "zijn echt hersenloos") aimed at a target: the reader
  (je, jij, jullie, you), a pointed-at person ("die raadsvrouw", "this MP"),
  an exclamation ("wat een", "what a", "stelletje", "bunch of");
- ``groep``: a group noun with a generalising predicate ("horen niet", "hebben te veel
  macht", "are ruining", "too emotional to", "don't belong in", "ook altijd");
- ``threat``: violence wished or announced ("in elkaar slaan", "doodvallen",
  "kom ik je opzoeken", "punch … in the face");
- ``grof``: curses outside the disease lexicon ("krijg de pest", "kots op", "f***", "bloody");
- ``contempt``: sarcasm and derision of the reader ("weer een genie",
  "universiteit van Facebook", "zet je hersens aan", "can't read",
  "ga lekker huilen", clown emoji aimed at someone).

Quotations, condemnation ("wie anderen uitscheldt voor …", "zulke reacties
tolereren we niet", "called our staff …") and self-mockery ("ik ben zelf ook een
sukkel", "I'm such an idiot") are no finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from meedoen.core import rx
from meedoen.core.lexicons import load_tsv
from meedoen.core.text.document import Token
from meedoen.core.text.toon_fastre import _fast, _find, _starts_word, unquoted
from meedoen.core.text.toon_frames import COMPANIONS, VOCATIVE_END_RE, frame_hits
from meedoen.core.text.toon_frames import GATE as FRAME_GATE
from meedoen.core.text.toon_frames import political as _political

_I = re.IGNORECASE


class Hit(NamedTuple):
    start: int
    end: int
    kind: str
    severe: bool  # ERNSTIG regardless of capacity (politician, group, threat)


_INSULT_NOUNS = (
    r"sukkel|idioot|idioten|zeurpiet|leugenaar|lafaard|amateur|beunha(?:as|zen)|profiteur|loser|"
    r"slimmerik|wappie|dommerik|nietsnut(?:ten)?|viezerik|hoerenjong|zeikerd|oen|prutser|mafkees|"
    r"mafkezen|halvegare|halve\s+garen|randdebiel|debiel|eikel|hufter|klootzak(?:ken)?|lul|"
    r"etter|kakkerlak(?:ken)?|parasiet(?:en)?|ratten|tuig|uitschot|zakkenvuller|racist|sufferd|"
    r"stumper|kneus|kneuzen|malloot|fantast|"
    r"idiots?|morons?|losers?|liars?|scum|clowns?|fools?|cowards?|dumbass\w*|jerks?|twats?|whiners?|"
    r"imbeciles?|parasites?|rats?|pigs?|sheep|lapzwans|zeurkous|gutmensch|deugmens|huilie|"
    r"klaploper|uitvreter|zwakzinnige|buffoons?|karens?|waste\s+of\s+space|piece\s+of\s+(?:garbage|shit|trash|crap)|huichelaar|gladde\s+aal|zuurpruim|graaier|"
    r"halve\s+zolen|halve\s+zool|hypocriet|hypocrites?|jankerd|huilebalk|mafketel|zakkenroller|"
    r"aandachtshoer|aso'?s?|\w+(?:hoer|trut|wijf|wijven|lul|lullen|debiel|debielen)|"
    r"(?:wat\s+een|bent\s+een|is\s+een)\s+(?:\w+\s+)?zak"
)
_WEAK = frozenset(
    "clown clowns gek gekken zak ratten rats rat pig pigs sheep boef boeven fools fool "
    "criminelen fantast".split()
)
_ADJ = (
    r"dom|domme|domste|dommer|debiele?|achterlijke?|hersenloos|hersenloze?|incompetente?|zielige?|vieze?|"
    r"walgelijke?|stompzinnige?|onnozele?|imbeciele?|gestoorde?|pathetic|stupid|stupidest|brainless|"
    r"disgusting|useless|dumb|idiotic|clueless|lazy|luie"
)
_PERSON = (
    r"mensen|man|vrouw|vent|kerel|gans|mannetje|vrouwtje|ambtenaren|burgers|bewoners|kiezers|"
    r"raadsleden|figuren|types|volk|people|guy|woman|men|women|officials|voters|" + _INSULT_NOUNS
)
INSULT_RE = _fast(
    rf"\b(?:{_ADJ})\s+(?:\w+\s+)?(?:{_PERSON})\b"
    rf"|(?:zijn|bent|is|are|am)\s+(?:(?:echt|gewoon|allemaal|zo|so|too|really|just|toch|"
    rf"helemaal|compleet|totally|ook|het|de|een|the|a)\s+)*(?:{_ADJ})\b"
    rf"|\b(?:{_INSULT_NOUNS})(?:s|en|e|'s)?\b",
    _I,
)
EXPEL_RE = _fast(
    r"\b(?:ga|rot|flikker|donder|oprotten|go)\s+(?:toch\s+|maar\s+|lekker\s+|dan\s+)*(?:terug|back)\s+"
    r"(?:naar|to)\s+(?:je|jouw|jullie|your|waar)\b",
    _I,
)
_SUBJECT_RE = rx.compile(
    r"hij|zij|ze|je|jij|jullie|u|you|they|he|she|we|wij|\w*(?:leden|lid|ers|isten|anen|mensen|lui|"
    r"ambtenaren|burgers|bewoners|kiezers|man|vrouw|vent|kerel|minister|wethouder|burgemeester)|"
    + _INSULT_NOUNS,
    _I,
)
_MILD = frozenset(
    w.lower() for w, tier, *_ in load_tsv("toon/scheldwoorden.tsv") if tier.split()[0] == "mild"
)
_MILD |= frozenset(("hypocriet", "hypocrieten", "hypocrite", "hypocrites", "zeurkous"))
_MILD |= frozenset(("amateur", "leugenaar", "liar", "liars", "fool", "fools", "oen", "oenen"))
_STRONG_TARGET_RE = _fast(
    r"\b(?:je|jij|jou|jouw|jullie|u|you|your|ur|stel|stelletje|bunch|pack)\b|@\w+|"
    r"\b(?:every\s+(?:single\s+)?one|the\s+lot|all)\s+of\s+them\b|"
    r"\b(?:bij|van|op|at)\s+(?:de|het|the)\s+\w+",
    _I,
)
_TARGET_RE = _fast(
    r"\b(?:je|jij|jou|jouw|jullie|u|you|your|ur)\b|\b(?:die|dat|deze|zo'n|dit|this|that|these|those)\s+"
    r"(?:\w+\s+){0,2}?\w+|\bwat\s+(?:een|zijn|is)\b|\bwhat\s+an?\b|\bstel(?:letje)?\b|"
    r"\b(?:bunch|pack)\s+of\b|\b(?:zijn|is|are)\s+(?:echt\s+|gewoon\s+|allemaal\s+|stuk\s+voor\s+stuk\s+)*"
    r"(?:een|de|an?)?\b|@\w+|\ballemaal\b|\bbloody\b|\b(?:every\s+(?:single\s+)?one|the\s+lot|all)\s+of\s+them\b",
    _I,
)
# Quoting or condemning someone else's words, and self-mockery.
SAFE_RE = _fast(
    r"\b(?:uitscheldt|uitgescholden|uitschelden|scheldwoorden|noemde|noemt|noemen|genoemd|tolereren|"
    r"keuren|afkeuren|accepteren\s+we\s+niet|helpen\s+niemand|never\s+helps|unacceptable|"
    r"onacceptabel|called|calling|ons\s+als|citeer|zegt\s+mijn|schelden\s+niet|reacties\s+als)\b"
    r"|\b(?:ik\s+ben|i'?m|i\s+am|ben\s+ik)\s+(?:\w+\s+){0,3}?(?:een|such\s+an?|a|an)\b",
    _I,
)
GROUP_RE = _fast(
    r"\b(?:vrouwen|women|moslims?|muslims?|joden|jews|homo'?s|gays|immigrants?|immigranten|migranten|"
    r"migrants|asielzoekers|vluchtelingen|refugees|statushouders|gelukszoekers|buitenlanders|"
    r"foreigners|marokka\w+|turken|polen|roemenen|surinamers|uitkeringstrekkers|bijstandstrekkers|"
    r"burgers|bewoners|kiezers|voters|protesters|demonstranten|boeren|ouderen|jongeren|"
    r"ambtenaren|citizens|people)\b",
    _I,
)
GENERAL_RE = _fast(
    r"\bhoren\s+(?:gewoon\s+|echt\s+)?niet\s+(?:in|thuis)\b|\bzijn\s+(?:gewoon\s+|allemaal\s+)?ziek\b|"
    r"\bmoeten\s+genezen\b|\bte\s+veel\s+macht\b|\btoo\s+much\s+power\b|\bruin\w*\b|"
    r"\btoo\s+\w+\s+to\b|\bsent\s+back\b|\bterug\s+naar\b|\boverspoeld\b|\boverrun\b|\bterug\s+(?:in|op)\s+(?:het\s+vliegtuig|de\s+boot)\b|\bhet\s+land\s+uit\b|\book\s+altijd\b|"
    r"\bstuk\s+voor\s+stuk\b|\bevery\s+single\s+one\b|\bnet\s+kleine\s+kinderen\b|\bzeuren\s+maar\b|"
    r"\bnergens\s+goed\s+voor\b|\bpikken\s+\w+\s+\w+\s+af\b|\bcan'?t\s+be\s+trusted\b|"
    r"\bniet\s+te\s+vertrouwen\b|\bzijn\s+(?:allemaal|gewoon)\s+\w+|"
    r"\b(?:don'?t|do\s+not)\s+belong\s+(?:in|here)\b|\bshould(?:n'?t|\s+not)\s+be\s+(?:in|allowed)\b",
    _I,
)
THREAT_RE = _fast(
    r"\bin\s+elkaar\s+(?:slaan|trappen|timmeren|rammen)\b|\b(?:klap|hengst|dreun|oplawaai|knal|mep|beuk)\s+(?:verkopen|geven|verkocht)\b|"
    r"\bop\s+(?:hun|je|zijn|haar|z'n)\s+(?:bek|smoel|muil)\s+(?:gaan|vallen|slaan|timmeren)\b|"
    r"\bdoodvallen\b|\bdood\s+neervallen\b|\bkom\s+ik\s+(?:je|jou|u)\s+(?:\w+\s+)?(?:opzoeken|halen)\b|"
    r"\bweet\s+(?:ik|we)\s+waar\s+(?:je|jij|u)\s+woon\w*|\bpunch\s+\w+\s+\w*\s*in\s+the\s+face\b|"
    r"\bsleutel\s+weg(?:gooien|gegooid|weggegooid)\b|\bde\s+sleutel\s+weggegooid\b|"
    r"\b(?:schop|sla|trap|mep|timmer|gooi)\s+ik\s+(?:\w+\s+){0,3}?(?:de\s+deur\s+uit|in\s+elkaar|verrot|"
    r"kapot|neer|eruit|het\s+ziekenhuis\s+in)\b|\bik\s+(?:sla|schop|trap|mep)\s+(?:je|jou|hem|haar|jullie)\b|"
    r"\bwens\s+(?:\w+\s+){0,5}?(?:ziekte|kanker|dood|pijn|ellende|ongeluk|tyfus|pest)\w*\s+toe\b|"
    r"\bhoop\s+dat\s+(?:\w+\s+){0,3}?(?:sterft|doodgaat|verrekt|creperen|kanker\s+krijgt|crepeert)\b|"
    r"\b(?:zo\s+hard\s+)?aanpakken\s+dat\s+(?:hij|zij|ze|je|jij)\s+(?:\w+\s+){0,3}?nooit\s+meer\b|"
    r"\bzul(?:t)?\s+(?:je|jij|u)\s+(?:nog\s+)?wat\s+beleven\b|\b(?:een\s+)?(?:flinke\s+|harde\s+)?klap\s+krijgen\b|"
    r"\bpak\s+slaag\b|\bdat\s+zal\s+(?:je|hij|ze)\s+berouwen\b|\bje\s+gaat\s+eraan\b|"
    r"\bkel(?:en)?\s+(?:\w+\s+){0,4}?doorsnijden\b|\b(?:kill|beat\s+up|smack)\s+(?:him|her|them|you)\b|\bgenadeloos\s+aanpakken\b",
    _I,
)
CURSE_RE = _fast(
    r"\bkrijg\s+(?:toch\s+)?(?:de|het)\s+(?:pest|pokken|klere|kolere|schurft)\b|\bik\s+kots\s+op\b|"
    r"\bf\*+k?\w*|\bfu+ck\w*|\bbloody\s+\w+|\bschijt\s+aan\b|\bjezus,|\bgodver\w*|\bshit\w*\s+(?:bedrijf|"
    r"club|gemeente|ambtenaren)|\bgo\s+to\s+hell\b|\bpiss\s+off\b|\bstfu\b|\bshut\s+up\b",
    _I,
)
SNEER_RE = _fast(
    r"\b(?:weer|alweer|nog)\s+(?:een|zo'n)\s+(?:\w+\s+)?(?:genie|expert|held|slimmerik|deskundige|"
    r"zeurpiet|betweter|wijsneus)\b|\banother\s+(?:\w+\s+)?(?:genius|expert|hero)\b|"
    r"\buniversiteit\s+van\s+(?:facebook|youtube|google|twitter)\b|\buniversity\s+of\s+(?:facebook|youtube|google)\b|"
    r"\bapplausje[.!]*\s*[👏🙄😂]|\bhersens?\s+(?:aan|aanzetten|gebruiken)\b|\buse\s+your\s+brain\b|\b(?:niet|never)\s+(?:kunt|kan|can)\s+lezen\b|"
    r"\bcan'?t\s+(?:even\s+)?read\b|\bga\s+(?:lekker\s+|maar\s+)?(?:huilen|janken)\b|\bzoek\s+een\s+leven\b|"
    r"\bget\s+a\s+grip\b|\bniet\s+(?:de|van\s+de)\s+(?:snuggerste|slimste|slimsten|scherpste|helderste)\b|"
    r"\bzwijg\s+(?:toch|nou|maar)\b|\bniemand\s+zit\s+op\s+(?:jouw|je|uw|jullie)\s+\w+\s+te\s+wachten\b|"
    r"\bnobody\s+(?:asked|cares)\b|\blekker\s+bezig\b[^.!?\n]{0,80}[👏🙄]|\bknap\s+hoe\s+(?:jullie|je|u)\b|"
    r"\bga\s+(?:toch\s+)?(?:lekker\s+)?slapen\b[^.!?\n]{0,5},|\b(?:weer|alweer|typisch)\s+(?:zo'n|een)\s+(?:\w+\s+)?(?:karen|gutmensch|"
    r"deugmens|huilie|zeurkous|boomer|wappie|linkse?\s+kerk)\b|\bheeft\s+weer\s+gesproken\b|👏\s*👏|"
    r"\b(?:hou|houd|houden)\s+(?:toch\s+|nou\s+|gewoon\s+|eens\s+)*(?:je|jullie|hun|zijn|uw|z'n)\s+"
    r"(?:kop|bek|mond|smoel|waffel|muil)\b|\b(?:kop|bek|smoel|waffel)\s+(?:te\s+)?houden\b|\b(?:kop|bek|smoel|waffel)\s+dicht\b|"
    r"\bhenk\s+en\s+ingrid\b|\bmevrouw\s+is\s+weer\s+eens\b|\bmeneer\s+is\s+weer\s+eens\b|"
    r"\bcongrats\s*👏|👏\s*🙄|\bhahaha\b[^.!?]{0,30}\b(?:loser|sukkel|dom)|\blol\b[^.!?]{0,10}\bwhat\s+an?\b|"
    r"\b(?:houden|hou|houd)\s+(?:hun|je|jullie)\s+(?:kop|bek|mond)\b|\bhun\s+kop\s+houden\b",
    _I,
)
_EMOJI = "🤡🤮💩🐑🐷🐀"
_EMOJI_ALL = _EMOJI + "👏"
EMOJI_RE = rx.compile(rf"[{_EMOJI}]")
_EMOJI_TARGET_RE = _fast(
    r"@\w+|\b(?:jij|je|jou|jullie|you|u)\b|\b(?:is|bent|zijn|are)\s+(?:een|an?)?\s*$", _I
)


def _with_endings(words: str) -> frozenset[str]:
    ends = ("", "s", "en", "e", "'s", "ten", "ken", "je", "jes")
    return frozenset(w + e for w in words.split() for e in ends)


# Per family: words of which one must occur before its pattern is scanned.
INSULT_GATE = _with_endings(
    "sukkel idioot idioten zeurpiet leugenaar lafaard amateur beunhaas beunhazen profiteur loser "
    "slimmerik wappie dommerik nietsnut viezerik hoerenjong zeikerd oen prutser mafkees mafkezen "
    "halvegare garen randdebiel debiel eikel hufter klootzak lul etter kakkerlak parasiet ratten tuig "
    "uitschot zakkenvuller racist sufferd stumper kneus kneuzen malloot fantast lapzwans zeurkous zeur "
    "gutmensch deugmens huilie klaploper uitvreter zwakzinnige buffoon karen waste zak zuurpruim aso aso's "
    "huichelaar piece aal whiner "
    "graaier zolen zool hypocriet hypocrite jankerd huilebalk mafketel zakkenroller aandachtshoer idiot moron liar scum clown fool coward dumbass jerk twat imbecile parasite rat pig "
    "sheep dom domme domste dommer debiele achterlijk achterlijke hersenloos hersenloze incompetent "
    "incompetente zielig zielige vies vieze walgelijk walgelijke stompzinnig stompzinnige onnozel "
    "onnozele imbeciel imbeciele gestoord gestoorde pathetic stupid stupidest brainless disgusting "
    "useless dumb idiotic clueless lazy luie"
)
THREAT_GATE = frozenset(
    "elkaar klap bek smoel muil doodvallen dood opzoeken halen woon woont wonen punch sleutel kill "
    "schop sla trap mep timmer gooi wens hoop aanpakken berouwen eraan beleven slaag "
    "beat smack genadeloos kelen keel hengst dreun oplawaai knal beuk".split()
)
CURSE_GATE = frozenset(
    "krijg kots fuck fucking fucked fck bloody schijt jezus godver godverdomme godverdegodver shit "
    "hell piss stfu shut".split()
)
SNEER_GATE = frozenset(
    "genie genius expert hero held slimmerik deskundige zeurpiet betweter wijsneus applausje "
    "universiteit university hersens hersenen brain lezen read huilen janken leven grip henk "
    "mevrouw meneer congrats hahaha lol kop bek mond smoel waffel muil hou houd houden karen "
    "gutmensch deugmens boomer typisch gesproken 👏 snuggerste slimste slimsten scherpste helderste zwijg "
    "niemand nobody bezig knap slapen".split()
)
GROUP_GATE = frozenset(
    "vrouwen women moslims moslim muslims muslim joden jews homo's homos gays immigrants immigrant "
    "immigranten migranten migrants asielzoekers vluchtelingen refugees statushouders gelukszoekers "
    "buitenlanders foreigners marokkanen marokkaan marokkaantjes turken polen roemenen surinamers "
    "uitkeringstrekkers bijstandstrekkers burgers bewoners kiezers voters protesters demonstranten "
    "boeren ouderen jongeren ambtenaren citizens people".split()
)
EXPEL_GATE = frozenset(("terug", "back"))


def broad_hits(low: str, words: frozenset[str], tokens: Sequence[Token]) -> list[Hit]:
    """Tone hits from the broad word classes (see the module doc).

    ``low`` is the lower-cased post, ``words`` its word set and ``tokens`` its tokens (with
    spans in ``low``); only the sentences holding a trigger word or emoji are scanned.
    """
    wanted = words & _TRIGGERS
    emoji = not low.isascii() and any(c in low for c in _EMOJI_ALL)
    vocative = [m.start() for m in VOCATIVE_END_RE.finditer(low)] if "," in low else []
    extra = [w for w in words & _COMPANION_KEYS if not COMPANIONS[w].isdisjoint(words)]
    if not wanted and not emoji and not vocative and not extra and "f*" not in low:
        return []
    if "f*" in low:
        wanted |= {"f"}
    wanted |= set(extra)
    per_sentence: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for t in tokens:
        w = t.lower
        if w not in wanted:
            if w[0] not in "@#" or w[1:] not in wanted:
                continue
            w = w[1:]
        per_sentence.setdefault(_sentence(low, t.start), []).append((t.start, t.end, w))
    for m in EMOJI_RE.finditer(low) if emoji else ():
        per_sentence.setdefault(_sentence(low, m.start()), [])
    for i in vocative:
        per_sentence.setdefault(_sentence(low, i), []).append((i, i + 1, ","))
    clap = low.find("👏👏") if emoji else -1
    if clap >= 0:
        per_sentence.setdefault(_sentence(low, clap), []).append((clap, clap + 2, "👏"))
    hits: list[Hit] = []
    for (a, b), here in sorted(per_sentence.items()):
        hits.extend(_scan(low, a, b, here, tokens))
    return hits


def _sentence(low: str, i: int) -> tuple[int, int]:
    """The span of the sentence (or line) around position i."""
    a = max(low.rfind(c, 0, i) for c in ".!?\n") + 1
    ends = [j for c in ".!?\n" if (j := low.find(c, i)) >= 0]
    return a, min(ends) + 1 if ends else len(low)


def _scan(
    low: str, a: int, b: int, here: list[tuple[int, int, str]], tokens: Sequence[Token]
) -> list[Hit]:
    """The hits in the sentence low[a:b] whose trigger words are ``here``."""
    found: list[tuple[int, int, str]] = []
    for kind, gate, pattern in _FAMILIES:
        m = _near(pattern, low, a, b, here, gate)
        if m is not None:
            found.append((m.start(), m.end(), kind))
    if (g := _near(GROUP_RE, low, a, b, here, GROUP_GATE)) is not None:
        m = _find(GENERAL_RE, low, a, b)
        if m is not None:
            kind = "burgers" if g.group() in _SOFT_GROUPS else "groep"
            found.append((min(g.start(), m.start()), max(g.end(), m.end()), kind))
    insulted = any(w in INSULT_GATE for _, _, w in here)
    e = EMOJI_RE.search(low, a, b)
    framed = (
        frame_hits(low, a, b, tokens)
        if any(w in FRAME_GATE or w in COMPANIONS or w == "," for _, _, w in here)
        else []
    )
    if not (found or insulted or framed or e is not None):
        return []
    political = _political(low[a:b])
    hits = [
        Hit(
            s0,
            e0,
            "contempt" if kind == "burgers" else kind,
            kind in ("threat", "groep") or kind == "contempt" and political,
        )
        for s0, e0, kind in found
    ]
    if insulted and (hit := _insult(low, a, b, here, political)) is not None:
        hits.append(hit)
    if e is not None and (_find(_EMOJI_TARGET_RE, low, a, b) or political):
        hits.append(Hit(e.start(), e.end(), "contempt", political))
    for s0, e0, kind in framed:
        mild = low[s0:e0].split()[-1] in _MILD and not political
        if not (mild and _find(_STRONG_TARGET_RE, low, a, b) is None):  # "die man is een idioot"
            hits.append(Hit(s0, e0, kind, political or kind == "groep"))
            break
    if hits and _find(SAFE_RE, low, a, b) is not None:
        return []  # condemned or self-mockery
    keep = unquoted(low, a, b, [(h.start, h.end) for h in hits])
    return [h for h, k in zip(hits, keep, strict=True) if k]


_FAMILIES = (
    ("threat", THREAT_GATE, THREAT_RE),
    ("grof", CURSE_GATE | {"f"}, CURSE_RE),
    ("contempt", SNEER_GATE, SNEER_RE),
    ("groep", EXPEL_GATE, EXPEL_RE),
)
INSULT_GATE -= frozenset(("zaken", "zakje", "zakjes", "zakken", "raten", "ratje", "ratjes"))
_TRIGGERS = (
    THREAT_GATE | CURSE_GATE | SNEER_GATE | EXPEL_GATE | GROUP_GATE | INSULT_GATE | FRAME_GATE
) - frozenset(COMPANIONS)
_COMPANION_KEYS = frozenset(COMPANIONS)
_SOFT_GROUPS = frozenset(("burgers", "bewoners", "citizens", "people", "kiezers", "voters"))


_SENTENCE_RE = rx.compile(r"[^.!?\n]+[.!?]*")
_IS_A_RE = _fast(r"\b(?:is|bent|are)\s+(?:een|an?)\b", _I)


def _near(
    pattern: re.Pattern[str],
    low: str,
    a: int,
    b: int,
    here: list[tuple[int, int, str]],
    gate: frozenset[str],
) -> re.Match[str] | None:
    """The first match of ``pattern`` in a window around a gate word of the sentence low[a:b]."""
    for s, e, w in here:
        if w in gate:
            m = _find(pattern, low, max(a, s - _WINDOW), min(b, e + _WINDOW))
            if m is not None:
                return m
    return None


_WINDOW = 45


def _insults(low: str, a: int, b: int, here: list[tuple[int, int, str]]) -> Iterator[re.Match[str]]:
    """Insult matches in windows around the insult words of the sentence low[a:b]."""
    for s, e, w in here:
        if w in INSULT_GATE:
            for m in INSULT_RE.finditer(low, max(a, s - _WINDOW), min(b, e + _WINDOW)):
                if _starts_word(low, m.start()):
                    yield m


def _insult(
    low: str, a: int, b: int, here: list[tuple[int, int, str]], political: bool
) -> Hit | None:
    """The first insult in the sentence low[a:b] that is aimed at someone."""
    for m in _insults(low, a, b, here):
        word = m.group()
        if word.startswith(_VERBS) and not political:
            subj = _SUBJ_BEFORE_RE.search(low, a, m.start())
            person = subj is not None and _SUBJECT_RE.fullmatch(subj.group(1))
            if not person and not _PERSON_AFTER_RE.match(low, m.end()):
                continue  # "die film is gewoon zielig": said of a thing
        if word in _WEAK and not (
            political or _find(_IS_A_RE, low, a, b) or _COLLECTIVE_RE.search(low, a, b)
        ):
            continue
        if _find(_TARGET_RE, low, a, b) is None:
            return None
        mild = word in _MILD or word.rstrip("sn") in _MILD
        if mild and not political and _find(_STRONG_TARGET_RE, low, a, b) is None:
            continue  # "die man is een idioot": a mild word about a third person is a hint
        grp = _find(GROUP_RE, low, a, b)
        return Hit(
            m.start(), m.end(), "scheld", political or grp is not None and grp.group() != "burgers"
        )
    return None


_COLLECTIVE_RE = rx.compile(r"(?:bunch|pack|stelletje|stel)\s+(?:of\s+)?")
_PERSON_AFTER_RE = rx.compile(rf"\s+(?:\w+\s+)?(?:{_PERSON})\b")
_VERBS = ("zijn ", "bent ", "is ", "are ", "am ")
_SUBJ_BEFORE_RE = rx.compile(r"(\w+)\s+$")
