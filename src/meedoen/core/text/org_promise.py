# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Promises and positions on behalf of the organisation: the patterns of the
``namens-organisatie`` detector (split from :mod:`meedoen.core.text.politics_contact`).

A *promise* commits the organisation to an outcome ("wij gaan ervoor zorgen
dat", "daar zorgen wij voor", "ik kan u beloven"); *namens* speaks for it by
name or acronym; a *position* states its view; a *case promise* is about one
person's application or objection.
"""

from __future__ import annotations

import re

from meedoen.core import rx
from meedoen.core.text.politics_words import first_match

_W = r"(?<!\w)"
_E = r"(?!\w)"

# Promises and positions on behalf of the organisation (namens-organisatie detector).
_ORG = (
    r"(?:het\s+)?ministerie|(?:de\s+)?gemeente|(?:de\s+)?provincie|(?:het\s+)?waterschap|"
    r"(?:de\s+)?minister|(?:de\s+)?staatssecretaris|(?:het\s+)?college|(?:de\s+)?dienst|"
    r"(?:de\s+)?organisatie|(?:het\s+)?kabinet|(?:de\s+)?overheid|(?:het\s+)?rijk|"
    r"(?:de\s+)?(?:politie|belastingdienst|brandweer|ggd|rijkswaterstaat|marechaussee|ind)|"
    r"(?:het\s+)?(?:uwv|cjib|duo|cak|rivm|defensie|hoogheemraadschap|wetterskip|svb|rdw|nvwa)|"
    r"(?:ons|onze)\s+(?:ministerie|gemeente|provincie|organisatie|minister|college|dienst)"
)
# Organisation words anywhere in the post: a promise then speaks for that organisation.
ORG_CONTEXT_RE = rx.compile(
    _W + r"(?:ministerie|gemeente|provincie|waterschap|minister|staatssecretaris|college|"
    r"overheid|rijksoverheid|wethouder|burgemeester|uitvoeringsorganisatie|ministry|province|"
    r"municipality|government|council|wijk|wijken|inzameling|inzamelronde|regeling|"
    r"subsidie|loket|afvalkalender)" + _E,
    re.IGNORECASE,
)
CASE = (
    r"(?:uw|je|jouw)\s+(?:\w+\s+)?(?:aanvraag|bezwaar|uitkering|vergunning|toeslag|melding|"
    r"dossier|zaak|klacht|subsidie|aanslag|teruggave|schadevergoeding|vergoeding|verzoek)"
)
CASE_EN = (
    r"your\s+(?:\w+\s+)?(?:benefits?|application|permit|refund|allowance|payment|claim|request|"
    r"objection|case|file|subsidy|grant)"
)

# "namens de RDW", "namens RWS": an organisation by its acronym (capitals only)
NAMENS_RE = rx.compile(
    _W + r"(?:namens\s+(?:" + _ORG + r"|(?:de\s+|het\s+)?(?-i:[A-Z]{2,6}))|"
    r"vanuit\s+(?:" + _ORG + r"|(?-i:[A-Z]\w+))\s+kan\s+ik\s+(?:(?:u|je|jullie)\s+)?"
    r"(?:dat\s+|dit\s+|het\s+)?(?:bevestigen|zeggen|melden|vertellen|verzekeren|geruststellen)|"
    r"speaking\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?:city|municipality|ministry|department|"
    r"government|agency|organi[sz]ation|council|province))" + _E,
    re.IGNORECASE,
)
CASE_PROMISE_RE = rx.compile(
    _W + r"(?:(?:wij|we|ik|de\s+gemeente|het\s+ministerie)\s+(?:zullen|zal|gaan|ga|gaat)\s+"
    r"(?:\w+\s+){0,3}?" + CASE + r"|" + CASE + r"\s+(?:wordt|is|gaat)\s+(?:\w+\s+){0,2}?"
    r"(?:goedgekeurd|toegekend|verleend|gehonoreerd|geregeld|betaald|doorgezet|akkoord)|"
    r"ik\s+(?:regel|zorg\s+dat|beloof\s+(?:u|je)\s+dat)\s+(?:\w+\s+){0,3}?" + CASE + r"|"
    # the same in English: "I promise you your benefit will be paid before Friday", "your
    # permit will be fine, I'll make sure of it"
    r"(?:i|we)\s+(?:promise|guarantee)\s+(?:you\s+)?(?:that\s+)?" + CASE_EN + r"\s+will\s+be\s+"
    r"(?:\w+\s+)?(?:paid|approved|granted|sorted|fixed|processed|refunded|settled|fine)|"
    + CASE_EN
    + r"\s+will\s+be\s+(?:\w+\s+)?(?:approved|granted|fine|sorted)\b[^.!?\n]{0,40}?"
    r"\b(?:i'?ll|i\s+will)\s+make\s+sure|"
    r"(?:i'?ll|i\s+will)\s+(?:personally\s+)?(?:make\s+sure|ensure)\s+(?:that\s+)?"
    + CASE_EN
    + r"\s+(?:is|gets|will\s+be)\s+(?:\w+\s+)?(?:paid|approved|granted|sorted|processed|refunded))"
    + _E,
    re.IGNORECASE,
)
_WE = r"(?:wij|we)(?:\s+(?:van|bij)\s+(?:de|het)\s+\w+(?:\s+[A-Z]\w+)?)?"
# One alternative per entry, with the substrings one of which each of its matches
# contains (for the gated search in ``promise``).
_PROMISE_ALTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("zorgen",), _WE + r"\s+(?:gaan|zullen)\s+(?:ervoor|er\s+voor)\s+zorgen\s+dat"),
    (("beloof",), r"ik\s+beloof\s+(?:u|je|jullie)"),
    (("garandeer",), r"ik\s+garandeer"),
    (("garanderen", "beloven"), _WE + r"\s+(?:garanderen|beloven)"),
    (("toezeggen",), r"ik\s+(?:kan|wil)\s+(?:u|je|jullie\s+)?(?:wel\s+)?toezeggen"),
    (("regel",), r"ik\s+regel\s+(?:het|dat)"),
    (("regel",), r"(?:dat|dit|het)\s+regel\s+ik|regel\s+ik\s+(?:het|dat)"),
    # a reassurance that decides the outcome: "you'll be fine", "the permit will be fine"
    (
        ("fine", "approved", "granted"),
        r"(?:you'?ll|you\s+will)\s+be\s+fine|(?:the|your)\s+(?:permit|application|claim|"
        r"request|refund|payment|licen[cs]e)\s+will\s+be\s+(?:fine|approved|granted)",
    ),
    (
        ("verlengd", "vergoed", "betaald", "goedgekeurd", "toegekend", "geregeld", "opgelost")
        + ("verhoogd", "gebouwd", "verruimd"),
        r"(?:wordt|worden|gaat|gaan)\s+(?:\w+\s+)?(?:zeker|absoluut|gegarandeerd|echt\s+wel|"
        r"100%)\s+(?:verlengd|vergoed|uitbetaald|goedgekeurd|toegekend|geregeld|opgelost|verhoogd|"
        r"gebouwd|verruimd|betaald)",
    ),
    (
        ("komen",),
        r"\w*(?:plan|besluit|regeling|project)\s+van\s+ons\s+gaat\s+er\s+(?:\w+\s+)?komen",
    ),
    (
        ("gemeente", "minister", "provincie"),
        r"(?:de\s+gemeente|het\s+ministerie|de\s+provincie|de\s+minister)(?:\s+[A-Z]\w+)?\s+"
        r"(?:gaat|zal)\s+(?:\w+\s+){0,4}?(?:zeker|absoluut|gegarandeerd|gewoon|echt(?:\s+wel)?)"
        r"\s+\w+",
    ),
    (
        ("definitely", "certainly", "sure", "absolutely"),
        r"(?:the\s+)?(?:ministry|municipality|government|minister|council|city|province|"
        r"tax\s+(?:office|administration))\s+(?:will|is\s+going\s+to|'ll)\s+(?:\w+\s+)?"
        r"(?:definitely|certainly|surely|absolutely|for\s+sure)\s+\w+",
    ),
    (
        ("anyway", "regardless"),
        r"(?:the\s+)?(?:ministry|municipality|government|council|city|province)\s+(?:will|is\s+"
        r"going\s+to|'ll)\s+(?:\w+\s+){1,4}?(?:anyway|regardless)",
    ),
    (
        ("fix", "solve", "sort", "done", "refund", "pay", "extend"),
        r"(?:we'?ll|we\s+will|we\s+are\s+going\s+to|we'?re\s+going\s+to)\s+(?:\w+\s+){0,2}?"
        r"(?:(?:have|get)\s+(?:this|it)\s+(?:\w+\s+)?(?:fixed|sorted|solved|done)|fix|solve|"
        r"sort\s+(?:this|it)|"
        r"resolve|refund|pay|extend)",
    ),
    (("promise",), r"(?:i|we)\s+promise"),
    (("ligt",), r"als\s+het\s+aan\s+(?:ons|mij)\s+ligt"),
    (("up",), r"if\s+it\s+(?:were|was|is)\s+up\s+to\s+(?:us|me)"),
    (
        ("oplossen", "regelen", "fixen", "verhelpen", "repareren"),
        r"(?:wij|we)\s+(?:gaan|zullen)\s+(?:\w+\s+){0,3}?"
        r"(?:oplossen|regelen|fixen|verhelpen|repareren)",
    ),
    (
        ("gemeente", "minister", "provincie"),
        r"(?:de\s+gemeente|het\s+ministerie|de\s+provincie|de\s+minister)\s+(?:zal|gaat)\s+"
        r"(?:\w+\s+){0,2}?(?:ervoor\s+zorgen|uw|je|het\s+geld|betalen|vergoeden|regelen|oplossen)",
    ),
    (("beloven",), r"wij\s+beloven"),
    # an outcome settled in a reply: "u hoeft niks te betalen", "we'll cancel the fine",
    # "every application before 1 June will be approved"
    (
        ("hoeft", "hoef", "have"),
        r"(?:u|je|jij|you)\s+(?:hoeft|hoef|won'?t\s+have\s+to|don'?t\s+have\s+to)\s+"
        r"(?:(?:niks|niets|nothing|anything|geen\s+\w+)\s+)?(?:te\s+)?(?:betalen|pay)",
    ),
    (("cancel", "waive"), r"(?:we'?ll|we\s+will)\s+(?:\w+\s+)?(?:cancel|waive|drop)"),
    (
        ("approved", "toegekend", "goedgekeurd"),
        r"(?:every|all|elke|alle)\s+(?:\w+\s+){0,3}?(?:applications?|aanvra(?:ag|gen))\s+"
        r"(?:\S+\s+){0,6}?(?:will\s+be|wordt|worden)\s+(?:approved|toegekend|goedgekeurd)",
    ),
    # a personal guarantee of an outcome: "mijn woord erop", "daar kun je op rekenen"
    (("woord", "word"), r"(?:mijn|m'n)\s+woord\s+erop|you\s+have\s+my\s+word"),
    (("rekenen",), r"daar\s+(?:kun|kunt|kunnen)\s+(?:je|u|jullie)\s+op\s+rekenen"),
    (("toegezegd",), r"(?:dat\s+)?is\s+(?:al\s+)?toegezegd"),
    (
        ("zorg",),
        r"(?:ik\s+zorg|zorg\s+ik)\s+(?:er\s*voor\s+|wel\s+|persoonlijk\s+|zelf\s+)?dat|"
        r"daar\s+(?:zorg|zorgen)\s+(?:ik|wij|we)\s+(?:\w+\s+)?voor|"
        r"daar\s+(?:ga|gaan)\s+(?:ik|wij|we)\s+(?:\w+\s+)?voor\s+zorgen",
    ),
    (
        ("beloven", "garanderen", "verzekeren", "geruststellen"),
        r"ik\s+kan\s+(?:u|je|jullie)\s+(?:wel\s+)?(?:beloven|garanderen|verzekeren|geruststellen)|"
        r"kan\s+ik\s+(?:u|je|jullie)\s+(?:wel\s+)?(?:beloven|garanderen|verzekeren|geruststellen)",
    ),
)
PROMISE_RE = rx.compile(
    _W + r"(?:" + "|".join(alt for _, alt in _PROMISE_ALTS) + r")" + _E, re.IGNORECASE
)
PROMISE_PARTS = tuple(
    (needles, rx.compile(_W + r"(?:" + alt + r")" + _E, re.IGNORECASE))
    for needles, alt in _PROMISE_ALTS
)


def promise(text: str, lower: str) -> re.Match[str] | None:
    """``PROMISE_RE.search(text)``, each alternative scanned only where it can match."""
    return first_match(PROMISE_PARTS, text, lower)


POSITION_RE = rx.compile(
    _W + r"(?:(?:ons|mijn)\s+standpunt\s+(?:als\s+(?:" + _ORG + r")\s+)?is|"
    r"het\s+standpunt\s+van\s+(?:" + _ORG + r")\s+is|"
    r"(?:wij|we)\s+als\s+(?:" + _ORG + r")|(?:wij|we)\s+(?:van|bij)\s+(?:" + _ORG + r")"
    r"(?:\s+[A-Z]\w+)?\s+(?:vinden|willen|zijn\s+(?:tegen|voor)|staan)|"
    r"bij\s+ons\s+op\s+het\s+(?:ministerie|stadhuis|provinciehuis|departement)\s+(?:gaan|zullen|"
    r"hebben\s+we\s+besloten)|on\s+behalf\s+of\s+the\s+(?:ministry|minister|"
    r"municipality)|our\s+(?:official\s+)?(?:position|stance)\s+(?:as\s+(?:a|an|the)\s+\w+\s+)?is|"
    r"the\s+(?:ministry|municipality|government)'?s\s+(?:position|stance)\s+is)" + _E,
    re.IGNORECASE,
)
MINISTER_RE = rx.compile(
    _W + r"(?:de\s+minister\s+(?:zal|wil|vindt)|the\s+minister\s+will)" + _E, re.IGNORECASE
)


# Substrings (lower case) without which none of the promise patterns can match.
# Guards: first four letters of words without which a pattern cannot match.
def _heads(words: str) -> frozenset[str]:
    return frozenset(w[:4] for w in words.split())


CASE_GUARDS = _heads(
    "aanvraag bezwaar uitkering vergunning toeslag melding dossier zaak klacht subsidie "
    "aanslag teruggave schadevergoeding vergoeding verzoek benefit application permit refund "
    "allowance payment claim request objection case file grant"
)
PROMISE_GUARDS = _heads(
    "zorgen beloof beloven garandeer garanderen toezeggen regel komen zeker "
    "gewoon absoluut gegarandeerd echt definitely certainly surely absolutely sure we'll will "
    "going promise ligt up oplossen regelen fixen verhelpen repareren 100% verzekeren geruststellen "
    # (heads of four letters: not "word", "have" or "goed", which start the commonest words)
    "fine approved granted woord rekenen toegezegd hoeft hoef pay cancel waive toegekend"
)
# A hedged promise ("als het aan ons ligt") sounds official but commits less.
HEDGED_RE = rx.compile(r"als\s+het\s+aan|if\s+it", re.IGNORECASE)
NAMENS_GUARDS = _heads("namens speaking vanuit")
POSITION_GUARDS = _heads("standpunt als bij behalf position stance")
MINISTER_GUARDS = _heads("minister")

# What a promise is about: money or a concrete outcome ("… gaat betalen", "er komt …").
OUTCOME_RE = rx.compile(
    _W + r"(?:betal\w*|betaal\w*|vergoed\w*|bouw(?:en|t)|gebouwd|opgelost|oplos\w*|financier\w*|"
    r"verdubbel\w*|verhoog\w*|verhog\w*|halver\w*|schrap\w*|afschaf\w*|compenser\w*|"
    r"subsidie\w*|miljoen|miljard|budget|geld|euro|"
    r"er\s+(?:\w+\s+){0,2}?komen|er\s+(?:echt\s+|zeker\s+|gewoon\s+)?(?:komt|komen)|"
    r"(?:komt|komen)\s+er|"
    r"pay|paid|build|fix|solve|fund\w*|double|increase|raise|compensate|money|million|billion)"
    + _E
    + r"|€",
    re.IGNORECASE,
)
# A promise in the first person ("ik kan toezeggen", "ik garandeer"), not "we gaan zorgen dat".
PERSONAL_PROMISE_RE = rx.compile(
    _W + r"(?:toezeggen|beloof|beloven|garandeer|garanderen|promise|guarantee)" + _E, re.IGNORECASE
)
# A promise made to one person ("ik beloof u", "dat u uw geld terugkrijgt") is a service
# answer about a case; a promise to the public about policy weighs more.
ADDRESSEE_RE = rx.compile(_W + r"(?:u|uw|je|jouw|jij|you|your)" + _E, re.IGNORECASE)


# Outcomes that are public decisions (a pool is built, a budget doubles), not service for one
# person (fixing, paying back, arranging something).
POLICY_OUTCOME_RE = rx.compile(
    _W + r"(?:bouw(?:en|t)|gebouwd|financier\w*|verdubbel\w*|verhoog\w*|verhog\w*|halver\w*|"
    r"schrap\w*|afschaf\w*|miljoen|miljard|budget|er\s+(?:\w+\s+){0,2}?komen|"
    r"er\s+(?:echt\s+|zeker\s+|gewoon\s+)?(?:komt|komen)|(?:komt|komen)\s+er|build|double|"
    r"increase|raise|million|billion|budget)" + _E,
    re.IGNORECASE,
)


# What makes a promise in function concrete: a date, a sum or a settled outcome for the reader
# ("vóór vrijdag", "binnen drie weken", "dat beloof ik u", "you won't have to pay").
CONCRETE_RE = rx.compile(
    _W + r"(?:v[óo]{1,2}r\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"het\s+weekend|eind\s+\w+|\d{1,2}\s+\w+)|uiterlijk\s+\w+|binnen\s+(?:\w+\s+)?"
    r"(?:dagen|weken|maanden|werkdagen)|by\s+(?:monday|tuesday|wednesday|thursday|friday|\d{1,2}\s+\w+)|"
    r"beloof\s+ik|i\s+promise|hoeft\s+(?:\w+\s+)?niks|won'?t\s+have\s+to\s+pay|will\s+be\s+approved|"
    r"cancel\w*|kwijtgescholden)" + _E,
    re.IGNORECASE,
)
