# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Regenerate the documentation that is derived from code.

- docs/schema/assessment.schema.json from the Assessment model;
- docs/decision-table.md from DECISION_TABLE and the combinations.

Run `python tools/generate_docs.py`; tests/test_docs.py fails when these are stale.
"""

from __future__ import annotations

import json
from pathlib import Path

from meedoen.core.assessment import combine
from meedoen.core.assessment.decision import as_markdown
from meedoen.core.assessment.models import Assessment

ROOT = Path(__file__).resolve().parents[1]

DECISION_DOC = """# Decision table: from findings and factors to a level

meedoen has exactly one place where the level (groen, oranje, rood) is decided:
`meedoen.core.assessment.decision.DECISION_TABLE`. The rows are tried from top to bottom and the
first one that holds gives the level; the assessment names that row in its `decision` field.
This page is generated from the code (`python tools/generate_docs.py`) and a test keeps it equal.

## Severities of a finding

| severity | meaning |
|---|---|
| let-op | worth a second look; on its own it never raises the level |
| risico | a real risk; the post is at least oranje |
| ernstig | a likely breach of a rule; the post is rood |

## Factors

The six weighing factors of Aanwijzing 15 (1998), still used as wegingscriteria for art. 10
Ambtenarenwet 2017, are each scored 0–3 with a reason: (a) distance between function and topic,
(b) political sensitivity, (c) timing, (d) manner, (e) foreseeability of harm, (f) severity and
reach. They are derived from the findings, the profile and the context
(`meedoen.core.assessment.factors`).

## Combinations

Before the table is applied, findings that meet are weighed together
(`meedoen.core.assessment.combine.COMBINATIONS`, ADR 0012). A combined finding says so in its
explanation. A category that reaches *risico* only through a combination amplifies the other
risk and does not count as a second, independent risk in row B2, except C5: a leak offered to
a journalist or an MP is a breach of its own next to the contact (Aanwijzing 12, Ambtenarenwet
art. 9).

{combinations}
## The table

{table}
Everything is advice: the level is for the author, not for the employer (Grondwet art. 7).
"""


def assessment_schema() -> str:
    schema = Assessment.model_json_schema()
    schema["$id"] = "https://meedoen.invalid/schema/assessment.schema.json"
    schema["title"] = "meedoen assessment"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def decision_doc() -> str:
    return DECISION_DOC.replace("{table}", as_markdown()).replace(
        "{combinations}", combine.as_markdown()
    )


OUTPUTS = {
    "docs/schema/assessment.schema.json": assessment_schema,
    "docs/decision-table.md": decision_doc,
}


def main() -> None:
    for rel, make in OUTPUTS.items():
        (ROOT / rel).write_text(make(), encoding="utf-8")
        print(f"wrote {rel}")


if __name__ == "__main__":
    main()
