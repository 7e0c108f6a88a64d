# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Recall on the shared Dutch PII test vectors and precision on real Dutch tweets.

Each test vector is embedded in a short Dutch sentence. Valid values must be
found by the detector for their type with a span on the value; invalid values
must not be reported as that type. BRIN codes identify schools, not persons,
and are out of scope.
"""

import csv
import importlib

import pytest

from meedoen.core.detectors.registry import detectors

MODULES = (
    "bsn", "iban", "telefoon", "email", "adres", "kenteken", "geboortedatum",
    "bijzondere_gegevens", "zaakgegevens", "identiteitsbewijs", "btw",
)  # fmt: skip
for _module in MODULES:
    importlib.import_module(f"meedoen.core.detectors.builtin.{_module}")
PII = [d for d in detectors if d.category == "persoonsgegevens"]

SENTENCE = {
    "bsn": ("Mijn BSN is {v}.", "bsn"),
    "onderwijsnummer": ("Zijn onderwijsnummer is {v}.", "bsn"),
    "postcode": ("Mijn postcode is {v}.", "adres"),
    "iban": ("Mijn rekeningnummer is {v}.", "iban"),
    "identiteitskaartnummer": ("Mijn paspoortnummer is {v}.", "identiteitsbewijs"),
    "btw": ("Mijn btw-nummer is {v}.", "btw"),
    "phone": ("Mijn telefoonnummer is {v}.", "telefoon"),
}


def _vectors(shared_data):
    path = shared_data / "pii_nl_test_vectors" / "pii_nl_test_vectors.csv"
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _hits(detect, text):
    return [(d.name, h) for d in PII for h in detect(d, text)]


def test_recall_on_test_vectors(detect, shared_data):
    found = missed = wrong = 0
    for row in _vectors(shared_data):
        kind = "phone" if row["kind"].startswith("phone") else row["kind"]
        if kind not in SENTENCE:
            continue  # brin: a school code, not personal data
        template, detector = SENTENCE[kind]
        text = template.format(v=row["value"])
        start = text.index(row["value"])
        end = start + len(row["value"])
        same = [h for name, h in _hits(detect, text) if f".{detector}." in name]
        if row["expected_valid"] == "true":
            exact = [h for h in same if (h.start, h.end) == (start, end)]
            found += bool(exact)
            missed += not exact
        else:
            wrong += bool(same)
    assert found / (found + missed) >= 0.95
    assert wrong == 0


@pytest.mark.parametrize("split", ["1112.22.333", "111 222 333", "111222333"])
def test_split_bsn_vector(detect, split):
    hits = detect(PII[[d.name for d in PII].index("persoonsgegevens.bsn.v1")], f"BSN {split}")
    assert [h.text for h in hits] == [split]


def test_precision_on_real_tweets(detect, shared_data):
    """Dutch COVID tweets (eval-only data, read in place): almost no PII findings."""
    texts = {}
    for path in sorted((shared_data / "checkthat2022_dutch").glob("*.tsv")):
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                texts[row["tweet_id"]] = row["tweet_text"]
    assert len(texts) > 2000
    flagged = [t for t in texts.values() if _hits(detect, t)]
    # Known: one tweet on a foreign head of government's wife testing positive, and one
    # ordinary user telling that their mother has corona (health of a relative: risico).
    assert len(flagged) <= 2, flagged
