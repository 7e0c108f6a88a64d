# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Generate docs/schema/rulepack.schema.json from the pydantic ``Pack`` model.

Usage (from the repository root):

    .venv/bin/python docs/schema/generate.py          # write the schema
    .venv/bin/python docs/schema/generate.py --check  # exit 1 if it is stale

Editors that understand JSON Schema (for YAML via a ``# yaml-language-server:
$schema=...`` comment) can use the file to complete and check rule packs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from meedoen.core.codex.models import Pack

SCHEMA_PATH = Path(__file__).with_name("rulepack.schema.json")


def build() -> dict[str, Any]:
    schema = Pack.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "meedoen rule pack",
        "description": (
            "A meedoen rule pack (built-in or organisation pack). Generated from the "
            "pydantic model meedoen.core.codex.models.Pack by docs/schema/generate.py; do not edit."
        ),
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != text:
            sys.stderr.write(f"{SCHEMA_PATH} is verouderd; draai: python docs/schema/generate.py\n")
            return 1
        return 0
    SCHEMA_PATH.write_text(text, encoding="utf-8")
    sys.stdout.write(f"geschreven: {SCHEMA_PATH}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
