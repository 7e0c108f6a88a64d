# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""People recognisable without a name, and what makes a story about them safe or not.

Civil servants rarely leak a name; they describe: "mevrouw van 87 uit de
Reigerstraat", "die buurman van 3 hoog", "a 13-year-old girl from
Woensel-Noord", "onze nieuwe directeur", "marieke van de salarisadministratie".
Together with a sensitive circumstance in the same sentence that is personal
data (AVG art. 4: a person who can be identified *indirectly*). This module
holds the patterns of :mod:`meedoen.core.detectors.builtin.herkenbaar`:

- :data:`DESCRIBED_RE`: one person described by a determiner or possessive and
  a noun for a person ("die moeder", "the lady", "onze nieuwe pm");
- :data:`DETAIL_RE`: what narrows a description down to one person (an age, a
  house number, a street, a school class);
- :data:`WORK_SOURCE_RE`: the author knows it through work (a file, a home visit);
- :data:`PRONOUN_RE`: a later sentence that goes on about that person;
- :data:`SAFE_RE`: the person made it public themselves, or the story is
  anonymised; :data:`GENERAL_RE`: a rule or a hypothetical, not a person.
"""

from __future__ import annotations

import re

from meedoen.core import rx
from meedoen.core.text.pii_boundary import push_boundary
from meedoen.core.text.pii_person import DESCRIPTION_NOUNS, KIN_WORDS, ROLE_WORDS

# Nouns for one person: the relations, case roles and descriptions of
# :mod:`meedoen.core.text.pii_person`, without the roles that are mostly said of anyone in a
# policy sentence ("de statushouder krijgt een woning"), plus these.
_MORE_NOUNS = (
    "eigenaar|eigenaresse|oud-collega|directeur|wethouder|burgemeester|zanger|zangeres|trainer|"
    "juf|meester|drummer|lad|girl|boy|kid|gentleman|mum|mom|dad|mother|father|son|daughter|"
    "neighbour|neighbor|pupil|student|tenant|colleague|director|boss|owner|pm|prof|speler|"
    "voetballer|footballer|player|weduwe|weduwnaar|echtpaar|stel|gezin|familie|agent|docent|"
    "leraar|lerares|arts|verpleegkundige|chauffeur|bezorger|postbode|kapper|bakker|slager|"
    "uitbater|scholier|tiener|puber|baby|peuter|kleuter|dakloze|slachtoffer|nurse|teacher|cop|"
    "officer|driver|teen|teenager|toddler|couple|family|widow|dude|bloke|chap|aunt|uncle|grandma|"
    "grandpa|brother|sister|friend|victim|inmate|refugee"
)
_GENERIC_ROLES = frozenset(
    "inwoner inwoonster uitkeringsgerechtigde statushouder asielzoeker medewerker deelnemer "
    "deelneemster verdachte".split()
)
NOUNS = (
    frozenset(f"{ROLE_WORDS}|{KIN_WORDS}|{_MORE_NOUNS}".split("|")) | DESCRIPTION_NOUNS
) - _GENERIC_ROLES
DETERMINERS = frozenset(
    "die deze de dat het onze ons mijn m'n een zo'n that this the a an our my "
    "young jonge oude alleenstaande single whose wiens wier".split()
)
POSSESSIVES = frozenset("onze ons mijn m'n our my".split())
WORD_RE = rx.compile(r"[\w'-]+")
# After a noun: where the person lives or works ("buurman van nr 3", "neighbour from no. 7").
NOUN_PLACE_RE = rx.compile(
    r"\s+(?:van|uit|from|on|in|of)\s+(?:(?:de|het|our|my|the|ons|onze|mijn)\s+)?"
    r"(?:\d|(?:no|nr|nummer)\.?\s*\d|[\w-]+(?:straat|laan|weg|plein|team|afdeling|department)"
    r"(?![\w-]))"
)
# After a first name: a team or department ("marieke van de salarisadministratie").
TEAM_AFTER_RE = rx.compile(
    r"\s+(?:van|uit|from|on|in|at)\s+(?:(?:de|het|our|my|the|ons|onze|mijn)\s+)?(?:[\w-]+\s+)?"
    r"(?:team|afdeling|department|salarisadministratie|administratie|handhaving|inkoop|hr|it|"
    r"ict|legal|finance|financiën|communicatie|receptie|balie|[\w-]*team)(?![\w-])"
)
# After a noun: what sets the person apart ("bewoner met de fiets met het roze mandje").
NOUN_WITH_RE = rx.compile(
    r"\s+(?:met\s+(?:de|het|een|die|dat|zijn|haar)|with\s+(?:the|a|that|his|her))\s"
)
# Nouns that always point at one person, also without a determiner.
ALONE = frozenset("meneer mevrouw mijnheer eigenaar eigenaresse".split())
# ... and at the start of a sentence (not "man", "vrouw": "Man belt RIVM op" is a headline).
FIRST_ALONE = ALONE | frozenset("moeder vader bewoner bewoonster".split())
INITIAL_AGE_RE = rx.compile(r"(?<![\w-])[a-z]\.\s*\(\d{1,2}\)")


def described(low: str, start: int, end: int, names: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the people described in ``low[start:end]`` (lower case): a determiner or
    possessive and a noun for a person within three words ("die 'bekende' zanger", "a young
    mum"), a noun with a place ("neighbour from no. 7"), a first name in lower case after a
    possessive or before a team ("onze jolien", "tom from it"), an initial with an age."""
    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(low, start, end)]
    out = []
    for i, (ws, we, word) in enumerate(words):
        noun = word.split("-", 1)[1] if word.startswith(("ex-", "oud-")) else word
        before = words[max(0, i - 3) : i]
        if noun in NOUNS:
            det = next((b for b in reversed(before) if b[2] in DETERMINERS), None)
            if det is not None:
                out.append((det[0], we))
            elif m := NOUN_PLACE_RE.match(low, we) or NOUN_WITH_RE.match(low, we):
                out.append((ws, m.end()))
            elif noun in ALONE or (noun in FIRST_ALONE and not low[start:ws].strip()):
                out.append((ws, we))  # "Meneer is sinds kort dement", "Moeder ligt in bed"
        elif word in names:
            own = next((b for b in reversed(before[-2:]) if b[2] in POSSESSIVES), None)
            if own is not None:
                out.append((own[0], we))
            elif m := TEAM_AFTER_RE.match(low, we):
                out.append((ws, m.end()))
    out += [m.span() for m in INITIAL_AGE_RE.finditer(low, start, end)]
    return out


# What narrows a description down to one person: an age, or a place (a house number, a
# street, a school class, "om de hoek", "iedereen weet wie").
AGE_RE = rx.compile(
    r"(?<![\w-])(?:van\s+\d{1,2}(?:\s+jaar)?(?![\d.,:]\d)|\(\d{1,2}\)|\d{1,2}-jarige|"
    r"\d{1,2}[- ]year[- ]old|,\s*\d{2}\s*,|aged\s+\d{1,2})"
)
_DISTRICT = r"\s+(?:de\s+|the\s+)?[a-z]+-(?:noord|zuid|oost|west|centrum)"
PLACE_RE = rx.compile(
    push_boundary(
        r"(?<!\w)(?:nr\.?\s*\d|no\.?\s*\d|nummer\s*\d|huisnummer\s*\d|groep\s*\d|klas\s*\d|"
        r"havo[- ]?\d|vwo[- ]?\d|vmbo[- ]?\d|om\s+de\s+hoek|around\s+the\s+corner|"
        r"hier\s+in\s+de\s+(?:straat|buurt|wijk)|corner\s+house|iedereen\s+weet\s+wie|"
        r"jullie\s+weten\s+(?:wel\s+)?wie|weten\s+wel\s+wie|raad\s+maar|you\s+know\s+who|"
        r"you\s+all\s+know|je\s+kent\s+(?:hem|haar|ze)\s+wel|iedereen\s+(?:\w+\s+){0,3}?kent\s+(?:hem|haar)|"
        r"school|college|afdeling|department|"
        rf"team|uit{_DISTRICT}|from{_DISTRICT}|in{_DISTRICT})"
    )
)
FLOOR_RE = rx.compile(r"\d\s*hoog(?!\w)")  # "van 3 hoog"
STREET_SUFFIXES = tuple("straat laan weg plein gracht kade singel dijk dreef hof".split())


def has_place(low: str) -> bool:
    """A house number, street, school class … anywhere in the post (:data:`PLACE_RE`, or a
    word that ends like a street name: "reigerstraat", "kastanjelaan")."""
    if PLACE_RE.search(low) or ("hoog" in low and FLOOR_RE.search(low)):
        return True
    return any(w.rstrip(".,!?;:)'\"").endswith(STREET_SUFFIXES) for w in low.split())


# One person introduced without a determiner that points at them: "een jongen", "a man".
INDEFINITE_RE = rx.compile(r"(?:een|a|an)\s")
# The author is part of the story ("ken zijn familie", "one of our youth workers"): a police
# message in the third person ("Een man (34) is aangehouden in de Kerkstraat") is not.
FIRST_PERSON_RE = rx.compile(
    push_boundary(r"(?<!\w)(?:ik|we|wij|mijn|m'n|onze|ons|me|mij|i|my|our|us)(?![\w'])")
)
# The wording of a police message, which the police publish themselves.
POLICE_MESSAGE_RE = rx.compile(
    r"(?<!\w)(?:is|werd|zijn|werden)\s+(?:\w+\s+){0,3}?(?:aangehouden|gearresteerd|opgepakt|"
    r"ingesloten|arrested)(?!\w)"
)
# ... also without the pronoun, as people write: "Ken zijn familie nog van vroeger."
FIRST_PERSON_VERB_RE = rx.compile(
    r"(?:^|[.!?\n]\s*)(?:ken|kende|zag|hoorde|heb|had|sprak|kreeg|saw|heard|met|spoke)\s"
)
# A plural group before the circumstance: "mensen … in de ggz", "kinderen in de jeugdzorg".
GROUP_BEFORE_RE = rx.compile(
    r"(?<![\w-])(?<!her )(?<!his )(?<!haar )(?<!zijn )(?<!z'n )(?<!d'r )(?<!\d )"
    r"\w*(?:mensen|personen|patiënten|cliënten|kinderen|jongeren|ouderen|bewoners|"
    r"gezinnen|families|vrouwen|mannen|zorgverleners|people|patients|clients|kids|children)"
    r"\s+(?:[\w'-]+\s+){0,6}$",
)
# Everyday or figurative words of the special-category list that need the tight link of
# the special-category detector: "het is de schuld van", "ik word er ziek van".
LOOSE_UNSAFE = frozenset(
    "ziek ziekte deal dealt dealen gestolen steelt dief oplichter crimineel ongeneeslijk "
    "blind doof opgenomen ms corona covid fraudeur".split()
) | {"positief getest", "besmet met"}
# The author knows it through work.
WORK_SOURCE_RE = rx.compile(
    push_boundary(
        r"(?<!\w)(?:ons\s+systeem|our\s+system|in\s+het\s+dossier|dossier\s+van|zijn\s+dossier|"
        r"haar\s+dossier|her\s+file|his\s+file|huisbezoek|keukentafelgesprek|spreekuur|intake|"
        r"aan\s+(?:de|onze)\s+balie|at\s+(?:our|the)\s+counter|keuring|zitting|interview|caseload|"
        r"mijn\s+cli[eë]nt|mijn\s+klant|my\s+client|our\s+client|bij\s+ons\s+(?:in|binnen)|"
        r"came\s+in|kwam\s+binnen|binnenliep|begeleid|nachtdienst|night\s*shift|dienst|"
        r"(?:een|a|an)\s+(?:cli[eë]nte?|klant|patiënte?|patient|leerling|pupil|aanvrager|applicant|"
        r"huurder|tenant|bewoner|bewoonster|resident)(?![\w-]))",
    )
)
PRONOUN_RE = rx.compile(
    push_boundary(
        r"(?<!\w)(?:hij|zij|ze|hem|haar|z'n|d'r|he|she|him|his|her|he's|she's)(?![\w'-])",
    )
)
# The person said it in public themselves, or the story is anonymised.
SAFE_RE = rx.compile(
    push_boundary(
        r"(?<!\w)(?:(?:vertelde|vertelt|zei|zegt|maakte|maakt|deelde|deelt|kwam)\s+(?:\w+\s+){0,3}?"
        r"zelf|himself|herself|openly|openlijk|publicly|in\s+de\s+krant|in\s+the\s+paper|op\s+tv|"
        r"on\s+tv|details\s+(?:changed|veranderd|aangepast)|names\s+changed|namen\s+veranderd|"
        r"geanonimiseerd|gefingeerd|fictief|niet\s+herkenbaar|bekendgemaakt|bekend\s+gemaakt|"
        r"niet\s+(?:uit|van)\s+(?:één|een)\s+bepaalde|het\s+kan\s+overal|"
        r"maakte\s+(?:\w+\s+){0,3}?bekend|meldt\s+de|meldde\s+de|aldus|volgens\s+de\s+politie|"
        r"police\s+said|according\s+to)(?![\w-])",
    )
)


def words_before(cue: str, gap: int) -> re.Pattern[str]:
    """A cue word (alternatives ``cue``) and at most ``gap`` words after it, up to the end of the
    searched stretch: searched in the text right before a circumstance."""
    return rx.compile(rf"(?<![\w-])(?:{cue})\s+(?:[\w'-]+\s+){{0,{gap}}}$")


# A rule or a hypothetical about anyone: "als een cliënt schulden heeft", "if a client …".
GENERAL_RE = rx.compile(
    r"(?<![\w-])(?:als|wanneer|indien|stel\s+dat|if|when|whenever|suppose|elke|iedere|ieder|"
    r"every|any|geen)\s+(?:[\w'-]+\s+){0,2}?(?:een\s+|a\s+|an\s+)?(?:[\w'-]+\s+)?$",
)
# The author about themself right before the circumstance: "ben ik met zwangerschapsverlof".
SELF_BEFORE_RE = words_before(r"ik|i|i'm|i've", 4)
# One's own close family: their story is the author's to tell.
OWN_FAMILY_RE = rx.compile(
    r"(?<![\w-])(?:(?:mijn|m'n|onze|ons|my|our)\s+(?:eigen\s+|own\s+)?(?:zoon|dochter|moeder|"
    r"vader|man|vrouw|partner|kind|kinderen|broer|zus|oma|opa|son|daughter|mother|father|"
    r"husband|wife|kid|kids|brother|sister|mum|mom|dad|mam|pa|ma)|mam|mama|papa|mum|mom|dad)"
    r"(?![\w-])",
)
NEGATION_BEFORE_RE = words_before(r"niet|geen|nooit|not|no|never|zonder|without", 2)
# The circumstance is a sector or a policy topic, not someone's situation: "wachtlijsten in de
# jeugdzorg", "heeft de bijstand verbeterd", "praten over schulden".
TOPIC_BEFORE_RE = words_before(
    r"over|about|aantal|number\s+of|percentage|wachtlijst\w*|beleid\w*|policy|budget\w*|"
    r"bezuinig\w*|aanpak|hervorming|stelsel|kosten|sector|werk\w*\s+(?:in|op|bij)|"
    r"works?\s+(?:in|at|on)|preventie|voorlichting|regels|rules",
    3,
)
TOPIC_AFTER_RE = rx.compile(
    r"\s+(?:[\w'-]+\s+){0,1}?(?:verbeter\w*|hervorm\w*|beleid|policy|stelsel|sector|"
    r"wachtlijst\w*|budget\w*|regels|rules)(?![\w-])",
)
# A condition between the person and the circumstance: "@x als je … die bijstand".
CONDITION_RE = rx.compile(r"(?<![\w-])(?:als|indien|wanneer|if)\s")
# A sentence without a subject goes on about the person before: "… in de raad? zit zelf al 6 jaar
# in de bijstand".
SUBJECTLESS_RE = rx.compile(
    r"\s*(?:[^\w\s]+\s*)*(?:zit|zat|is|was|heeft|had|ligt|lag|krijgt|kreeg|staat|stond|woont|"
    r"got|has|gets)(?![\w-])",
)
# Sentences; not ended by the dot of an initial or an abbreviation ("M. (14)", "no. 7", "dhr.").
SENTENCE_RE = rx.compile(
    r"(?:[^.!?\n]|(?<=(?<![\w])\w)\.|(?<=\bno)\.|(?<=\bnr)\.|(?<=\bdhr)\.|(?<=\bmevr)\.|"
    r"(?<=\bmw)\.|(?<=\bmr)\.|(?<=\bmrs)\.|(?<=\bdr)\.|\.(?=\w))+(?:[.!?]+|\n|$)"
)
