# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Everyday posts by civil servants: no personal-data detector may fire."""

import importlib

import pytest

from meedoen.core.detectors.registry import detectors

for _module in (
    "bsn", "iban", "telefoon", "email", "adres", "kenteken", "geboortedatum",
    "bijzondere_gegevens", "zaakgegevens", "identiteitsbewijs", "btw",
):  # fmt: skip
    importlib.import_module(f"meedoen.core.detectors.builtin.{_module}")
PII = [d for d in detectors if d.category == "persoonsgegevens"]

NEUTRAL = [
    "Vandaag met collega's van @MinBZK gesproken over de Wet open overheid. Mooie sessie!",
    "Wethouder Jansen opende vandaag de nieuwe fietsbrug over het kanaal.",
    "Gefeliciteerd Sanne met je nieuwe baan! We gaan je missen.",
    "Ons kantoor aan het Stationsplein 1, 3511 ED Utrecht is maandag gesloten.",
    "Spreekuur in wijkcentrum De Pijp, Ferdinand Bolstraat 12, elke dinsdag.",
    "Beterschap aan onze collega Jan!",
    "Mooi rapport over diabeteszorg in de wijk verschenen: https://example.org/rapport",
    "Vragen over uw aanslag? Bel de BelastingTelefoon 0800-0543, gratis.",
    "Bel 14 020 voor een afspraak bij de balie.",
    "Uw aanvraag is ontvangen. U krijgt binnen 8 weken bericht.",
    "Is uw uitkering gestopt? Kijk op uwv.nl wat u kunt doen.",
    "Het kabinet verhoogt de huurtoeslag per 1 januari 2027.",
    "Kamerstuk 35 300 XVI nr. 12 is vandaag gepubliceerd.",
    "Wob-verzoek nr. 2020-0001234 is afgehandeld; de stukken staan online.",
    "Het Rijksmuseum trok 2.345.678 bezoekers, een record.",
    "De begroting bedraagt € 123.456.789 voor 2027.",
    "ISBN 978-90-12-34567-8 van de nieuwe handreiking.",
    "Open dag zaterdag 12-03 van 10.00-16.00 uur, iedereen welkom!",
    "Op 5 mei 1945 werd Nederland bevrijd. Vandaag herdenken we.",
    "Thorbecke, geboren op 14 januari 1798, schreef de Grondwet van 1848.",
    "Geboren en getogen in Rotterdam, nu trots ambtenaar in Den Haag.",
    "Het aantal patiënten in het ziekenhuis daalt, meldt het RIVM.",
    "Een man (34) is aangehouden voor inbraak in de Kerkstraat.",
    "Moslims, joden en christenen vierden samen het buurtfeest.",
    "Doneer aan Giro 555 via NL91ABNA0417164300 t.n.v. Samenwerkende Hulporganisaties.",
    "Volg @politie en @112nieuws voor updates over de storing.",
    "Mail je vraag naar info@gemeente.example of pers@minbzk.nl.",
    "De vergadering is op 12-03-2026 om 10.00 uur in zaal 2.",
    "COVID-19: 1.234 nieuwe besmettingen, 56 opnames op de IC.",
    "Mijn collega's en ik werken hard aan de nieuwe Omgevingswet.",
    "Het windpark van 1500 MW is opgeleverd!",
    "IN 2020 EN 2021 WAS HET ZWAAR, NU GAAT HET BETER",
    "Seizoen 2025-2026 van de raadsvergaderingen start 12 september.",
    "Hugo de Jonge: het aantal coronapatiënten in het ziekenhuis neemt af.",
    "Bedankt, je melding is ontvangen en doorgestuurd naar de afdeling Wijkbeheer.",
    "Zie ook https://t.co/111222333 en www.rijksoverheid.nl/0612345678",
    "KvK 12345678, btw NL002455799B11 - Stichting Voorbeeld",
    "De minister is positief getest en werkt thuis.",
    "Ben je ziek? Blijf thuis en laat je testen.",
    "Vacature beleidsmedewerker: solliciteer via werkenbij.example.nl",
]


@pytest.mark.parametrize("text", NEUTRAL)
def test_no_personal_data_in_everyday_posts(detect, text):
    hits = [(d.name, h.text) for d in PII for h in detect(d, text)]
    assert hits == []
