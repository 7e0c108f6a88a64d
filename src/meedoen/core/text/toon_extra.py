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

from meedoen.core import rx

_I = re.IGNORECASE
_WHINE = (
    r"(?:zeuren|klagen|janken|zeiken|piepen|huilen|mekkeren|zaniken|jammeren|miepen|zeiken|"
    r"lopen\s+zeuren|lopen\s+klagen)"
)

DIRECT_GATE = frozenset(
    "rot donder sodemieter flikker lazer tyf tief pleur bek kop muil smoel waffel gezeik gezeur "
    "gelul gejank gezever zeik zeur lul jank zever off up yourself".split()
)
DIRECT_RE = rx.compile(
    r"\b(?:rot|donder|sodemieter|flikker|lazer|tyf|tief|pleur)\s+(?:toch\s+|nou\s+|maar\s+)?(?:eens\s+)?op\b"
    r"(?=\s*(?:[.!?,;]|$|met\b|jij\b|jullie\b|man\b|joh\b))"
    r"(?:\s+met\s+(?:je|jouw|jullie|uw)\s+\w+)?"
    r"|\b(?:hou|houd)\s+(?:je|jullie|uw)\s+(?:\w+\s+)?(?:bek|kop|muil|smoel|waffel)\b"
    r"|\bmet\s+(?:je|jouw|jullie|uw|dat|al\s+dat)\s+(?:ge)?(?:zeik|zeur|lul|jank|zever|gezeik|gezeur|gelul|gejank)\b"
    r"|\b(?:fuck|f\*ck|piss)\s+off\b|\bgo\s+(?:fuck|f\*ck)\s+yourself\b|\bshut\s+(?:the\s+\w+\s+)?up\b",
    _I,
)
# Second person: the dismissal is aimed at the reader.
ADDRESSED_RE = rx.compile(r"\b(?:je|jij|jou|jouw|jullie|u|uw|you|your)\b", _I)

_GROUP_TAIL = r"(?:allemaal|stuk\s+voor\s+stuk|alleen\s+maar|echt\s+allemaal|altijd|stelletje)"


# Telling a group to leave: "moeten gewoon terug naar waar ze vandaan komen", "het land uit".
_EXPEL = (
    r"(?:terug\s+naar\s+(?:hun|eigen|waar|het\s+land|huis|hun\s+eigen)\w*|terug\b(?=\s*[.!?,]|\s*$)|"
    r"het\s+land\s+uit|eruit|oprotten|opzouten|opflikkeren|wegwezen|weg\s+uit\s+(?:nederland|ons\s+land)|"
    r"(?:allemaal\s+)?(?:het\s+vliegtuig|de\s+boot)\s+in|uitgezet\s+worden|worden\s+uitgezet)"
)


# Derogatory attributes: said of a whole group they are a hateful generalisation.
NEG_ATTR = (
    r"dom|dommer|domst|domste|dommen|smerig|smerige|smerigst|vies|vieze|vuil|vuile|zielig|zielige|walgelijk|"
    r"walgelijke|gewelddadig|gewelddadige|wreed|wrede|onwetend|onwetende|achterlijk|achterlijke|gestoord|"
    r"gestoorde|minderwaardig|minderwaardige|waardeloos|waardeloze|primitief|primitieve|onmenselijk|"
    r"onmenselijke|crimineel|criminele|verneukt|onbetrouwbaar|onbetrouwbare|(?:menselijk\s+)?afval|"
    r"(?:een\s+)?kankergezwel|(?:een\s+)?(?:verspilling|plaag|pest|gevaar|last)(?:\s+voor\s+\w+)?|vuiligheid|"
    r"(?:absolute\s+)?vuiligheid|inferieur|inferieure|oneerlijk|oneerlijke|leugenachtig|leugenachtige|"
    r"onbeschaafd|onbeschaafde|afstotelijk|afstotelijke|afstotend|afstotende|verachtelijk|verachtelijke"
)
_INTENS = r"(?:(?:allemaal|gewoon|echt|absoluut|altijd|toch|ook|zo|heel|nogal|alleen\s+maar|alleen|nog\s+steeds|zonder\s+twijfel)\s+)*"


def generalise_re(group: str, dehum: str) -> re.Pattern[str]:
    """Generalisations about a masked group mention (``group`` is the mask regex)."""
    return rx.compile(
        rf"{group}\s+(?:\w+\s+){{0,2}}?(?:moeten|moet|mogen|kunnen|horen|zouden)\s+(?:\w+\s+){{0,3}}?{_EXPEL}"
        rf"|{group}\s+(?:horen|passen)\s+hier\s+(?:gewoon\s+)?niet\b|{group}\s+(?:zijn|is)\s+hier\s+niet\s+welkom\b"
        rf"|{group}\s+(?:horen|passen)\s+(?:hier\s+)?niet\s+(?:thuis\s+)?in\s+(?:een\s+)?(?:beschaafd|ons|dit|nederland)\w*"
        rf"|{group}\s+(?:zijn|is|blijven|worden)\s+{_INTENS}(?:de\s+|het\s+)?(?:{NEG_ATTR})(?!\w)"
        # the same in a subordinate clause ("dat vrouwen walgelijk zijn") and inverted ("Naar
        # mijn mening zijn vrouwen waardeloos vuil", "Natuurlijk zijn ze dom")
        rf"|{group}\s+{_INTENS}(?:{NEG_ATTR}|{dehum})\s+(?:zijn|is|waren|blijven)\b"
        # (not at the start of a sentence: "Zijn migranten crimineel? Nee." asks)
        rf"|(?<=\w[ ,])(?:zijn|is|waren)\s+{group}\s+{_INTENS}"
        rf"(?:(?:niets|niks|niet)\s+(?:anders|beter|meer)\s+dan\s+)?(?:\w+\s+)?(?:{NEG_ATTR}|{dehum})(?!\w)"
        # "niets anders dan afval", "niet beter dan ratten", "mindere wezens", "niets waard"
        rf"|{group}\s+(?:zijn|is)\s+{_INTENS}(?:niets|niks|niet)\s+(?:anders|beter|meer)\s+dan\s+"
        rf"(?:\w+\s+){{0,2}}?(?:{NEG_ATTR}|{dehum})(?!\w)"
        rf"|{group}\s+(?:zijn|is)\s+{_INTENS}(?:mindere|lagere|minderwaardige)\s+(?:wezens|mensen|soort)\b"
        rf"|(?:{group}|(?:levens?|bestaan)\s+van\s+(?:een\s+)?{group})\s+(?:zijn|is)\s+{_INTENS}"
        r"(?:niets|niks)\s+waard\b"
        rf"|\btypisch\s+(?:voor\s+)?(?:een\s+|die\s+)?{group}\s+om\s+(?:zo\s+)?(?:{NEG_ATTR})(?!\w)"
        rf"|\bniemand\s+(?:anders\s+)?is\s+zo\s+(?:{NEG_ATTR})\s+als\s+{group}"
        rf"|\bhet\s+is\s+altijd\s+(?:een|de)\s+{group}\s+die\s+(?:de\s+|het\s+)?(?:{NEG_ATTR})(?!\w)"
        rf"|{group}\s+(?:pikken|pakken|stelen|jatten|nemen)\s+(?:\w+\s+){{0,2}}?(?:onze|ons)\s+"
        r"(?:huizen|woningen|banen|werk|uitkeringen|geld|land)\b"
        rf"|{group}\s+(?:krijgen|krijgt)\s+(?:\w+\s+){{0,2}}?alles\s+(?:gratis|cadeau|voor\s+niks|voor\s+niets)\b"
        rf"|\b(?:stuur|zet|gooi|schop)\s+(?:al\s+)?{group}\s+(?:\w+\s+){{0,2}}?(?:terug|het\s+land\s+uit|eruit)\b"
        rf"|{group}[^.!?\n]{{0,40}}?[,:;\u2013-]\s*{_GROUP_TAIL}\s+(?:\w+\s+){{0,2}}?(?:{dehum})\b"
        rf"|{group}\s+(?:moeten|moet|zouden|mogen)\s+(?:\w+\s+){{0,3}}?"
        rf"(?:niet\s+zo\s+|eens\s+ophouden\s+met\s+|stoppen\s+met\s+|ophouden\s+met\s+){_WHINE}\b",
        _I,
    )


# The same without a listed group: "die lui moeten terug naar hun eigen land".
EXPEL_GATE = frozenset(
    "terug land oprotten opzouten opflikkeren wegwezen uitgezet volk guess".split()
)
EXPEL_RE = rx.compile(
    r"\b(?:die|deze|al\s+die|dat|zulke)\s+(?:lui|volk|soort(?:\s+mensen)?|types|gasten|figuren|mensen|"
    r"buitenlanders|nieuwkomers)\s+(?:\w+\s+){0,2}?(?:moeten|moet|mogen|kunnen|horen)\s+(?:\w+\s+){0,3}?"
    + _EXPEL
    + r"|\b(?:ze|zij|die)\s+(?:moeten|mogen)\s+(?:\w+\s+){0,3}?terug\s+naar\s+(?:hun\s+(?:eigen\s+)?land|"
    r"waar\s+ze\s+vandaan\s+komen|eigen\s+land)"
    # origin as the explanation of crime: "raad eens uit welk land ze kwamen … hetzelfde volk"
    r"|\braad\s+(?:eens|maar)\s+uit\s+welk\s+land\s+(?:ze|die)\s+(?:kwamen|komen)"
    r"|\bguess\s+(?:which\s+country|where)\s+they\s+(?:came|come|were)\s+from"
    r"|\b(?:elke|iedere)\s+keer\s+(?:weer\s+)?(?:hetzelfde|datzelfde)\s+volk\b",
    _I,
)

# Belittling the reader's intelligence ("wat een domme vraag", "gebruik je hersens eens").
DOM_GATE = frozenset(
    "domme stomme dom stom achterlijke hersens hersenen verstand koppie denken rtfm stupid dumb "
    "silly idiotic".split()
)
DOM_RE = rx.compile(
    r"\bwat\s+een\s+(?:\w+\s+)?(?:domme|stomme|achterlijke|idiote|debiele|onnozele)\s+(?:vraag|opmerking|reactie|"
    r"vragen|opmerkingen|reacties)\b"
    r"|\b(?:gebruik|gebruikt)\s+(?:je|jij|jullie|uw|u)\s+(?:\w+\s+)?(?:hersens|hersenen|verstand|kop|koppie|"
    r"gezond\s+verstand)\b"
    r"|\b(?:ben\s+je|bent\s+u|zijn\s+jullie)\s+(?:nou\s+|echt\s+|soms\s+)?(?:zo\s+)?(?:dom|stom|achterlijk)\b"
    r"|\b(?:eerst\s+)?(?:even\s+)?(?:na)?denken\s+(?:voor|voordat)\s+(?:je|u)\s+(?:\w+\s+)?(?:vraagt|belt|twittert)\b"
    r"|\brtfm\b"
    r"|\bwhat\s+an?\s+(?:\w+\s+)?(?:stupid|dumb|silly|idiotic)\s+(?:question|reply|comment|remark|"
    r"response)s?\b",
    _I,
)
# Curt, condescending replies to the public ("tja, als u de regels niet leest, kan ik u ook
# niet helpen", "het staat gewoon op de website", "lees de brief voordat je gaat bellen").
KORTAF_GATE = frozenset(
    "helpen lees lezen leest website site brief erin online moeilijk google googlen uitleggen read "
    "allang shows clue benul verstand ergens before voordat helpt uitgelegd googelen".split()
)
KORTAF_RE = rx.compile(
    r"\bals\s+(?:u|je|jij|jullie)\s+(?:\w+\s+){0,4}?niet\s+(?:\w+\s+)?(?:leest|lezen|leert|luistert|luisteren|"
    r"begrijpt|snapt)\b[^.!?\n]{0,40}?\b(?:kan|kunnen)\s+(?:ik|wij|we)\s+(?:u|je|jullie)\s+(?:ook\s+)?niet\s+helpen"
    r"|\b(?:kan|kunnen)\s+(?:ik|wij|we)\s+(?:u|je|jullie)\s+ook\s+niet\s+helpen\b"
    r"|\b(?:het|dat|alles)\s+(?:staat|stond)\s+(?:toch\s+)?(?:gewoon|allemaal|duidelijk|echt)\s+"
    r"(?:\w+\s+){0,2}?(?:op\s+de\s+(?:website|site)|in\s+de\s+brief|erin|online)\b"
    r"|\blees\s+(?:nou\s+|dan\s+|toch\s+|eerst\s+|gewoon\s+)*(?:eens\s+|even\s+)?(?:de|die|uw|je|jullie)\s+"
    r"(?:brief|website|site|regels|voorwaarden|mail|handleiding|faq)\s+(?:voordat|voor|eer)\b"
    r"|\b(?:is\s+(?:dat|het)\s+nou\s+zo\s+moeilijk|zo\s+moeilijk\s+is\s+(?:het|dat)\s+(?:toch\s+)?niet)\b"
    r"|\b(?:google|googlen)\s+(?:het\s+)?(?:even\s+|gewoon\s+)?zelf\b"
    r"|\bik\s+ga\s+(?:het|dit)\s+niet\s+nog\s+(?:een\s+keer|eens)\s+uitleggen\b"
    r"|\b(?:just\s+)?read\s+the\s+(?:letter|website|rules|faq)\b"
    # "misschien eerst even de afvalwijzer lezen voordat u gaat klagen?", "maybe read the
    # actual agreement before posting?"
    r"|\b(?:misschien\s+)?(?:eerst\s+(?:even\s+)?|even\s+)(?:de|het|uw|je|die)\s+\w+\s+(?:\w+\s+)?"
    r"lezen\s+(?:voordat|voor|eer)\b"
    r"|\bread\s+(?:the|our|my|your)\s+(?:\w+\s+)?\w+\s+before\s+(?:posting|commenting|complaining|"
    r"tweeting|replying|you)\b"
    # "als u de formulieren op tijd had ingeleverd, was het allang geregeld"
    r"|\bals\s+(?:u|je|jij|jullie)\s+(?:\w+\s+){0,4}?(?:op\s+tijd|eerder|gewoon)\s+(?:\w+\s+)?"
    r"(?:had|hadden)\s+\w+[^.!?\n]{0,30}?\ballang\b"
    # "your comment shows you have no idea how …", "je hebt er geen benul van"
    r"|\b(?:shows|laat\s+zien)\s+(?:that\s+|dat\s+)?(?:you|u|je)\s+(?:have|has|heeft|hebt)\s+"
    r"(?:no|geen|weinig)\s+(?:idea|clue|idee|verstand|benul)\b"
    r"|\bga\s+(?:dan\s+)?lekker\s+ergens\s+anders\s+\w+"
    # "even lezen helpt echt", "zoals we al twee keer hebben uitgelegd", "eerst even googelen"
    r"|\b(?:even\s+|goed\s+)+lezen\s+helpt\b"
    r"|\bzoals\s+(?:ik|we|wij)\s+(?:u\s+|je\s+|jullie\s+)?(?:al\s+)?(?:twee|drie|een\s+paar|"
    r"meerdere|zo\s+vaak|vaker)\s+(?:keer\s+|keren\s+|malen\s+)?(?:hebben\s+|heb\s+)?uitgelegd\b"
    r"|\b(?:misschien\s+)?eerst\s+(?:even\s+)?(?:googelen|googlen)\b",
    _I,
)
# An insult near a politician, also in English ("That MP is a lying clown").
POLITICIAN_RE = rx.compile(
    r"\b(?:mps?|minister|ministers|politician|politicians|cabinet|government|premier|pm|mayors?|"
    r"alderm[ae]n|council+ors?|"
    r"kamerlid|kamerleden|wethouder|wethouders|staatssecretaris|burgemeester|gedeputeerde|"
    r"kabinet|regering|partij|party)\b",
    _I,
)
# Disease words in a coarse compound about a thing, not a person ("teringzooi in de koelkast").
THING_CURSE_RE = rx.compile(
    r"(?:zooi|troep|bende|weer|dag|herrie|lawaai|stank|ding|zut|rommel|kou|hitte|file|printer|computer|"
    r"systeem|laptop|trein|wind|regen)\w*$",
    _I,
)

CITIZENS_GATE = frozenset(
    "klagen klaagt zeuren zeurt zeiken zeikt janken jankt piepen piept mekkeren zaniken jammeren "
    "weer wéér stelletje profiteurs klaplopers uitvreters zeurpieten klagers parasieten uitkeringstrekkers "
    "bijstandstrekkers werklozen werk werken baan whining moaning complaining".split()
)
CITIZENS_RE = rx.compile(
    # every alternative starts with a literal word, so the scan stays fast
    r"\b(?:klagen|klaagt|zeuren|zeurt|zeiken|zeikt|janken|jankt|piepen|piept)\s*[:,\u2013-]+\s*"
    r"(?:zoek|ga|stop|hou|houd|doe|werk)\b[^.!?\n]{0,30}"
    r"|\bzoek\s+(?:gewoon|nou|maar|toch)\s+(?:eens\s+)?(?:een\s+)?(?:werk|baan)\b"
    r"|\b(?:ga|gaan)\s+(?:toch\s+|nou\s+)?gewoon\s+(?:eens\s+)?werken\b"
    r"|\b(?:moeten|zouden)\s+(?:gewoon\s+|eens\s+|toch\s+|nou\s+)*"
    rf"(?:niet\s+zo\s+|eens\s+ophouden\s+met\s+|stoppen\s+met\s+){_WHINE}\b"
    r"|\b(?:stelletje|allemaal)\s+(?:\w+\s+)?(?:profiteurs|klaplopers|uitvreters|zeurpieten|klagers|parasieten)\b"
    r"|\b(?:luie|uitvretende)\s+(?:uitkeringstrekkers|bijstandstrekkers|werklozen)\b"
    # an exasperated remark about one client or citizen ("wéér die man … 🙄")
    r"|\bw(?:ee|éé|eé|ée)r\s+(?:die|dat|zo'n)\s+(?:man|vrouw|meneer|mevrouw|klant|cliënt|client|burger|gast|"
    r"type|figuur|mens)\b(?=[^\n]*(?:\U0001f644|\U0001f624|\U0001f612|\U0001f926|\bzucht\b|\bpf+\b))"
    # the same in English: "those complainers should stop whining"
    r"|\b(?:should|need\s+to|must)\s+(?:just\s+)?(?:stop|quit)\s+(?:whining|moaning|complaining)\b",
    _I,
)
# Threatening someone with one's official powers ("als handhaver krijg je morgen een bon").
POWER_GATE = frozenset(
    "handhaver boa inspecteur agent controleur toezichthouder ambtenaar belastinginspecteur".split()
)
POWER_RE = rx.compile(
    r"\bals\s+(?:handhaver|boa|inspecteur|agent|controleur|toezichthouder|ambtenaar|belastinginspecteur)\s+"
    r"(?:\w+\s+){0,3}?(?:krijg|krijgt|geef|schrijf|bezorg|stuur)\w*\s+(?:ik\s+)?(?:je|jij|jou|u|hem|haar|jullie)\s+"
    r"(?:\w+\s+){0,3}?(?:een\s+)?(?:bon|boete|bekeuring|proces-verbaal|pv|controle|aanslag|naheffing)\b",
    _I,
)

ORG_RE = rx.compile(
    r"\b(?:bij|van|op)\s+(?:de|het|die|dat)\s+(?:\w+\s+)?(?:waterschap\w*|gemeente\w*|provincie\w*|"
    r"ministerie\w*|belastingdienst|uwv|rijkswaterstaat|politie|dienst\w*|afdeling\w*|inspectie\w*|"
    r"directie\w*|rechtbank\w*|toezichthouder\w*|overheid\w*)\b",
    _I,
)
GOV_RE = rx.compile(
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
    "uitsluiting": "Uitsluitende uitspraak over een groep ('{t}'): mensen wegsturen om wie ze zijn.",
    "dom": "Je kleineert de lezer: '{t}'.",
    "kortaf": "Kortaf en neerbuigend: '{t}'.",
    "macht": "Je dreigt iemand met je bevoegdheden als ambtenaar: '{t}'.",
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
    "uitsluiting": "Plaats dit niet. Spreek mensen aan op gedrag, niet op herkomst of status; zo'n uitspraak kan discriminerend zijn.",
    "dom": "Schrap de kleinering. Leg vriendelijk uit waar het antwoord staat, bijv. 'U vindt het op onze website onder …'.",
    "macht": "Plaats dit niet. Gebruik je functie nooit om iemand privé te dreigen; meld een overtreding via de gewone weg en laat de handhaving aan een collega.",
    "kortaf": "Antwoord behulpzaam: wijs de weg ('U vindt dit in de brief onder het kopje …') in plaats van de lezer terecht te wijzen.",
    "burgers": "Plaats dit niet zo. Mensen met een uitkering, toeslag of klacht verdienen respect, zeker van een ambtenaar; benoem zakelijk wat er speelt.",
}
