# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The Dutch PII test vectors, embedded in Dutch carrier sentences.

Each value from ``pii_nl_test_vectors.csv`` is placed in three short Dutch
sentences. A valid value of a *personal* kind should be found (a
persoonsgegevens span overlapping the value); an invalid value, and any value
of an organisation kind, should not.

What counts as personal data here (our decision, documented in
docs/evaluation.md):

* personal: BSN, onderwijsnummer (the BSN-like number of pupils without a
  BSN), ID-card/passport number, IBAN (the account of a person as far as a
  post can tell), postcode with a house number (an address), and phone numbers
  of the kinds a person can hold: mobile, fixed line, VoIP, pager;
* organisation: btw-id (VAT number of a business) and BRIN (a school), and the
  service numbers 0800 (toll free), 0900/0906 (premium rate) and 14 0xx (the
  municipal number). These are reported separately as "flagged", not as misses.

The same machinery scores any span predictor, so bench/ uses it for the
side-by-side comparison with Presidio.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from eval.data import Vector
from eval.metrics import PRF, any_overlap

Span = tuple[int, int]
Predictor = Callable[[str], Iterable[Span]]

PERSONAL_KINDS = frozenset(
    {
        "bsn",
        "onderwijsnummer",
        "identiteitskaartnummer",
        "iban",
        "postcode",
        "phone_mobile",
        "phone_fixed_line",
        "phone_voip",
        "phone_pager",
    }
)
ORGANISATION_KINDS = frozenset(
    {"btw", "brin", "phone_toll_free", "phone_premium_rate", "phone_uan"}
)
# The kinds issue #2 §3 names explicitly for persoonsgegevens.
SPEC_KINDS = frozenset(
    {"bsn", "iban", "postcode", "phone_mobile", "phone_fixed_line", "phone_voip", "phone_pager"}
)

_PHONE = (
    "Bel me gerust op {v} als je nog vragen hebt.",
    "Zijn nummer is {v}, app hem maar even.",
    "Telefoon: {v} (na vijf uur)",
)
CARRIERS: dict[str, tuple[str, ...]] = {
    "bsn": (
        "Mijn BSN is {v}, kunt u even in mijn dossier kijken?",
        "Meneer belde over {v} en wil graag teruggebeld worden.",
        "Het burgerservicenummer {v} staat op de brief van vorige week.",
    ),
    "onderwijsnummer": (
        "Het onderwijsnummer van de leerling is {v}.",
        "Leerling {v} staat nog niet ingeschreven bij ons.",
        "Kun je onderwijsnummer {v} even controleren?",
    ),
    "identiteitskaartnummer": (
        "Haar paspoortnummer is {v}, staat op de kopie.",
        "Documentnummer ID-kaart: {v}",
        "Hij gaf nummer {v} op van zijn identiteitskaart.",
    ),
    "iban": (
        "Maak het bedrag over op {v} t.n.v. J. de Vries.",
        "Rekeningnummer: {v}",
        "Mijn IBAN {v} klopt toch gewoon?",
    ),
    "postcode": (
        "Stuur het pakketje naar Kerkstraat 12, {v} Delft.",
        "Ze woont op {v} 23, vlak bij de school.",
        "Postcode {v}, huisnummer 7, tweede verdieping.",
    ),
    "btw": (
        "Ons btw-nummer is {v}.",
        "Zet op de factuur graag btw-id {v}.",
        "BTW {v} staat onderaan de offerte.",
    ),
    "brin": (
        "De school met BRIN {v} doet ook mee aan het project.",
        "Brinnummer {v} heeft de aanvraag ingediend.",
        "Vestiging {v} is vandaag gesloten wegens studiedag.",
    ),
}


def carriers_for(kind: str) -> tuple[str, ...]:
    if kind.startswith("phone"):
        return _PHONE
    return CARRIERS[kind]


def is_personal(kind: str) -> bool:
    """Personal kinds, including malformed phone numbers (``phone_invalid``)."""
    if kind.startswith("phone_"):
        return kind not in ORGANISATION_KINDS
    return kind in PERSONAL_KINDS


@dataclass(frozen=True)
class Case:
    """One vector in one carrier sentence; ``span`` is where the value sits."""

    vector: Vector
    text: str
    span: Span

    @property
    def expected(self) -> bool:
        return self.vector.valid and is_personal(self.vector.kind)


def build_cases(vectors: Iterable[Vector]) -> list[Case]:
    cases = []
    for vec in vectors:
        for template in carriers_for(vec.kind):
            start = template.index("{v}")
            text = template.replace("{v}", vec.value)
            cases.append(Case(vec, text, (start, start + len(vec.value))))
    return cases


@dataclass
class KindResult:
    kind: str
    personal: bool
    valid_found: int = 0
    valid_total: int = 0
    invalid_flagged: int = 0
    invalid_total: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)


@dataclass
class VectorResult:
    kinds: dict[str, KindResult]
    overall: PRF  # over personal kinds: valid = positive, invalid = negative
    spec: PRF  # the same over SPEC_KINDS only
    organisation_flagged: int
    organisation_total: int


def score(cases: Iterable[Case], predict: Predictor) -> VectorResult:
    """Score a predictor: hit = any predicted span overlapping the value."""
    kinds: dict[str, KindResult] = {}
    overall, spec = PRF(), PRF()
    org_flagged = org_total = 0
    for case in cases:
        kind = case.vector.kind
        kr = kinds.setdefault(kind, KindResult(kind, is_personal(kind)))
        hit = any_overlap(case.span, list(predict(case.text)))
        if case.vector.valid:
            kr.valid_total += 1
            kr.valid_found += hit
            if not hit and kr.personal:
                kr.misses.append(case.text)
        else:
            kr.invalid_total += 1
            kr.invalid_flagged += hit
            if hit:
                kr.false_alarms.append(case.text)
        if kr.personal:
            overall.add(case.vector.valid, hit)
            if kind in SPEC_KINDS:
                spec.add(case.vector.valid, hit)
        else:
            org_total += 1
            org_flagged += hit
    return VectorResult(kinds, overall, spec, org_flagged, org_total)
