# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Who is a post about? Person references for the special-category and case detectors.

A person is found by a name (:mod:`meedoen.core.text.names`), an @handle, a
relation ("mijn collega", "collega Ruud", "de buurvrouw"), a case role ("de
cliënt die ik sprak") or a description ("die man", "deze mevrouw"). Each
reference is *strong* (identifiable: a full name, a title with a surname, a
handle, someone known through work) or *weak* (a first name, a relation, a
description). A weak reference becomes strong when the post adds what makes the
person findable: an age ("(87)"), a place or street ("uit de Pijp", "van de
Vlierstraat"), where they live ("woont bij mij om de hoek") or their name
given later ("Hij heet Kees").

A statement can also reach a person through a pronoun: "Mevrouw De Vries (87)
… Na haar heupoperatie …", "meneer Yilmaz, hij krijgt al jaren bijstand".
:func:`pronoun_antecedent` links such a pronoun to the nearest person before it.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from meedoen.core import rx
from meedoen.core.text.names import find_name_pairs, find_names
from meedoen.core.text.pii_scan import Lexicon, Scan, scan

# People an official knows through work: data about them is ernstig even without a name.
_CASE = (
    r"cliënt|client|cliënte|patiënt|patiënte|leerling|klant|aanvrager|aanvraagster|melder|"
    r"huurder|bewoner|bewoonster|gedetineerde|deelnemer|deelneemster|inwoner|inwoonster|"
    r"uitkeringsgerechtigde|statushouder|asielzoeker|verdachte|client|patient|applicant|"
    r"resident"
)
ROLE_WORDS = (
    rf"collega|buurman|buurvrouw|overbuurman|overbuurvrouw|buurjongen|buurmeisje|manager|"
    rf"leidinggevende|baas|teamleider|medewerker|stagiair|stagiaire|meneer|mevrouw|{_CASE}"
)
KIN_WORDS = (
    r"vrouw|man|zoon|dochter|moeder|vader|zus|zusje|broer|broertje|schoonmoeder|schoonvader|"
    r"schoonzus|schoonbroer|zwager|oma|opa|tante|oom|neef|nicht|partner|vriend|vriendin|ex|"
    r"huisgenoot|klasgenoot|teamgenoot|stiefvader|stiefmoeder|kleinzoon|kleindochter"
)
KIN_RE = rx.compile(rf"(?<!\w)(?:mijn|m'n|onze|ons)\s+(?:{KIN_WORDS})(?!\w)", re.IGNORECASE)
# Someone else's relative: a person only in a post about someone known from work ("een klant
# belde: haar man heeft kanker"), where "haar" can only be that person.
KIN_OF_RE = rx.compile(rf"(?<!\w)(?:zijn|haar|hun|z'n|d'r)\s+(?:{KIN_WORDS})(?!\w)")
ROLE_RE = rx.compile(
    rf"(?<!\w)(?:(?:mijn|m'n|onze|ons)\s+(?:{ROLE_WORDS}|{KIN_WORDS})|"
    rf"(?:deze|die)\s+(?:{ROLE_WORDS})|de\s+(?:over)?buur(?:man|vrouw|jongen|meisje)|"
    rf"de\s+(?:{_CASE})(?=,?\s+die\s+(?:ik|we|wij|bij\s+(?:ons|mij|me)|hier|vandaag|gisteren|"
    r"vanochtend|vanmiddag)\s)|"
    r"the\s+(?:applicant|client|claimant|tenant|resident)(?=\s+(?:at|on|from|in|who)\s)|"
    r"(?:the\s+)?neighbou?r(?=\s+(?:at|on|from|in)\s+(?:the\s+)?[a-z]+(?:straat|laan|weg|plein|"
    r"gracht|kade|singel|street|road|lane)\b)|"
    rf"een\s+(?:{ROLE_WORDS}|{KIN_WORDS})\s+van\s+(?:mij|me|ons)|"
    r"(?:my|our)\s+(?:colleague|neighbou?r|manager|boss|mother|father|wife|husband|son|"
    r"daughter|sister|brother|friend|partner|client|patient)|"
    r"(?:this|that)\s+(?:client|patient|applicant|gentleman|lady|resident)|"
    r"a\s+(?:client|patient|colleague)\s+of\s+(?:mine|ours))(?!\w)",
)
# A relation or case role used as a title before a name: "collega Ruud", "cliënt Kees".
BARE_ROLE_RE = rx.compile(
    r"(?<![\w'])(?i:collega|oud-collega|buurman|buurvrouw|overbuurman|overbuurvrouw|"
    r"cliënt|cliënte|client|klant|patiënt|patiënte|leerling|stagiair|stagiaire|bewoner|"
    r"bewoonster|huurder|aanvrager|aanvraagster)(?=\s+[A-ZÀ-Þ][a-zà-ÿ])"
)
BARE_ROLE_WORDS = frozenset(
    "collega oud-collega buurman buurvrouw overbuurman overbuurvrouw cliënt cliënte client klant "
    "patiënt patiënte leerling stagiair stagiaire bewoner bewoonster huurder aanvrager "
    "aanvraagster".split()
)
# Someone described rather than named: "die man", "deze oudere dame", "that guy".
DESCRIPTION_RE = rx.compile(
    r"(?<!\w)(?:(?:die|deze|dat|this|that)\s+(?:(?:oude|oudere|jonge|vervelende|zelfde)\s+)?"
    r"(?:man|vrouw|jongen|meid|meisje|knul|gast|kerel|vent|dame|heer|guy|woman|lady|joch|jochie)|"
    r"een\s+(?:cliënt|cliënte|client|patiënt|patiënte|klant|bewoner|bewoonster)|"
    r"(?:meneer|mevrouw|man|vrouw|dame|heer|mannetje|vrouwtje)(?=\s+van\s+\d{1,3}(?!\d)))(?!\w)",
    re.IGNORECASE,
)
# A family or person by surname: "de familie Yilmaz", "familie De Boer".
FAMILY_RE = rx.compile(
    r"(?<!\w)(?i:familie|gezin|fam\.)\s+(?:(?i:van\s+der|van\s+den|van\s+de|van|de|el)\s+)?"
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
)
DESCRIPTION_NOUNS = frozenset(
    "man vrouw jongen meid meisje knul gast kerel vent dame heer guy woman lady cliënt "
    "cliënte client patiënt patiënte klant bewoner bewoonster meneer mevrouw mannetje "
    "vrouwtje joch jochie".split()
)
BARE_ROLE_CUES = Lexicon(BARE_ROLE_WORDS)  # gates in the shared lexicon scan
DESCRIPTION_CUES = Lexicon(DESCRIPTION_NOUNS)
CASE_ROLE_RE = rx.compile(rf"(?<!\w)(?:{_CASE})(?!\w)", re.IGNORECASE)
STRANGER_RE = rx.compile(r"(?<!\w)(?:deze|die)\s+(?:meneer|mevrouw)(?!\w)")
# Capitalised words that start a sentence or a place name rather than a person's name.
_NOT_NAME_START = (
    "De Het Een Onze Ons Mijn Zijn Haar Deze Die Dit Dat Ook En Maar Want Toen Nu Vandaag "
    "Gisteren Morgen Sinds Noord Zuid Oost West Sint Den Nieuw Oud Groot Klein Hoog Laag "
    "Tweede Eerste Rode Witte Zwarte Blauwe Groene Koning Koningin Prins Prinses Minister "
    "Premier President Staatssecretaris Wethouder Burgemeester Dokter Oom Tante Opa Oma "
    "Heilige Onze-Lieve-Vrouwe Bij Van Voor Met Op In Uit Na Als Wat Wie Hoe Waar Waarom "
    "Ik Jij Hij Zij Wij Jullie Zij Hun Iedereen Niemand Alle Veel Elke Ieder Geen The This"
)
NOT_NAME_START = frozenset(_NOT_NAME_START.split())
NAME_AFTER_ROLE_RE = rx.compile(r"\s+[A-Z][a-zà-ÿ]+(?:\s+(?:van\s|de\s|der\s)*[A-Z][a-zà-ÿ]+)?")
HANDLE_RE = rx.compile(r"(?<![\w@])@\w{2,30}")
# Handles of organisations rather than persons.
ORG_HANDLE_RE = rx.compile(
    r"@(?:[A-Z0-9_]+|(?i:min|gemeente|gem_|politie|rijks|rivm|ggd|nos|nu_?nl|provincie|"
    r"waterschap|omroep|rtl|ad_|telegraaf|volkskrant|nrc|uwv|svb|duo|cbs|kabinet|tweede|"
    r"eerste|overheid|belasting)\w*)$"
)

# What makes a weakly referenced person findable, right after the reference ...
_STREET = r"[A-Z][\wà-ÿ-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|hof)"
IDENTIFIER_AFTER_RE = rx.compile(
    r"(?=[\s,])(?:\s*\(\d{1,3}\)|,\s*\d{1,3}(?:\s+jaar)?,|"
    r"\s+van\s+\d{1,3}(?:\s+jaar)?(?![\d.,]\d))?"
    rf"(?:,?\s+(?:uit|van|in)\s+(?:de\s+|het\s+)?(?:{_STREET}(?:\s+\d{{1,4}}[a-z]?(?!\w))?|"
    r"[A-Z][a-zà-ÿ-]+)(?!\w)|"
    r",?\s+(?:van|op|uit)\s+(?:(?:huis)?nummer|nr\.?)\s*\d{1,4}(?!\d)|"
    r",?\s+(?:uit|van|op)\s+\d{1,4}[A-Za-z](?!\w)|"
    rf",?\s+(?:op|aan)\s+(?:de\s+|het\s+)?{_STREET}\s+\d{{1,4}}(?!\d))?"
    r"(?<=[\w),])"
)
# ... or anywhere after it: their name, where they live.
IDENTIFIER_LATER_RE = rx.compile(
    r"(?<!\w)(?:(?i:hij|zij|ze|die)\s+heet\s+|genaamd\s+|met\s+de\s+naam\s+)[A-Z]|"
    r"(?:(?<!\w)(?i:hij|zij|ze|die|en)|,)\s+woont\s+(?:[\w-]+\s+){0,4}?"
    r"(?:om\s+de\s+hoek|naast|tegenover|vlakbij|hier\s+in|in\s+de\s+\w*straat|op\s+nummer|"
    r"in\s+(?:mijn|onze|de)\s+(?:straat|wijk|buurt|flat))(?!\w)"
)
# A statement reaches a person through a pronoun.
SUBJECT_PRONOUN_RE = rx.compile(
    r"(?<!\w)(?:hij|zij|ze|he|she)\s+(?:[\w-]+\s+){0,5}?$|"
    r"^\s*(?:die|deze)\s+(?:(?:is|was|zit|zat|heeft|had|krijgt|kreeg|ligt|lag|leeft|trekt|"
    r"ontvangt|werkt|klust|loopt)\s+(?:[\w-]+\s+){0,4}?)?$"  # "… Die zit al jaren in de WW"
)
POSSESSIVE_RE = rx.compile(r"(?<!\w)(?:zijn|haar|z'n|d'r|his|her)\s+(?:[\w-]+\s+)?$")
LEADING_PRONOUN_RE = rx.compile(r"\s*(hij|zij|ze|he|she)\s")
CLAUSE_START_RE = rx.compile(r"[,;:.!?\n]|(?<!\w)(?:en|maar|want|omdat|terwijl)(?!\w)")


class Person(NamedTuple):
    start: int
    end: int
    strong: bool
    how: str
    relation: bool = False  # a relation with a first name: "mijn collega Youssef"


def _identified(text: str, end: int) -> str | None:
    """What makes the person ending at ``end`` findable, if the post says it."""
    m = IDENTIFIER_AFTER_RE.match(text, end)
    if m and m.group().strip(" ,"):
        return m.group().strip(" ,")
    low = text[end:].lower()
    if "heet" not in low and "woont" not in low and "naam" not in low:
        return None
    m = IDENTIFIER_LATER_RE.search(text, end)
    return m.group() if m else None


def find_persons(
    text: str,
    low: str,
    exclude: list[str],
    skip_handles: set[str],
    in_function: bool,
    cues: Scan | None = None,
) -> list[Person]:
    """Every person reference in ``text`` (normalised; ``low`` its lower case; ``cues`` its
    lexicon scan, when the caller has it)."""
    names = find_names(text, exclude)
    persons = [Person(n.start, n.end, n.strong, f"naam '{n.text}'") for n in names]
    taken = [(n.start, n.end) for n in names]
    for n in find_name_pairs(text, exclude, NOT_NAME_START):
        if not any(s <= n.start < e or n.start <= s < n.end for s, e in taken):
            persons.append(Person(n.start, n.end, True, f"naampaar '{n.text}'"))
    for m in HANDLE_RE.finditer(text) if "@" in text else ():
        if m.group()[1:].lower() not in skip_handles and not ORG_HANDLE_RE.match(m.group()):
            persons.append(Person(m.start(), m.end(), True, f"account {m.group()}"))
    for m in ROLE_RE.finditer(low):
        named = NAME_AFTER_ROLE_RE.match(text, m.end())  # "onze buurvrouw Ans Willemsen"
        end = named.end() if named else m.end()
        # a full name or a case role is identifiable; "mijn collega Youssef" less so
        strong = bool(named and " " in named.group().strip()) or bool(
            CASE_ROLE_RE.search(m.group())
        )
        strong = strong or (in_function and bool(STRANGER_RE.match(m.group())))
        how = f"'{text[m.start() : end]}'"
        persons.append(Person(m.start(), end, strong, how, bool(named)))
    for m in KIN_OF_RE.finditer(low) if CASE_ROLE_RE.search(low) else ():
        how = f"'{text[m.start() : m.end()]}', familie van iemand die je via je werk kent"
        persons.append(Person(m.start(), m.end(), True, how))
    cues = cues if cues is not None else scan(low, {})
    for m in BARE_ROLE_RE.finditer(text) if cues.has(BARE_ROLE_CUES) else ():
        named = NAME_AFTER_ROLE_RE.match(text, m.end())
        if named and named.group().split()[0] not in NOT_NAME_START:
            # a client by name, or anyone by full name, is identifiable; "collega Ruud" less so
            strong = bool(CASE_ROLE_RE.match(m.group())) or " " in named.group().strip()
            how = f"'{text[m.start() : named.end()]}'"
            persons.append(Person(m.start(), named.end(), strong, how, True))
    for m in FAMILY_RE.finditer(text) if "fam" in low or "gezin" in low else ():
        persons.append(Person(m.start(), m.end(), True, f"'{m.group()}'"))
    for m in DESCRIPTION_RE.finditer(text) if cues.has(DESCRIPTION_CUES) else ():
        persons.append(Person(m.start(), m.end(), False, f"'{m.group()}'"))
    out = []
    for p in persons:
        if not p.strong:
            found = _identified(text, p.end)
            if found:
                p = p._replace(strong=True, how=f"{p.how}, herkenbaar via '{found}'")
        out.append(p)
    return out


def _clause_start(low: str, pos: int) -> int:
    lo = max(0, pos - 60)
    return max((m.end() for m in CLAUSE_START_RE.finditer(low, lo, pos)), default=lo)


def pronoun_antecedent(
    low: str, term_start: int, persons: list[Person], reach: int = 220
) -> tuple[Person, bool, int] | None:
    """The person a pronoun before ``term_start`` refers to: "hij krijgt bijstand",
    "na haar heupoperatie", "hij krijgt bijstand en werkt zwart". The pronoun must open the
    clause of the term; the person is the nearest reference that ends before the pronoun,
    within ``reach`` characters. Returns the person, whether the pronoun is a possessive
    ("haar", "zijn") and where the pronoun starts."""
    if not persons:
        return None
    clause = _clause_start(low, term_start)
    head = low[clause:term_start]
    m = SUBJECT_PRONOUN_RE.search(head)
    possessive = False
    pron = clause + m.start() + len(m.group()) - len(m.group().lstrip()) if m else -1
    if m is None and not head.strip() and low[max(0, clause - 3) : clause] == " en":
        prev = _clause_start(low, clause - 3)  # the subject of the clause before "en"
        first = LEADING_PRONOUN_RE.match(low, prev, clause)
        pron = first.start(1) if first else -1
    if pron < 0:
        m = POSSESSIVE_RE.search(head)
        if m is None:
            return None
        possessive, pron = True, clause + m.start()
    before = [p for p in persons if p.end <= pron and pron - p.end <= reach]
    if not before:
        return None
    return max(before, key=lambda p: (p.end, p.strong)), possessive, pron


def cached_persons(
    text: str, low: str, cache: dict[str, Any], org: Any, author: str | None, in_function: bool
) -> list[Person]:
    """:func:`find_persons` once per check, without the author and the organisation's office
    holders, press and MP handles (``org`` is the organisation pack's data)."""
    hit = cache.get("pii.persons")
    if hit is not None and hit[0] is text:
        return list(hit[1])
    exclude = [o.name for o in org.officials]
    if author:
        exclude.append(author)
    skip = {h.lower().lstrip("@") for h in org.press_handles + org.mp_handles}
    skip |= {(o.handle or "").lower().lstrip("@") for o in org.officials}
    persons = find_persons(text, low, exclude, skip, in_function, scan(low, cache))
    cache["pii.persons"] = (text, tuple(persons))
    return persons
