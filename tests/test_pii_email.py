# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""E-mail detector: personal addresses, functional mailboxes, organisation list."""

import pytest

from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.email import EmailDetector

ORG = {"functional_mailboxes": ["woo-team@gemeente.nl", "kcc-west"]}

POSITIVES = [
    ("Mail j.jansen@gemeente.nl voor de stukken", "j.jansen@gemeente.nl", RISICO),
    ("Zijn adres is piet1970@gmail.com.", "piet1970@gmail.com", ERNSTIG),
    (
        "Stuur het naar fatima.el-amrani@minbzk.nl of pers@minbzk.nl",
        "fatima.el-amrani@minbzk.nl",
        RISICO,
    ),
    ("Contact: a.b.de.vries@provincie.example", "a.b.de.vries@provincie.example", RISICO),
    ("Mijn mail is piet1970@gmail.com.", "piet1970@gmail.com", RISICO),  # own, private
    ("Mail je cv naar mijn collega: m.linden@gmail.com", "m.linden@gmail.com", RISICO),
    ("Vacature: meer info bij k.bos@gemeente.nl", "k.bos@gemeente.nl", LET_OP),
]

NEGATIVES = [
    "Vragen? Mail pers@minbzk.nl",
    "info@rijksoverheid.nl, contact@gemeente.nl en noreply@x.nl",
    "Reageer niet op no-reply@belastingdienst.nl",
    "Mail het woo-team: woo-team@gemeente.nl",  # organisation list, full address
    "Schrijf naar kcc-west@gemeente.nl",  # organisation list, local part
    "Mail secretariaat.bestuur@gemeente.nl",
    "Mail naar werkeninkomen@utrecht.nl of lerarenbeurs@duo.nl",  # teams, not persons
    "Volg @jan_jansen en @RIVM voor updates",
    "Tot morgen @collega!",
    # team and service mailboxes with separators or digits
    "Vragen over de Wmo? Mail wmo-loket@utrecht.nl of bel 14 030.",
    "Mail het team via jeugd.zorg@gemeente.nl",
    "Stukken opvragen via vth2026@provincie.nl",
    "Reacties graag naar afval-info@gemeente.nl",
]


@pytest.mark.parametrize(("text", "value", "severity"), POSITIVES)
def test_email_found(detect, text, value, severity):
    hits = detect(EmailDetector, text, organisation=ORG)
    assert [h.text for h in hits] == [value]
    assert hits[0].evidence.severity == severity


@pytest.mark.parametrize("text", NEGATIVES)
def test_email_not_found(detect, text):
    assert detect(EmailDetector, text, organisation=ORG) == []


def test_authors_own_address_is_a_note(detect):
    hits = detect(EmailDetector, "Mail j.devries@minbzk.nl", profile={"name": "Jan de Vries"})
    assert [h.evidence.severity for h in hits] == [LET_OP]
    hits = detect(EmailDetector, "Mail k.bakker@minbzk.nl", profile={"name": "Jan de Vries"})
    assert [h.evidence.severity for h in hits] == [RISICO]


def test_own_work_address_in_function_is_a_note(detect):
    text = "Mail me gerust: k.bos@gemeente.nl"
    assert [h.evidence.severity for h in detect(EmailDetector, text)] == [RISICO]
    hits = detect(EmailDetector, text, context={"capacity": "in-functie"})
    assert [h.evidence.severity for h in hits] == [LET_OP]
    hits = detect(EmailDetector, "Mail me: kbos77@hotmail.com", context={"capacity": "in-functie"})
    assert [h.evidence.severity for h in hits] == [RISICO]  # a private mailbox stays a risk
