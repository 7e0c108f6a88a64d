# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Second-line cues for phrasings the calibrated patterns miss.

Three fall-back rules, each a combination of two word classes so that a single
common word never fires on its own:

* ``promise_cue`` (namens-organisatie): a commitment marker ("reken daar maar
  op", "dat garandeer ik", "komt goed", "you have my word") plus something that
  makes it the organisation's promise (an organisation as subject, "wij/we"
  answering a citizen or in function, an object of public service such as a
  permit or a road). Family, club and friends ("met de voetbalclub") stop it.
* ``secret_cue`` (vertrouwelijk): a "not yet public" marker ("officieel is het
  nog niet", "meer kan ik niet verklappen") and/or an insider source ("binnenskamers",
  "in de stuurgroep", "ik heb de eerste versie al gezien"). Both together, or a
  source plus a work subject, are serious.
* ``scorn_cue`` (toon): condescension and sarcasm without swear words ("nu heel
  langzaam", "voor de derde keer", "zo moeilijk is het toch niet", "so-called").

All patterns are linear (no nested quantifiers) and run only after a cheap
substring gate.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from meedoen.core import rx
from meedoen.core.text.pii_boundary import push_boundary
from meedoen.core.text.recall_extra import (
    NOT_PUBLIC_EXTRA,
    SCORN_EXTRA,
    SCORN_STRONG_EXTRA,
    SOURCE_EXTRA,
    first,
)

_W = r"(?<!\w)"
_E = r"(?!\w)"
# Patterns are lower-case literals run on the lower-cased text (much faster than
# IGNORECASE); a text whose lower-casing changes its length is skipped.
_I = 0


class Cue(NamedTuple):
    start: int
    end: int
    strong: bool


# -- namens-organisatie -------------------------------------------------------------
COMMIT_RE = rx.compile(
    _W + r"(?:beloofd|beloof\w*|garandeer\w*|gegarandeerd|verzeker\w*|"
    r"reken\s+(?:daar|er)\s+(?:maar\s+)?op|daar\s+kun(?:t|nen)\s+(?:u|je|jullie|ze)\s+"
    r"(?:op\s+rekenen|van\s+uitgaan)|kunt\s+u\s+op\s+rekenen|dat\s+staat\s+vast|"
    r"afgesproken\s*!|daar\s+sta\s+ik\s+(?:voor\s+)?in|"
    r"daar\s+houden\s+(?:we|wij)\s+ons\s+aan|daar\s+ga\s+ik\s+(?:persoonlijk\s+)?voor\s+zorgen|"
    r"(?:ik|wij|we)\s+zorg(?:en)?\s+(?:er\s*voor\s+|persoonlijk\s+)?dat|"
    r"daar\s+heb\s+ik\s+(?:zelf\s+)?voor\s+gezorgd|(?:heb|hebben)\s+(?:het\s+)?(?:al\s+)?doorgezet|"
    r"zelf\s+zo\s+ingeregeld|pakken\s+(?:wij|we)\s+op|"
    r"you\s+have\s+my\s+word|i\s+promise|we\s+will\s+(?:make\s+sure|definitely)|"
    r"will\s+make\s+sure|count\s+on\s+it|"
    r"dat\s+(?:zit|is)\s+(?:wel\s+|al\s+)?(?:snor|geregeld|rond|geritseld)|"
    r"(?:dat|die|het)\s+heb\s+ik\s+(?:net\s+|al\s+|zelf\s+)?(?:geregeld|geritseld|rondgemaakt)|"
    r"daar\s+kun(?:t|nen)\s+(?:u|je|jullie)\s+(?:van\s+)?op\s+aan|"
    r"dat\s+kan\s+ik\s+(?:je|u|jullie)\s+(?:wel\s+)?(?:vertellen|beloven|zeggen|verzekeren)|"
    r"ik\s+ga\s+(?:ervoor\s+|er\s+voor\s+)?zorgen|ik\s+regel\s+(?:het|dat))" + _E,
    _I,
)
# Weaker markers: only with the organisation itself in view (ORG_RE), not a bare "we".
WEAK_COMMIT_RE = rx.compile(
    _W + r"(?:komt\s+(?:goed|in\s+orde)|let\s+maar\s+op|reken\s+maar|zeker\s+weten|en\s+zorg\s+dat|"
    r"staat\s+(?:pal\s+|volledig\s+)?achter|(?:hebben|heeft)\s+(?:we|wij)\s+besloten)" + _E,
    _I,
)
COMMIT_NEEDLES = (
    "belo", "garand", "verzeker", "reken", "kunt u op", "zeker weten", "staat vast",
    "komt goed", "afgesproken", "sta ik", "let maar", "houden we", "houden wij", "zorg",
    "doorgezet", "ingeregeld", "pakken w", "achter", "my word", "promise", "will ",
    "count on", "snor", "geregeld", "regel ", "in orde", "geritseld", "op aan", "kan ik", "besloten",
)  # fmt: skip
ORG_RE = rx.compile(
    _W + r"(?:(?:de|het|onze|ons)\s+(?:gemeente|provincie|politie|belastingdienst|ministerie|"
    r"departement|organisatie|afdeling|dienst|waterschap)|(?:gemeente|provincie)\s+\w+|"
    r"als\s+(?:gemeente|ministerie|provincie|organisatie)|van\s+ons|wij\s+van|"
    r"rijkswaterstaat|rvo|belastingdienst|our\s+(?:ministry|department|organi[sz]ation)|"
    r"aanvraag|aanvragen|bezwaar|vergunning|aanslag\w*|uitkering|toeslag\w*|subsidie\w*|"
    r"regeling|voorschot\w*|agent|lantaarnpaal|afval|sluis|brug|n\d{2,3}|basisschool|scholen|"
    r"bijdrage|belasting\w*|gemeenten|ondernemers|boeren)" + _E,
    _I,
)
QUOTED_RE = rx.compile(r"(?:zegt|zei|meldt|schrijft|volgens)\s", _I)
WE_RE = rx.compile(_W + r"(?:wij|we|ons|our|we'll)" + _E, _I)
PRIVATE_GROUP_RE = rx.compile(
    _W + r"(?:voetbalclub|hockeyclub|club|team\s+won|gezin|familie|vriendengroep|buurthuis|"
    r"verjaardag|mijn\s+(?:moeder|vader|zus|broer|man|vrouw|kinderen)|kleinkinderen)" + _E,
    _I,
)
# An organisation as subject that gives or pays out to the public, without a marker.
ORG_GIVES_RE = rx.compile(
    _W
    + r"(?:(?:gemeente|provincie)\s+(?!\w+\s+(?:meldt|heeft|is)\b)\w+|wij\s+van\s+[\w ]{2,30}?|rvo|rijkswaterstaat|"
    r"(?:de|het|onze|ons)\s+(?:gemeente|provincie|ministerie|departement|organisatie))\s+"
    r"(?:\w+\s+){0,6}?(?:geven|geeft|betaalt|betalen|vergoedt|vergoeden|compenseert|compenseren|"
    r"verdubbelt|verdubbelen|schaft|schaffen|vervangt|repareert|herstelt|"
    r"zorgt\s+(?:er\s*voor\s+)?dat|regelt\s+dat|"
    r"gaat\s+(?:\w+\s+){0,5}?(?:oplossen|regelen|aanpakken|vervangen|repareren|herstellen))" + _E,
    _I,
)


# An organisation as subject with a word of certainty: "het ministerie gaat die gemeenten
# gewoon schadeloos stellen", "de provincie trekt die boete gewoon in".
ORG_SURE_RE = rx.compile(
    _W + r"(?:(?:de|het)\s+(?:gemeente|provincie|politie|belastingdienst|ministerie|departement|"
    r"waterschap)|(?:wij|we)\s+(?:van|als|bij)\s+\w+|our\s+(?:ministry|embassy|department)|"
    r"(?:de|onze)\s+ambassade|(?:het\s+|de\s+)?(?:uwv|svb|duo|cbr|rvo|ind|coa|rijkswaterstaat|"
    r"belastingdienst))\s+(?:\w+\s+){0,5}?(?:gewoon|zeker|echt|absoluut|sowieso|"
    r"gegarandeerd|definitely|certainly|will)" + _E,
    _I,
)


# Every rule below needs one of these substrings: a cheap gate before the patterns.
PROMISE_GATE = COMMIT_NEEDLES + (
    "gemeente", "provincie", "politie", "belastingdienst", "ministerie", "departement",
    "waterschap", "organisatie", "ambassade", "embassy", "ministry", "department", "wij van",
    "we van", "wij als", "we als", "wij bij", "we bij", "uwv", "svb", "duo", "cbr", "rvo",
    "ind ", "coa", "rijkswaterstaat",
)  # fmt: skip
_NEVER = ("never", "not ", "nooit", "niet ")
_ADDRESSED_RE = rx.compile(_W + r"(?:u|uw)" + _E)


def promise_cue(text: str, lower: str, official: bool) -> Cue | None:
    """A promise that commits the organisation; ``official``: in function or to a citizen."""
    if len(lower) != len(text) or not any(n in lower for n in PROMISE_GATE):
        return None
    text = lower
    if PRIVATE_GROUP_RE.search(text):
        return None
    g = ORG_GIVES_RE.search(text)
    if g is not None:
        return Cue(g.start(), g.end(), False)
    g = ORG_SURE_RE.search(text)
    if g is not None and text[g.end() :].lstrip().startswith(_NEVER):
        g = None  # "the tax office will never ask for your pin": a warning, not a promise
    if g is not None and QUOTED_RE.search(text) is None:
        return Cue(g.start(), g.end(), False)
    if not any(n in lower for n in COMMIT_NEEDLES):
        return None
    org = ORG_RE.search(text) is not None
    m = COMMIT_RE.search(text)
    if m is None:
        w = WEAK_COMMIT_RE.search(text) if org else None
        return Cue(w.start(), w.end(), False) if w is not None else None
    addressed = _ADDRESSED_RE.search(lower) is not None
    if (
        org
        or addressed  # "ik regel dat uw parkeerkaart …": a service promise to a reader
        or (official and WE_RE.search(text))
    ):
        return Cue(m.start(), m.end(), False)
    return None


# -- vertrouwelijk ------------------------------------------------------------------
NOT_PUBLIC_RE = rx.compile(
    _W + r"(?:nog\s+niet\s+(?:officieel|openbaar|naar\s+buiten|bekend\w*|uit)|"
    r"officieel\s+(?:is\s+het\s+|weet\s+niemand\s+het\s+)?nog\s+niet|onofficieel|"
    r"not\s+(?:official|public)\s+yet|"
    r"wordt\s+pas\s+(?:\w+\s+){0,4}?(?:openbaar|bekend\w*)|pas\s+(?:\w+\s+){0,4}?bekendmaken|"
    r"laat\s+nog\s+(?:even\s+)?op\s+zich\s+wachten|publicatie\s+volgt\s+pas|"
    r"(?:nog\s+niet|niet)\s+(?:heeft|hebben)\s+gezien|"
    r"meer\s+(?:mag|kan)\s+ik\s+(?:er\s+)?(?:niet|nog\s+niet|niks)\s*(?:over\s+)?"
    r"(?:zeggen|kwijt|verklappen|vertellen)?|ik\s+zeg\s+verder\s+(?:niks|niets)|"
    r"verder\s+(?:niks|niets)\s+zeggen|binnenkort\s+meer|hoor\s+je\s+binnenkort|"
    r"watch\s+this\s+space|can'?t\s+go\s+into\s+details?|can'?t\s+say\s+more|"
    r"volgt\s+het\s+persbericht|spoiler|niet\s+doorvertellen|vertel\s+het\s+(?:aan\s+)?niemand|"
    r"(?:mag|kan)\s+ik\s+(?:nog\s+)?(?:niet|niks|niets)\s+(?:delen|zeggen|vertellen|kwijt)|"
    r"ik\s+(?:mag|kan)\s+(?:er\s+)?(?:nog\s+)?(?:niet|niks|niets)\s+(?:over\s+)?"
    r"(?:zeggen|delen|vertellen|kwijt)|hoor\s+je\s+(?:binnenkort\s+)?meer|"
    r"hoor\s+je\s+(?:nog\s+)?niet\s+van\s+mij|can'?t\s+tell\s+you|not\s+allowed\s+to\s+say|"
    r"meer\s+(?:details|info|nieuws)\s+(?:later|volgt|binnenkort)|"
    r"binnenkort\s+(?:zie|lees|hoor)\s+je|"
    # "officieel hoor je het pas vrijdag", "officially you'll hear it on Friday", "sitting on it"
    r"officieel\s+(?:hoor|hoort|horen|lees|leest)\s+(?:je|u|jullie|we)\s+het\s+pas|"
    r"officially\s+you'?(?:ll|\s+will)\s+(?:hear|read)|(?:is|are)\s+sitting\s+on\s+(?:it|them)|"
    r"under\s+wraps|🤫|🤐)" + _E,
    _I,
)
# The same matches, faster (tests/test_recall_extra.py compares them): the word alternatives
# with the boundary behind their first letter, so that re skips ahead on those letters, and
# the two emoji apart.
_NOT_PUBLIC_WORDS = rx.compile(push_boundary(NOT_PUBLIC_RE.pattern.replace("|🤫|🤐)", ")")))
_HUSH_RE = rx.compile(_W + "(?:🤫|🤐)" + _E)
SOURCE_RE = rx.compile(
    _W + r"(?:intern\s+(?:is\s+)?(?:al\s+)?(?:rondgemaild|gehoord|besproken)|"
    r"interne?\s+(?:memo|notitie|stukken|stuk|cijfers|mail)|binnenskamers|"
    r"achter\s+gesloten\s+deuren|wandelgangen|in\s+the\s+corridors|"
    r"op\s+kantoor\s+gaat\s+het\s+verhaal|vanuit\s+de\s+(?:top|afdeling|directie|leiding)|"
    r"tip\s+van\s+een\s+insider|ik\s+zit\s+in\s+de\s+(?:werkgroep|stuurgroep|projectgroep)|"
    r"net\s+uit\s+het\s+overleg|in\s+de\s+(?:stuurgroep|vergadering\s+van)|"
    r"in\s+het\s+(?:bewindspersonenoverleg|mt|coalitieoverleg|mt-overleg)|"
    r"(?:al|stiekem)\s+gezien|eerste\s+(?:cijfers|versie|resultaten)|draft\s+of|"
    r"concept\w+|is\s+al\s+klaar|nog\s+langs\s+de\s+ministerraad|"
    r"er\s+(?:liggen|ligt)\s+(?:\w+\s+){0,2}?(?:scenario\w*|voorstel\w*|opties)|"
    r"knop(?:en|e)?\s+(?:is\s+|zijn\s+)?doorgehakt|al\s+(?:gekozen|ingestemd|besloten)|"
    r"(?:board|management|minister|cabinet|council|mt|ministry|municipality|directors?|top)\s+"
    r"(?:has\s+|have\s+)?already\s+(?:decided|agreed|signed\s+off)|"
    r"kennen\s+we\s+al|(?:aanhouding|inval)\s+is\s+een\s+kwestie\s+van|"
    r"ligt\s+(?:nu\s+)?(?:bij|op\s+het\s+bureau\s+van)\s+de\s+(?:minister|staatssecretaris|"
    r"wethouder|burgemeester)|(?:ik\s+)?hoorde\s+(?:vandaag|gisteren|net|vanochtend)|"
    r"(?:heb\s+)?(?:ik\s+)?(?:vandaag|gisteren|net|vanochtend)\s+(?:\w+\s+){0,4}?gehoord|"
    r"\w*overleg\s+gehoord|bij\s+ons\s+op\s+het\s+(?:stadhuis|provinciehuis|ministerie|departement|"
    r"bureau)|wij\s+op\s+het\s+(?:stadhuis|provinciehuis|ministerie|departement)|"
    r"iedereen\s+op\s+het\s+(?:stadhuis|provinciehuis|ministerie|departement)|"
    r"op\s+het\s+(?:stadhuis|provinciehuis|ministerie|departement|bureau)\s+(?:\w+\s+){0,2}?"
    r"(?:hoor\w*|gehoord|zeggen\s+ze|fluister\w*|gaat\s+het\s+verhaal|wordt\s+(?:gezegd|gefluisterd))|"
    r"bij\s+ons\s+op\s+(?:de\s+afdeling|het\s+werk|kantoor)|achter\s+de\s+schermen|"
    r"(?:vertelde|vertelt)\s+(?:ons|me|mij)\s+(?:\w+\s+){0,2}?al|"
    r"(?:ken|weet)\s+(?:ik\s+)?(?:de\s+uitkomst|(?:nu\s+)?al\s+(?:wat|hoe|wie|welke|de))|"
    r"internal\s+(?:briefing|memo|meeting|note)|staat\s+al\s+vast|op\s+mijn\s+bureau|"
    r"nog\s+moet\s+(?:tekenen|ondertekenen|goedkeuren|vaststellen))" + _E,
    _I,
)
# (as above: the alternative that starts with \w* apart, searched only after "overleg")
_SOURCE_OVERLEG = r"|\w*overleg\s+gehoord|"
_SOURCE_WORDS = rx.compile(push_boundary(SOURCE_RE.pattern.replace(_SOURCE_OVERLEG, "|")))
_OVERLEG_RE = rx.compile(_W + r"\w*overleg\s+gehoord" + _E)
WORK_RE = rx.compile(
    _W
    + r"(?:\w*rapport\w*|onaangekondigd\w*|\w*inspectie\w*|minister\w*|staatssecretaris|\w*beleid\w*|\w*regeling\w*|regels|\w*besluit\w*|"
    r"\w+zaak|\w*onderzoek\w*|\w*teams?|\w*overleg|persbericht|"
    r"reorganisatie|team|afdeling|actie|embassy|policy|strategy|evaluatie|cijfers|kamer\w*|"
    r"college|gedeputeerde|burgemeester|balie|controles|aanhouding|verdachte|projecten|"
    r"parkeerbeleid|belasting\w*|jaarverslag|voorstel|advies|scenario\w*|afdeling|stadhuis|"
    r"provinciehuis|\w*wet|nota|\w+nota|doorrekening|uitkomst|operatie|inval|huiszoeking|"
    r"(?:gaan|vallen)\s+we\s+(?:ergens\s+)?binnen|aid|cuts?|budget\w*|directeur|directie|"
    r"ministerie|gemeente|provincie|datum|openstelling\w*|kermis|subsidie\w*|vergunning\w*|"
    r"controles?|wethouder|raad|memo|krant|mt|bestuur|stuurgroep|\w*stijging|\w*verhoging|"
    r"cijfer\w*|ministr\w+|department|figures|numbers|estimate\w*|statistic\w*|report|decision|"
    r"cabinet|data|board|management|office|reorgani[sz]ation|restructuring|layoffs|council|"
    r"municipality|city|province)" + _E,
    _I,
)
DECIDED_RE = rx.compile(_W + r"(?:besloten|besluit|gekozen|ingestemd|decided)" + _E)
PUBLIC_NOW_RE = rx.compile(
    _W + r"(?:vandaag\s+(?:gepubliceerd|gepresenteerd|bekendgemaakt)|staat\s+online|"
    r"persbericht\s+vind|lees\s+(?:hem|het|ze)\s+op|zijn\s+openbaar)" + _E,
    _I,
)


def not_public(lower: str, pos: int = 0) -> re.Match[str] | None:
    """The first 'not public yet' marker in a lower-case text (both pattern sets)."""
    found = _NOT_PUBLIC_WORDS.search(lower, pos)
    if "🤫" in lower or "🤐" in lower:
        found = first(found, _HUSH_RE.search(lower, pos))
    return first(found, NOT_PUBLIC_EXTRA.search(lower, pos))


def source_cue(lower: str) -> re.Match[str] | None:
    """The first hint at an inside source in a lower-case text (both pattern sets)."""
    found = _SOURCE_WORDS.search(lower)
    if "overleg" in lower:
        found = first(found, _OVERLEG_RE.search(lower))
    return first(found, SOURCE_EXTRA.search(lower))


def secret_cue(text: str, lower: str) -> Cue | None:
    """A hint at work information that is not public yet; ``strong``: with a source."""
    if len(lower) != len(text):
        return None
    text = lower
    np = not_public(text)
    src = source_cue(text)
    if (np is None and src is None) or PUBLIC_NOW_RE.search(text):
        return None
    if WORK_RE.search(text) is None:
        # two separate teasers ("volgende week hoor je meer, ik mag nog niks zeggen")
        if src is None and np is not None and not_public(text, np.end()) is not None:
            return Cue(np.start(), np.end(), False)
        return None  # "niet doorvertellen, maar ik heb de finale al gezien"
    if src is not None:
        return Cue(src.start(), src.end(), True)
    if np is None:
        return None
    # "het MT heeft besloten, maar dat is nog niet naar buiten": an unpublished decision
    return Cue(np.start(), np.end(), DECIDED_RE.search(text) is not None)


# -- toon ---------------------------------------------------------------------------
SCORN_STRONG_RE = rx.compile(
    _W + r"(?:dommer\s+dan|te\s+dom|hersens\s+zijn\s+duur|nadenken\s+is\s+(?:blijkbaar\s+)?"
    r"te\s+moeilijk|denken\s+is\s+(?:blijkbaar\s+)?te\s+moeilijk|watjes|wijsneuzen|kleuterklas|"
    r"geen\s+flauw\s+benul|leren\s+lezen|in\s+een\s+grot|pinnacle\s+of\s+human|"
    r"ga\s+(?:eens\s+)?wat\s+nuttigs\s+doen|nu\s+heel\s+langzaam|word\s+eens\s+volwassen)" + _E,
    _I,
)
SCORN_RE = rx.compile(
    _W + r"(?:voor\s+de\s+(?:derde|vierde|vijfde|tiende|twintigste|vijftigste|honderdste|"
    r"zoveelste|\d+e)\s+keer|zo\s+moeilijk\s+is\s+(?:het|dat)\s+toch\s+niet|"
    r"u\s+begrijpt\s+het\s+(?:nog\s+steeds|echt)\s+niet|volgende\s+keer\s+beter\s+opletten|"
    r"als\s+u\s+(?:de\s+moeite\s+had|uw\s+\w+\s+niet\s+leest|had\s+gelezen)|"
    r"die\s+het\s+(?:allemaal\s+)?beter\s+weet|weer\s+een\s+(?:expert|deskundige|kenner)|"
    r"zogenaamde?\s+\w*(?:experts?|deskundigen?|kenners?|leiders?|fiscalisten|specialisten)|"
    r"so-called\s+(?:experts?|leaders?)|geen\s+kaas\s+gegeten|bless\s+them|"
    r"gejammer|zielig\s+hoor|boek\s+openslaan|huiswerk\s+niet\s+gedaan|amateurs\s*[.!]|"
    r"betaald\s+wordt\s+om\s+niks|volwassen\s+mensen\.{2,}|nog\s+nooit\s+een\s+stuk\s+(?:hebben|heeft)\s+gelezen|"
    r"suddenly\s+become\s+\w+(?:\s+\w+)?\s+experts?|"
    r"tuurlijk\s+joh|how\s+original|oh\s+look,\s+another|arme\s+schat(?:je|jes|ten)|"
    r"al\s+die\s+\w*(?:deskundigen|experts|kenners|geleerden|professors)|"
    r"armchair\s+experts?|keyboard\s+warriors?|(?:die|al\s+die|those)\s+(?:betweters|zeurpieten|"
    r"klagers|zeurders|mopperaars)|"
    r"zoals\s+ik\s+al\s+(?:\w+\s+){0,2}?(?:keer|vaker|eerder)\s+(?:heb\s+)?(?:uitgelegd|gezegd|"
    r"geschreven)|al\s+(?:drie|vier|vijf|tien|\d+)\s+keer\s+(?:heb\s+)?(?:uitgelegd|gezegd)|"
    r"(?:fijn|leuk|knap)\s+dat\s+u\s+(?:nu\s+)?(?:ineens|opeens)|(?:ineens|opeens)\s+(?:ook\s+)?"
    r"verstand|(?:cursus|les)\s+begrijpend\s+lezen|niks\s+beters\s+te\s+doen|"
    r"denken\s+(?:echt\s+)?dat\s+(?:\w+\s+){1,5}?(?:een\s+suggestie|optioneel|een\s+verzinsel|"
    r"hun\s+persoonlijke))" + _E,
    _I,
)


def scorn_cue(text: str, lower: str) -> Cue | None:
    if len(lower) != len(text):
        return None
    text = lower
    m = first(SCORN_STRONG_RE.search(text), SCORN_STRONG_EXTRA.search(text))
    if m is not None:
        return Cue(m.start(), m.end(), True)
    m = first(SCORN_RE.search(text), SCORN_EXTRA.search(text))
    return Cue(m.start(), m.end(), False) if m is not None else None
