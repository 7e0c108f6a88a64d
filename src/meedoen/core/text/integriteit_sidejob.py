# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Broad side-job cues (split from :mod:`meedoen.core.text.integriteit_broad`).

A side job is a finding when the author's own paid activity or business interest (a
commercial cue: tarief, tegen betaling, mijn bv, commissaris, aandelen, freelance) meets a
tie to the function or to government decisions (als toezichthouder, bij de gemeente,
vergunning, subsidie, aanbesteding), or, for paid work in so many words, one of the
author's own dossiers. Without a first person it is nobody's side job ("sinds 1 april
€7,50 per uur" explains a tariff).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from meedoen.core import rx

_I = re.IGNORECASE

SIDE_COMMERCIAL_RE = rx.compile(
    r"\b(?:tarie(?:f|ven)|offerte|(?:tegen|voor)\s+(?:een\s+(?:kleine\s+)?)?(?:betaling|vergoeding)|betaalde|"
    r"betaald|boek\s+mijn|bijverdienste|adviespraktijk|(?<!je\s)(?<!uw\s)(?<!jouw\s)(?<!your\s)eigen\s+(?:bedrijf|bureau|zaak)|mijn\s+bv|mijn\s+bedrijf|aandelen|aandeelhouder|mede-?eigenaar|commissaris|"
    r"raad\s+van\s+(?:advies|toezicht|commissarissen)|in\s+het\s+bestuur|consultant|zzp\w*|"
    r"\d+\s*euro|per\s+uur|hire\s+me|private\s+(?:consult\w*|advice|clients|practice)|reach\s+out|rates|paid\s+consulting|side\s+business|join\s+the\s+board|"
    r"board\s+of|shares|dm\s+(?:me\s+)?for|prijsopgave|verdien\w*\s+(?:\w+\s+)?bij|paid\s+\w+|"
    r"(?:mijn|m'n)\s+eigen\s+\w*(?:praktijk|bureau|bedrijf|zaak)|(?:mijn|m'n)\s+diensten|invest\w*|mijn\s+(?:eigen\s+)?adviesbureau|"
    r"(?:run|heb|start|begin)\w*\s+(?:ik\s+)?(?:een|mijn)\s+(?:eigen\s+)?\w*(?:praktijk|bureau|bedrijf)|ik\s+schrijf\s+voor\s+(?:jullie|je|u)|"
    r"freelance\w*|book\s+a\s+(?:\d-on-\d\s+|1:1\s+|one-on-one\s+)?(?:session|call|consult\w*)|link\s+in\s+(?:bio|de\s+bio)|"
    r"boek\s+(?:een|je)\s+(?:sessie|gesprek|adviesgesprek)|dm\s+me\s+if\s+your)\b",
    _I,
)
SIDE_FEE_RE = rx.compile(r"€\s?\d+")
# An amount that is a figure, not a fee ("de gemiddelde schuld: €41.300").
FIGURE_BEFORE_RE = rx.compile(
    r"(?:gemiddeld\w*|totaal|schuld|budget|tekort|begroting)\W+(?:\w+\W+){0,3}$", _I
)
SIDE_TIE_RE = rx.compile(
    r"\b(?:mijn\s+(?:werk|baan|functie)|als\s+(?:\w+\s+){0,2}?(?:\w*medewerker|\w*adviseur|toezichthouder|"
    r"\w*verlener|inspecteur|ambtenaar|handhaver|inkoper|beleids\w+|\w*ambtenaar)|werk\s+(?:zelf\s+)?bij|"
    r"bij\s+(?:de|het|onze)\s+(?:gemeente|provincie|ministerie|belastingdienst|dienst\s+\w+|\w*dienst)|"
    r"bij\s+onze\s+dienst|voor\s+onze\s+afdeling|(?:die|dat)\s+(?:onze|ons)\b|bij\s+ons|"
    r"ik\s+(?:beoordeel|handhaaf)|zelf\s+(?:handhaaf|beoordeel)|van\s+binnenuit|in\s+de\s+avonduren|"
    r"vergunning\w*|subsidie\w*|aanbesteding\w*|inschrijv\w+|toeslag\w*|bezwaar\w*|inspectie\w*|woz|"
    r"regels\s+die\s+ik|my\s+job|the\s+(?:ministry|municipality)|our\s+(?:grants|tenders)|"
    r"as\s+an?\s+(?:\w+\s+)?(?:inspector|officer|official|planner|adviser|advisor)|i'?m\s+(?:reviewing|assessing|handling)|zoning|"
    r"ik\s+(?:ben|zit)\s+(?:zelf\s+)?(?:\w*verlener|in\s+de\s+\w*commissie)|permit\w*|grants?|tenders?|audits?|"
    r"municipalit\w+|i\s+know\s+exactly\s+(?:what|how)|ik\s+weet\s+precies\s+(?:wat|hoe|waar))\b",
    _I,
)

SIDE_GATE = frozenset(
    "tarief tarieven offerte betaling vergoeding betaalde betaald boek bijverdienste adviespraktijk "
    "adviesbureau bedrijf bureau zaak bv aandelen aandeelhouder mede-eigenaar commissaris raad bestuur "
    "consultant zzp zzp'er euro hire rates consulting business board shares dm schrijf prijsopgave "
    "verdien verdienen paid praktijk eigen private consultancy reach diensten investeer investeren "
    "invest investing freelance book link boek".split()
)


def broad_sidejob(
    text: str, words: frozenset[str], own_dossier: Callable[[], bool] = lambda: False
) -> tuple[int, int] | None:
    """A paid activity or business interest of the author's own, tied to the function, to
    government decisions or (``own_dossier()``, asked only when needed) to one of the author's
    dossiers."""
    if words.isdisjoint(SIDE_GATE) and "€" not in text:
        return None
    fees = (f for f in SIDE_FEE_RE.finditer(text) if not FIGURE_BEFORE_RE.search(text[: f.start()]))
    c = SIDE_COMMERCIAL_RE.search(text) or next(fees, None)
    if c is None or FIRST_PERSON_RE.search(text) is None:
        return None  # (no first person: "sinds 1 april €7,50 per uur" explains a tariff)
    t = SIDE_TIE_RE.search(text)
    if t is None:
        paid = SIDE_PAID_RE.search(text)
        return paid.span() if paid is not None and own_dossier() else None
    return min(c.start(), t.start()), max(c.end(), t.end())


# (LinkedIn style drops the pronoun: "Proud to have joined …", "Trots om …")
FIRST_PERSON_RE = rx.compile(
    r"\b(?:ik|mijn|m'n|mij|me|i|my|i'm|i've|i'll|mine|(?:proud|thrilled|excited|happy|honou?red)\s+to|"
    r"(?:trots|blij|vereerd)\s+(?:dat|om))\b",
    _I,
)
# Paid work in so many words: with one's own dossier in the post, that is the tie.
SIDE_PAID_RE = rx.compile(
    r"\b(?:freelance\w*|consultan\w*|advisory\s+board|board\s+of\s+\w+|rates\s+on\s+request|"
    r"tarie(?:f|ven)|offerte|(?:tegen|voor)\s+(?:een\s+)?(?:kleine\s+)?(?:betaling|vergoeding)|"
    r"book\s+a\s+\S+|zzp\w*|hire\s+me|dm\s+me\s+for)\b",
    _I,
)
