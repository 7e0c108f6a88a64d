# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Open-class insult frames for the tone detector: the frame carries the insult, not the word.

Insult vocabulary is open ("analfabeet", "zuurpruim", "muppet", "vetklep"), so a
word list never catches up. These frames recognise the *position* of an insult:

- a vocative after a comma, aimed at the reader: "Lees je brief eens, analfabeet.";
  "jij vuile …", "you absolute …";
- a derisive collective: "stelletje nutteloze vreters", "wat een zootje …";
- a strongly negative judgement of a person: "die wethouder is zo corrupt",
  "sommige bijstandsmoeders zijn gewoon lui", "corrupte wethouders" (adjectives and
  their polarity from the opinion lexicon, emotions and health excluded);
- an animal comparison: "dom als een ezel".

Called by :mod:`meedoen.core.text.toon_broad` for sentences holding a trigger word,
which filters quotations and condemnations; word polarity comes from the opinion
lexicon (``pattern_nl_sentiment``), the short word lists here are meedoen's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from meedoen.core import rx
from meedoen.core.text.document import Token
from meedoen.core.text.opinion import lexicon

# Feelings and health describe, they do not judge ("ze zijn boos", "hij is ziek").
_NOT_JUDGING = frozenset(
    "boos bang verdrietig teleurgesteld gefrustreerd kwaad ongerust eenzaam bezorgd moe ziek "
    "slecht zwak onzeker nerveus zenuwachtig angstig somber depressief wanhopig eerlijk "
    "kritisch streng sad angry upset worried tired sick afraid scared pissig woedend chagrijnig "
    "geïrriteerd geirriteerd furious mad slechts slechte slechter slechtst slechtste".split()
)
NEG_ADJ = (
    frozenset(w for w, (polarity, _) in lexicon().items() if polarity <= -0.7 and " " not in w)
    - _NOT_JUDGING
)
NEG_ADJ |= frozenset("corrupte lui luie nutteloze spineless dikke vette vuile".split())
_VERBS = frozenset("zijn is bent are was waren".split())
_INTENS = frozenset(
    "echt gewoon allemaal zo so too really just toch helemaal compleet totally ook erg heel very "
    "extreem ontzettend vreselijk verschrikkelijk ongelofelijk enorm behoorlijk nogal best een a an "
    "de the".split()
)
_SELF = frozenset("ik wij we i het dit dat er".split())
_PRONOUNS = frozenset("hij zij ze je jij jullie u you they he she die deze ik wij we i".split())
_PERSONISH = rx.compile(
    r"(?:hij|zij|ze|je|jij|jullie|u|you|they|he|she|die|deze|\w*(?:leden|ers|aars|isten|anen|"
    r"moeders|vaders|mensen|ambtenaren|burgers|bewoners|kiezers|politici|minister|ministers|wethouder|"
    r"wethouders)|lid|lui|man|vrouw|vent|kerel|burgemeester|directie|bestuur|raad|college|kabinet|"
    r"politie|ombudsman|alderman|mayor|mp|mps|officials|people|staff|manager|managers|baas|collega|"
    r"collega's)",
    re.IGNORECASE,
)
_POLITE = frozenset(
    "schat lieverd maat vriend vriendin buurman buurvrouw collega collega's allemaal iedereen "
    "jongens mensen team meneer mevrouw papa mama kanjer topper held toppers kampioen dames heren "
    "lieve beste folks guys all everyone friends mate buddy love dear sir madam hoor zeg joh jongen "
    "meid meiden man ofzo toch dan nou ja nee hè he uiteraard natuurlijk zeker inderdaad dus ook wel "
    "niet gewoon eigenlijk trouwens maar ok oké okay thanks bedankt dank please graag alvast succes "
    "groet groeten voor nu hier daar zo ermee erbij".split()
)
_VOCATIVE_RE = rx.compile(
    r",\s+(?:(?:ouwe|vieze|vuile|domme|stomme|achterlijke|zielige|kleine)\s+)?(\w+)\s*[.!?]*\s*$"
)
_ADDRESS_RE = rx.compile(r"\b(?:je|jij|jouw|jullie|u|uw|you|your|toch|eens|nou)\b")
_SLUR_ADDRESS_RE = rx.compile(
    r"\b(?:jij|jullie|you)\s+(?:vuile|domme|stomme|vieze|achterlijke|kleine|zielige|vette|dikke|"
    r"absolute|complete|total|utter|bloody|fucking|stupid|little|pathetic|dumb|silly)\s+\w+"
)
_COLLECTIVE_RE = rx.compile(
    r"(?:^|[,.!?:;]\s*|wat\s+een\s+|die\s+)(?:stelletje|zootje|bunch\s+of|pack\s+of)"
    r"\s+(?:\w+\s+)?\w+"
)
_ANIMAL_RE = rx.compile(
    r"\b\w+\s+als\s+(?:een|de)\s+(?:ezel|varken|aap|rat|slang|hond|koe|kip|gans|oen|pest|"
    r"bosaap|baviaan|hyena|worm|luis|bloedzuiger)\b"
)
# Mocking someone pointed at: "nog zo'n … van het ministerie die …", "kijk die … eens 😂".
_MOCK_RE = rx.compile(
    r"\b(?:nog|weer|alweer)\s+zo'n\s+\w+\s+(?:van|bij|uit)\s+(?:de|het)\s+\w+\s+die\b"
    r"|\bkijk\s+(?:die|dat|deze)\s+(?:\w+\s+){1,6}?(?:eens|nou)\b[^.!?\n]{0,30}(?:😂|🤣|haha)"
    r"|(?:haha|😂|🤣)[^.!?\n]{0,20}\bkijk\s+(?:die|dat|deze)\s+(?:\w+\s+){1,6}?(?:eens|nou)\b"
)
_ALL_ARE_RE = rx.compile(
    r"\balle\s+\w+\s+zijn\s+(?:\w+\s+){0,2}?(?:terroristen|criminelen|dieven|zakkenrollers|verkrachters|"
    r"profiteurs|uitvreters|parasieten|tuig|lui|dom|gevaarlijk|achterlijk|leugenaars|oplichters)\b"
    r"|\ball\s+\w+\s+are\s+(?:\w+\s+){0,2}?(?:terrorists|criminals|thieves|rapists|parasites|lazy|stupid)\b"
)
# Trigger words: the rarer word of each frame (a vocative is found by VOCATIVE_END_RE).
GATE = (
    frozenset(
        "stelletje zootje bunch pack ezel varken aap slang koe kip gans oen bosaap baviaan hyena "
        "worm luis bloedzuiger terroristen criminelen dieven zakkenrollers verkrachters profiteurs "
        "uitvreters parasieten tuig leugenaars oplichters terrorists criminals thieves rapists "
        "parasites vuile domme stomme vieze achterlijke zielige vette dikke absolute utter bloody "
        "fucking stupid pathetic dumb silly haha 😂 🤣".split()
    )
    | NEG_ADJ
)
# A post whose sentence ends in ", <word>": a possible vocative.
VOCATIVE_END_RE = rx.compile(r",\s+(?:\w+\s+)?\w+\s*[.!?]*\s*(?:$|\n)")
# "nog zo'n …" / "kijk die …": trigger only with their companion word.
# Common trigger words count only with a companion ("lezen" with "niet"/"kunt", "terug" with "ga").
COMPANIONS = {
    "zo'n": frozenset(("nog", "weer", "alweer")),
    "kijk": frozenset(("haha", "😂", "🤣")),
    "lezen": frozenset(("niet", "kunt", "kan")),
    "read": frozenset(("can't", "cant", "can", "even")),
    "leven": frozenset(("zoek",)),
    "terug": frozenset(("ga", "rot", "flikker", "donder", "oprotten")),
    "back": frozenset(("go", "sent", "send")),
    "niemand": frozenset(("wachten", "vroeg")),
    "bezig": frozenset(("lekker",)),
    "meneer": frozenset(("weer",)),
    "mevrouw": frozenset(("weer",)),
    "halen": frozenset(("kom",)),
    "hoop": frozenset(("sterft", "doodgaat", "verrekt", "crepeert", "creperen", "krijgt", "klap")),
    "houden": frozenset(("kop", "bek", "mond", "smoel", "waffel", "muil")),
    "hou": frozenset(("kop", "bek", "mond", "smoel", "waffel", "muil")),
    "houd": frozenset(("kop", "bek", "mond", "smoel", "waffel", "muil")),
    "elkaar": frozenset(("slaan", "trappen", "timmeren", "rammen")),
}


def frame_hits(low: str, a: int, b: int, tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of insult frames in the sentence low[a:b]; kind is "scheld"."""
    sent = low[a:b]
    out: list[tuple[int, int, str]] = []
    v = _VOCATIVE_RE.search(sent)
    if v is not None and v.group(1) not in _POLITE and _ADDRESS_RE.search(sent, 0, v.start()):
        out.append((a + v.start(1), a + v.end(1), "scheld"))
    for pattern in (_SLUR_ADDRESS_RE, _COLLECTIVE_RE, _ANIMAL_RE, _ALL_ARE_RE, _MOCK_RE):
        m = pattern.search(sent)
        if m is not None:
            out.append(
                (a + m.start(), a + m.end(), "groep" if pattern is _ALL_ARE_RE else "scheld")
            )
    toks = [t.lower for t in tokens if a <= t.start < b]
    spans = [(t.start, t.end) for t in tokens if a <= t.start < b]
    for i, w in enumerate(toks):
        if w not in NEG_ADJ:
            continue
        j = i - 1
        while j >= 0 and toks[j] in _INTENS:
            j -= 1
        if (
            j >= 1
            and toks[j] in _VERBS
            and toks[j - 1] not in _SELF
            and _PERSONISH.fullmatch(toks[j - 1])
        ):
            out.append((spans[j - 1][0], spans[i][1], "scheld"))
        elif (
            i + 1 < len(toks) and toks[i + 1] not in _PRONOUNS and _PERSONISH.fullmatch(toks[i + 1])
        ):
            out.append((spans[i][0], spans[i + 1][1], "scheld"))
    return out


_POLITICAL_WORDS = frozenset(
    "kamerlid kamerleden wethouder wethouders alderman staatssecretaris burgemeester raadslid "
    "raadsleden raadsvrouw raadsheer gemeenteraad college mp mps council councillor councillors "
    "mayor mayors aldermen councilor councilors senator senators "
    "politicus politici politician politicians partij partijen pvv vvd cda d66 glpvda sp bbb nsc "
    "ja21 fvd premier kabinet regering".split()
)
_TOKEN_RE = rx.compile(r"\w+(?:'\w+)?")


def political(low: str) -> bool:
    """A politician, party or political body is mentioned (cheap: words and one substring)."""
    return "minister" in low or not _POLITICAL_WORDS.isdisjoint(_TOKEN_RE.findall(low))
