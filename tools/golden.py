# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Golden cases: the labelled example set checked as whole assessments.

Each case in ``eval/voorbeelden.jsonl`` has an expected level and the
categories that should carry a risk (severity risico or ernstig). Cases that
currently fail are listed explicitly in ``tests/golden/known_failures.json``
(deduce-style): a regression *and* a fix both make the test fail until the
list is updated with ``python tools/golden.py --update``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from meedoen import check

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "eval" / "voorbeelden.jsonl"
KNOWN = ROOT / "tests" / "golden" / "known_failures.json"


def load_cases() -> list[dict[str, Any]]:
    with CASES.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def outcome(case: dict[str, Any]) -> dict[str, Any]:
    a = check(case["text"], profile=case.get("profile"), context=case.get("context"))
    risky = sorted({f.category for f in a.findings if f.severity != "let-op"})
    return {"level": a.level, "categories": risky}


def failures() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for case in load_cases():
        expected = {
            "level": case["expected"]["level"],
            "categories": sorted(set(case["expected"].get("categories", []))),
        }
        got = outcome(case)
        if got != expected:
            out[str(case["id"])] = {"expected": expected, "got": got}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="rewrite the known-failures list")
    args = parser.parse_args()
    found = failures()
    if args.update:
        KNOWN.write_text(
            json.dumps(found, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"wrote {len(found)} known failures to {KNOWN.relative_to(ROOT)}")
    else:
        print(json.dumps(found, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
