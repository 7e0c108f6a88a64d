# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Broad promise, apology, decision and position rules for ``namens-organisatie``.

A fallback after the calibrated patterns in ``org_promise``: general word
classes combined per sentence instead of a pattern per phrasing.

- a *commitment* ("komt goed", "we zorgen ervoor", "u hoort vrijdag van ons",
  "I'll make sure", "gegarandeerd") counts when the same post names the
  organisation or a case/outcome (uw aanvraag, het bedrag, de schade, vergoeden),
  and not when it is about family, friends or a sports team;
- an *apology* on behalf of the organisation ("excuses namens de gemeente");
- a *decision* announced for the organisation ("het ministerie heeft besloten");
- a *position* in the organisation's "wij" ("wij staan achter", "als gemeente
  zijn wij tegen", "onze organisatie vindt").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from meedoen.core import rx
from meedoen.core.text.politics_words import first_match, may_contain

_W = r"(?<!\w)"
_E = r"(?!\w)"
_I = re.IGNORECASE

ORG_WORDS = (
    r"gemeente\w*|ministerie\w*|provincie\w*|waterschap|kabinet|regering|college|"
    r"organisatie|departement|dienst|uwv|belastingdienst|cjib|rijkswaterstaat|"
    r"politie|ministry|municipality|department|council|government|agency|wethouder|"
    r"minister|staatssecretaris|overheid|directie|bestuur|afdeling|leiding|top"
)
ORG_RE = rx.compile(_W + r"(?:" + ORG_WORDS + r"|van\s+ons|bij\s+ons)" + _E, _I)
ORG_NEEDLES = (
    "gemeente",
    "minister",
    "provincie",
    "waterschap",
    "kabinet",
    "regering",
    "college",
    "organisatie",
    "departement",
    "dienst",
    "uwv",
    "cjib",
    "rijkswaterstaat",
    "politie",
    "ministry",
    "municipality",
    "department",
    "council",
    "government",
    "agency",
    "wethouder",
    "overheid",
    "directie",
    "bestuur",
    "afdeling",
    "leiding",
    "top",
    "van ons",
    "bij ons",
)

# A case or outcome the organisation decides or pays.
OUTCOME_RE = rx.compile(
    _W + r"(?:(?:uw|je|jouw|your)\s+(?:\w+\s+)?\w+|bedrag|rekening|geld|vergoed\w*|"
    r"terugbetaal\w*|terug\s*betaald|uitbetaal\w*|kwijtschel\w*|betaal\w*|betaalt|"
    r"toegekend|afgewezen|vergunning|aanvraag|bezwaar|uitkering|toeslag|boete|schade|"
    r"kosten|subsidie|regeling|asfalt|straat|weg|brug|fietspad|speeltuin|sporthal|"
    r"wachttijd\w*|inzameling\w*|afval\w*|boom|bomen|parkeer\w*|miljoen|miljard|euro|€|granted|refund\w*|reimburs\w*|pay\w*|"
    r"cover\w*|fix\w*|road|objection|claim|benefit)" + _E,
    _I,
)
MONEY_RE = rx.compile(
    _W + r"(?:geld|bedrag|vergoed\w*|terugbetaal\w*|uitbetaal\w*|betaal\w*|betaalt|"
    r"kwijtschel\w*|miljoen|miljard|euro|subsidie|toeslag\w*|kosten|refund\w*|"
    r"reimburs\w*|pay\w*|money)" + _E + r"|€",
    _I,
)

# One alternative per entry, with the substrings one of which each of its matches contains.
_COMMIT_ALTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("regelen", "oplossen", "fixen"),
        r"(?:dat|dit|het)\s+(?:gaan|zullen)\s+(?:wij|we)\s+(?:\w+\s+)?(?:regelen|oplossen|fixen)",
    ),
    (("regelen", "fixen"), r"(?:dat|dit|het)\s+(?:regelen|fixen)\s+(?:wij|we)"),
    (("komt",), r"(?:het\s+)?komt\s+(?:echt\s+|helemaal\s+)?goed"),
    (("zorgen",), r"(?:wij|we)\s+zorgen\s+(?:er\s*voor|ervoor|dat)"),
    (("zorgen",), r"(?:daar|hiervoor)\s+zorgen\s+(?:wij|we)"),
    (("hoort",), r"(?:u|je|jij)\s+hoort\s+(?:\w+\s+){0,3}?van\s+ons"),
    (
        ("gaan", "zullen", "komen"),
        r"(?:wij|we)\s+(?:gaan|zullen|komen)\s+(?:\w+\s+){0,4}?\w+(?:en|ten)",
    ),
    (("nemen",), r"(?:wij|we)\s+nemen\s+(?:\w+\s+){0,3}?contact"),
    (("lossen",), r"lossen\s+(?:het|dat|dit)\s+op"),
    (("zorg",), r"ik\s+zorg\s+(?:er\s*voor\s+|ervoor\s+)?dat"),
    (("ik ga",), r"ik\s+ga\s+(?:\w+\s+){0,2}?(?:regelen|zorgen)"),
    (("beloof", "garandeer"), r"dat\s+(?:beloof|garandeer)\s+ik"),
    (("verzekeren", "beloven"), r"dat\s+kan\s+ik\s+(?:u|je|jullie)\s+(?:verzekeren|beloven)"),
    (("reken",), r"reken\s+(?:maar|er\s+maar\s+op)"),
    (("garand", "garantie"), r"gegarandeerd|garantie"),
    (("zorgen",), r"(?:(?:maak|maakt)\s+(?:u|je)\s+(?:zich\s+|je\s+)?)?geen\s+zorgen"),
    (("rond", "vast", "toegezegd"), r"(?:is|staat)\s+(?:al\s+)?(?:rond|vast|toegezegd)"),
    (("krijgt",), r"krijgt\s+u\s+(?:\w+\s+)?wel"),
    (
        ("zeker", "gewoon", "echt"),
        r"(?:wordt|worden|gaat|komt)\s+(?:\w+\s+)?(?:zeker|gewoon|echt)\s+(?:\w+\s+)?"
        r"(?:toegekend|betaald|terugbetaald|vergoed|rond|geregeld|verhoogd|vervangen)",
    ),
    (
        ("vergoeden", "betalen", "rekening"),
        r"(?:zal|gaat|neemt)\s+(?:\w+\s+){0,3}?(?:vergoeden|betalen|terugbetalen|voor\s+"
        r"(?:haar|zijn|onze)\s+rekening)",
    ),
    (("betaalt", "vergoedt"), r"(?:betaalt|vergoedt)\s+(?:\w+\s+)?(?:gewoon|zeker)"),
    (
        ("toezeggen", "beloven", "garanderen", "verzekeren"),
        r"(?:kan|wil|mag)\s+(?:ik\s+)?(?:u|je|jullie)\s+(?:wel\s+|alvast\s+)?(?:toezeggen|beloven|"
        r"garanderen|verzekeren)",
    ),
    (("toegezegd",), r"toegezegd"),
    (("komt er", "komen er"), r"(?:komt|komen)\s+er(?:\s+(?:echt|gewoon|zeker|wel))?"),
    (("make sure",), r"i'?ll\s+make\s+sure|i\s+will\s+make\s+sure"),
    (("we'll", "we will"), r"we'?ll\s+\w+|we\s+will\s+\w+"),
    (("guarantee",), r"i\s+guarantee"),
    (("my word",), r"you\s+have\s+my\s+word"),
    (("definitely",), r"(?:will|'ll)\s+definitely"),
    (
        ("will", "going to", "'ll"),
        r"(?:ministry|municipality|government|council|department|city|agency|tax\s+office)\s+"
        r"(?:will|'ll|is\s+going\s+to)\s+(?:\w+\s+)?(?:pay|reimburse|refund|fix|cover|"
        r"compensate|extend|approve|sort|solve|build|raise|double)",
    ),
    (("afgesproken", "geregeld"), r"(?:is|zijn)\s+(?:al\s+)?(?:afgesproken|geregeld)"),
    (
        ("betalen", "vergoeden", "repareren", "herstellen"),
        r"(?:wij|we)\s+(?:betalen|vergoeden|repareren|herstellen)",
    ),
    (("paniek",), r"geen\s+paniek"),
    (
        ("uitbetaald", "goedgekeurd", "verlengd", "opgelost"),
        r"(?:wordt|worden|gaat|komt)\s+(?:\w+\s+)?(?:zeker|gewoon|echt)\s+(?:\w+\s+)?"
        r"(?:uitbetaald|goedgekeurd|verlengd|opgelost)",
    ),
    (
        ("zeker", "gegarandeerd", "absoluut", "reken", "100%"),
        r"(?:" + ORG_WORDS + r")\s+(?:gaat|gaan|zal|zullen)\s+(?:\w+\s+){0,6}?\w+en"
        r"(?=[^.!?]*(?:zeker|gegarandeerd|absoluut|100%))",
    ),
)
COMMIT_PARTS = tuple(
    (needles, rx.compile(_W + r"(?:" + alt + r")" + _E, _I)) for needles, alt in _COMMIT_ALTS
)
# Private life: "we zorgen ervoor dat de kinderen …", "ons team wint".
PRIVATE_RE = rx.compile(
    _W + r"(?:kinderen|kids|familie|gezin|opa|oma|hond|kat|team|teams|buurt|feest|verjaardag|"
    r"training|wedstrijd|vakantie|weekend|taart|chips|efteling|strand|beach|party|"
    r"volleybal\w*|voetbal\w*|verhuizing|vrienden|tuin|thuis|huis|vriend\w*|collega\w*)" + _E,
    _I,
)

APOLOGY_RE = rx.compile(
    _W + r"(?:(?:excuses|sorry|spijt|apologies)\s+(?:\w+\s+){0,2}?(?:namens|van|bij)\s+"
    r"(?:de|het|ons|onze)?\s*(?:\w+\s+){0,2}?(?:" + ORG_WORDS + r"|allemaal\s+bij\s+\w+)|"
    r"(?:onze|mijn)\s+excuses\s*,?\s+(?:wij|we)|"
    r"(?:" + ORG_WORDS + r")\s+(?:excuseert|biedt\s+(?:\w+\s+)?excuses|apologi[sz]es))" + _E,
    _I,
)
DECISION_RE = rx.compile(
    _W + r"(?:(?:" + ORG_WORDS + r")\s+(?:heeft|hebben|has|have)\s+(?:\w+\s+){0,2}?"
    r"(?:besloten|decided|gekozen)|er\s+is\s+(?:al\s+)?besloten|"
    r"(?:het\s+)?besluit\s+is\s+(?:al\s+)?(?:genomen|gevallen)|"
    r"(?:dat|het)\s+is\s+(?:al\s+)?(?:rond|besloten)|(?:dat|het)\s+heb\s+ik\s+met\s+de\s+"
    r"(?:wethouder|minister|directeur|burgemeester)\s+afgestemd)" + _E,
    _I,
)
POSITION_RE = rx.compile(
    _W + r"(?:(?:wij|we)\s+staan\s+(?:als\s+\w+\s+)?(?:\w+\s+)?achter|"
    r"als\s+(?:" + ORG_WORDS + r")\s+(?:zijn|vinden|willen|staan)\s+(?:wij|we)|"
    r"(?:wij|we)\s+(?:van|bij)\s+(?:de|het)\s+(?:" + ORG_WORDS + r")\s+\w+|"
    r"(?:de|het|onze|ons)\s+(?:" + ORG_WORDS + r")\s+(?:staat\s+(?:\w+\s+)?achter|steunt|"
    r"is\s+(?:fel\s+)?(?:tegen|voor)|neemt\s+(?:\w+\s+){0,3}?serieus)|(?:wij|we)\s+gaan\s+als\s+(?:"
    + ORG_WORDS
    + r")|"
    r"(?:onze|ons)\s+(?:" + ORG_WORDS + r")\s+(?:vindt|wil|is\s+tegen|is\s+voor|steunt)|"
    r"namens\s+(?:\w+\s+){0,4}?(?:de|het)\s+(?:" + ORG_WORDS + r")|"
    r"standpunt\s+van\s+(?:ons|onze)\s+\w+|bij\s+ons\s+op\s+het\s+(?:departement|ministerie|"
    r"stadhuis|provinciehuis))" + _E,
    _I,
)
# Published policy, a procedure or a press release: pointing to it is no promise.
PUBLISHED_RE = rx.compile(
    _W + r"(?:persbericht\w*|website|formulier|procedure|zie\s+de|lees\s+(?:het|hem)\s+hier|"
    r"raadsinformatiebrief|gepubliceerd|https?)" + _E,
    _I,
)


WE_RE = rx.compile(_W + r"(?:wij|we|we'll|ons)" + _E, _I)
STRONG_RE = rx.compile(r"beloof|beloven|garand|guarantee|verzeker|toezeg|toegezegd", _I)


class Finding(NamedTuple):
    start: int
    end: int
    kind: str  # commitment | apology | decision | position
    money: bool


APOLOGY_NEEDLES = ("excuse", "sorry", "spijt", "apolog")
POSITION_WORDS = frozenset(
    {"wij", "we", "onze", "ons", "standpunt", "achter", "steunt", "tegen", "voor", "serieus"}
    | {"namens"}
)
DECISION_NEEDLES = ("beslo", "besluit", "decided", "gekozen", "is rond", "is al rond", "afgestemd")
# Every POSITION_RE match holds an organisation word (ORG_NEEDLES) or one of these;
# ORG_NEEDLES lacks "staatssecretaris" (in ORG_WORDS), so it is here.
POSITION_NEEDLES = ("staatssecretaris", "achter", "standpunt", "stadhuis", "provinciehuis")
STRONG_NEEDLES = ("beloof", "beloven", "garand", "guarantee", "verzeker", "toezeg")


def broad_promise(
    text: str, lower: str, replying_to_citizen: bool, words: frozenset[str]
) -> Finding | None:
    """The first broad promise, apology, decision or position in ``text``."""
    org_possible = may_contain(lower, ORG_NEEDLES)
    for kind, pattern, needles in (
        ("apology", APOLOGY_RE, APOLOGY_NEEDLES),
        ("position", POSITION_RE, POSITION_NEEDLES),
        ("decision", DECISION_RE, DECISION_NEEDLES),
    ):
        if pattern is POSITION_RE:
            if POSITION_WORDS.isdisjoint(words) or not (
                org_possible or may_contain(lower, needles)
            ):
                continue
        elif not may_contain(lower, needles):
            continue
        m = pattern.search(text)
        if kind == "position" and m is not None and PUBLISHED_RE.search(text) is not None:
            continue  # quoting a press release or published position with its source
        if m is not None and PRIVATE_RE.search(text) is None:
            money = kind == "decision" and MONEY_RE.search(text) is not None
            return Finding(m.start(), m.end(), kind, money)
    if not (
        org_possible or replying_to_citizen or "ons" in words or may_contain(lower, STRONG_NEEDLES)
    ):
        return None  # none of the conditions below can hold
    m = first_match(COMMIT_PARTS, text, lower)
    if m is None or PRIVATE_RE.search(text) is not None:
        return None
    org = org_possible and ORG_RE.search(text) is not None
    outcome = OUTCOME_RE.search(text) is not None
    we = WE_RE.search(m.group()) is not None
    strong = STRONG_RE.search(text) is not None
    if not (
        org
        or (outcome and (replying_to_citizen or strong or "ons" in words))
        or (we and replying_to_citizen)
    ):
        return None
    if PUBLISHED_RE.search(text) is not None and not org:
        return None
    return Finding(m.start(), m.end(), "commitment", MONEY_RE.search(text) is not None)
