# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Integrity paraphrase tables: gifts, side jobs and promotion in many phrasings.

Written independently of the development sets: varied vocabulary, word order,
inflections, typos, emoji and English, so the detector generalises beyond the
phrasings it was calibrated on. A positive row must yield a finding of at least
RISICO (privately posted, the default context); a negative row must yield none.
"""

from __future__ import annotations

import pytest

from conftest import run_detector, worst_severity
from meedoen.core.detectors.base import RISICO
from meedoen.core.detectors.builtin.integriteit import IntegriteitDetector


def worst(text: str) -> int:
    return max((h.evidence.severity for h in run_detector(IntegriteitDetector, text)), default=0)


POSITIVE = [
    "Wat een verrassing: een kist wijn van de aannemer van het stadhuisproject op mijn bureau. Proost!",
    "Vandaag een prachtig kerstpakket ontvangen van ons ingenieursbureau. Top gebaar!",
    "Super avond in de Ziggo Dome, op uitnodiging van onze ICT-leverancier. #dankjewel",
    "Namens Bouwgroep Heijmans kregen we vrijkaarten voor Ajax-PSV. Geweldig!",
    "Gisteren heerlijk gegeten met de projectontwikkelaar van het havenkwartier, hij betaalde alles.",
    "Mooie fles champagne gekregen van de vergunninghouder, na de afronding van de procedure 🥂",
    "De consultant van Deloitte nam ons mee naar een sterrenrestaurant. Wat een verwennerij!",
    "Net terug van een studiereis naar Barcelona, volledig betaald door de leverancier. #learning",
    "Conferentiefee werd gelukkig betaald door onze softwareleverancier, anders had ik niet kunnen gaan.",
    "Hotel werd spontaan geüpgraded naar een suite, met dank aan onze contractpartner 🙏",
    "Dankjewel @BouwbedrijfDeVries voor de heerlijke taart voor het hele team!",
    "Fijn weekendje Parijs aangeboden gekregen door de aannemer. Dit werk heeft ook mooie kanten 😎",
    "Kaartjes voor Lowlands gewonnen? Nee hoor, gekregen van een lobbyist uit de energiesector 😄",
    "Ontzettend leuk: de subsidieaanvrager stuurde me een bos bloemen en een cadeaubon van 100 euro.",
    "Ons gemeentelijk team werd door de afvalverwerker getrakteerd op een dagje golf.",
    "Met dank aan @TechPartnerNL voor de iPad die ik mocht houden na de demo!",
    "Hele dag in de VIP-box van het Philips Stadion, gesponsord door onze leverancier.",
    "Een aanvrager van een omgevingsvergunning bracht vandaag een fles whisky langs. Lief hè.",
    "Gisteren de nieuwjaarsreceptie van de projectontwikkelaar, met gratis diner en goodiebag vol elektronica.",
    "Werd vandaag verrast met een dinerbon van het adviesbureau waar we mee samenwerken. #dankjewel",
    "De leverancier van onze nieuwe software gaf iedereen in het team een smartwatch. Top!",
    "Het advocatenkantoor dat ons bijstaat trakteerde ons op een zeilweekend. Wat een relatie!",
    "Uitgenodigd door de netbeheerder voor de F1 in Zandvoort, in de hospitality-tent 🏎️",
    "Mooi cadeau van de ontwikkelaar van het nieuwe winkelcentrum: een designlamp voor op mijn werkplek.",
    "Onze cateraar gaf ons een gratis kerstdiner als dank voor de verlenging van het contract.",
    "Dank aan de installateur voor de wijnkist, die hebben we verdiend na dat project 🍷",
    "Deze prachtige tas kreeg ik van de leverancier waarmee we net het contract sloten. #blessed",
    "De aannemer betaalde ons hotel in Maastricht tijdens de werkbezoekdagen. Chill!",
    "Geniet van mijn gratis upgrade naar business class, geregeld door de consultancy die ons adviseert ✈️",
    "Bij de opening van de nieuwe fabriek kreeg elke ambtenaar een horloge van het bedrijf. Stijlvol!",
    "Thanks to our IT vendor for the amazing dinner and the concert tickets last night!",
    "Got a lovely bottle of wine from one of the contractors we work with. Cheers! 🍷",
    "Our supplier flew us to Munich for the product launch, all expenses paid. What a trip!",
    "Just received a hamper from the consultancy firm we hired. So kind of them! #grateful",
    "Enjoying the Champions League final in a skybox, courtesy of our software supplier.",
    "Big thanks to the developer of the harbour project for the weekend at their beach house 🏖️",
    "Free upgrade to a suite, courtesy of the lobby group we met this week.",
    "The permit applicant sent me a gift card as a thank-you. Nice gesture!",
    "Our contractor invited the whole inspection team to a private dinner. Loved it!",
    "Conference fee and hotel paid by the vendor, so I could attend the summit in Lisbon.",
    "Naast mijn baan bij de gemeente geef ik betaalde trainingen over het aanvragen van bouwvergunningen.",
    "Heb je hulp nodig met je subsidieaanvraag bij de provincie? Als beleidsmedewerker weet ik precies hoe het werkt. DM me voor mijn tarieven.",
    "Trots: vanaf vandaag ben ik commissaris bij de aannemer die onze wegen onderhoudt.",
    "Mijn eigen adviesbureau helpt ondernemers met hun vergunningaanvraag. Ik ken de procedure van binnenuit!",
    "Ik help je graag met je bezwaarschrift tegen de WOZ-beschikking, tegen een kleine vergoeding. Werk zelf bij de belastingdienst.",
    "Als toezichthouder weet ik waar inspecteurs op letten. Boek mijn workshop 'Klaar voor de inspectie' voor €250.",
    "Sinds kort heb ik aandelen in het bouwbedrijf dat ons nieuwe gemeentehuis bouwt 📈",
    "Ik ben toegetreden tot de raad van advies van een energiebedrijf dat subsidie bij ons aanvraagt.",
    "Naast mijn werk als vergunningverlener run ik een adviespraktijk voor horecaondernemers.",
    "Ondernemers, ik schrijf voor jullie de perfecte aanbesteding-inschrijving. Ik beoordeel ze immers zelf ook 😉",
    "Vraag je een toeslag aan? Ik werk bij de Dienst Toeslagen en help je tegen betaling met je aanvraag.",
    "Mijn vrouw en ik zijn mede-eigenaar van het ingenieursbureau dat voor onze afdeling werkt.",
    "Bijverdienste: ik geef tegen betaling cursussen over de regels die ik zelf handhaaf.",
    "In de avonduren werk ik als consultant voor bedrijven die bij onze dienst vergunningen aanvragen.",
    "Mijn bv verzorgt trainingen voor aannemers die bij de gemeente willen inschrijven. Vraag een offerte aan!",
    "Ik zit sinds deze maand in het bestuur van de projectontwikkelaar in onze regio. Mooie combinatie met mijn werk bij ruimtelijke ordening.",
    "Besides my job at the ministry I now offer paid consulting to companies applying for our grants.",
    "I'm proud to join the board of a firm that bids on our tenders!",
    "Need help with your permit application? I handle them daily at the municipality — hire me privately.",
    "As a tax inspector I run a side business advising companies on how to pass audits. DM for rates.",
    "Ik ben sinds kort merkambassadeur van een fietsenmerk! Met code AMBTENAAR20 krijg je 20% korting.",
    "In samenwerking met @KoffieBrand: probeer hun nieuwe bonen, link in bio! #ad",
    "Gebruik mijn kortingscode MARIEKE10 bij deze sportschool 💪",
    "Via deze link krijg je 15% korting en ik een kleine commissie: bit.ly/xyz #affiliate",
    "Dit bericht is gesponsord door een energieleverancier. Stap nu over!",
    "Ik ben partner van dit prachtige matrassenmerk, #partner #spon",
    "Als inkoper bij de gemeente kan ik Kantoorgigant BV echt aanraden: altijd snel en goedkoop!",
    "Onze leverancier Cleanpro levert fantastisch werk, iedereen zou met ze moeten werken! Groet, afdeling inkoop.",
    "Samenwerking met een cosmeticamerk: ik mag jullie 25% korting geven met mijn code. #betaaldepartnerschap",
    "Promo: bestel vandaag via mijn persoonlijke link en ontvang gratis verzending. #ad",
    "Brand ambassador for a sneaker label now! Use code GOV15 for 15% off 👟",
    "Sponsored: this smart thermostat is amazing, use my referral link for a discount.",
    "Paid partnership with @GymChain, sign up with my code for a free month! #spon",
    "As a procurement officer I can honestly recommend TechCorp to every municipality.",
    "Ik ben ambassadeur voor een hypotheekadviseur; via mij krijg je korting op het advies.",
    "Ik mocht gratis een weekend in dit resort verblijven in ruil voor een post. #gifted #samenwerking",
    "Weer een mooi pakket ontvangen van het merk waarmee ik samenwerk. Link in bio voor korting!",
    "Als wethoudersadviseur bij economische zaken beveel ik de diensten van Bureau Groen van harte aan.",
    "Namens de leverancier van ons afvalbeleid kregen we allemaal een e-bike. Wat een gulle partner!",
    "Wat een gastvrijheid van de vergunninghouder: lunch, rondleiding en een cadeautje mee naar huis.",
    "Lekker dineren op kosten van het aannemersconsortium. Zo kan het ook! 😋",
    "Nieuwe zonnebril van het merk dat ik promoot. Korting via de link in mijn bio! #werkenbijdeoverheid",
    "Heerlijke kreeft gegeten in Brussel, de rekening was voor het ingenieursbureau dat onze dijken ontwerpt.",
    "Kijk wat er vanochtend bezorgd werd: een mand vol streekproducten van de bouwer van de nieuwe sporthal 😍",
    "Met het hele projectteam naar Ahoy, de kaarten waren geregeld door onze IT-partner.",
    "De makelaar die ik vorige week de vergunning verleende stuurde een fles Moët. Chique!",
    "Shoutout to our cloud vendor for the VIP passes to the Dutch Grand Prix!",
    "Cadeautje van de projectontwikkelaar: een weekend wellness. Ik heb het verdiend 😌",
    "Leuk, de huurder van het gemeentelijk pand gaf me een waardebon van €75.",
    "Onze aannemer bood ons een rondvlucht boven de bouwplaats aan, wat een uitzicht!",
    "Thanks @InfraBouwBV for the golf weekend, amazing hospitality 🏌️",
    "Na de gunning kregen we van de winnende inschrijver allemaal een powerbank en een fles wijn.",
    "Wil je zeker weten dat je Wmo-aanvraag wordt goedgekeurd? Ik werk bij het Wmo-loket en geef tegen betaling advies.",
    "Nieuw: mijn eigen coachingpraktijk voor ondernemers die een horecavergunning willen. Ik zit zelf in de vergunningencommissie.",
    "I've become a paid advisor to the developer whose zoning plan I'm reviewing. Exciting times!",
    "Ik verdien wat bij als adviseur van het bouwbedrijf dat onze aanbestedingen wint.",
    "Zoek je iemand die je omgevingsvergunning schrijft? Ik ben vergunningverlener bij de gemeente, mail me voor een prijsopgave.",
    "Gebruik code JANAMBT voor 10% korting op je nieuwe bril bij Brillenland!",
    "Deze post is tot stand gekomen in samenwerking met Philips. #ad",
    "Als ambassadeur van Tesla kan ik je een gratis proefrit regelen, stuur me een DM.",
    "Met mijn link krijg je een maand gratis Netflix, en ik ook 😉 #referral",
    "Vanuit mijn rol als inkoper: kies voor Schoonmaakbedrijf Glans, beste prijs-kwaliteit!",
    "Namens aannemer Dura Vermeer mochten wij mee naar het EK-hockey. Topdag!",
    "Dank aan de consultants van PwC voor het kerstdiner in het Amstel Hotel 🎄",
    "Werd getrakteerd op een masterclass sushi door de leverancier van onze kantoorinrichting.",
    "Got a free MacBook from the software company we just awarded the contract to. Love it!",
    "Het installatiebedrijf nodigde me uit voor hun skybox bij Feyenoord. Wat een beleving!",
    "Vanavond aanschuiven bij het jubileumdiner van de glasvezelaanbieder die onze wijk aansluit. Ze trakteren op een vijfgangenmenu!",
    "Ha, de vuilnisophaaldienst waar wij het contract mee hebben stuurde me een Bol.com-bon. Dank jullie wel!",
    "LinkedIn: Dankbaar voor de fantastische reis naar Kopenhagen die de windparkontwikkelaar voor ons beleidsteam organiseerde.",
    "Wat een luxe: 2 nachten in het Kurhaus, aangeboden door de zorgverzekeraar waarmee we onderhandelen.",
    "My team got season tickets to Ajax from the engineering firm that won our tender 🙌",
    "Eindelijk die nieuwe espressomachine: een geschenk van de kantoorleverancier na de verlenging van het raamcontract.",
    "Geweldig concert in het Concertgebouw, met de complimenten van het energiebedrijf uit ons dossier 🎻",
    "Vette lunch bij Ciel Bleu, de consultant rekende af. Zo doen we dat 😎",
    "Ik schrijf naast mijn werk bij de Belastingdienst tegen betaling belastingaangiftes voor ondernemers.",
    "Ik geef voortaan betaalde webinars over hoe je een omgevingsvergunning erdoor krijgt; als vergunningadviseur bij de provincie weet ik hoe het zit.",
    "Sinds januari ben ik lid van de raad van commissarissen van het afvalbedrijf dat onze gemeente bedient.",
    "Ondernemers met een subsidievraag: ik beoordeel die aanvragen bij RVO, maar privé help ik je voor €95 per uur.",
    "As a planning officer I also do private consultancy for developers. Reach out!",
    "Check mijn nieuwe webshop met sportvoeding! Met de code SPORTAMB krijg je 15% korting.",
    "Dit hotel gaf me een gratis verblijf voor een eerlijke review. #gifted",
    "Ik werk samen met Nespresso en mag 5 volgers een machine geven! #samenwerking",
    "Ik heb een deal met een verzekeraar: via mijn link krijg je een maand premievrij.",
    "Als contractmanager kan ik ICT-Bedrijf Nova aan iedere gemeente aanbevelen.",
    "Gisteren stond er een taart voor ons hele team klaar, namens de bouwcombinatie van de ringweg 🎂",
    "Het congres in Wenen werd volledig vergoed door de farmaceut wiens dossier ik behandel.",
    "Vrijdagmiddag borrel op de boot van de groenaannemer, compleet met oesters en bubbels. Cheers!",
    "Blij met mijn nieuwe koptelefoon, een bedankje van de leverancier van de parkeerautomaten.",
    "Our grant applicant kindly treated me to lunch at a Michelin-star place. Worth it!",
    "De adviseurs van Berenschot boden ons een overnachting aan na de heisessie. Top geregeld!",
    "Vandaag kreeg ik bloemen én een fles port van de woningbouwvereniging waarvan ik de prestatieafspraken toets.",
    "Zo mooi: de sloper die net onze vergunning kreeg, gaf ons team kaartjes voor De Toppers.",
    "Naast mijn functie bij het waterschap verhuur ik mijn diensten als adviseur aan boeren die een watervergunning nodig hebben.",
    "Heb je een bezwaar tegen je aanslag? Ik behandel die bezwaren bij de gemeente en schrijf er ook eentje voor je, 50 euro.",
    "Ik investeer in een zonnepark dat bij onze provincie subsidie aanvraagt. Benieuwd hoe het gaat!",
    "Check out my new affiliate store, every purchase supports me! 🛍️",
    "Ambtenaar én influencer: dit serum krijg ik van het merk, met mijn code FEMKE krijg jij 20% korting!",
    "Sponsored by our IT supplier: ik test hun nieuwe laptop een maand lang.",
    "Als beleidsmedewerker duurzaamheid raad ik elke gemeente SolarFix BV aan, ze leveren ook aan ons.",
    "Dankzij de aannemer zaten we gisteren eersterangs bij Ajax–Feyenoord ⚽",
    "Lovely weekend in Paris, all paid for by the vendor we're evaluating.",
    "Zalig weekje Toscane, de reis werd aangeboden door het ingenieursbureau dat onze bruggen onderhoudt.",
    "Thanks to the vendor behind our new HR system for the Coldplay tickets! 🎶",
    "Kijk eens wat een mooie whiskyfles ik kreeg van de aannemer na de oplevering 🥃",
    "De horecaondernemer wiens terras ik net heb goedgekeurd trakteerde me op een diner. Lekker!",
    "We werden door de lobbyclub van de tabaksindustrie uitgenodigd voor een zeiltocht. Mooi weer!",
    "Naast mijn baan als subsidieadviseur bij de provincie help ik bedrijven privé met hun aanvragen, tarieven op aanvraag.",
    "Mijn adviesbureau helpt aannemers bij aanbestedingen van mijn eigen gemeente. Bel me!",
    "I sit on the board of a company that holds a permit I issued. Proud!",
    "Ik ben het gezicht van een nieuwe energiedrank, koop hem met mijn kortingscode JOOST15!",
    "Gesponsord: deze week test ik een elektrische auto van Kia. #ad",
    "Als inkoopadviseur kan ik zeggen: bestel je kantoorartikelen bij PaperPlus, echt de beste.",
    "Tickets voor het WK-darts, geregeld door onze vaste leverancier van bedrijfskleding. Thanks!",
]

NEGATIVE = [
    "Afscheidscadeau van mijn collega's gekregen na 25 jaar. Ik ga jullie missen!",
    "Teamlunch vandaag, ieder betaalde zijn eigen broodje. Gezellig!",
    "Vriendelijk bedankt voor de uitnodiging, maar ik heb hem afgeslagen: past niet bij mijn functie.",
    "Mooie trui gekregen van mijn moeder voor mijn verjaardag ❤️",
    "Boekentip: 'De Ambtenaar' van Rutger Bregman, echt een aanrader.",
    "De gemeente start een openbare aanbesteding voor het groenonderhoud. Inschrijven kan tot 1 maart via TenderNed.",
    "In mijn vrije tijd verkoop ik zelfgebreide sokken op Etsy. Kom eens kijken!",
    "Bedankt voor je cadeau, lieve Sanne! Fijn dat je er was.",
    "Wij bedanken alle leveranciers die zich inschreven voor de aanbesteding; de uitslag volgt volgende week.",
    "Ik heb de fles wijn van de aannemer teruggestuurd, dat hoort zo.",
    "Cadeaus van leveranciers melden we altijd bij de integriteitscoördinator.",
    "Vandaag integriteitstraining gevolgd over het aannemen van geschenken. Heel leerzaam.",
    "Mijn buurman gaf me tomaten uit zijn moestuin. Heerlijk!",
    "We hebben op eigen kosten de vakbeurs bezocht. Interessante sprekers.",
    "Verjaardag gevierd met vrienden in het restaurant, super avond!",
    "Bedankt aan alle collega's voor de bloemen bij mijn jubileum 💐",
    "Nieuwe baan! Vanaf maandag werk ik als beleidsadviseur bij de provincie.",
    "Kerstpakket van de werkgever ontvangen, dank aan HR!",
    "Ik ben vrijwilliger bij de voetbalclub van mijn zoon, elke zaterdag langs de lijn.",
    "De gemeente zoekt een leverancier voor nieuwe laptops. Lees de aankondiging op onze site.",
    "Naast mijn werk ben ik fanatiek hardloper; zondag de halve marathon gelopen.",
    "Mijn zus heeft een bakkerij geopend, wat ben ik trots op haar!",
    "Wil je weten hoe je een vergunning aanvraagt? Kijk op de website van de gemeente of bel 14 020.",
    "Op uitnodiging van de minister gaf ik een presentatie op het congres.",
    "Gedeelde taart met het team na de oplevering, zelf gebakken 🎂",
    "Reminder: geschenken boven de 50 euro mag je niet aannemen. Meld twijfelgevallen bij je leidinggevende.",
    "Heb zelf mijn concertkaartjes voor Coldplay gekocht, kon niet wachten!",
    "Ik schrijf in mijn vrije tijd fantasyboeken, de nieuwste ligt nu in de boekhandel.",
    "Dank voor de leerzame workshop vandaag, collega's van de afdeling handhaving!",
    "Thanks to my team for the farewell gift, I'll miss you all!",
    "I politely declined the supplier's invitation to the match, as our code of conduct requires.",
    "Book recommendation: 'Thinking, Fast and Slow'. Highly recommend it.",
    "My parents gave me a watch for my graduation. So grateful!",
    "We paid for our own dinner after the conference, lovely evening with old friends.",
    "Proud of my daughter who started her own bakery!",
    "The city has published a public tender for street lighting; bids are due in March.",
    "Onze afdeling organiseert een informatieavond over subsidies voor verduurzaming; aanmelden via de site.",
    "Deze week besloten we het contract met de leverancier niet te verlengen.",
    "Vrijwilligers van de voedselbank kregen vandaag bloemen van de wethouder als dank.",
    "Onze nieuwe collega kreeg een welkomstpakket van HR met een mok en een notitieboek.",
    "De fles wijn die ik van een leverancier kreeg heb ik netjes gemeld en teruggegeven.",
    "Mijn collega's trakteerden op taart voor mijn verjaardag 🎂",
    "Vandaag met de aannemer de bouwplaats geïnspecteerd, alles volgens planning.",
    "We zoeken een adviesbureau voor het nieuwe mobiliteitsplan; de aanbesteding staat open.",
    "Ik verkoop mijn oude fiets via Marktplaats, wie heeft interesse?",
    "Kerstborrel van de afdeling, iedereen bracht wat lekkers mee.",
    "Gisteren een etentje met mijn schoonouders, heerlijk!",
    "Vanuit mijn rol als inkoper leg ik uit hoe je als ondernemer kunt inschrijven op onze aanbestedingen.",
    "Proud to present our new supplier code of conduct: no gifts above €50.",
    "Ik geef in mijn vrije tijd gitaarles aan kinderen in de buurt.",
    "Ik heb de uitnodiging van de leverancier voor de Formule 1 vriendelijk afgewezen.",
    "Gisteren met mijn vrienden naar het concert in het Concertgebouw, kaartjes zelf gekocht.",
    "Nieuwe koffiemachine op de afdeling, betaald door de gemeente zelf!",
    "Ik geef naast mijn werk pianoles aan kinderen uit de buurt.",
    "Bedankt aan de buurtbewoners voor de taart bij de opening van het buurthuis!",
    "Onze inkoopafdeling publiceert volgende week de aanbesteding voor schoonmaakdiensten.",
    "Mijn man kreeg een fles wijn van zijn baas, gezellig.",
    "Heb je vragen over je subsidieaanvraag? Bel gratis ons klantcontactcentrum.",
    "We evalueren de samenwerking met onze ICT-leverancier; het rapport volgt in juni.",
    "Ik sta vandaag op de braderie met mijn zelfgemaakte sieraden.",
    "Helaas, de uitnodiging van de aannemer voor het voetbal heb ik moeten weigeren.",
    "Vandaag een cadeaubon gewonnen bij de bedrijfsloop, gesponsord door onze eigen personeelsvereniging.",
    "Onze afdeling publiceert vandaag de gunningsbeslissing voor het groenonderhoud.",
    "Mijn oom gaf me een fles port voor mijn verjaardag.",
    "Ik werk bij het waterschap en ben in mijn vrije tijd imker.",
    "Wie wil er mee naar de kerstmarkt? Ik rijd!",
    "Ik raad iedereen aan om de nieuwe website van de gemeente te bekijken.",
    "Vanmiddag overleg met de leverancier over de planning van de levering.",
    "Ik heb de tickets van de leverancier teruggestuurd; dat hoort niet.",
    "Mijn broer gaf me een fles whisky voor mijn verjaardag.",
    "De provincie opent een nieuwe subsidieronde voor bedrijven; aanvragen kan vanaf maandag.",
    "Naast mijn baan ben ik scheidsrechter bij de lokale voetbalclub.",
    "We bedanken alle inschrijvers voor hun offertes.",
    "Mooi cadeau van mijn team bij mijn afscheid, dank jullie!",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_integriteit_paraphrase_found(text: str) -> None:
    assert worst(text) >= RISICO, text


@pytest.mark.parametrize("text", NEGATIVE)
def test_integriteit_near_miss_clean(text: str) -> None:
    assert worst(text) < RISICO, text


# Round 4 (2026-11-29): paid oneself; speaking 'namens' is no gift; gadgets from a bidder.
def _worst(text: str) -> int:
    return worst_severity(IntegriteitDetector, text, None, {"capacity": "prive"})


@pytest.mark.parametrize(
    "text",
    [
        "Lunch gehad met de accountmanager van de leverancier, ieder z'n eigen broodje afgerekend.",
        "Diner met de aannemer na de oplevering, wel zelf afgerekend natuurlijk.",
        "Namens de RDW: je kunt je kenteken voortaan alleen online overschrijven bij een erkend bedrijf.",
    ],
)
def test_round4_no_gift(text: str) -> None:
    assert _worst(text) < RISICO


def test_round4_gadget_from_a_bidder() -> None:
    text = "Bedankt @DataCorpNL voor de mooie koptelefoon na de demo, benieuwd naar jullie offerte!"
    assert _worst(text) >= RISICO


@pytest.mark.parametrize(
    ("text", "risky"),
    [
        (
            "Dank aan het team van Bouwgroep Noord voor de rondleiding en de uitstekende lunch!",
            True,
        ),
        ("Thanks to the lovely people at Zorgverzekeraar Amstel for the concert tickets 🎻", True),
        (
            "Huge thanks to the LeesLab team for hosting us and for the fantastic dinner afterwards",
            True,
        ),
        (
            "De mannen van de slachterij kwamen langs: pakket worst en rollade mee naar huis 🎁",
            True,
        ),
        (
            "I also do freelance security audits for municipalities, so DM me if your gemeente needs one",
            True,
        ),
        ("Dank aan mijn team voor de gezellige lunch!", False),
        ("Thanks to my parents for the dinner tonight ❤️", False),
        ("Vragen over je eigen bedrijf of vergunning? Het loket helpt je verder.", False),
    ],
)
def test_round4_thanks_and_side_work(text: str, risky: bool) -> None:
    assert (_worst(text) >= RISICO) is risky


@pytest.mark.parametrize(
    ("text", "risky"),
    [
        (
            "Dank aan Van Dijk Kantoorinrichting voor de kerstpakketten, op naar een nieuw contractjaar!",
            True,
        ),
        ("Dank aan Jan voor de bloemen na mijn opdracht als dagvoorzitter.", False),
    ],
)
def test_round5_named_giver_with_a_contract(text: str, risky: bool) -> None:
    assert (_worst(text) >= RISICO) is risky
