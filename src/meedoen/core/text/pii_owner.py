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
CASE_OF_RE = re.compile(
    rf"(?<!\w)(?:{_DATA})\s+(?:van|voor|of)\s+(?:(?:de|het|die|deze|een|onze|mijn|the|this|"
    rf"that|our|my|a|an)\s+)?(?:{_CASE_ROLES})(?!\w)",
    re.IGNORECASE,
)
# "the applicant's details", "de klant z'n nummer", "aanvrager zijn/haar IBAN".
CASE_POSSESSIVE_RE = re.compile(
    rf"(?<!\w)(?:{_CASE_ROLES})(?:'s|’s|s'|\s+(?:zijn|haar|hun|z'n|d'r))\s+(?:\w+\s+)?(?:{_DATA})"
    r"(?!\w)",
    re.IGNORECASE,
)
# The case role lives there or can be reached there: "de melder woont op …".
CASE_SUBJECT_RE = re.compile(
    rf"(?<!\w)(?:de|die|deze|onze|een|the|this|our|a)\s+(?:{_CASE_ROLES})\s+"
    r"(?:\w+\s+)?(?:woont|woonde|woonachtig|verblijft|is\s+te\s+bereiken|bereikbaar|lives?|"
    r"heeft\s+(?:als\s+)?(?:adres|nummer|iban|rekeningnummer))(?!\w)",
    re.IGNORECASE,
)
# Someone's data, said of a person by a noun: "het adres van die meneer", "van meneer Jansen".
PERSON_OF_RE = re.compile(
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
CASE_NEAR_RE = re.compile(
    rf"(?:(?<!\w)(?:de|die|deze|een|onze|the|this|that|a|our)\s+|^\s*|[:(]\s*|"
    rf"(?<!\w)(?:{_DATA})\s+)(?:{_SINGLE_ROLES})(?!\w)"
    r"(?!\s+(?:kan|kunnen|kunt|die\s+vragen|met\s+vragen|can|with\s+questions))",
    re.IGNORECASE,
)
STRANGER_NEAR_RE = re.compile(
    r"(?<!\w)(?:deze|die|this|that)\s+(?:meneer|mevrouw|man|vrouw|guy|man|woman)(?!\w)",
    re.IGNORECASE,
)
# The value comes from the organisation's files.
FROM_FILES_RE = re.compile(
    r"(?<!\w)(?:uit\s+(?:het|zijn|haar|hun|dit|dat)\s+dossier|uit\s+(?:ons|het)\s+systeem|"
    r"in\s+(?:ons|het)\s+systeem|uit\s+onze\s+(?:administratie|systemen|gegevens)|"
    r"from\s+(?:the|our|his|her)\s+(?:file|system|records|case\s+file))(?!\w)",
    re.IGNORECASE,
)
# A third person's own data, said in so many words.
THIRD_RE = re.compile(
    rf"(?<!\w)(?:zijn|haar|hun|z'n|d'r|his|her|their)\s+(?:privé-?|prive-?|eigen\s+|"
    rf"private\s+|home\s+|mobiele\s+|personal\s+)?(?:{_DATA})(?!\w)|"
    r"(?<!\w)(?:hij|zij|ze|he|she)\s+woont\s+(?:op|aan|in)|"
    r"(?<!\w)(?:he|she|they)\s+lives?\s+(?:at|on)(?!\w)",
    re.IGNORECASE,
)
SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n")
HEAD_END_RE = re.compile(r"[.!](?=\s)|\n")  # a question before the value stays: "bel hem? 06…"


def _clause(lower: str, start: int, end: int, before: int = 70, after: int = 60) -> str:
    """The text around a value, cut at sentence ends (the value itself is blanked)."""
    lo = max(0, start - before)
    hi = min(len(lower), end + after)
    head = lower[lo:start]
    cut = [m.end() for m in HEAD_END_RE.finditer(head)]
    if cut:
        head = head[cut[-1] :]
    tail = lower[end:hi]
    stop = SENTENCE_END_RE.search(tail)
    if stop:
        tail = tail[: stop.start()]
    return f"{head} # {tail}"


# The owner patterns only ever see lower-case text (a clause of ``Document.lower``), where
# IGNORECASE only matters for three characters that case-fold irregularly; without them the
# same patterns compiled case-sensitively find the same matches two to three times faster.
_IRREGULAR = ("\u0130", "\u0131", "\u017f")  # İ ı ſ
_SLOW = (CASE_OF_RE, CASE_POSSESSIVE_RE, CASE_SUBJECT_RE, CASE_NEAR_RE, FROM_FILES_RE,
         THIRD_RE, PERSON_OF_RE, STRANGER_NEAR_RE)  # fmt: skip
_FAST = tuple(re.compile(p.pattern) for p in _SLOW)
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


def _owner(lower: str, start: int, end: int, strict: bool) -> str | None:
    around = _clause(lower, start, end)
    pats = _SLOW if any(c in around for c in _IRREGULAR) else _FAST
    case_of, possessive, subject, near, from_files, third, person_of, stranger = pats
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
