# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The published JSON schema of a rule pack equals the one generated from the model."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from meedoen.core.codex.loader import read_yaml
from meedoen.core.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "docs" / "schema" / "generate.py"
SCHEMA = ROOT / "docs" / "schema" / "rulepack.schema.json"


def _generator():
    spec = importlib.util.spec_from_file_location("rulepack_schema_generate", GENERATOR)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_schema_is_up_to_date():
    assert SCHEMA.read_text(encoding="utf-8") == _generator().render(), (
        "docs/schema/rulepack.schema.json is stale: run .venv/bin/python docs/schema/generate.py"
    )


def test_schema_describes_the_pack():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert set(schema["required"]) == {"id", "title", "version"}
    rule = schema["$defs"]["Rule"]
    assert rule["additionalProperties"] is False
    assert {"id", "title", "source", "text", "text_verified", "summary"} <= set(rule["required"])
    assert "organisatie" in schema["$defs"]["Source"]["properties"]["kind"]["enum"]


def test_check_mode_of_the_generator():
    proc = subprocess.run(
        [sys.executable, str(GENERATOR), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("a: 2026-02-30\n", "ongeldige waarde"),
        ("a: [1,\n", "regel 2"),
    ],
)
def test_loader_reports_bad_yaml_values_in_dutch(text, detail):
    # loader.read_yaml used to leak PyYAML's ValueError for impossible dates.
    with pytest.raises(ConfigError) as info:
        read_yaml(text, "pakket.yaml")
    assert info.value.code == "E203" and detail in info.value.message
