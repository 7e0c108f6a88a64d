# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The vertrouwelijk detector: classification, embargo, drafts, unpublished decisions."""

from __future__ import annotations

import pytest

from conftest import run_detector, worst_severity
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.vertrouwelijk import VertrouwelijkDetector

INTERN = {"channel": "intranet"}

POSITIVE = [
    # (text, context, expected evidence text, severity)
    ("Stg. Confidentieel - memo aan de minister", None, "Stg. Confidentieel", ERNSTIG),
    ("Departementaal Vertrouwelijk: planning Q3", None, "Departementaal Vertrouwelijk", ERNSTIG),
    ("Stg. Geheim stuk lag gewoon op de printer 🙈", None, "Stg. Geheim", ERNSTIG),
    ("VERTROUWELIJK - niet doorsturen", None, "VERTROUWELIJK", RISICO),
    ("Hier een vertrouwelijke notitie over de fusie.", None, "een vertrouwelijke notitie", RISICO),
    ("Niet voor verspreiding: de cijfers van Q2.", None, "Niet voor verspreiding", RISICO),
    ("Intern document, maar te mooi om niet te delen.", None, "Intern document", RISICO),
    ("Persbericht onder embargo tot dinsdag 10.00 uur", None, "onder embargo", RISICO),
    ("Hier alvast de concept-Kamerbrief over stikstof.", None, "concept-Kamerbrief", RISICO),
    ("De conceptnota is bijna klaar, mooi stuk werk!", None, "conceptnota", RISICO),
    ("Eerste conceptversie van het advies staat.", None, "conceptversie", RISICO),
    ("In het concept staat dat de subsidie vervalt.", None, "In het concept", ERNSTIG),
    ("Morgen gaat het MT besluiten over de reorganisatie.", None, "MT besluiten", RISICO),
    ("De ministerraad gaat vrijdag besluiten over de heffing.", None, "ministerraad", RISICO),
    (
        "Ik mag nog niks zeggen over de reorganisatie, maar er komt groot nieuws!",
        None,
        "mag nog niks zeggen",
        RISICO,
    ),
    (
        "Hoorde vandaag in het MT dat onze afdeling verdwijnt.",
        None,
        "Hoorde vandaag in het MT",
        ERNSTIG,
    ),
    (
        "Dat wordt pas later bekendgemaakt, maar het gaat door.",
        None,
        "pas later bekendgemaakt",
        ERNSTIG,
    ),
    ("Het nieuws mag nog niet naar buiten.", None, "nog niet naar buiten", RISICO),
    ("Het uitgelekte rapport zegt genoeg.", None, "uitgelekte", LET_OP),
    ("Stg. Geheim: even delen op intranet", INTERN, "Stg. Geheim", ERNSTIG),
    ("De conceptnota staat op intranet.", INTERN, "conceptnota", LET_OP),
    ("For internal use only: draft figures", None, "For internal use only", RISICO),
    ("Ik kan u wat interne cijfers sturen als u wilt.", None, "interne cijfers", RISICO),
    ("Off the record: the numbers will be lower than announced.", None, "Off the record", ERNSTIG),
    ("Embargoed until Friday: new aid for Sudan.", None, "Embargoed", ERNSTIG),
    (
        "Ik kan nog niks zeggen maar er komt groot nieuws over het stadion 👀",
        None,
        "kan nog niks zeggen",
        RISICO,
    ),
    ("Tussen ons: ja, er wordt aan gewerkt.", None, "Tussen ons:", RISICO),
    ("Ik weet al wat erin staat 😏", None, "weet al wat erin staat", RISICO),
    (
        "Mijn chef wil niet dat ik het zeg, maar de wet is een ramp.",
        None,
        "wil niet dat ik het zeg",
        RISICO,
    ),
    (
        "Can't say much yet, but cabinet will decide on Friday to cut the budget.",
        None,
        "cabinet will decide",
        ERNSTIG,
    ),
    (
        "Cijfers die nog niet in de raad zijn geweest, stuur ik je zo.",
        None,
        "nog niet in de raad",
        RISICO,
    ),
    # Content of a not-yet-public matter makes a mention a disclosure (ernstig) ...
    (
        "Volgende week beslist de directie over de fusie; ik hoor dat 25 banen verdwijnen.",
        None,
        "beslist de directie",
        ERNSTIG,
    ),
    (
        "Persbericht onder embargo tot maandag: de wachttijden zijn gehalveerd.",
        None,
        "embargo",
        ERNSTIG,
    ),
    (
        "Onder embargo, maar de evaluatie is vernietigend voor het programma.",
        None,
        "embargo",
        ERNSTIG,
    ),
    (
        "Mag er eigenlijk niks over kwijt, maar de parkeertarieven gaan flink omhoog.",
        None,
        "niks over kwijt",
        ERNSTIG,
    ),
    (
        "Wacht maar af tot de evaluatie verschijnt, de uitkomst is dramatisch.",
        None,
        "Wacht maar af tot",
        ERNSTIG,
    ),
    ("Just wait until the audit report comes out. It is far worse.", None, "wait until", ERNSTIG),
    (
        "Donderdag presenteert de staatssecretaris het plan. Ik weet al wat erin staat.",
        None,
        "weet al wat erin staat",
        ERNSTIG,
    ),
    ("Embargo tot 9 uur: 3 miljoen extra voor de bibliotheken.", None, "Embargo tot", ERNSTIG),
    # ... a mention without content stays a risk ...
    ("Wacht maar tot het rapport uitkomt.", None, "Wacht maar tot", RISICO),
    ("Persbericht onder embargo tot woensdag 12.00 uur.", None, "onder embargo", RISICO),
    ("Het MT gaat donderdag besluiten over de nieuwe huisvesting.", None, "MT", RISICO),
    # ... one step milder in a closed group, milder still on an internal channel.
    (
        "Onder embargo tot dinsdag: de tarieven gaan omhoog.",
        {"audience": "besloten-groep"},
        "Onder embargo",
        RISICO,
    ),
    (
        "Het MT gaat morgen besluiten over de verhuizing.",
        {"audience": "besloten-groep"},
        "MT",
        LET_OP,
    ),
    ("Het MT gaat besluiten om 10 fte te schrappen.", INTERN, "MT", LET_OP),
    # "off the record" without content is left to the pers detector.
    ("Ik praat je graag off the record bij.", None, "off the record", LET_OP),
    # Confirming facts or a timeline of unpublished work to the press or an MP.
    (
        "Ja, ik kan bevestigen dat we met twee provincies praten.",
        {"reply_to": {"text": "Klopt het?", "author_role": "journalist"}},
        "kan bevestigen",
        RISICO,
    ),
    (
        "Het rapport verschijnt echt voor de zomer.",
        {"reply_to": {"text": "Wanneer komt het rapport?", "author_role": "kamerlid"}},
        "rapport verschijnt echt voor",
        RISICO,
    ),
    (
        "De kamerbrief komt begin volgende maand, ik schrijf hem zelf.",
        None,
        "kamerbrief komt",
        RISICO,
    ),
    (
        "I can confirm that the report will be published in May.",
        {"reply_to": {"text": "Any news?", "author_role": "journalist"}},
        "can confirm",
        RISICO,
    ),
    # second-line cues (recall_cues.secret_cue): an insider source or "not yet public" with work
    (
        "Binnenskamers is de nieuwe regeling al rond, officieel hoor je het pas in mei.",
        None,
        "Binnenskamers",
        ERNSTIG,
    ),
    (
        "Vanochtend in het teamoverleg gehoord dat de balie in Delft dichtgaat. Niet doorvertellen!",
        None,
        "teamoverleg gehoord",
        ERNSTIG,
    ),
    (
        "Uit de wandelgangen: de afdeling wordt per juni opgeheven.",
        None,
        "wandelgangen",
        ERNSTIG,
    ),
    (
        "De nota ligt nu bij de minister, spannend wat eruit komt.",
        None,
        "ligt nu bij de minister",
        ERNSTIG,
    ),
    (
        "Nog niet officieel, maar de regeling wordt volgend jaar versoberd.",
        None,
        "Nog niet officieel",
        RISICO,
    ),
    (
        "Volgende week hoor je meer, ik kan er nog niks over zeggen.",
        None,
        "hoor je meer",
        RISICO,
    ),
    (
        "De directie heeft gisteren besloten, maar het is nog niet naar buiten gebracht.",
        None,
        "nog niet naar buiten",
        ERNSTIG,
    ),
]

NEGATIVE = [
    ("Het concept van de nota ligt klaar voor bespreking.", INTERN),
    ("Het concept staat, nu nog de puntjes op de i.", INTERN),
    ("De conceptnota ligt ter inzage via internetconsultatie.", None),
    ("De conceptbegroting 2026 is gepubliceerd op de website.", None),
    ("Het kabinet heeft vandaag besloten de regels te versoepelen.", None),
    ("Wij gaan vertrouwelijk om met uw gegevens.", None),
    ("Een nieuw winkelconcept in het centrum van Zwolle.", None),
    ("Het concept van duurzaam bouwen spreekt me aan.", None),
    ("Het college heeft gisteren besloten de markt te verplaatsen.", None),
    ("Vertrouwen is de basis van goed bestuur.", None),
    ("Onze nieuwe collega is vandaag begonnen op de afdeling.", None),
    ("Het dak heeft gelekt na de storm van vannacht.", None),
    ("Ik mag zeggen dat ik trots ben op dit team.", None),
    (
        "Ik kan nog niets zeggen over uw aanvraag, die is in behandeling.",
        {"capacity": "in-functie"},
    ),
    ("Het is al besloten: we gaan deze zomer naar Texel.", None),
    ("Ik mag nog niks zeggen, maar binnenkort groot nieuws over mijn nieuwe baan!", None),
    ("Eindelijk de conceptversie van mijn scriptie af!", None),
    ("Wacht maar tot de nieuwe telefoon uitkomt, die is veel beter.", None),
    ("Ik kan bevestigen dat de bibliotheek zaterdag open is.", None),
    ("De brief komt volgende week bij alle bewoners in de bus.", None),
    ("Het rapport is vandaag gepubliceerd: de wachttijden zijn gehalveerd.", None),
    ("Ik mag nog niks zeggen, maar we gaan verhuizen naar een groter huis!", None),
    ("Niet doorvertellen, maar ik heb de finale al gezien.", None),
    ("Meer details volgen, de bruiloft is in juni!", None),
    ("De kwetsbaren onder ons verdienen extra aandacht.", None),
    ("Het besluit is vandaag gepubliceerd; lees het op de site. Binnenkort meer.", None),
    ("Binnenskamers is de nieuwe regeling al rond.", INTERN),
    ("Volgende week hoor je meer over onze verbouwing!", None),
    ("Ik kan er nog niks over zeggen, het is een verrassing voor mijn vader.", None),
]


@pytest.mark.parametrize(("text", "context", "fragment", "severity"), POSITIVE)
def test_confidential_markers_are_found(text, context, fragment, severity):
    hits = run_detector(VertrouwelijkDetector, text, context=context)
    assert hits, text
    assert any(fragment.lower() in h.text.lower() for h in hits), [h.text for h in hits]
    assert max(h.evidence.severity for h in hits) == severity
    assert all(h.evidence.rule == "aw2017.art9.v1" for h in hits)


@pytest.mark.parametrize(("text", "context"), NEGATIVE)
def test_public_or_ordinary_text_is_no_finding(text, context):
    assert run_detector(VertrouwelijkDetector, text, context=context) == []


def test_spans_map_to_the_original_text_with_invisible_characters():
    text = "Stg.\u200b Geheim: zie bijlage"
    (hit,) = run_detector(VertrouwelijkDetector, text)
    assert hit.text.startswith("Stg.") and hit.text.endswith("Geheim")


# Round 2: knowing what is not yet out (teasers, spoilers with figures, "between us").
FOREKNOWLEDGE = [
    (
        "De interne doorrekening laat zien dat het fonds tekortschiet.",
        None,
        "interne doorrekening",
        RISICO,
    ),
    (
        "Het advies van de Raad ligt hier al op mijn bureau 👀 Meer kan ik niet zeggen.",
        None,
        "op mijn bureau",
        RISICO,
    ),
    (
        "Spoiler: de werkloosheid stijgt naar 4,5% (officieel pas donderdag).",
        None,
        "Spoiler",
        ERNSTIG,
    ),
    ("Just between us: the audit will be far worse than expected.", None, "between us", ERNSTIG),
    (
        "Het rapport komt dinsdag uit. Ik zeg alleen: wacht maar af 😬",
        None,
        "Ik zeg alleen",
        RISICO,
    ),
    (
        "Morgen gaat het embargo eraf, dan snappen jullie waarom we zo druk waren.",
        None,
        "embargo eraf",
        RISICO,
    ),
    ("Kan ik alvast verklappen: de subsidie wordt verlaagd.", None, "alvast verklappen", ERNSTIG),
    ("Happy to share the new tariffs before it's out.", None, "before it's out", RISICO),
    (
        "Veel overleg op het ministerie. Meer mag ik er nog niet over zeggen 🤐",
        {"capacity": "in-functie"},
        "Meer mag ik",
        LET_OP,
    ),
    ("Off the record: het besluit is al genomen.", None, "Off the record", ERNSTIG),
    ("De tabellen uit de interne analyse laten iets anders zien.", None, "interne analyse", RISICO),
]
# the classic leak marker, and knowing what one may not tell yet, about work news
FOREKNOWLEDGE += [
    (
        "Morgen hakt het college de knoop door over de sluiting van het zwembad, maar dat heb je "
        "niet van mij.",
        None,
        "dat heb je niet van mij",
        RISICO,
    ),
    (
        "De gemeente kiest binnenkort de wijken voor de windmolens; ik weet het al maar mag het "
        "nog niet zeggen.",
        None,
        "ik weet het al maar mag het nog niet zeggen",
        RISICO,
    ),
    (
        "The council will vote to close the pool, but you didn't hear it from me.",
        None,
        "you didn't hear it from me",
        ERNSTIG,
    ),
]
FOREKNOWLEDGE_NEGATIVE = [
    ("Ik weet het al, maar ik mag het nog niet verklappen: we gaan trouwen!", None),
    ("Ik weet het al maar mag het niet zeggen wie de quiz gewonnen heeft 😄", None),
    ("Dat heb je niet van mij, maar de nieuwe bakker op de hoek is echt top.", None),
    ("Spoiler: de finale was geweldig!", None),
    ("Ik zeg alleen maar: geniet van het weekend!", None),
    ("Meer mag ik er nog niet over zeggen, maar we zijn zwanger!", None),
    ("Between us, this is the best pizza in town.", None),
    ("The album is great, listen to it before it's out of the charts.", None),
    ("Morgen gaat het embargo eraf; de stukken staan dan op rijksoverheid.nl.", None),
]


@pytest.mark.parametrize(("text", "context", "fragment", "severity"), FOREKNOWLEDGE)
def test_foreknowledge_is_found(text, context, fragment, severity):
    hits = run_detector(VertrouwelijkDetector, text, context=context)
    assert hits, text
    assert any(fragment.lower() in h.text.lower() for h in hits), [h.text for h in hits]
    assert max(h.evidence.severity for h in hits) == severity


@pytest.mark.parametrize(("text", "context"), FOREKNOWLEDGE_NEGATIVE)
def test_foreknowledge_near_misses(text, context):
    assert run_detector(VertrouwelijkDetector, text, context=context) == []


# Round 4 (2026-11-29): unpublished information said without the usual words.
PRIVE = {"capacity": "prive", "channel": "x"}
UNPUBLISHED = [
    "Het evaluatierapport komt pas donderdag uit, maar de conclusie is niet mals.",
    "Het persbericht komt pas volgende week, maar de subsidie voor het zwembad stopt.",
    "De notitie die intern rondgaat over de reorganisatie is een stuk somberder.",
    "Ik heb de echte cijfers van de wachtlijsten, die zijn veel hoger dan in het rapport.",
    "Morgen vroeg onaangekondigd langs bij de nertsenfokker, eens kijken hoe het daar gaat.",
    "Het rapport van de inspectie ligt al bij ons en het is pijnlijk voor het ministerie.",
    "zet 14 maart maar vast in je agenda, wie goed leest weet genoeg over het beleid",
    "let's just say tomorrow's flash estimate on inflation won't make the ministry happy 😬",
    "Iedereen aan onze kant weet allang dat dit plan bij de Raad van State sneuvelt.",
    "Het stuk stond vorige week nog onder embargo; gelukkig weet ik ook wat er niet in het rapport staat.",
    "Ik kan u geruststellen: volgend jaar wordt de huurstijging maximaal 3%, dat is zo goed als rond.",
    # round 5: English drafts and locked news, an inspection announced with its day
    "Sneak peek of the draft letter to parliament we're finalising this week 😅",
    "Locked until Thursday noon, but one candidate capital will be very pleased.",
    "Dat bedrijf aan de Kerkweg krijgt morgen een onaangekondigde herinspectie.",
]
STILL_PUBLIC = [
    "Embargo is eraf: het rapport staat vanaf nu online.",
    "Wat zijn de echte cijfers? Ik lees overal iets anders.",
    "Het jaarverslag komt pas donderdag uit, dan lees ik het graag.",
    "Gisteren een onaangekondigde brandoefening op kantoor gehad, iedereen stond buiten 😅",
]


@pytest.mark.parametrize("text", UNPUBLISHED)
def test_unpublished_information_in_other_words(text: str) -> None:
    assert worst_severity(VertrouwelijkDetector, text, None, PRIVE) >= RISICO


@pytest.mark.parametrize("text", STILL_PUBLIC)
def test_public_or_own_reading_is_no_leak(text: str) -> None:
    assert worst_severity(VertrouwelijkDetector, text, None, PRIVE) < RISICO
