# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""More own-dossier signals: personal opinion, role claims, leaks with content, hints.

Used by :mod:`meedoen.core.detectors.builtin.eigen_dossier` next to the cue
families of :mod:`meedoen.core.text.dossier_cues`. Families (Dutch and English):

* ``mening`` — a personal opinion marker ("mijn persoonlijke mening:",
  "persoonlijk denk ik", "volgens mij", "lost … niet op", "pure waanzin",
  "ik schaam me voor", "Personally I think", "just my own view"). A disclaimer
  ("los van mijn werk", "mening als burger", "not my employer's") is itself a
  sign that an opinion follows, so it counts too;
* ``rol`` — the author invokes their own role ("als jurist kan ik je zeggen",
  "ik werk zelf bij IenW aan dit dossier", "as the policy officer who drafted",
  "I'm the policy lead on this");
* ``lek`` — unpublished content ("spoiler:", "ligt al bij ons op het bureau",
  "before it's out", "between us", "komt uit op 4,1%", "officieel morgen");
* ``hint`` — a hint that something is not public yet, without content ("meer
  mag ik er nog niet over zeggen", "can't say much", 🤐);
* ``contact`` — offering contact or help to a person addressed by handle ("DM?",
  "bel me gerust", "happy to help with the wording", "koffie drinken over").

:func:`against_policy` says whether an opinion opposes government policy (a
negative judgement, or a rebuttal of the minister's own figures).
"""

from __future__ import annotations

import re

from meedoen.core import rx
from meedoen.core.text.document import Document

_I = re.IGNORECASE

# Strong markers: a personal opinion or a disclaimer that announces one (whole post).
MENING_RE = rx.compile(
    r"\b(?:mijn|m'n)\s+(?:persoonlijke|eigen|bescheiden)\s+(?:mening|opvatting|visie|overtuiging)\b"
    r"|\bpersoonlijk\s+(?:denk|vind|geloof|verwacht|hoop|vrees|meen)\s+ik\b"
    r"|\b(?:ik\s+)?(?:denk|vind|geloof)\s+(?:ik\s+)?persoonlijk\b"
    r"|\b(?:als|op)\s+persoonlijke\s+titel\b|\been\s+persoonlijke\s+noot\b"
    r"|\b(?:mening|standpunt)\s+als\s+(?:burger|privépersoon|inwoner|kiezer)\b"
    r"|\blos\s+van\s+(?:mijn|m'n)\s+(?:werk|functie|baan|werkgever)\b"
    r"|\bpersonally,?\s+i\s+(?:think|believe|feel|reckon)\b|\bi\s+personally\s+(?:think|believe|feel)\b"
    r"|\b(?:just\s+)?my\s+(?:own\s+|personal\s+)(?:view|opinion|take)\b|\bmy\s+two\s+cents\b"
    r"|\b(?:views|opinions)\s+(?:are\s+)?(?:my\s+)?own\b|\bnot\s+(?:those\s+of\s+)?my\s+employer'?s?\b"
    r"|\bin\s+my\s+(?:view|opinion)\b|\bimho\b",
    _I,
)
# Weaker opinion phrases: they count in the sentence of the keyword or next to it.
OORDEEL_RE = rx.compile(
    r"\b(?:ik\s+(?:denk|vind|geloof|verwacht|vrees|hoop)|denk|vind|geloof)\s+(?:ik\s+)?(?:echt\s+|wel\s+|toch\s+)?"
    r"(?:dat|niet|eerlijk\s+gezegd)\b"
    r"|\bvolgens\s+mij\b(?!\s+(?:las|lees|heb|hoorde|zag|stond|staat)\b)|\bwat\s+mij\s+betreft\b|\bals\s+je\s+het\s+mij\s+vraagt\b"
    r"|\bik\s+ben\s+(?:er\s+)?(?:geen\s+|groot\s+|warm\s+)?(?:voorstander|tegenstander|fan)\b"
    r"|\bik\s+ben\s+ervan\s+overtuigd\b"
    r"|\b(?:lost|lossen|losten)\s+(?:\w+\s+){0,5}?(?:niet|niks|niets|nooit)\s+(?:\w+\s+)?op\b"
    r"|\b(?:werkt|werken)\s+(?:\w+\s+){0,3}?(?:beter|slechter)\s+dan\b"
    r"|\b(?:pure|complete|totale|regelrechte)\s+(?:waanzin|onzin|idioterie|gekte|verspilling)\b"
    r"|\bwaanzin\b|\bonverantwoord\w*|\bonhoudbaar\w*|\bonacceptabel\w*|\bonbegrijpelijk\w*"
    r"|\bik\s+schaam\s+me\b|\bik\s+(?:erger|verbaas)\s+me\b|\bplaatsvervangende\s+schaamte\b"
    r"|\b(?:het|dit)\s+wordt\s+(?:echt\s+|hoog\s+)?tijd\s+dat\b"
    r"|\b(?:moet|moeten|zou|zouden)\s+(?:\w+\s+){0,4}?(?:echt|gewoon|eindelijk|eens|nu)\s+(?:\w+\s+){0,3}?"
    r"(?:worden|gaan|komen|stoppen|beginnen|veranderen|omlaag|omhoog)\b"
    r"|\bi\s+(?:think|believe|feel)\b|\b(?:should|must|ought\s+to)\s+(?:really\s+|finally\s+)?"
    r"(?:move|act|do|be|stop|start|change|reconsider|scrap)\b"
    r"|\b(?:far|way|much)\s+too\s+(?:weak|slow|little|late|soft|strict|harsh)\b"
    r"|\bi'?d\s+(?:strongly\s+)?(?:suggest|urge|recommend)\b|\bstrongly\s+(?:suggest|urge)\b"
    r"|\b(?:a\s+)?(?:huge|big|grave|terrible)\s+mistake\b|\bmadness\b|\bi'?m\s+ashamed\b"
    r"|\b(?:rampzalig|desastreus|kortzichtig|onrealistisch|onuitvoerbaar|onwerkbaar|contraproductief|"
    r"symboolpolitiek|naïef|wereldvreemd)\w*"
    r"|\b(?:reckless|short-sighted|shortsighted|unworkable|counterproductive|naive)\b"
    r"|\b(?:won't|will\s+not|doesn't|does\s+not)\s+work\b"
    r"|\bpapieren\s+tijger\b|\bwassen\s+neus\b|\bdruppel\s+op\s+een\s+gloeiende\s+plaat\b",
    _I,
)
# Negative judgements: with a dossier of high sensitivity they oppose the policy.
NEGATIEF_RE = rx.compile(
    r"\bwaanzin\b|\bonverantwoord\w*|\bonhoudbaar\w*|\bonacceptabel\w*|\bschaam\s+me\b"
    r"|\b(?:lost|lossen)\s+(?:\w+\s+){0,5}?(?:niet|niks|niets|nooit)\s+(?:\w+\s+)?op\b"
    r"|\b(?:kloppen|klopt|klopten)\s+(?:gewoon\s+|echt\s+)?(?:niet|niks|geen\s+bal)\b"
    r"|\b(?:numbers|figures)\b[^.!?\n]{0,30}?\bare\s+(?:off|wrong)\b"
    r"|\btoo\s+(?:weak|slow|little|late|soft)\b|\bmistake\b|\bmadness\b|\bashamed\b"
    r"|\bstrandt\b|\bgaat\s+(?:\w+\s+)?(?:mis|fout)\b|\bvergissing\b|\bschande\w*"
    r"|\b(?:rampzalig|desastreus|kortzichtig|onuitvoerbaar|onwerkbaar|contraproductief|"
    r"symboolpolitiek|reckless|unworkable|counterproductive)\w*"
    r"|\bpapieren\s+tijger\b|\bwassen\s+neus\b|\bdruppel\s+op\s+een\s+gloeiende\s+plaat\b",
    _I,
)
# Government, its policy and its documents: the target of an opposing opinion.
OVERHEID_RE = rx.compile(
    r"\b(?:kabinet\w*|minister\w*|staatssecretaris\w*|regering\w*|coalitie\w*|beleid\w*|"
    r"kamerbrie\w+|wetsvoorstel\w*|\w*wet|bewindspersoon|wethouder\w*|college|"
    r"cabinet|government|minister'?s?|ministry|policy|proposal|bill)\b",
    _I,
)
_ROLES = (
    r"jurist|handhaver|boa|fiscalist|econoom|ecoloog|beleidsmaker|beleidsmedewerker|beleidsadviseur|"
    r"adviseur|ambtenaar|insider|ingewijde|deskundige|expert|specialist|inspecteur|toezichthouder|"
    r"woordvoerder|projectleider|klantmanager|consulent|medewerker\s+van\s+\w+|iemand\s+die\s+(?:er|hier|daar)\s+"
    r"(?:zelf\s+)?(?:aan|mee|over)\s+\w+"
)
ROL_RE = rx.compile(
    rf"\bals\s+(?:\w+\s+){{0,2}}?(?:{_ROLES})\b"
    r"|\bik\s+(?:werk|zit)\s+(?:er|hier|daar|zelf|al\s+\w+\s+jaar)\s+(?:\w+\s+){0,4}?(?:aan|op|in|mee)\b"
    r"|\bik\s+werk\s+(?:zelf\s+)?bij\s+(?:het\s+|de\s+)?\w+\s+(?:\w+\s+){0,2}?aan\s+(?:dit|dat|het|deze|die)\b"
    r"|\bik\s+(?:kan|mag)\s+(?:je|u|jullie)\s+(?:wel\s+)?(?:zeggen|vertellen|verzekeren)\s+dat\b"
    r"|\b(?:i'?m|i\s+am)\s+(?:the|a|one\s+of\s+the)\s+(?:\w+\s+){0,2}?(?:lead|officer|adviser|advisor|"
    r"official|expert|person)\s+(?:on|for|in|at|who)\b"
    r"|\bas\s+(?:the|a|an)\s+(?:\w+\s+){0,3}?(?:officer|lead|adviser|advisor|official|expert|insider|"
    r"person|lawyer|civil\s+servant)\s+(?:who|at|on|in|for|that)\b"
    r"|\bi\s+(?:work|worked)\s+on\s+(?:this|that|it)\b|\btrust\s+me,?\s+i\s+(?:work|know)\b"
    r"|\bvanuit\s+(?:mijn|m'n)\s+(?:werk|functie|vak|praktijk)\s+(?:\w+\s+){0,2}?(?:weet|zie|kan|merk|hoor)\b"
    r"|\bin\s+(?:mijn|m'n)\s+(?:werk|functie|dagelijkse\s+praktijk)\s+(?:zie|merk|hoor|lees)\s+ik\b"
    r"|\b(?:from|in)\s+my\s+(?:work|job)\s+(?:\w+\s+){0,2}?i\s+(?:know|see|can)\b",
    _I,
)
LEK_RE = rx.compile(
    r"\bspoiler\b|\bsneak\s*peek\b|\bvoorproefje\b"
    r"|\bligt\s+(?:nu\s+)?al\s+(?:\w+\s+){0,4}?(?:op\s+(?:het|mijn|ons)\s+bureau|klaar|bij\s+ons|op\s+tafel|hier)"
    r"|\b(?:before|until)\s+(?:it'?s|it\s+is|they'?re)\s+(?:out|public|published|announced|official)\b"
    r"|\b(?:keep\s+it\s+)?between\s+(?:us|you\s+and\s+me)\b|\bnot\s+(?:public|out)\s+yet\b"
    r"|\bonder\s+ons\b|\bniet\s+(?:mijn|m'n)\s+naam\s+noemen\b|\bheb\s+je\s+niet\s+van\s+mij\b"
    r"|\bkomt\s+(?:\w+\s+)?uit\s+op\s+[\d,.]+"
    r"|\bofficieel\s+(?:pas\s+)?(?:morgen|overmorgen|volgende\s+week|maandag|dinsdag|woensdag|donderdag|vrijdag)"
    r"|\bwordt\s+(?:\w+\s+){0,3}?uitgesteld\s+tot\b"
    r"|\bgaat\s+(?:\w+\s+){0,3}?[\d,.]+\s*(?:cent|euro|%|procent)\s+(?:omhoog|omlaag|naar\s+beneden)"
    r"|\b(?:internal|interne)\s+(?:memo|nota|notitie|stukken|cijfers)\b"
    r"|\bwill\s+announce\b[^.!?\n]{0,40}?\b(?:on\s+\w+day|tomorrow|next\s+week)\b",
    _I,
)
HINT_RE = rx.compile(
    r"\b(?:meer\s+)?mag\s+ik\s+(?:er\s+)?(?:nog\s+)?(?:niet|niks|niets)\s+(?:over\s+)?(?:zeggen|kwijt|vertellen)"
    r"|\b(?:ik\s+)?mag\s+(?:er\s+)?(?:nog\s+)?(?:niet|niks|niets)\s+(?:over\s+)?(?:zeggen|kwijt|vertellen)"
    r"|\bik\s+zeg\s+(?:alleen|maar|niks|niets)\b|\bcan'?t\s+say\s+(?:much|more|anything)\b"
    r"|\bwait\s+and\s+see\b|\bwacht\s+maar\s+af\b|\U0001f910",
    _I,
)
CONTACT_RE = rx.compile(
    r"\bdm\s*\?|\b(?:dm|bel|app|mail|call|message)\s+(?:me|mij)\b|\bstuur\s+(?:me|mij)\s+een\s+(?:dm|bericht)"
    r"|\b(?:happy|glad)\s+to\s+(?:help|send|share|brief|chat|talk|explain)\b"
    r"|\bkoffie\s+(?:drinken|doen)\s+over\b|\bdenk\s+(?:graag|best)\s+mee\b"
    r"|\b(?:interessant|mooi|sappig)\s+verhaal\s+voor\s+(?:je|jou|u)\b"
    r"|\bhoe\s+(?:het|dat|die\s+\w+|de\s+\w+)\s+(?:nou\s+)?echt\s+(?:is\s+)?(?:gelopen|gegaan|zit)\b"
    r"|\bwhat\s+really\s+happened\b|\bleg\s+ik\s+(?:het\s+)?(?:u|je)?\s*(?:graag\s+)?uit\b",
    _I,
)
# A handle that names a journalist or an MP ("@verslaggever_rtv", "@MP_Jansen", "@x_tk").
PRESS_HANDLE_RE = rx.compile(
    r"@\w*(?:journ|verslag|reporter|redact|kamerlid|mp_|_mp\b|_tk\b|tweedekamer)\w*", _I
)

# First words of the alternatives of each pattern: a pattern is only tried where one starts.
MENING_HEADS = frozenset(
    "mijn m'n persoonlijk ik denk vind geloof als op een mening standpunt los personally i "
    "just my views opinions not in imho".split()
)
OORDEEL_HEADS = frozenset(
    "ik denk vind geloof volgens wat als lost lossen losten werkt werken pure complete totale "
    "regelrechte waanzin plaatsvervangende het dit moet moeten zou zouden i should must ought "
    "far way much i'd strongly a huge big grave terrible mistake madness i'm rampzalig "
    "desastreus kortzichtig onrealistisch onuitvoerbaar onwerkbaar contraproductief "
    "symboolpolitiek naïef wereldvreemd reckless short-sighted shortsighted unworkable "
    "counterproductive naive won't will doesn't does papieren wassen druppel".split()
)
OORDEEL_PREFIXES = ("onverantwoord", "onhoudbaar", "onacceptabel", "onbegrijpelijk")
ROL_HEADS = frozenset("als ik i'm i as trust vanuit in from".split())
LEK_HEADS = frozenset(
    "spoiler sneak voorproefje ligt before until keep between not onder niet heb komt officieel "
    "wordt gaat internal interne will".split()
)
HINT_HEADS = frozenset("meer mag ik zeg can't cant wait wacht".split())
_FAMILIES = (
    ("mening", MENING_HEADS, MENING_RE),
    ("rol", ROL_HEADS, ROL_RE),
    ("lek", LEK_HEADS, LEK_RE),
    ("hint", HINT_HEADS, HINT_RE),
)


def _first(doc: Document, pattern: re.Pattern[str], heads: frozenset[str]) -> re.Match[str] | None:
    """The first match of ``pattern`` that starts at a token in ``heads``."""
    text = doc.text
    for t in doc.tokens:
        if t.lower in heads:
            m = pattern.match(text, t.start)
            if m is not None:
                return m
    return None


def find_signals(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the first signal of each family in the post."""
    out: list[tuple[int, int, str]] = []
    words = doc.words
    for kind, heads, pattern in _FAMILIES:
        if words.isdisjoint(heads):
            if kind != "hint" or "\U0001f910" not in doc.text:
                continue
            i = doc.text.index("\U0001f910")
            out.append((i, i + 1, kind))
            continue
        m = _first(doc, pattern, heads)
        if m is not None:
            out.append((m.start(), m.end(), kind))
    return out


def find_judgements(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of weaker opinion phrases inside ``doc.text[start:end]``."""
    text = doc.text
    out = []
    for t in doc.tokens:
        if t.start < start or t.start >= end:
            continue
        if t.lower in OORDEEL_HEADS or t.lower.startswith(OORDEEL_PREFIXES):
            m = OORDEEL_RE.match(text, t.start, end)
            if m is not None:
                out.append(m.span())
    return out


def contact_offer(text: str) -> tuple[int, int] | None:
    """An offer of contact, counted when the post addresses a journalist or MP by handle."""
    if PRESS_HANDLE_RE.search(text) is None:
        return None
    m = CONTACT_RE.search(text)
    return m.span() if m is not None else None


def against_policy(text: str) -> bool:
    """A negative judgement in the post, or a rebuttal aimed at government or its documents."""
    return NEGATIEF_RE.search(text) is not None and OVERHEID_RE.search(text) is not None
