# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Engaging a member of parliament on one's own initiative (Aanwijzing 7 lid 3, 1998).

Engaging is: addressing an MP's handle (reply position, vocative, second
person), writing "Beste Kamerlid …", answering a reply from an MP with more
than a referral, or offering to meet, call or send documents. Naming an MP in
the third person ("@RobJetten sprak vandaag in de Kamer") is not engaging.
The Aanwijzingen bind rijksambtenaren; for municipal, provincial and
water-board staff the finding is one step milder.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from meedoen.core import rx
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
from meedoen.core.text.politics import mp_handles
from meedoen.core.text.politics_contact import (
    CONFIRM_RE,
    MATERIAL_RE,
    MIN_SUBSTANTIVE_WORDS,
    URGE_RE,
    WORK_SIGNAL_RE,
    contradicts_minister,
    find_offer,
    is_referral,
    substantive_words,
)
from meedoen.core.text.politics_distance import (
    PARLIAMENT_RE,
    addressed_mention,
    is_mp_shape,
    topic_terms,
    touches_terms,
)
from meedoen.core.text.politics_words import has_any
from meedoen.core.text.told_contact import WITH_MP_RE, told_contact

VOCATIVE_RE = rx.compile(
    r"(?<!\w)(?:(?:beste|geacht(?:e)?|hoi|hallo|dag|lieve)\s+(?:kamerlid|kamerleden|"
    r"volksvertegenwoordiger(?:s)?)|kamerlid\s+[A-Z]\w+\s*,\s*(?:u|je|jij|kunt|kun|wilt|wil)|"
    r"kamerleden\s+die\s+(?:meelezen|dit\s+lezen|hier\s+meelezen)|"
    # English: "Dear Ms Jansen MP", "Dear MP Jansen", "Dear Member of Parliament"
    r"dear\s+(?:(?:mr|ms|mrs|dr)\.?\s+)?(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s+mp|"
    r"dear\s+(?:mp|member\s+of\s+parliament)(?:\s+(?-i:[A-Z])\w+)?)"
    r"(?!\w)",
    re.IGNORECASE,
)
# Answering an MP's question with a document that is already public (Aanwijzing 7 lid 1).
PUBLIC_DOC_RE = rx.compile(
    r"\b(?:is|zijn|werd|werden)\s+(?:\w+\s+){0,4}?gepubliceerd|\bhier\s+te\s+(?:vinden|lezen)|"
    r"\bstaat\s+(?:gewoon\s+|al\s+)?(?:online|op\s+(?:de\s+)?(?:site|website))|\bis\s+openbaar\b|"
    r"\bstaat\s+(?:\w+\s+){0,3}?op\s+(?:rijksoverheid|tweedekamer|officielebekendmakingen)\.nl|"
    r"\b(?:directe\s+)?link\s+naar\s+(?:de|het)\s+(?:brief|kamerbrief|rapport|stuk)|hier\s+is\s+de\s+(?:directe\s+)?link",
    re.IGNORECASE,
)
GREETED_RE = rx.compile(r"(?:beste|dear|geachte)\s+@\w{2,}", re.IGNORECASE)
DECENTRAL = frozenset({"gemeente", "provincie", "waterschap"})
ADVICE = (
    "Neem als ambtenaar niet op eigen initiatief contact op met een Kamerlid. Verwijs naar de "
    "minister of de parlementair contactpersoon van je ministerie, of stem het contact eerst af "
    "met je leidinggevende."
)


@lru_cache(maxsize=32)
def _handles(extra: tuple[str, ...]) -> frozenset[str]:
    """Shipped MP handles plus those of the organisation pack, lower case with '@'."""
    return mp_handles() | {h.lower() if h.startswith("@") else "@" + h.lower() for h in extra}


# An MP named in the post ("Kamerlid Ruben Hazelaar"): a handle with that surname is theirs.
NAMED_MP_RE = rx.compile(r"\b[Kk]amerlid\s+((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)")


@register
class KamerlidDetector(Detector):
    name = "kamerlid.contact.v1"
    category = "kamerlid"
    rule = "aecr2020.kamerleden.v1"
    description = "Eigen contact met Kamerleden: aanspreken, beantwoorden, uitnodigen."

    def validate(self, candidate: str) -> bool:
        """A reply that only refers the MP on (to the minister, woordvoering) is fine."""
        return not is_referral(candidate)

    def _addressed_handle(self, text: str, ctx: CheckContext) -> re.Match[str] | None:
        """An MP handle (listed, or by its shape) that the post addresses."""
        if "@" not in text:
            return None
        handles = _handles(tuple(ctx.organisation.mp_handles))

        named = {n.split()[-1].lower() for n in NAMED_MP_RE.findall(text)}  # "Kamerlid Jan Bos"

        def known(h: str) -> bool:
            low = h.lower()
            return low in handles or is_mp_shape(h) or any(len(n) > 2 and n in low for n in named)

        m = addressed_mention(text, known)
        if m is None:
            low = text.lower()
            greeted = has_any(low, ("beste", "dear", "geachte"))
        else:
            greeted = False
        if greeted and GREETED_RE.search(text) and PARLIAMENT_RE.search(text):
            # "Beste @x, …" or "Dear @x" with parliamentary work: an MP outside the lists
            m = GREETED_RE.search(text)
        return m

    @staticmethod
    def _narrated(low: str, text: str) -> tuple[int, int] | None:
        if (
            "kamerl" not in low
            and "fractie" not in low
            and " mp" not in low
            and "parliament" not in low
        ):
            return None
        return told_contact(text, WITH_MP_RE, is_referral)

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        reply = ctx.context.reply_to
        to_mp = reply is not None and reply.author_role == "kamerlid"
        handle = self._addressed_handle(text, ctx)
        low = doc.lower
        vocative = (
            VOCATIVE_RE.search(text)
            if "kamerl" in low
            or "volksvertegenw" in low
            or ("dear" in low and " mp" in low)
            or "member of parliament" in low
            else None
        )
        narrated = self._narrated(low, text) if not (to_mp or handle or vocative) else None
        if not (to_mp or handle or vocative or narrated):
            return
        work = WORK_SIGNAL_RE.search(text) is not None or touches_terms(
            low, topic_terms(ctx.profile)
        )
        offer = find_offer(text)
        material = offer is not None and MATERIAL_RE.search(text, offer.start()) is not None
        confirm = CONFIRM_RE.search(text) if to_mp or handle else None
        if confirm and not self.validate(text):
            confirm = None
        serious = (
            (contradicts_minister(text), "spreekt tegenover een Kamerlid je eigen minister tegen"),
            (URGE_RE.search(text), "spoort een Kamerlid aan"),
            (offer if material else None, "biedt een Kamerlid stukken of kennis uit je werk aan"),
            (confirm, "bevestigt feiten of een planning aan een Kamerlid"),
        )
        for m, what in serious:
            if m is not None:
                yield self._evidence(
                    m.start(),
                    m.end(),
                    ERNSTIG,
                    ctx,
                    f"Je {what} ('{m.group().strip()}').",
                    True,  # substance drawn from the author's position
                )
                return
        if offer:
            # an invitation to meet or call is own-initiative contact; in function it speaks
            # for the organisation
            yield self._evidence(
                offer.start(),
                offer.end(),
                ERNSTIG if ctx.in_function else RISICO,
                ctx,
                f"Je nodigt een Kamerlid uit voor contact ('{offer.group()}').",
                True,
            )
            return
        if narrated is not None:
            # about one's own work or dossier it is substance from the author's position
            yield self._evidence(
                narrated[0],
                narrated[1],
                ERNSTIG if work else RISICO,
                ctx,
                "Je vertelt over eigen contact met een Kamerlid of fractie"
                + (" over je eigen werk." if work else "."),
                work,
            )
            return
        if not self.validate(text):
            return
        if substantive_words(text) < MIN_SUBSTANTIVE_WORDS:
            return
        span = handle or vocative
        if to_mp and span is None and PUBLIC_DOC_RE.search(text):
            return  # pointing an MP who asked to a public document
        start, end = (span.start(), span.end()) if span else (0, len(text.rstrip()))
        what = (
            "beantwoordt een Kamerlid inhoudelijk"
            if to_mp and not span
            else "spreekt een Kamerlid rechtstreeks aan"
        )
        yield self._evidence(start, end, RISICO, ctx, f"Je {what}.", work)

    def _evidence(
        self,
        start: int,
        end: int,
        severity: int,
        ctx: CheckContext,
        message: str,
        work: bool,
    ) -> Evidence:
        decentral = ctx.organisation.kind in DECENTRAL
        if not ctx.in_function and not work:
            severity -= 1  # a citizen may address an MP, unless drawing on work
        if decentral:
            severity -= 1
        note = (
            "Je post privé; als burger mag je Kamerleden aanspreken, maar niet over je eigen "
            "dossier of met kennis uit je werk."
            if not ctx.in_function
            else "Je post in functie: contact met Kamerleden loopt via de minister."
        )
        if decentral:
            note += (
                " De Aanwijzingen gelden voor rijksambtenaren; houd je aan de regels van je "
                "eigen organisatie."
            )
        return Evidence(
            start,
            end,
            message=message,
            advice=ADVICE,
            severity=max(LET_OP, severity),
            rule=self.rule,
            explanation=note,
            tags=("kamerlid",),
        )
