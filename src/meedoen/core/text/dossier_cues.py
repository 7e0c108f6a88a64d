# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Cues that turn a touch of one's own dossier into a risk.

The own-dossier detector (:mod:`meedoen.core.detectors.builtin.eigen_dossier`)
first establishes that a post is about one of the author's dossiers (a
keyword in the post, or in the message it replies to). These cue families
then say *how* the post touches it:

* ``weerwoord`` — an expert rebuttal ("dat klopt niet", "mensen overdrijven",
  "never read the evaluations", "I'll happily correct you");
* ``voorkennis`` — knowledge from the inside ("weet ik uit eerste hand", "ik zie
  die klachten elke dag", "ik zit er zelf bovenop", "wacht maar tot het rapport
  uitkomt", "de cijfers zijn veel hoger dan", "ik kan bevestigen");
* ``niet-openbaar`` — leaking what is not public yet (embargo, "ik weet al wat
  erin staat", "tussen ons", "can't say much yet", "will decide");
* ``belofte`` — promises or positions on behalf of the organisation;
* ``contact`` — offering a journalist or politician documents or a briefing
  ("DM me", "ik kan u cijfers sturen"); only counted in a reply to one;
* ``politiek`` — a political stance about the dossier (calls to vote, praise
  or blame of the cabinet, agreeing with a politician);
* ``zaak`` — case data looked up in one's own systems ("ik zie in ons systeem
  dat uw uitkering …");
* ``integriteit`` — gifts from or side jobs with parties in the dossier;
* ``trucje`` — advice on gaming one's own scheme ("makkelijk binnen te halen
  als je de aanvraag opknipt");
* ``minachting`` — contempt for the citizens the dossier is about.

Each family is gated by substrings that every match contains (:data:`ANCHORS`),
so that the regexes only run on posts that can match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from meedoen.core import rx
from meedoen.core.text.pii_regex import trie_pattern

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    kind: str
    polarity: float = 0.0  # for opinions: -1 … 1


LABELS = {
    "weerwoord": "deskundig weerwoord",
    "voorkennis": "kennis uit je werk",
    "niet-openbaar": "mogelijk niet-openbare informatie",
    "belofte": "toezegging of standpunt namens de organisatie",
    "contact": "inhoudelijk contact met pers of politiek",
    "politiek": "politiek standpunt",
    "zaak": "gegevens uit een dossier",
    "integriteit": "geschenk of nevenfunctie",
    "trucje": "tip om de regeling te omzeilen",
    "minachting": "minachting voor de mensen om wie het gaat",
    "mening": "mening",
    "rol": "beroep op je functie of deskundigheid",
    "lek": "inhoud die nog niet openbaar is",
    "hint": "hint naar wat nog niet openbaar is",
}

_DAILY = r"(?:elke\s+dag|iedere\s+dag|dagelijks|dag\s+in\s+dag\s+uit|elke\s+week|van\s+dichtbij|every\s+day|daily)"

_SEEN = (
    r"(?:klachten|gevallen|dossiers|aanvragen|meldingen|cijfers|mensen|het|dat|dit|wat|wie|hoe|welke|"
    r"hoeveel|de\s+\w+|die\s+\w+)"
)

# (kind, gate words, pattern)
_FAMILIES: tuple[tuple[str, frozenset[str], re.Pattern[str]], ...] = (
    (
        "weerwoord",
        frozenset(
            "klopt kloppen onjuist incorrect onwaar waar expert deskundige specialist insider mis "
            "ernaast naast "
            "factcheck fact lees check overdrijven overdrijft overdreven snappen snapt begrijpen "
            "fabeltje onzin nonsense wrong true correct read misinformation myth debunk gezeur "
            "gezeik gejank geklaag gezever gemekker "
            "werk zit kan mensen people".split()
        ),
        rx.compile(
            r"\b(?:dat|dit|het|je|u|jullie|die|ze)\s+(?:klopt|kloppen)\s+(?:gewoon\s+|echt\s+|helemaal\s+|dus\s+)?"
            r"(?:niet|niks|niets|geen\s+bal)"
            r"|\b(?:dat|dit|het)\s+klopt\s+(?:toch\s+)?niet\s+(?:helemaal|zo|echt|precies)\b"
            r"|\b(?:cijfers|getallen|berekening\w*|aannames|gegevens|prognoses?|ramingen|figures|numbers)\s+"
            r"(?:\w+\s+){0,4}?(?:klopt|kloppen|klopten)\s+(?:gewoon\s+|echt\s+|helemaal\s+)?(?:niet|niks|geen\s+bal)\b"
            r"|\b(?:feitelijk\s+)?(?:onjuist|incorrect|pertinent\s+onwaar)\b|\bis\s+(?:gewoon\s+)?niet\s+waar\b"
            r"|\b(?:critici|tegenstanders|sceptici|ze|zij|jullie|mensen|\w{3,}(?:ers|en))(?:\s+\w+){0,4}?\s+"
            r"(?:hebben|heeft|zitten|zit)\s+(?:het|er)\s+(?:echt\s+|gewoon\s+|helemaal\s+|flink\s+|goed\s+|"
            r"compleet\s+)?(?:mis|naast)\b|\b(?:zitten|zit)\s+(?:echt\s+|gewoon\s+|helemaal\s+)?ernaast\b"
            r"|\bklopt\s+(?:gewoon\s+|echt\s+|helemaal\s+|dus\s+)?(?:niet|niks|niets|geen\s+bal)\s+(?:van\s+)?(?:wat|van|dat)\b"
            r"|\b(?:al\s+dat|dat|het|die)\s+(?:gezeur|gezeik|gejank|geklaag|gezever|gemekker)\s+over\b"
            r"|\bals\s+(?:expert|deskundige|specialist|insider|vakman|vakvrouw|beleidsmaker|ambtenaar|"
            r"betrokkene|iemand\s+die\s+(?:er|hier)\s+(?:zelf\s+)?(?:aan|mee|over)\s+\w+)"
            r"|\bfact\s*-?check|\bfactcheck"
            r"|\b(?:lees|check)\s+(?:eerst\s+)?(?:eens\s+)?(?:de|het)\s+(?:rapport|cijfers|feiten|stukken|evaluatie\w*)"
            r"|\b(?!ik\b|niet\b|wordt\b|is\b)\w+\s+(?:\w+\s+){0,2}?(?:overdrijven|overdrijft)\b"
            r"|\b(?:is|zijn|wordt|worden)\s+(?:echt\s+|zwaar\s+|schromelijk\s+|enorm\s+|sterk\s+)?overdreven\b"
            r"|\b(?:ze|zij|jullie|mensen|\w{3,}(?:ers|en|s))\s+(?:snappen|snapt|begrijpen|begrijpt)\s+(?:het|er)\s+"
            r"(?:gewoon\s+|echt\s+|helemaal\s+)?(?:niet|niks|niets|geen\s+bal)\b"
            r"|\b(?:het|er)\s+(?:gewoon\s+|echt\s+|helemaal\s+)?(?:niet|niks|niets)\s+(?:van\s+)?(?:snappen|begrijpen)\b"
            r"|\b(?:is\s+)?een\s+(?:fabeltje|broodjeaapverhaal|mythe)\b"
            r"|\b(?:clearly|obviously)\s+(?:never|haven't|have\s+not|didn't)\s+(?:read|looked|seen)\b"
            r"|\b(?:never|didn't|haven't)\s+(?:even\s+)?read\s+the\s+(?:evaluations?|reports?|numbers|figures|evidence)"
            r"|\b(?:i'll|i\s+will|happy\s+to|glad\s+to|let\s+me)\s+(?:happily\s+|gladly\s+)?correct\s+(?:you|them|this|that)"
            r"|\bthat'?s\s+(?:just\s+|simply\s+)?(?:not\s+true|wrong|false|a\s+myth)\b"
            r"|\btrust\s+me,?\s+i\s+(?:work|worked)\s+(?:on|in)\b",
            _I,
        ),
    ),
    (
        "voorkennis",
        frozenset(
            "eerste zie zien zit werk wacht cijfers cijfer prognose kan weet see work trust "
            "numbers figures hand first groter hoger lager kleiner slechter erger".split()
        ),
        rx.compile(
            r"\b(?:weet|ken|zie|hoor)\s+(?:ik|het|dat)?\s*(?:\w+\s+)?uit\s+(?:de\s+)?eerste\s+hand\b"
            r"|\buit\s+eerste\s+hand\b|\bfirst[\s-]?hand\b"
            r"|\bik\s+(?:zie|hoor|merk|lees|spreek|krijg)\s+(?:\w+\s+){0,2}?"
            + _SEEN
            + r"\b[^.!?\n]{0,30}?"
            + _DAILY
            + r"|\bik\s+(?:zie|hoor|merk|lees|spreek|krijg)\s+"
            + _DAILY
            + r"\s+"
            + _SEEN
            + r"\b"
            r"|\bik\s+(?:zit|sta)\s+(?:er|hier)\s+(?:zelf\s+)?(?:boven\s*op|bovenop|met\s+mijn\s+neus\s+bovenop|middenin)"
            r"|\bik\s+(?:werk|zit)\s+(?:er|hier)\s+(?:zelf\s+)?(?:\w+\s+)?(?:aan|in|op|mee)\b"
            r"|\bwacht\s+(?:maar\s+)?(?:af\s+)?(?:tot|totdat)\s+(?:de|het)\s+(?:\w+\s+){0,2}"
            r"(?:prognose|rapport|cijfers|evaluatie|onderzoek|brief|doorrekening|raming|monitor)\w*"
            r"|\b(?:de\s+)?(?:echte|werkelijke|interne|geheime)\s+\w*cijfers\b"
            r"|\w*cijfers\b[^.!?\n]{0,40}?\b(?:veel|flink|stukken|een\s+stuk)\s+(?:groter|hoger|lager|kleiner|slechter|erger|beter)\b"
            r"|\b(?:veel|flink|stukken)\s+(?:groter|hoger|lager|kleiner|slechter|erger)\s+dan\s+(?:de\s+)?"
            r"(?:cijfers|officieel|gemeld|aangekondigd|gezegd|men\s+denkt|iedereen\s+denkt)"
            r"|\bnumbers\b[^.!?\n]{0,30}?\b(?:much|far|way)\s+(?:lower|higher|worse|bigger|smaller)\b"
            r"|\b(?:much|far|way)\s+(?:lower|higher|worse|bigger|smaller)\s+than\s+(?:announced|reported|expected|claimed)"
            r"|\bik\s+kan\s+(?:u\s+|je\s+|jullie\s+)?(?:wel\s+)?bevestigen\b|\bi\s+can\s+confirm\b"
            r"|\bik\s+weet\s+(?:al|toevallig|zeker|precies)\s+(?:wat|dat|hoe|wie|waar)\b"
            r"|\b(?:trust\s+me|believe\s+me),?\s+i\s+(?:work|see|know)"
            r"|\bi\s+(?:see|deal\s+with)\s+(?:it|this|them|these)\s+every\s+day\b"
            r"|\bwhere\s+the\s+\w+\s+really\s+(?:land|go|are)\b|\bwaar\s+het\s+(?:echt\s+)?misgaat\b",
            _I,
        ),
    ),
    (
        "niet-openbaar",
        frozenset(
            "embargo embargoed nog mag kan alvast binnenskamers intern tussen off record weet "
            "heard say binnen decide besluiten beslissen besluit concept ligt wordt tipje verklappen "
            "can't cannot".split()
        ),
        rx.compile(
            r"\b(?:onder\s+)?embargo\w*|\bembargoed\b"
            r"|\bnog\s+niet\s+(?:bekend|openbaar|gepubliceerd|naar\s+buiten)"
            r"|\b(?:kan|mag)\s+(?:alvast|vast)\s+(?:verklappen|zeggen|melden)|\balvast\s+een\s+tipje"
            r"|\bwordt\s+(?:pas\s+)?(?:later|volgende\s+week)\s+bekend"
            r"|\b(?:intern|binnenskamers)\s+(?:wordt|is|gaat)|\btussen\s+ons(?:\s+gezegd)?\b|\boff\s+the\s+record\b"
            r"|\b(?:ik\s+)?mag\s+(?:er\s+)?(?:nog\s+)?(?:niks|niets|weinig)\s+(?:over\s+)?(?:zeggen|vertellen|kwijt)"
            r"|\bligt\s+al\s+klaar|\bconcept-?(?:kamerbrief|nota|besluit|advies|rapport)\w*"
            r"|\bik\s+weet\s+al\s+(?:wat|hoe|wie)\b|\bheard\s+it\s+here\s+first\b"
            r"|\bcan'?t\s+say\s+(?:much|more|anything)|\bcannot\s+say\s+(?:much|more)"
            r"|\b(?:cabinet|ministry|minister|government)\s+(?:will|is\s+going\s+to)\s+decide\b"
            r"|\b(?:de\s+)?(?:minister|wethouder|gedeputeerde|ministerraad|college|kabinet|mt)\s+gaat\s+"
            r"(?:\w+\s+)?(?:besluiten|beslissen|kiezen|schrappen|bezuinigen)"
            r"|\b(?:rapport|evaluatie|onderzoek|doorrekening)\w*\s+(?:\w+\s+){0,2}is\s+binnen\b",
            _I,
        ),
    ),
    (
        "belofte",
        frozenset(
            "toezeggen beloven beloof garanderen garandeer namens behalf standpunt komen komt "
            "gaat gaan definitely will ja regel".split()
        ),
        rx.compile(
            r"\bik\s+(?:kan|wil)\s+(?:u\s+|je\s+|jullie\s+)?(?:toezeggen|beloven|garanderen)\b"
            r"|\bik\s+(?:beloof|garandeer)\b"
            r"|\bnamens\s+(?:het|de|mijn|ons|onze)\s+(?:ministerie|minister|provincie|gemeente|kabinet|"
            r"organisatie|dienst|college|waterschap)\b"
            r"|\bon\s+behalf\s+of\s+(?:the|my|our)\s+(?:ministry|minister|government|organi[sz]ation)\b"
            r"|\b(?:het|ons)\s+standpunt\s+van\s+(?:de|het|ons|onze)\s+\w+\s+is\b"
            r"|\b(?:gaat|komt)\s+er\s+(?:echt|gewoon|zeker|gegarandeerd)\s+(?:komen|door)?"
            r"|\b(?:komt|komen)\s+(?:echt|zeker|gegarandeerd)\b"
            r"|\bgaat\s+(?:\w+\s+){0,4}(?:gewoon|zeker|echt)\s+(?:wel\s+)?(?:betalen|oplossen|regelen|doorgaan|"
            r"vergoeden|goedkeuren|toekennen)\b|\bik\s+regel\s+(?:het|dat|dit)\b"
            r"|\b(?:we|wij)\s+gaan\s+(?:\w+\s+){0,4}(?:gewoon|zeker|echt)\s+(?:oplossen|regelen|betalen)\b"
            r"|\bwe\s+will\s+(?:definitely|certainly|surely)\b"
            r"|\bja,\s+er\s+wordt\s+aan\s+gewerkt\b",
            _I,
        ),
    ),
    (
        "contact",
        frozenset(
            "bel dm app mail stuur sturen bijpraten uitleggen leg laten bespreken dm's call chat "
            "walk send show kamervragen".split()
        ),
        rx.compile(
            r"\b(?:bel|app|mail|dm|contact)\s+(?:me|mij)\b|\bstuur\s+(?:me|mij)\s+(?:een\s+)?(?:dm|pb|berichtje|mail)"
            r"|\bik\s+(?:kan|wil|zal)\s+(?:u|je|jullie)\s+(?:\w+\s+){0,4}?(?:sturen|mailen|laten\s+zien|bijpraten|"
            r"uitleggen|doorsturen|geven)\b"
            r"|\b(?:dan\s+)?leg\s+ik\s+(?:het\s+)?(?:u\s+|je\s+)?(?:\w+\s+)?uit\b"
            r"|\b(?:dm|message|call|email)\s+me\b|\bhappy\s+to\s+(?:chat|talk|share|brief)"
            r"|\b(?:walk|take)\s+you\s+through\b|\bi\s+can\s+(?:send|show|share)\s+you\b"
            r"|\bstel\s+(?:daar\s+)?(?:eens\s+)?(?:kamervragen|vragen\s+in\s+de\s+kamer)",
            _I,
        ),
    ),
    (
        "politiek",
        frozenset(
            "stem stemmen vote kabinet kabinets ministerie wethouder minister eens agreed "
            "gezegd schandalig schande drama weinig government".split()
        ),
        rx.compile(
            r"\bstem\s+(?:allemaal\s+|vooral\s+|dus\s+|gewoon\s+)?(?:op|niet\s+op|tegen)\b|\bvote\s+(?:for|them\s+out|against)\b"
            r"|\b(?:helemaal|volledig|honderd\s+procent|100%)\s+mee\s+eens\b|\bik\s+ben\s+het\s+(?:helemaal\s+)?met\s+u\s+eens\b"
            r"|\bdat\s+ben\s+ik\s+(?:helemaal\s+)?met\s+u\s+eens\b|^\s*agreed\b"
            r"|\bdat\s+mag\s+(?:best\s+|ook\s+)?(?:eens|wel)\s+(?:gezegd|benoemd)\s+worden"
            r"|\b(?:onze|de)\s+(?:wethouder|minister|gedeputeerde)\s+heeft\s+(?:\w+\s+){0,4}(?:verbeterd|geregeld|gered|goed\s+gedaan)"
            r"|\b(?:het|dit|dat)\s+(?:ministerie|kabinet|college)\s+(?:heeft\s+)?(?:veel\s+)?te\s+weinig\b"
            r"|\bte\s+weinig\s+(?:geld|budget|mensen)\s+(?:heeft\s+)?(?:vrijgemaakt|uitgetrokken|gegeven)"
            r"|\bhet\s+is\s+(?:echt\s+)?(?:schandalig|een\s+schande)\s+wat\s+(?:we|wij|ze|zij|jullie)\b",
            _I | re.MULTILINE,
        ),
    ),
    (
        "zaak",
        frozenset("systeem dossier gekeken nagekeken uw your system".split()),
        rx.compile(
            r"\b(?:in|uit)\s+ons\s+systeem\b|\bin\s+our\s+system\b"
            r"|\b(?:ik\s+heb\s+)?uw\s+dossier\s+(?:bekeken|ingezien|nagekeken|erbij\s+gepakt)"
            r"|\bik\s+heb\s+(?:even\s+|het\s+)?(?:gekeken|nagekeken|opgezocht)\s*[:,]?\s+(?:\w+\s+){0,3}?uw\b"
            r"|\buw\s+(?:aanvraag|uitkering|toeslag|\w+toeslag|bezwaar|aangifte|vergunning|subsidie)\s+(?:\w+\s+){0,4}?"
            r"(?:is|wordt|werd)\s+(?:\w+\s+){0,5}?(?:afgewezen|toegekend|teruggevorderd|stopgezet|beëindigd|"
            r"verlaagd|ingetrokken|geweigerd|gekort)\b"
            r"|\buw\s+(?:uitkering|toeslag|\w+toeslag|subsidie)\s+(?:\w+\s+){0,4}?stopt\b",
            _I,
        ),
    ),
    (
        "integriteit",
        frozenset(
            "cadeau cadeautje kaarten vip raad toegetreden relatie nevenfunctie commissaris "
            "upgrade luxury hotel thanks gekregen combinatie".split()
        ),
        rx.compile(
            r"\b(?:cadeau(?:tje)?|geschenk|presentje|attentie)\s+(?:\w+\s+){0,2}?(?:gekregen|ontvangen)\s+van\b"
            r"|\bvoor\s+de\s+(?:vip-?)?(?:kaarten|kaartjes|tickets|vrijkaarten)\b"
            r"|\b(?:top|mooie|goede|fijne)\s+relatie\b|\b(?:die|deze)\s+relatie\s+koester\b"
            r"|\b(?:toegetreden\s+tot|lid\s+(?:geworden\s+)?van|zitting\s+in)\s+(?:de\s+)?"
            r"(?:raad\s+van\s+(?:advies|commissarissen|toezicht|bestuur)|adviesraad|bestuur)\b"
            r"|\bcombinatie\s+met\s+mijn\s+(?:werk|functie|baan)\b"
            r"|\bbusiness[-\s]class\s+upgrade\b|\bluxury\s+hotel\b",
            _I,
        ),
    ),
    (
        "trucje",
        frozenset(
            "makkelijk binnen pro-tip protip tip trucje truc omzeilen opknipt opknippen slim loophole "
            "grens drempel gecontroleerd gecheckt nagekeken controleren".split()
        ),
        rx.compile(
            r"\b(?:makkelijk|eenvoudig|simpel)\s+(?:binnen\s+te\s+halen|te\s+krijgen|binnen\s+te\s+slepen)\s+als\b"
            r"|\bslim\s+op(?:knipt|knippen|splitst|splitsen)\b|\b(?:de\s+)?aanvraag\s+(?:slim\s+)?op(?:knipt|knippen)\b"
            r"|\b(?:zo|hiermee)\s+omzeil\s+je\b|\bde\s+regels\s+(?:slim\s+)?omzeilen\b"
            r"|\bnet\s+onder\s+de\s+(?:grens|drempel)\s+(?:blijven|houden|te\s+blijven)\b|\bloophole\b"
            r"|\b(?:blijf|blijft|blijven|hou|houd|houdt)\s+(?:\w+\s+)?net\s+onder\s+de\s+(?:grens|drempel)"
            r"|\b(?:wordt|worden|word)\s+(?:hij|het|die|je\s+aanvraag|jij|je|u)?\s*(?:dus\s+)?niet\s+"
            r"(?:gecontroleerd|gecheckt|nagekeken)\b|\bcontroleren\s+(?:ze|wij|we)\s+(?:toch\s+)?(?:niet|nooit)\b",
            _I,
        ),
    ),
    (
        "minachting",
        frozenset("zoek misbruik profiteren profiteurs klagen zeuren werken".split()),
        rx.compile(
            r"\bzoek\s+(?:gewoon|nou|maar|eens|toch)\s+(?:eens\s+)?(?:een\s+)?(?:werk|baan)\b"
            r"|\b(?:ga|gaan)\s+(?:toch\s+)?gewoon\s+werken\b"
            r"|\bwie\s+er\s+misbruik\s+van\s+maakt\b|\b(?:maken|maakt)\s+er\s+(?:\w+\s+)?misbruik\s+van\b",
            _I,
        ),
    ),
)

CONTACT_ROLES = frozenset({"journalist", "kamerlid", "politicus"})
# Substrings that every match of a family contains (at least one of them), checked on the
# lower-case text with whitespace collapsed. A family's regex only runs when one occurs: a
# substring test is far cheaper than a regex search with many word-boundary alternatives.
ANCHORS: dict[str, tuple[str, ...]] = {
    "weerwoord": (
        "klop", "onjuist", "incorrect", "onwaar", "niet waar", "het mis", "naast", "gezeur",
        "gezeik", "gejank",
        "geklaag", "gezever", "gemekker", "als expert", "als deskundige", "als specialist",
        "als insider", "als vakman", "als vakvrouw", "als beleidsmaker", "als ambtenaar",
        "als betrokkene", "als iemand die", "fact", "lees de", "lees het", "lees eerst",
        "lees eens", "check de", "check het", "check eerst", "check eens", "overdrij",
        "overdreven", "snap", "begrijp", "fabeltje", "broodjeaap", "mythe", "clearly",
        "obviously", "read the", "correct you", "correct them", "correct this", "correct that",
        "that's ", "thats ", "trust me",
    ),
    "voorkennis": (
        "eerste hand", "first hand", "first-hand", "firsthand", "elke dag", "iedere dag",
        "dagelijks", "dag in", "elke week", "dichtbij", "every day", "daily", "ik zit er",
        "ik zit hier", "ik sta er", "ik sta hier", "ik werk er", "ik werk hier", "wacht",
        "cijfer", "groter", "hoger", "lager", "kleiner", "slechter", "erger", "numbers",
        "than announced", "than reported", "than expected", "than claimed", "bevestigen",
        "confirm", "ik weet", "trust me", "believe me", "really", "misgaat",
    ),
    "niet-openbaar": (
        "embargo", "nog niet", "alvast", "vast verklappen", "vast zeggen", "vast melden",
        "later bekend", "week bekend", "intern wordt", "intern is", "intern gaat",
        "binnenskamers", "tussen ons", "off the record", "mag er", "mag nog", "mag niks",
        "mag niets", "mag weinig", "ligt al klaar", "concept", "weet al", "heard it",
        "can't say", "cant say", "cannot say", "decide", "besluiten", "beslissen", "kiezen",
        "schrappen", "bezuinigen", "is binnen",
    ),
    "belofte": (
        "toezeggen", "beloven", "garanderen", "beloof", "garandeer", "namens", "behalf",
        "standpunt", "er echt", "er gewoon", "er zeker", "er gegarandeerd", "komt echt",
        "komt zeker", "komen echt", "komen zeker", "gegarandeerd", "betalen", "oplossen",
        "regelen", "doorgaan", "vergoeden", "goedkeuren", "toekennen", "ik regel", "we will",
        "aan gewerkt",
    ),
    "contact": (),  # runs in every reply to a journalist or a politician
    "politiek": (
        "stem ", "vote", "mee eens", "met u eens", "agreed", "gezegd", "benoemd", "verbeterd",
        "geregeld", "gered", "goed gedaan", "te weinig", "schandalig", "schande",
    ),
    "zaak": ("ons systeem", "our system", "uw dossier", "gekeken", "nagekeken", "opgezocht", "uw "),
    "integriteit": (
        "cadeau", "geschenk", "presentje", "attentie", "kaart", "ticket", "relatie", "raad van",
        "adviesraad", "bestuur", "combinatie", "upgrade", "luxury",
    ),
    "trucje": (
        "makkelijk", "eenvoudig", "simpel", "slim op", "opknip", "omzeil", "net onder",
        "loophole", "gecontroleerd", "gecheckt", "nagekeken", "controleren",
    ),
    "minachting": (
        "zoek gewoon", "zoek nou", "zoek maar", "zoek eens", "zoek toch", "gewoon werken",
        "misbruik",
    ),
}  # fmt: skip


def _anchor_index() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One pattern for all anchors (a trie, which ``re`` scans fast) and, per anchor, the
    families of it and of its prefixes (at one position only the longest anchor is reported:
    "weet al" stands for "weet" too)."""
    kinds: dict[str, set[str]] = {}
    for kind, anchors in ANCHORS.items():
        if kind == "contact":  # only in a reply to press or politics: tested there
            continue
        for a in anchors:
            kinds.setdefault(a, set()).add(kind)
    out = {a: frozenset(k for b, ks in kinds.items() if a.startswith(b) for k in ks) for a in kinds}
    return rx.compile(trie_pattern(kinds)), out


ANCHOR_RE, ANCHOR_KINDS = _anchor_index()


def find_cues(text: str, lower: str, reply_role: str | None = None) -> list[Cue]:
    """All cue hits in ``text``, in text order (``lower``: the lower-cased text).

    A family's regex only runs when one of its anchors (:data:`ANCHORS`) occurs in the post.
    """
    flat = " ".join(lower.split())
    active: set[str] = set()
    m = ANCHOR_RE.search(flat)
    while m is not None:  # restart one past each hit: overlapping anchors are all seen
        active |= ANCHOR_KINDS[m.group()]
        m = ANCHOR_RE.search(flat, m.start() + 1)
    if reply_role in CONTACT_ROLES:
        active.add("contact")
    if not active:
        return []
    found: list[Cue] = []
    for kind, _gate, pattern in _FAMILIES:
        if kind not in active:
            continue
        hit = pattern.search(text)
        if hit is not None:
            found.append(Cue(hit.start(), hit.end(), kind))
    found.sort(key=lambda c: c.start)
    return found
