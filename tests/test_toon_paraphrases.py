# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Tone paraphrase tables: insults, derision, curses, hate and threats in many phrasings.

Written independently of the development sets: varied vocabulary, word order,
inflections, typos, emoji and English, so the detector generalises beyond the
phrasings it was calibrated on. A positive row must yield a finding of at least
RISICO (privately posted, the default context); a negative row must yield none.
"""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import RISICO
from meedoen.core.detectors.builtin.toon import ToonDetector


def worst(text: str) -> int:
    return max((h.evidence.severity for h in run_detector(ToonDetector, text)), default=0)


POSITIVE = [
    "Wat een ongelofelijke sukkel ben jij, lees eerst eens de brief voordat je gaat klagen.",
    "Die wethouder is een complete idioot, snapt helemaal niks van verkeer.",
    "Burgers die bellen over hun toeslag zijn echt de domste mensen die er bestaan.",
    "Alweer zo'n zeurpiet aan de lijn die denkt dat wij hem iets verschuldigd zijn 🙄",
    "Die minister is een leugenaar en een lafaard, punt.",
    "Collega's van de provincie zijn echt een stelletje amateurs, niks klopt van hun cijfers.",
    "Jezus, wat een prutswerk van die gemeente. Beunhazen allemaal.",
    "Uitkeringstrekkers zijn gewoon profiteurs, laten ze eens gaan werken.",
    "Die Polen pikken allemaal ons werk af, tuig is het.",
    "Vrouwen horen gewoon niet in de politiek, punt uit.",
    "Ga toch lekker terug naar je eigen land.",
    "Krijg de pest met je gezeur over parkeerboetes.",
    "Tyfuslijer, leer eerst eens rijden!",
    "Wat een klerezooi weer bij de afdeling vergunningen.",
    "Kut-Kamerleden met hun eeuwige motie-gedoe.",
    "Ik hoop dat die raadsleden een keer flink op hun bek gaan.",
    "Als je nog één keer belt, kom ik je persoonlijk opzoeken. Reken maar.",
    "Die demonstranten moeten ze gewoon in elkaar slaan.",
    "🤡🤡🤡 @wethouderJansen",
    "Jij bent een 🤡",
    "Wat een clown, die staatssecretaris 🤡",
    "JULLIE ZIJN ECHT HET DOMSTE VOLK DAT IK OOIT HEB GEZIEN!!!",
    "IK BEN HET ZAT MET AL DIE IDIOTE KLAGERS!!",
    "Hahaha, wat een loser ben jij zeg. Dacht je nou echt dat dat zou werken?",
    "Ah, weer een genie dat denkt dat hij het beter weet dan de hele gemeente. Applausje. 👏",
    "Gefeliciteerd met je diploma van de universiteit van Facebook, slimmerik.",
    "Rot toch op met je complotpraat, wappie.",
    "Die wappies moeten gewoon hun kop houden.",
    "Wat een debiele vraag, het staat gewoon op de website.",
    "Wat een domme gans is die raadsvrouw.",
    "Achterlijke ambtenaren bij het ministerie, zijn ook nergens goed voor.",
    "Die mensen uit de Schilderswijk zijn allemaal tokkies.",
    "Stelletje parasieten, die statushouders.",
    "Moslims zijn een kankergezwel in onze samenleving.",
    "Homo's zijn ziek en moeten genezen worden.",
    "Al die gelukszoekers moeten het land uit, wegwezen.",
    "Wie stemt op die partij is gewoon een idioot.",
    "Kiezers van de PVV zijn stuk voor stuk racisten en dommeriken.",
    "Ik kots op dat hele college van B&W.",
    "Die burgemeester mag van mij doodvallen.",
    "Wat een eikel is die inspecteur van de NVWA.",
    "Ik stoor me kapot aan die lui van Rijkswaterstaat, stelletje nietsnutten.",
    "Burgers zijn net kleine kinderen, je moet alles tien keer uitleggen.",
    "Nou nou, mevrouw is weer eens boos. Ga lekker huilen ergens anders.",
    "Jammer dat je niet kunt lezen, anders had je het antwoord al gevonden.",
    "Misschien eerst je hersens aanzetten voordat je begint te typen?",
    "Weer een of andere mongool die de brief niet snapt.",
    "Die kerel is een vieze viezerik, bah.",
    "Zielig mannetje ben je.",
    "Wat een hoerenjong, die vent van de woningcorporatie.",
    "Teringlijders, al die fietsers door rood.",
    "Jullie bij het UWV zijn een stel incompetente sukkels.",
    "Fuck de gemeenteraad, allemaal zakkenvullers.",
    "Tering, wat een kutvraag weer.",
    "Godverdomme, heeft niemand bij Defensie hersens?",
    "Ik heb schijt aan al die klagende bewoners.",
    "Die bewoners zeuren maar door, zoek een leven.",
    "Wat zijn jullie toch een stelletje zeikerds bij de ombudsman.",
    "Nou, daar gaan we weer: Henk en Ingrid die denken dat ze recht hebben op alles. 🙄",
    "Kijk die randdebiel eens parkeren 😂😂",
    "Die raadsleden zijn allemaal kakkerlakken.",
    "Joden hebben te veel macht in dit land.",
    "Die Marokkaantjes ook altijd.",
    "Ik zou die klager het liefst een klap verkopen.",
    "Die man moet gewoon opgesloten worden en de sleutel weggegooid.",
    "What an absolute idiot this minister is.",
    "Shut up, you moron, nobody asked for your opinion.",
    "Our alderman is a clown and a liar 🤡",
    "These protesters are scum, every single one of them.",
    "Immigrants are ruining this country, they should all be sent back.",
    "Go f*** yourself with your complaints about the bins.",
    "You people are too stupid to fill in a simple form.",
    "Fucking hell, the ministry screwed up again. Bunch of useless morons.",
    "The council members are a pack of brainless sheep.",
    "Wow, another genius who can't read. Congrats 👏🙄",
    "LOL, what a pathetic loser.",
    "Women are too emotional to lead a department.",
    "I'd punch that guy in the face if I met him.",
    "Bloody idiots at the tax office, can't do anything right.",
    "This MP is a disgusting pig.",
    "Die raadsleden zijn echt hersenloos.",
    "Wat een stelletje oenen bij de belastingdienst.",
    "Wat een stel prutsers zijn het toch bij de gemeente, ik word er moe van.",
    "Die mevrouw van de ombudsman is zo dom als het achtereind van een varken.",
    "Die kamerleden van de PVV zijn echt walgelijke figuren.",
    "Ga eens werken in plaats van de hele dag te zeiken, lapzwans.",
    "Vuile racist, je zou je moeten schamen.",
    "Die hele wijk is één grote vuilnisbelt vol tuig.",
    "Ik zweer het, de volgende die belt over zijn toeslag schop ik persoonlijk de deur uit.",
    "Pffff, weer zo'n Karen die de manager wil spreken 🙄",
    "Typisch zo'n linkse kerk gutmensch die nog nooit gewerkt heeft.",
    "Kanker op met je vragen.",
    "Jullie zijn echt te lui om een formulier in te vullen.",
    "Wat een ongelooflijke zak is die nieuwe staatssecretaris.",
    "Die boeren met hun trekkers zijn gewoon terroristen.",
    "Oh kijk, de expert van het café heeft weer gesproken 👏👏",
    "Wat een achterlijk gedoe bij jullie, stelletje mongolen.",
    "Moslims zijn achterlijk en gevaarlijk.",
    "You are a complete waste of space.",
    "The mayor is an incompetent buffoon.",
    "These idiots at the ministry couldn't organise a piss-up in a brewery.",
    "Shut your mouth, nobody cares what you think 🤡",
    "Hou toch je kop, zeurkous.",
    "Die oude zeur van de bewonersvereniging moet gewoon zijn bek houden.",
    "🤮🤮 die wethouder",
    "Wie zo stemt, is een debiel. Klaar.",
    "Ik wens die rechter een lange pijnlijke ziekte toe.",
    "Mijn god, wat zijn sommige insprekers in de raad toch ontzettende zeurkousen.",
    "Weer zo'n zielige aandachtshoer op Twitter die denkt dat ze iets voorstelt.",
    "Ach, ga toch slapen, zuurpruim.",
    "De hele directie mag wat mij betreft ontslagen worden, stelletje graaiers.",
    "Wat een kutwethouder hebben we toch.",
    "Ik snap niet dat zulke halve zolen bij de politie mogen werken.",
    "Die wappies met hun aluhoedjes moeten gewoon opgepakt worden.",
    "Jij bent echt het domste wat er rondloopt op deze aarde.",
    "Lekker bezig weer, provincie. Echt knap hoe jullie alles verpesten 👏🙄",
    "Gadverdamme, wat een smerige hypocriet is die minister.",
    "Alle Roemenen zijn zakkenrollers, iedereen weet het.",
    "Zwijg toch, niemand zit op jouw mening te wachten.",
    "Kappen met dat gejank, jankerd.",
    "Die raadsheer is een volslagen mafketel 🤪🤡",
    "Those bureaucrats are parasites living off our taxes.",
    "What a bunch of clowns at city hall lol",
    "Drop dead, you pathetic little man.",
    "Honestly, the people calling our helpdesk today were morons.",
    "Ik ga die klager zo hard aanpakken dat hij nooit meer belt, let maar op.",
    "Zo, die nieuwe collega is ook niet de snuggerste, zeg 🙄",
    "Stelletje nutteloze vreters bij de GGD, echt waar.",
    "Nog zo'n slijmbal van het ministerie die ons komt vertellen hoe het moet.",
    "Die wethouder is zo corrupt als de pest en dom als een ezel.",
    "Alle Syriërs zijn potentiële terroristen, zeg het maar eerlijk.",
    "Lees je eigen brief eens, analfabeet.",
    "Kop dicht, niemand vroeg om jouw gezever.",
    "Haha, kijk die dikke vetklep van de ombudsman eens zweten 😂",
    pytest.param(
        "Wat een knurften werken er toch bij de provincie.",
        marks=pytest.mark.xfail(
            reason="rare insult noun in a frame that is also praise ('wat een toppers werken er')",
            strict=True,
        ),
    ),
    "Als je nog één keer zo tegen mijn collega praat, zul je wat beleven.",
    "ZE ZIJN ALLEMAAL CORRUPT EN LEUGENACHTIG DAAR IN DEN HAAG!!!",
    "You absolute muppet, read the letter before you call.",
    "Honestly the alderman is a spineless weasel.",
    "Sommige bijstandsmoeders zijn gewoon lui en willen niet werken.",
    "Schei toch uit met je gezemel, ouwe zeur.",
    "Ik hoop dat die aso's van de demonstratie allemaal een flinke klap krijgen.",
    "Wat een stelletje onbenullen bij de belastingdienst, niet te geloven.",
    "Die gedeputeerde is een gladde aal en een huichelaar.",
    "Ga je mond spoelen, kleuter.",
    "Het zijn allemaal profiteurs, die mensen in de bijstand.",
    "Nou, jij bent ook niet van de slimsten, hè?",
    "Ik zou die inspecteur het liefst een hengst verkopen.",
    "Oprotten met je klachten, zeurpiet!",
    "You're a useless piece of garbage.",
    "What a moron our minister is 🙄",
    "Wat een achterlijke gemeenteraad hebben we toch.",
    "Jullie van de gemeente zijn allemaal zakkenvullers en oplichters.",
    "Die lui bij Defensie kunnen niet eens een kopje koffie zetten, sukkels.",
    # condescension and sarcasm without swear words (recall_cues.scorn_cue)
    "Zoals ik al drie keer heb uitgelegd: het formulier staat op de site.",
    "Tja, al die zogenaamde experts op Facebook weten het weer beter.",
    "Fijn dat u nu ineens ook verstand heeft van verkeersveiligheid.",
    "Voor de zoveelste keer: de container gaat op woensdag aan de straat.",
    "Arme schatjes, moesten ze vijf minuten wachten bij het loket.",
    "Die klagers in de buurtapp hebben echt niks beters te doen.",
]

NEGATIVE = [
    'Iemand schreef onder ons bericht "stelletje idioten". Zulke reacties tolereren we niet.',
    "Wie anderen uitscheldt voor 'tuig' of 'parasiet', krijgt van ons een waarschuwing.",
    "Scheldwoorden als 'wappie' helpen niemand. Laten we het gesprek respectvol voeren.",
    "Mijn opa had tyfus in de oorlog, een heftige ziekte.",
    "Vandaag de kankerpoli van het ziekenhuis bezocht voor een werkbezoek.",
    "Cholera en tyfus komen na overstromingen vaak voor, daarom is schoon drinkwater essentieel.",
    "Dat feestje was echt vet, dikke pret gehad!",
    "Ik ben zelf ook een ongelofelijke sukkel met Excel, haha.",
    "Ik ben het oneens met het voorstel van de wethouder; de kosten zijn te hoog en de onderbouwing is zwak.",
    "Het beleid van het kabinet werkt niet, en dat zeg ik met respect voor iedereen die eraan werkt.",
    "Deze regeling is slecht uitgewerkt. Ik hoop dat de Kamer hem terugstuurt.",
    "Haat hoort niet thuis in onze samenleving, ook niet online.",
    "Ik haat maandagen ☕",
    "Die clown op het kinderfeestje was geweldig, de kinderen lagen dubbel 🤡",
    "Klootzakken bestaan overal, zegt mijn oma altijd. Ik citeer haar even.",
    "Ik vind het verschrikkelijk dat collega's online worden uitgescholden voor 'kankerambtenaar'.",
    "Stop met discriminatie van moslims, joden en homo's.",
    "Respect voor alle vrouwen in de politiek!",
    "Geen plek voor racisme in onze gemeente.",
    "Sorry dat ik zo laat reageer, ik ben echt een slome duikelaar vandaag.",
    "Dat was een domme fout van mij, excuses.",
    "Het weer is vandaag echt waardeloos, maar we gaan toch fietsen.",
    "Dit rapport is kritisch maar terecht: we moeten beter luisteren naar burgers.",
    "Wat een gekkenhuis vandaag op het stadhuis, maar we hebben het gered!",
    "Ik snap dat u boos bent, en dat begrijp ik. Bel ons gerust, dan zoeken we het samen uit.",
    "The minister's plan is flawed and the numbers don't add up.",
    "I hate Mondays, but coffee helps.",
    "Calling people 'idiots' online never helps. Let's keep it civil.",
    "That concert was sick, what a night!",
    "I'm such an idiot, forgot my badge at home again 😅",
    "Cancer screening saves lives. Book your appointment.",
    "Someone called our staff 'scum' on Facebook. That is unacceptable.",
    "Hij noemde haar een heks; dat soort taal keuren wij af.",
    "De Kamer debatteerde vandaag fel over het stikstofbeleid.",
    "Ik vind het jammer dat de raad het voorstel heeft verworpen.",
    "Lekker gesport vandaag, ik ben kapot 😅",
    "Op de opleiding leerden we hoe je omgaat met agressieve klanten aan de balie.",
    "Kritiek op het beleid is welkom, schelden niet.",
    "Dat was een beestachtig goede presentatie, petje af!",
    "Onze nieuwe collega is een echte harde werker en een topper.",
    "Ik heb een afspraak bij de dokter vanwege een pijnlijke knie.",
    "Die expert van de universiteit gaf een heldere uitleg, aanrader!",
    "Wat een mooie dag voor een wandeling in het bos.",
    "Ik werd vandaag voor 'zak' uitgemaakt aan de balie; gelukkig greep de beveiliging in.",
    "We nemen afstand van iedereen die moslims 'achterlijk' noemt.",
    "Goed gesprek gehad met de boeren over de stikstofplannen.",
    "De wethouder kreeg veel kritiek, maar bleef rustig en respectvol.",
    "Onze kat is een echte luie zak, ligt de hele dag te slapen 😂",
    "I told the caller I understand his frustration and we'll fix it.",
    "Prachtig concert van het gemeentelijk orkest, bravo!",
    "Onze nieuwe wethouder heeft een stevig betoog gehouden over armoede.",
    "Ik snap de frustratie van insprekers in de raad heel goed.",
    "Wie een ander voor 'wappie' uitmaakt, sluit het gesprek af. Doe dat niet.",
    "Pffff, wat een drukke dag, ik ben kapot en ga vroeg slapen.",
    "Mijn zoontje zegt altijd 'jij bent een sukkel' tegen de hond, hilarisch.",
    "De hond van de buren blaft de hele nacht, vervelend maar ja.",
    "De minister maakte een fout, maar gaf dat ruiterlijk toe. Knap.",
    "What a great turnout at city hall today!",
    "We hebben het gesprek met de klager goed afgerond, hij was tevreden.",
    "Pathologie en dermatologie zijn mooie vakgebieden, kies een studie die bij je past.",
    "De GGD heeft fantastisch werk geleverd deze winter.",
    "Je kunt de brief ook online lezen via MijnOverheid.",
    "Onze kat is een echte knurft, ze valt steeds van de bank 😂",
    "Ik ben het niet eens met de wethouder, maar hij doet zijn best.",
    "ZATERDAG OPEN DAG BIJ DE BRANDWEER!",
    "Bijstandsmoeders verdienen meer steun, schreef de ombudsman vandaag.",
    "Wat een mooie uitspraak van de rechter vandaag.",
    "Hij zei letterlijk 'ik sla je verrot', en dat hebben we gemeld bij de politie.",
    "Ik vond de presentatie van de gedeputeerde sterk.",
    "Kleuters spelen graag buiten, ook als het regent.",
    "Mijn collega noemde het plan 'achterlijk'; ik ben het daar niet mee eens en zei dat ook.",
    "Het weer is vandaag echt bagger, maar we zetten door.",
    "Wat een gezellige avond met de gemeenteraad!",
    "Hij zei dat ik een sukkel was, maar dat laat ik niet op me zitten.",
    "De zogenaamde stikstofbank moet boeren ruimte geven.",
    "Begrijpend lezen is een belangrijk vak op de basisschool.",
    "Oh look, a rainbow over the canal!",
    "Knap dat je de marathon hebt uitgelopen!",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_toon_paraphrase_found(text: str) -> None:
    assert worst(text) >= RISICO, text


@pytest.mark.parametrize("text", NEGATIVE)
def test_toon_near_miss_clean(text: str) -> None:
    assert worst(text) < RISICO, text


# Round 4 (2026-11-29): contempt and dehumanising language without swear words.
SCORN_ROUND4 = [
    "Het zijn gewoon ratten, die jongens bij het station.",
    "Kakkerlakken zijn het, die lui die hier hun afval dumpen.",
    "Als je net zo hard zou werken als je klaagt, had je allang een baan gehad.",
    "Staat gewoon in de brief hoor. Lezen blijft lastig voor sommigen 🙄",
    "Als u de brief even rustig had gelezen, wist u het antwoord al.",
    "Waarom uw aanslag hoger is? Ik pak even mijn glazen bol 🔮",
    "Rekenen is ook niet hun sterkste kant, die jongens van de oppositie.",
    "Die gelukszoekers kunnen wat mij betreft terug in het vliegtuig.",
]
SCORN_ROUND4_NEGATIVE = [
    "Voor 2,5 miljoen Nederlanders is lezen moeilijk; daarom schrijven wij in B1.",
    "De ratten in de haven zijn een probleem voor de volksgezondheid.",
    "Morgen vlieg ik terug, het vliegtuig vertrekt om tien uur.",
    "Heb je de brief al gelezen? Het antwoord staat in de tweede alinea.",
]


@pytest.mark.parametrize("text", SCORN_ROUND4)
def test_round4_contempt_is_found(text: str) -> None:
    assert worst(text) >= RISICO


@pytest.mark.parametrize("text", SCORN_ROUND4_NEGATIVE)
def test_round4_near_misses(text: str) -> None:
    assert worst(text) < RISICO


@pytest.mark.parametrize(
    ("text", "risky"),
    [
        ("imagine being this confidently wrong about index numbers 🥣", True),
        ("Ga lekker verder met je toetsenbordactivisme vanaf de bank 🙄", True),
        ("Wéér een boot vol zogenaamde vluchtelingen, Europa wordt gewoon overspoeld.", True),
        ("De Kamer debatteert vanavond; ik kijk mee vanaf de bank met thee 🫖", False),
        ("Feedbacktip: soms gewoon je mond houden en luisteren.", False),
    ],
)
def test_round4_english_scorn_and_near_misses(text: str, risky: bool) -> None:
    assert (worst(text) >= RISICO) is risky


# Word order and reference: a subordinate clause, an inverted main clause, a pronoun that
# refers back to the group, comparisons and feelings about a group, calls for harm in
# other openings. Written for this table, with other groups and words than MHC's.
GROUP_ORDER_HATEFUL = [
    "Iedereen weet toch dat asielzoekers gewoon smerig zijn.",
    "Eerlijk gezegd zijn Marokkanen echt onbetrouwbaar.",
    "Ik heb niks tegen Polen. Ze zijn alleen allemaal crimineel.",
    "Moslims zijn niets meer dan tuig.",
    "Joden zijn mindere mensen, dat is gewoon zo.",
    "Het leven van een vluchteling is niets waard.",
    "Homo's maken me echt woedend.",
    "De afkeer die ik voel voor Roma is enorm.",
    "Ik ben het beu om tussen buitenlanders te wonen.",
    "Laten we al die statushouders eens flink laten lijden.",
    "Iemand zou die asielzoekers moeten wurgen.",
    "Deportatie is de enige oplossing voor Marokkanen.",
    "Nederland is beter af zonder moslims.",
]
GROUP_ORDER_FINE = [
    "Zijn asielzoekers crimineel? Uit de cijfers blijkt van niet.",
    "Dat vrouwen minder verdienen is walgelijk.",
    "Statushouders wachten te lang op een huis. Ze zijn de dupe van de woningnood.",
    "Moslims worden vaak weggezet als terroristen; dat is onterecht.",
    "Ik heb niets tegen Polen, en ze zijn ook niet crimineel.",
    "Onze collega's met een beperking: ze maken me trots.",
    "Vluchtelingen verdienen een eerlijke kans. Zij zijn vaak getraumatiseerd.",
    "Het zien van zoveel vrijwilligers bij het azc maakt me blij.",
]


@pytest.mark.parametrize("text", GROUP_ORDER_HATEFUL)
def test_group_hate_in_other_word_orders(text: str) -> None:
    assert worst(text) >= RISICO, text


@pytest.mark.parametrize("text", GROUP_ORDER_FINE)
def test_group_near_misses_in_other_word_orders(text: str) -> None:
    assert worst(text) < RISICO, text
