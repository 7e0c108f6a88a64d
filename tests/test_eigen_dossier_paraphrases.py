# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Own-dossier paraphrase tables: ordinary touches stay LET_OP, opinions and leaks are risky.

Written independently of the evaluation sets, in varied wording (Dutch and some English,
short replies and long LinkedIn paragraphs), to test that the detector generalises.
"""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import LET_OP, RISICO
from meedoen.core.detectors.builtin.eigen_dossier import EigenDossierDetector

PROFILE = {
    "name": "Sanne de Wit",
    "function": "beleidsadviseur",
    "organisation": "Ministerie van IenW",
    "dossiers": [
        {
            "name": "Dijkversterking",
            "keywords": ["dijk", "dijkversterking"],
            "sensitivity": "midden",
        },
        {"name": "Windenergie", "keywords": ["windpark", "windmolen"], "sensitivity": "midden"},
        {"name": "Bijstand", "keywords": ["bijstand", "participatiewet"], "sensitivity": "hoog"},
        {"name": "Stikstof", "keywords": ["stikstof"], "sensitivity": "hoog"},
        {"name": "Jeugdzorg", "keywords": ["jeugdzorg", "youth care"], "sensitivity": "hoog"},
        {"name": "Asiel", "keywords": ["asiel", "azc"], "sensitivity": "hoog"},
    ],
}
BIO = "Sanne de Wit, beleidsadviseur waterveiligheid bij het Ministerie van IenW"
IN_FUNCTIE = {"capacity": "in-functie", "account": {"name": "Sanne de Wit", "bio": BIO}}
PRIVE = {"capacity": "prive"}

NEGATIVE = [
    # explaining published policy or a consultation, in function with identification
    "Vandaag is het nieuwe programma voor de dijkversterking langs de Lek gepubliceerd. De planning staat op de website.",
    "De participatiewet verandert per 1 januari. Op rijksoverheid.nl lees je wat dat voor jou betekent.",
    "Het kabinet heeft vandaag de stikstofaanpak voor de komende jaren gepresenteerd. Alle stukken vind je in de Kamerbrief.",
    "Uitleg bij de nieuwe regels voor jeugdzorg: wat verandert er voor gemeenten? Een korte draad 🧵",
    "De internetconsultatie over de wijziging van de participatiewet is geopend. Reageren kan tot 1 maart.",
    "Tot en met 15 februari kun je reageren op het ontwerpbesluit voor het windpark bij Zeewolde. Doe mee!",
    "Wat doet een dijkversterking eigenlijk? In deze animatie leggen we het in twee minuten uit.",
    "Ik ben Sanne, beleidsadviseur bij IenW. Vandaag geef ik uitleg over hoe de dijkversterking wordt gefinancierd.",
    # links to official publications
    "Lees de Kamerbrief over de voortgang van de dijkversterking: https://www.rijksoverheid.nl/documenten/kamerbrief",
    "Lees hier de evaluatie van de participatiewet: https://www.rijksoverheid.nl/evaluatie",
    "Nieuw rapport over stikstofdepositie in Natura 2000-gebieden, zie de site van het RIVM.",
    "Read the government's letter on youth care reform here: https://www.government.nl/documents",
    "De monitor jeugdzorg 2026 is verschenen. Alle cijfers staan op de website van het CBS.",
    # events and webinars
    "Webinar op 12 maart: hoe werkt de nieuwe subsidieregeling voor windparken? Aanmelden via de link.",
    "Kom naar de informatieavond over de dijkversterking in Culemborg, donderdag 19.30 uur in het dorpshuis.",
    "Join our webinar on nitrogen monitoring next Tuesday, registration is open.",
    "Op 4 april organiseren we een kennisdag over jeugdzorg voor gemeenten. Het programma staat online.",
    # vacancies
    "Vacature! Ons team dijkversterking zoekt een projectsecretaris. Reageren kan tot 1 juni.",
    "We zoeken een collega voor het team participatiewet. Zin in uitdagend werk? Kijk op werkenvoornederland.nl.",
    "We're hiring: policy officer for offshore wind farms at the ministry. Apply before 30 May.",
    "Het team jeugdzorg groeit: we zoeken twee beleidsmedewerkers. Deel gerust!",
    # thanks after a milestone
    "Dank aan alle collega's die de afgelopen twee jaar aan de dijkversterking bij Tiel hebben gewerkt. Vandaag opgeleverd!",
    "Wat een team! Het windpark is vandaag officieel geopend. Dank aan iedereen die eraan heeft bijgedragen.",
    "Mijlpaal: de nieuwe handreiking jeugdzorg is af. Dank aan de gemeenten die hebben meegedacht.",
    "Big thanks to everyone who helped finish the dike reinforcement at Gorinchem on time.",
    "Trots op ons team: het dossier stikstof is vandaag netjes overgedragen aan de nieuwe directie.",
    # neutral factual answers to citizens
    "Goede vraag! Wanneer de werkzaamheden aan de dijk starten, staat op de projectpagina van het waterschap.",
    "Hallo, de voorwaarden voor bijzondere bijstand verschillen per gemeente. Kijk op de site van uw gemeente of bel hen.",
    "Dank voor uw vraag. Informatie over de vergunning voor het windpark vindt u op rijksoverheid.nl.",
    "Hi, you can find the eligibility rules for youth care on your municipality's website.",
    "Voor vragen over uw aanvraag bijstand kunt u het beste contact opnemen met de gemeente.",
    "De stikstofkaarten zijn openbaar en staan op aerius.nl. Daar kunt u per gebied zoeken.",
    # private tourist visits
    "Zondag met de kinderen over de dijk gefietst, wat een uitzicht over de rivier!",
    "Vakantie in Zeeland: even langs het windpark op zee gevaren met een rondvaartboot. Indrukwekkend groot.",
    "Heerlijk uitgewaaid op de dijk bij Marken vandaag ☀️",
    "Lovely walk along the dike near Kinderdijk with the family today.",
    "Picknick aan de voet van een windmolen, de kinderen vonden het prachtig.",
    # proud but neutral
    "Mooi om aan te werken: de dijkversterking langs de Waal.",
    "Mooi om aan bij te dragen, zo'n windpark dat straks duizenden huishoudens van stroom voorziet.",
    "Proud to be part of the team working on the dike programme.",
    "Elke dag weer leuk om met collega's aan de jeugdzorg te werken.",
    "Blij dat ik aan de dijkversterking mag werken, echt een vak apart.",
    # asking input
    "Hoe ervaart u de informatie over de dijkversterking in uw buurt? Vul de enquête in, dan nemen we het mee.",
    "Heeft u ideeën voor de inrichting van het gebied rond het windpark? Laat het ons weten via het formulier.",
    "Gemeenten: deel uw ervaringen met de participatiewet via de consultatie op internetconsultatie.nl.",
    # retweets and shares
    "RT @MinIenW: De dijkversterking bij Lobith is afgerond.",
    "Delen waard: het ministerie legt uit hoe de nieuwe stikstofregels werken.",
    "Via @rijksoverheid: nieuwe cijfers over de asielinstroom in het eerste kwartaal.",
    "Interessant artikel in vakblad Binnenlands Bestuur over uitvoering van de participatiewet.",
    # harder ordinary touches: positive words, logistics, public documents, procedure
    "Goed nieuws: de dijkversterking bij Zaltbommel is een half jaar eerder klaar dan gepland.",
    "Helaas is het webinar over het windpark al vol. We zetten de opname later online.",
    "Belangrijk: reageren op de consultatie over de participatiewet kan nog tot vrijdag.",
    "Ik hoop dat veel gemeenten meedoen aan de consultatie over jeugdzorg, elke reactie telt.",
    "Het conceptbesluit voor het windpark ligt vanaf maandag ter inzage in het gemeentehuis.",
    "De datum van de informatieavond over de dijk is nog niet bekend, we laten het hier weten.",
    "De uitslag van de consultatie over stikstof wordt later dit jaar bekendgemaakt op de site.",
    "U kunt de status van uw aanvraag bijstand in ons systeem volgen via Mijn Gemeente.",
    "Check de cijfers over de asielinstroom op de website van het CBS, die worden elk kwartaal bijgewerkt.",
    "Lees de evaluatie van de participatiewet op rijksoverheid.nl, daar staat het hele rapport.",
    "Volgens mij is de dijk daar zo'n acht meter hoog, indrukwekkend om te zien.",
    "Fijn dat zoveel bewoners reageerden op de plannen voor het windpark. Dank jullie wel!",
    "Super trots op mijn collega's die vandaag de nieuwe regeling jeugdzorg hebben gelanceerd.",
    "Blij met de goede opkomst bij de bewonersavond over de dijkversterking gisteren.",
    "Geweldig om te zien hoeveel mensen interesse hebben in de vacature bij het team stikstof.",
    "Ik werk zelf met veel plezier aan de dijkversterking, dus solliciteer vooral bij ons team!",
    "Namens het ministerie dank aan alle gemeenten die hebben meegedaan aan de pilot jeugdzorg.",
    "Zoals in de Kamerbrief staat, gaat de minister na de zomer besluiten over de locatie van het azc.",
    "Klopt, de nieuwe regels voor de bijstand gaan in op 1 juli. Meer info op de site van de gemeente.",
    "Dat klopt niet helemaal: de informatieavond over de dijk is op donderdag, niet op woensdag. Excuses voor de verwarring.",
    "Happy to see so many people at our info session on the wind farm. Slides are on the website.",
    "Great turnout at today's public hearing on the dike plans, thanks everyone!",
    "Interessante discussie vandaag op het congres over de toekomst van de jeugdzorg. Veel geleerd.",
    "De kaart met stikstofdepositie per gebied is vernieuwd, handig voor wie een vergunning aanvraagt.",
    "Het is belangrijk dat inwoners weten waar ze terechtkunnen met vragen over bijstand: bij het Werkplein.",
    "Mooi weer vandaag voor de opening van het windpark, de wethouder knipte het lint door.",
    "Het rapport over de dijkversterking wordt volgende week dinsdag gepubliceerd, zoals aangekondigd in de planning.",
    "Morgen debatteert de Tweede Kamer over de participatiewet. Het debat is live te volgen.",
    "Ik ben benieuwd naar jullie reacties op de consultatie over het asielbeleid, de link staat hieronder.",
    "Wat een prachtige plek, die dijk bij Durgerdam. Aanrader voor een zondagse wandeling!",
    # long posts: a cue elsewhere in the post is not about the dossier
    (
        "Vandaag mijn laatste dag bij het team dijkversterking. Vijf jaar lang mocht ik werken aan "
        "veilige rivieren, samen met fantastische collega's en bewoners. Volgende maand begin ik aan "
        "een nieuwe uitdaging in een heel ander vakgebied. Waar precies? Daar mag ik nog niets over "
        "zeggen, maar ik verheug me er enorm op! Dank jullie wel voor alles."
    ),
    (
        "Terugblik op een mooi jaar. In het voorjaar openden we het windpark bij Urk, in de zomer "
        "organiseerden we drie drukbezochte bewonersavonden. Privé was het een bewogen jaar: mijn "
        "dochter studeerde af en we verhuisden naar Utrecht. Ik vind het eerlijk gezegd onbegrijpelijk "
        "hoe snel de tijd gaat. Op naar volgend jaar!"
    ),
    (
        "Afgelopen week was ik op de landelijke dag voor jeugdzorgprofessionals in Utrecht. Veel "
        "goede gesprekken met gemeenten en aanbieders over de uitvoering van de nieuwe richtlijnen. "
        "De presentaties staan inmiddels op de website. Buiten regende het pijpenstelen, "
        "volgens mij de natste dag van het jaar. Die treinstoring op de terugweg was echt waanzin."
    ),
    # confirmations, appreciation, self-referring timing, agreement without a politician
    "Ik zie elke dag hoe hard mijn collega's werken aan de jeugdzorg. Respect!",
    "Ik werk bij IenW aan de dijkversterking. Vragen over de planning? Stel ze hieronder, dan zoek ik het op.",
    "Als beleidsadviseur jeugdzorg ben ik blij met de grote opkomst bij onze kennisdag.",
    "Ik kan bevestigen dat de informatieavond over de dijk gewoon doorgaat, ondanks het weer.",
    "Het webinar over windparken komt er zeker nog een keer, voor wie er vandaag niet bij kon.",
    "De bewonersavond over de dijkversterking gaat zeker door, ook bij regen.",
    "Het wordt tijd dat ik eens ga kijken bij het windpark waar ik al drie jaar aan werk 😄",
    "Helemaal mee eens, het was een topbijeenkomst over de jeugdzorg gisteren!",
    "Stem mee: welk onderwerp over de dijkversterking moet in ons volgende filmpje? Poll hieronder.",
    "Wacht maar tot je de dijk in het voorjaar ziet, dan staat alles in bloei 🌼",
    "Lid geworden van de vakvereniging voor waterbouwers, handig voor mijn werk aan de dijkversterking.",
    "Vandaag de nieuwe folder over bijstand naar de drukker gestuurd. Straks ook digitaal beschikbaar.",
    "In mijn werk zie ik hoe belangrijk goede voorlichting over bijstand is. Daarom deze nieuwe site: werk.nl/bijstand",
    "De evaluatie van de participatiewet is binnen en wordt morgen naar de Kamer gestuurd, zoals aangekondigd.",
    "Er komt een tweede informatieavond over het azc, op verzoek van de buurt. Datum volgt op de site van de gemeente.",
    "Tip voor wie bijstand aanvraagt: neem je bankafschriften mee naar het gesprek, dan gaat het sneller.",
    "Onze minister bezocht vandaag de dijkversterking bij Tiel. Zie de foto's op rijksoverheid.nl.",
    "Wil je meer weten over stikstof? Het RIVM heeft een heldere uitleg op zijn site.",
    "Na de zomer start de tweede fase van de dijkversterking. Meer informatie volgt via de nieuwsbrief.",
    "Kamervragen over het windpark beantwoord, de antwoorden staan op officielebekendmakingen.nl.",
    "I work on the dike programme at the ministry. Our next public meeting is on 3 June, all welcome.",
    "As a policy officer on youth care I'm happy to see the new guidance published today.",
    "Nieuwsgierig hoe een dijk wordt versterkt? Deze zaterdag open dag bij de bouwplaats!",
    "Goed om te zien dat gemeenten de nieuwe handreiking bijstand al gebruiken.",
    "Het was een zware maar mooie week: drie bewonersavonden over de dijkversterking. Moe maar voldaan.",
    # introductions, events, public sources
    "We moeten nu echt beginnen met inschrijven voor de informatieavond over de dijk, nog tien plekken!",
    "Helaas gaat de informatieavond over de dijk niet door vanwege de storm. Nieuwe datum volgt.",
    "Als beleidsmedewerker bij IenW werk ik aan de dijkversterking. In deze blog vertel ik over mijn werk.",
    "Trots dat ik als adviseur mocht meewerken aan de nieuwe dijkversterking bij Kampen.",
    "Vanuit mijn werk weet ik hoe belangrijk goede dijken zijn. Daarom sta ik zaterdag op de open dag.",
    "Ik snap dat veel mensen vragen hebben over de bijstand. Daarom deze uitleg van de regels.",
    "Het windpark levert straks stroom voor 40.000 huishoudens. Mooi resultaat van jaren werk!",
    "Mijn naam is Sanne, ik werk bij IenW aan de dijkversterking. Stel gerust je vragen over de planning.",
    "Vandaag spraken we met boeren over de stikstofaanpak. Veel zorgen, begrijpelijk. We nemen hun input mee.",
    "Podcast-tip: collega's van het team jeugdzorg vertellen over hun werk. Luister via de link.",
    "Het kabinet heeft besloten dat het azc in Budel open blijft. Lees de brief op rijksoverheid.nl.",
    "Dag allemaal, ik ben de nieuwe projectleider dijkversterking. Ik kijk uit naar de samenwerking!",
    "Interessante vraag over de participatiewet. Het antwoord staat in de memorie van toelichting, artikel 8.",
    "Vandaag weer een dag vol overleg over de jeugdzorg. Goed om te zien hoeveel mensen zich inzetten.",
    "Check de website van het waterschap voor de actuele stand van de dijkversterking.",
    "This week I'm presenting our work on the dike programme at the international water conference.",
    "Op verzoek van de Kamer is de planning van de dijkversterking aangepast, zie de voortgangsbrief.",
    "Nog niet aangemeld voor het webinar over de participatiewet? Het kan nog tot vrijdag.",
    "Er wordt hard gewerkt aan de dijk bij Wijk bij Duurstede, de weg is daarom tot juni afgesloten.",
    "De minister gaat volgende week op werkbezoek bij het windpark, pers is welkom via de persvoorlichting.",
    # ordinary mentions
    "Druk weekje met overleggen over de dijkversterking, maar wel gezellig met het team.",
    "Morgen werkbezoek aan een azc in Ter Apel met de directie.",
    "De jaarlijkse inspectie van de dijk is deze week gestart, zoals gebruikelijk in het najaar.",
    "Nieuw in het team jeugdzorg: welkom Ahmed!",
    "De bouw van het windpark bij Urk ligt op schema volgens de laatste voortgangsrapportage.",
    "Het aantal mensen in de bijstand is volgens het CBS dit jaar licht gedaald.",
    "Today we published the annual report on asylum applications.",
    "Mijn collega presenteert donderdag de resultaten van het stikstofonderzoek op het congres.",
    "Fijn gesprek gehad met de bewonersvereniging over de planning van de dijkversterking.",
    "Vandaag twintig jaar in dienst, waarvan tien bij de dijkversterking. Taart voor iedereen!",
    "Benieuwd hoe de jeugdzorg in je gemeente is geregeld? Op de site van je gemeente staat het overzicht.",
]

POSITIVE = [
    # personal opinions
    "Eerlijk gezegd vind ik die hele dijkversterking overdreven duur.",
    "Persoonlijk denk ik dat de participatiewet veel te streng is voor mensen in de bijstand.",
    "Die stikstofregels zijn gewoon slecht doordacht, dat zie je zo.",
    "Wat mij betreft mag dat windpark er nooit komen.",
    "Ik ben geen voorstander van grote azc's, kleinschalig werkt beter.",
    "Honestly, I think the youth care reform is a mess.",
    "Mijn mening: de bijstand is te laag om van te leven.",
    "Het nieuwe stikstofbeleid is een drama, dat gaat nooit werken.",
    "I personally believe the nitrogen targets are unrealistic.",
    "Volgens mij is de jeugdzorg gewoon onbetaalbaar geworden en moet het roer om.",
    # expert rebuttals that sound official
    "Dat klopt niet. De dijk wordt helemaal niet verlaagd, ik werk er zelf aan.",
    "Onzin, de stikstofuitstoot van de luchtvaart is veel kleiner dan hier wordt beweerd. Ik zit er dagelijks bovenop.",
    "Als beleidsadviseur kan ik je zeggen dat de bijstand niet wordt afgeschaft.",
    "That's simply not true. I work on asylum policy and the numbers are going down.",
    "Lees eerst het rapport voordat je over jeugdzorg gaat roepen. Het staat er allemaal in.",
    "Mensen overdrijven enorm over die windmolens, de geluidsnormen zijn prima.",
    "Als iemand die hier zelf aan werkt: de dijkversterking loopt echt geen vertraging op.",
    # insider hints and leaks
    "Wacht maar tot het rapport over de jeugdzorg uitkomt, dan schrikt iedereen.",
    "Ik weet al wat er in de stikstofbrief staat, en het wordt spannend 😬",
    "Binnenkort groot nieuws over het windpark, meer mag ik er nog niet over zeggen 🤐",
    "Spoiler: de bijstandsnorm gaat volgend jaar omhoog.",
    "Tussen ons gezegd: het azc in Assen gaat dicht.",
    "Can't say much yet, but the asylum plans will change a lot next month.",
    "De echte cijfers over de dijk zijn veel slechter dan wat er in de krant staat.",
    "Between us: the minister will scrap the youth care budget cut.",
    # promises
    "Ik beloof je dat de dijkversterking bij jouw huis volgend jaar klaar is.",
    "Geen zorgen, uw bijstand komt echt wel, ik regel het.",
    "Het windpark komt er gegarandeerd niet, dat kan ik je toezeggen.",
    "We will definitely fix the asylum backlog this year, promise.",
    # gaming advice
    "Tip: als je de aanvraag voor bijzondere bijstand opknipt, blijf je net onder de grens.",
    "Bijstand is makkelijk binnen te halen als je je inkomen net even anders opgeeft.",
    "Jeugdzorgaanvragen onder de 5000 euro worden niet gecontroleerd, dus gewoon indienen.",
    # contempt for target group
    "Die mensen in de bijstand moeten gewoon eens gaan werken in plaats van klagen.",
    "Al dat gezeur over de dijk van die bewoners, ze snappen er niks van.",
    "Zoek gewoon een baan, dan heb je geen bijstand nodig.",
    "Asielzoekers maken er massaal misbruik van, dat zie ik elke dag.",
    # contact offers to press/MPs
    "@kamerlid_devries ik werk zelf aan stikstof en kan u de onderliggende cijfers sturen. DM me gerust.",
    "@journalist_peters interessant verhaal voor je over de jeugdzorg, bel me maar eens.",
    "@MP_Bakker happy to walk you through the real figures on asylum, DM me.",
    # opinions against the minister's policy
    "Het stikstofplan van de minister is onuitvoerbaar en dat weet iedereen op het ministerie.",
    "Ik schaam me voor hoe dit kabinet met de asielopvang omgaat.",
    "De bezuiniging op de jeugdzorg is onverantwoord, ik snap niet dat de minister dit doorzet.",
    "The minister's plan for the dike programme is short-sighted and will cost us later.",
    "Dit beleid rond de participatiewet lost helemaal niets op.",
    # long LinkedIn paragraphs
    (
        "Na tien jaar werken aan de dijkversterking durf ik het te zeggen: we doen het verkeerd. "
        "Er wordt te veel geld uitgegeven aan studies en te weinig aan uitvoering. Tijd voor een "
        "andere aanpak, wat mij betreft."
    ),
    (
        "Veel mensen vragen me wat ik vind van de nieuwe stikstofaanpak. Eerlijk? Ik denk dat het "
        "kabinet hier een grote vergissing maakt. Boeren worden de dupe en de natuur schiet er "
        "weinig mee op. Dit is mijn persoonlijke mening."
    ),
    (
        "Working on youth care policy for years now, I can tell you the new plans won't work. "
        "Municipalities don't have the staff and the budget is far too small. Someone needs to say it."
    ),
    (
        "Vandaag weer een overleg over het azc gehad. Ik kan alvast verklappen dat het er in "
        "Oosterhout gewoon komt, ook al zegt de gemeente nog van niet."
    ),
    (
        "Iedereen roept maar wat over windmolens en gezondheid. Als expert kan ik je vertellen dat "
        "het allemaal een fabeltje is. Lees de stukken eens voordat je iets roept."
    ),
    "Die bijstandsregels zijn echt belachelijk, niemand kan daarvan rondkomen.",
    "Jeugdzorg is een bodemloze put, ik zie het van dichtbij.",
    # subtler positives
    "Zonde van het geld, dat windpark. Had nooit gebouwd moeten worden.",
    "Wie gelooft nou nog in die dijkversterking? Wij op het ministerie in elk geval niet meer.",
    "Off the record: het azc in Zwolle gaat niet door.",
    "Dit stikstofbeleid gaat compleet mis, en iedereen die er aan werkt weet dat.",
    "Bijstandsgerechtigden zijn gewoon profiteurs, sorry maar zo is het.",
    "The asylum policy is a disgrace, and I say that as someone who works on it.",
    "Ik kan je vertellen dat het nieuwe jeugdzorgplan al klaar ligt en dat er flink bezuinigd wordt.",
    "Die windmolens zijn een ramp voor het landschap, vind ik.",
    # guards: praise of policy, rebuttal next to a source, a leak next to a source
    "Mooi dat het kabinet eindelijk de participatiewet versoepelt, hoog tijd!",
    "Trots op onze minister die het stikstofplan erdoor heeft gekregen.",
    "Lees de Kamerbrief maar eens goed, de cijfers over stikstof kloppen niet.",
    "Zoals in de Kamerbrief staat gaat het azc dicht, maar tussen ons: het wordt nog veel erger.",
    "Ik zie elke dag hoe slecht het gaat in de jeugdzorg, en niemand in Den Haag die het wil horen.",
    "Ik kan bevestigen dat het windpark bij Urk niet doorgaat, ook al zegt de provincie iets anders.",
    "Als beleidsmedewerker bij IenW werk ik aan de dijkversterking, en eerlijk: dit plan is rampzalig.",
    "We moeten nu echt stoppen met die hele dijkversterking, zonde van het geld.",
    "Die informatieavond over het azc was pure waanzin, de minister had er nooit mee moeten beginnen.",
]


@pytest.mark.parametrize("text", NEGATIVE)
@pytest.mark.parametrize("context", [IN_FUNCTIE, PRIVE], ids=["functie", "prive"])
def test_ordinary_touch_is_at_most_let_op(text: str, context: dict) -> None:
    hits = run_detector(EigenDossierDetector, text, profile=PROFILE, context=context)
    assert hits, "the post touches a dossier; LET_OP expected"
    assert max(h.evidence.severity for h in hits) <= LET_OP, [
        (h.text, h.evidence.explanation) for h in hits
    ]


@pytest.mark.parametrize("text", POSITIVE)
@pytest.mark.parametrize("context", [IN_FUNCTIE, PRIVE], ids=["functie", "prive"])
def test_opinion_leak_or_rebuttal_is_risky(text: str, context: dict) -> None:
    hits = run_detector(EigenDossierDetector, text, profile=PROFILE, context=context)
    assert hits and max(h.evidence.severity for h in hits) >= RISICO, [
        (h.text, h.evidence.severity) for h in hits
    ]


def test_table_sizes() -> None:
    assert len(NEGATIVE) >= 60 and len(POSITIVE) >= 50
