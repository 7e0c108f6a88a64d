# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Personal-data paraphrase tables across the whole ``persoonsgegevens`` family.

Written independently of the evaluation sets: identifiers in many notations and with
different introductions, contact data and special-category facts about identifiable
people, case details in public replies; and near misses that must stay quiet.
"""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import RISICO
from meedoen.core.detectors.builtin.adres import AdresDetector
from meedoen.core.detectors.builtin.bijzondere_gegevens import BijzondereGegevensDetector
from meedoen.core.detectors.builtin.bsn import BsnDetector
from meedoen.core.detectors.builtin.btw import BtwDetector
from meedoen.core.detectors.builtin.email import EmailDetector
from meedoen.core.detectors.builtin.geboortedatum import GeboortedatumDetector
from meedoen.core.detectors.builtin.iban import IbanDetector
from meedoen.core.detectors.builtin.identiteitsbewijs import IdentiteitsbewijsDetector
from meedoen.core.detectors.builtin.kenteken import KentekenDetector
from meedoen.core.detectors.builtin.telefoon import TelefoonDetector
from meedoen.core.detectors.builtin.zaakgegevens import ZaakgegevensDetector

DETECTORS = (
    AdresDetector,
    BijzondereGegevensDetector,
    BsnDetector,
    BtwDetector,
    EmailDetector,
    GeboortedatumDetector,
    IbanDetector,
    IdentiteitsbewijsDetector,
    KentekenDetector,
    TelefoonDetector,
    ZaakgegevensDetector,
)
PROFILE = {
    "name": "Joris Bakker",
    "function": "klantmanager",
    "organisation": "Gemeente Deventer",
}
ORG = {"officials": [{"name": "Karin Mulder", "role": "wethouder"}]}


def risky(text: str, context: dict | None = None) -> list[tuple[str, str, int]]:
    out = []
    for det in DETECTORS:
        for h in run_detector(det, text, profile=PROFILE, context=context or {}):
            if h.evidence.severity >= RISICO:
                out.append((det.name, h.text, h.evidence.severity))
    return out


POSITIVE = [
    # BSN in many notations and with different introductions
    "BSN van de aanvrager: 628194821",
    "Zijn burgerservicenummer is 252 760 189, kun je dat even checken?",
    "sofinummer 5075.29.170 klopt niet volgens het systeem",
    "Het bsn-nummer van mevrouw is 121-547-280.",
    "Klant (BSN 385280841) belde vanochtend weer.",
    "Citizen service number of the applicant: 353 79 90 75",
    "Kun je 805888718 even opzoeken? Dat is het BSN van die meneer van gisteren.",
    "burgerservicenr.: 16786.8433",
    # contact data of a named citizen, client, applicant, neighbour, colleague
    "Mevrouw De Vries wil teruggebeld worden op 06-12345678.",
    "Bel de aanvrager, dhr. Pieters, even op 0612345678 over zijn bezwaar.",
    "Het nummer van mijn buurman Kees is +31 6 2345 6789, app hem maar.",
    "Reach the applicant, Mr. Jansen, on +31 20 123 4567.",
    "Collega Femke is bereikbaar op femke.jansen@gmail.com voor privézaken.",
    "Het mailadres van de klager is p.vandijk@hotmail.com.",
    "Stuur het maar naar de cliënt: ahmed.yilmaz1985@outlook.com",
    "Rekeningnummer van meneer Smit: NL91 ABNA 0417 1643 00, graag vandaag terugstorten.",
    "IBAN van de aanvrager is NL20INGB0001234567.",
    "Mevrouw Bos woont op Kerkstraat 12, 7411 AB Deventer.",
    "De melder, Jan de Groot, woont op de Lindenlaan 4 in Zwolle.",
    "Our client Mrs. Peters lives at Stationsweg 22, 1234 AB Utrecht.",
    # special categories about an identifiable person
    "Mevrouw Jansen van de Dorpsstraat heeft kanker, daarom is haar aanvraag met voorrang behandeld.",
    "Collega Pieter zit al maanden thuis met een depressie.",
    "Meneer El Amrani (54) uit de Bloemenwijk is net uit de gevangenis.",
    "De aanvrager, een man van 67 uit de Ruiterstraat, is verslaafd aan gokken.",
    "Buurvrouw Ans is lesbisch en woont samen met haar vriendin, dat weet de hele straat.",
    "Die jongen op nummer 8 heet Milan en is HIV-positief.",
    "Mijn cliënt, mevrouw K. uit Apeldoorn, heeft schizofrenie.",
    "Sanne de Boer van team Noord is zwanger en gaat binnenkort met verlof.",
    "Meneer Bakkali is moslim en wil daarom op vrijdag geen afspraak.",
    "Our colleague Tom was diagnosed with MS last month.",
    "Die vrouw van de Beukenlaan 3 heeft een strafblad voor fraude.",
    "De klant die bij ons kwam, Ricardo heet hij, heeft een alcoholprobleem.",
    "Mevrouw Visser is van Surinaamse afkomst en spreekt slecht Nederlands.",
    "Oud-collega Henk is veroordeeld voor mishandeling, wist je dat?",
    "Meneer Dekker van de Julianastraat heeft al twee keer een psychose gehad.",
    # debt / benefit / case facts about a person
    "Mevrouw Demir heeft 12.000 euro schuld bij de gemeente en een beslaglegging op haar loon.",
    "Die meneer van de Molenweg 9 zit al jaren in de bijstand.",
    "Kees Verhoef heeft een uitkering en krijgt daarnaast huurtoeslag.",
    "Mijn buurman Gerrit zit in de schuldsanering.",
    "Goedemiddag mevrouw Hendriks, ik zie in ons systeem dat uw uitkering per 1 mei wordt stopgezet.",
    "Beste meneer, uw bezwaar is afgewezen omdat u te laat was met het aanleveren van de stukken.",
    "Dag @JanPeters, uw aanvraag voor bijzondere bijstand is toegekend, het geld komt vrijdag.",
    "Hi Sarah, I checked your file and your benefit has been cut because of your new job.",
    "@marieke_z uw toeslag wordt teruggevorderd omdat uw partner meer verdiende.",
    "Ik heb even in uw dossier gekeken: u heeft nog een openstaande boete van 340 euro.",
    # licence plates of others
    "Die auto met kenteken 12-ABC-3 staat al weken op de invalidenplek.",
    "Wie is de eigenaar van de zwarte Golf XN-123-B? Rijdt hier elke dag te hard.",
    "Kenteken G-123-BB van mijn buurman, stond vannacht weer dubbel geparkeerd.",
    # birth dates of others
    "Meneer Jansen, geboren op 12-03-1958, heeft zich gisteren gemeld.",
    "Geboortedatum van de aanvrager: 4 juli 1990.",
    "Mijn collega Sandra (geb. 17-11-1985) viert vandaag haar verjaardag niet.",
    "The applicant, born 23/05/1979, has not responded.",
    # screenshots and case files described in text
    "Zie screenshot van het dossier van mevrouw K.: ze heeft een schuld van 8000 euro.",
    "Hierbij een foto van de aanvraag van meneer Dijkstra, met zijn BSN 628194821 erop.",
    "In de bijlage het paspoort van de aanvrager, nummer NM1234567.",
    # identity documents
    "Paspoortnummer van de klant: SPECI2014",
    "Het rijbewijsnummer van meneer De Wit is 4812345678.",
    # mixed and English
    "Client John Smith, phone 06 87654321, e-mail john.smith@gmail.com, asked for a call back.",
    "Applicant Maria Lopez has a criminal record for theft, see file.",
    "Neighbour at Parkweg 5 is on welfare and has a drinking problem.",
    # more notations, introductions and ways to point at a person
    "Mw. Yildiz (72) van de Populierenlaan is opgenomen in het ziekenhuis.",
    "Ik ben de buurvrouw van meneer Okafor, die is dement en loopt 's nachts op straat.",
    "Telefoonnummer van die klant is 0031 6 12 34 56 78, bel hem even terug.",
    "06 - 123 456 78 is het nummer van mijn overbuurvrouw, ze wil een afspraak.",
    "Bel Hans even op 06.12.34.56.78, hij wacht op antwoord over zijn aanvraag.",
    "Haar mail is sanne1990@ziggo.nl, ze heet Sanne Vermeulen.",
    "Die auto met kenteken 45-KLM-6 is van meneer Bakker, hij parkeert altijd op de stoep.",
    "Onze nieuwe collega Anouk is in verwachting van haar tweede kindje.",
    "Mijn collega Wim is vorige week overleden aan longkanker.",
    "Kim (34) uit Almere zit in een rolstoel sinds haar ongeluk.",
    "De zoon van de buren, Daan, is opgepakt voor inbraak.",
    "Onze schoonmaker Ali is streng gelovig en bidt vijf keer per dag.",
    "Aanvrager J. de Boer (geboren 03-04-1965) heeft nog een schuld bij de Belastingdienst.",
    "Mevrouw Smit, uw WW-uitkering stopt op 1 maart.",
    "@PietJansen uw bezwaar tegen de WOZ-waarde is ongegrond verklaard.",
    "Beste Fatma, je huurtoeslag over 2025 moet je terugbetalen, het gaat om € 1.240.",
    "Our client Mr. Brown (45) is HIV positive.",
    "My colleague Sarah is pregnant with twins.",
    "The applicant at Kerkstraat 4 has a criminal record.",
    "His BSN: 628 194 821",
    "bsn628194821",
    "BSN:628194821 graag controleren",
    "Nummer 252760189 (BSN) van meneer Pauw, graag even nakijken.",
    "Meneer Groen van de Esdoornstraat 8 is alcoholist, iedereen weet het.",
    "Die vrouw met de rode jas, Petra heet ze, is net bekeerd tot de islam.",
    "Mijn teamleider Erik is homo en daar maakt hij geen geheim van.",
    "Het IBAN van mijn buurvrouw Els is NL91ABNA0417164300, stort het geld maar daar.",
    "Oud-buurman Frank is drie maanden geleden veroordeeld voor witwassen.",
]

NEGATIVE = [
    # functional mailboxes and service numbers
    "Vragen? Mail naar info@deventer.nl of bel 14 0570.",
    "Journalisten kunnen contact opnemen met pers@minbzk.nl.",
    "Bel de Belastingtelefoon: 0800-0543, gratis.",
    "Voor klachten: klachten@gemeente.nl of 0900-1234567.",
    "Neem contact op met het KCC via 14 020.",
    "Contact our press office: press@government.nl",
    # own contact line in function
    "Ik ben Joris Bakker, klantmanager bij de gemeente Deventer, bereikbaar op 0570 693 000.",
    "Vragen over de regeling? Mail mij gerust: j.bakker@deventer.nl",
    "Joris Bakker, klantmanager. Telefoon 0570-693000, werkdagen 9-17 uur.",
    # public officials
    "Wethouder Karin Mulder opende vandaag de nieuwe bibliotheek.",
    "De minister heeft gisteren het rapport in ontvangst genomen.",
    "Burgemeester Jansen sprak de raad toe over de begroting.",
    # author's own health
    "Ik zit al twee weken thuis met een burn-out, maar het gaat langzaam beter.",
    "Sinds mijn operatie aan mijn knie werk ik halve dagen.",
    "Zelf ben ik diabeet, dus ik weet hoe lastig die diëten zijn.",
    "I was diagnosed with ADHD last year and it explains a lot.",
    # public figure's published news
    "Volgens de NOS is de koning geopereerd aan zijn knie en maakt hij het goed.",
    "De premier maakte vandaag bekend dat hij herstelt van corona.",
    # case numbers and reference numbers
    "Uw zaaknummer is 628194821, vermeld dit bij contact.",
    "Dossiernummer 252760189 is afgehandeld.",
    "Factuurnummer 507529170 is betaald, dank u.",
    "Ordernummer 121547280 wordt morgen verzonden.",
    "Referentie: 385280841",
    # acknowledgements
    "Uw melding is ontvangen en wordt binnen vijf werkdagen behandeld.",
    "Dank voor uw bericht, we nemen contact met u op via de gegevens die u heeft doorgegeven.",
    "Goedemiddag, uw vraag is doorgestuurd naar de juiste afdeling.",
    # general statistics about groups
    "Ruim 400.000 huishoudens in Nederland leven in de bijstand.",
    "Een op de vijf jongeren heeft last van psychische klachten.",
    "Het aantal mensen met schulden in onze gemeente is gedaald.",
    "Moslims vormen ongeveer vijf procent van de bevolking.",
    "Steeds meer ouderen hebben dementie, blijkt uit cijfers van het CBS.",
    # addresses of public places and organisations
    "Het gemeentehuis staat op het Grote Kerkhof 4, 7411 KV Deventer.",
    "De informatieavond is in het dorpshuis, Kerkstraat 1 in Olst.",
    # numbers that are not personal data
    "Het project kost 12.345.678 euro en loopt tot 2030.",
    "Kom naar het open huis op 12-03-2026 van 10 tot 16 uur.",
    "Het wetsvoorstel (kamerstuk 36123) wordt volgende week behandeld.",
    "Bus 12 rijdt vanaf maandag een andere route.",
    # plates and dates without a person
    "Nieuwe kentekens beginnen vanaf dit jaar met een G.",
    "De regeling geldt voor iedereen geboren na 1 januari 1960.",
    # fictional or generic examples
    "Voorbeeld: een BSN bestaat uit negen cijfers en voldoet aan de elfproef.",
    "Let op phishing: wij vragen nooit per mail om uw IBAN of BSN.",
    "Sterkte aan iedereen die vandaag met griep thuis zit!",
    # a person with a health, debt or identity word that is not about their own situation
    "Onze collega Fatima is gespecialiseerd in autisme bij kinderen en geeft morgen een lezing.",
    "Collega Bram is expert op het gebied van diabetes, stel hem gerust je vragen.",
    "Mijn collega Ruud heeft vandaag een training over dementie gegeven aan de wijkteams.",
    "Sanne van team Jeugd is projectleider van het programma tegen eenzaamheid.",
    "Mevrouw K. van de afdeling Communicatie is vandaag jarig, gefeliciteerd!",
    "Kees heet hij, en hij is onze nieuwe collega bij Burgerzaken.",
    "De gemeente heeft 12.000 euro aan schulden van inwoners kwijtgescholden.",
    "Rijbewijs kwijt? Meld het bij de gemeente, kosten staan op de website.",
    "Uw BSN vindt u op uw paspoort, identiteitskaart of rijbewijs.",
    "The neighbour at Parkweg organises a street party on Saturday.",
    "Mijn collega Ahmed is gespecialiseerd in schuldsanering en helpt ondernemers.",
    "Onze klantmanager Tim werkt als vrijwilliger bij de voedselbank.",
    "Collega Linda schreef een mooi boek over mensen met kanker.",
    "Ik loop morgen met mijn collega Jeroen de Alpe d'HuZes voor het KWF tegen kanker.",
    "Buurman Henk van nummer 12 heeft een nieuwe schutting geplaatst.",
    "De aanvrager moet zijn rijbewijs en een recente loonstrook meenemen.",
    "Het BSN staat op de achterkant van je rijbewijs niet vermeld, wel op je paspoort.",
    "Meneer Jansen van de woningcorporatie heeft de sleutels overhandigd.",
    "Dhr. P. de Vries, voorzitter van de bewonerscommissie, opende de vergadering.",
    "Volgens het CBS heeft een op de tien huishoudens problematische schulden.",
]


@pytest.mark.parametrize("text", POSITIVE)
def test_personal_data_is_found(text: str) -> None:
    assert risky(text), text


@pytest.mark.parametrize("text", NEGATIVE)
def test_near_miss_stays_quiet(text: str) -> None:
    assert risky(text) == []


def test_table_sizes() -> None:
    assert len(POSITIVE) >= 60 and len(NEGATIVE) >= 40
