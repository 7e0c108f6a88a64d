# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Broad political-opinion rules for the ``politiek`` detector (Aw 2017 art. 10).

A fallback after the calibrated lexicon rules: word classes combined per
sentence. A *target* (Den Haag, kabinet, coalitie, minister, gemeenteraad,
beleid, bezuinigingen, government …) and an *evaluation* (a judgement,
sarcasm, a rhetorical question, understatement, praise, a judging emoji, a
call to protest) in one sentence is an opinion. Separately: calls to vote or
not to vote in many phrasings, an emoji-only reply to a politician, and
agreement that opens a reply to a politician. Words inside quotation marks are
reported speech and do not count.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from meedoen.core import rx
from meedoen.core.text.opinion import can_before
from meedoen.core.text.politics_opinion import CONDOLENCE_NEEDLES, CONDOLENCE_RE, QUOTE_RE
from meedoen.core.text.politics_words import has_any, may_contain

_W = r"(?<!\w)"
_E = r"(?!\w)"
_I = re.IGNORECASE

TARGET_RE = rx.compile(
    _W
    + r"(?:den\s+haag|the\s+hague|(?:our|the|dutch)\s+pm|kabinet\w*|regering\w*|coalitie\w*|oppositie|minister(?!ie)\w*|premier|"
    r"prime\s+minister|staatssecretaris\w*|bewindsperso\w*|wethouder\w*|burgemeester\w*|"
    r"gemeenteraad\w*|raadsleden|(?:tweede|eerste)\s+kamer|kamerle(?:den|id)|kamermeerderheid|"
    r"politiek\w*|politici|politicus|partij\w*|fractie\w*|lijsttrekker\w*|"
    r"government|cabinet|parliament|coalition|politicians?|mps|policy|policies|mayors?|"
    r"alderm[ae]n|council+ors?|"
    r"beleid\w*|wetsvoorstel\w*|bezuiniging\w*|"
    r"college\s+van\s+b\s*(?:&|en)\s*w|gedeputeerde\w*|(?:provinciale|gedeputeerde)\s+staten|"
    r"statenfractie\w*|haagse|coalitieakkoord|belastingplan\w*|"
    r"vvd|pvv|d66|cda|bbb|glpvda|groenlinks\w*|pvda|nsc|ja21|fvd|sgp|pvdd)" + _E,
    _I,
)
# Each needle is a substring of the words it stands for: "abinet" for kabinet and
# cabinet, "coaliti" for coalitie and coalition, "polic" for policy and policies.
TARGET_NEEDLES = (
    "haag",
    "hague",
    " pm",
    "abinet",
    "regering",
    "coaliti",
    "oppositie",
    "minister",
    "premier",
    "staatssecretaris",
    "bewindsperso",
    "wethouder",
    "burgemeester",
    "mayor",
    "alderm",
    "councilor",
    "councillor",
    "gemeenteraad",
    "raadsleden",
    "kamer",
    "politiek",
    "politic",
    "partij",
    "fractie",
    "lijsttrekker",
    "government",
    "parliament",
    "mps",
    "polic",
    "beleid",
    "wetsvoorstel",
    "bezuiniging",
    "college",
    "gedeputeerde",
    "staten",
    "haagse",
    "belastingplan",
    "vvd",
    "pvv",
    "d66",
    "cda",
    "bbb",
    "pvda",
    "groenlinks",
    "ja21",
    "fvd",
    "sgp",
    "pvdd",
    "nsc",
)
# "de Kamer" only with a capital: "kamer" is also a room.
KAMER_RE = rx.compile(r"(?<!\w)(?:de|De|die|Die|deze|Deze)\s+Kamer(?!\w)")

INSULT = (
    r"lachertje|clown\w*|🤡|🤮|💩|joke|idioot|idioten|prutser\w*|amateur\w*|leugenaar\w*|"
    r"incompetent\w*|ongeschikt|asociaal|asociale|zootje|puinhoop|circus|klucht|"
    r"pathetic|disgrace\w*|useless|clowns|zakkenvuller\w*|oplichter\w*|landverrader\w*"
)
NEGATIVE = (
    r"schande\w*|zucht|zegt\s+iemand\s+die|(?:cultuur|natuur|onderwijs|zorg)?vandalisme|"
    r"wat\s+de\s+kamer\s+(?:er\s+)?(?:ook\s+)?(?:van\s+)?vindt|onzin\w*|onzinnig\w*|zwak\w*|slecht\w*|waardeloos|waardeloze|rampzalig\w*|"
    r"(?:is|wordt|was|blijft)\s+(?:een\s+)?(?:regelrechte\s+|complete\s+|totale\s+)?ramp|"
    r"rammel\w*|verknald|verprutst|verknoeid|faal\w*|gefaald|slap\w*|laf|laffe|tandeloos|"
    r"kortzichtig\w*|wereldvreemd\w*|arrogant\w*|teleurstell\w*|jammer|treurig|"
    r"(?:belachelijk|absurd|ongelofelijk|triest)\w*(?!\s+(?:vroeg|laat|veel|weinig|lang|kort|hard|"
    r"goed|mooi|druk|leuk|lekker))|dom|domme|naar\s+huis|aftreden|opstappen|weg\s+met|"
    r"in\s+de\s+steek|laat\s+(?:\w+\s+){0,3}?zitten|geen\s+idee|no\s+(?:idea|clue)|clueless|"
    r"(?:niks|niets|helemaal\s+niets|helemaal\s+niks)\s+(?:van\s+)?begrepen|niks\s+doen|"
    r"zit(?:ten)?\s+te\s+slapen|verdragen|onbegrijpelijk|niet\s+te\s+geloven|"
    r"deugt\s+niet|deugen\s+niet|niet\s+het\s+sterkste|niet\s+(?:echt\s+|bepaald\s+)?"
    r"(?:slim|handig|sterk|best|doordacht)|kan\s+beter|typisch|weer\s+zo'?n|gedraai|"
    r"lekker\s+(?:bezig|dan|hoor|gedaan)|goed\s+bezig\s+(?:hoor|weer)|dank\s+je\s+wel|"
    r"bedankt\s+hoor|wie\s+(?:verzint|bedenkt|verzon|bedacht)|hoe\s+lang\s+(?:nog|moeten)|"
    r"(?:nou|nu)\s+(?:nooit|eens)|wanneer\s+leren|niet\s+weet\s+wat|weten\s+niet\s+wat|"
    r"ongelo+fl\w*|kinderachtig\w*|vertoning|g[eê]nant\w*|beschamend\w*|embarrass\w*|"
    r"kan\s+(?:echt\s+|helemaal\s+)?(?:niks|niets|nix)|(?:weinig|geen)\s+vertrouwen|wegwezen|"
    r"(?:niks|niets|nix|weinig)\s+van\s+(?:terechtgebracht|terecht\s+gebracht|terechtbrengen|"
    r"terecht\s+brengen|gebakken|bakken)|tijd\s+voor\s+(?:nieuwe\s+)?verkiezingen|"
    r"(?:brengt|brengen|bracht|brachten)\s+(?:er|daar)\s+(?:\w+\s+){0,2}?(?:niks|niets|nix|weinig)"
    r"\s+van\s+terecht|(?:bakt|bakken|bakte|bakten)\s+(?:er|daar)\s+(?:\w+\s+){0,2}?"
    r"(?:niks|niets|nix|weinig)\s+van|"
    r"in\s+(?:je|jullie|het)\s+hoofd|schaam|durft|durven|(?:weet|weten)\s+niet\s+waar|"
    r"(?:geen|totaal\s+geen)\s+benul|snap(?:t|pen)\s+er\s+(?:niks|niets|geen\s+bal)\s+van|"
    r"verbaast\s+(?:me|mij)\s+(?:niks|niets)|"
    r"(?:mooie\s+)?praatjes|geloof\w*\s+(?:ik\s+)?(?:niks|niets|geen\s+woord)\s+van|eerst\s+zien|"
    r"(?:gewoon|keihard|glashard|weer)\s+vallen|gemiste\s+kans|zit(?:ten)?\s+er\s+(?:\w+\s+){0,4}?"
    r"naast|kijk(?:t|en)\s+weg|draai(?:t|en)\s+(?:overal\s+)?omheen|"
    r"hoop\s+(?:echt\s+)?dat\s+(?:\w+\s+){0,4}?(?:valt|vallen|verdwijnt|verdwijnen)|"
    r"symboolpolitiek|idealen\s+(?:\w+\s+){0,3}?(?:verkocht|verraden|overboord)|(?:vertrouwen|geloof)\s+(?:\w+\s+){0,6}?opgegeven|dupe|"
    r"makkelijke\s+weg|short-?sighted|nooit\s+meer\s+(?:laten\s+)?regeren|oneerlijk\w*|"
    r"lachwekkend|voorspelbaar|kleuterklas|hopeloos|luister(?:t|en)\s+geen\s+moment|"
    r"(?:gaat|gaan)\s+(?:\w+\s+){0,3}?niet\s+oplossen|zonder\s+enig\s+effect|"
    r"zonder\s+(?:er\s+)?een\s+cent|will\s+damage|spelletjes|loze\s+beloftes?|"
    r"geen\s+keuzes?\s+(?:te\s+)?maken|geen\s+ruggengraat|"
    r"scham(?:en|en\w*)|praat\w*\s+veel|doe[nt]\s+weinig|in\s+de\s+kou|verkiezings(?:leus|praat\w*)|"
    r"(?:nooit|niet)\s+(?:worden|wordt)\s+waargemaakt|niet\s+vrolijk|grote\s+woorden|"
    r"zou(?:den)?\s+(?:\w+\s+)?(?:eens|eerst\s+eens)|weer\s+eens\s+laten\s+zien|"
    r"hoe\s+lang\s+(?:\w+\s+){0,3}?(?:het\s+)?(?:nog\s+)?volhoudt|begrijpend\s+lezen|"
    r"terrible|awful|(?:is|was)\s+a\s+(?:\w+\s+)?disaster|disastrous|shameful|failed|failing|mess|ridiculous|absurd|nonsense|"
    r"🙄|😡|🤦\S*|🤬|😤|👎"
)
POSITIVE = (
    r"sterk\w*|knap|prima|mooie?\s+(?:plan|besluit|voorstel|stap|initiatief|keuze|speech|toespraak)|goed\s+(?:zo|gedaan|besluit|plan|gezegd)|top|eindelijk|visie|"
    r"leadership|great|excellent|brilliant|well\s+done|bravo|trots|geweldig|fantastisch|"
    r"terecht|heeft\s+(?:wel\s+|toch\s+)?gelijk|hebben\s+gelijk|doorpakt|doorpakken|dapper|moedig|"
    r"mooi\s+zo|verdient|verdienen|wat\s+een|wat\s+mij\s+betreft|ik\s+vind|vind\s+ik|"
    r"in\s+my\s+opinion|imo|i\s+think|applaus|chapeau|hulde|"
    r"💪|👏|👍|❤️"
)
PROTEST = (
    r"teken\s+(?:\w+\s+)?petitie|petitie\s+tegen|sign\s+(?:the|this|our)\s+petition|demonstr\w*|protest\w*|malieveld|manifestatie|staking|staken|actiedag|"
    r"(?:ga|gaan|kom|komt)\s+(?:\w+\s+)?de\s+straat\s+op"
)
EVAL_RE = rx.compile(
    _W
    + r"(?:(?P<insult>"
    + INSULT
    + r")|(?P<neg>"
    + NEGATIVE
    + r")|(?P<protest>"
    + PROTEST
    + r")|(?P<pos>"
    + POSITIVE
    + r"))"
    + _E,
    _I,
)
VOTE_RE = rx.compile(
    _W + r"(?:stem\s+(?:\S+\s+){0,2}?(?:lokaal|groen|rood|links|rechts|ze\s+weg|tegen)|"
    r"stem(?:t)?\s+(?:\w+\s+)?weg|(?:niet|nooit)\s+stemmen\s+op|"
    r"ga\s+(?:vooral\s+)?(?:niet\s+)?stemmen\s+op|geen\s+stem\s+(?:van\s+mij|meer)|"
    r"(?:don'?t|do\s+not|never)\s+vote|vote\s+(?:for|them|out|against)|"
    r"\w+\s+vakje\s+(?:kleur\w*|rood)|denk\s+(?:\w+\s+){0,3}?na\s+(?:voor|als|wanneer)\s+"
    r"(?:je|u|jullie)\s+(?:\w+\s+){0,5}?(?:stem\w*|kleur\w*)|"
    r"(?:weet|weten)\s+(?:\w+\s+)?op\s+wie|op\s+wie\s+(?:ik\s+)?niet|"
    # with a vote in view (the needles): "denk even na wie er de afgelopen vier jaar iets
    # deed", "kijk even wie er tegen stemde"
    r"(?:denk|kijk)\s+(?:\w+\s+){0,2}?(?:na\s+)?(?:over\s+)?wie\s+(?:\S+\s+){0,14}?"
    r"(?:heeft|hebben|stemde|stemden|deed|deden|gedaan|gestemd|liet|lieten))" + _E,
    _I,
)
VOTE_NEEDLES = ("stem", "vote", "vakje", "op wie", "🗳")
AGREE_RE = rx.compile(
    r"\s*(?:helemaal\s+|volledig\s+)?(?:mee\s+eens|eens\s*[!.]|goed\s+gezegd|zo\s+is\s+het|"
    r"precies|spot\s+on|well\s+said|agreed|hear,?\s+hear|dit\s*[!.]|👏)",
    _I,
)
# Praise of a policy or of one office-holder is left to the calibrated rules (not reported
# outside election time); praise of a body, a party or politics as such is an opinion.
POLICY_RE = rx.compile(
    r"\w*beleid|policy|policies|wetsvoorstel\w*|den\s+haag|minister\w*|premier|prime\s+minister|"
    r"staatssecretaris\w*|bewindsperso\w*|wethouder\w*|burgemeester\w*",
    _I,
)
# The same patterns without IGNORECASE, run on the lower-cased text: much faster.
# For the literals of TARGET_RE and EVAL_RE, str.lower() and IGNORECASE agree on every
# code point (checked over all of Unicode) except these three, which take the slow path.
TARGET_LOWER_RE = rx.compile(TARGET_RE.pattern)
EVAL_LOWER_RE = rx.compile(EVAL_RE.pattern)
_FOLD_ODD = ("\u0130", "\u0131", "\u017f")
EMOJI_ONLY_RE = rx.compile(r"[\W_]+")
_SENTENCE_RE = rx.compile(r"(?:[^.!?\n]|[.!?](?=\w))+[.!?]*")
_QUOTE_RE = rx.compile(r'"[^"\n]{3,}"|“[^”\n]{3,}”|„[^”“\n]{3,}[”“]')


FOLLOW_UP_WORDS = 12


class Finding(NamedTuple):
    start: int
    end: int
    kind: str  # insult | neg | pos | protest | vote | emoji | agree


def _compounds(text: str, lower: str, tail: str) -> list[tuple[int, str]]:
    """Words that end in ``tail`` ("asielbeleid"), found by a literal search."""
    out = []
    i = lower.find(tail)
    while i > 0:
        j = i
        while j > 0 and text[j - 1].isalnum():
            j -= 1
        end = i + len(tail)
        if j < i and not (end < len(text) and text[end].isalnum()):
            out.append((j, text[j:end]))
        i = lower.find(tail, end)
    return out


_EXCLAIM_BEFORE = frozenset({"nou", "oh", "o", "jeetje", "tjonge", "zo", "pff", "en", "maar"})


def _embedded(text: str, pos: int) -> bool:
    """Whether "wat een" at ``pos`` follows a word that makes it a question ("benieuwd wat een
    …", "weet je wat een …") rather than an exclamation ("Wat een vertoning", "nou, wat een")."""
    before = text[max(0, pos - 20) : pos].rstrip()
    if not before or not before[-1].isalpha():
        return False
    return before.split()[-1].lower() not in _EXCLAIM_BEFORE


def _in_quotes(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def broad_opinion(text: str, lower: str, reply_role: str | None) -> Finding | None:
    """The first broad political opinion, call to vote or judging reply in ``text``."""
    to_politician = reply_role in ("kamerlid", "politicus")
    stripped = text.strip()
    if (
        to_politician
        and stripped
        and EMOJI_ONLY_RE.fullmatch(stripped) is not None
        and any(ord(c) > 0x2000 for c in stripped)
    ):
        return Finding(0, len(stripped), "emoji")
    if may_contain(lower, VOTE_NEEDLES):
        v = VOTE_RE.search(text)
        if v is not None:
            return Finding(v.start(), v.end(), "vote")
    if reply_role == "politicus":
        ag = AGREE_RE.match(text)
        if ag is not None:
            return Finding(ag.start(), ag.end(), "agree")
    if not (to_politician or may_contain(lower, TARGET_NEEDLES)):
        return None
    folded = len(lower) == len(text) and not has_any(lower, _FOLD_ODD)
    subject = lower if folded else text
    target_re = TARGET_LOWER_RE if folded else TARGET_RE
    eval_re = EVAL_LOWER_RE if folded else EVAL_RE
    spots = [(x.start(), text[x.start() : x.end()]) for x in target_re.finditer(subject)]
    if "beleid" in lower:  # compounds: asielbeleid, kabinetsbeleid
        spots += _compounds(text, lower, "beleid")
    kamers = [x.start() for x in KAMER_RE.finditer(text)] if "Kamer" in text else []
    if not (spots or kamers or to_politician):
        return None
    quotes: list[tuple[int, int]] = []
    if "'" in text or '"' in text or "\u201c" in text or "\u201e" in text:
        quotes = [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]
        quotes += [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]
    mourning = may_contain(lower, CONDOLENCE_NEEDLES)
    best: Finding | None = None
    prev_found: list[str] = []
    prev_kamer = False
    for s in _SENTENCE_RE.finditer(text):
        a, b = s.start(), s.end()
        found = [g for p, g in spots if a <= p < b]
        kamer = any(a <= p < b for p in kamers)
        own_found, own_kamer = found, kamer
        if not (found or kamer) and len(s.group().split()) <= FOLLOW_UP_WORDS:
            # "Kabinet valt? Mooi zo, wegwezen.": a short reaction to the sentence before
            found, kamer = prev_found, prev_kamer
        prev_found, prev_kamer = own_found, own_kamer
        if not (to_politician or found or kamer):
            continue
        critical: Finding | None = None
        if mourning and CONDOLENCE_RE.search(text, a, b):
            continue
        # praise of a policy ("trots op het nieuwe beleid") is no political opinion
        policy_only = (
            not (to_politician or kamer)
            and bool(found)
            and all(POLICY_RE.fullmatch(x) for x in found)
        )
        for m in eval_re.finditer(subject, a, b):
            if _in_quotes(quotes, m.start()) or text[m.start() - 1 : m.start()] == "#":
                continue  # reported speech, or a hashtag that need not aim at the target
            if m.group().lower() == "terecht" and can_before(subject, m.start()):
                continue  # "daar kunt u terecht"
            if m.group().lower() == "wat een" and _embedded(subject, m.start()):
                continue  # "benieuwd wat een waterschap doet?": a question, no exclamation
            kind = m.lastgroup or "neg"
            f = Finding(m.start(), m.end(), kind)
            if kind == "insult":
                return f  # the gravest evidence in the sentence
            if kind in ("neg", "protest"):
                critical = critical or f
            elif not policy_only:
                best = best or f
        if critical is not None:
            return critical
    return best
