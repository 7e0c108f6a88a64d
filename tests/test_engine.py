# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The engine: input validation, span mapping, deduplication, factors, levels."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from meedoen.core.assessment.decision import DECISION_TABLE, Situation, decide
from meedoen.core.assessment.engine import MAX_CHARS, Engine, check, validate_text
from meedoen.core.assessment.factors import Observed, score_factors
from meedoen.core.assessment.models import Context, Profile
from meedoen.core.codex import builtin_codex
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.errors import ConfigError, InputError
from meedoen.core.text import Document


class WordDetector(Detector):
    """Test detector: flags a fixed word with a fixed severity."""

    name = "test.woord.v1"
    category = "toon"
    rule = "gir.online.ambassadeur.v1"

    def __init__(self, word: str = "foei", severity: int = RISICO, tags: tuple[str, ...] = ()):
        self.pattern = re.compile(rf"\b{word}\b", re.IGNORECASE)
        self.severity = severity
        self.tags = tags

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        for m in self.pattern.finditer(doc.text):
            yield Evidence(m.start(), m.end(), "bericht", "advies", self.severity, tags=self.tags)


def engine_with(*detectors: Detector) -> Engine:
    engine = Engine(builtin_codex())
    engine.detectors = list(detectors)
    return engine


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "E101"),
        ("   \n\t ", "E101"),
        ("x" * (MAX_CHARS + 1), "E102"),
        ("abc\x00def", "E104"),
        ("\x01\x02\x03\x04\x05\x06 a", "E104"),
        ("\u200b\u200c\u202e", "E105"),
        (b"bytes", "E106"),
        (None, "E106"),
    ],
)
def test_bad_text_is_refused_with_a_code(text: object, code: str) -> None:
    with pytest.raises(InputError) as info:
        validate_text(text)
    assert info.value.code == code
    assert info.value.message  # Dutch text, not empty


def test_invalid_profile_and_context_give_config_errors() -> None:
    with pytest.raises(ConfigError) as info:
        check("hallo", profile={"level": "generaal"})
    assert info.value.code == "E201" and "level" in info.value.message
    with pytest.raises(ConfigError) as info:
        check("hallo", context={"capacity": "half"})
    assert info.value.code == "E202"
    with pytest.raises(ConfigError):
        check("hallo", context=["x"])


def test_findings_map_to_original_spans_across_invisible_characters() -> None:
    text = "Zeg f\u200boei tegen dat!"
    a = engine_with(WordDetector()).check(text)
    assert [f.evidence for f in a.findings] == ["f\u200boei"]
    f = a.findings[0]
    assert text[f.start : f.end] == f.evidence


def test_overlapping_findings_in_one_category_keep_the_most_severe() -> None:
    a = engine_with(WordDetector("foei", LET_OP), WordDetector("foei", ERNSTIG)).check("foei!")
    assert [f.severity for f in a.findings] == ["ernstig"]
    assert a.level == "rood"


@pytest.mark.parametrize(
    ("severity", "level"),
    [(LET_OP, "groen"), (RISICO, "oranje"), (ERNSTIG, "rood")],
)
def test_level_follows_severity(severity: int, level: str) -> None:
    a = engine_with(WordDetector(severity=severity)).check("foei", context={"date": "2026-11-28"})
    assert a.level == level
    assert a.decision.startswith("B")


def test_risk_with_three_maximal_factors_is_rood() -> None:
    det = WordDetector(severity=RISICO, tags=("dossier=stikstof", "gevoeligheid=hoog"))
    a = engine_with(det).check("foei", context={"followers": 50_000})
    assert a.factors.a.score == 3 and a.factors.b.score == 3 and a.factors.f.score == 3
    assert a.level == "rood"
    assert a.decision.startswith("B3")
    assert a.strategy is not None and a.strategy.approach == "passief-luisteren"


def test_citation_carries_rule_text_and_source() -> None:
    a = engine_with(WordDetector()).check("foei")
    c = a.findings[0].citation
    assert c.id == a.findings[0].rule
    assert c.text and c.source


def test_defaults_and_versions() -> None:
    a = check("Fijne zaterdag allemaal!", context={"date": "2026-05-01"})
    assert a.level == "groen" and a.findings == []
    assert a.capacity == "prive" and a.audience == "openbaar"
    assert a.checked_on == date(2026, 5, 1)
    assert a.engine_version and a.codex_version


def test_intranet_defaults_to_internal_audience() -> None:
    a = check("Goedemorgen collega's", context={"channel": "intranet", "date": "2026-05-01"})
    assert a.audience == "intern"
    assert a.factors.f.score == 0


def test_same_input_same_output() -> None:
    args = ("Wat een onzin van de minister", {"level": "top"}, {"date": "2026-01-05"})
    assert check(*args).model_dump() == check(*args).model_dump()


@pytest.mark.parametrize(
    ("followers", "audience", "score"),
    [(None, "openbaar", 1), (5_000, "openbaar", 2), (20_000, "openbaar", 3), (20_000, "intern", 0)],
)
def test_factor_f_reach(followers: int | None, audience: str, score: int) -> None:
    found = [Observed("politiek", RISICO)]
    ctx = Context(followers=followers, audience=audience)  # type: ignore[arg-type]
    assert score_factors(found, Profile(), ctx).f.score == score


@pytest.mark.parametrize(
    ("level", "enforcement", "expected"),
    [("uitvoering", False, 1), ("top", False, 2), ("uitvoering", True, 2)],
)
def test_factor_e_position(level: str, enforcement: bool, expected: int) -> None:
    profile = Profile(level=level, enforcement_role=enforcement)  # type: ignore[arg-type]
    assert score_factors([Observed("toon", RISICO)], profile, Context()).e.score == expected


def test_factor_d_private_capacity_with_official_voice() -> None:
    found = [Observed("namens-organisatie", RISICO)]
    assert score_factors(found, Profile(), Context(capacity="prive")).d.score == 2
    assert score_factors(found, Profile(), Context(capacity="in-functie")).d.score == 0


def test_decision_table_last_row_always_holds_and_is_groen() -> None:
    factors = score_factors([], Profile(), Context())
    row = decide(Situation((), {}, factors))
    assert row is DECISION_TABLE[-1] and row.level == "groen"


def test_let_op_in_two_categories_with_heavy_factors_is_oranje() -> None:
    found = [
        Observed("eigen-dossier", LET_OP, ("dossier=x", "gevoeligheid=hoog")),
        Observed("timing", LET_OP),
    ]
    factors = score_factors(found, Profile(level="top"), Context(followers=20_000))
    situation = Situation(
        tuple(o.severity for o in found), {1: frozenset({"eigen-dossier", "timing"})}, factors
    )
    assert decide(situation).id == "B5"


def test_risk_on_own_sensitive_dossier_with_small_reach_stays_oranje() -> None:
    det = WordDetector(severity=RISICO, tags=("dossier=stikstof", "gevoeligheid=hoog"))
    a = engine_with(det).check("foei", context={"followers": 100})
    assert (a.factors.a.score, a.factors.b.score) == (3, 3)
    assert a.level == "oranje"
