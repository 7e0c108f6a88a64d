# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The metric code behind `make eval` / `make bench`, on toy tables (no timing)."""

from __future__ import annotations

import socket
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.netguard import NetworkBlockedError, no_network  # noqa: E402
from eval import data as ds  # noqa: E402
from eval.metrics import (  # noqa: E402
    PRF,
    accuracy,
    confusion,
    fmt,
    md_table,
    micro,
    multilabel_prf,
    overlaps,
    per_thousand,
    percentile,
    quote,
    wilson,
)
from eval.pii_vectors import build_cases, is_personal, score  # noqa: E402


def test_prf_counts_and_ratios():
    p = PRF()
    for expected, predicted in [(1, 1), (1, 1), (1, 0), (0, 1), (0, 0), (0, 0)]:
        p.add(bool(expected), bool(predicted))
    assert (p.tp, p.fp, p.fn, p.tn) == (2, 1, 1, 2)
    assert p.precision == pytest.approx(2 / 3)
    assert p.recall == pytest.approx(2 / 3)
    assert p.f1 == pytest.approx(2 / 3)
    assert p.accuracy == pytest.approx(4 / 6)
    assert p.support == 3


def test_prf_undefined_is_none_not_zero():
    p = PRF()
    assert p.precision is None and p.recall is None and p.f1 is None
    p.add(True, False)
    assert p.recall == 0.0 and p.precision is None and p.f1 is None
    assert fmt(p.precision) == "–" and fmt(p.recall) == "0.00"


def test_multilabel_and_micro():
    rows = [({"a"}, {"a", "b"}), ({"b"}, set()), (set(), {"c"}), ({"a", "c"}, {"a", "c"})]
    out = multilabel_prf(rows, ["a", "b", "c"])
    assert (out["a"].tp, out["a"].fp, out["a"].fn) == (2, 0, 0)
    assert (out["b"].tp, out["b"].fp, out["b"].fn) == (0, 1, 1)
    assert (out["c"].tp, out["c"].fp, out["c"].fn) == (1, 1, 0)
    m = micro(out.values())
    assert (m.tp, m.fp, m.fn) == (3, 2, 1)


def test_confusion_and_accuracy():
    pairs = [("groen", "groen"), ("groen", "oranje"), ("rood", "rood"), ("oranje", "fout")]
    cm = confusion(pairs, ("groen", "oranje", "rood"))
    assert cm["groen"] == Counter({"groen": 1, "oranje": 1})
    assert cm["oranje"]["fout"] == 1
    assert accuracy(pairs) == 0.5
    assert accuracy([]) is None


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [((0, 3), (2, 5), True), ((0, 3), (3, 5), False), ((4, 6), (0, 10), True)],
)
def test_overlaps_half_open(a, b, expected):
    assert overlaps(a, b) is expected
    assert overlaps(b, a) is expected


def test_percentile_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 50) == 50
    assert percentile(values, 99) == 99
    assert percentile(values, 100) == 100
    assert percentile([7.0], 99) == 7.0
    with pytest.raises(ValueError):
        percentile([], 50)


def test_wilson_and_rates():
    low, high = wilson(95, 100)
    assert low < 0.95 < high <= 1.0
    assert wilson(0, 0) is None
    assert per_thousand(3, 1500) == 2.0
    assert per_thousand(1, 0) is None


def test_md_table_escapes_pipes_and_quote_marks_span():
    table = md_table(["a", "b"], [["x|y", 1]])
    assert "x\\|y" in table and table.count("\n") == 2
    text = "Bel me op 06 12345678 vanavond"
    assert "«06 12345678»" in quote(text, 10, 21, width=5)


def test_pii_cases_put_the_value_at_the_span():
    vecs = [
        ds.Vector("bsn", "111222333", True, "toy"),
        ds.Vector("btw", "NL4495445B01", True, "toy"),
        ds.Vector("phone_mobile", "06 12345678", True, "toy"),
    ]
    cases = build_cases(vecs)
    assert len(cases) == 9
    for c in cases:
        assert c.text[c.span[0] : c.span[1]] == c.vector.value
    assert is_personal("bsn") and is_personal("phone_invalid")
    assert not is_personal("btw") and not is_personal("phone_uan")


def test_pii_score_with_a_fake_predictor():
    vecs = [
        ds.Vector("bsn", "111222333", True, "toy"),
        ds.Vector("bsn", "111252333", False, "toy"),
        ds.Vector("btw", "NL4495445B01", True, "toy"),
    ]

    def predict(text: str):  # flags every 9-digit run, also inside the btw-id
        i = 0
        while i < len(text):
            if text[i : i + 9].isdigit():
                yield (i, i + 9)
                i += 9
            else:
                i += 1

    res = score(build_cases(vecs), predict)
    assert res.kinds["bsn"].valid_found == 3
    assert res.kinds["bsn"].invalid_flagged == 3  # the fake predictor does not validate
    assert res.overall.recall == 1.0 and res.overall.precision == 0.5
    assert res.organisation_total == 3 and res.organisation_flagged == 0


def test_example_set_matches_the_input_format():
    from meedoen.core.assessment.models import Context, Profile
    from meedoen.core.categories import CATEGORIES

    items = ds.voorbeelden()
    assert len(items) >= 150
    assert len({i["id"] for i in items}) == len(items)
    levels = Counter(i["expected"]["level"] for i in items)
    assert set(levels) <= {"groen", "oranje", "rood"}
    assert levels["groen"] >= len(items) // 4
    positives = Counter(c for i in items for c in i["expected"]["categories"])
    assert set(positives) <= set(CATEGORIES)
    assert all(positives[c] >= 5 for c in CATEGORIES), positives
    for item in items:
        Profile.model_validate(item["profile"] or {})
        Context.model_validate(item["context"] or {})
        if item["expected"]["level"] == "groen":
            assert not item["expected"]["categories"], item["id"]
        else:
            assert item["expected"]["categories"], item["id"]
    assert sum(1 for i in items if i["id"].startswith("en")) >= 12


def test_netguard_refuses_and_records():
    with no_network() as attempts, pytest.raises(NetworkBlockedError):
        socket.create_connection(("example.org", 443), timeout=1)
    assert attempts and "create_connection" in attempts[0]
    assert socket.create_connection is not None  # restored


def test_mixed_corpus_records_exact_offsets(shared_data):
    from bench.corpus import mixed_pii

    posts = mixed_pii(shared_data, n_pii=60, n_clean=10, n_hard=6)
    assert len(posts) == 76
    kinds = Counter(p.kind for p in posts if p.kind and p.personal)
    assert len(kinds) == 6
    assert sum(1 for p in posts if not p.personal) == 6
    for p in posts:
        if p.span:
            value = p.text[p.span[0] : p.span[1]]
            assert value and value == value.strip()
