# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Ordinary touches of one's own dossier that look like a cue but are not one.

The own-dossier cue families (:mod:`meedoen.core.text.dossier_cues`,
:mod:`meedoen.core.text.dossier_signals`) match phrases; in an ordinary post
about one's work the same phrases are harmless:

* pride and joy about the work or the team ("trots op ons team", "blij dat ik
  eraan mag werken", "fijn dat zoveel bewoners reageerden") — positive
  sentiment is no opinion about the dossier unless it praises the cabinet or
  its policy (that is a political stance, and the politics detector's work);
* a hedge before a plain fact ("volgens mij is de dijk zo'n acht meter hoog")
  or a hope for participation ("ik hoop dat veel gemeenten meedoen");
* pointing to a public source ("lees de evaluatie op rijksoverheid.nl", "zoals
  in de Kamerbrief staat", "het conceptbesluit ligt ter inzage") — what is
  published or open for consultation is not a leak;
* a correction of one's own logistics ("dat klopt niet helemaal: de avond is op
  donderdag … excuses voor de verwarring");
* "ik werk er zelf met plezier aan" in a vacancy or a proud post, "als beleidsmedewerker
  bij IenW werk ik aan …" introducing oneself;
* a normative phrase about an event ("we moeten nu echt beginnen met inschrijven");
* "namens het ministerie dank aan …" (thanks, not a position);
* "u kunt uw aanvraag in ons systeem volgen" (an instruction, not case data).

:func:`extra_judgements` adds a few negative judgements the general opinion
lexicon does not know ("zonde van het geld", "gaat compleet mis", "profiteurs").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from meedoen.core import rx
from meedoen.core.text.document import SENTENCE_RE, Document
from meedoen.core.text.dossier_cues import Cue
from meedoen.core.text.pii_regex import trie_pattern

_I = re.IGNORECASE

# Positive sentiment aimed at government or policy stays an opinion.
_POLICY_RE = rx.compile(
    r"\b(?:kabinet\w*|minister\w*|staatssecretaris\w*|regering\w*|coalitie\w*|\w*beleid\w*|"
    r"wethouder\w*|gedeputeerde\w*|cabinet|government|minister'?s?|polic(?:y|ies)|"
    r"kamerlid\w*|partij\w*|premier|minister-president)\b|@min\w*|@\w*minist\w*",
    _I,
)
_HEDGE_RE = rx.compile(
    r"(?:volgens\s+mij|ik\s+denk\s+dat|denk\s+ik|ik\s+hoop\s+dat|hoop\s+ik|i\s+think|i\s+hope)\b",
    _I,
)
_FACT_RE = rx.compile(r"\d|\b(?:zo'n|ongeveer|circa|rond\s+de|een\s+stuk\s+of|about|around)\b", _I)
_PARTICIPATE_RE = rx.compile(
    r"\b(?:mee\s*doen|meedoen|meedenken|reageren|reageert|deelnemen|aanmelden|aanmeldt|langskomen|"
    r"komen\s+kijken|consultatie\w*|enquête\w*|webinar\w*|bijeenkomst\w*|informatieavond\w*|"
    r"bewonersavond\w*|reactie\w*|join|attend|respond|sign\s+up)\b",
    _I,
)
# A public source or an open procedure: what it points to is not a leak or a rebuttal.
PUBLIC_RE = rx.compile(
    r"\b(?:ter\s+inzage|inzage|zienswijze\w*|(?:internet)?consultatie\w*|inspraak\w*|gepubliceerd|"
    r"publiceren|publicatie|zoals\s+(?:aangekondigd|gemeld|bekend)|(?:in|volgens)\s+de\s+kamerbrief|"
    r"(?<!concept-)(?<!concept)kamerbrief\s+(?:staat|meldt|vermeldt)|staat\s+in\s+de\s+kamerbrief|op\s+de\s+(?:website|site)|"
    r"website|(?:we|wij)\s+laten\s+(?:het\s+)?(?:hier\s+)?weten|laten\s+(?:we|wij)\s+(?:het\s+)?(?:hier\s+)?weten|houden\s+(?:we|wij)\s+(?:u|jullie|je)\s+"
    r"op\s+de\s+hoogte|\w+\.(?:nl|eu|org|com|gov)\b|https?://|published|public\s+consultation|website)",
    _I,
)
_OPEN_RE = rx.compile(
    r"\b(?:ter\s+inzage|zienswijze\w*|(?:internet)?consultatie\w*|inspraak\w*)", _I
)
_SELF_CORRECTION_RE = rx.compile(
    r"\b(?:excuses|sorry)\s+voor\s+de\s+verwarring|\bfoutje\b|\btypo\b|\bverkeerde\s+(?:datum|tijd|dag)"
    r"|\b(?:op|om)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|\d{1,2}[.:]\d{2})\b"
    r"[^.!?\n]{0,30}\bniet\s+(?:op|om)\b",
    _I,
)
_VACANCY_OR_PRIDE_RE = rx.compile(
    r"\b(?:vacature\w*|solliciteer\w*|sollicit\w+|we\s+zoeken|wij\s+zoeken|zoekt\s+(?:een|twee|nieuwe)|"
    r"kom\s+(?:ons\s+team\s+versterken|werken)|hiring|apply|met\s+(?:veel\s+)?plezier|trots|"
    r"proud|leuk|mooi|fijn|blij|graag)\b",
    _I,
)
_EVENT_RE = rx.compile(
    r"\b(?:\w*avond|webinar\w*|bijeenkomst\w*|open\s+dag|congres\w*|kennisdag\w*|symposium|"
    r"excursie\w*|rondleiding\w*|inloop\w*|spreekuur|meeting|session|event|info\s+session|"
    r"open\s+day|hearing)\b",
    _I,
)
_APPRECIATION_RE = rx.compile(
    r"\b(?:respect|trots|blij|happy|pleased|glad|proud|dankbaar|grateful|mooi|leuk|fijn|geweldig|"
    r"belangrijk|hard\s+(?:mijn\s+|onze\s+)?(?:collega|team)\w*|collega'?s\s+(?:werken|zetten))\b",
    _I,
)
_SECRET_RE = rx.compile(
    r"tussen\s+ons|onder\s+ons|off\s+the\s+record|embargo|between\s+(?:us|you)|naam\s+noemen|"
    r"niet\s+van\s+mij|echte|werkelijke|interne|geheime|internal",
    _I,
)
_SELF_TIME_RE = rx.compile(r"\s*(?:ik|we|wij)\b", _I)
_AGREE_RE = rx.compile(r"mee\s+eens|agreed|met\s+u\s+eens", _I)
_POLITICAL_ROLES = frozenset({"kamerlid", "politicus", "journalist"})
# Introducing oneself in function: "Als beleidsmedewerker bij IenW werk ik aan …".
_INTRO_RE = rx.compile(
    r"\b(?:werk\s+ik\s+(?:aan|bij|op|mee)|mijn\s+naam\s+is|ik\s+ben\s+de\s+nieuwe|"
    r"stel\s+(?:ik\s+)?me\s+(?:even\s+)?voor|i\s+work\s+(?:at|for)\b|my\s+name\s+is)\b",
    _I,
)
_THANKS_RE = rx.compile(
    r"\s*(?:\w+\s+){0,3}?(?:dank|bedankt|hartelijk|gefeliciteerd|feliciteren|welkom|proficiat|thanks)",
    _I,
)
_INSTRUCTION_RE = rx.compile(
    r"\b(?:u|je|jij)\s+kunt\b[^.!?\n]{0,60}\b(?:volgen|bekijken|inzien|vinden|zien|checken)\b"
    r"|\b(?:volgen|bekijken|inzien|vinden)\b[^.!?\n]{0,20}\bvia\b",
    _I,
)
# Negative judgements the general opinion lexicon lacks.
_JUDGEMENT_RE = rx.compile(
    r"\bzonde\s+van\s+(?:het|ons|al\s+dat)\s+(?:geld|belastinggeld)\b"
    r"|\bhad\s+(?:\w+\s+){0,3}?nooit\s+(?:\w+\s+){0,2}?(?:moeten|mogen)\b"
    r"|\bgaat\s+(?:compleet|helemaal|volledig|totaal|finaal)\s+(?:mis|fout)\b"
    r"|\b(?:profiteurs?|uitvreters?|klaplopers?|parasieten|freeloaders?|scroungers?)\b"
    r"|\bwie\s+gelooft\s+(?:er\s+)?(?:nou\s+|nu\s+)?(?:nog\s+)?(?:in|dat)\b"
    r"|\b(?:een\s+)?(?:ramp|drama|fiasco|puinhoop|bodemloze\s+put)\s+(?:voor|van|is)\b"
    r"|\b(?:a\s+)?(?:disgrace|disaster|fiasco|shambles|mess)\b"
    r"|\b(?:veel\s+te|veels\s+te|overdreven|absurd|belachelijk|waanzinnig)\s+"
    r"(?:duur|streng|hoog|laag|traag|ingewikkeld|krap|weinig|slap|soepel)\b"
    r"|\b(?:way|far|much)\s+too\s+(?:expensive|strict|high|low|slow|complicated)\b",
    _I,
)
# Every match of _JUDGEMENT_RE contains one of these (a cheap test before the regex).
_JUDGEMENT_ANCHOR_RE = rx.compile(
    trie_pattern(
        "zonde nooit mis fout profiteur uitvreter klaploper parasiet freeloader scrounger "
        "gelooft ramp drama fiasco puinhoop bodemloze disgrace disaster shambles mess veel veels "
        "overdreven absurd belachelijk waanzinnig too".split()
    )
)
# "vind ik" / "ik vind": an opinion, unless the sentence only expresses joy about the work.
_VIND_RE = rx.compile(r"\b(?:ik\s+vind|vind\s+ik)\b|\bi\s+find\b", _I)
_JOY_RE = rx.compile(
    r"\b(?:leuk|mooi|fijn|geweldig|interessant|prachtig|boeiend|inspirerend|eervol|nice|great|"
    r"lovely|inspiring)\b",
    _I,
)


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    spans = tuple(m.span() for m in SENTENCE_RE.finditer(text))
    return tuple(e for _, e in spans), spans


def sentence_span(doc: Document, pos: int) -> tuple[int, int]:
    """:meth:`Document.sentence_at`, with the sentences of a post computed once."""
    ends, spans = _sentences(doc.text)
    i = bisect_right(ends, pos)
    if i < len(spans) and spans[i][0] <= pos:
        return spans[i]
    return 0, len(doc.text)


def _sentence(doc: Document, pos: int) -> str:
    s, e = sentence_span(doc, min(max(pos, 0), max(len(doc.text) - 1, 0)))
    return doc.text[s:e]


def extra_judgements(doc: Document, start: int, end: int) -> list[Cue]:
    """Negative judgements in ``doc.text[start:end]`` that the opinion lexicon misses."""
    found = (
        [
            Cue(m.start(), m.end(), "mening", -1.0)
            for m in _JUDGEMENT_RE.finditer(doc.text, start, end)
        ]
        if _JUDGEMENT_ANCHOR_RE.search(doc.lower, start, end)
        else []
    )
    words = doc.words
    m = _VIND_RE.search(doc.text, start, end) if "vind" in words or "find" in words else None
    if m is not None:
        found.append(Cue(m.start(), m.end(), "mening"))
    return found


def ordinary(doc: Document, cue: Cue, role: str | None = None) -> bool:
    """True when ``cue`` is a harmless phrase in an ordinary post about one's work.

    ``role`` is the author role of the message the post replies to, if any.
    """
    text = doc.text
    said = text[cue.start : cue.end]
    sentence = _sentence(doc, cue.start)
    if cue.kind == "mening":
        if cue.polarity > 0:
            return _POLICY_RE.search(sentence) is None
        if said.lower().startswith(("het wordt tijd", "dit wordt tijd")):
            return _SELF_TIME_RE.match(text, cue.end) is not None
        if _VIND_RE.fullmatch(said):
            return _JOY_RE.search(sentence) is not None
        if cue.polarity == 0 and (_EVENT_RE.search(sentence) or _PARTICIPATE_RE.search(sentence)):
            return True  # "we moeten nu echt beginnen met inschrijven voor de avond"
        if _HEDGE_RE.match(said):
            rest = text[cue.end : cue.end + 80]
            return _FACT_RE.search(rest.split(".")[0]) is not None or (
                _PARTICIPATE_RE.search(sentence) is not None
            )
        return False
    if cue.kind in ("voorkennis", "rol", "belofte") and _EVENT_RE.search(sentence) is not None:
        return True  # confirming a meeting or a webinar
    if cue.kind in ("voorkennis", "rol") and _APPRECIATION_RE.search(sentence) is not None:
        return _JUDGEMENT_RE.search(sentence) is None
    if cue.kind == "politiek" and _AGREE_RE.search(said) is not None:
        return role not in _POLITICAL_ROLES and "@" not in text and _POLICY_RE.search(text) is None
    if cue.kind in ("niet-openbaar", "hint", "voorkennis", "lek"):
        if _SECRET_RE.search(said) is not None:
            return False
        if "concept" in said.lower():  # a draft is public only when it is open for comment
            return _OPEN_RE.search(sentence) is not None
        return PUBLIC_RE.search(sentence) is not None
    if cue.kind == "weerwoord":
        if said.lower().startswith(("lees", "check")):
            return PUBLIC_RE.search(sentence) is not None
        return _SELF_CORRECTION_RE.search(text) is not None
    if cue.kind == "rol":
        return (
            _VACANCY_OR_PRIDE_RE.search(sentence) is not None
            or _INTRO_RE.search(sentence) is not None
        )
    if cue.kind == "belofte" and said.lower().startswith("namens"):
        return _THANKS_RE.match(text, cue.end) is not None
    if cue.kind == "zaak":
        return _INSTRUCTION_RE.search(sentence) is not None
    return False
