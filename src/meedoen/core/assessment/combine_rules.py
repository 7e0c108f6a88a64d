# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The rules of the combinations (C1–C6): what each needs and what it changes.

Each function takes the check's ``(detector, evidence)`` pairs and returns them
with its combination applied; :mod:`meedoen.core.assessment.combine` holds the
table that names them, in the order they are applied, and the Dutch condition
shown in ``docs/decision-table.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from meedoen.core import rx
from meedoen.core.detectors.base import LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.text import Document
from meedoen.core.text.dossier_hints import insider_hint, promise_hint, teaser_hint
from meedoen.core.text.recall_extra import SOON

Pair = tuple[Detector, Evidence]

# Risks that weigh more on one's own dossier. Not identificatie (who is speaking) and not
# timing (a circumstance, factor c).
ON_OWN_DOSSIER = frozenset(
    {
        "persoonsgegevens",
        "vertrouwelijk",
        "politiek",
        "toon",
        "pers",
        "kamerlid",
        "namens-organisatie",
        "integriteit",
    }
)
# A moment still to come, named in the post ("komt pas donderdag uit", "na de zomer").
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
MOMENT_RE = rx.compile(
    rf"\b(?:{SOON}|(?:begin|eind)\s+volgende\s+(?:week|maand)|"
    r"na\s+de\s+(?:zomer|vakantie|verkiezingen)|op\s+prinsjesdag|"
    rf"\d{{1,2}}\s+(?:{_MONTHS})|"
    r"tomorrow|next\s+(?:week|month|monday|tuesday|wednesday|thursday|friday)(?:'s)?)\b",
    re.IGNORECASE,
)
# The moment must be about making something public, in the same sentence ("komt pas donderdag
# uit", "het MT gaat morgen besluiten"), not just any day ("stuur ik haar morgen de cijfers").
PUBLISHING_RE = rx.compile(
    r"\b(?:uit|bekend\w*|publice\w*|gepubliceerd|persbericht\w*|besluit\w*|beslis\w*|besloten|"
    r"presente\w*|officieel|kamerbrief\w*|ministerraad|debat|nieuws|aangekondigd|agenda|"
    r"decision|announce\w*|publish\w*|release\w*|spoiler)\b",
    re.IGNORECASE,
)
TAG = "combinatie"


def _risky(pairs: list[Pair], categories: frozenset[str]) -> list[str]:
    """The categories in ``categories`` with a finding of risico or worse, in a fixed order."""
    return sorted(
        {d.category for d, e in pairs if d.category in categories and e.severity >= RISICO}
    )


def own_dossier(doc: Document, pairs: list[Pair], *_: object) -> list[Pair]:
    if not any(d.category == "eigen-dossier" and e.severity == LET_OP for d, e in pairs):
        return pairs
    if any(d.category == "eigen-dossier" and e.severity >= RISICO for d, e in pairs):
        return pairs  # the dossier is already weighed as a risk
    others = _risky(pairs, ON_OWN_DOSSIER)
    if not others:
        return pairs
    named = ", ".join(others)
    out = []
    for det, ev in pairs:
        if det.category == "eigen-dossier" and ev.severity == LET_OP:
            ev = replace(
                ev,
                severity=RISICO,
                message=(
                    f"Dit raakt je eigen dossier, en het bericht heeft ook een risico bij {named}. "
                    "Op je eigen dossier weegt dat zwaarder: lezers koppelen het aan je functie."
                ),
                advice=(
                    "Wees op je eigen dossier extra terughoudend: laat inhoud, cijfers en "
                    "standpunten aan de woordvoering en deel alleen wat al openbaar is."
                ),
                explanation=f"{ev.explanation} Combinatie C1 (wegingsfactor a): eigen dossier "
                f"samen met een risico bij {named}.",
                tags=(*ev.tags, f"{TAG}=C1"),
            )
        out.append((det, ev))
    return out


# C4: a light hint that weighs only on one's own dossier, by category.
HINTS = (
    (
        "vertrouwelijk",
        insider_hint,
        "Dit raakt je eigen dossier en je laat doorschemeren dat je meer weet dan openbaar is",
        "Zeg op je eigen dossier niets over wat nog niet openbaar is, ook niet met een knipoog. "
        "Wacht op de bekendmaking en verwijs dan naar de openbare bron.",
    ),
    (
        "namens-organisatie",
        promise_hint,
        "Dit raakt je eigen dossier en je stelt iemand gerust of belooft een uitkomst",
        "Beloof op je eigen dossier geen uitkomst, ook niet informeel: verwijs naar de procedure "
        "en het officiële kanaal van je organisatie.",
    ),
)


def dossier_hint(
    doc: Document, pairs: list[Pair], detectors: Sequence[Detector], ctx: CheckContext | None
) -> list[Pair]:
    if not any(d.category == "eigen-dossier" for d, _ in pairs) or len(doc.lower) != len(doc.text):
        return pairs
    internal = ctx is not None and ctx.context.effective_audience() == "intern"
    out = list(pairs)
    for category, find, message, advice in HINTS:
        det = next((d for d in detectors if d.category == category), None)
        if det is None or _risky(pairs, frozenset({category})):
            continue
        if internal and category == "vertrouwelijk":
            continue  # work in progress on an internal channel is ordinary work
        span = find(doc.lower)
        if span is None:
            continue
        ev = Evidence(
            *span,
            message=f"{message} ('{doc.text[span[0] : span[1]]}').",
            advice=advice,
            severity=RISICO,
            rule=det.rule,
            explanation="Combinatie C4 (wegingsfactor a): een lichte hint die alleen op je eigen "
            "dossier zwaar weegt.",
            tags=("hint", f"{TAG}=C4"),
        )
        out.append((det, ev))
    return out


def _raised(
    det: Detector,
    span: tuple[int, int],
    combination: str,
    message: str,
    advice: str,
    why: str,
    tag: str,
) -> Pair:
    """A risico finding of ``det``'s category that a combination raises, explained as such."""
    ev = Evidence(
        *span,
        message=message,
        advice=advice,
        severity=RISICO,
        rule=det.rule,
        explanation=f"Combinatie {combination} {why}",
        tags=(tag, f"{TAG}={combination}"),
    )
    return det, ev


def contact_teaser(
    doc: Document, pairs: list[Pair], detectors: Sequence[Detector], ctx: CheckContext | None
) -> list[Pair]:
    """C5: contact with a journalist or an MP, and an offer of more than is public."""
    if not _risky(pairs, frozenset({"pers", "kamerlid"})) or _risky(
        pairs, frozenset({"vertrouwelijk"})
    ):
        return pairs
    det = next((d for d in detectors if d.category == "vertrouwelijk"), None)
    if det is None or len(doc.lower) != len(doc.text):
        return pairs
    span = teaser_hint(doc.lower)
    if span is None:
        return pairs
    return [
        *pairs,
        _raised(
            det,
            span,
            "C5",
            "Je spreekt een journalist of Kamerlid aan en biedt meer aan dan wat openbaar is "
            f"('{doc.text[span[0] : span[1]]}').",
            "Deel geen niet-openbare informatie met pers of Kamerleden, ook niet via een "
            "privébericht. Verwijs naar de woordvoering of naar openbare stukken.",
            "(Aanwijzingen 7 en 12, Ambtenarenwet art. 9): contact met pers of Kamerlid samen "
            "met een aanbod of hint van niet-openbare informatie.",
            "hint",
        ),
    ]


# C6: an opinion on one's own dossier that is about what government decides or plans. Wider
# than politics_broad.TARGET_RE on purpose: a plan, regeling or maatregel on one's own dossier is
# policy, where elsewhere those words are everyday ones (measured: reusing TARGET_RE and the
# irony rule's policy names loses the C6 finding on "die nieuwe azc-regeling …").
POLICY_RE = rx.compile(
    r"(?<!\w)(?:kabinet\w*|minister\w*|staatssecretaris\w*|regering\w*|coalitie\w*|den\s+haag|"
    r"wethouder\w*|college|gemeenteraad|provincie\w*|\w*beleid|\w*plan(?:nen)?|\w*wet|"
    r"\w*regeling|\w*maatregel(?:en)?|\w*aanpak|bezuiniging\w*|cabinet|government|minister's|"
    r"policy|policies|the\s+hague)(?!\w)",
    re.IGNORECASE,
)


def dossier_policy_opinion(
    doc: Document, pairs: list[Pair], detectors: Sequence[Detector], _: object = None
) -> list[Pair]:
    if any(d.category == "politiek" for d, _ in pairs):
        return pairs  # the politiek detector has weighed this post already
    opinion = next(
        (
            ev
            for d, ev in pairs
            if d.category == "eigen-dossier"
            and ev.severity >= RISICO
            and "signaal=mening" in ev.tags
        ),
        None,
    )
    det = next((d for d in detectors if d.category == "politiek"), None)
    if opinion is None or det is None:
        return pairs
    policy = POLICY_RE.search(doc.text)
    if policy is None:
        return pairs
    return [
        *pairs,
        _raised(
            det,
            policy.span(),
            "C6",
            "Je geeft een mening over je eigen dossier, en die gaat over beleid of bestuur "
            f"('{policy.group()}'): dat is ook een politieke uiting.",
            "Kritiek of lof voor beleid op je eigen terrein bespreek je intern; openbaar raakt "
            "het de onpartijdigheid van je functie.",
            "(Ambtenarenwet art. 10, wegingsfactor a): een mening over je eigen dossier in een "
            "bericht over beleid of bestuur.",
            "mening",
        ),
    ]


def before_moment(
    doc: Document, pairs: list[Pair], detectors: Sequence[Detector], _: object = None
) -> list[Pair]:
    if not _risky(pairs, frozenset({"vertrouwelijk"})) or _risky(pairs, frozenset({"timing"})):
        return pairs
    timing = next((d for d in detectors if d.category == "timing"), None)
    moment = next(
        (
            m
            for m in MOMENT_RE.finditer(doc.text)
            if PUBLISHING_RE.search(doc.text, *doc.sentence_at(m.start()))
        ),
        None,
    )
    if timing is None or moment is None:
        return pairs
    ev = Evidence(
        moment.start(),
        moment.end(),
        message=(
            f"Je deelt informatie die nog niet openbaar is, en noemt zelf het moment waarop "
            f"dat wel gebeurt ('{moment.group()}'): dat is vóór de bekendmaking."
        ),
        advice=(
            "Wacht tot het officiële moment van bekendmaking en verwijs dan naar de openbare bron."
        ),
        severity=RISICO,
        rule=timing.rule,
        explanation="Combinatie C2 (wegingsfactor c): niet-openbare informatie en een genoemd "
        "moment in de toekomst.",
        tags=("aangekondigd", f"{TAG}=C2"),
    )
    return [*pairs, (timing, ev)]


def election_opinion(doc: Document, pairs: list[Pair], *_: object) -> list[Pair]:
    if not _risky(pairs, frozenset({"politiek"})):
        return pairs
    out = []
    for det, ev in pairs:
        if det.category == "timing" and ev.severity == LET_OP and "verkiezingen" in ev.tags:
            ev = replace(
                ev,
                severity=RISICO,
                message=f"{ev.message} Je bericht bevat ook een politieke uiting.",
                explanation=f"{ev.explanation} Combinatie C3 (wegingsfactor c): "
                "verkiezingsperiode en een politieke uiting.",
                tags=(*ev.tags, f"{TAG}=C3"),
            )
        out.append((det, ev))
    return out
