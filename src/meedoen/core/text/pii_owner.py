# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Whose personal data is this? Ownership cues around a value (IBAN, number, address).

A value that the text ties to a case role ("de IBAN van de aanvrager", "the
applicant's details", "het adres van deze meneer") or to the files of the
organisation ("uit het dossier", "in ons systeem") is someone else's data,
obtained through work: that is a likely breach (Aw 2017 art. 9, AVG art. 5).
A value said to be a third person's own ("zijn privénummer", "her address")
is someone else's data too. The author's own data and the reader's own
("uw adres") are weighed by the detectors themselves.
"""

from __future__ import annotations

import re
from functools import reduce
from operator import or_

from meedoen.core import rx
from meedoen.core.text.pii_fold import folded
from meedoen.core.text.pii_regex import anchor, trie_pattern

# People an official deals with through their work (Dutch and English).
_CASE_ROLES = (
    r"aanvrager|aanvraagster|aanvragers|cliënt|client|cliënte|cliënten|clienten|klant|klanten|"
    r"burger|melder|melders|bewoner|bewoonster|bewoners|huurder|huurders|patiënt|patient|"
    r"patiënte|leerling|inwoner|inwoonster|belastingplichtige|uitkeringsgerechtigde|"
    r"betrokkene|verdachte|aangever|aangeefster|gedetineerde|deelnemer|"
    r"statushouder|asielzoeker|cliënt\w*|applicant|claimant|customer|resident|citizen|"
    r"tenant|service\s+user"
)
# Words for data or contact details that can be "of" someone.
_DATA = (
    r"gegevens|details|nummer|telefoonnummer|mobiele\s+nummer|06|adres|woonadres|huisadres|"
    r"iban|rekening|rekeningnummer|bankrekening|bankgegevens|mail|mailadres|e-mailadres|"
    r"e-mail|bsn|burgerservicenummer|geboortedatum|kenteken|dossier|contactgegevens|"
    r"data|number|phone|address|email|account|bank\s+details|file|info"
)
# "de IBAN van de aanvrager", "gegevens van deze klant", "het nummer van die meneer".
CASE_OF_RE = rx.compile(
    rf"(?<!\w)(?:{_DATA})\s+(?:van|voor|of)\s+(?:(?:de|het|die|deze|een|onze|mijn|the|this|"
    rf"that|our|my|a|an)\s+)?(?:{_CASE_ROLES})(?!\w)",
    re.IGNORECASE,
)
# "the applicant's details", "de klant z'n nummer", "aanvrager zijn/haar IBAN".
CASE_POSSESSIVE_RE = rx.compile(
    rf"(?<!\w)(?:{_CASE_ROLES})(?:'s|’s|s'|\s+(?:zijn|haar|hun|z'n|d'r))\s+(?:\w+\s+)?(?:{_DATA})"
    r"(?!\w)",
    re.IGNORECASE,
)
# The case role lives there or can be reached there: "de melder woont op …".
CASE_SUBJECT_RE = rx.compile(
    rf"(?<!\w)(?:de|die|deze|onze|een|the|this|our|a)\s+(?:{_CASE_ROLES})\s+"
    r"(?:\w+\s+)?(?:woont|woonde|woonachtig|verblijft|is\s+te\s+bereiken|bereikbaar|lives?|"
    r"heeft\s+(?:als\s+)?(?:adres|nummer|iban|rekeningnummer))(?!\w)",
    re.IGNORECASE,
)
# Someone's data, said of a person by a noun: "het adres van die meneer", "van meneer Jansen".
PERSON_OF_RE = rx.compile(
    rf"(?<!\w)(?:{_DATA})\s+(?:van|of)\s+(?:(?:de|het|die|deze|een|the|this|that)\s+"
    r"(?:meneer|mevrouw|man|vrouw|jongen|meisje|gast|kerel|guy|man|woman|lady)(?!\w)|"
    r"(?:meneer|mevrouw|mijnheer|dhr\.?|mw\.?|mevr\.?|de\s+heer|mr\.?|mrs\.?|ms\.?)\s+[a-z])",
    re.IGNORECASE,
)
# A single case role right next to the value: "Klant belde vanaf 06-…", "IBAN cliënt: NL…",
# "Kan iemand deze meneer terugbellen? 06-…" (not an audience: "klanten kunnen ons bellen").
_SINGLE_ROLES = (
    r"aanvrager|aanvraagster|cliënt|client|cliënte|klant|melder|bewoner|bewoonster|huurder|"
    r"patiënt|patiënte|inwoner|inwoonster|belastingplichtige|uitkeringsgerechtigde|"
    r"betrokkene|applicant|claimant|customer|resident|tenant"
)
CASE_NEAR_RE = rx.compile(
    rf"(?:(?<!\w)(?:de|die|deze|een|onze|the|this|that|a|our)\s+|^\s*|[:(]\s*|"
    rf"(?<!\w)(?:{_DATA})\s+)(?:{_SINGLE_ROLES})(?!\w)"
    r"(?!\s+(?:kan|kunnen|kunt|die\s+vragen|met\s+vragen|can|with\s+questions))",
    re.IGNORECASE,
)
STRANGER_NEAR_RE = rx.compile(
    r"(?<!\w)(?:deze|die|this|that)\s+(?:meneer|mevrouw|man|vrouw|guy|man|woman)(?!\w)",
    re.IGNORECASE,
)
# The value comes from the organisation's files.
FROM_FILES_RE = rx.compile(
    r"(?<!\w)(?:uit\s+(?:het|zijn|haar|hun|dit|dat)\s+dossier|uit\s+(?:ons|het)\s+systeem|"
    r"in\s+(?:ons|het)\s+systeem|uit\s+onze\s+(?:administratie|systemen|gegevens)|"
    r"from\s+(?:the|our|his|her)\s+(?:file|system|records|case\s+file))(?!\w)",
    re.IGNORECASE,
)
# A third person's own data, said in so many words.
THIRD_RE = rx.compile(
    rf"(?<!\w)(?:zijn|haar|hun|z'n|d'r|his|her|their)\s+(?:privé-?|prive-?|eigen\s+|"
    rf"private\s+|home\s+|mobiele\s+|personal\s+)?(?:{_DATA})(?!\w)|"
    r"(?<!\w)(?:hij|zij|ze|he|she)\s+woont\s+(?:op|aan|in)|"
    r"(?<!\w)(?:he|she|they)\s+lives?\s+(?:at|on)(?!\w)",
    re.IGNORECASE,
)
SENTENCE_END_RE = rx.compile(r"[.!?](?=\s)|\n")
HEAD_END_RE = rx.compile(r"[.!](?=\s)|\n")  # a question before the value stays: "bel hem? 06…"


def _clause_bounds(lower: str, start: int, end: int, before: int, after: int) -> tuple[int, int]:
    """Where the clause around ``lower[start:end]`` begins and ends (see :func:`_clause`)."""
    lo = max(0, start - before)
    hi = min(len(lower), end + after)
    # the end of the last HEAD_END_RE match in lower[lo:start]: the last newline, or "." or
    # "!" before a space (str.isspace is what \s matches)
    last = lower.rfind("\n", lo, start)
    for mark in ".!":
        i = lower.rfind(mark, lo, start - 1) if start > lo else -1  # (-1 counts from the end)
        while i > last and not lower[i + 1].isspace():
            i = lower.rfind(mark, lo, i)
        last = max(last, i)
    # (with pos and endpos the pattern sees what it would see in the slice)
    stop = SENTENCE_END_RE.search(lower, end, hi)
    return (last + 1 if last >= 0 else lo), (stop.start() if stop else hi)


def _clause(lower: str, start: int, end: int, before: int = 70, after: int = 60) -> str:
    """The text around a value, cut at sentence ends (the value itself is blanked)."""
    head, tail = _clause_bounds(lower, start, end, before, after)
    return f"{lower[head:start]} # {lower[end:tail]}"


# The owner patterns only ever see lower-case text (a clause of ``Document.lower``), where
# IGNORECASE only matters for three characters that case-fold irregularly; without them the
# same patterns compiled case-sensitively find the same matches two to three times faster.
_IRREGULAR = ("\u0130", "\u0131", "\u017f")  # İ ı ſ
_SLOW = (CASE_OF_RE, CASE_POSSESSIVE_RE, CASE_SUBJECT_RE, CASE_NEAR_RE, FROM_FILES_RE,
         THIRD_RE, PERSON_OF_RE, STRANGER_NEAR_RE)  # fmt: skip
# (the boundary behind the first letters where that scans faster: fewer first letters)
_FAST = tuple(
    folded(p, push=p in (CASE_SUBJECT_RE, FROM_FILES_RE, THIRD_RE, STRANGER_NEAR_RE)) for p in _SLOW
)
# Results for the last document (by identity of its lower-case text): detectors often ask
# about the same value twice (plain, then strict), and owner() is pure.
_MEMO: tuple[str, dict[tuple[int, int, bool], str | None]] = ("", {})


def owner(lower: str, start: int, end: int, strict: bool = False) -> str | None:
    """'case' (someone's data obtained through work), 'third' (a third person's own data) or
    None (no cue: the detector weighs it) for the value at ``lower[start:end]``. With
    ``strict`` only explicit possession counts, not a role merely near the value (for values
    that may also be an organisation's: a service line, an account)."""
    global _MEMO
    entry = _MEMO
    if entry[0] is lower:
        memo = entry[1]
    else:
        memo = {}
        _MEMO = (lower, memo)
    key = (start, end, strict)
    if key in memo:
        return memo[key]
    result = _owner(lower, start, end, strict)
    memo[key] = result
    return result


# Cheap gates for the fast patterns: cue words that each pattern needs to match at all (for
# every alternative, a word of a part that always has to be there). Without such a word a
# pattern cannot match, so skipping it gives the same answer. The words never contain a
# space or "#", so one that is in the clause is in the text before or after the value.
_ROLE_WORDS = (
    "aanvra cliënt client klant burger melder bewoner bewoonster huurder patiënt patient "
    "leerling inwoner inwoonster "
    "belastingplichtige uitkeringsgerechtigde betrokkene verdachte aange gedetineerde "
    "deelnemer statushouder asielzoeker applicant claimant customer resident citizen "
    "tenant service"
).split()  # CASE_OF, CASE_POSSESSIVE, CASE_SUBJECT (_CASE_ROLES) and CASE_NEAR (_SINGLE_ROLES)
_FILES_WORDS = "dossier syste administratie gegevens file records".split()
_DATA_WORDS = (
    "gegevens details nummer 06 adres iban rekening mail bsn geboortedatum kenteken "
    "dossier data number phone address account file info"
).split()  # _DATA: PERSON_OF and the first alternative of THIRD
_POSSESSIVE_WORDS = "zijn haar hun z'n d'r his her their".split()  # THIRD, with a _DATA word
_LIVES_WORDS = ["woont", "live"]  # the other alternatives of THIRD
_PERSON_WORDS = (
    "meneer vrouw man jongen meisje gast kerel guy lady mijnheer dhr mw mevr heer mr ms"
).split()  # PERSON_OF, with a _DATA word
_STRANGER_WORDS = ["meneer", "vrouw", "man", "guy"]
_IS_ROLE, _IS_FILES, _IS_DATA, _IS_POSSESSIVE, _IS_LIVES, _IS_PERSON, _IS_STRANGER = (
    1 << i for i in range(7)
)
_CUE_WORDS = (
    (_IS_ROLE, _ROLE_WORDS), (_IS_FILES, _FILES_WORDS), (_IS_DATA, _DATA_WORDS),
    (_IS_POSSESSIVE, _POSSESSIVE_WORDS), (_IS_LIVES, _LIVES_WORDS), (_IS_PERSON, _PERSON_WORDS),
    (_IS_STRANGER, _STRANGER_WORDS),
)  # fmt: skip
# Each word is looked for by its tail from its rarest letter on (substring_gate), so the scan
# only stops at rare letters. The pattern takes the longest tail at a place; the tails that
# start there too are its prefixes, so a match stands for the words of all of those.
_TAIL_BITS: dict[str, int] = {}
for _bit, _words in _CUE_WORDS:
    for _word in _words:
        _TAIL_BITS[anchor(_word)] = _TAIL_BITS.get(anchor(_word), 0) | _bit
_MATCH_BITS = {
    t: reduce(or_, (b for p, b in _TAIL_BITS.items() if t.startswith(p))) for t in _TAIL_BITS
}
_CUE_RE = rx.compile(trie_pattern(_TAIL_BITS))


def _cues(text: str, lo: int, hi: int) -> int:
    """The groups of cue words that may occur in ``text[lo:hi]`` (a superset: a cue word's
    tail is there), as bits."""
    bits = 0
    m = _CUE_RE.search(text, lo, hi)
    while m is not None:
        bits |= _MATCH_BITS[m.group()]
        m = _CUE_RE.search(text, m.start() + 1, hi)  # (overlapping tails too)
    return bits


def _owner(lower: str, start: int, end: int, strict: bool) -> str | None:
    head, tail = _clause_bounds(lower, start, end, 70, 60)
    around = f"{lower[head:start]} # {lower[end:tail]}"  # = _clause(lower, start, end)
    if "\u0130" in around or "\u0131" in around or "\u017f" in around:  # _IRREGULAR
        return _owner_slow(around, strict)
    # (the cue words lie within the text before and after the value)
    bits = _cues(lower, head, start) | _cues(lower, end, tail)
    if not (
        bits & (_IS_ROLE | _IS_FILES | _IS_LIVES | _IS_STRANGER)
        or (bits & _IS_DATA and bits & (_IS_POSSESSIVE | _IS_PERSON))
    ):
        return None  # no cue word around the value: most values
    case_of, possessive, subject, near, from_files, third, person_of, stranger = _FAST
    if bits & _IS_ROLE and (
        case_of.search(around)
        or possessive.search(around)
        or subject.search(around)
        or (not strict and near.search(around))
    ):
        return "case"
    if bits & _IS_FILES and from_files.search(around):
        return "case"
    data = bits & _IS_DATA
    if (((data and bits & _IS_POSSESSIVE) or bits & _IS_LIVES) and third.search(around)) or (
        data and bits & _IS_PERSON and person_of.search(around)
    ):
        return "third"
    if not strict and bits & _IS_STRANGER and stranger.search(around):
        return "third"
    return None


def _owner_slow(around: str, strict: bool) -> str | None:
    """:func:`_owner` with the case-insensitive patterns (no gates: ``re`` folds İ, ı, ſ)."""
    case_of, possessive, subject, near, from_files, third, person_of, stranger = _SLOW
    if (
        case_of.search(around)
        or possessive.search(around)
        or subject.search(around)
        or (not strict and near.search(around))
    ):
        return "case"
    if from_files.search(around):
        return "case"
    if third.search(around) or person_of.search(around):
        return "third"
    if not strict and stranger.search(around):
        return "third"
    return None


CASE_MESSAGE = (
    "Dit zijn gegevens van iemand die je via je werk kent (aanvrager, klant, cliënt, melder): "
    "die horen niet in een bericht."
)
CASE_ADVICE = (
    "Deel nooit gegevens van burgers of klanten die je via je werk hebt, ook niet in een "
    "besloten groep of 'om te testen'. Gebruik testgegevens en regel het via de interne, "
    "beveiligde route."
)
THIRD_MESSAGE = "Dit zijn gegevens van iemand anders, zonder dat die persoon dat zelf deelt."
THIRD_ADVICE = (
    "Zet geen nummer, adres of rekening van een ander in een bericht. Wil je iemand "
    "aanspreken of iets melden, doe dat rechtstreeks of via de officiële meldroute."
)
