# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The built-in rule packs: content, verbatim texts, dates and the rule-id contract."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest

from meedoen.core.categories import CATEGORIES
from meedoen.core.codex import builtin_codex, load_codex
from meedoen.core.codex.loader import builtin_packs
from meedoen.core.codex.models import RULE_ID

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
RULES_MD = SHARED / "reference" / "rules.md"
SEED = SHARED / "seed" / "ambtenaren-en-sociale-media-2010.txt"
EXAMPLE = ROOT / "examples" / "organisatie-voorbeeld.yaml"
PARAPHRASE = "Parafrase (niet geverifieerd):"

CODEX = builtin_codex()
RULES = sorted(CODEX.all_rules(), key=lambda r: r.id)
VERIFIED = [r for r in RULES if r.text_verified]
UNVERIFIED = [r for r in RULES if not r.text_verified]


def normalise(text: str) -> str:
    """Drop Markdown quote/list markers at line starts and collapse whitespace."""
    lines = []
    for line in text.splitlines():
        line = re.sub(r"^\s*(?:>\s?)+", "", line)
        line = re.sub(r"^\s*-\s+", "", line)
        lines.append(line)
    return re.sub(r"\s+", " ", " ".join(lines)).strip()


@pytest.fixture(scope="module")
def corpus() -> dict[str, str]:
    missing = [p for p in (RULES_MD, SEED) if not p.is_file()]
    if missing:
        pytest.skip(
            f"SHARED REFERENCE MISSING, verbatim checks NOT run: {', '.join(map(str, missing))}"
        )
    return {
        "rules.md": normalise(RULES_MD.read_text(encoding="utf-8")),
        "seed": normalise(SEED.read_text(encoding="utf-8")),
    }


# -- verbatim ------------------------------------------------------------------
@pytest.mark.parametrize("rule", VERIFIED, ids=lambda r: r.id)
def test_verified_text_occurs_verbatim_in_reference(rule, corpus):
    text = normalise(rule.text)
    assert text in corpus["rules.md"] or text in corpus["seed"], (
        f"{rule.id}: text not found verbatim"
    )
    assert rule.text_verified_on == date(2026, 11, 28)
    assert not rule.text.startswith(PARAPHRASE)


@pytest.mark.parametrize("rule", UNVERIFIED, ids=lambda r: r.id)
def test_unverified_text_is_marked_and_explained(rule, corpus):
    assert rule.verification_note, f"{rule.id}: unverified text needs a verification_note"
    quoted_from_seed = normalise(rule.text) in corpus["seed"]
    assert rule.text.startswith(PARAPHRASE) or quoted_from_seed, rule.id
    if quoted_from_seed:
        assert "2010" in rule.verification_note  # says it is the 2010 report's rendering
    else:
        assert re.search(r"\[(U|P|NF|V-num|V-part)\]", rule.verification_note), rule.id


@pytest.mark.parametrize(
    "rule", [r for r in RULES if r.equivalent_2010 and r.equivalent_2010.text], ids=lambda r: r.id
)
def test_equivalent_2010_text_lines_come_from_the_sources(rule, corpus):
    assert rule.equivalent_2010 is not None and rule.equivalent_2010.text
    for line in rule.equivalent_2010.text.splitlines():
        piece = normalise(line)
        assert piece in corpus["seed"] or piece in corpus["rules.md"], f"{rule.id}: {piece[:60]}"


def test_a_paraphrase_cannot_pass_the_verbatim_check(corpus):
    # Guards the guard: a reworded text must not be found.
    assert normalise(CODEX.get("aw2017.art9.v1").text) not in corpus["rules.md"]
    assert (
        normalise("De ambtenaar dient zich te onthouden van het uiten van meningen")
        not in corpus["rules.md"]
    )


# -- structure ---------------------------------------------------------------
def test_pack_ids_and_versions():
    packs = builtin_packs()
    assert len({p.id for p in packs}) == len(packs)
    for pack in packs:
        assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", pack.version), pack.id
        assert pack.kind == "builtin"
        assert pack.organisation is None


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_complete(rule):
    assert re.fullmatch(RULE_ID, rule.id)
    assert rule.title and rule.summary and rule.text
    assert "\n" not in rule.summary.strip()
    assert set(rule.categories) <= set(CATEGORIES)
    if rule.source.url:
        assert re.fullmatch(
            r"https://(wetten\.overheid\.nl/BWBR\d{7}|www\.communicatierijk\.nl/\S+|www\.caorijk\.nl/\S+)",
            rule.source.url,
        )
    for ref in (
        rule.replaces,
        rule.overrides,
        rule.equivalent_2010.rule if rule.equivalent_2010 else None,
    ):
        assert ref is None or ref in CODEX, f"{rule.id} refers to unknown {ref}"
    if rule.replaces:
        old = CODEX.get(rule.replaces)
        # A successor starts after its predecessor started, and the predecessor has
        # an end date. They may overlap: aanwijzing 15 (1998) stayed in force until
        # 2020-12-28 while the wegingscriteria apply to art. 10 from 2020-01-01.
        assert old.in_force_until and rule.in_force_from
        assert old.in_force_from is None or old.in_force_from < rule.in_force_from


def test_every_category_is_underpinned_by_a_current_rule():
    today = date(2026, 11, 28)
    covered = {c for r in CODEX.rules_on(today) for c in r.categories}
    assert covered == set(CATEGORIES)


# -- rule-id contract ----------------------------------------------------------
def _doc_ids() -> set[str]:
    text = (ROOT / "docs" / "rule-ids.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([^`]+)`", text, flags=re.M))


def test_every_documented_rule_id_exists():
    missing = sorted(_doc_ids() - {r.id for r in RULES})
    assert not missing, f"in docs/rule-ids.md but not in the codex: {missing}"


def test_every_builtin_rule_is_documented():
    undocumented = sorted({r.id for r in RULES} - _doc_ids())
    assert not undocumented, f"add to docs/rule-ids.md: {undocumented}"


def test_default_rule_of_every_builtin_detector_exists():
    registry = pytest.importorskip("meedoen.core.detectors.registry")
    detectors = list(registry.load_detectors(plugins=False))
    assert detectors
    for det in detectors:
        assert det.rule in CODEX, f"{det.__name__} cites unknown rule {det.rule}"


# -- dates ---------------------------------------------------------------------
def _ids_on(day: date) -> set[str]:
    return {r.id for r in CODEX.rules_on(day)}


@pytest.mark.parametrize(
    ("day", "present", "absent"),
    [
        (
            date(2015, 6, 1),
            [
                "aw.art125a.lid1.v1",
                "aw.art125a.lid3.v1",
                "arar.art82a.v1",
                "aecr1998.aw15.v1",
                "vora2010.stelregel4.v1",
                "wbp.art24.v1",
                "gw.art7.v1",
            ],
            [
                "aw2017.art10.v1",
                "aw2017.art9.v1",
                "avg.art5.v1",
                "uavg.art46.v1",
                "gir.online.ambassadeur.v1",
                "caorijk.h15.v1",
            ],
        ),
        (
            date(2019, 12, 31),
            ["aw.art125a.lid1.v1", "arar.art80.v1", "gir.online.zorgvuldig.v1", "avg.art9.v1"],
            ["aw2017.art10.v1", "caorijk.h15.v1", "vora2010.stelregel1.v1", "wbp.art16.v1"],
        ),
        (
            date(2020, 1, 1),
            ["aw2017.art10.v1", "caorijk.h15.v1", "aecr1998.aw12.v1", "wegingscriteria.art10.v1"],
            ["aw.art125a.lid1.v1", "arar.art80.v1", "aecr2020.pers.v1"],
        ),
        (
            date(2020, 12, 29),
            ["aecr2020.pers.v1", "aecr2020.kamerleden.v1"],
            ["aecr1998.aw12.v1", "aecr1998.aw7.v1"],
        ),
        (
            date(2026, 11, 28),
            [
                "aw2017.art10.v1",
                "aw2017.art9.v1",
                "uavg.art46.v1",
                "wabb.art10.v1",
                "gir.online.prive-werk.v1",
                "uoc2017.herkenbaarheid.v1",
            ],
            ["aw.art125a.lid1.v1", "aecr1998.aw15.v1", "wbp.art24.v1", "vora2010.stelregel2.v1"],
        ),
        (
            date(1997, 1, 1),
            ["aw.art125a.lid1.v1", "gw.art7.v1"],
            ["aecr1998.aw7.v1", "uoc2017.herkenbaarheid.v1"],
        ),
    ],
)
def test_rules_in_force_on(day, present, absent):
    ids = _ids_on(day)
    assert set(present) <= ids, set(present) - ids
    assert not set(absent) & ids, set(absent) & ids


@pytest.mark.parametrize(
    ("rule_id", "day", "expected"),
    [
        ("aw2017.art10.v1", date(2015, 6, 1), "aw.art125a.lid1.v1"),
        ("aw2017.art10.v1", date(2026, 11, 28), "aw2017.art10.v1"),
        ("aw2017.art10.v1", date(2020, 1, 1), "aw2017.art10.v1"),
        ("aw2017.art10.v1", date(2019, 12, 31), "aw.art125a.lid1.v1"),
        ("aw2017.art9.v1", date(2012, 3, 1), "aw.art125a.lid3.v1"),
        ("aw2017.art5.v1", date(2012, 3, 1), "aw.art125quinquies.v1"),
        ("aecr2020.pers.v1", date(2010, 5, 1), "aecr1998.aw12.v1"),
        ("aecr2020.kamerleden.v1", date(2020, 12, 28), "aecr1998.aw7.v1"),
        ("aecr2020.kamerleden.v1", date(2020, 12, 29), "aecr2020.kamerleden.v1"),
        ("wegingscriteria.art10.v1", date(2010, 1, 1), "aecr1998.aw15.v1"),
        ("gir.online.zorgvuldig.v1", date(2012, 1, 1), "vora2010.stelregel4.v1"),
        ("uavg.art46.v1", date(2010, 1, 1), "wbp.art24.v1"),
        ("avg.art9.v1", date(2018, 5, 24), "wbp.art16.v1"),
        ("caorijk.h15.v1", date(2015, 1, 1), "arar.art80.v1"),
        ("gw.art7.v1", date(1990, 1, 1), "gw.art7.v1"),
    ],
)
def test_resolve_gives_the_rule_that_applied(rule_id, day, expected):
    rule = CODEX.resolve(rule_id, day)
    assert rule is not None and rule.id == expected
    assert rule.in_force_on(day) or rule.in_force_from is None


def test_organisation_pack_overrides_and_disables():
    codex = load_codex(EXAMPLE)
    today = date(2026, 11, 28)
    assert codex.effective("aecr2020.pers.v1").id == "voorbeeldstad.pers.v1"
    assert codex.resolve("aecr2020.kamerleden.v1", today).id == "voorbeeldstad.raadsleden.v1"
    assert codex.effective("caorijk.h15.v1") is None
    ids = {r.id for r in codex.rules_on(today)}
    assert "caorijk.h15.v1" not in ids and "aecr2020.pers.v1" not in ids
    assert {"voorbeeldstad.pers.v1", "voorbeeldstad.giften.v1", "aw2017.art10.v1"} <= ids
    assert [r.id for r in codex.organisation_rules("timing", today)] == [
        "voorbeeldstad.verkiezingen.v1"
    ]
    org = codex.organisation
    assert org.kind == "gemeente" and "pers@voorbeeldstad.example" in org.functional_mailboxes
    assert {o.role for o in org.officials} >= {"burgemeester", "gemeentesecretaris"}
    assert any(e.date == date(2026, 3, 18) and e.verified for e in org.elections)
    assert codex.version.endswith("+gemeente-voorbeeldstad@2026.1.0")


def test_builtin_packs_parse_fast():
    from meedoen.core.codex.loader import _package_files, parse_pack, read_yaml

    files = _package_files("packs")
    start = time.perf_counter()
    for name, text in files:
        parse_pack(read_yaml(text, name), name)
    assert time.perf_counter() - start < 0.25  # ~15 ms with the C loader
