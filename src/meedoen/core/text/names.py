# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Find names of persons in Dutch text without a statistical model.

Three signals, strongest first:

* a title or honorific followed by a capitalised name (``mevrouw Jansen``,
  ``dhr. J. de Vries``, ``dr. Bakker``);
* a known first name followed by an optional surname particle and a
  capitalised surname (``Fatima de Groot``, ``Jan van der Berg``);
* a known first name on its own (weak); one that is also an everyday word
  (``Floor``, ``Ben``, ``Roos``) only in the middle of a sentence.

First names and surnames come from Faker's ``nl_NL``/``nl_BE`` person providers, loaded
lazily the first time a name is looked for, so posts that never need a name
check do not pay the import. Public office-holders from the organisation pack
and the author themself are not "persons" here and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from meedoen.core import rx

# Titles and honorifics that introduce a person's (sur)name.
_TITLES = (
    "mevrouw, mevr., mevr, mw., mw, mej., meneer, mijnheer, dhr., dhr, de heer, dr., mr., ir., "
    "ing., prof., drs., ds., zr., br."
)
TITLES = tuple(_TITLES.split(", "))
# Dutch surname particles, longest first so "van der" wins over "van".
# ("op de", "uit den", "in het" also occur in surnames, but in running text they are far more
# often prepositions: "Jan uit de Kerkstraat"; they are left out.)
_PARTICLES = (
    "van de, van der, van den, van het, van 't, in 't, van, de, den, der, ter, ten, te, het, 't, "
    "le, la, du, da, el, al, von"
)
PARTICLES = tuple(_PARTICLES.split(", "))

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
_INITIALS = r"(?:[A-Z]\.\s?){1,4}"
_PART = "|".join(re.escape(p).replace(r"\ ", r"\s") for p in PARTICLES)
_SURNAME = rf"(?:(?i:{_PART})\s)?{_CAP}"

_TITLE = "|".join(re.escape(t).replace(r"\ ", r"\s") for t in TITLES)
TITLE_RE = rx.compile(
    rf"(?<!\w)(?i:{_TITLE})"
    rf"(?!\w)\s?(?P<name>(?:{_INITIALS})?(?:(?i:{_PART})\s)?{_CAP}(?:\s{_CAP})?"
    r"|[A-Z]\.(?![\w.]|\s[A-Z][a-z]))"  # "mevrouw K.": an initial alone
)
# Cheap gate for TITLE_RE on the lower-case text.
TITLE_HINT_RE = rx.compile(
    r"mevr|mw|mej|meneer|mijnheer|dhr|heer|dr\.|mr\.|ir\.|ing\.|prof|ds\.|zr\.|br\."
)
# (lookbehind after the first letter: a leading lookbehind would disable the fast scan)
CAP_WORD_RE = rx.compile(
    r"[A-ZÀ-ÖØ-Þ](?<![\w@#][A-ZÀ-ÖØ-Þ])[a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
)
# A surname after the first name, or only its initial as in news reports ("Jeroen K.").
SURNAME_AFTER_RE = rx.compile(
    rf"\s(?:(?:{_INITIALS})?{_SURNAME}|(?:(?i:{_PART})\s)?[A-Z]\.(?![\w.]))"
)


# First names that are also everyday words; alone they count only mid-sentence.
_AMBIGUOUS_FIRST = (
    "Ben Bo Floor Iris Isis Job Max Kick Jet Joy Lot Roos Fleur Mark Luna Bas Jip Puck Fem "
    "Lieve Linde Merel Sterre Nova Mare Dean Jack Jay Rick Kay Ian Amy Ivy Lily Liv Mila Noor "
    "Bibi Sil Sep Faas Dex Mats Luc Evi Pien Puk Tess Vince Cas Stan Teun Wout Guus Bram "
    "Mees Olaf Rens Roan Hidde Kate Joey Jill Milan Victoria Rosa Lou Bob Rob Guy Ken Roy Ward "
    "Toon Flor Lore Lies Leen Rose Mona Vic Nand Tine Frans Said Thor Rune Lea Ida Ine Ines Mira "
    "Griet Greet Kaat Sien Stien Tibe Warre Karel Hans Miel Pol Gust Bert Roel Paul Nico "
    "Ad Ed Ton Cor Rein Dick Harm Nel Hein Koos Gül Glenn"
)
AMBIGUOUS_FIRST = frozenset(_AMBIGUOUS_FIRST.split())
NOT_FIRST_NAMES = frozenset({"El", "An", "Ann", "Ana", "Jo", "August", "Constant"})


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A person name in normalised-text coordinates."""

    start: int
    end: int
    text: str
    kind: str  # "titel" | "volledig" | "voornaam"

    @property
    def strong(self) -> bool:
        return self.kind != "voornaam"


@cache
def first_names() -> frozenset[str]:
    """Dutch and Flemish first names (Faker ``nl_NL`` and ``nl_BE``), loaded once.

    ``nl_NL`` holds recent baby names only; ``nl_BE`` adds older generations
    (Henk, Ingrid, Johan); ``lexicons/pii/voornamen-aanvulling.txt`` adds common
    names that both miss (Kees, Wilma, Ruud, Hatice; see its SOURCE.md). Words that are a particle or an everyday word first
    (El, An, August, Constant) are left out.
    """
    from faker.providers.person.nl_BE import Provider as Flemish
    from faker.providers.person.nl_NL import Provider as Dutch

    from meedoen.core.lexicons import load_lines

    names: set[str] = set(load_lines("pii/voornamen-aanvulling.txt"))
    for provider in (Dutch, Flemish):
        names.update(provider.first_names_male, provider.first_names_female)
    return frozenset(names - NOT_FIRST_NAMES)


@cache
def last_names() -> frozenset[str]:
    """Dutch surnames without particles (Faker ``nl_NL``), loaded once."""
    from faker.providers.person.nl_NL import Provider

    return frozenset(n.split()[-1] for n in Provider.last_names if n[:1].isalpha())


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


def _excluded(name: str, exclude: Iterable[str]) -> bool:
    low = name.lower()
    for other in exclude:
        o = other.lower().strip()
        if not o:
            continue
        if low == o or low in o.split() or o.endswith(" " + low) or low.endswith(o):
            return True
    return False


def find_names(text: str, exclude: Iterable[str] = ()) -> list[NameSpan]:
    """Person names in ``text`` (normalised), without names in ``exclude``."""
    exclude = tuple(exclude)
    found: list[NameSpan] = []
    taken: set[int] = set()
    titles = TITLE_RE.finditer(text) if TITLE_HINT_RE.search(text.lower()) else ()
    for m in titles:
        name = m.group("name")
        if _excluded(name, exclude):
            continue
        found.append(NameSpan(m.start(), m.end(), m.group(), "titel"))
        taken.update(range(m.start(), m.end()))
    if not CAP_WORD_RE.search(text):
        return found
    firsts = first_names()
    end = -1
    for m in CAP_WORD_RE.finditer(text):
        first = m.group()
        if m.start() in taken or m.start() < end or first not in firsts:
            continue
        tail = SURNAME_AFTER_RE.match(text, m.end())
        full = text[m.start() : tail.end()] if tail else first
        if _excluded(full, exclude) or (tail and _excluded(tail.group().strip(), exclude)):
            continue
        if tail:
            end = tail.end()
            found.append(NameSpan(m.start(), end, full, "volledig"))
        elif first not in AMBIGUOUS_FIRST or not _sentence_start(text, m.start()):
            found.append(NameSpan(m.start(), m.end(), first, "voornaam"))
    found.sort(key=lambda n: n.start)
    return found


PAIR_RE = rx.compile(
    rf"[A-ZÀ-ÖØ-Þ](?<![\w@#][A-ZÀ-ÖØ-Þ])[a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
    rf"\s(?:(?i:{_PART})\s)?{_CAP}(?![\w-])"
)


def find_name_pairs(text: str, exclude: Iterable[str], not_first: frozenset[str]) -> list[NameSpan]:
    """Two capitalised words that read as Firstname Lastname ("Truus Hoogland", "Gerrit-Jan
    de Wit"), also when the first name is in no list. Weaker than :func:`find_names`: callers
    use it only next to a statement about a person. A pair whose first word is in
    ``not_first`` (De, Noord, Minister …) or that is all place-like is skipped."""
    exclude = tuple(exclude)
    found = []
    m = PAIR_RE.search(text)
    while m:
        first = m.group().split()[0]
        if first in not_first:  # "Bij Xandra de Wit": try again from the second word
            m = PAIR_RE.search(text, m.start() + len(first) + 1)
            continue
        if not _excluded(m.group(), exclude):
            found.append(NameSpan(m.start(), m.end(), m.group(), "paar"))
        m = PAIR_RE.search(text, m.end())
    return found


def is_known_surname(word: str) -> bool:
    """True when ``word`` is in the surname list (for weighing a bare surname)."""
    return word in last_names()


_PUNCT = ".,!?:;\"'()[]{}#@*…/"


def word_set(lower: str) -> frozenset[str]:
    """Lower-case words of ``lower`` without surrounding punctuation: a cheap prefilter for
    lexicon look-ups (cheaper than full tokenisation)."""
    return frozenset(w.strip(_PUNCT) for w in lower.split())


_LOCAL_PARTICLES = ("vander", "vanden", "vande", "van", "der", "den", "de", "ter", "ten", "te")


def looks_like_person_mailbox(local: str) -> bool:
    """Whether an e-mail local part reads as a person's (j.jansen, piet1970, jdevries) rather
    than a service's (werkeninkomen, wmo-loket, jeugd.zorg, vth2026)."""
    local = local.lower()
    firsts = _lower_firsts()
    surnames = _lower_surnames()

    def surname(rest: str) -> bool:
        rest = next((rest[len(p) :] for p in _LOCAL_PARTICLES if rest.startswith(p)), rest)
        return rest in surnames

    def single(word: str) -> bool:
        if word in firsts or surname(word):
            return True
        if any(surname(word[k:]) for k in (1, 2, 3)):  # initials + surname
            return True
        return any(word[:i] in firsts and surname(word[i:]) for i in range(2, len(word) - 2))

    parts = [p for p in _LOCAL_SPLIT_RE.split(local) if p]
    if len(parts) > 1 or any(c.isdigit() for c in local):
        # "j.jansen", "a.b.de.vries", "piet1970": an initial or a name among the parts
        return any(len(p) <= 2 or p in _LOCAL_PARTICLES or single(p) for p in parts if p.isalpha())
    return single(local)


_LOCAL_SPLIT_RE = rx.compile(r"[._+\-\d]+")


@cache
def _lower_firsts() -> frozenset[str]:
    return frozenset(n.lower() for n in first_names())


@cache
def _lower_surnames() -> frozenset[str]:
    return frozenset(n.lower() for n in last_names())
