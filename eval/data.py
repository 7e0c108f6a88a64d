# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Readers for the labeled data in ../shared/data (read in place, never copied)."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
VOORBEELDEN = HERE / "voorbeelden.jsonl"


@dataclass(frozen=True)
class Vector:
    kind: str
    value: str
    valid: bool
    source: str


@dataclass(frozen=True)
class Tweet:
    tweet_id: str
    text: str
    labels: dict[str, str] = field(default_factory=dict)  # subtask -> class_label


@dataclass(frozen=True)
class HateCase:
    case_id: str
    functionality: str
    text: str
    hateful: bool
    target: str
    template: int = 0  # MHC's templ_id: odd ones are the development half (see HALVES)


def pii_vectors(data: Path) -> list[Vector]:
    path = data / "pii_nl_test_vectors" / "pii_nl_test_vectors.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            Vector(r["kind"], r["value"], r["expected_valid"].strip() == "true", r["source"])
            for r in csv.DictReader(fh)
        ]


_SUBTASKS = {
    "1A": "checkworthy",
    "1B": "claim",
    "1C": "harmful",
    "1D": "attentionworthy",
}


def checkthat_tweets(data: Path) -> list[Tweet]:
    """All distinct Dutch CheckThat 2022 tweets (train + dev + dev_test), with their labels.

    The four subtask files overlap; a tweet keeps the labels of every subtask
    it appears in. Order is by tweet id, so runs are reproducible.
    """
    folder = data / "checkthat2022_dutch"
    texts: dict[str, str] = {}
    labels: dict[str, dict[str, str]] = {}
    for path in sorted(folder.glob("CT22_dutch_*.tsv")):
        subtask = path.name.split("_")[2]
        name = _SUBTASKS.get(subtask, subtask)
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                tid = (row.get("tweet_id") or "").strip()
                text = row.get("tweet_text") or ""
                if not tid or not text.strip():
                    continue
                texts.setdefault(tid, text)
                labels.setdefault(tid, {})[name] = (row.get("class_label") or "").strip()
    return [Tweet(tid, texts[tid], labels[tid]) for tid in sorted(texts)]


def mhc_cases(data: Path) -> list[HateCase]:
    path = data / "mhc_dutch" / "hatecheck_cases_final_dutch.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            HateCase(
                r["mhc_case_id"],
                r["functionality"],
                r["test_case"],
                r["label_gold"].strip() == "hateful",
                r.get("target_ident") or "",
                int(r.get("templ_id") or 0),
            )
            for r in csv.DictReader(fh)
        ]


def voorbeelden(path: Path = VOORBEELDEN) -> list[dict[str, Any]]:
    """Our own labeled example set (see eval/README.md)."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            item = json.loads(line)
            for key in ("id", "text", "expected"):
                if key not in item:
                    raise ValueError(f"{path.name}:{n}: missing {key!r}")
            out.append(item)
    return out
