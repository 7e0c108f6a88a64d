# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""E-mail addresses of persons in a post.

Functional mailboxes (``pers@``, ``info@``, ``contact@``, ``noreply@`` … and
every address or local part the organisation pack lists under
``functional_mailboxes``) are how an organisation wants to be reached: no
finding. Any other address may lead to a person (``j.jansen@gemeente.nl``,
``piet1970@gmail.com``) and is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
from meedoen.core.text.names import looks_like_person_mailbox
from meedoen.core.text.pii_fold import Folded
from meedoen.core.text.pii_owner import (
    CASE_ADVICE,
    CASE_MESSAGE,
    THIRD_ADVICE,
    THIRD_MESSAGE,
    owner,
)

EMAIL_RE = rx.compile(
    r"(?<![\w.+-])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@"
    r"(?P<domain>[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*"
    r"\.[A-Za-z]{2,24})(?![\w-])"
)
# Local parts (or their first word) that name a role or a service, not a person.
_FUNCTIONAL = """
    pers press persvoorlichting persdienst woordvoering woordvoerder voorlichting communicatie
    info informatie contact kcc klantcontact klantenservice service servicedesk helpdesk support
    noreply no-reply donotreply do-not-reply postmaster webmaster hostmaster abuse security
    privacy fg avg functionarisgegevensbescherming klachten klacht meldpunt melding meldingen
    secretariaat receptie post postbus bestuurssecretariaat griffie raadsgriffie gemeente
    redactie nieuws newsletter nieuwsbrief events evenementen aanmelden aanmeldingen
    inschrijving vacatures recruitment werving hr personeelszaken facturen factuur
    administratie finance crediteuren debiteuren inkoop sales verkoop marketing office
    algemeen balie loket vragen vraag hallo hello hoi team bureau afdeling directie cvdr
    omgevingsloket vergunningen wob woo woo-verzoeken integriteit vertrouwenspersoon
"""
FUNCTIONAL = frozenset(_FUNCTIONAL.split())
SPLIT_RE = rx.compile(r"[._+-]")
# The author's own address ("mail me", "mijn mailadres") and work-contact lines ("meer info").
SELF_RE = rx.compile(
    r"\b(?:(?:mijn|m'n)\s+(?:werk)?(?:e-?mail\w*|mail\w*|adres)|"
    r"(?:mail|e-mail|bereik)\s+(?:me|mij)|"
    r"(?:me|mij)\s+(?:mailen|e-mailen|bereiken))\b",
    re.IGNORECASE,
)
WORK_RE = rx.compile(
    r"\b(?:contactpersoon|vacature|solliciteren|meer informatie|meer info|inlichtingen|"
    r"aanmelden)\b",
    re.IGNORECASE,
)
COLLEAGUE_RE = rx.compile(
    r"\b(?:collega|contactpersoon|teamleider|consulent|medewerker|colleague)", re.IGNORECASE
)
# The same patterns for lower-case text, scanned faster (the same yes/no answers).
_SELF_RE, _WORK_RE, _COLLEAGUE_RE = (Folded(p, push=True) for p in (SELF_RE, WORK_RE, COLLEAGUE_RE))
# Consumer mail providers: an address there is private, whatever the context.
FREEMAIL = frozenset(
    "gmail.com hotmail.com hotmail.nl outlook.com outlook.nl live.nl live.com yahoo.com "
    "icloud.com me.com ziggo.nl kpnmail.nl planet.nl home.nl xs4all.nl hetnet.nl casema.nl "
    "upcmail.nl telfort.nl protonmail.com proton.me gmx.net msn.com".split()
)


@register
class EmailDetector(Detector):
    name = "persoonsgegevens.email.v1"
    category = "persoonsgegevens"
    rule = "avg.art5.v1"
    description = "E-mailadres van een persoon (geen functionele mailbox)."

    def functional(self, address: str, ctx: CheckContext) -> bool:
        local, _, _domain = address.lower().partition("@")
        for box in ctx.organisation.functional_mailboxes:
            box = box.strip().lower()
            if box and (box == address.lower() or box.rstrip("@") == local):
                return True
        if local in FUNCTIONAL:
            return True
        return SPLIT_RE.split(local, maxsplit=1)[0] in FUNCTIONAL

    @staticmethod
    def authors_own(local: str, ctx: CheckContext) -> bool:
        """True when the local part carries the author's surname (jan.devries@ for Jan de Vries)."""
        name = (ctx.profile.name or "").lower().split()
        surname = "".join(w for w in name[1:]) if len(name) > 1 else ""
        return len(surname) >= 3 and surname in local.lower().replace(".", "").replace("-", "")

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        at = text.find("@", 1)
        while at > 0 and not text[at - 1].isalnum():
            at = text.find("@", at + 1)
        if at < 0:
            return  # only @mentions, no address
        for m in EMAIL_RE.finditer(text):
            address = m.group()
            private = m.group("domain").lower() in FREEMAIL
            if self.functional(address, ctx):
                continue
            if not private and not looks_like_person_mailbox(m.group("local")):
                continue  # "werkeninkomen@utrecht.nl": a team or service, not a person
            around = doc.lower[max(0, m.start() - 40) : m.end() + 20]  # (same matches)
            whose = owner(doc.lower, m.start(), m.end())
            wide = doc.window(m.start(), m.end(), 80)
            if whose == "third" and (_COLLEAGUE_RE.search(wide) or _SELF_RE.search(around)):
                whose = None  # a colleague's work address offered as a contact
            if whose:
                yield Evidence(
                    m.start(),
                    m.end(),
                    message=CASE_MESSAGE if whose == "case" else THIRD_MESSAGE,
                    advice=CASE_ADVICE if whose == "case" else THIRD_ADVICE,
                    severity=ERNSTIG,
                    rule=self.rule,
                    explanation="E-mailadres dat de tekst aan een ander toeschrijft"
                    + (" (een aanvrager, klant of andere betrokkene)." if whose == "case" else "."),
                    tags=("email",),
                )
                continue
            work = _WORK_RE.search(around) or self.authors_own(m.group("local"), ctx)
            chosen = not private and bool(
                work
                or (ctx.in_function and (_SELF_RE.search(around) or _COLLEAGUE_RE.search(wide)))
            )
            yield Evidence(
                m.start(),
                m.end(),
                message=(
                    "Dit lijkt je eigen e-mailadres of een werkadres voor contact."
                    if chosen
                    else "Dit e-mailadres hoort waarschijnlijk bij een persoon."
                ),
                advice=(
                    "Deel je eigen adres (of dat van een collega) alleen als je dat echt wilt en "
                    "die collega ermee instemt; een functioneel adres (info@, pers@) is veiliger."
                    if chosen
                    else "Haal het persoonlijke e-mailadres weg. Verwijs naar een algemeen adres "
                    "van de organisatie (zoals info@ of pers@) of naar het contactformulier."
                ),
                severity=LET_OP if chosen else RISICO,
                rule=self.rule,
                explanation=(
                    f"E-mailadres; '{m.group('local')}@' is geen bekende functionele mailbox"
                    " (zoals info@, pers@, noreply@) en staat niet in de lijst van de organisatie."
                ),
                tags=("email",),
            )
