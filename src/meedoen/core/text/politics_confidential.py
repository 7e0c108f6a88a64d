# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Markers of confidential government information, for the ``vertrouwelijk`` detector.

One pattern per kind (rubricering, vertrouwelijk, embargo, concept,
besluitvorming, uitgelekt), each with cheap substring guards so that a pattern
only runs on a post that contains one of its key words, and a pattern for
text that says the document is already public.
"""

from __future__ import annotations

import re

from meedoen.core import rx
from meedoen.core.text.politics_words import first_match

_W = r"(?<!\w)"
_E = r"(?!\w)"
_DOC = (
    r"(?:kamer)?brief|nota|notitie|memo|stuk(?:ken)?|document(?:en)?|rapport|besluit|advies|"
    r"wetsvoorstel|beleidsnota|beleidsbrief|begroting|tekst|versie|verslag|bijlage|mail"
)

# Unpublished work products an insider may know the content of.
_WORK_DOC = (
    r"(?:\w*(?:prognose|rapport|cijfers|brief|evaluatie|onderzoek|nota|begroting|raming|monitor|"
    r"doorrekening|plannen|besluit|advies)|report|figures|numbers|audit|review|evaluation|"
    r"budget|forecast|letter)"
)

# Internal decision-making, one alternative per entry with the substrings one of which each
# of its matches contains (for the gated search in ``decision``).
_DECISION_ALTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("besl", "kiezen", "instemmen", "schrappen", "bezuinigen", "reorganiseren", "sluiten")
        + ("afschaffen",),
        r"(?:ministerraad|(?-i:MT)|managementteam|college|bestuur|directie|(?-i:DG|SG)|"
        r"de\s+top)\s+(?:gaat|gaan|zal|zullen|wil|wilt)\s+"
        r"(?:\w+\s+){0,6}?(?:besluiten|beslissen|kiezen|instemmen|schrappen|bezuinigen|"
        r"reorganiseren|sluiten|afschaffen)",
    ),
    (
        ("besl", "kiezen"),
        r"(?:gaat|gaan|zal|zullen|wil)\s+(?:het|de)\s+(?:ministerraad|(?-i:MT)|managementteam|"
        r"college|bestuur|directie|top)\s+(?:\w+\s+){0,6}?(?:besluiten|beslissen|kiezen)",
    ),
    (
        ("bekend", "gepubliceerd", "aangekondigd"),
        r"wordt\s+pas\s+(?:later|volgende\s+week|na\s+\w+)\s+(?:bekend(?:gemaakt)?|gepubliceerd|"
        r"aangekondigd)",
    ),
    (("buiten", "bekend", "openbaar"), r"nog\s+niet\s+(?:naar\s+buiten|bekendgemaakt|openbaar)"),
    (
        ("raad", "kamer", "college"),
        r"nog\s+niet\s+(?:in|naar|langs)\s+(?:de\s+)?(?:raad|kamer|ministerraad|college)",
    ),
    (("decide",), r"(?:cabinet|ministry|management|the\s+board)\s+will\s+decide"),
    (
        ("besl",),
        r"(?:beslist|besluit)\s+(?:het\s+|de\s+)?(?:(?-i:MT)|managementteam|directie|"
        r"(?-i:DG|SG))\s+(?:\w+\s+){0,4}?over",
    ),
    (
        ("besl",),
        r"(?:(?-i:MT)|managementteam|directie)\s+"
        r"(?:beslist|besluit)\s+(?:morgen|vandaag|vanmiddag|vrijdag|maandag|dinsdag|woensdag|"
        r"donderdag|volgende|deze|binnenkort|over)",
    ),
    (("hoorde",), r"hoorde\s+(?:\w+\s+){0,3}in\s+het\s+(?:mt|managementteam|college|bestuur)"),
    (
        ("werd", "hoorde", "zei", "kwam"),
        r"in\s+het\s+(?:mt|managementteam)\s+(?:werd|hoorde|zei|kwam)",
    ),
    (("mij",), r"dit\s+heb\s+je\s+niet\s+van\s+mij"),
)

# "ik kan je al zeggen", "I can already tell you": a teaser that knows what is coming.
_ALREADY_TELL = (
    r"(?:ik\s+)?kan\s+(?:je|u|jullie)\s+(?:nu\s+)?al\s+(?:zeggen|vertellen|verklappen)|"
    r"(?:i\s+)?can\s+already\s+tell\s+you"
)

PATTERNS: dict[str, re.Pattern[str]] = {
    "rubricering": rx.compile(
        _W + r"(?:stg\.?\s*(?:zeer\s+)?(?:geheim|confidentieel)|staatsgeheim|"
        r"departementaal\s+vertrouwelijk|dep\.?\s*vertrouwelijk|zeer\s+geheim)" + _E,
        re.IGNORECASE,
    ),
    "vertrouwelijk": rx.compile(
        r"(?-i:VERTROUWELIJK|CONFIDENTIAL)|" + _W + r"(?:"
        r"(?:vertrouwelijk|confidential)\s*[:!)\]]|[(\[]\s*vertrouwelijk|"
        r"(?:dit|deze|die|het|een|hier\s+een|bijgaand(?:e)?)\s+vertrouwelijke?\s+(?:" + _DOC + r")|"
        r"niet\s+voor\s+(?:verspreiding|publicatie|extern\s+gebruik)|"
        r"(?:alleen\s+)?voor\s+intern\s+gebruik|intern\s+document|"
        r"interne\s+\w*(?:notitie|nota|memo|cijfers|stukken|informatie|document|mail|rapport|"
        r"tabel|analyse|bereken|planning|advie|doorrekening|raming|evaluatie|prognose|gegevens|"
        r"overzicht|verslag|brief)\w*|"
        r"internal\s+(?:memo|memos|note|notes|document|documents|figures|numbers|report|email|"
        r"emails|analysis|advice|papers)|"
        r"off\s+the\s+record|off-the-record|"
        r"for\s+internal\s+use(?:\s+only)?|not\s+for\s+distribution)" + _E,
        re.IGNORECASE,
    ),
    "embargo": rx.compile(
        _W
        + r"(?:onder\s+embargo|embargo\s+(?:tot|until|t/m)|embargo\s*:|under\s+embargo|embargoed|"
        r"(?:gaat|is|wordt)\s+(?:het\s+)?embargo\s+(?:er\s*)?(?:van\s*)?af|"
        r"embargo\s+(?:gaat|is)\s+(?:er\s*)?(?:van\s*)?af|embargo\s+eraf|embargo\s+(?:lifts|ends)|"
        r"locked\s+until)" + _E,
        re.IGNORECASE,
    ),
    "concept": rx.compile(
        _W + r"(?:concept-?(?:" + _DOC + r"|kamerbrief|wet|regeling|beleid\w*|rapportage)|"
        r"(?:het|dit|dat|eerste|tweede|laatste)\s+concept\s+(?:van\s+(?:de|het)\s+)?(?:"
        + _DOC
        + r")|"
        r"in\s+het\s+concept|(?:het|dit)\s+concept\s+(?:ligt|staat|gaat|is\s+klaar|wordt)|"
        r"draft\s+(?:letter|report|bill|memo|note|policy\s+paper|budget|advice))" + _E,
        re.IGNORECASE,
    ),
    "besluitvorming": rx.compile(
        _W + r"(?:" + "|".join(alt for _, alt in _DECISION_ALTS) + r")" + _E, re.IGNORECASE
    ),
    # Hints at unpublished work news; skipped when the post is about private life.
    "hint": rx.compile(
        _W
        + r"(?:(?:ik\s+)?(?:mag|kan)\s+(?:er\s+)?(?:eigenlijk\s+)?(?:nog\s+)?(?:niks|niets)\s+(?:over\s+)?"
        r"(?:zeggen|vertellen|kwijt)(?=[^.!?]{0,40}?(?:maar|but|\U0001f440|\U0001f60f|\U0001f92b))|"
        r"(?:tussen|onder)\s+ons(?:\s+gezegd)?\s*[:,]|"
        r"(?:tussen|onder)\s+ons\s+gezegd|(?:wil|mag)\s+(?:eigenlijk\s+)?niet\s+dat\s+ik\s+"
        r"(?:het|dit)\s+(?:zeg|vertel)|ik\s+mag\s+(?:het|dit)\s+eigenlijk\s+niet\s+(?:zeggen|"
        r"vertellen)|ik\s+weet\s+al\s+wat\s+(?:er\s+)?(?:er)?in\s+staat|"
        r"dat\s+is\s+(?:intern\s+)?al\s+besloten|is\s+intern\s+al\s+besloten|can'?t\s+say\s+(?:much|anything)\s+yet|"
        r"you\s+heard\s+it\s+here\s+first|"
        # "ik kan je al zeggen": only with an announcement in the post (vertrouwelijk.py)
         + _ALREADY_TELL + r"|"
        # "wacht maar tot de nieuwe prognose uitkomt": knows what an unpublished piece says
        r"wacht\s+(?:maar|nou\s+maar|even|jij\s+maar)\s+(?:af\s+)?(?:tot|totdat)\s+(?:\w+\s+){0,3}?"
        + _WORK_DOC
        + r"\s+(?:\w+\s+){0,2}?"
        r"(?:uitkomt|verschijnt|gepubliceerd\s+wordt|openbaar\s+wordt|bekend\s+wordt|"
        r"naar\s+buiten\s+komt|uit\s+is)|"
        r"(?:just\s+)?wait\s+(?:until|till|for)\s+(?:\w+\s+){0,3}?"
        + _WORK_DOC
        + r"\s+(?:\w+\s+){0,2}?(?:comes\s+out|is\s+published|"
        r"is\s+out|drops))" + _E,
        re.IGNORECASE,
    ),
    "uitgelekt": rx.compile(_W + r"(?:uitgelekt(?:e)?|leaked)" + _E, re.IGNORECASE),
    # Knowing what is not yet out: a teaser, a spoiler with a figure, "between us".
    "voorkennis": rx.compile(
        _W
        + r"(?:meer\s+(?:mag|kan)\s+ik\s+(?:er\s+|hier\s+)?(?:\w+\s+)?(?:nog\s+)?(?:niet|niks|niets)"
        r"\s+(?:over\s+)?(?:zeggen|kwijt|vertellen|kwijt)|"
        r"(?:ik\s+)?(?:mag|kan)\s+(?:er\s+)?(?:nog\s+)?(?:niks|niets|niet\s+veel)\s+(?:over\s+)?"
        r"(?:zeggen|vertellen|kwijt)\s*[.!]*\s*(?:\U0001f910|\U0001f92b|\U0001f440|\U0001f60f|\U0001f609)|"
        r"ik\s+zeg\s+(?:alleen|enkel|verder)?\s*(?:maar\s*)?(?::|dit\s*:|één\s+ding|een\s+ding)|"
        r"spoiler(?:\s+alert)?\s*[:!-](?=[^\n]{0,120}?(?:\d\s*%|\d\s*(?:procent|miljoen|miljard|"
        r"euro|cent)|€|officieel|officially|embargo|\U0001f440))|"
        r"(?:ligt|liggen|lag)\s+(?:hier\s+)?(?:al\s+)?(?:bij\s+ons\s+|hier\s+)?op\s+(?:het|mijn|ons|m'n)\s+"
        r"(?:bureau|desk)|(?:already\s+)?on\s+(?:my|our)\s+desk|"
        r"(?:just\s+)?between\s+(?:us|ourselves|you\s+and\s+me)|keep\s+(?:it|this)\s+between\s+us|"
        r"before\s+it'?s\s+(?:out|public|published|announced|released)|"
        r"(?:voordat|vóórdat|voor)\s+(?:het|de|die|dat)\s+(?:\w+\s+)?(?:uitkomt|uit\s+is|openbaar\s+"
        r"(?:is|wordt)|naar\s+buiten\s+komt|bekend\s+wordt|gepubliceerd\s+wordt)|"
        r"(?:kan|mag)\s+ik\s+(?:\w+\s+)?(?:al|alvast|vast)\s+(?:wel\s+)?(?:zeggen|verklappen|verraden|"
        r"melden)|ik\s+(?:kan|mag)\s+(?:je\s+|jullie\s+|u\s+)?(?:al|alvast|vast)\s+(?:wel\s+)?verklappen|(?:ik\s+)?verklap\s+(?:\w+\s+)?(?:alvast|al|vast)|verklap\s+ik\s+(?:alvast|al|vast)|"
        r"wist\s+(?:het\s+)?(?:er\s+)?al\s+(?:in|op|sinds|vóór|voor)\s+\w+(?:\s+\w+)?\s+van|"
        r"knew\s+(?:about\s+it\s+)?(?:already\s+)?(?:in|since|back\s+in)\s+\w+|"
        # the classic leak marker, and knowing what one may not tell yet
        r"dat\s+heb\s+(?:je|jij|u|jullie)\s+niet\s+van\s+mij(?:\s+gehoord)?|"
        r"you\s+didn'?t\s+hear\s+(?:it|this|that)\s+from\s+me|"
        r"(?:ik\s+)?weet\s+(?:het|dat|de\s+uitkomst|de\s+uitslag)\s+al\s*,?\s+(?:maar\s+)?"
        r"(?:ik\s+)?(?:mag|kan)\s+(?:het|dat|dit|er)\s+(?:\w+\s+)?(?:nog\s+)?(?:niet|niks|niets)\s+"
        r"(?:over\s+)?(?:zeggen|vertellen|delen|verklappen|kwijt))" + _E,
        re.IGNORECASE,
    ),
    # Confirming facts or a timeline of unpublished work ("ik kan bevestigen dat …", "die
    # brief komt echt eind deze maand"); a finding only in reply to the press or an MP, or
    # with an insider marker (see ``INSIDER_RE``).
    "bevestiging": rx.compile(
        _W + r"(?:(?:ik\s+)?kan\s+(?:u\s+|je\s+|jou\s+|jullie\s+)?(?:wel\s+|alvast\s+|al\s+)?"
        r"bevestigen|kan\s+ik\s+(?:u\s+|je\s+|jullie\s+)?(?:wel\s+|alvast\s+|al\s+)?bevestigen|"
        r"(?:i\s+)?can\s+confirm|"
        r"(?:brief|kamerbrief|nota|notitie|rapport|besluit|plan|wetsvoorstel|evaluatie|prognose|"
        r"regeling|cijfers|letter|report|decision)\s+(?:komt|komen|verschijnt|verschijnen|"
        r"wordt\s+(?:\w+\s+)?(?:verstuurd|gepubliceerd|verzonden|gepresenteerd))\s+(?:er\s+)?"
        r"(?:echt\s+|zeker\s+|gewoon\s+|waarschijnlijk\s+|vermoedelijk\s+|pas\s+|nog\s+|al\s+)?"
        r"(?:eind|begin|half|medio|volgende|deze|voor|vóór|na|binnen|op|in|over|rond)|"
        r"(?:letter|report|decision)\s+(?:will|is\s+going\s+to)\s+(?:come|be\s+published|"
        r"be\s+sent|arrive|land))" + _E,
        re.IGNORECASE,
    ),
}

DECISION_PARTS = tuple(
    (needles, rx.compile(_W + r"(?:" + alt + r")" + _E, re.IGNORECASE))
    for needles, alt in _DECISION_ALTS
)


def decision(text: str, lower: str) -> re.Match[str] | None:
    """``PATTERNS["besluitvorming"].search(text)``, each alternative scanned only where it
    can match."""
    return first_match(DECISION_PARTS, text, lower)


# What makes a mention a disclosure: the post also gives the CONTENT of the unpublished
# matter (a number, a change, an outcome, a verdict on the report).
CONTENT_RE = rx.compile(
    _W + r"(?:"
    r"\d+(?:[.,]\d+)?\s*(?:fte|banen|arbeidsplaatsen|plekken|medewerkers|ontslagen|miljoen|"
    r"miljard|mln|mld|procent|%|euro|million|billion|jobs|percent)|€\s*\d|"
    r"(?:wordt|worden|gaat|gaan|zal|zullen|komt|komen|will|are\s+going\s+to)\s+(?:\w+\s+){0,4}?"
    r"(?:hoger|lager|omhoog|omlaag|verhoogd|verlaagd|geschrapt|afgeschaft|gesloten|gehalveerd|"
    r"verdubbeld|gekort|stopgezet|uitgesteld|ingetrokken|opgeheven|afgeblazen|wegbezuinigd|"
    r"bezuinigd|samengevoegd|ontslagen|duurder|goedkoper|verplaatst|announce|cut|raise|"
    r"increase|reduce|double|halve|scrap|close|approve|reject|abolish|freeze|lower|"
    r"be\s+(?:much\s+|far\s+|way\s+)?(?:lower|higher|cut|scrapped|closed|delayed))|"
    r"(?:verdwijnt|verdwijnen|vervalt|vervallen|sneuvelt|sneuvelen|gaat\s+eruit|gaan\s+eruit|"
    r"gaat\s+(?:niet\s+)?door|gaan\s+(?:niet\s+)?door|komt\s+er\s+(?:niet|geen)|"
    r"komen\s+er\s+(?:niet|geen))|"
    r"(?:veel|nog|een\s+stuk|flink|fors|stukken|much|far|way)\s+(?:groter|hoger|lager|kleiner|"
    r"erger|slechter|duurder|goedkoper|bigger|higher|lower|smaller|worse)|"
    r"(?:is|zijn|wordt|worden|was|blijkt|blijken)\s+(?:\w+\s+){0,2}?(?:niet\s+mals|schokkend|"
    r"vernietigend|ontluisterend|keihard|dramatisch|alarmerend)|niet\s+mals|"
    r"(?:de\s+)?(?:conclusie|conclusies|uitkomst|uitslag|strekking)\s+(?:is|zijn|luidt)|"
    r"(?:besluiten|beslissen|besloten|kiezen|gekozen)\s+(?:\w+\s+){0,3}?(?:om|tot)\s+\w+|"
    r"decide\s+(?:\w+\s+){0,3}?to\s+\w+|"
    r"(?:gaan|gaat|zullen|zal|will)\s+(?:\S+\s+){0,6}?(?:verruimen|versoepelen|aanscherpen|"
    r"verhogen|verlagen|schrappen|afschaffen|bevriezen|korten|sluiten|invoeren|verlengen|"
    r"uitbreiden|halveren|verdubbelen|extend|expand|tighten|loosen)|"
    r"(?:mail|stuur|app|geef|send|share|give)\s+(?:ik\s+)?(?:je|jou|u|you|jullie)\s+(?:\w+\s+){0,3}?"
    r"(?:de|die|alle|the|our)\s+(?:cijfers|tabellen|stukken|nota|memo|figures|numbers|"
    r"documents|memo)|"
    r"(?:de\s+)?minister\s+wist|the\s+minister\s+knew|"
    r"(?:report|numbers|figures|results|conclusion)\s+(?:is|are|will\s+be)\s+(?:\w+\s+)?"
    r"(?:damning|shocking|devastating|worse|lower|higher)"
    r")" + _E,
    re.IGNORECASE,
)
# "Embargo tot dinsdag: het rapport …" — a colon after the marker, then the news itself.
EMBARGO_CONTENT_RE = rx.compile(r"[^:.!?\n]{0,40}:\s*(?:[^\s.!?]+\s+){2,}[^\s.!?]+")
# An announcement the author claims to know the content of ("ik weet al wat erin staat").
ANNOUNCE_RE = rx.compile(
    _W + r"(?:maakt?\s+(?:\w+\s+){0,6}?bekend|bekendmaking|presenteert|presenteren|publiceert|"
    r"verschijnt|announce\w*|publishe?s?)" + _E,
    re.IGNORECASE,
)
KNOWS_RE = rx.compile(r"weet\s+al\s+wat|know\s+what|" + _ALREADY_TELL, re.IGNORECASE)
# The teaser "ik kan je al zeggen" counts only next to an announcement (ANNOUNCE_RE).
ALREADY_TELL_RE = rx.compile(_ALREADY_TELL, re.IGNORECASE)
# The author works on it himself: a confirmation or timeline draws on inside knowledge.
INSIDER_RE = rx.compile(
    _W + r"(?:ik\s+zit\s+er\s+(?:zelf\s+)?(?:bovenop|op)|ik\s+werk\s+er\s+(?:zelf\s+|dagelijks\s+)?"
    r"aan|ik\s+schrijf\s+(?:hem|het|eraan)\s+zelf|(?:heb|had)\s+(?:hem|het)\s+zelf\s+"
    r"(?:gezien|geschreven|gelezen)|i'?m\s+working\s+on\s+it|i\s+wrote\s+it)" + _E,
    re.IGNORECASE,
)
OFF_RECORD_RE = rx.compile(r"off[\s-]+the[\s-]+record", re.IGNORECASE)

# Things that are public: a draft out for consultation, a decision already announced.
PUBLIC_RE = rx.compile(
    _W + r"(?:internetconsultatie|consultatie|ter\s+inzage|gepubliceerd|openbaar\s+gemaakt|"
    r"heeft\s+(?:vandaag|gisteren)\s+besloten|is\s+(?:vandaag\s+)?bekendgemaakt|"
    r"rijksoverheid\.nl|officielebekendmakingen|staatscourant|"
    r"embargo\s+is\s+(?:nu\s+)?(?:eraf|opgeheven|verlopen|voorbij)|embargo\s+(?:is|has\s+been)\s+lifted)"
    + _E,
    re.IGNORECASE,
)
# Guards: a pattern only runs when the post has a word starting with one of these (the
# first four letters are compared, see ``meedoen.core.text.politics.prefixes``).
_GUARD_WORDS: dict[str, str] = {
    "rubricering": "geheim confidentieel vertrouwelijk staatsgeheim stg dep",
    "vertrouwelijk": "vertrouwelijk confidential off off-the-record verspreiding publicatie extern "
    "intern internal distribution",
    "embargo": "embargo locked",
    "concept": "concept draft",
    "besluitvorming": "besluiten beslissen kiezen instemmen schrappen bezuinigen reorganiseren "
    "sluiten afschaffen bekend gepubliceerd aangekondigd buiten openbaar raad kamer ministerraad "
    "college hoorde mt managementteam mij decide beslist besluit directie",
    "hint": "niks zeggen zeg vertellen vertel kwijt tussen gezegd erin besloten say heard wacht "
    "wait verklappen tell",
    "bevestiging": "bevestigen confirm komt komen verschijnt verschijnen verstuurd gepubliceerd "
    "verzonden gepresenteerd will going",
    "uitgelekt": "uitgelekt uitgelekte leaked",
    "voorkennis": "zeggen zeg vertellen kwijt spoiler bureau desk between before voordat "
    "vóórdat alvast verklap verklappen verraden wist knew mij hear delen",
}
GUARDS: dict[str, frozenset[str]] = {
    kind: frozenset(w[:4] for w in words.split()) for kind, words in _GUARD_WORDS.items()
}

# Substrings (lower case) one of which every match of a kind's pattern contains: a second,
# exact gate after the guards (see ``meedoen.core.text.politics_words.may_contain``).
NEEDLES: dict[str, tuple[str, ...]] = {
    "rubricering": ("geheim", "confidentieel", "vertrouwelijk"),
    "vertrouwelijk": ("vertrouwelijk", "confidential", "verspreiding", "publicatie", "extern")
    + ("intern", "record", "distribution"),
    "embargo": ("embargo", "locked"),
    "concept": ("concept", "draft"),
    "besluitvorming": ("besl", "kiezen", "instemmen", "schrappen", "bezuinigen", "sluiten")
    + ("reorganiseren", "afschaffen", "bekend", "gepubliceerd", "aangekondigd", "buiten")
    + ("openbaar", "raad", "kamer", "college", "decide", "hoorde", "mt", "managementteam", "mij"),
    "hint": ("zeg", "vertel", "kwijt", "ons", "staat", "besloten", "yet", "heard", "wacht", "wait")
    + ("verklap", "tell"),
    "uitgelekt": ("uitgelekt", "leaked"),
    "voorkennis": ("zeg", "kwijt", "vertel", "spoiler", "bureau", "desk", "between", "before")
    + ("uit", "openbaar", "buiten", "bekend", "gepubliceerd", "verklap", "verraden", "melden")
    + ("wist", "knew", "mij", "hear", "delen"),
    "bevestiging": ("bevestigen", "confirm", "komt", "komen", "verschijn", "verstuurd", "sent")
    + ("gepubliceerd", "verzonden", "gepresenteerd", "come", "published", "arrive", "land"),
}

# Private life: "ik mag nog niks zeggen, maar … mijn nieuwe baan / we zijn zwanger".
PERSONAL_RE = rx.compile(
    _W + r"(?:mijn\s+nieuwe\s+(?:baan|job|functie|werkgever)|zwanger|baby|bruiloft|trouwen|"
    r"verloofd|verhuiz\w*|verjaardag|vakantie|cadeau|surprise|nieuwe\s+huis|new\s+job|"
    # a birthday in the family: "zaterdag wordt mijn moeder 70"
    r"(?:wordt|worden)\s+(?:mijn|m'n|onze)\s+(?:moeder|vader|oma|opa|zus|broer|zoon|dochter|ouders)\s+\d+|"
    r"(?:mijn|m'n|onze)\s+(?:moeder|vader|oma|opa|zus|broer|zoon|dochter|ouders)\s+(?:wordt|worden)\s+\d+)"
    + _E,
    re.IGNORECASE,
)
# Own, private drafts: "de conceptversie van mijn scriptie".
PRIVATE_DRAFT_RE = rx.compile(
    _W + r"(?:mijn|m'n)\s+(?:eigen\s+)?(?:scriptie|proefschrift|thesis|boek|roman|blog|artikel|"
    r"cv|presentatie|speech|gedicht)" + _E,
    re.IGNORECASE,
)
# A post about work news: a teaser ("ik zeg alleen: het is pittig") hints at its content.
WORK_NEWS_RE = rx.compile(
    _W + r"(?:" + _WORK_DOC + r"|ministerie\w*|ministerraad|kabinet|departement|overleg\w*|"
    r"besluit\w*|beleid\w*|regeling|werk|team|afdeling|dossier|kamer\w*|gemeente|provincie|"
    r"college|gemeenteraad|wethouder\w*|burgemeester|directie|managementteam|reorganisatie\w*|"
    r"council|"
    r"uitkomst\w*|publicatie|subsidie\w*|opvang|ministry|cabinet|decision|policy|minister\w*|"
    r"sanctions?|memo|department|government|tariffs?|scheme)" + _E,
    re.IGNORECASE,
)
# Second, sharper gate for the foreknowledge pattern (its guard words are common).
VOORKENNIS_GATE_RE = rx.compile(
    "meer (?:mag|kan) ik|zeg (?:alleen|enkel|verder|maar)|spoiler|bureau|desk|between|before it|"
    "voordat|vóórdat|voor (?:het|de|die|dat) |alvast|verklap|vast (?:zeggen|verklappen)|wist |"
    "knew|niks|niets|niet veel|niet van mij|hear it from me|hear this from me|hear that from me|"
    "weet het al|weet dat al|weet de "
)
