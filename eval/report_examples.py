# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Markdown for labeled example sets (our own, and the held-out set)."""

from __future__ import annotations

from collections.abc import Sequence

from eval.metrics import accuracy, fmt, md_table
from eval.tasks import LEVELS, ExampleResult


def examples_section(
    res: ExampleResult, cats: Sequence[str], title: str, intro: str, *, own: bool = True
) -> str:
    """Level accuracy, confusion matrix and per-category scores for a labeled set.

    ``own=False`` (the held-out set) leaves out anything that identifies single
    posts, so that reading docs/evaluation.md does not spend the holdout.
    """
    acc = accuracy(res.level_pairs)
    cm_rows = []
    for exp in list(LEVELS) + [k for k in res.matrix if k not in LEVELS]:
        counter = res.matrix.get(exp, {})
        predicted = list(LEVELS) + ["fout"]
        cm_rows.append([f"**{exp}**"] + [counter.get(p, 0) for p in predicted])
    cm = md_table(["expected \\ predicted", *LEVELS, "fout (error)"], cm_rows)
    lang = ", ".join(
        f"{k}: {fmt(accuracy(v))} (n={len(v)})" for k, v in sorted(res.by_language.items())
    )
    cat_rows = []
    for cat in cats:
        s, a = res.cats_serious[cat], res.cats_any[cat]
        cat_rows.append(
            [
                cat,
                s.support,
                fmt(s.precision),
                fmt(s.recall),
                fmt(s.f1),
                fmt(a.precision),
                fmt(a.recall),
                fmt(a.f1),
            ]
        )
    ctable = md_table(
        [
            "category",
            "expected",
            "P risico+",
            "R risico+",
            "F1 risico+",
            "P any",
            "R any",
            "F1 any",
        ],
        cat_rows,
    )
    lenient = sum(1 for e, p in res.level_pairs if (e == "groen") == (p == "groen")) / max(
        1, len(res.level_pairs)
    )
    mistakes = "\n".join(
        f"- {m['id']} «{_clip(m['text'])}»: expected {m['expected_level']}, got {m['level']}"
        + (f"; missing {', '.join(m['missing'])}" if m["missing"] else "")
        + (f"; extra {', '.join(m['extra'])}" if m["extra"] else "")
        for m in res.mistakes[:60]
    )
    by_lang = f" (by language: {lang})" if own else ""
    tail = (
        "Disagreements (first 60; the full list is printed by `eval/run.py --verbose`):"
        f"\n\n{mistakes or '- (none)'}\n"
        if own
        else "Single disagreements are not listed, to keep the set held out.\n"
    )
    return f"""{title}

{intro}

Level accuracy: **{fmt(acc)}**{by_lang}. Groen vs not-groen agreement: {fmt(lenient)}.

{cm}

Per category (expected = the labeled categories; predicted = categories with a
risico+ finding, and with any severity):

{ctable}

{tail}"""


def _clip(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
