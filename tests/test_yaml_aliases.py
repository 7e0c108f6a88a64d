# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Self-referring aliases and alias bombs end with a Dutch error, fast."""

from __future__ import annotations

import subprocess
import sys

import pytest

from meedoen.core.codex.loader import read_yaml
from meedoen.core.errors import ConfigError

HEAD = 'id: x\ntitle: y\nversion: "1"\n'
BOMB = (
    HEAD
    + "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdef", "bcdefg", strict=True)
    )
)


@pytest.mark.parametrize("text", [HEAD + "rules: &r [*r]\n", HEAD + "o: &o {k: *o}\n", BOMB])
def test_read_yaml_refuses_cyclic_and_exploding_aliases(text):
    with pytest.raises(ConfigError) as err:
        read_yaml(text, "pakket.yaml")
    assert "YAML-verwijzingen" in str(err.value)


def test_shared_anchors_as_in_the_builtin_packs_still_load():
    data = read_yaml(HEAD + "s: &s {name: bron}\nt: {<<: *s, article: '1'}\n", "p.yaml")
    assert data["t"] == {"name": "bron", "article": "1"}


def test_codex_validate_on_a_cyclic_alias_exits_65_quickly(tmp_path):
    pack = tmp_path / "kring.yaml"
    pack.write_text(HEAD + "rules: &r [*r]\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "meedoen.cli.main", "codex", "validate", str(pack)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.returncode == 65
    assert "YAML-verwijzingen" in out.stdout + out.stderr
