# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""diff.py: pure comparison of packs, rules and codex versions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from meedoen.core.codex import builtin_codex, load_codex
from meedoen.core.codex.diff import diff_codices, diff_packs, diff_rules, format_text, word_diff
from meedoen.core.codex.loader import builtin_packs
from meedoen.core.codex.models import Pack

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "organisatie-voorbeeld.yaml"


def _pack(pack_id: str) -> Pack:
    return next(p for p in builtin_packs() if p.id == pack_id)


def _edited(pack: Pack, rule_id: str, **changes) -> Pack:
    data = pack.model_dump(mode="json")
    for rule in data["rules"]:
        if rule["id"] == rule_id:
            for key, value in changes.items():
                target = rule
                *path, last = key.split("__")
                for part in path:
                    target = target[part]
                target[last] = value
    return Pack.model_validate(data)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "De ambtenaar onthoudt zich.",
            "De ambtenaar onthoudt zich.",
            "De ambtenaar onthoudt zich.",
        ),
        (
            "De ambtenaar onthoudt zich.",
            "De ambtenaar dient zich te onthouden.",
            "De ambtenaar [-onthoudt-]{+dient+} [-zich.-]{+zich te onthouden.+}",
        ),
        ("a b c", "a c", "a [-b -]c"),
        ("a c", "a b c", "a {+b +}c"),
        ("", "nieuw", "{+nieuw+}"),
    ],
)
def test_word_diff(old, new, expected):
    assert word_diff(old, new) == expected


def test_identical_packs_have_no_difference():
    pack = _pack("aw2017")
    result = diff_packs(pack, pack)
    assert result.is_empty
    assert "Geen verschillen." in format_text(result)


def test_changed_text_and_nested_source_field():
    old = _pack("aw2017")
    new = _edited(
        old,
        "aw2017.art10.v1",
        text=old.rules[3].text.replace("onthoudt zich", "dient zich te onthouden"),
        source__url="https://wetten.overheid.nl/BWBR0001947/2024-01-01",
        text_verified=False,
    )
    result = diff_packs(old, new)
    assert [c.rule_id for c in result.changed] == ["aw2017.art10.v1"]
    fields = {c.field: c for c in result.changed[0].changes}
    assert set(fields) == {"text", "source.url", "text_verified"}
    assert "De ambtenaar [-onthoudt-]{+dient+} zich{+ te onthouden+} van" in (
        fields["text"].word_diff or ""
    )
    assert fields["text_verified"].old is True and fields["text_verified"].new is False
    text = format_text(result)
    assert (
        "~ aw2017.art10.v1" in text and "source.url:" in text and "text_verified: ja → nee" in text
    )
    assert "1 gewijzigd" in text


def test_added_removed_and_metadata():
    result = diff_packs(_pack("aecr1998"), _pack("aecr2020"))
    assert {r.id for r in result.added} == {"aecr2020.kamerleden.v1", "aecr2020.pers.v1"}
    assert len(result.removed) == 5
    assert {c.field for c in result.metadata} >= {"id", "in_force_from", "in_force_until"}
    data = result.to_dict()
    json.dumps(data)  # JSON-serialisable
    assert data["counts"] == {"added": 2, "removed": 5, "changed": 0}
    assert "(vervangt aecr1998.aw12.v1)" in format_text(result)


def test_diff_rules_matches_by_id_regardless_of_order():
    rules = list(_pack("gir-online").rules)
    assert diff_rules(rules, list(reversed(rules))).is_empty


def test_diff_codices_with_organisation_pack():
    result = diff_codices(builtin_codex(), load_codex(EXAMPLE))
    added = {r.id for r in result.added}
    assert "voorbeeldstad.pers.v1" in added and not result.removed and not result.changed
    assert any(c.field == "packs.gemeente-voorbeeldstad" for c in result.metadata)


def test_organisation_data_changes_are_reported():
    from meedoen.core.codex.loader import load_pack

    old = load_pack(EXAMPLE)
    data = old.model_dump(mode="json")
    data["organisation"]["functional_mailboxes"].append("nieuw@voorbeeldstad.example")
    result = diff_packs(old, Pack.model_validate(data))
    assert [c.field for c in result.metadata] == ["organisation.functional_mailboxes"]
