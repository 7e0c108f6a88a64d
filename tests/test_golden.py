# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Whole assessments of the labelled example set against an explicit known-failures list."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _golden():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("golden", ROOT / "tools" / "golden.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_set_matches_labels_except_known_failures() -> None:
    golden = _golden()
    known = json.loads(golden.KNOWN.read_text(encoding="utf-8"))
    found = golden.failures()
    fixed = sorted(set(known) - set(found))
    new = sorted(set(found) - set(known))
    assert not new, f"new failures (regressions): {new}: {[found[k] for k in new]}"
    assert not fixed, (
        f"fixed cases still listed as known failures: {fixed}; run tools/golden.py --update"
    )
    assert found == known, "a known failure changed shape; inspect and run tools/golden.py --update"


def test_known_failures_are_a_minority() -> None:
    golden = _golden()
    known = json.loads(golden.KNOWN.read_text(encoding="utf-8"))
    assert len(known) <= len(golden.load_cases()) // 3
