# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Case facts about a third person: benefits, debts and benefit fraud.

"Meneer Yilmaz van de Vlierstraat, hij krijgt al drie jaar bijstand en werkt
zwart" tells the public (or a journalist) what an official knows from a file:
that someone lives on a benefit, is in debt relief or commits fraud. The
statement is found when a person reference (:mod:`meedoen.core.text.pii_person`)
is its subject, directly ("Jan zit in de schuldsanering") or through a pronoun
("…, hij krijgt bijstand"). A benefit in general ("mensen in de bijstand") has
no person and is no finding.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from meedoen.core import rx
from meedoen.core.text.pii_person import Person, pronoun_antecedent

# Words that may open a statement without a case noun the detector already looks for.
THIRD_WORDS = frozenset(
    "ww wia wajong wao ioaw zwart fraudeert fraudeerde sjoemelt sjoemelde fraude beslag "
    "loonbeslag deurwaarder ontruimd gezet gekort terugbetalen wsnp betalingsregeling "
    "voedselbank voedselpakket voedselpakketten bewindvoerder bewindvoering beschermingsbewind "
    "schuldsanering schuldhulp schuldhulpverlening schulden bijstandsfraude uitkeringsfraude "
    "toeslagenfraude schuld beslaglegging".split()
)
_BENEFIT = (
    r"bijstand\w*|\w*uitkering(?:en)?|ww|wia|wajong|wao|ioaw|\w*toeslag(?:en)?|"
    r"schuldhulp\w*|schuldsanering|wsnp|bewindvoering|beschermingsbewind|(?:een\s+)?bewindvoerder|"
    r"(?:\w+\s+)?schulden|(?:een\s+)?schuld\s+van\s+(?:€\s?)?\d[\d.,]*|\w*achterstand(?:en)?|"
    r"(?:€\s?)?\d[\d.,]*\s*(?:euro\s+)?(?:aan\s+)?schuld(?:en)?|(?:een\s+)?(?:loon)?beslag(?:legging)?|"
    r"voedselpakket(?:ten)?|"
    r"de\s+voedselbank|(?:een\s+)?betalingsregeling|loonbeslag|beslag\s+op|de\s+deurwaarder"
)
# Time words that may stand between the verb and the benefit ("krijgt al drie jaar …").
_FILLER = (
    r"(?:(?:al|nog|ook|gewoon|gewoonweg|sinds|jaren|maanden|weken|jaar|een|twee|drie|vier|vijf|"
    r"tien|paar|lang|steeds|nu|inmiddels|ondertussen|dus|daarnaast|zelfs|echt|gewoon|"
    r"volgens\s+mij|geloof\s+ik|denk\s+ik|blijkbaar|kennelijk|\d+)\s+)"
)
_VERB = (
    r"krijgt|kreeg|ontvangt|ontving|heeft|had|zit|zat|leeft|leefde|trekt|trok|loopt|liep|"
    r"krijgen|kregen|ontvangen|hebben|zitten|leven|trekken"
)
_ARTICLE = r"(?:(?:een|de|in\s+de|in|op|van\s+een|van\s+de|van|bij\s+de)\s+)?"
# "krijgt al drie jaar bijstand", "zit in de schuldsanering", "die al jaren bijstand krijgt"
BENEFIT_RE = rx.compile(
    rf"(?<!\w)(?:{_VERB}|gaat\s+naar|ging\s+naar)\s+{_FILLER}{{0,4}}{_ARTICLE}(?:{_BENEFIT})(?!\w)|"
    rf"(?<!\w)die\s+{_FILLER}{{0,4}}{_ARTICLE}(?:{_BENEFIT})\s+(?:{_VERB})(?!\w)|"
    rf"\s(?:een|de|in\s+de)\s+(?:{_BENEFIT})\s+(?:{_VERB})(?!\w)"  # "dat Gerard een … heeft"
)
# Benefit fraud said of someone.
FRAUD_RE = rx.compile(
    r"(?<!\w)(?:werkt|werkte|werken|klust|klussen)\s+(?:[\w-]+\s+){0,2}?zwart(?!\w)|"
    r"(?<!\w)(?:fraudeert|fraudeerde|"
    r"sjoemelt|sjoemelde)(?!\w)|(?<!\w)(?:pleegt|pleegde)\s+(?:[\w-]+\s+){0,2}?\w*fraude(?!\w)"
)
# Other measures in someone's file: eviction, a cut in benefit, a repayment.
MEASURE_RE = rx.compile(
    r"(?<!\w)(?:wordt|werd|is|gaat)\s+(?:[\w-]+\s+){0,2}?(?:uit\s+(?:zijn|haar|hun|het)\s+huis\s+"
    r"gezet|ontruimd|gekort\s+op|afgesloten\s+van)(?!\w)|(?<!\w)moet\s+(?:[\w-]+\s+){0,4}?"
    r"terugbetalen(?!\w)"
)
# The author knows it from work: "op kantoor zag ik", "in ons systeem", "via mijn werk".
WORK_SOURCE_RE = rx.compile(
    r"(?<!\w)(?:op\s+(?:kantoor|mijn\s+werk|het\s+werk|de\s+afdeling)|via\s+(?:mijn\s+)?werk|"
    r"in\s+(?:ons|het)\s+systeem|in\s+(?:zijn|haar|het)\s+dossier|uit\s+het\s+dossier|"
    r"aan\s+de\s+balie|op\s+het\s+spreekuur|bij\s+ons\s+(?:bekend|in\s+beeld)|"
    r"(?:zag|zie|las|lees)\s+ik\s+(?:in|op))(?!\w)"
)
NEGATION_RE = rx.compile(r"(?<!\w)(?:geen|niet|nooit)(?!\w)")
DIRECT_GAP_RE = rx.compile(r"[^.!?\n]{0,45}|,\s(?:die|dat)\s[^.!?\n]{1,70},\s*")


def _apposition(low: str, p: Person, m: re.Match[str]) -> bool:
    """A relative clause between person and verb: "mevrouw X, die …, werkt zwart"."""
    gap = low[p.end : m.start()]
    return gap.startswith((", die ", ", dat ")) and gap.rstrip().endswith(",")


class CaseFact(NamedTuple):
    start: int
    end: int
    person: Person
    fraud: bool


def case_statements(low: str) -> list[tuple[re.Match[str], bool]]:
    """Benefit, debt and fraud statements in ``low`` (lower-case text), whoever they are
    about; with whether it is fraud. (The caller gates on :data:`THIRD_WORDS`.)"""
    return [
        (m, fraud)
        for pattern, fraud in ((BENEFIT_RE, False), (MEASURE_RE, False), (FRAUD_RE, True))
        for m in pattern.finditer(low)
    ]


def third_case_facts(
    low: str, statements: list[tuple[re.Match[str], bool]], persons: list[Person]
) -> list[CaseFact]:
    """The statements (:func:`case_statements`) that are about one of ``persons``."""
    found: list[CaseFact] = []
    for m, fraud in sorted(statements, key=lambda x: x[0].start()):
        if found and low[found[-1].end : m.start()].strip() == "en":
            found.append(CaseFact(m.start(), m.end(), found[-1].person, fraud))
            continue  # "Hans leeft van een uitkering en klust zwart": the same subject
        if NEGATION_RE.search(m.group()):
            continue
        ref = pronoun_antecedent(low, m.start(), persons)
        if ref is not None and not ref[1]:
            own_clause = " en " not in low[ref[2] : m.start()]  # else: "… en werkt zwart"
            found.append(CaseFact(ref[2] if own_clause else m.start(), m.end(), ref[0], fraud))
            continue
        relative = m.group().startswith("die")  # "meneer X, die al jaren bijstand krijgt"
        direct = [
            p
            for p in persons
            if p.end <= m.start()
            and DIRECT_GAP_RE.fullmatch(low, p.end, m.start())
            and (
                "," not in low[p.end : m.start()]
                or relative
                or _apposition(low, p, m)
                or low[p.end : m.start()].strip() == ","  # "Hans de Wit, leeft van …"
            )
        ]
        if direct:
            # the fullest reference: "mijn buurman Gerrit" rather than "Gerrit"
            p = max(direct, key=lambda p: (p.end, p.strong, p.relation, -p.start))
            found.append(CaseFact(p.start, m.end(), p, fraud))
    return found
