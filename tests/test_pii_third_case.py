# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Case facts in public: a third person's benefit or fraud, a named reader's case, the
reader's account number, and a plate with an address of someone else."""

import pytest

from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.adres import AdresDetector
from meedoen.core.detectors.builtin.iban import IbanDetector
from meedoen.core.detectors.builtin.kenteken import KentekenDetector
from meedoen.core.detectors.builtin.zaakgegevens import ZaakgegevensDetector

PRIVATE = {"capacity": "prive"}
REPLY = {
    "capacity": "in-functie",
    "reply_to": {"text": "Waar blijft mijn geld nou?", "author_role": "burger"},
}

THIRD = [
    (
        "Je bedoelt mevrouw Claassen van de Meidoornlaan? Zij zit al jaren in de bijstand.",
        ["Zij zit al jaren in de bijstand"],
        ERNSTIG,
    ),
    (
        "Meneer Van Dam van nummer 7 krijgt huurtoeslag én rijdt in een dikke Audi.",
        ["Meneer Van Dam van nummer 7 krijgt huurtoeslag"],
        ERNSTIG,
    ),
    (
        "De familie Brouwer uit de Tulpstraat wordt volgende week uit hun huis gezet.",
        ["familie Brouwer uit de Tulpstraat wordt volgende week uit hun huis gezet"],
        ERNSTIG,
    ),
    (
        "Ken je Sem de Graaf? Die heeft een schuld van 12.000 euro bij de gemeente.",
        ["Die heeft een schuld van 12.000"],
        ERNSTIG,
    ),
    (
        "Mevrouw Koster, die al drie jaar een uitkering krijgt, werkt ondertussen zwart.",
        [
            "Mevrouw Koster, die al drie jaar een uitkering krijgt",
            "Mevrouw Koster, die al drie jaar een uitkering krijgt, werkt ondertussen zwart",
        ],
        ERNSTIG,
    ),
    (
        "Op het werk zag ik dat onze overbuurman Wessel een bijstandsuitkering heeft.",
        ["onze overbuurman Wessel een bijstandsuitkering heeft"],
        ERNSTIG,  # known from work
    ),
    (
        "Hans Kuipers, leeft al jaren van een uitkering en klust ondertussen zwart.",
        ["Hans Kuipers, leeft al jaren van een uitkering", "klust ondertussen zwart"],
        ERNSTIG,
    ),
    # a relative or a description without identifiers: weaker
    (
        "Mijn zwager zit al een jaar in de WW, iemand een baan?",
        ["Mijn zwager zit al een jaar in de WW"],
        LET_OP,
    ),
    ("Mijn oom werkte vroeger zwart als schilder.", ["Mijn oom werkte vroeger zwart"], LET_OP),
    (
        "Die vent van de snackbar fraudeert met zijn uitkering, echt waar.",
        ["Die vent van de snackbar fraudeert"],
        RISICO,
    ),
]

NOT_THIRD = [
    "Mensen in de bijstand hebben het zwaar deze winter.",
    "Kees heeft een artikel geschreven over de toeslagen.",
    "Henk heeft een schuld van dankbaarheid aan zijn team.",
    "Onze stagiair Tim heeft een mooi onderzoek gedaan naar schuldhulpverlening.",
    "Lisa werkt bij de voedselbank en zij krijgt veel hulp van vrijwilligers.",
    "Wist je dat een op de vijf mensen met een uitkering vrijwilligerswerk doet?",
    "Meneer Jansen krijgt geen uitkering, dat is een fabel.",
    "Trots op buurtcoach Dennis die mensen met schulden helpt.",
    "Hij heeft het over de bijstand, maar bedoelt de WW.",
]


@pytest.mark.parametrize(("text", "values", "severity"), [t for t in THIRD if t[1]])
def test_third_person_case_facts(detect, text, values, severity):
    hits = detect(ZaakgegevensDetector, text, context=PRIVATE)
    assert sorted(h.text for h in hits) == sorted(values)
    assert {h.evidence.severity for h in hits} == {severity}


@pytest.mark.parametrize("text", NOT_THIRD)
def test_no_third_person_case_facts(detect, text):
    assert detect(ZaakgegevensDetector, text, context=PRIVATE) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Beste meneer Dijkstra, uw teruggave is gisteren overgemaakt.",
            "uw teruggave is gisteren overgemaakt",
        ),
        (
            "Hoi Priscilla, je huurtoeslag is vandaag uitbetaald.",
            "je huurtoeslag is vandaag uitbetaald",
        ),
        (
            "Uw voorschot van € 86,20 is vandaag overgemaakt, excuses voor het wachten.",
            "Uw voorschot van € 86,20 is vandaag overgemaakt",
        ),
    ],
)
def test_named_reader_or_amount_is_a_case(detect, text, value):
    hits = detect(ZaakgegevensDetector, text, context=REPLY)
    assert [h.text for h in hits] == [value]
    assert hits[0].evidence.severity == ERNSTIG


@pytest.mark.parametrize(
    "text",
    [
        "Dank voor uw bericht, uw vraag is ontvangen.",
        "Uw voorschot wordt meestal binnen 5 werkdagen overgemaakt.",
    ],
)
def test_receipt_or_general_not_strong(detect, text):
    assert all(
        h.evidence.severity < ERNSTIG for h in detect(ZaakgegevensDetector, text, context=REPLY)
    )


def test_reader_account_in_function_reply(detect):
    text = "Het bedrag is vanochtend teruggestort op NL20 INGB 0001 2345 67, fijne dag!"
    hits = detect(IbanDetector, text, context=REPLY)
    assert [h.evidence.severity for h in hits] == [ERNSTIG]
    # the organisation's account in a payment instruction stays a plain (risico) number
    own = "Betalen kan op NL20 INGB 0001 2345 67 t.n.v. Gemeente Utrecht."
    assert detect(IbanDetector, own, context=REPLY) == []
    private = detect(IbanDetector, text, context=PRIVATE)
    assert [h.evidence.severity for h in private] == [RISICO]


PLATE_AND_ADDRESS = (
    "Overbuurvrouw laat haar busje al weken op de invalidenplek staan: "
    "VT-782-B, Merelstraat 31, 3522 KL."
)


def test_plate_with_neighbours_address(detect):
    plates = detect(KentekenDetector, PLATE_AND_ADDRESS, context=PRIVATE)
    addresses = detect(AdresDetector, PLATE_AND_ADDRESS, context=PRIVATE)
    assert [h.evidence.severity for h in plates] == [ERNSTIG]
    assert [h.evidence.severity for h in addresses] == [ERNSTIG]


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        (
            "Die gast met VT-782-B staat weer dubbel geparkeerd. "
            "Als boa geef ik hem morgen een bon.",
            ERNSTIG,
        ),
        ("Die gast met busje VT-782-B staat weer dubbel geparkeerd, ik bel de handhaving.", RISICO),
        ("Mijn busje VT-782-B is gestolen voor ons huis, Merelstraat 31, 3522 KL.", RISICO),
    ],
)
def test_plate_threat_and_own(detect, text, severity):
    hits = detect(KentekenDetector, text, context=PRIVATE)
    assert [h.evidence.severity for h in hits] == [severity]


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Voor de test: Gijs Verhoef, Lindelaan 4, 2512 CD Den Haag, geb. 03-05-1990.", ERNSTIG),
        ("Mijn gegevens: Gijs Verhoef, Lindelaan 4, 2512 CD Den Haag, geb. 03-05-1990.", RISICO),
    ],
)
def test_name_address_and_birth_date(detect, text, severity):
    hits = detect(AdresDetector, text, context={"capacity": "in-functie"})
    assert [h.evidence.severity for h in hits] == [severity]
