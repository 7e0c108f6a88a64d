# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Evaluative language: does a stretch of text carry an opinion?

Three kinds of evidence, all found with precompiled patterns and one shipped
lexicon (``lexicons/opinie/adjectieven.tsv``, derived from the CLiPS Pattern
sentiment lexicon):

* ``frame`` — explicit opinion verbs and phrases ("ik vind", "schande",
  "moet aftreden", "I think");
* ``insult`` — words that insult a person ("prutsers", "leugenaar", "clown");
* ``lexicon`` — a strongly subjective adjective (``belachelijk``,
  ``incompetent``), with Dutch inflection (``belachelijke``, ``domme``) and
  negation ("niet slecht" flips polarity; it stays an opinion);
* ``sarcasm`` — markers such as "weer eens", "lekker bezig", facepalm emoji.

Positive adjectives alone are weak evidence (civil servants often describe a
visit as "mooi" or "inspirerend"), so :func:`find_opinions` reports them only
when the sentence also has a frame.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from meedoen.core import rx
from meedoen.core.lexicons import load_tsv

LEXICON_FILES = ("opinie/adjectieven.tsv", "opinie/aanvullend.tsv")
MIN_POLARITY = 0.5


@dataclass(frozen=True, slots=True)
class Opinion:
    start: int
    end: int
    kind: str  # frame | insult | lexicon | sarcasm | weak
    polarity: float  # -1 … 1; 0 when unknown


@cache
def lexicon() -> dict[str, tuple[float, float]]:
    """Adjective → (polarity, subjectivity), with inflected forms expanded.

    Base forms from the files win over generated forms of another word.
    """
    base = {row[0]: (float(row[1]), float(row[2])) for f in LEXICON_FILES for row in load_tsv(f)}
    out: dict[str, tuple[float, float]] = {}
    for word, entry in base.items():
        for form in _inflections(word):
            out.setdefault(form, entry)
    out.update(base)
    return out


_VOWELS = "aeiou"


def _inflections(base: str) -> set[str]:
    """Attributive, comparative and superlative forms of a Dutch adjective."""
    forms = {base}
    stems = {base}
    last = base[-1]
    if len(base) >= 3 and last not in _VOWELS:
        pre, pre2 = base[-2], base[-3]
        if pre in _VOWELS and pre2 not in _VOWELS and last not in "wj":
            stems.add(base + last)  # dom → domm(e), slap → slapp(e)
        if pre in _VOWELS and pre2 == pre:
            stems.add(base[:-2] + last)  # raar → rar(e), traag → trag(e)
            if last == "s":
                stems.add(base[:-2] + "z")  # boos → boz(e)
            if last == "f":
                stems.add(base[:-2] + "v")  # braaf → brav(e)
        if last == "f":
            stems.add(base[:-1] + "v")  # lief → liev(e)
        if last == "s":
            stems.add(base[:-1] + "z")  # vies → viez(e)
    for stem in stems:
        forms.update({stem + "e", stem + "er", stem + "ere"})
    forms.update({base + "st", base + "ste", base + "s"})
    return forms


def lookup(word: str) -> tuple[float, float] | None:
    """Polarity and subjectivity of an adjective in any common inflected form."""
    return lexicon().get(word.lower())


# Explicit opinion phrases. Kept narrow: each must read as a judgement.
FRAME_RE = rx.compile(
    r"(?<!\w)(?:"
    r"(?:ik\s+vind|vind\s+ik|vinden\s+wij|wij\s+vinden|we\s+vinden)\s+(?:het\s+)?(?:echt\s+)?"
    r"(?:dat|niet|geen|onzin|raar|vreemd|onbegrijpelijk)|naar\s+mijn\s+(?:mening|idee)|"
    r"mijns\s+inziens|ik\s+(?:snap|begrijp)\s+(?:echt\s+)?niet|onbegrijpelijk|"
    r"(?:don'?t|do\s+not|can'?t|cannot)\s+understand\s+why|"
    r"hoe\s+haal(?:t|en)\s+(?:\w+\s+){1,3}?het\s+in\s+(?:zijn|haar|hun|z'n|d'r)\s+hoofd|"
    r"what\s+(?:was|were|is|are)\s+(?:\w+\s+){1,3}?thinking|great\s+(?:decision|move|call|choice)|"
    r"(?:dropping|abandoning)\s+(?:the|our|its|all)\s+\w+|letting\s+(?:\w+\s+){1,2}?down|"
    r"throwing\s+\w+\s+under\s+the\s+bus|"
    r"(?:een\s+)?schande|schandalig|schandelijk|belachelijk|bespottelijk|absurd|"
    r"(?:moet|moeten|mag|mogen)\s+(?:\w+\s+){0,3}(?:aftreden|opstappen|weg|vertrekken|oprotten)|"
    r"wegstemmen|stem\s+ze\s+weg|weg\s+met|aftreden|opstappen!|"
    r"wanbeleid|puinhoop|farce|bananenrepubliek|dictatuur|"
    r"falen|faalt|gefaald|faal|blunder|blunders|geblunder|"
    r"hoe\s+(?:kun|durf)\s+je|walgelijk|misselijkmakend|onzin|kul|bullshit|kletskoek|"
    r"van\s+de\s+zotte|te\s+gek\s+voor\s+woorden|lachertje|lachwekkend|hypocrisie|arrogantie|"
    r"chapeau|bravo|hulde|petje\s+af|goed\s+zo|goed\s+bezig|respect\s+voor|"
    r"achter\s+de\s+feiten\s+aan\w*|niet\s+ver\s+genoeg|veel\s+te\s+(?:laat|weinig|traag|slap|(?!\w+en(?!\w))\w{4,})|(?:far|way|much)\s+too\s+\w{3,}|"
    r"onderschat|onvermogen|zwalkend|gedraai|draaikont\w*|"
    r"(?:is|wordt|was|blijft)\s+een\s+(?:\w+\s+)?(?:ramp|drama|gevaar|fiasco|vergissing|"
    r"aanfluiting|wassen\s+neus|lachertje)|een\s+gevaar\s+voor|"
    r"(?:historische|grote|enorme|kapitale)\s+(?:vergissing|fout|blunder)|"
    r"snap(?:t|pen)?\s+(?:er\s+)?(?:helemaal\s+|echt\s+|werkelijk\s+)?(?:niets|niks|geen\s+\w+)|"
    r"(?:de\s+)?verkeerde\s+kant\s+op|amateurisme|incompetentie|onkunde|chaos|"
    r"(?:er\s+)?een\s+(?:\w+\s+)?(?:zooi|zootje|puinzooi|janboel|bende|potje|poppenkast)\s+van|"
    r"zooi|zootje|puinzooi|janboel|poppenkast|prutswerk|knoeiwerk|geklungel|gepruts|amateurs|"
    r"(?:niks|niets)\s+van\s+(?:ge)?bak(?:t|ken)|bak(?:t|ken)\s+er\s+(?:helemaal\s+|echt\s+|werkelijk\s+)?(?:niks|niets)\s+van|"
    r"niet\s+(?:langer\s+|meer\s+)?vol\s+te\s+houden|onhoudbaar|een\s+ramp\s+voor|"
    r"(?:veel\s+)?te\s+weinig\s+(?:geld|middelen|budget|mensen|capaciteit|aandacht|oog|ambitie)|"
    r"dat\s+mag\s+(?:ook\s+)?(?:best|wel)\s+(?:eens\s+)?gezegd\s+worden|"
    r"a\s+(?:joke|mess|disaster)|shame\s+on|unacceptable|not\s+enough\s+(?:money|funding)|"
    r"i\s+think|in\s+my\s+opinion|imo|disgrace|ridiculous|pathetic|shameful|"
    r"incompetent|clueless|must\s+resign|should\s+resign|step\s+down|"
    r"great\s+job|well\s+done|terrible|awful|disastrous|outrageous|stupid|idiotic|"
    r"corrupt|liars?|lying|failed|failure|liegt|liegen|loog|logen|gelogen|leugenaar\w*|"
    r"(?:pure|complete|totale|regelrechte|je\s+reinste)\s+waanzin|waanzin|krankzinnig|"
    r"ik\s+schaam\s+me|(?:ik\s+)?schaam\s+me\s+(?:dood|kapot|voor)|"
    r"persoonlijk\s+(?:denk|vind|geloof)\s+ik|(?:mijn|m'n)\s+(?:persoonlijke\s+|eigen\s+)?"
    r"mening|in\s+my\s+(?:personal\s+)?(?:view|opinion)|my\s+(?:personal|own)\s+view|"
    r"(?:mooi|goed|fijn|blij|terecht|top|prima|geweldig|knap)\s+dat|trots\s+op|"
    r"(?:goed|terecht|sterk|helder|scherp)\s+punt|(?:good|great|fair|excellent)\s+point|"
    r"(?:dat\s+)?werd\s+(?:ook\s+)?(?:wel\s+|eens\s+)?tijd|hoog\s+tijd|"
    r"ashamed|insane|madness|nonsense|"
    # English frames of a personal judgement (round 5)
    r"if\s+i'?m\s+(?:being\s+)?honest|to\s+be\s+(?:brutally\s+)?honest|frankly|"
    r"penny\s+wise|pound\s+foolish|short-?sighted|makes\s+(?:no|little)\s+sense|"
    r"(?:won'?t|doesn'?t|will\s+not|does\s+not)\s+work|(?:is|was)\s+a\s+(?:big\s+|huge\s+)?mistake|"
    r"not\s+going\s+to\s+disagree|anyone\s+but\s+(?:that|those|them)"
    r")(?!\w)",
    re.IGNORECASE,
)

INSULT_RE = rx.compile(
    r"(?<!\w)(?:"
    r"prutser[s]?|klungel(?:s|aar|aars)?|sukkel[s]?|idio(?:ot|ten)|debiel(?:en)?|"
    r"clown[s]?|pannenkoek(?:en)?|leugenaar[s]?|zakkenvuller[s]?|oplichter[s]?|"
    r"(?:volks|land)verrader[s]?|dictator[s]?|fascist(?:en)?|nazi'?s?|"
    r"marionet(?:ten)?|knechtje[s]?|lakei(?:en)?|loser[s]?|mafkees|halve\s+gare|"
    r"dwaas|dwazen|kut\w+|lamme\s+zak|eikels?|hufters?|zakkenwassers?|boeven|schurken|"
    r"morons?|idiots?|clowns?|crooks?|traitors?|"
    r"kanker\s+(?:op|toch\s+op|maar\s+op)|krijg\s+(?:toch\s+)?(?:de|het)\s+(?:kanker|tering|tyfus|"
    r"klere|pest|pleuris|takke)|kanker(?:lijer|hoer|zooi|kabinet|regering|minister|partij|"
    r"politici|politicus)\w*|tering\w*|tyfus\w*|klere\w*|takke\w*|"
    r"(?:pleur|rot|flikker|sodemieter|donder|tyf|tief)\s+(?:toch\s+|maar\s+|gewoon\s+)?op|"
    r"fuck\s+(?:off|you)|go\s+to\s+hell"
    r")(?!\w)",
    re.IGNORECASE,
)

# Weak frames: not an opinion alone, but they make a positive adjective count.
WEAK_FRAME_RE = rx.compile(
    r"(?<!\w)(?:wat\s+een|eindelijk|terecht|(?:persoonlijk\s+)?(?:ik\s+vind|vind\s+ik)|"
    r"(?:helemaal\s+)?mee\s+eens|ben\s+ik\s+(?:het\s+)?(?:helemaal\s+)?met\s+(?:u|je|jou)\s+eens|"
    r"i\s+(?:totally\s+|fully\s+)?agree|agreed|"
    r"what\s+a|finally|volgens\s+mij|personally|persoonlijk)(?!\w)",
    re.IGNORECASE,
)

# A form of "kunnen" earlier in the sentence: "terecht" is then a verb particle.
CAN_BEFORE_RE = rx.compile(r"(?<!\w)(?:kunt|kun|kan|kunnen|kon|konden)(?!\w)[^.!?\n]*$", re.I)


def can_before(text: str, pos: int) -> bool:
    """Whether "terecht" at ``pos`` follows a form of "kunnen" in its sentence (a verb
    particle: "daar kunt u terecht", not "terecht dat …")."""
    return CAN_BEFORE_RE.search(text, max(0, pos - 90), pos) is not None


SARCASM_RE = rx.compile(
    r"(?:(?<!\w)(?:weer\s+eens|lekker\s+bezig|goed\s+bezig\s+hoor|knap\s+hoor|"
    r"nou\s+nou|tsja|pfff+|zucht|yeah\s+right|slow\s+clap|impressive\s+how)(?!\w))"
    r"|\U0001f926|\U0001f644|\U0001f921|\U0001f92e|\U0001f92c|\U0001f621|\U0001f44e",
    re.IGNORECASE,
)

NEGATIONS = frozenset(
    "niet geen nooit allerminst not never".split()  # noqa: SIM905
)
_TOKEN_RE = rx.compile(r"\w+(?:[-']\w+)*")
EMOJI = (
    "\U0001f926",
    "\U0001f644",
    "\U0001f921",
    "\U0001f92e",
    "\U0001f92c",
    "\U0001f621",
    "\U0001f44e",
)

# First words of the phrases above: a pattern is only tried where one of them starts.
FRAME_HEADS = frozenset(
    "is wordt was blijft historische grote enorme kapitale snap snapt snappen de verkeerde "
    "amateurisme incompetentie onkunde chaos helemaal mee ben agree agreed ik we vind vinden "
    "wij naar mijns onbegrijpelijk een schande schandalig schandelijk belachelijk "
    "bespottelijk absurd moet moeten mag mogen wegstemmen stem weg aftreden opstappen "
    "wanbeleid puinhoop farce bananenrepubliek dictatuur falen faalt gefaald faal blunder "
    "blunders geblunder hoe walgelijk misselijkmakend onzin kul bullshit kletskoek van te "
    "lachertje lachwekkend hypocrisie arrogantie chapeau bravo hulde petje goed respect "
    "achter niet veel onderschat onvermogen zwalkend gedraai i in imo disgrace ridiculous "
    "pathetic shameful incompetent clueless must should step great well terrible awful far way "
    "much "
    "disastrous outrageous stupid idiotic corrupt liar liars lying failed failure zooi "
    "liegt liegen loog logen gelogen leugenaar leugenaars "
    "pure complete totale regelrechte waanzin krankzinnig schaam persoonlijk mijn m'n "
    "my mooi fijn blij terecht top prima geweldig knap werd hoog ashamed insane trots sterk "
    "helder scherp good fair excellent "
    "madness nonsense "
    "zootje puinzooi janboel poppenkast prutswerk knoeiwerk geklungel gepruts amateurs niks "
    "niets bakt bakken onhoudbaar dat a shame unacceptable not "
    "if to frankly penny pound short-sighted shortsighted makes won't doesn't will does "
    "anyone don't do can't cannot what dropping abandoning letting throwing".split()  # noqa: SIM905
)
INSULT_HEADS = frozenset(
    "prutser prutsers klungel klungels klungelaar klungelaars sukkel sukkels idioot idioten "
    "debiel debielen clown clowns pannenkoek pannenkoeken leugenaar leugenaars zakkenvuller "
    "zakkenvullers oplichter oplichters volksverrader volksverraders landverrader "
    "landverraders dictator dictators fascist fascisten nazi nazis nazi's marionet "
    "marionetten knechtje knechtjes lakei lakeien loser losers mafkees halve dwaas dwazen "
    "lamme eikel eikels hufter hufters zakkenwasser zakkenwassers boeven schurken moron "
    "morons idiot idiots crook crooks traitor traitors kanker krijg pleur rot flikker "
    "sodemieter donder tyf tief fuck go".split()  # noqa: SIM905
)
CURSE_PREFIXES = ("kanker", "tering", "tyfus", "klere", "takke")
SARCASM_HEADS = frozenset(
    ["weer", "lekker", "goed", "knap", "nou", "tsja", "zucht", "yeah", "slow", "impressive"]
)
WEAK_HEADS = frozenset(
    "wat eindelijk terecht ik vind persoonlijk what finally helemaal mee ben i agreed volgens "
    "personally".split()  # noqa: SIM905
)
# Frames that praise (polarity +1) or only announce an opinion (0); all others criticise.
POSITIVE_FRAMES = frozenset(
    "chapeau bravo hulde petje goed respect great well dat mooi fijn blij terecht top prima "
    "geweldig knap trots sterk helder scherp good fair excellent".split()  # noqa: SIM905
)
NEUTRAL_FRAMES = frozenset(
    "ik vind vinden wij we naar mijns i in imo persoonlijk mijn m'n my werd hoog if to "
    "frankly".split()  # noqa: SIM905
)


# "belachelijk vroeg", "waanzinnig goed": an intensifier, not a judgement. "slecht nieuws",
# "verschrikkelijk weer": describes the news or the weather, not a person or policy.
_NOT_JUDGED = frozenset(
    "vroeg laat veel weinig goed mooi lang kort druk leuk lekker hard snel duur goedkoop groot "
    "klein simpel makkelijk warm koud vaak blij trots nieuws weer bericht berichten".split()  # noqa: SIM905
)
_NEXT_WORD_RE = rx.compile(r"[ \t]+(\w+)")


def _softened(text: str, end: int) -> bool:
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1).lower() in _NOT_JUDGED


# Common head words that start a frame only before one of these words ("mooi dat", "goed
# punt", "mijn mening"): the phrase pattern is not tried elsewhere.
_THAT = ("dat",)
_NEXT: dict[str, tuple[str, ...]] = {
    "mijn": ("mening", "persoonlijke", "eigen"),
    "m'n": ("mening", "persoonlijke", "eigen"),
    "my": ("personal", "own"),
    "goed": ("dat", "zo", "bezig", "punt"),
    "terecht": ("dat", "punt"),
    "sterk": ("punt",),
    "helder": ("punt",),
    "scherp": ("punt",),
    "good": ("point",),
    "fair": ("point",),
    "excellent": ("point",),
    "great": ("job", "point"),
    "werd": ("tijd", "ook", "wel", "eens"),
    "hoog": ("tijd",),
    "trots": ("op",),
    **{w: _THAT for w in ("mooi", "fijn", "blij", "top", "prima", "geweldig", "knap")},
}


def _next_fits(text: str, end: int, head: str) -> bool:
    want = _NEXT.get(head)
    if want is None:
        return True
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1).lower() in want


SPECIAL_PREFIXES = ("draaikont", "kut", "pfff", *CURSE_PREFIXES)
ANY_HEAD = FRAME_HEADS | INSULT_HEADS | SARCASM_HEADS | WEAK_HEADS
_SPECIAL_FIRST = frozenset(p[0] for p in SPECIAL_PREFIXES)  # a cheap test first


def _phrases(
    text: str,
    tok: re.Match[str],
    w: str,
    end: int,
    found: list[Opinion],
    weak_frames: list[Opinion],
) -> None:
    """Try the phrase patterns whose first word stands at ``tok``."""
    pos = tok.start()
    if (w in FRAME_HEADS and _next_fits(text, tok.end(), w)) or w.startswith("draaikont"):
        m = FRAME_RE.match(text, pos, end)
        if m and not _softened(text, m.end()):
            pol = 1.0 if w in POSITIVE_FRAMES else 0.0 if w in NEUTRAL_FRAMES else -1.0
            found.append(Opinion(m.start(), m.end(), "frame", pol))
    if w in INSULT_HEADS or (w.startswith("kut") and len(w) > 3) or w.startswith(CURSE_PREFIXES):
        m = INSULT_RE.match(text, pos, end)
        if m:
            found.append(Opinion(m.start(), m.end(), "insult", -1.0))
    if w in SARCASM_HEADS or w.startswith("pfff"):
        m = SARCASM_RE.match(text, pos, end)
        if m:
            found.append(Opinion(m.start(), m.end(), "sarcasm", -0.5))
    if w in WEAK_HEADS:
        m = WEAK_FRAME_RE.match(text, pos, end)
        if m and w == "terecht" and can_before(text, pos):
            m = None  # "daar kunt u terecht": the verb terechtkunnen, not "justly"
        if m:
            weak_frames.append(Opinion(m.start(), m.end(), "weak", 0.0))


def find_opinions(
    text: str, start: int = 0, end: int | None = None, *, weak: bool = False
) -> list[Opinion]:
    """Opinion evidence inside ``text[start:end]`` (spans in ``text`` coordinates).

    Token-driven: each phrase pattern is tried only where one of its first words
    stands, and adjectives are one dictionary look-up each.
    """
    end = len(text) if end is None else end
    lex = lexicon()
    found: list[Opinion] = []
    adjectives: list[Opinion] = []
    weak_frames: list[Opinion] = []
    previous: list[str] = []
    for tok in _TOKEN_RE.finditer(text, start, end):
        w = tok.group().lower()
        if w in ANY_HEAD or (w[0] in _SPECIAL_FIRST and w.startswith(SPECIAL_PREFIXES)):
            _phrases(text, tok, w, end, found, weak_frames)
        entry = lex.get(w) if len(w) > 2 else None
        if entry is not None:
            pos = tok.start()
            pol = entry[0]
            if previous and (previous[-1] in NEGATIONS or previous[-2:-1] == ["niet"]):
                pol = -pol
            if abs(pol) >= MIN_POLARITY and not _softened(text, tok.end()):
                adjectives.append(Opinion(pos, tok.end(), "lexicon", pol))
        previous.append(w)
    for emoji in EMOJI:
        i = text.find(emoji, start, end)
        if i >= 0:
            found.append(Opinion(i, i + len(emoji), "sarcasm", -0.5))
    has_frame = bool(found) or bool(weak_frames)
    found.extend(a for a in adjectives if a.polarity < 0 or has_frame)
    if weak:
        found.extend(weak_frames)
    found.sort(key=lambda o: o.start)
    return found
