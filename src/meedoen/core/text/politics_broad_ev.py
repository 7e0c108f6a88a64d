# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Evidence for the broad political-opinion rules (see ``politics_broad``).

Severity: an insult of a politician or a call to vote in function is ernstig;
an opinion, a private call to vote or a call to protest is a risk; a polite
opinion (praise, understatement) by an uitvoering or beleid employee on a topic
far from their own dossiers is a point of attention (Aanwijzing 15, factor a).
"""

from __future__ import annotations

from collections.abc import Iterator

from meedoen.core import rx
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO, CheckContext, Evidence
from meedoen.core.text.document import Document
from meedoen.core.text.irony import irony
from meedoen.core.text.politics_broad import broad_opinion
from meedoen.core.text.politics_distance import topic_terms, touches_terms

FAR_LEVELS = frozenset({"uitvoering", "beleid"})
MESSAGES = {
    "insult": "Je beledigt of bespot een politicus of politiek orgaan ('{w}').",
    "neg": "Je geeft een politiek oordeel ('{w}').",
    "pos": "Je geeft een politieke mening, ook lof is een mening ('{w}').",
    "protest": "Je roept op tot of steunt protest tegen beleid ('{w}').",
    "vote": "Je geeft een (verkapt) stemadvies ('{w}').",
    "emoji": "Je reageert op een politicus met een oordelende emoji ('{w}').",
    "agree": "Je sluit je aan bij een politieke uitspraak ('{w}').",
    "irony": "Je spot of ironiseert over een politiek ambt of beleid ('{w}', met '{m}').",
}
ADVICE = (
    "Vraag je af of dit de onpartijdigheid van je functie raakt: hoe dichter bij je eigen werk "
    "en hoe hoger je functie, hoe terughoudender. Beschrijf feiten in plaats van een oordeel, "
    "laat stemadvies weg, of laat de post weg."
)


ENDORSE_RE = rx.compile(
    r"👏|💪|(?<!\w)(?:precies|mee\s+eens|terecht|sterk\w*|chapeau|hulde|bravo|spot\s+on|"
    r"well\s+said|agreed|zere\s+plek|gelijk)(?!\w)"
)


# Criticising one's own political leadership weighs more: a municipal employee about
# the wethouder or the college, a provincial one about Gedeputeerde Staten.
_OWN_LEADERS = (
    ("gemeente", rx.compile(r"(?<!\w)(?:wethouder\w*|burgemeester|college\s+van\s+b)")),
    ("provincie", rx.compile(r"(?<!\w)(?:gedeputeerde\w*|provinciebestuur|statenfractie|staten)")),
    ("politie", rx.compile(r"(?<!\w)(?:burgemeester|minister\s+van\s+justitie)")),
)


def own_leadership(lower: str, organisation: str) -> bool:
    org = organisation.lower()
    return any(kind in org and rx.search(lower) for kind, rx in _OWN_LEADERS)


def broad_evidence(doc: Document, ctx: CheckContext, rule: str) -> Iterator[Evidence]:
    reply = ctx.context.reply_to
    f = broad_opinion(doc.text, doc.lower, reply.author_role if reply is not None else None)
    if f is None:
        yield from _irony_evidence(doc, ctx, rule)
        return
    word = doc.text[f.start : f.end]
    if f.kind == "vote":
        severity = ERNSTIG if ctx.in_function else RISICO
    elif f.kind == "insult":
        severity = ERNSTIG
    elif f.kind == "pos":
        far = ctx.profile.level in FAR_LEVELS and not touches_terms(
            doc.lower, topic_terms(ctx.profile)
        )
        # applause for a politician in their own thread is a visible partisan act, however
        # far from one's work ("sterk gedaan 👏 precies dit"; not "great thread, coffee?")
        cheer = (
            reply is not None
            and reply.author_role in ("kamerlid", "politicus")
            and ENDORSE_RE.search(doc.lower) is not None
        )
        severity = LET_OP if far and not ctx.in_function and not cheer else RISICO
    else:
        own = f.kind == "neg" and own_leadership(doc.lower, ctx.profile.organisation or "")
        severity = ERNSTIG if (ctx.in_function or own) and f.kind == "neg" else RISICO
    yield Evidence(
        f.start,
        f.end,
        message=MESSAGES[f.kind].format(w=word.strip()),
        advice=ADVICE,
        severity=severity,
        rule=rule,
        explanation="Politiek doelwit met oordeel, stemadvies of oordelende reactie "
        "(Ambtenarenwet 2017 art. 10: terughoudendheid).",
        tags=("mening", "breed", f.kind),
    )


def _irony_evidence(doc: Document, ctx: CheckContext, rule: str) -> Iterator[Evidence]:
    """Mockery without opinion words (:mod:`meedoen.core.text.irony`): a risk; ernstig on one
    of one's own dossiers (Aanwijzing 15, factor a: no distance between function and topic)."""
    if len(doc.lower) != len(doc.text):
        return
    found = irony(doc.lower)
    if found is None:
        return
    yield Evidence(
        found.start,
        found.end,
        message=MESSAGES["irony"].format(w=doc.text[found.start : found.end], m=found.marker),
        advice=ADVICE,
        severity=ERNSTIG if touches_terms(doc.lower, topic_terms(ctx.profile)) else RISICO,
        rule=rule,
        explanation="Een politiek ambt of beleid met ironie of spot in dezelfde zin (een "
        "sarcastische zin, een spottende emoji of woorden tussen aanhalingstekens): ook dat is "
        "een politiek oordeel (Ambtenarenwet 2017 art. 10).",
        tags=("mening", "breed", "ironie"),
    )
