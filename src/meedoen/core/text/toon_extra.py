# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Extra tone patterns: directed dismissals, group generalisations, contempt for citizens.

Used by :mod:`meedoen.core.detectors.builtin.toon`, which keeps its quotation,
negation and counter-speech gates. Patterns here:

* :data:`DIRECT_RE` — dismissing a person ("rot toch op", "hou je bek", "met je
  gezeik", "fuck off");
* :func:`generalise_re` — a hateful generalisation about a masked group mention
  ("§___ in de wijk, allemaal dronken criminelen", "§___ moeten gewoon niet zo
  zeuren");
* :data:`CITIZENS_RE` — contempt for a group of citizens that is not in the
  protected-groups list ("mensen in de bijstand die klagen: zoek gewoon werk");
* :data:`ORG_RE` — an insult aimed at another public organisation (weighs as
  ERNSTIG in function);
* :data:`GOV_RE` — a complaint about government that a contemptuous reply answers.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_WHINE = (
    r"(?:zeuren|klagen|janken|zeiken|piepen|huilen|mekkeren|zaniken|jammeren|miepen|zeiken|"
    r"lopen\s+zeuren|lopen\s+klagen)"
)

DIRECT_GATE = frozenset(
    "rot donder sodemieter flikker lazer tyf tief pleur bek kop muil smoel waffel gezeik gezeur "
    "gelul gejank gezever zeik zeur lul jank zever off up yourself".split()
)
DIRECT_RE = re.compile(
    r"\b(?:rot|donder|sodemieter|flikker|lazer|tyf|tief|pleur)\s+(?:toch\s+|nou\s+|maar\s+)?(?:eens\s+)?op\b"
    r"(?=\s*(?:[.!?,;]|$|met\b|jij\b|jullie\b|man\b|joh\b))"
    r"(?:\s+met\s+(?:je|jouw|jullie|uw)\s+\w+)?"
    r"|\b(?:hou|houd)\s+(?:je|jullie|uw)\s+(?:\w+\s+)?(?:bek|kop|muil|smoel|waffel)\b"
    r"|\bmet\s+(?:je|jouw|jullie|uw|dat|al\s+dat)\s+(?:ge)?(?:zeik|zeur|lul|jank|zever|gezeik|gezeur|gelul|gejank)\b"
    r"|\b(?:fuck|f\*ck|piss)\s+off\b|\bgo\s+(?:fuck|f\*ck)\s+yourself\b|\bshut\s+(?:the\s+\w+\s+)?up\b",
    _I,
)
# Second person: the dismissal is aimed at the reader.
ADDRESSED_RE = re.compile(r"\b(?:je|jij|jou|jouw|jullie|u|uw|you|your)\b", _I)

_GROUP_TAIL = r"(?:allemaal|stuk\s+voor\s+stuk|alleen\s+maar|echt\s+allemaal|altijd|stelletje)"


def generalise_re(group: str, dehum: str) -> re.Pattern[str]:
    """Generalisations about a masked group mention (``group`` is the mask regex)."""
    return re.compile(
        rf"{group}[^.!?\n]{{0,40}}?[,:;\u2013-]\s*{_GROUP_TAIL}\s+(?:\w+\s+){{0,2}}?(?:{dehum})\b"
        rf"|{group}\s+(?:moeten|moet|zouden|mogen)\s+(?:\w+\s+){{0,3}}?"
        rf"(?:niet\s+zo\s+|eens\s+ophouden\s+met\s+|stoppen\s+met\s+|ophouden\s+met\s+){_WHINE}\b",
        _I,
    )


CITIZENS_GATE = frozenset(
    "klagen klaagt zeuren zeurt zeiken zeikt janken jankt piepen piept mekkeren zaniken jammeren "
    "stelletje profiteurs klaplopers uitvreters zeurpieten klagers parasieten uitkeringstrekkers "
    "bijstandstrekkers werklozen werk werken baan".split()
)
CITIZENS_RE = re.compile(
    # every alternative starts with a literal word, so the scan stays fast
    r"\b(?:klagen|klaagt|zeuren|zeurt|zeiken|zeikt|janken|jankt|piepen|piept)\s*[:,\u2013-]+\s*"
    r"(?:zoek|ga|stop|hou|houd|doe|werk)\b[^.!?\n]{0,30}"
    r"|\bzoek\s+(?:gewoon|nou|maar|toch)\s+(?:eens\s+)?(?:een\s+)?(?:werk|baan)\b"
    r"|\b(?:ga|gaan)\s+(?:toch\s+|nou\s+)?gewoon\s+(?:eens\s+)?werken\b"
    r"|\b(?:moeten|zouden)\s+(?:gewoon\s+|eens\s+|toch\s+|nou\s+)*"
    rf"(?:niet\s+zo\s+|eens\s+ophouden\s+met\s+|stoppen\s+met\s+){_WHINE}\b"
    r"|\b(?:stelletje|allemaal)\s+(?:\w+\s+)?(?:profiteurs|klaplopers|uitvreters|zeurpieten|klagers|parasieten)\b"
    r"|\b(?:luie|uitvretende)\s+(?:uitkeringstrekkers|bijstandstrekkers|werklozen)\b",
    _I,
)

ORG_RE = re.compile(
    r"\b(?:bij|van|op)\s+(?:de|het|die|dat)\s+(?:\w+\s+)?(?:waterschap\w*|gemeente\w*|provincie\w*|"
    r"ministerie\w*|belastingdienst|uwv|rijkswaterstaat|politie|dienst\w*|afdeling\w*|inspectie\w*|"
    r"directie\w*|rechtbank\w*|toezichthouder\w*|overheid\w*)\b",
    _I,
)
GOV_RE = re.compile(
    r"\b(?:gemeente\w*|ministerie\w*|overheid\w*|belastingdienst|uwv|provincie\w*|waterschap\w*|"
    r"ambtena\w+|instantie\w*|loket\w*)\b",
    _I,
)

# Dutch message and advice per kind of tone finding.
MESSAGES = {
    "curse": "Ziektevloek: '{t}' kwetst velen en past nooit bij een ambtenaar, ook niet privé.",
    "slur": "Scheldwoord voor een groep: '{t}' is discriminerend en kan strafbaar zijn.",
    "hate": "Haatdragende uitspraak over een groep: '{t}'.",
    "threat": "Oproep tot geweld: '{t}'.",
    "scheld": "Scheldwoord: '{t}' is een belediging.",
    "grof": "Grof taalgebruik: '{t}'.",
    "mild": "Afwijzende toon: '{t}' kan neerbuigend overkomen.",
    "contempt": "Minachting voor de lezer: '{t}'.",
    "shout": "Schreeuwen: veel hoofdletters of uitroeptekens ('{t}').",
    "direct": "Je wijst iemand grof af: '{t}'.",
    "groep": "Generaliserende, kwetsende uitspraak over een groep: '{t}'.",
    "burgers": "Minachting voor een groep burgers: '{t}'.",
}
ADVICE = {
    "curse": "Schrap de vloek. Wie boos is, kan beter even wachten met posten.",
    "slur": "Schrap dit woord. Benoem groepen neutraal en spreek mensen aan op gedrag, niet op afkomst, geloof, gender of beperking.",
    "hate": "Plaats dit niet. Uitspraken die een groep ontmenselijken of kleineren raken de integriteit en kunnen strafbaar zijn.",
    "threat": "Plaats dit niet. Een oproep tot geweld kan strafbaar zijn; zoek afstand en praat erover met iemand die je vertrouwt.",
    "scheld": "Vervang de belediging door een zakelijke omschrijving van wat je stoort.",
    "grof": "Kies nettere woorden; als ambtenaar ben je ambassadeur van je organisatie, ook online.",
    "mild": "Formuleer inhoudelijk: wat klopt er volgens jou niet, en waarom?",
    "contempt": "Spreek de lezer respectvol aan; leg uit in plaats van te kleineren.",
    "shout": "Schrijf in gewone letters en met één uitroepteken; zo komt je punt beter over.",
    "direct": "Schrap de afwijzing; reageer zakelijk of reageer niet. Boos? Wacht even met posten.",
    "groep": "Plaats dit niet. Spreek mensen aan op gedrag, niet op de groep waartoe ze behoren.",
    "burgers": "Plaats dit niet zo. Mensen met een uitkering, toeslag of klacht verdienen respect, zeker van een ambtenaar; benoem zakelijk wat er speelt.",
}
