# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Broad integrity cues by word class, for phrasings the narrow patterns miss.

Used by :mod:`meedoen.core.detectors.builtin.integriteit` as a fallback. Each
family is a co-occurrence of word classes inside one sentence (or a short
post), not one pattern per phrasing:

- gift: a gift or hospitality noun × a business party × a giving/receiving cue
  ("kist wijn van de aannemer", "op uitnodiging van onze ICT-leverancier",
  "courtesy of our software supplier");
- sidejob: in :mod:`meedoen.core.text.integriteit_sidejob`;
- promo: a paid-partnership cue (merkambassadeur, in samenwerking met, #ad,
  kortingscode, affiliate, "link in bio" with korting);
- supplier: recommending a named company while speaking from one's role.

Declining, returning or reporting a gift ("teruggestuurd", "gemeld",
"declined") and givers that are family, friends or colleagues are no finding.
"""

from __future__ import annotations

import re

from meedoen.core import rx
from meedoen.core.text.integriteit_sidejob import SIDE_GATE

_I = re.IGNORECASE

GIFT_WORDS = (
    r"wijn\w*|\w*wijn|champagne|whisky|cognac|fles(?:sen)?|kist|bottle|wine|hamper|kerstpakket\w*|"
    r"\w*kaart(?:en|jes)|tickets?|diner\w*|\w*diner|etentje|lunch|dinner|\w*restaurant|gegeten|dineren|"
    r"\w*reis(?:je)?|trip|weekend(?:je)?|\w*weekend|hotel\w*|suite|resort|upgrade\w*|geüpgraded|"
    r"conferentie\w*|congres\w*|conference|fee|ipad|laptop|telefoon|smartwatch|horloge|watch|tas|lamp|"
    r"e-bike|fiets|cadeau\w*|gift\w*|geschenk\w*|presentje|attentie|bloemen|\w*bon|vouchers?|"
    r"taart|golf|dagje\s+\w+|vip\w*|\w*box|skybox|loge|hospitality\w*|goodiebag|"
    r"concert\w*|festival|f1|grand\s+prix|champions\s+league|wedstrijd|match|beach\s+house|strandhuis|"
    r"verwennerij|gastvrijheid|beurs|kerstdiner|rondleiding|mand|pakket\w*|streekproducten|kreeft|"
    r"rondvlucht|masterclass|macbook|powerbank|passes|wellness|spa|(?:free|gratis)\s+\w+|"
    r"(?:mee|along)\s+naar|rekening|bill|tab|\w*menu|\w*machine|nachten|verblijf|overnachting\w*|"
    r"borrel\w*|\w*tocht|uitje|excursie|oesters|bubbels|bedankje|koptelefoon|eersterangs|vooraan|backstage|\w*plaatsen|"
    r"seats|phone|korting|discount|\d+\s?%\s+(?:korting|off)|op\s+het\s+huis"
)
PARTY_WORDS = (
    r"[\w-]*leverancier\w*|[\w-]*aannemer\w*|[\w-]*ontwikkelaar\w*|consultan\w+|[\w-]*bureau|"
    r"[\w-]*bureaus|lobby\w*|[\w-]*vergunninghouder\w*|[\w-]*aanvrager\w*|[\w-]*partner|"
    r"netbeheerder\w*|afvalverwerker\w*|cateraar\w*|installateur\w*|[\w-]*kantoor|[\w-]*bedrijf(?:en|je)?|"
    r"consorti\w+|opdrachtnemer\w*|inschrijver\w*|exploitant\w*|[\w-]*groep|firma|fabriek|"
    r"vendor\w*|supplier\w*|contractor\w*|developer\w*|applicant\w*|firm|company|consultancy|"
    r"lobby\s+group|bidder\w*|bouwer\w*|makelaar\w*|huurder\w*|winkelier\w*|projectbureau\w*|"
    r"eigenaar\s+van|horecaondernemer\w*|ondernemer\w*|\w*aanbieder\w*|\w*verzekeraar\w*|farmaceut\w*|"
    r"\w*combinatie|\w*corporatie|\w*maatschappij|adviseurs|berenschot|twynstra|arcadis|sweco|"
    r"witteveen|royal\s+haskoning\w*|ordina|centric|b\.?v\.?|n\.?v\.?|deloitte|kpmg|accenture|capgemini|mckinsey|pwc|ey|heijmans|bam|ballast"
)
GIVE_WORDS = (
    r"gekregen|kreeg|kregen|ontvangen|ontving|ontvingen|gaf|gaven|geeft|stuurde|stuurden|bracht|"
    r"brachten|aangeboden|bood|getrakteerd|trakteerde|trakteerden|betaald|betaalde|betaalden|"
    r"gesponsord|uitnodiging|uitgenodigd|namens|dank|bedankt|dankjewel|dankzij|verrast|mocht|"
    r"geregeld|nam\s+ons\s+mee|op\s+kosten\s+van|got|received|gave|sent|paid|courtesy|thanks|"
    r"invited|flew|treated|sponsored|bezorgd|trakteren|trakteert|vergoed|complimenten|rekende\s+af|"
    r"organiseerde|organiseerden|nodigde|nodigden|bood|boden|mochten|shoutout|"
    r"rekening\s+(?:was|ging)\s+(?:voor|naar)|"
    r"gift|cadeau|geschenk|van\s+(?:de|het|onze|ons|een|mijn)|gehad\s+bij|at\s+the"
)
GIFT_RE = rx.compile(rf"\b(?:{GIFT_WORDS})\b", _I)
PARTY_RE = rx.compile(
    rf"\b(?:{PARTY_WORDS})(?!\w)|@\w*(?:bouw|tech|advies|consult|partner|groep|bv)\w*", _I
)
# Hospitality named as such: "op uitnodiging van onze leverancier", "courtesy of our supplier".
HOSTED_RE = rx.compile(
    r"\b(?:op\s+uitnodiging\s+van|uitgenodigd\s+door|invited\s+by|courtesy\s+of|gesponsord\s+door|"
    r"betaald\s+door|op\s+kosten\s+van|paid\s+(?:for\s+)?by|met\s+dank\s+aan|namens)\s+(?:\S+\s+){0,3}?"
    rf"(?:{PARTY_WORDS}|@\w+)(?!\w)",
    _I,
)
# A party under the author's own supervision: "het slachthuis waar ik toezicht op houd".
SUPERVISED = (
    r"\bwaar\s+(?:ik|we|wij)\s+(?:\w+\s+){0,2}?(?:toezicht\s+(?:op\s+)?hou(?:d|den)?|op\s+toezie|"
    r"inspecties?\s+doe)|\b(?:that|which)\s+(?:i|we)\s+(?:\w+\s+)?(?:inspect|supervise|audit|regulate)"
)
# The giver named by its tie to the author's work: "waarmee we onderhandelen", "uit ons dossier".
RELATION_RE = rx.compile(
    r"\b(?:waar|waarmee)\s+(?:wij|we|ik)\s+(?:\w+\s+){0,4}?(?:mee\b|contract|onderhandel|samenwerk|zaken)"
    r"|\b(?:uit|in)\s+(?:ons|mijn)\s+dossier|\b(?:wiens|whose)\s+\w+|\bwaarvan\s+ik\b|"
    r"\b(?:die|dat|we're|we\s+are)\s+(?:ik|we|wij)?\s*(?:\w+\s+){0,3}?(?:toets|beoordeel|controleer|inspecteer|"
    r"behandel|evaluating|assessing|reviewing|inspecting)\w*|\b(?:die|dat)\s+(?:\w+\s+){0,3}?onze\s+\w+"
    r"|\b(?:that|which|who)\s+(?:\w+\s+){0,3}?our\s+\w+|\bwon\s+(?:our|the)\s+(?:tender|contract|bid)"
    r"|" + SUPERVISED,
    _I,
)
SUPERVISED_RE = rx.compile(SUPERVISED, _I)
# Giving verbs that name a treat on their own ("ze trakteren", "de consultant rekende af").
STRONG_GIVE_RE = rx.compile(
    r"\b(?:trakteren|trakteert|trakteerde|trakteerden|getrakteerd|rekende\s+af|vergoed\s+door|"
    r"aangeboden\s+door|met\s+de\s+complimenten\s+van|organiseerde\s+voor\s+ons|"
    r"stuurde\s+(?:me|mij|ons)|on\s+the\s+house|op\s+het\s+huis|geeft\s+(?:me|mij|ons)|"
    r"gives\s+(?:me|us)|namens(?![^.!?\n]{0,30}:))\b",
    _I,
)
GIVE_RE = rx.compile(rf"\b(?:{GIVE_WORDS})\b", _I)
# Declining, returning or reporting a gift; rules about gifts; public tenders.
REFUSE_RE = rx.compile(
    r"\b(?:teruggestuurd|teruggegeven|geweigerd|afgeslagen|afgewezen|weiger\w*|declined?|refused|"
    r"returned|gemeld|melden|meld|niet\s+aan(?:nemen|genomen)|mag\s+je\s+niet|integriteit\w*|"
    r"code\s+of\s+conduct|gedragscode|eigen\s+kosten|zelf\s+betaald|own\s+(?:dinner|cost)|"
    r"paid\s+for\s+our\s+own|(?:zelf|eigen\s+\w+)\s+(?:\w+\s+)?afgerekend|"
    r"(?:ieder|iedereen|elk)\s+(?:z'n|zijn|haar|het)\s+eigen|zelf\s+(?:de\s+rekening\s+)?betaald|"
    r"split\s+the\s+bill|each\s+paid|paid\s+(?:my|our)\s+own)\b",
    _I,
)
# Givers that are not business parties.
PRIVATE_GIVER_RE = rx.compile(
    r"\b(?:van|door|from|by|aan|to)\s+(?:de|het|mijn|onze|my|the|our)?\s*(?:lieve\s+)?(?:collega'?s|team|afdeling|hr|werkgever|(?:eigen\s+)?personeelsvereniging|familie|vrienden|vriend(?:in)?|moeder|vader|mam|pap|"
    r"ouders|oma|opa|zus|broer|buurman|buurvrouw|partner\s+en|minister|wethouder|burgemeester|"
    r"parents|friends|family|colleagues|my\s+team)\b",
    _I,
)
LUXURY_RE = rx.compile(
    r"\b(?:reis\w*|trip|weekend\w*|hotel\w*|suite|resort|upgrade\w*|geüpgraded|business\s+class|vip\w*|"
    r"skybox|\w*box|loge|hospitality\w*|f1|grand\s+prix|champions\s+league|concert\w*|festival|lowlands|"
    r"sterrenrestaurant|ipad|laptop|smartwatch|horloge|e-bike|beach\s+house|strandhuis|zeil\w*|"
    r"golf|conferentie\w*|conference|studiereis|flew|kist|whisky|champagne|\d{3,}\s*euro|€\s?\d{3,})\b",
    _I,
)

PROMO_BROAD_RE = rx.compile(
    r"\b(?:merk)?ambassadeur\b|\bbrand\s+ambassador\b|"
    r"\bsamenwerking\s+met\s+(?:een|het|dit|@)\s*\w*merk\w*|\bpaid\s+partnership\b|\bsponsored\b|\bgesponsord\b|"
    r"(?:^|\s)#(?:ad|spon|partner|gifted|samenwerking|collab|betaaldepartnerschap|sponsored|werbung)\b|"
    r"\b(?:korting|discount|\d+\s*%\s+off)\b[^.!?\n]{0,40}\b(?:code|link|via\s+mij)\b|"
    r"\b(?:code|link)\b[^.!?\n]{0,40}\b(?:korting|discount|off|gratis|free)\b|"
    r"\bkortingscode\b|\breferral\b|\baffiliate\b|\bik\s+(?:een\s+)?(?:kleine\s+)?commissie\b|\bcommission\s+for\s+me\b|\bin\s+ruil\s+voor\s+een\s+post\b|"
    r"\blink\s+in\s+(?:mijn\s+)?bio\b[^.!?\n]{0,30}\bkorting|\bkorting\b[^.!?\n]{0,30}\blink\s+in\s+"
    r"(?:mijn\s+)?bio\b|\bpartner\s+van\s+(?:dit|deze|het)\b[^.!?\n]{0,30}\bmerk|"
    r"\bhet\s+merk\s+(?:dat|waarmee)\s+ik\b|\bvia\s+mijn\s+(?:link|code)\b|\bwith\s+my\s+(?:link|code)\b|"
    r"\bdeal\s+met\s+(?:een|het)\s+\w+",
    _I,
)
RECOMMEND_RE = rx.compile(
    r"\b(?:aanraden|aanrader|aan\s*bevelen|beveel\w*|raad\s+\w+\s+aan|van\s+harte\s+aan|recommend\w*|"
    r"iedereen\s+zou\s+met\s+ze|raad\s+(?:\S+\s+){1,5}?aan\b|kies\s+voor|bestel\s+(?:je|jullie|uw)\s+(?:\w+\s+){0,3}?bij|ga\s+voor|beste\s+prijs\w*|choose|go\s+with|levert\s+fantastisch|altijd\s+snel\s+en\s+goedkoop)\b",
    _I,
)
ROLE_RE = rx.compile(
    r"\b(?:(?:vanuit\s+)?(?:mijn\s+rol\s+)?als\s+(?:\w+\s+){0,2}?(?:inkoper|\w*adviseur|ambtenaar|"
    r"\w*medewerker|beleids\w+|\w*manager|\w*officer|\w*coördinator|\w*coordinator)|afdeling\s+inkoop|"
    r"iedere\s+gemeente|elke\s+gemeente|as\s+a\s+(?:\w+\s+)?(?:officer|official)|onze\s+leverancier|"
    r"every\s+municipality|groet,\s+afdeling)\b",
    _I,
)
COMPANY_RE = rx.compile(r"@\w+|\b[A-Z][\w&]+(?:\s+[A-Z][\w&]+)*(?:\s+B\.?V\.?)?|\bbureau\s+\w+", 0)

GATE = frozenset(
    "gekregen kreeg kregen ontvangen ontving gaf stuurde bracht aangeboden getrakteerd trakteerde "
    "betaald betaalde betaalden gesponsord uitnodiging uitgenodigd namens dank bedankt dankjewel "
    "verrast mocht geregeld kosten got received gave sent paid courtesy thanks invited flew "
    "treated sponsored gift cadeau geschenk nam bezorgd nodigde nodigden bood boden mochten "
    "shoutout shout-out rekening free gratis geeft gives dankzij bedankje trakteren trakteert vergoed complimenten rekende organiseerde "
    "organiseerden".split()
)
PROMO_GATE = frozenset(
    "ambassadeur merkambassadeur ambassador samenwerking partnership sponsored gesponsord ad spon "
    "partner gifted collab betaaldepartnerschap korting discount off kortingscode referral affiliate "
    "commissie bio merk".split()
)
# Substrings of business parties: "een kist wijn van de aannemer" has no giving verb.
PARTY_PARTS = (
    "leverancier",
    "aannemer",
    "ontwikkelaar",
    "consultan",
    "bureau",
    "lobby",
    "vergunninghouder",
    "aanvrager",
    "partner",
    "bedrijf",
    "kantoor",
    "installateur",
    "consorti",
    "vendor",
    "supplier",
    "contractor",
    "bouwer",
    "makelaar",
    "huurder",
    "ondernemer",
    "aanbieder",
    "verzekeraar",
    "farmaceut",
    "combinatie",
    "corporatie",
    "maatschappij",
    "adviseurs",
    "berenschot",
    "waarvan ik",
    "whose",
    "netbeheerder",
    "afvalverwerker",
    "cateraar",
    "developer",
    "applicant",
    "firm",
    "company",
    "groep",
    "fabriek",
    "b.v",
    "deloitte",
    "kpmg",
    "accenture",
    "capgemini",
    "mckinsey",
    "pwc",
    "heijmans",
)
# Gift nouns as words: with "van" they stand in for a giving verb ("een kist wijn van de aannemer").
GIFT_GATE = frozenset(
    "wijn champagne whisky cognac fles flessen kist kerstpakket kaartjes vrijkaarten tickets diner "
    "etentje lunch reis reisje studiereis weekend weekendje hotel suite upgrade cadeau cadeautje "
    "geschenk presentje attentie bloemen taart horloge smartwatch ipad laptop tas lamp e-bike "
    "cadeaubon dinerbon goodiebag skybox loge wine bottle hamper dinner trip gift mand kreeft "
    "rondvlucht masterclass macbook powerbank passes wellness waardebon borrel oesters bubbels "
    "bedankje koptelefoon eersterangs".split()
)
HANDLE_PARTY_RE = rx.compile(r"@\w*(?:bouw|tech|advies|consult|partner|groep|bv)")
# A brand name in CamelCase ("VoltaStroom", "FastFreight", "TransLogix"): a business party.
BRAND_RE = rx.compile(r"(?<![\w@#])[A-Z][a-z]+[A-Z][A-Za-z]+(?!\w)")
# With only a brand as the party, the giving must be said in so many words.
BRAND_GIVE_RE = rx.compile(
    r"\b(?:thanks|thank\s+you|dank|bedankt|shout-?out|geeft\s+(?:me|ons)|gives\s+(?:me|us)|aangeboden|"
    r"courtesy|on\s+the\s+house|op\s+het\s+huis|picked\s+up\s+the|getrakteerd|trakteerde\w*|gratis|"
    r"free|korting|discount)\b",
    _I,
)
RECOMMEND_GATE = frozenset(
    "aanraden aanrader aanbevelen beveel raad recommend levert goedkoop kies choose bestel "
    "recommended".split()
)


def broad_gate(text: str, low: str, words: frozenset[str]) -> bool:
    """One cheap test before the broad scans: a cue word, a euro sign or "mijn link/code"."""
    if not words.isdisjoint(_ALL_GATES) or "€" in text:
        return True
    return ("link" in words or "code" in words or "deal" in words) and any(
        p in low for p in PROMO_PARTS
    )


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a short post counts as one sentence."""
    if len(text) <= 200:
        return [(0, len(text))]
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]*", text)]
    return spans or [(0, len(text))]


def broad_gift(text: str, low: str, words: frozenset[str]) -> tuple[int, int, bool] | None:
    """(start, end, luxury) of a gift from a business party, or None."""
    hosted = "van" in words or "bij" in words or "at" in words  # "diner bij de aannemer"
    if (words.isdisjoint(GATE) and (not hosted or words.isdisjoint(GIFT_GATE))) or not (
        any(p in low for p in PARTY_PARTS)
        or HANDLE_PARTY_RE.search(low) is not None
        or RELATION_RE.search(low) is not None
        or BRAND_RE.search(text) is not None
    ):
        return None
    if REFUSE_RE.search(text):
        return None
    for a, b in _sentences(text):
        h = HOSTED_RE.search(text, a, b)
        if h is not None and PRIVATE_GIVER_RE.search(h.group()) is None:
            return h.start(), h.end(), LUXURY_RE.search(text, a, b) is not None
        g = GIFT_RE.search(text, a, b) or STRONG_GIVE_RE.search(text, a, b)
        if g is None:
            continue
        p = PARTY_RE.search(text, a, b) or RELATION_RE.search(text, a, b)
        if p is None and BRAND_GIVE_RE.search(text, a, b) is not None:
            p = BRAND_RE.search(text, a, b)
        if p is None or GIVE_RE.search(text, a, b) is None:
            continue
        private = PRIVATE_GIVER_RE.search(text, a, b)
        if private is not None and "@" not in p.group():
            continue
        s, e = min(g.start(), p.start()), max(g.end(), p.end())
        return s, e, LUXURY_RE.search(text, a, b) is not None
    return None


_ALL_GATES = GATE | GIFT_GATE | SIDE_GATE | PROMO_GATE | RECOMMEND_GATE
PROMO_PARTS = ("mijn link", "my link", "mijn code", "my code", "deal met")


def broad_promo(text: str, low: str, words: frozenset[str]) -> tuple[int, int] | None:
    """A paid partnership, brand ambassadorship or discount code."""
    if words.isdisjoint(PROMO_GATE) and not any(p in low for p in PROMO_PARTS):
        return None
    m = PROMO_BROAD_RE.search(text)
    if (
        m is None
        or m.group().lower() in ("gesponsord", "sponsored")
        and PRIVATE_GIVER_RE.search(text)
    ):
        return None  # "gesponsord door onze eigen personeelsvereniging"
    return m.start(), m.end()


def broad_supplier(text: str, words: frozenset[str]) -> tuple[int, int] | None:
    """Recommending a company while speaking from one's role (inkoper, afdeling inkoop)."""
    if words.isdisjoint(RECOMMEND_GATE):
        return None
    r = RECOMMEND_RE.search(text)
    if r is None or ROLE_RE.search(text) is None or COMPANY_RE.search(text) is None:
        return None
    return r.start(), r.end()


# A thank-you to an organisation for hospitality, the giver named by a capitalised name or a team
# ("Dank aan het team van NordAir Cargo voor de rondleiding … en de lunch", "Thanks to the lovely
# people at Amstelland Zorgverzekeringen for the Concertgebouw tickets"), or a gift taken home
# ("pakket worst en rollade mee naar huis").
_HOSPITALITY = (
    r"lunch|diner|dinner|etentje|borrel|drankje\w*|tickets?|kaartjes?|vrijkaarten|"
    r"concertkaart\w*|rondleiding|tour|weekend\w*|reis\w*|trip|hotel\w*|overnachting\w*|"
    r"pakket\w*|cadeau\w*|gift\w*|fles\w*|wijn|wine|champagne|signed\s+copies|goodiebag\w*|"
    r"upgrade\w*|vip\w*|loge|skybox"
)
THANKS_ORG_RE = rx.compile(
    r"\b(?:bedankt|dank\s+aan|dank\s+je|dank\s+jullie|thanks\s+to|thank\s+you|(?:huge|big|many|special)"
    r"\s+thanks\s+to|merci)\s+(?P<giver>[^.!?\n]{2,70}?)\s+(?:voor|for)\s+[^.!?\n]{0,90}?"
    rf"\b(?:{_HOSPITALITY})\b",
    _I,
)
_GIVER_ORG_RE = rx.compile(
    r"(?-i:\b[A-Z][\w&-]{2,})|\b(?:team|people\s+at|folks\s+at|mensen\s+van|mannen\s+van|"
    r"crew|company|bedrijf)\b",
    _I,
)
_ORG_TEAM_RE = rx.compile(r"team\s+(?:van|at|of)\s+(?:het\s+|de\s+|the\s+)?[A-Z]")  # the org's team
TAKEN_HOME_RE = rx.compile(
    r"\b(?:pakket|kerstpakket|fles|flessen|cadeau|presentje|doos|mand)\b[^.!?\n]{0,40}?"
    r"\bmee\s+naar\s+huis\b",
    _I,
)


def thanked_organisation(text: str) -> tuple[int, int] | None:
    """A thank-you to an organisation (not a person alone) for hospitality or a gift."""
    for m in THANKS_ORG_RE.finditer(text):
        giver = m.group("giver")
        private = PRIVATE_GIVER_RE.search(giver) is not None and _ORG_TEAM_RE.search(giver) is None
        if _GIVER_ORG_RE.search(giver) and not private:
            return m.start(), m.end()
    t = TAKEN_HOME_RE.search(text)
    return (t.start(), t.end()) if t is not None else None
