# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Pairing opinions with political targets, for the ``politiek`` detector.

Sentences, reported speech (quotes are skipped), calls to vote, and the
rule that an opinion must stand close to the target it is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from meedoen.core import rx
from meedoen.core.codex import load_reference
from meedoen.core.text.opinion import Opinion
from meedoen.core.text.politics import Target

# A line break ends a sentence unless the next line goes on in lower case (a wrapped line).
SENTENCE_RE = rx.compile(r"(?:[^.!?\n]|\n(?=[ \t]*[a-zà-ÿ]))+[.!?]*")
# Reported speech: "…", '…' and a headline quote after a colon (Minister: 'we …).
QUOTE_RE = rx.compile(r'"[^"\n]{3,}"|(?<!\w)\'[^\'\n]{3,}\'(?!\w)|:\s*\'[^\n]+')
VOTE_RE = rx.compile(
    r"(?<!\w)(?:stem(?:t)?\s+(?:(?:vooral|allemaal|massaal|gewoon|dus|zeker|dan|maar|liever|daarom)\s+)?"
    r"(?:niet\s+)?op|"
    r"stem\s+ze\s+weg|wegstemmen|ga\s+(?:allemaal\s+)?stemmen\s+op|"
    # "stem 18 maart op …", "stem woensdag op …": the day between the verb and the party
    r"stem(?:t)?\s+(?:\d{1,2}\s+(?:maart|march|april|mei|may|juni|oktober|november)|morgen|"
    r"woensdag|donderdag|vandaag|straks|a\.s\.)\s+op|"
    r"ik\s+stem(?:\s+(?:dit\s+keer|deze\s+keer|dit\s+jaar|gewoon|weer|zelf|straks|morgen|toch))?|"
    r"(?:wie|niet|nooit|gewoon|vooral)\s+op\s+(?:de\s+)?\S+\s+stem(?:t|men)|"
    # "als je op zo'n clubje stemt", "wie op zulke partijen stemt"
    r"op\s+(?:zo'n|zulke)\s+(?:\w+\s+)?\S+\s+stem(?:t|men)|"
    # "ik hoop dat de kiezer dit keer kiest voor partijen die …"
    r"kiezers?\s+(?:\w+\s+){0,4}?kiest?\s+voor|"
    r"(?:flyeren|folderen|campagne\s+(?:voeren|lopen)|canvassen|aan\s+de\s+deur)\s+voor|"
    r"(?:don'?t\s+)?vote\s+(?:for|against)|vote\s+them\s+out|"
    r"ik\s+(?:ga|kies)\s+(?:dit\s+keer\s+|deze\s+keer\s+|gewoon\s+|weer\s+|zelf\s+|toch\s+)?voor|"
    r"(?:mijn|m'n)\s+stem\s+gaat\s+(?:\w+\s+){0,2}?naar|"
    r"(?:i'?m|i\s+am|i'?ll\s+be)\s+voting\s+(?:for|against)|"
    # indirect advice: "je weet welk vakje je rood moet maken", "wie zijn stem geeft aan een
    # partij die …, moet niet verbaasd zijn"
    r"(?:je\s+weet|jullie\s+weten|u\s+weet|weet\s+je\s+wel)\s+(?:\w+\s+){0,2}?welk(?:e)?\s+"
    r"(?:vakje|hokje|bolletje)\s+(?:je|u)\s+(?:\w+\s+){0,2}?(?:moet|moeten|kunt|mag)\s+"
    r"(?:maken|kleuren|invullen|aankruisen)|"
    r"wie\s+(?:zijn|haar|je|uw)\s+stem\s+geeft\s+aan\s+(?:een\s+)?partij\s+die|"
    r"weet\s+(?:\w+\s+){0,2}?waar\s+het\s+(?:vakje|hokje|bolletje)\s+zit)(?!\w)",
    re.IGNORECASE,
)
PARTY_WORD_RE = rx.compile(r"\s+(?:de\s+|mijn\s+|onze\s+)?(?:\w+\s+)?partij(?!\w)", re.IGNORECASE)
CAMPAIGN_RE = rx.compile(r"flyeren|folderen|campagne|canvassen|aan\s+de\s+deur", re.IGNORECASE)
VOTE_GUARDS: tuple[str, ...] = ("stem", "vote", "voting", "flyer", "folder", "campagne", "canvas")
VOTE_GUARDS += ("kiezer",)
VOTE_GUARDS += ("aan de deur", "vakje", "hokje", "bolletje")
PARTISAN = frozenset({"party", "politician", "reply"})  # targets where praise is partisan too
CONDOLENCE_RE = rx.compile(
    r"(?<!\w)(?:overleden|overlijden|condoleances?|rust\s+zacht|in\s+memoriam|gestorven|"
    r"passed\s+away|rip)(?!\w)",
    re.IGNORECASE,
)
CONDOLENCE_NEEDLES = ("overl", "condoleance", "rust", "memoriam", "gestorven", "passed", "rip")
MAX_GAP = 90  # characters between target and opinion word within one sentence
WEAK_REACH = 12  # "ik vind de PVV": the target follows the weak frame within a few characters
INSULT_GAP = 45  # an insult must stand close to the politician it is about
# A judgement that opens the next sentence refers back ("VVD wil X. Wat een onzin.").
OPENER_RE = rx.compile(
    r"\s*(?:wat\s+een|schande|belachelijk|bizar|absurd|onzin|triest|zielig|lachwekkend|"
    r"dit\s+is\s+(?:toch\s+)?(?:een\s+)?(?:schande|belachelijk|onzin|absurd|bizar))(?!\w)",
    re.IGNORECASE,
)


def pair_opinion(
    candidates: list[Opinion], targets: list[Target]
) -> tuple[Opinion | None, Target | None]:
    """The best opinion close enough to a target: insults, then criticism, praise last.

    A weak frame ("ik vind") counts only right before its target ("ik vind de PVV …").
    """
    own = [t for t in targets if t.kind == "own"]
    for o in sorted(candidates, key=lambda o: (o.kind != "insult", o.polarity > 0)):
        if o.kind == "weak":
            target = next((t for t in targets if 0 <= t.start - o.end <= WEAK_REACH), None)
            if target is not None:
                return o, target
            continue
        gap = INSULT_GAP if o.kind == "insult" else MAX_GAP
        for group in (own, targets):
            if group:
                target = min(group, key=lambda t: abs(t.start - o.start))
                if abs(target.start - o.start) <= gap or target.kind == "reply":
                    return o, target
    return None, None


def vote_has_target(
    text: str, vote: re.Match[str], targets: list[Target], parties: re.Pattern[str]
) -> bool:
    """A call to vote counts when it names a party or politician, or votes someone away."""
    phrase = vote.group().lower()
    if "niet" in phrase or "weg" in phrase or "against" in phrase or "out" in phrase:
        return True
    if any(w in phrase for w in ("vakje", "hokje", "bolletje", "partij die", "zo'n", "zulke")):
        return True  # indirect advice needs no party name
    if parties.search(vote.group()) is not None:
        return True  # "wie op de PVV stemt"
    after = text[vote.end() : vote.end() + 40]
    return (
        parties.search(after) is not None
        or PARTY_WORD_RE.match(after) is not None
        or PARTY_NEAR_RE.match(after) is not None
        or NAME_AFTER_RE.match(after) is not None
        or any(0 <= t.start - vote.end() <= 40 for t in targets)
    )


# "stem op 18 maart op de partij die …": a party word within a few words after the call.
PARTY_NEAR_RE = rx.compile(
    r"(?:\s+\S+){0,5}?\s+(?:partij|partijen|lijst|kandidaat|party)(?!\w)", re.I
)
# "Ik ga voor Leefbaar Dorpsveen", "stem op Jan de Vries": a capitalised name right after.
NAME_AFTER_RE = rx.compile(r"\s+(?:de\s+|het\s+)?[A-Z][\w-]+")


def is_campaigning(phrase: str) -> bool:
    return CAMPAIGN_RE.match(phrase) is not None


def sentence_spans(text: str, targets: list[Target]) -> Iterator[tuple[int, int]]:
    """Sentence spans; a sentence that opens with a judgement ("Wat een onzin.") and names
    no target of its own is joined to the sentence before it."""
    sentences = [(m.start(), m.end()) for m in SENTENCE_RE.finditer(text)]
    for i, (s, e) in enumerate(sentences):
        if i + 1 < len(sentences) and any(s <= t.start < e for t in targets):
            ns, ne = sentences[i + 1]
            if OPENER_RE.match(text, ns) and not any(ns <= t.start < ne for t in targets):
                e = ne
        yield s, e


# Derision and contempt: mocking a politician or government is treated like an insult
# (ernstig), while a polite or even sharp disagreement stays a risk.
DERISION_RE = rx.compile(
    r"puinhoop|puinzooi|lachertje|lachwekkend|draaikont|zooi|zootje|janboel|bende|potje|"
    r"poppenkast|prutswerk|knoeiwerk|geklungel|gepruts|amateur|hypocri|bananenrepubliek|"
    r"aanfluiting|corrupt|gebak|bakt|bakken|snap\w*\s+(?:er\s+)?(?:helemaal\s+|echt\s+|werkelijk\s+)?"
    r"(?:niets|niks)|a\s+joke|clueless|pathetic|idiotic|stupid",
    re.IGNORECASE,
)


def is_derision(phrase: str) -> bool:
    return DERISION_RE.search(phrase) is not None


# Agreeing with someone else's political opinion is an opinion too ("Helemaal mee eens!").
AGREE_RE = rx.compile(
    r"\s*(?:helemaal\s+|volledig\s+|volkomen\s+|100%\s+)?mee\s+eens|\s*(?:ik\s+ben\s+het|dat\s+ben\s+ik"
    r"(?:\s+het)?)\s+(?:helemaal\s+|volledig\s+)?(?:met\s+(?:u|je|jou)\s+)?eens|\s*zo\s+is\s+het|"
    r"\s*precies\s*[!.,]|\s*dit\s*[!.]|\s*(?:i\s+)?(?:totally\s+|fully\s+|completely\s+)?agree[d]?|"
    r"\s*exactly\s*[!.,]|\s*spot\s+on|\s*hear,?\s+hear|\s*amen\s*[!.,]|\s*eens\s*[!.,]|"
    r"\s*inderdaad\s*[!.,]|\s*klopt\s+helemaal",
    re.IGNORECASE,
)
# The text mentions an election: praise for a party or office-holder is campaigning then.
ELECTION_RE = rx.compile(
    r"verkiezing|stembus|campagne|stemmen\s+op|election|(?<!\w)vote(?!\w)", re.IGNORECASE
)
# Offices of the author's own body, by the kind of organisation in the profile.
OWN_BODY_WORDS: dict[str, tuple[str, ...]] = {
    "gemeente": (
        "wethouder",
        "burgemeester",
        "college",
        "gemeentebestuur",
        "stadsbestuur",
        "coalitie",
    ),
    "provincie": (
        "gedeputeerde",
        "provinciebestuur",
        "college",
        "coalitie",
        "commissaris van de koning",
    ),
    "waterschap": ("dijkgraaf", "dagelijks bestuur", "waterschapsbestuur"),
}


def own_body(organisation: str | None, sentence: str, post: str) -> bool:
    """Does the sentence judge the executive of the author's own gemeente or provincie?

    "Gemeente Utrecht" in the profile and "de wethouder van Utrecht" in the post.
    """
    if not organisation:
        return False
    if organisation.strip().lower().startswith("ministerie van "):
        pattern = _own_ministry(organisation.strip())
        return pattern is not None and pattern.search(sentence) is not None
    kind, _, place = organisation.strip().lower().partition(" ")
    words = OWN_BODY_WORDS.get(kind)
    if not words or len(place) < 3:
        return False
    low = sentence.lower()
    return place in post.lower() and any(w in low for w in words)


@lru_cache(maxsize=16)
def _own_ministry(organisation: str) -> re.Pattern[str] | None:
    """ "de minister van Financiën", "staatssecretaris van IenW" for the author's own ministry."""
    tail = organisation[len("ministerie van ") :].strip()
    forms = {tail, tail.split(",")[0].split(" en ")[0].strip()}
    for item in load_reference("ministeries").items:
        if str(item.get("naam", "")).lower() == organisation.lower():
            abbr = str(item.get("afkorting", ""))
            if len(abbr) >= 3:
                forms.add(abbr)
    forms = {f for f in forms if len(f) >= 3}
    if not forms:
        return None
    body = "|".join(
        re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True)
    )
    return re.compile(
        r"(?<!\w)(?:minister|staatssecretaris|ministerie|bewindspersoon|bewindslieden)\s+"
        rf"(?:van\s+)?(?:{body})(?!\w)",
        re.IGNORECASE,
    )


# An explicit opinion about the author's own policy field ("Mijn persoonlijke mening: een
# vierdaagse schoolweek lost het lerarentekort niet op"), with no party or office named.
ANNOUNCE_RE = rx.compile(
    r"(?:mijn|m'n)\s+(?:persoonlijke\s+|eigen\s+)?mening|persoonlijk\s+(?:denk|vind|geloof)\s+ik|"
    r"(?:ik\s+vind|vind\s+ik)\s+(?:het\s+)?(?:echt\s+|eigenlijk\s+)?(?:dat|onzin|raar|jammer|"
    r"zonde|slecht|goed|verkeerd)|naar\s+mijn\s+(?:mening|idee)|mijns\s+inziens|volgens\s+mij|"
    r"ik\s+(?:ben\s+ervan\s+overtuigd|ben\s+(?:er\s+)?(?:voor|tegen))|"
    r"i'?d\s+(?:strongly\s+)?(?:suggest|urge|recommend)|ik\s+(?:zou|raad)\s+(?:u|je|jullie)\s+"
    r"(?:\w+\s+)?(?:aanraden|adviseren|aan)|"
    r"personally|i\s+(?:really\s+|honestly\s+)?(?:think|believe)|in\s+my\s+(?:personal\s+)?"
    r"(?:view|opinion)|my\s+(?:personal|own)\s+view|imho",
    re.IGNORECASE,
)
# Words at which ANNOUNCE_RE can start (it is tried only there).
ANNOUNCE_FIRST = frozenset(
    "mijn m'n persoonlijk ik vind naar mijns volgens i'd i personally in my imho".split()  # noqa: SIM905
)
# A polite tone: no insult, derision or strong negative word among the opinions.
POLITE_FLOOR = -0.75

# "Wat het kabinet nu voorstelt, …, is onhoudbaar": the clause names the target, the
# judgement follows at the end of a long sentence.
WHAT_CLAUSE_RE = rx.compile(
    r"(?:wat|what)\s+(?:het|de|dit|deze|onze|mijn|the|this|our)\s+\S+\s+(?:\S+\s+)?"
    r"(?:voorstelt|wil|doet|plant|presenteert|besloten\s+heeft|heeft\s+besloten|van\s+plan\s+is|"
    r"proposes|wants|is\s+doing|plans|decided)",
    re.IGNORECASE,
)
# Groups spoken of as one ("al die statushouders moeten terug"): a hateful generalisation.
GROUP_STANCE_RE = rx.compile(
    r"(?:statushouders|asielzoekers|migranten|immigranten|vluchtelingen|buitenlanders|allochtonen|"
    r"gelukzoekers|moslims|marokkanen|turken|polen|illegalen|arbeidsmigranten|refugees|migrants|"
    r"immigrants|asylum\s+seekers|muslims)\s+(?:\w+\s+){0,3}?(?:moeten|mogen|horen|should|must)\s+"
    r"(?:\w+\s+){0,3}?(?:terug|weg|eruit|het\s+land\s+uit|oprotten|opgesloten|uitgezet|"
    r"go\s+back|be\s+deported|get\s+out|leave)(?!\w)",
    re.IGNORECASE,
)
GROUP_WORDS = frozenset(
    "statushouders statushouder asielzoekers asielzoeker migranten immigranten vluchtelingen "
    "buitenlanders allochtonen gelukzoekers moslims marokkanen turken polen illegalen "
    "arbeidsmigranten refugees migrants immigrants asylum muslims".split()  # noqa: SIM905
)
