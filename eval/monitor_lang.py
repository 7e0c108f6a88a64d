# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Language detection and throughput sections of docs/evaluation-analysis.md (see
eval/monitor_analysis.py), and the reader of the CheckThat! files both use."""

from __future__ import annotations

import csv
import json
import platform
import time
from collections import Counter
from pathlib import Path

from meedoen.monitor.analysis import analyse, claims, lang
from meedoen.monitor.analysis.sentiment import get_analyser

DEV = Path(__file__).resolve().parent / "monitor_sentiment_dev.jsonl"


def read_checkthat(data: Path, task: str, split: str) -> list[tuple[str, int]]:
    path = data / "checkthat2022_dutch" / f"CT22_dutch_{task}_{split}.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["tweet_text"], int(r["class_label"])) for r in rows]


def lang_section(data: Path) -> list[str]:
    t0 = time.perf_counter()
    # (an English sentence: a plainly Dutch one is answered by the function-word shortcut
    # without loading lingua's models)
    probe = "This sentence is only here to load the language models."
    assert not lang.clearly_dutch(probe)
    lang.detect(probe)
    cold = time.perf_counter() - t0
    out = ["## Language (`lang`)", ""]
    out += [
        f"lingua, {len(lang.LANGUAGES)} languages ({', '.join(lang.LANGUAGES)}), high-accuracy mode; "
        f"`und` below {lang.MIN_LETTERS} letters or confidence {lang.MIN_CONFIDENCE}. Cold start (first "
        f"call, models loaded lazily) {cold:.2f} s in this run.",
        "",
        "| set | n | nl | und | other (most frequent) |",
        "|---|---|---|---|---|",
    ]
    sets = {
        "CheckThat 1B train+dev (Dutch tweets)": [
            t for s in ("train", "dev") for t, _ in read_checkthat(data, "1B_claim", s)
        ],
        "monitor_sentiment_dev (Dutch sentences)": [
            json.loads(line)["text"] for line in DEV.open(encoding="utf-8") if line.strip()
        ],
    }
    for name, texts in sets.items():
        c = Counter(lang.detect(t) for t in texts)
        other = ", ".join(f"{k} {v}" for k, v in c.most_common() if k not in ("nl", "und"))
        out.append(
            f"| {name} | {len(texts)} | {c['nl']} ({c['nl'] / len(texts):.1%}) | {c['und']} | {other} |"
        )
    out += [
        "",
        "The CheckThat tweets are Dutch by selection, but some are Afrikaans, Flemish-English mixes or "
        "mostly hashtags and links, so 100% is not expected; non-`nl` answers there are not all errors.",
        "",
    ]
    return out + shortcut_lines([t for texts in sets.values() for t in texts])


def lingua_only(text: str) -> str:
    """What :func:`lang.detect` answered before the function-word shortcut."""
    cleaned = lang.clean(text)
    if not lang._enough_letters(cleaned):
        return lang.UND
    values = lang.detector().compute_language_confidence_values(cleaned)
    if not values or values[0].value < lang.MIN_CONFIDENCE:
        return lang.UND
    return values[0].language.iso_code_639_1.name.lower()


def shortcut_lines(texts: list[str]) -> list[str]:
    """How often the Dutch function-word shortcut answers, and how lingua alone would answer."""
    fired = [t for t in texts if lang.clearly_dutch(lang.clean(t))]
    differ = Counter(lingua_only(t) for t in fired)
    agree = differ.pop("nl", 0)
    other = ", ".join(f"{k} {v}" for k, v in differ.most_common()) or "none"
    return [
        f"Function-word shortcut (`lang.clearly_dutch`: at least {lang.MIN_SHARE:.0%} of the "
        f"words Dutch function words, one of them used by none of the other nine languages; "
        f"lingua is not asked): it answers `nl` for {len(fired)} of these {len(texts)} texts; "
        f"lingua alone says `nl` for {agree} of them, otherwise: {other}. Those are Dutch posts "
        "that lingua leaves undetermined or misreads; the shortcut exists for speed (lingua is "
        "more than half of the analysis time), and posts in other languages go to lingua "
        "(`tests/test_monitor_analysis.py` has English, German, French, Spanish, Italian and "
        "Portuguese sentences with Dutch-looking words).",
        "",
    ]


def throughput(data: Path) -> list[str]:
    texts = [t for t, _ in read_checkthat(data, "1B_claim", "train")]
    for t in texts[:50]:
        analyse(t)
    parts = {
        "analyse() (all four)": analyse,
        "lang": lang.detect,
        "sentiment": get_analyser().analyse,
        "claim": claims.is_claim,
    }
    from meedoen.monitor.analysis.toon import has_toon

    parts["toon"] = has_toon
    out = ["## Throughput", "", "| part | posts/s (one core, warm) |", "|---|---|"]
    for name, fn in parts.items():
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        dt = time.perf_counter() - t0
        out.append(f"| {name} | {len(texts) / dt:,.0f} |")
    out += [
        "",
        f"{len(texts)} CheckThat 1B train tweets, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.machine()}.",
        "",
    ]
    return out
