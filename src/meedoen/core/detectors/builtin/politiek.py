# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Political opinions, calls to vote and insults of politicians (Aw 2017 art. 10).

A sentence is a finding when it names a political target (party, politician,
office such as kabinet or minister, government policy, the author's own
minister or organisation) AND carries evaluative language (an opinion frame,
a strong subjective adjective, an insult, a sarcasm marker). A neutral mention
("de minister presenteerde het plan") has no evaluation and is no finding.
Opinion words inside quotation marks are reported speech and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.opinion import Opinion, find_opinions
from meedoen.core.text.politics import (
    Target,
    find_targets,
    may_have_targets,
    party_pattern,
)
from meedoen.core.text.politics_broad_ev import broad_evidence
from meedoen.core.text.politics_distance import MP_SHAPE_RE, in_election_window, touches_terms
from meedoen.core.text.politics_opinion import (
    ANNOUNCE_FIRST,
    ANNOUNCE_RE,
    CONDOLENCE_NEEDLES,
    CONDOLENCE_RE,
    ELECTION_RE,
    GROUP_STANCE_RE,
    GROUP_WORDS,
    INSULT_GAP,
    MAX_GAP,
    PARTISAN,
    POLITE_FLOOR,
    QUOTE_RE,
    VOTE_GUARDS,
    VOTE_RE,
    is_campaigning,
    is_derision,
    own_body,
    pair_opinion,
    sentence_spans,
    vote_has_target,
)
from meedoen.core.text.politics_weigh import (
    agreement,
    clause_pair,
    far_and_polite,
    has_slur,
    is_body,
    praise_only,
)
from meedoen.core.text.politics_words import has_any, may_contain

MESSAGES = {
    "insult": "Je beledigt een politicus of politiek orgaan ('{word}' over '{target}').",
    "own": "Je geeft een mening over je eigen bewindspersoon of organisatie ('{word}').",
    "opinion": "Je geeft een politieke mening ('{word}' over '{target}').",
    "body": "Je bekritiseert het bestuur van je eigen organisatie ('{word}' over '{target}').",
    "campaign": "Je prijst een politicus of partij in verkiezingstijd ('{word}' over '{target}').",
    "agree": "Je sluit je aan bij een politieke mening ('{word}').",
    "dossier": "Je geeft een persoonlijke mening over beleid op je eigen terrein ('{word}').",
    "group": "Je spreekt over een groep mensen als één geheel ('{word}').",
}
ADVICE = {
    "insult": "Haal de belediging weg. Kritiek mag je als burger hebben, maar schelden op "
    "politici schaadt het vertrouwen in een onpartijdige overheid.",
    "own": "Bespreek je kritiek intern, met je leidinggevende of in het werkoverleg. Openbaar, "
    "en zeker in functie, raakt dit de goede vervulling van je functie.",
    "opinion": "Vraag je af of dit de onpartijdigheid van je functie raakt: hoe dichter bij je "
    "eigen werk, hoe terughoudender. Beschrijf feiten in plaats van een oordeel, of laat de "
    "post weg.",
    "body": "Kritiek op het bestuur van je eigen organisatie bespreek je intern, met je "
    "leidinggevende of in het werkoverleg; openbaar schaadt het de goede vervulling van je functie.",
    "campaign": "Laat lof voor politici of partijen weg rond verkiezingen; zeker in functie lijkt "
    "het op campagne voeren. Beschrijf hooguit wat er feitelijk is besloten.",
    "agree": "Instemmen met een politieke uitspraak is ook een mening. Vraag je af of dit je "
    "onpartijdigheid raakt, of reageer niet.",
    "dossier": "Over je eigen beleidsterrein weegt een mening zwaar, ook als privépersoon: "
    "lezers zien je als deskundige van de organisatie. Bespreek je visie intern, of beperk je "
    "tot feiten en verwijs naar wat openbaar is.",
    "group": "Haal de generalisatie weg. Een uitspraak dat een hele groep 'terug' of 'weg' moet, "
    "raakt het vertrouwen dat je iedereen onpartijdig behandelt; spreek hooguit over beleid.",
}
CAMPAIGN_TARGETS = frozenset({"party", "politician", "reply", "own", "office"})
WEAK_SARCASM = frozenset({"weer eens", "tsja", "zucht", "nou nou"})


def _own_names(ctx: CheckContext) -> tuple[tuple[str, ...], tuple[str, ...]]:
    mine, pack = ctx.profile.organisation, ctx.organisation.name
    own = (mine, pack) if mine and pack else (mine,) if mine else (pack,) if pack else ()
    people = ctx.organisation.officials
    if not people:  # the usual case: no generator to build
        return own, ()
    officials = tuple(n for o in people for n in (o.name, o.handle or "") if n)
    return own, officials


@register
class PolitiekDetector(Detector):
    name = "politiek.opinie.v1"
    category = "politiek"
    rule = "aw2017.art10.v1"
    description = "Mening over politici, partijen, kabinet of beleid; stemadvies; beledigingen."

    def validate(self, candidate: str) -> bool:
        """Drop weak sarcasm ('weer eens') when it is the only evidence."""
        return candidate.lower() not in WEAK_SARCASM

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        found = False
        for ev in self._calibrated(doc, ctx):
            found = True
            yield ev
        if not found:
            yield from broad_evidence(doc, ctx, self.rule)

    def _calibrated(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        own, officials = _own_names(ctx)
        lower = doc.lower
        votes = list(VOTE_RE.finditer(text)) if has_any(lower, VOTE_GUARDS) else []
        extra = tuple(w for n in own + officials for w in n.split()) if own or officials else ()
        reply = ctx.context.reply_to
        to_politician = reply is not None and reply.author_role in ("kamerlid", "politicus")
        agree = agreement(text, reply)
        group = None if GROUP_WORDS.isdisjoint(doc.words) else GROUP_STANCE_RE.search(text)
        if group is not None:
            yield Evidence(
                group.start(),
                group.end(),
                message=MESSAGES["group"].format(word=group.group()),
                advice=ADVICE["group"],
                severity=ERNSTIG,
                rule=self.rule,
                explanation="Generaliserende uitspraak over een groep: een politiek standpunt "
                "dat het vertrouwen in een onpartijdige overheid schaadt.",
                tags=("mening", "groep"),
            )
            return
        shaped = "@" in text and MP_SHAPE_RE.search(text) is not None
        if not (
            votes
            or to_politician
            or agree
            or shaped
            or may_have_targets(doc.words, extra, doc.lower)
        ):
            if not ctx.in_function:
                yield from self._dossier_opinion(doc, ctx)
            return
        found_any = False
        for ev in self._sentences(doc, ctx, votes, own, officials, to_politician):
            found_any = True
            yield ev
        if agree is not None and not found_any:
            yield Evidence(
                agree.start(),
                agree.end(),
                message=MESSAGES["agree"].format(word=agree.group().strip()),
                advice=ADVICE["agree"],
                severity=RISICO,
                rule=self.rule,
                explanation="Instemming met een politieke uitspraak in een reactie.",
                tags=("mening", "instemming"),
            )

    def _sentences(
        self,
        doc: Document,
        ctx: CheckContext,
        votes: list[re.Match[str]],
        own: tuple[str, ...],
        officials: tuple[str, ...],
        to_politician: bool,
    ) -> Iterator[Evidence]:
        text = doc.text
        targets = find_targets(text, own, officials, doc.tokens)
        if not (targets or votes or to_politician):
            if not ctx.in_function:
                yield from self._dossier_opinion(doc, ctx)
            return
        quotes = (
            [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]
            if '"' in text or "'" in text  # every quote pattern needs one
            else []
        )
        mourning = may_contain(doc.lower, CONDOLENCE_NEEDLES)
        found_any = False
        for s, e in sentence_spans(text, targets):
            in_sentence = [t for t in targets if s <= t.start < e]
            if to_politician:  # the politician replied to is the target of every sentence
                in_sentence.append(Target(s, s, "reply", "de politicus op wie je reageert"))
            vote = next((v for v in votes if s <= v.start() < e), None)
            if vote is not None and vote_has_target(text, vote, in_sentence, party_pattern()):
                found_any = True
                yield self._vote(vote.start(), vote.end(), vote.group(), ctx, has_slur(text, s, e))
                continue
            if not in_sentence or (mourning and CONDOLENCE_RE.search(text, s, e)):
                continue  # no target, or sadness about a death: not a political judgement
            found = find_opinions(text, s, e, weak=True)
            opinions = [o for o in found if not any(qs <= o.start < qe for qs, qe in quotes)]
            weak = [o for o in opinions if o.kind == "weak"]
            opinions = [o for o in opinions if o.kind != "weak"]
            strong = [o for o in opinions if self.validate(text[o.start : o.end])]
            if not (strong or weak or len(opinions) > 1 or (opinions and "!" in text[s:e])):
                continue
            pick, target = pair_opinion((strong or opinions) + weak, in_sentence)
            if pick is None or target is None:
                pick, target = clause_pair(text, s, e, strong or opinions, in_sentence)
            if pick is None or target is None:
                continue
            found_any = True
            near = [o for o in opinions if abs(o.start - target.start) <= MAX_GAP] or [pick]
            praise = praise_only(near)
            campaign = (
                praise and target.kind in CAMPAIGN_TARGETS and ELECTION_RE.search(text) is not None
            )
            # praise of an office-holder in the election window: the timing detector weighs
            # the window; here it is a point of attention
            window = (
                praise
                and not campaign
                and target.kind in CAMPAIGN_TARGETS
                and in_election_window(ctx.on, ctx.organisation.elections)
            )
            if praise and not (campaign or window or target.kind in PARTISAN or is_body(target)):
                continue  # praise for an office-holder, policy or one's own organisation
            body = own_body(ctx.profile.organisation or ctx.organisation.name, text[s:e], text)
            far = (
                not body
                and target.kind not in ("own", "reply")
                and far_and_polite(doc, ctx, near, text)
            )
            yield self._opinion(
                target, pick, near, text, ctx, body=body, campaign=campaign, far=far or window
            )
        if not found_any and not ctx.in_function:
            yield from self._dossier_opinion(doc, ctx)

    def _dossier_opinion(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        """An explicit personal opinion on the author's own policy field, privately."""
        if not ctx.profile.dossiers or ANNOUNCE_FIRST.isdisjoint(doc.words):
            return
        terms = tuple(
            t.lower() for d in ctx.profile.dossiers for t in [d.name, *d.keywords] if len(t) >= 3
        )
        if not touches_terms(doc.lower, terms):
            return
        text = doc.text
        for tok in doc.tokens:
            if tok.lower not in ANNOUNCE_FIRST:
                continue
            m = ANNOUNCE_RE.match(text, tok.start)
            if m is None:
                continue
            s, e = doc.sentence_at(m.start())
            if not touches_terms(text[m.start() : max(e, m.end() + 60)].lower(), terms):
                continue
            # a polite view on one's own field: the eigen-dossier detector weighs the
            # closeness; here it is a point of attention, sharper words are a risk
            _, e2 = doc.sentence_at(e) if e < len(text) else (s, e)
            ops = find_opinions(text, s, e2)  # the view and the sentence that follows it
            polite = all(
                o.kind not in ("insult", "sarcasm") and o.polarity >= POLITE_FLOOR for o in ops
            )
            yield Evidence(
                m.start(),
                m.end(),
                message=MESSAGES["dossier"].format(word=m.group()),
                advice=ADVICE["dossier"],
                severity=LET_OP if polite else RISICO,
                rule=self.rule,
                explanation="Mening over beleid op een eigen dossier (factor a: afstand tussen "
                "functie en onderwerp is klein).",
                tags=("mening", "eigen-dossier"),
            )
            return

    def _vote(
        self, start: int, end: int, phrase: str, ctx: CheckContext, slur: bool = False
    ) -> Evidence:
        # in function, or smearing the candidate ("die corrupte wethouder"): ernstig
        severity = ERNSTIG if ctx.in_function or slur else RISICO
        where = "in je functie" if ctx.in_function else "als privépersoon"
        campaign = is_campaigning(phrase)
        what = (
            "voert campagne voor een partij"
            if campaign
            else "roept op om (niet) op een partij of politicus te stemmen"
        )
        return Evidence(
            start,
            end,
            message=f"Je {what} ({where}).",
            advice=(
                "Laat stemadvies weg. Ambtenaren mogen lid zijn van een partij en zelf stemmen, "
                "maar een openbare stemoproep maakt je onpartijdigheid in je werk twijfelachtig."
            ),
            severity=severity,
            rule=self.rule,
            explanation=f"{'Campagne' if campaign else 'Stemoproep'}: '{phrase}'.",
            tags=("stemadvies",),
        )

    def _opinion(
        self,
        target: Target,
        pick: Opinion,
        opinions: list[Opinion],
        text: str,
        ctx: CheckContext,
        *,
        body: bool = False,
        campaign: bool = False,
        far: bool = False,
    ) -> Evidence:
        insult = any(
            (o.kind == "insult" and abs(o.start - target.start) <= INSULT_GAP)
            or (o.polarity < 0 and is_derision(text[o.start : o.end]))
            for o in opinions
        )
        own = target.kind == "own"
        praise = praise_only(opinions)
        # criticism of one's own minister in function, or of the executive of one's own
        # gemeente or provincie in any capacity, is opinion against one's own policy
        severe = insult or (not praise and ((own and ctx.in_function) or body))
        # praise is an opinion too; a polite private opinion far from one's work weighs little
        # (factor a, distance between function and topic)
        severity = ERNSTIG if severe else RISICO
        if far and not severe and not campaign:
            severity = LET_OP
        if praise and target.kind == "reply" and not campaign:
            severity = LET_OP  # praising the MP or politician one answers: weighed as contact
        word = text[pick.start : pick.end]
        kind = (
            "insult"
            if insult
            else "campaign"
            if praise and campaign
            else "body"
            if body and not praise
            else "own"
            if own
            else "opinion"
        )
        message = MESSAGES[kind].format(word=word, target=target.label)
        advice = ADVICE[kind]
        if ctx.in_function:
            advice += " Je post in functie: dan spreek je namens je organisatie."
        spans = [(o.start, o.end) for o in opinions]
        if target.kind != "reply":
            spans.append((target.start, target.end))
        lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
        kinds = ", ".join(sorted({o.kind for o in opinions}))
        return Evidence(
            lo,
            hi,
            message=message,
            advice=advice,
            severity=severity,
            rule=self.rule,
            explanation=f"Politiek doelwit ({target.kind}) met oordeelstaal ({kinds}) in één zin.",
            tags=("mening", target.kind) + (("belediging",) if insult else ()),
        )
