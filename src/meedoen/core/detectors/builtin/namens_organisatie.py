# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Promises and positions on behalf of the minister or organisation (Aanwijzing 11;
GIR online communicatie: keep private and work apart).

Three kinds of evidence: speaking "namens" the organisation, promising an
outcome ("wij gaan ervoor zorgen dat", "ik beloof u", "we zullen uw aanvraag
…"), and stating a position ("ons standpunt is", "de minister zal"). In
function on an official account, describing published policy is fine, so
positions and "namens" weigh less there; a promise about an individual case
(uw aanvraag, uw bezwaar) is a finding in any capacity. In a private capacity,
"wij als gemeente" and announcements sound official and are reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from meedoen.core.detectors.base import (
    ERNSTIG,
    LET_OP,
    RISICO,
    CheckContext,
    Detector,
    Evidence,
)
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.org_promise import (
    ADDRESSEE_RE,
    CASE_GUARDS,
    CASE_PROMISE_RE,
    CONCRETE_RE,
    HEDGED_RE,
    MINISTER_GUARDS,
    MINISTER_RE,
    NAMENS_GUARDS,
    NAMENS_RE,
    ORG_CONTEXT_RE,
    OUTCOME_RE,
    PERSONAL_PROMISE_RE,
    POLICY_OUTCOME_RE,
    POSITION_GUARDS,
    POSITION_RE,
    PROMISE_GUARDS,
    PROMISE_RE,
    promise,
)
from meedoen.core.text.politics import political_target, prefixes
from meedoen.core.text.politics_distance import topic_terms, touches_terms
from meedoen.core.text.politics_opinion import VOTE_GUARDS, VOTE_RE
from meedoen.core.text.politics_promise import broad_promise
from meedoen.core.text.politics_words import has_any, may_contain
from meedoen.core.text.recall_cues import promise_cue

ADVICE_CASE = (
    "Doe geen toezeggingen over een individuele zaak op sociale media. Verwijs naar het "
    "officiële kanaal (contactformulier, behandelaar, klantcontact) waar de zaak wordt beoordeeld."
)
ADVICE = (
    "Spreek alleen namens je organisatie als dat je taak is en het standpunt openbaar is; "
    "verwijs dan naar de bron. Privé: maak duidelijk dat het je eigen mening is, of laat de "
    "uitspraak aan de woordvoering."
)

# Every case promise names the case ("uw aanvraag"): one of these stands in each match.
CASE_NEEDLES = (
    "aanvraag",
    "bezwaar",
    "uitkering",
    "vergunning",
    "toeslag",
    "melding",
    "dossier",
    "zaak",
    "klacht",
    "subsidie",
    "aanslag",
    "teruggave",
    "vergoeding",
    "verzoek",
    "benefit",
    "application",
    "permit",
    "refund",
    "allowance",
    "payment",
    "claim",
    "request",
    "objection",
    "case",
    "file",
    "grant",
)


def _about_org(text: str, m: re.Match[str]) -> bool:
    """The promise itself names the organisation ("ik beloof u dat de gemeente …")."""
    if "van ons" in m.group().lower() or ORG_CONTEXT_RE.search(m.group()):
        return True
    rest = text[m.end() : m.end() + 80]
    rest = rest[
        : min(
            (i for i in (rest.find("."), rest.find("!"), rest.find("?")) if i >= 0),
            default=len(rest),
        )
    ]
    return ORG_CONTEXT_RE.search(rest) is not None


@register
class NamensOrganisatieDetector(Detector):
    name = "namens-organisatie.toezegging.v1"
    category = "namens-organisatie"
    rule = "gir.online.prive-werk.v1"
    description = (
        "Toezeggingen of standpunten namens minister of organisatie; officieel klinkend privé."
    )

    def validate(self, candidate: str) -> bool:
        """'namens ons allen' / 'namens het team: gefeliciteerd' is a greeting, not a position."""
        return (
            re.search(
                r"namens\s+(?:ons\s+allen|het\s+team|onze\s+familie)", candidate, re.IGNORECASE
            )
            is None
        )

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        heads = prefixes(doc.words, ctx.cache)
        m = (
            CASE_PROMISE_RE.search(text)
            if not CASE_GUARDS.isdisjoint(heads) and may_contain(doc.lower, CASE_NEEDLES)
            else None
        )
        if m:
            yield self._ev(
                m,
                ERNSTIG if ctx.in_function else RISICO,
                "Je doet een toezegging over een individuele zaak",
                ADVICE_CASE,
                ctx,
            )
            return
        own = ctx.profile.organisation or ctx.organisation.name

        def org_context() -> bool:  # asked only once a promise is found
            return (
                ctx.in_function
                or ctx.context.reply_to is not None
                or (bool(own) and own.lower() in doc.lower)
                # a promise about one's own dossier speaks for the organisation that runs it
                or touches_terms(doc.lower, topic_terms(ctx.profile))
            )

        for pattern, kind, guards in (
            (PROMISE_RE, "toezegging", PROMISE_GUARDS),
            (NAMENS_RE, "namens", NAMENS_GUARDS),
            (POSITION_RE, "standpunt", POSITION_GUARDS),
            (MINISTER_RE, "minister", MINISTER_GUARDS),
        ):
            if guards.isdisjoint(heads):
                continue
            m = promise(text, doc.lower) if pattern is PROMISE_RE else pattern.search(text)
            if m is None or not self.validate(m.group()):
                continue
            if kind == "toezegging" and not (org_context() or _about_org(text, m)):
                continue  # "we gaan ervoor zorgen dat de kinderen …" at home
            if ctx.in_function and kind != "toezegging":
                votes = has_any(doc.lower, VOTE_GUARDS) and VOTE_RE.search(text)
                if kind == "minister" or not (
                    votes or political_target(doc.text, doc.words, doc.lower, doc.tokens)
                ):
                    continue  # in function, speaking for the organisation is the job
                severity = RISICO  # a political position put in the organisation's mouth
            else:
                # in function a general promise is worth a check against published policy
                severity = LET_OP if ctx.in_function or kind == "minister" else RISICO
            # a promise to one person about their case ("je wasmachine", a reply to a citizen)
            # is a service answer; an outcome or money promised to the public weighs more
            reply = ctx.context.reply_to
            individual = ADDRESSEE_RE.search(text) is not None or (
                reply is not None
                and reply.author_role == "burger"
                and POLICY_OUTCOME_RE.search(text) is None
            )
            outcome = (
                kind != "minister"
                and OUTCOME_RE.search(text) is not None
                and not individual
                and HEDGED_RE.match(m.group()) is None
            )
            if outcome and not ctx.in_function:
                severity = ERNSTIG  # an outcome or money promised for the organisation, privately
            elif outcome and kind == "toezegging" and PERSONAL_PROMISE_RE.search(m.group()):
                severity = RISICO  # "ik kan toezeggen dat …" in function: is it published policy?
            elif severity == LET_OP and kind == "toezegging" and promise_cue(text, doc.lower, True):
                severity = RISICO  # "dat garandeer ik", "daar kunnen ze van uitgaan"
            elif severity == LET_OP and kind == "toezegging" and CONCRETE_RE.search(text):
                severity = RISICO  # "u krijgt uw geld vóór vrijdag": a date or sum no reply can fix
            label = {
                "toezegging": "Je belooft iets namens je organisatie"
                + (" (een uitkomst of geld)" if outcome else ""),
                "namens": "Je spreekt namens je organisatie",
                "standpunt": "Je geeft een standpunt namens minister of organisatie",
                "minister": "Je zegt wat de minister zal doen of vindt",
            }[kind]
            yield self._ev(m, severity, label, ADVICE, ctx)
            return
        yield from self._broad(doc, ctx)

    def _broad(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        """General word-class rules for phrasings the calibrated patterns miss."""
        reply = ctx.context.reply_to
        citizen = reply is not None and reply.author_role == "burger"
        f = broad_promise(doc.text, doc.lower, citizen, doc.words)
        if f is not None and ctx.in_function and (f.kind != "commitment" or not f.money):
            f = None  # in function, answering for the organisation is the job
        if f is None:
            cue = promise_cue(doc.text, doc.lower, ctx.in_function or citizen)
            if cue is not None:  # a commitment marker with the organisation in view
                m = re.compile(re.escape(doc.text[cue.start : cue.end])).search(doc.text, cue.start)
                if m is not None:
                    yield self._ev(m, RISICO, "Je belooft iets namens je organisatie", ADVICE, ctx)
            return
        if ctx.in_function:
            severity = RISICO
        else:
            severity = ERNSTIG if f.money and f.kind in ("commitment", "decision") else RISICO
        label = {
            "commitment": "Je belooft iets namens je organisatie",
            "apology": "Je biedt excuses aan namens je organisatie",
            "decision": "Je maakt een besluit van je organisatie bekend",
            "position": "Je geeft een standpunt namens je organisatie",
        }[f.kind]
        m = re.compile(re.escape(doc.text[f.start : f.end])).search(doc.text, f.start)
        if m is not None:
            yield self._ev(m, severity, label, ADVICE, ctx)

    def _ev(
        self, m: re.Match[str], severity: int, label: str, advice: str, ctx: CheckContext
    ) -> Evidence:
        capacity = (
            "in functie: ga na of dit beschreven, openbaar beleid is"
            if ctx.in_function
            else "privé, maar het klinkt officieel"
        )
        return Evidence(
            m.start(),
            m.end(),
            message=f"{label} ('{m.group()}').",
            advice=advice,
            severity=severity,
            rule=self.rule,
            explanation=f"Je post {capacity}. Wie namens de minister optreedt, doet dat "
            "in opdracht (Aanwijzing 11, 1998).",
            tags=("namens-organisatie",),
        )
