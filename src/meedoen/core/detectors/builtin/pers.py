# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Engaging a journalist beyond a referral to the press office (Aanwijzing 12).

Findings: "off the record" and "u mag me citeren" anywhere; a substantive
reply to a journalist (``context.reply_to.author_role == "journalist"``);
substantive text addressed to a press handle of the organisation pack; offers
to call, meet or send material to a journalist. A referral ("Voor vragen kunt
u terecht bij de afdeling communicatie", pers@…) is the right behaviour and
is never reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from meedoen.core import rx
from meedoen.core.detectors.base import ERNSTIG, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.politics_contact import (
    CONFIRM_RE,
    MATERIAL_RE,
    MIN_SUBSTANTIVE_WORDS,
    YES_RE,
    find_offer,
    is_referral,
    substantive_words,
)
from meedoen.core.text.politics_distance import addressed_mention, is_press_shape
from meedoen.core.text.politics_press import (
    addresses_press,
    find_dm,
    find_tip,
    journalist_in_text,
    journalist_question,
    may_be_neutral,
    substance_left,
)
from meedoen.core.text.politics_words import has_any
from meedoen.core.text.told_contact import WITH_PRESS_RE, may_name_press, told_contact

RECORD_RE = rx.compile(
    r"(?<!\w)(?:off\s+the\s+record|off-the-record|(?:u|je)\s+mag\s+(?:me|mij)\s+"
    r"(?:daarop\s+|hierop\s+|gerust\s+)?(?:citeren|quoten)|you\s+can\s+quote\s+me|"
    r"(?:niet|zonder)\s+(?:met\s+naam\s+)?(?:geciteerd|citeren)|als\s+anonieme\s+bron|"
    r"achtergrondgesprek|on\s+background|niet\s+voor\s+de\s+krant|"
    r"(?:niet\s+)?(?:mijn|m'n)\s+naam\s+(?:niet\s+)?(?:noemen|gebruiken|vermelden)|"
    r"noem\s+(?:mijn|m'n)\s+naam\s+niet|zonder\s+(?:mijn|m'n)\s+naam|"
    r"dat\s+heb\s+je\s+niet\s+van\s+mij|(?:you\s+)?didn'?t\s+hear\s+(?:it|this)\s+from\s+me|"
    r"don'?t\s+(?:use|mention|quote)\s+my\s+name|not\s+for\s+attribution)(?!\w)",
    re.IGNORECASE,
)
RECORD_GUARDS = (
    "naam",
    "name",
    "van mij",
    "from me",
    "attribution",
    "record",
    "citer",
    "quote",
    "geciteerd",
    "anonie",
    "achtergrond",
    "background",
    "krant",
)
# Offering oneself to the press at large, not to one journalist: "happy to talk to the press
# about this", "journalisten mogen me altijd bellen".
PRESS_OFFER_RE = rx.compile(
    r"(?<!\w)(?:(?:happy|glad|willing|available)\s+to\s+(?:talk|speak|chat)\s+(?:to|with)\s+"
    r"(?:the\s+)?(?:press|media|journalists?)(?!\s+(?:office|officers?|team|desk))|"
    r"(?:journalists?|the\s+press|media)\s+(?:can|may|are\s+"
    r"welcome\s+to)\s+(?:always\s+)?(?:call|dm|email|contact|reach)\s+me|(?:wil|ga)\s+(?:er\s+)?"
    r"(?:graag\s+)?met\s+de\s+(?:pers|media)\s+(?:over\s+)?(?:praten|spreken)|(?:journalisten|de\s+"
    r"pers|media)\s+(?:mogen|kunnen)\s+(?:me|mij)\s+(?:altijd\s+|gerust\s+)?(?:bellen|mailen|"
    r"benaderen|een\s+dm\s+sturen))(?!\w)",
    re.IGNORECASE,
)
PRESS_OFFER_GATE = ("press", "pers", "media", "journalist")
SPOKESPERSON_RE = rx.compile(
    r"woordvoer|persvoorlicht|voorlichter|press\s+officer|spokes", re.IGNORECASE
)
ADVICE = (
    "Verwijs de journalist naar de woordvoering of persvoorlichting van je organisatie en "
    "geef zelf geen inhoudelijke informatie of duiding. Wil je wel meewerken, overleg dan eerst "
    "met je leidinggevende en de woordvoerder."
)


@register
class PersDetector(Detector):
    name = "pers.contact.v1"
    category = "pers"
    rule = "aecr2020.pers.v1"
    description = "Inhoudelijk contact met journalisten buiten de woordvoering om."

    def validate(self, candidate: str) -> bool:
        """Drop a candidate that is only a referral to the press office."""
        return not is_referral(candidate)

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        mailboxes = tuple(ctx.organisation.functional_mailboxes)
        reply = ctx.context.reply_to
        to_journalist = reply is not None and (
            reply.author_role == "journalist"
            or (reply.author_role is None and journalist_question(reply.text or ""))
        )
        mention = None
        press: set[str] = set()  # only a post with a handle needs the press handles
        if "@" in text:
            press = {
                h.lower() if h.startswith("@") else "@" + h.lower()
                for h in ctx.organisation.press_handles
            }
            mention = addressed_mention(text, lambda h: h.lower() in press or is_press_shape(h))
        addressed = to_journalist or mention is not None
        lower = doc.lower
        named = not addressed and journalist_in_text(text, lower)
        if has_any(lower, RECORD_GUARDS):
            for m in RECORD_RE.finditer(text):
                severity = ERNSTIG if addressed else RISICO
                message = f"Je spreekt over citeren of 'off the record' ('{m.group()}')."
                yield self._evidence(
                    m.start(), m.end(), severity, message, "afspraken over citeren", ctx
                )
                return
        if addressed or named or "journalist" in lower:
            offer = find_offer(text) or find_dm(text, lower)
            if offer:
                # offering a story, figures or a briefing is ernstig; only contact is a risk
                material = MATERIAL_RE.search(text, offer.start()) is not None
                severity = ERNSTIG if addressed and material else RISICO
                message = f"Je biedt een journalist direct contact aan ('{offer.group()}')."
                yield self._evidence(
                    offer.start(), offer.end(), severity, message, "aanbod van contact", ctx
                )
                return
        if not SPOKESPERSON_RE.search(ctx.profile.function or "") and has_any(
            lower, PRESS_OFFER_GATE
        ):
            o = PRESS_OFFER_RE.search(text)
            if (
                o is not None
                and not is_referral(text)
                # (not "our spokesperson is happy to talk to the press")
                and not SPOKESPERSON_RE.search(text, max(0, o.start() - 40), o.start())
            ):
                yield self._evidence(
                    o.start(),
                    o.end(),
                    RISICO,
                    f"Je biedt de pers uit eigen beweging contact aan ('{o.group()}').",
                    "aanbod van contact",
                    ctx,
                )
                return
        if not addressed and not ctx.in_function and may_name_press(lower, doc.words):
            told = told_contact(text, WITH_PRESS_RE, lambda s: is_referral(s, mailboxes))
            if told is not None:
                yield self._evidence(
                    *told,
                    RISICO,
                    "Je vertelt over eigen contact met een journalist buiten de woordvoering om.",
                    "contact met de pers",
                    ctx,
                )
                return
        listed = to_journalist or (mention is not None and mention.group().lower() in press)
        listed = listed or (named and not ctx.in_function and addresses_press(text, lower))
        if (addressed or named) and not listed and not ctx.in_function:
            tip = find_tip(text, lower)
            if tip is not None:
                yield self._evidence(
                    tip.start(),
                    tip.end(),
                    RISICO,
                    f"Je tipt een journalist of redactie ('{tip.group()}').",
                    "tip aan de pers",
                    ctx,
                )
                return
        if not listed:
            return  # a handle that only looks like the press: offers and 'off the record' only
        if not self.validate(text) or is_referral(text, mailboxes):
            return
        if ctx.in_function and SPOKESPERSON_RE.search(ctx.profile.function or ""):
            return  # answering the press is the designated official's job (Aanwijzing 12 lid 1)
        left = -1  # not counted: no neutral sentence possible
        if may_be_neutral(lower):
            left, kept = substance_left(text, mailboxes)
            if left < MIN_SUBSTANTIVE_WORDS and YES_RE.match(kept) is None:
                return  # only referrals, declining, published sources or courtesy
        confirm = CONFIRM_RE.search(text)
        if confirm is None and reply is not None and "?" in (reply.text or ""):
            confirm = YES_RE.match(text)
        if confirm:
            yield self._evidence(
                confirm.start(),
                confirm.end(),
                ERNSTIG,
                f"Je bevestigt feiten of een planning aan een journalist ('{confirm.group().strip()}').",
                "bevestiging",
                ctx,
            )
            return
        # the count without neutral sentences is at most the full count: reuse it if it suffices
        if left < 0:
            if substantive_words(text, mailboxes) < MIN_SUBSTANTIVE_WORDS:
                return
        elif left < MIN_SUBSTANTIVE_WORDS and (
            ctx.in_function or substantive_words(text, mailboxes) < MIN_SUBSTANTIVE_WORDS
        ):
            return
        start, end = (mention.start(), mention.end()) if mention else (0, len(text.rstrip()))
        who = (
            "een journalist"
            if to_journalist
            else f"een persaccount ({mention.group()})"
            if mention
            else "de pers"
        )
        yield self._evidence(
            start,
            end,
            RISICO,
            f"Je geeft {who} inhoudelijk antwoord in plaats van door te "
            "verwijzen naar de woordvoering.",
            "inhoudelijke reactie",
            ctx,
        )

    def _evidence(
        self, start: int, end: int, severity: int, message: str, kind: str, ctx: CheckContext
    ) -> Evidence:
        capacity = "in functie" if ctx.in_function else "privé"
        return Evidence(
            start,
            end,
            message=message,
            advice=ADVICE,
            severity=severity,
            rule=self.rule,
            explanation=f"{kind.capitalize()}; je post {capacity}. Verzoeken van journalisten "
            "lopen via de daarvoor aangewezen ambtenaar (Aanwijzing 12, 1998).",
            tags=(kind,),
        )
