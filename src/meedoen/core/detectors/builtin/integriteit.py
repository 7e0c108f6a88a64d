# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Integrity: gifts and hospitality, side jobs touching the function, promotion.

Ambtenarenwet 2017 art. 8 (nevenwerkzaamheden, financiële belangen) and the
Gedragscode Integriteit Rijk ("je laat je niet verleiden of fêteren";
"bestaande integriteitsregels gelden ook online"). Thanking a supplier for a
bottle of wine, advertising advice about one's own permit procedures or
posting a discount code are RISICO; ERNSTIG when the gift or side job touches
one of the author's dossiers or an enforcement role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from meedoen.core import rx
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.dossier_signals import ROL_RE
from meedoen.core.text.integriteit_broad import (
    PRIVATE_GIVER_RE,
    REFUSE_RE,
    SUPERVISED_RE,
    broad_gate,
    broad_gift,
    broad_promo,
    broad_supplier,
    thanked_organisation,
)
from meedoen.core.text.integriteit_sidejob import broad_sidejob
from meedoen.core.text.morph import matcher

GIFT = (
    r"fles(?:sen)?\s+\w+|wijn|champagne|kerstpakket\w*|etentje|diner|lunch|kaartjes|tickets|vrijkaarten|"
    r"cadeau\w*|presentje|attentie|geschenk|reisje|weekendje|overnachting|vip-?\w*|loge|skybox|"
    r"rondvlucht|goodiebag|hotel\w*|golfdag|business\s*seats?|drankje\w*|\w*borrel\w*|consumpties|"
    r"gratis\s+\w+|upgrade\w*|business[-\s]?class\w*|luxury\s+\w+|dinner|trip|gift\w*|vouchers?|"
    r"\w*kaarten|\w*kaartjes|\w*tickets|uitnodiging\w*|hospitality[\w-]*|lounge|invitation|"
    r"wine|bottle|hamper|taart\w*|bloemen|boeket\w*|chocola\w*|bonbons|cadeaubon\w*|gift\s*card\w*|"
    r"(?:kerst|paas|cadeau|wijn|borrel|verwen)pakket\w*|pakketje\w*|"
    r"koptelefoon|headset|oordopjes|speaker|powerbank|gadget\w*|hoodie|sweater|laptoptas|"
    r"smartwatch|tablet|headphones|earbuds"
)
# A business relation in the same post: the giver is a (prospective) supplier.
DEALING_RE = rx.compile(
    r"\b(?:offerte\w*|aanbesteding\w*|leverancier\w*|inschrijving|tender\w*|proposal|"
    r"contract\w*|demo|demo's|demos|productdemo|pitch)\b",
    re.IGNORECASE,
)
# Expensive hospitality: ERNSTIG when a business party offers it.
LUXURY_RE = rx.compile(
    r"vip|loge|skybox|hospitality|lounge|business[-\s]?(?:class|seats?)|upgrade|luxury|luxe|"
    r"weekend|reisje|reis\b|trip\b|hotel|rondvlucht|grand\s+prix|formule\s*1|\bf1\b|champions\s+league|"
    r"concert|festival|snoepreis",
    re.IGNORECASE,
)
THANKS_RE = rx.compile(
    r"(?<!\w)(?:bedankt|dank(?:\s+je(?:wel)?|\s+u(?:\s+wel)?)?|thanks|thank\s+you|merci)\s+"
    r"(?:[@\w&.'-]+\s+){0,5}?(?:voor|for)\s+"
    rf"(?:de|het|die|dat|een|jullie|the|a|an|our|my)?\s*(?:[\w-]+\s+){{0,2}}?(?:{GIFT})(?!\w)",
    re.IGNORECASE,
)
INVITED_RE = rx.compile(
    r"(?<!\w)(?:uitgenodigd|gefêteerd|getrakteerd)\s+(?:\w+\s+|@\w+\s+){0,6}?"
    r"(?:vip-?\w*|loge|skybox|business\s*seats?|snoepreisje|rondvlucht)(?!\w)",
    re.IGNORECASE,
)
PARTY = (
    r"[\w-]*(?:leverancier|aannemer|adviesbureau|ontwikkelaar|installateur|bouwbedrijf)\w*|"
    r"leverancier\w*|aannemer\w*|opdrachtnemer\w*|opdrachtgever\w*|relatie\w*|klant\w*|"
    r"vergunninghouder\w*|inschrijver\w*|adviesbureau\w*|projectontwikkelaar\w*|bedrijf|firma|"
    r"lobbyist\w*|branchevereniging\w*|sponsor\w*|partner\w*|\w*aanvrager\w*|indiener\w*|"
    r"ngo'?s?|subsidieontvanger\w*|uitvoerder\w*|exploitant\w*|supplier\w*|vendor\w*|contractor\w*|"
    r"consultanc\w*|consultant\w*"
)
PARTY_RE = rx.compile(
    rf"(?<![\w@])(?:{PARTY})(?!\w)|@\w*(?:advies|bouw|consult|leverancier)\w*", re.IGNORECASE
)
HANDLE_RE = rx.compile(r"@\w+")
# A treat paid by the other side ("en ze trakteerden ook nog", "op kosten van", "was on them").
TREAT_RE = rx.compile(
    r"(?<!\w)(?:trakteerden|trakteerde|trakteert|trakteren|getrakteerd|op\s+kosten\s+van|"
    r"betaalden\s+(?:ook\s+)?(?:nog\s+)?(?:de\s+)?rekening|(?:it\s+)?was\s+on\s+them|"
    r"picked\s+up\s+the\s+(?:bill|tab)|treated\s+us|(?:kindly\s+)?(?:covered|paid\s+for)\s+by|"
    r"(?:vergoed|aangeboden)\s+door)(?!\w)",
    re.IGNORECASE,
)
GIVER_RE = rx.compile(
    rf"(?<!\w)(?:van|door|namens|aan|to|from)\s+(?:onze|mijn|de|het|een|deze|our|my|the|a)\s+"
    rf"(?:\w+\s+)?(?P<party>{PARTY})(?!\w)"
    r"|(?<!\w)(?:van|door|namens|aan|to|from)\s+(?P<name>@\w+|[A-Z][\w&.-]+(?:\s+(?:[A-Z][\w&.-]+|B\.?V\.?|N\.?V\.?))*)"
)
SIDEJOB_RE = rx.compile(
    r"(?<!\w)naast\s+mijn\s+(?:werk|baan|functie|job)\s+(?:\w+\s+){0,5}?"
    r"(?:adviseer|advies|adviseur|consultant|zzp'?er|(?:eigen\s+)?(?:adviesbureau|bedrijf|praktijk)|"
    r"begeleid\w*|ondersteun\w*|help\s+ik\s+(?:\w+\s+){0,2}?(?:bedrijven|ondernemers|particulieren|mensen|"
    r"klanten))(?!\w)"
    r"|(?<!\w)(?:toegetreden\s+tot|lid\s+(?:geworden\s+)?van|benoemd\s+(?:tot|als|in)\s+(?:lid\s+van\s+)?|"
    r"zitting\s+(?:genomen\s+)?in|joined)\s+(?:de|het|the)\s+(?:raad\s+van\s+(?:advies|commissarissen|toezicht)|"
    r"adviesraad|bestuur|board|advisory\s+board)\s+(?:\w+\s+){0,2}?(?:van|of)\s+(?:een|het|de|a|an)?\s*"
    r"(?:\w+\s+)?(?:bedrijf|onderneming|firma|company|stichting|adviesbureau|bv)\b"
    r"|(?<!\w)(?:mooie\s+|goede\s+|perfecte\s+)?combinatie\s+met\s+mijn\s+(?:werk|functie|baan)\b"
    r"|(?<!\w)(?:join|joined|joining)\s+the\s+(?:advisory\s+board|supervisory\s+board|board(?:\s+of\s+directors)?)"
    r"\s+of\s+(?:a|an|the)?\s*(?:\w+\s+)?(?:company|firm|startup|consultancy|foundation)\b"
    r"|(?<!\w)(?:dm|bel|mail|app)\s+(?:me|mij)\s+(?:gerust\s+|maar\s+)?voor\s+(?:de\s+)?"
    r"(?:tarieven|prijzen|een\s+offerte|offertes|mijn\s+tarief)\b"
    r"|(?<!\w)naast\s+(?:mijn|m'n)\s+(?:werk|baan|functie|job)\b[^.!?\n]{0,80}?\b(?:start|begin|ben|geef|bied|"
    r"verzorg|run|doe|heb)\w*\s+(?:ik\s+)?(?:nu\s+)?(?:ook\s+)?(?:met\s+)?(?:\S+\s+){0,3}?"
    r"(?:[\w-]*trainingen|[\w-]*training|workshops?|cursus\w*|coaching|advieswerk|adviesbureau|"
    r"consultancy|eigen\s+(?:bedrijf|zaak|praktijk)|opdrachten|klussen|diensten|webshop)(?!\w)"
    r"|(?<!\w)in\s+(?:mijn|m'n)\s+vrije\s+tijd\s+(?:\w+\s+){0,3}?(?:adviseer|geef|help|begeleid|ondersteun)\w*\s+"
    r"(?:ik\s+)?(?:\w+\s+){0,3}?(?:bedrijven|ondernemers|klanten|advies|trainingen|workshops|aanvragen|"
    r"vergunning\w*|subsidie\w*)(?!\w)"
    r"|(?<!\w)in\s+my\s+spare\s+time\s+(?:\w+\s+){0,2}?i\s+(?:advise|consult|coach|train|help)\w*\s+"
    r"(?:\w+\s+){0,3}?(?:companies|businesses|clients|firms|applicants)(?!\w)"
    r"|(?<!\w)(?:besides|alongside|next\s+to)\s+my\s+(?:job|work|day\s+job)\b[^.!?\n]{0,80}?\b"
    r"(?:consult\w*|coaching|training\w*|workshops?|advis\w+|my\s+own\s+(?:business|company|firm))(?!\w)"
    r"|(?<!\w)(?:bel|mail|app|contacteer|benader|dm)\s+(?:me|mij)\s+(?:gerust\s+|maar\s+|dan\s+)?"
    r"(?:voor|over)\s+(?:\w+\s+){0,3}?(?:advies|hulp|ondersteuning|offerte)\s+(?:\w+\s+){0,3}?"
    r"(?:vergunning\w*|\w*aanvra\w+|subsidie\w*|bezwaar\w*|aanbesteding\w*|toeslag\w*|aangifte\w*)"
    r"|(?<!\w)(?:mijn\s+(?:eigen\s+)?(?:bedrijf|adviesbureau|bureau|praktijk|webshop)|als\s+zzp'?er)"
    r"\s+(?:\w+\s+){0,4}?(?:helpt|help|adviseert|adviseer|ondersteunt|begeleidt|begeleid)\s+"
    r"(?:\w+\s+){0,4}?(?:vergunning\w*|\w*aanvra\w+|subsidie\w*|bezwaar\w*|aanbesteding\w*|toeslag\w*)",
    re.IGNORECASE,
)
PROMO_RE = rx.compile(
    r"(?<!\w)(?:kortingscode|discount\s*code|promocode|actiecode|affiliate[\s-]*link|referral[\s-]*link)(?!\w)"
    r"|(?<!\w)ik\s+krijg\s+\d+\s*%\s+(?:van\s+(?:elke|iedere)\s+(?:verkoop|bestelling)|commissie|provisie)"
    r"|(?<!\w)(?:kom\s+naar|bezoek|check)\s+mijn\s+(?:\w+\s+)?(?:webshop|winkel|shop|etsy)\b"
    r"|(?<!\w)(?:referral|affiliate|invite|uitnodigings|kortings)\s*-?code\b"
    r"|(?<!\w)(?:use|gebruik)\s+(?:my|mijn)\s+(?:\w+\s+)?(?:code|link)\b"
    r"|(?<!\w)code:?\s+(?-i:[A-Z][A-Z0-9]{3,})\b"
    r"|(?:^|\s)#(?:ad|advertentie|sponsored|gesponsord|spon|affiliate|betaaldepartnerschap)(?!\w)"
    r"|(?<!\w)(?:gebruik|met|use)\s+(?:mijn\s+|de\s+|my\s+|the\s+)?(?:code|promo\s+code)\s+(?-i:[A-Z0-9]{3,})\b"
    r"|(?<!\w)gesponsord\s+door\s+@?\w+"
    r"|[?&](?:aff|affiliate|aff_id|tag)=[\w-]+",
    re.IGNORECASE,
)
SUPPLIER_RE = rx.compile(
    r"(?<!\w)(?:ik\s+)?(?:raad|beveel)\s+(?:\w+\s+|@\w+\s+){0,3}?(?:van\s+harte\s+)?aan(?!\w)"
    r"|(?<!\w)(?:beste|goedkoopste|betrouwbaarste)\s+(?:leverancier|aannemer|installateur|adviesbureau)",
    re.IGNORECASE,
)
NAMED_GIVER_RE = rx.compile(
    r"\w+\s+(?:aan\s+)?(?:[a-zé]+\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*\s+(?:voor|for)\b"
)
COMPANY_RE = rx.compile(r"@\w+|\b[A-Z][\w&]+\s+(?:B\.?V|N\.?V)\b|\w\.(?:nl|com|be|eu)\b")
# Cheap pre-checks (word sets, substrings) so that most posts skip the regex scans.
GIFT_GATE = frozenset(
    ("bedankt", "dank", "thanks", "thank", "merci", "uitgenodigd", "gefêteerd", "getrakteerd")
)
GIFT_GATE |= frozenset(("gekregen", "ontvangen", "received", "kreeg", "kregen", "ontving", "got"))
GIFT_GATE |= frozenset(("huis",))  # "… mee naar huis"
TREAT_GATE = frozenset(
    ("trakteerden", "trakteerde", "trakteert", "trakteren", "getrakteerd", "kosten")
)
TREAT_GATE |= frozenset(("betaalden", "them", "tab", "bill", "treated"))
TREAT_GATE |= frozenset(("covered", "paid", "vergoed", "aangeboden"))
RECEIVED_RE = rx.compile(
    rf"(?<!\w)(?:{GIFT}|geschenk\w*|cadeau\w*|presentje)\s+(?:\w+\s+){{0,2}}?(?:gekregen|ontvangen|received)\s+"
    rf"(?:van|from)\s+(?:een|de|het|onze|mijn|a|an|the|our)\s+(?:\w+\s+)?(?P<party>{PARTY})(?!\w)"
    rf"|(?<!\w)(?:kreeg|kregen|ontving|ontvingen|got|received)\s+(?:ik\s+|we\s+|wij\s+)?(?:\w+\s+){{0,6}}?"
    rf"(?:van|from)\s+(?:een|de|het|onze|mijn|a|an|the|our)\s+(?:\w+\s+)?(?P<party2>{PARTY})(?!\w)"
    rf"|(?<!\w)(?:{GIFT})\s+(?:van|from)\s+(?:een|de|het|onze|mijn|a|an|the|our)\s+(?:\w+\s+)?"
    rf"(?P<party3>{PARTY})\s+(?:gekregen|ontvangen)(?!\w)",
    re.IGNORECASE,
)
SIDEJOB_GATE = frozenset(("naast", "advies", "hulp", "ondersteuning", "offerte", "toegetreden"))
SIDEJOB_GATE |= frozenset(("besides", "alongside", "next", "vrije", "spare"))
SIDEJOB_GATE |= frozenset(
    ("lid", "benoemd", "zitting", "joined", "combinatie", "tarieven", "prijzen", "join", "joining")
)
PROMO_GATE: tuple[str, ...] = (
    "code",
    "#ad",
    "#advert",
    "#spon",
    "#gesponsord",
    "#affiliate",
    "#betaald",
    "affiliate",
)
PROMO_GATE += ("referral", "gesponsord", "aff=", "tag=", "aff_id", "ik krijg", "webshop", "shop")
SUPPLIER_GATE = frozenset(("raad", "beveel", "beste", "goedkoopste", "betrouwbaarste"))

KIND = {
    "gift": (
        "Geschenk of gastvrijheid: '{t}'.",
        "Meld geschenken en uitnodigingen van partijen waarmee je zakelijk te maken hebt en volg de "
        "regels van je organisatie (vaak: waarde boven €50 weigeren of melden). Bedank niet publiek.",
    ),
    "sidejob": (
        "Nevenwerk dat je functie kan raken: '{t}'.",
        "Meld nevenwerkzaamheden bij je werkgever (art. 8 Ambtenarenwet) en bied geen diensten aan "
        "op terreinen waar je in je functie over beslist of adviseert.",
    ),
    "promo": (
        "Commerciële promotie: '{t}'.",
        "Maak als ambtenaar geen reclame voor bedrijven of producten, zeker niet betaald of met "
        "kortingscodes; vermeld een samenwerking altijd duidelijk als je dit privé toch doet.",
    ),
    "supplier": (
        "Aanbeveling van een leverancier vanuit je functie: '{t}'.",
        "Beveel in functie geen bedrijven aan; dat kan als voorkeursbehandeling worden gezien.",
    ),
}


# A gift right after an inspection or check comes from a party one supervises.
AFTER_CHECK_RE = rx.compile(
    r"\b(?:na|after)\s+(?:de|het|onze|mijn|the|our|my)\s+(?:controle|inspectie|keuring|audit|"
    r"toezichtbezoek|inspection|check|audit|visit)\b",
    re.IGNORECASE,
)


def _function_named(doc: Document, ctx: CheckContext) -> re.Match[str] | None:
    """A word of the author's own function title in the post ("#politie", "noodhulp" for an
    agent noodhulp): a promotion that leans on the function."""
    words = [w for w in re.findall(r"\w+", (ctx.profile.function or "").lower()) if len(w) >= 5]
    if not words:
        return None
    return re.search(r"(?<!\w)#?(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", doc.lower)


def _touches(doc: Document, keywords: list[str]) -> bool:
    """Whether the post touches one of the author's dossiers (a side job on one's own work)."""
    return bool(keywords) and matcher(keywords).search(doc.text, doc.lower) is not None


@register
class IntegriteitDetector(Detector):
    name = "integriteit.v1"
    category = "integriteit"
    rule = "aw2017.art8.v1"
    description = (
        "Geschenken en gastvrijheid, nevenwerk dat de functie raakt, commerciële promotie."
    )

    def detect(self, doc: Document, ctx: CheckContext) -> Iterable[Evidence]:
        text = doc.text
        keywords = [k for d in ctx.profile.dossiers for k in d.keywords]
        keywords += [k for d in ctx.organisation.dossiers for k in d.keywords]
        words, low = doc.words, doc.lower
        broad_on = broad_gate(text, low, words)
        gift = None if words.isdisjoint(GIFT_GATE) else self._gift(doc)
        if gift is None and not words.isdisjoint(TREAT_GATE):
            t = TREAT_RE.search(text)
            if t is not None and PARTY_RE.search(text) is not None:
                gift = (t.start(), t.end(), True)
        if gift is not None and REFUSE_RE.search(text) is not None:
            gift = None  # declined, reported or paid oneself ("ieder z'n eigen broodje afgerekend")
        if gift is not None:
            s, e, strong = gift
            luxury = strong and LUXURY_RE.search(text) is not None
            severity = ERNSTIG if luxury else RISICO if strong else LET_OP
            if AFTER_CHECK_RE.search(text) or SUPERVISED_RE.search(text):
                severity = min(ERNSTIG, severity + 1)  # "… na de controle": a supervised party
            yield self._evidence(doc, ctx, "gift", s, e, (), severity)
        elif broad_on and (broad := broad_gift(text, low, words)) is not None:
            s, e, luxury = broad
            supervised = SUPERVISED_RE.search(text) is not None  # "waar ik toezicht op houd"
            yield self._evidence(
                doc, ctx, "gift", s, e, (), ERNSTIG if luxury or supervised else RISICO
            )
        m = None if words.isdisjoint(SIDEJOB_GATE) else SIDEJOB_RE.search(text)
        if m is not None:
            yield self._evidence(doc, ctx, "sidejob", m.start(), m.end(), keywords, RISICO)
        elif (
            broad_on
            and (span := broad_sidejob(text, words, lambda: _touches(doc, keywords))) is not None
        ):
            yield self._evidence(doc, ctx, "sidejob", *span, keywords, RISICO)
        m = PROMO_RE.search(text) if any(p in low for p in PROMO_GATE) else None
        if m is not None and "gesponsord" in m.group().lower() and PRIVATE_GIVER_RE.search(text):
            m = None  # "gesponsord door onze eigen personeelsvereniging" is no promotion
        if m is None and broad_on and (span := broad_promo(text, low, words)) is not None:
            yield self._evidence(doc, ctx, "promo", *span, keywords, RISICO)
        if m is not None:
            role = ROL_RE.search(text) or _function_named(doc, ctx)
            if role is not None:
                s, e = min(m.start(), role.start()), max(m.end(), role.end())
                yield self._evidence(doc, ctx, "promo", s, e, (), ERNSTIG)
            else:
                yield self._evidence(doc, ctx, "promo", m.start(), m.end(), keywords, RISICO)
        if broad_on and (span := broad_supplier(text, words)) is not None:
            yield self._evidence(doc, ctx, "supplier", *span, (), RISICO)
        elif ctx.in_function and not words.isdisjoint(SUPPLIER_GATE):
            m = SUPPLIER_RE.search(text)
            if m is not None:
                s0, e0 = doc.sentence_at(m.start())
                if COMPANY_RE.search(text, s0, e0):
                    yield self._evidence(doc, ctx, "supplier", m.start(), m.end(), (), RISICO)

    def _gift(self, doc: Document) -> tuple[int, int, bool] | None:
        """(start, end, strong): strong when the giver is clearly a business party or a VIP treat."""
        m = INVITED_RE.search(doc.text)
        if m is not None:
            return m.start(), m.end(), True
        m = RECEIVED_RE.search(doc.text)
        if m is not None:
            return m.start(), m.end(), True
        m = THANKS_RE.search(doc.text)
        if m is None:
            org = thanked_organisation(doc.text)  # hospitality from a named organisation
            return None if org is None else (*org, True)
        line_end = doc.text.find("\n", m.end())
        e0 = min(m.end() + 100, len(doc.text) if line_end < 0 else line_end)
        if not self.validate(doc.text[m.start() : e0]):
            return None
        giver = GIVER_RE.search(doc.text, m.start(), e0)
        if giver is None:
            handle = HANDLE_RE.search(doc.text, m.start(), e0)
            if handle is not None:  # strong: a business party's handle offering a luxury treat
                strong = (
                    PARTY_RE.search(handle.group()) is not None and bool(LUXURY_RE.search(doc.text))
                ) or DEALING_RE.search(doc.text) is not None
                return m.start(), max(m.end(), handle.end()), strong
            # "Bedankt café De Hoek voor …": the giver is named between the thanks and "voor";
            # strong when that name says it is a business party ("bouwbedrijf Van Dijk")
            named = NAMED_GIVER_RE.match(doc.text, m.start())
            if named is None:
                return None
            strong = PARTY_RE.search(named.group()) is not None
            return m.start(), m.end(), strong or DEALING_RE.search(doc.text) is not None
        strong = (
            giver.group("party") is not None
            or bool(re.search(r"B\.?V|N\.?V", giver.group()))
            or PARTY_RE.search(giver.group()) is not None
            or DEALING_RE.search(doc.text) is not None  # a named giver one has a contract with
        )
        return m.start(), giver.end(), strong

    def validate(self, candidate: str) -> bool:
        """A thank-you to colleagues, family or friends is no gift from a party one deals with."""
        return not re.search(
            r"\b(?:collega'?s|team|afdeling|familie|vrienden|mam|pap|moeder|vader|oma|opa|schoonmoeder)\b",
            candidate,
            re.IGNORECASE,
        )

    def _evidence(
        self,
        doc: Document,
        ctx: CheckContext,
        kind: str,
        s: int,
        e: int,
        keywords: Iterable[str],
        severity: int,
    ) -> Evidence:
        message, advice = KIND[kind]
        why = ""
        keywords = list(keywords)
        touched = matcher(keywords).search(doc.text, doc.lower) if keywords else None
        if touched is not None:
            severity, why = (
                ERNSTIG,
                f" Dit raakt je dossier ('{doc.text[touched.start : touched.end]}').",
            )
        elif kind in ("gift", "sidejob") and ctx.profile.enforcement_role:
            severity = min(ERNSTIG, severity + 1)
            why = " Je hebt een handhavende of toezichthoudende rol."
        return Evidence(
            s,
            e,
            message=message.format(t=doc.text[s:e].strip()) + why,
            advice=advice,
            severity=severity,
            explanation=f"integriteit/{kind}",
            tags=(kind,),
        )
