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

_W = r"(?<!\w)"
_E = r"(?!\w)"
_DOC = (
    r"(?:kamer)?brief|nota|notitie|memo|stuk(?:ken)?|document(?:en)?|rapport|besluit|advies|"
    r"wetsvoorstel|beleidsnota|beleidsbrief|begroting|tekst|versie|verslag|bijlage|mail"
)

PATTERNS: dict[str, re.Pattern[str]] = {
    "rubricering": re.compile(
        _W + r"(?:stg\.?\s*(?:zeer\s+)?(?:geheim|confidentieel)|staatsgeheim|"
        r"departementaal\s+vertrouwelijk|dep\.?\s*vertrouwelijk|zeer\s+geheim)" + _E,
        re.IGNORECASE,
    ),
    "vertrouwelijk": re.compile(
        r"(?-i:VERTROUWELIJK|CONFIDENTIAL)|" + _W + r"(?:"
        r"(?:vertrouwelijk|confidential)\s*[:!)\]]|[(\[]\s*vertrouwelijk|"
        r"(?:dit|deze|die|het|een|hier\s+een|bijgaand(?:e)?)\s+vertrouwelijke?\s+(?:" + _DOC + r")|"
        r"niet\s+voor\s+(?:verspreiding|publicatie|extern\s+gebruik)|"
        r"(?:alleen\s+)?voor\s+intern\s+gebruik|intern\s+document|"
        r"interne\s+(?:notitie|memo|cijfers|stukken|informatie|documenten|mail|mails|rapportage)|"
        r"off\s+the\s+record|off-the-record|"
        r"for\s+internal\s+use(?:\s+only)?|not\s+for\s+distribution)" + _E,
        re.IGNORECASE,
    ),
    "embargo": re.compile(
        _W
        + r"(?:onder\s+embargo|embargo\s+(?:tot|until|t/m)|embargo\s*:|under\s+embargo|embargoed)"
        + _E,
        re.IGNORECASE,
    ),
    "concept": re.compile(
        _W + r"(?:concept-?(?:" + _DOC + r"|kamerbrief|wet|regeling|beleid\w*|rapportage)|"
        r"(?:het|dit|dat|eerste|tweede|laatste)\s+concept\s+(?:van\s+(?:de|het)\s+)?(?:"
        + _DOC
        + r")|"
        r"in\s+het\s+concept|(?:het|dit)\s+concept\s+(?:ligt|staat|gaat|is\s+klaar|wordt))" + _E,
        re.IGNORECASE,
    ),
    "besluitvorming": re.compile(
        _W + r"(?:(?:ministerraad|(?-i:MT)|managementteam|college|bestuur|directie|(?-i:DG|SG)|"
        r"de\s+top)\s+(?:gaat|gaan|zal|zullen|wil|wilt)\s+"
        r"(?:\w+\s+){0,6}?(?:besluiten|beslissen|kiezen|instemmen|schrappen|bezuinigen|"
        r"reorganiseren|sluiten|afschaffen)|"
        r"(?:gaat|gaan|zal|zullen|wil)\s+(?:het|de)\s+(?:ministerraad|(?-i:MT)|managementteam|"
        r"college|bestuur|directie|top)\s+(?:\w+\s+){0,6}?(?:besluiten|beslissen|kiezen)|"
        r"wordt\s+pas\s+(?:later|volgende\s+week|na\s+\w+)\s+(?:bekend(?:gemaakt)?|gepubliceerd|"
        r"aangekondigd)|nog\s+niet\s+(?:naar\s+buiten|bekendgemaakt|openbaar)|"
        r"nog\s+niet\s+(?:in|naar|langs)\s+(?:de\s+)?(?:raad|kamer|ministerraad|college)|"
        r"(?:cabinet|ministry|management|the\s+board)\s+will\s+decide|"
        r"hoorde\s+(?:\w+\s+){0,3}in\s+het\s+(?:mt|managementteam|college|bestuur)|"
        r"in\s+het\s+(?:mt|managementteam)\s+(?:werd|hoorde|zei|kwam)|"
        r"dit\s+heb\s+je\s+niet\s+van\s+mij)" + _E,
        re.IGNORECASE,
    ),
    # Hints at unpublished work news; skipped when the post is about private life.
    "hint": re.compile(
        _W + r"(?:(?:ik\s+)?(?:mag|kan)\s+(?:er\s+)?(?:nog\s+)?(?:niks|niets)\s+(?:over\s+)?"
        r"(?:zeggen|vertellen|kwijt)(?=[^.!?]{0,40}?(?:maar|but|\U0001f440|\U0001f60f|\U0001f92b))|"
        r"(?:tussen|onder)\s+ons(?:\s+gezegd)?\s*[:,]|"
        r"(?:tussen|onder)\s+ons\s+gezegd|(?:wil|mag)\s+(?:eigenlijk\s+)?niet\s+dat\s+ik\s+"
        r"(?:het|dit)\s+(?:zeg|vertel)|ik\s+mag\s+(?:het|dit)\s+eigenlijk\s+niet\s+(?:zeggen|"
        r"vertellen)|ik\s+weet\s+al\s+wat\s+(?:er\s+)?(?:er)?in\s+staat|"
        r"dat\s+is\s+(?:intern\s+)?al\s+besloten|is\s+intern\s+al\s+besloten|can'?t\s+say\s+(?:much|anything)\s+yet|"
        r"you\s+heard\s+it\s+here\s+first)" + _E,
        re.IGNORECASE,
    ),
    "uitgelekt": re.compile(_W + r"(?:uitgelekt(?:e)?|leaked)" + _E, re.IGNORECASE),
}

# Things that are public: a draft out for consultation, a decision already announced.
PUBLIC_RE = re.compile(
    _W + r"(?:internetconsultatie|consultatie|ter\s+inzage|gepubliceerd|openbaar\s+gemaakt|"
    r"heeft\s+(?:vandaag|gisteren)\s+besloten|is\s+(?:vandaag\s+)?bekendgemaakt|"
    r"rijksoverheid\.nl|officielebekendmakingen|staatscourant)" + _E,
    re.IGNORECASE,
)
# Guards: a pattern only runs when the post has a word starting with one of these (the
# first four letters are compared, see ``meedoen.core.text.politics.prefixes``).
_GUARD_WORDS: dict[str, str] = {
    "rubricering": "geheim confidentieel vertrouwelijk staatsgeheim stg dep",
    "vertrouwelijk": "vertrouwelijk confidential off off-the-record verspreiding publicatie extern "
    "intern internal distribution",
    "embargo": "embargo",
    "concept": "concept",
    "besluitvorming": "besluiten beslissen kiezen instemmen schrappen bezuinigen reorganiseren "
    "sluiten afschaffen bekend gepubliceerd aangekondigd buiten openbaar raad kamer ministerraad "
    "college hoorde mt managementteam mij decide",
    "hint": "niks zeggen zeg vertellen vertel kwijt tussen gezegd erin besloten say heard",
    "uitgelekt": "uitgelekt uitgelekte leaked",
}
GUARDS: dict[str, frozenset[str]] = {
    kind: frozenset(w[:4] for w in words.split()) for kind, words in _GUARD_WORDS.items()
}

# Private life: "ik mag nog niks zeggen, maar … mijn nieuwe baan / we zijn zwanger".
PERSONAL_RE = re.compile(
    _W + r"(?:mijn\s+nieuwe\s+(?:baan|job|functie|werkgever)|zwanger|baby|bruiloft|trouwen|"
    r"verloofd|verhuiz\w*|verjaardag|vakantie|cadeau|surprise|nieuwe\s+huis|new\s+job)" + _E,
    re.IGNORECASE,
)
# Own, private drafts: "de conceptversie van mijn scriptie".
PRIVATE_DRAFT_RE = re.compile(
    _W + r"(?:mijn|m'n)\s+(?:eigen\s+)?(?:scriptie|proefschrift|thesis|boek|roman|blog|artikel|"
    r"cv|presentatie|speech|gedicht)" + _E,
    re.IGNORECASE,
)
