# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The four evaluation tasks; each returns plain data for eval/report.py."""

from __future__ import annotations

import importlib.util
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval import data as ds
from eval.engine import Runner
from eval.metrics import PRF, confusion, multilabel_prf, quote
from eval.pii_vectors import VectorResult, build_cases, score

LEVELS = ("groen", "oranje", "rood")


def categories() -> tuple[str, ...]:
    from meedoen.core.categories import CATEGORIES

    return CATEGORIES


# ---------------------------------------------------------------- PII test vectors


def pii(data: Path, runner: Runner) -> dict[str, VectorResult]:
    """Score persoonsgegevens on the test vectors, once with any severity, once risico+."""
    cases = build_cases(ds.pii_vectors(data))
    outcomes = {c.text: runner.run(c.text) for c in cases}
    return {
        "any": score(cases, lambda t: outcomes[t].spans("persoonsgegevens")),
        "serious": score(
            cases, lambda t: outcomes[t].spans("persoonsgegevens", include_let_op=False)
        ),
    }


# ---------------------------------------------------------------- toon on MHC


@dataclass
class ToonResult:
    source: str  # "eval/toon_mhc.py" or "eval/tasks.py"
    overall: dict[str, PRF] = field(default_factory=dict)  # "serious" / "any"
    functionality: dict[str, dict[str, PRF]] = field(default_factory=dict)
    examples_missed: list[str] = field(default_factory=list)
    examples_false: list[str] = field(default_factory=list)
    external: dict[str, Any] | None = None
    halves: dict[str, PRF] = field(default_factory=dict)  # risico+, per template half


def mhc_half(template: int) -> str:
    """MHC's templates in two halves: the odd ones were read while improving the tone
    detector on 2026-11-29 ("development"); the even ones were not ("held out")."""
    return "development (odd templates)" if template % 2 else "held out (even templates)"


def _toon_mhc_module() -> Any:
    path = Path(__file__).with_name("toon_mhc.py")
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("eval_toon_mhc", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module if hasattr(module, "evaluate") else None


def toon(data: Path, runner: Runner) -> ToonResult:
    """Hateful vs non-hateful on Multilingual HateCheck (Dutch).

    Our own scoring always runs (so the tables have one format); when
    eval/toon_mhc.py exists its ``evaluate(data_dir)`` result is included too.
    """
    result = ToonResult(source="eval/tasks.py")
    module = _toon_mhc_module()
    if module is not None:
        try:
            result.external = module.evaluate(data)
            result.source = "eval/tasks.py (+ eval/toon_mhc.py)"
        except Exception as exc:  # noqa: BLE001 - report, do not crash
            result.external = {"error": f"{type(exc).__name__}: {exc}"}
    for mode in ("serious", "any"):
        result.overall[mode] = PRF()
    per: dict[str, dict[str, PRF]] = defaultdict(lambda: {"serious": PRF(), "any": PRF()})
    for case in ds.mhc_cases(data):
        out = runner.run(case.text)
        for mode in ("serious", "any"):
            predicted = "toon" in out.categories(include_let_op=mode == "any")
            result.overall[mode].add(case.hateful, predicted)
            per[case.functionality][mode].add(case.hateful, predicted)
        serious = "toon" in out.categories()
        result.halves.setdefault(mhc_half(case.template), PRF()).add(case.hateful, serious)
        if case.template % 2 == 0:
            continue  # examples only from the development half: the other stays unread
        if case.hateful and not serious and len(result.examples_missed) < 400:
            result.examples_missed.append(f"{case.functionality}: {case.text}")
        if not case.hateful and serious and len(result.examples_false) < 400:
            result.examples_false.append(f"{case.functionality}: {case.text}")
    result.functionality = dict(sorted(per.items()))
    return result


# ---------------------------------------------------------------- CheckThat tweets


@dataclass
class TweetResult:
    total: int = 0
    flagged_posts: int = 0  # posts with at least one risico+ finding
    hits: Counter[str] = field(default_factory=Counter)  # posts with a risico+ finding
    hits_any: Counter[str] = field(default_factory=Counter)  # posts with any finding
    levels: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    toon_by_harm: dict[str, PRF] = field(default_factory=dict)
    detectors: Counter[str] = field(default_factory=Counter)


def tweets(data: Path, runner: Runner, examples_per_category: int = 3) -> TweetResult:
    """Every category's hit rate on everyday Dutch tweets (COVID-19, 2020).

    The tweets are not written by civil servants and carry no labels for our
    categories, so almost every hit is a false positive by construction. Only
    subtask 1C (harmful) fits one of our categories, loosely: toon.
    """
    res = TweetResult()
    harm = {"serious": PRF(), "any": PRF()}
    for tw in ds.checkthat_tweets(data):
        out = runner.run(tw.text)
        res.total += 1
        if out.level:
            res.levels[out.level] += 1
        res.flagged_posts += bool(out.categories())
        for cat in out.categories():
            res.hits[cat] += 1
        for cat in out.categories(include_let_op=True):
            res.hits_any[cat] += 1
        for h in out.hits:
            if h.severity != "let-op":
                res.detectors[h.detector] += 1
                shown = res.examples.setdefault(h.category, [])
                if len(shown) < examples_per_category and not any(tw.tweet_id in s for s in shown):
                    shown.append(f"{quote(tw.text, h.start, h.end, 35)} ({h.detector})")
        if "harmful" in tw.labels:
            harmful = tw.labels["harmful"] == "1"
            harm["serious"].add(harmful, "toon" in out.categories())
            harm["any"].add(harmful, "toon" in out.categories(include_let_op=True))
    res.toon_by_harm = harm
    return res


# ---------------------------------------------------------------- our example set


@dataclass
class ExampleResult:
    n: int
    level_pairs: list[tuple[str, str]]
    matrix: dict[str, Counter[str]]
    cats_serious: dict[str, PRF]
    cats_any: dict[str, PRF]
    by_language: dict[str, list[tuple[str, str]]]
    mistakes: list[dict[str, Any]]


def _language(item: dict[str, Any]) -> str:
    return "en" if item.get("lang") == "en" or item["id"].startswith("en") else "nl"


def examples(runner: Runner, path: Path = ds.VOORBEELDEN) -> ExampleResult:
    items = ds.voorbeelden(path)
    cats = categories()
    pairs: list[tuple[str, str]] = []
    rows_serious, rows_any = [], []
    by_lang: dict[str, list[tuple[str, str]]] = defaultdict(list)
    mistakes = []
    for item in items:
        out = runner.run(item["text"], item.get("profile"), item.get("context"))
        expected = set(item["expected"].get("categories", []))
        predicted = out.categories()
        level = out.level or "fout"
        pairs.append((item["expected"]["level"], level))
        by_lang[_language(item)].append((item["expected"]["level"], level))
        rows_serious.append((expected, predicted))
        rows_any.append((expected, out.categories(include_let_op=True)))
        if level != item["expected"]["level"] or expected != predicted:
            mistakes.append(
                {
                    "id": item["id"],
                    "text": item["text"],
                    "expected_level": item["expected"]["level"],
                    "level": level,
                    "missing": sorted(expected - predicted),
                    "extra": sorted(predicted - expected),
                    "error": out.error,
                }
            )
    return ExampleResult(
        n=len(items),
        level_pairs=pairs,
        matrix=confusion(pairs, LEVELS),
        cats_serious=multilabel_prf(rows_serious, cats),
        cats_any=multilabel_prf(rows_any, cats),
        by_language=dict(by_lang),
        mistakes=mistakes,
    )
