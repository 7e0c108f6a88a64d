# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Measure the per-post monitoring analysis and write docs/evaluation-analysis.md.

Tasks and data (read in place, nothing copied):

* claims: CheckThat! 2022 Dutch task 1A (check-worthiness). The weights in
  ``meedoen.monitor.analysis.claims`` were fitted on the *train* split and the
  threshold picked by 5-fold cross-validation on train; the *dev* split is the
  held-out number (the labeled test split is not available here). Task 1B
  (verifiable factual claim) dev is scored as a second view, without refitting.
* sentiment: no sentiment-labelled Dutch data exists in ../shared/data, so
  ``eval/monitor_sentiment_dev.jsonl`` (161 self-written sentences) is used —
  a weak measurement, see the report.
* language: share of ``lang == "nl"`` on the (Dutch) CheckThat tweets and on
  the dev sentences.
* throughput: ``analyse()`` posts/s on one core, warm.

Usage::

    python eval/monitor_analysis.py [--data ../shared/data] [--out docs/evaluation-analysis.md]
    python eval/monitor_analysis.py --fit      # refit the claim weights, print them
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from eval.monitor_lang import lang_section, read_checkthat, throughput  # noqa: E402
from meedoen.monitor.analysis import claims  # noqa: E402
from meedoen.monitor.analysis.sentiment import (  # noqa: E402
    LABELS,
    get_analyser,
    label,
    sentiment_analysers,
)

DATA = ROOT / ".." / "shared" / "data"
DEV = ROOT / "eval" / "monitor_sentiment_dev.jsonl"
OUT = ROOT / "docs" / "evaluation-analysis.md"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def binary(gold: list[int], pred: list[int]) -> dict[str, float | int]:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g and not p)
    tn = len(gold) - tp - fp - fn
    p, r, f = prf(tp, fp, fn)
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "p": p,
        "r": r,
        "f1": f,
        "acc": (tp + tn) / len(gold),
    }


def cv_threshold(rows: list[tuple[dict[str, float], int]], folds: int = 5) -> tuple[float, float]:
    """The threshold with the best mean F1 over ``folds`` train folds (deterministic split)."""
    grid = [round(0.2 + 0.025 * i, 3) for i in range(21)]
    scores = dict.fromkeys(grid, 0.0)
    for k in range(folds):
        train = [r for i, r in enumerate(rows) if i % folds != k]
        test = [r for i, r in enumerate(rows) if i % folds == k]
        b, w = claims.fit(train)
        gold = [y for _, y in test]
        for t in grid:
            pred = [int(claims.decide(x, w, b, t)) for x, _ in test]
            scores[t] += binary(gold, pred)["f1"] / folds
    best = max(grid, key=lambda t: (scores[t], -abs(t - 0.5)))
    return best, scores[best]


def do_fit(data: Path) -> None:
    rows = [(claims.features(t), y) for t, y in read_checkthat(data, "1A_checkworthy", "train")]
    t, f = cv_threshold(rows)
    b, w = claims.fit(rows)
    print(f"BIAS = {b:.3f}")
    print("WEIGHTS: dict[str, float] = {")
    for k, v in w.items():
        print(f'    "{k}": {v:.3f},')
    print("}")
    print(f"THRESHOLD = {t}  # 5-fold CV F1 on train {f:.3f}")


def fmt(x: float) -> str:
    return f"{x:.3f}"


def claims_section(data: Path) -> list[str]:
    out = ["## Check-worthy claims (`claim`)", ""]
    train = read_checkthat(data, "1A_checkworthy", "train")
    rows = [(claims.features(t), y) for t, y in train]
    cv_t, cv_f = cv_threshold(rows)
    out += [
        f"Classifier: {len(claims.FEATURES)} named features, logistic weights fitted on 1A train ({len(train)} tweets, "
        f"{sum(y for _, y in train)} check-worthy); threshold {claims.THRESHOLD} "
        f"(5-fold CV on train picks {cv_t}, mean F1 {fmt(cv_f)}). Reported on **dev**, never used for fitting or tuning. "
        "The labeled CheckThat test split is not in ../shared/data, so dev is the held-out set.",
        "",
        "| set | n | pos | method | precision | recall | F1 (check-worthy) | accuracy |",
        "|---|---|---|---|---|---|---|---|",
    ]
    conf: list[str] = []
    prec_at: dict[str, str] = {}
    for task, split in (
        ("1A_checkworthy", "dev"),
        ("1A_checkworthy", "train"),
        ("1B_claim", "dev"),
    ):
        rows_ = read_checkthat(data, task, split)
        gold = [y for _, y in rows_]
        pred = [int(claims.is_claim(t)) for t, _ in rows_]
        name = f"{task} {split}" + (" (fitted on: optimistic)" if split == "train" else "")
        for method, p in (
            ("meedoen claims", pred),
            ("majority (never)", [0] * len(gold)),
            ("always check-worthy", [1] * len(gold)),
        ):
            m = binary(gold, p)
            out.append(
                f"| {name} | {len(gold)} | {sum(gold)} | {method} | {fmt(m['p'])} | {fmt(m['r'])} "
                f"| {fmt(m['f1'])} | {fmt(m['acc'])} |"
            )
        if split == "dev":
            ranked = sorted(zip((claims.claim_score(t) for t, _ in rows_), gold, strict=True))[::-1]
            for k in (10, 20):
                prec_at[f"{task} dev"] = prec_at.get(f"{task} dev", "") + (
                    f"P@{k} {sum(y for _, y in ranked[:k]) / k:.2f}, "
                )
            prec_at[f"{task} dev"] += f"base rate {sum(gold) / len(gold):.2f}"
        m = binary(gold, pred)
        conf.append(f"| {name} | {m['tp']} | {m['fn']} | {m['fp']} | {m['tn']} |")
    out += [
        "",
        "Confusion matrices (gold rows × predicted):",
        "",
        "| set | gold 1 → pred 1 (TP) | gold 1 → pred 0 (FN) | gold 0 → pred 1 (FP) | gold 0 → pred 0 (TN) |",
        "|---|---|---|---|---|",
        *conf,
        "",
        "Ranking by `claims.claim_score` (for a list of posts that may need a reply, "
        "the top of the ranking matters more than the flag): "
        + "; ".join(f"{k}: {v}" for k, v in prec_at.items())
        + ".",
        "",
        "Weights (log-odds per feature at value 1; bias " + fmt(claims.BIAS) + "):",
        "",
        "| feature | weight |",
        "|---|---|",
        *(f"| {k} | {v:+.2f} |" for k, v in sorted(claims.WEIGHTS.items(), key=lambda kv: -kv[1])),
        "",
    ]
    return out


def three_way(gold: list[str], pred: list[str]) -> tuple[float, float]:
    """Accuracy and macro-F1 over the three sentiment labels."""
    fs = []
    for c in LABELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        fs.append(prf(tp, fp, fn)[2])
    acc = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold)
    return acc, sum(fs) / len(fs)


def sentiment_section() -> list[str]:
    rows = [json.loads(line) for line in DEV.open(encoding="utf-8") if line.strip()]
    an = get_analyser()
    scores = [an.analyse(r["text"])[1] for r in rows]
    gold = [r["label"] for r in rows]
    pred = [label(s) for s in scores]
    out = [
        "## Sentiment (`sentiment`, `sentiment_score`)",
        "",
        "**No sentiment-labelled Dutch data exists in ../shared/data** (mhc_dutch is hateful/non-hateful, "
        "CheckThat is check-worthiness/harm; DALC and the Pattern book reviews are not there). "
        f"The set used here, `eval/monitor_sentiment_dev.jsonl`, has {len(rows)} sentences "
        f"({', '.join(f'{k} {v}' for k, v in sorted(Counter(gold).items()))}) **written by the meedoen "
        "contributors themselves** in the style of posts about local and national government, labelled by "
        "the same author, before the analyser was run on them (the analyser was adjusted after its first run, "
        "see the discussion at the end). Only one "
        "person labelled, the sentences are cleaner than real posts and contain no sarcasm beyond a few "
        "cases: treat the numbers as a weak smoke test, not as the quality on real posts. "
        "The published figure for the lexicon is 82% accuracy on Dutch book reviews (positive/negative only).",
        "",
        f"Analyser `{an.name}`, threshold ±0.1 (Pattern's default, not tuned).",
        "",
        "| class | precision | recall | F1 | n |",
        "|---|---|---|---|---|",
    ]
    f1s = []
    for c in LABELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        p, r, f = prf(tp, fp, fn)
        f1s.append(f)
        out.append(f"| {c} | {fmt(p)} | {fmt(r)} | {fmt(f)} | {gold.count(c)} |")
    acc = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold)
    major = Counter(gold).most_common(1)[0]
    out += [
        "",
        f"Accuracy {fmt(acc)}, macro-F1 {fmt(sum(f1s) / 3)}; majority baseline ({major[0]}) accuracy "
        f"{fmt(major[1] / len(gold))}, macro-F1 {fmt((2 * major[1] / (len(gold) + major[1])) / 3)}.",
        "",
        "Confusion matrix (rows gold, columns predicted):",
        "",
        "| gold \\ pred | " + " | ".join(LABELS) + " |",
        "|---|---|---|---|",
    ]
    for g in LABELS:
        cnt = Counter(p for gg, p in zip(gold, pred, strict=True) if gg == g)
        out.append(f"| {g} | " + " | ".join(str(cnt[p]) for p in LABELS) + " |")
    out += [
        "",
        "Threshold sweep (information only: choosing it here would be tuning on the dev set):",
        "",
    ]
    out += ["| threshold | accuracy | macro-F1 |", "|---|---|---|"]
    for t in (0.05, 0.1, 0.15, 0.2, 0.3):
        pr = [label(s, t) for s in scores]
        fs = []
        for c in LABELS:
            tp = sum(1 for g, p in zip(gold, pr, strict=True) if g == c and p == c)
            fp = sum(1 for g, p in zip(gold, pr, strict=True) if g != c and p == c)
            fn = sum(1 for g, p in zip(gold, pr, strict=True) if g == c and p != c)
            fs.append(prf(tp, fp, fn)[2])
        a = sum(1 for g, p in zip(gold, pr, strict=True) if g == p) / len(gold)
        out.append(f"| {t} | {fmt(a)} | {fmt(sum(fs) / 3)} |")
    out += [
        "",
        "Analysers compared on the same set (see `sentiment.py`; the first run of `pattern-nl`, "
        "before the homograph list and the two fixes described below, scored accuracy 0.783, "
        "macro-F1 0.779):",
        "",
        "| analyser | accuracy | macro-F1 |",
        "|---|---|---|",
    ]
    for name in sentiment_analysers.names():
        a2 = get_analyser(name)
        pr = [a2.analyse(r["text"])[0] for r in rows]
        acc2, mf = three_way(gold, pr)
        out.append(f"| `{name}` — {a2.description} | {fmt(acc2)} | {fmt(mf)} |")
    tweets = [t for s in ("train", "dev") for t, _ in read_checkthat(DATA, "1B_claim", s)]
    dist = Counter(an.analyse(t)[0] for t in tweets)
    out += [
        "",
        f"On real posts without sentiment labels (CheckThat 1B train+dev, {len(tweets)} Dutch COVID "
        "tweets) `pattern-nl` says "
        + ", ".join(f"{c} {dist[c] / len(tweets):.0%}" for c in LABELS)
        + ". This is a distribution, not a score.",
    ]
    missed = [(r["text"], g, p) for r, g, p in zip(rows, gold, pred, strict=True) if g != p]
    out += ["", f"All {len(missed)} errors are listed by `--verbose`. The first ten:", ""]
    out += [f"- {g} → {p}: {t}" for t, g, p in missed[:10]]
    out.append("")
    return out


DISCUSSION = [
    "## Discussion (hand-written; numbers above are regenerated on every run)",
    "",
    "**Sentiment.** There is no sentiment-labelled Dutch data in `../shared/data`, so the only "
    "measurement is a self-written set of 161 sentences. It was written and labelled before the "
    "analyser ran on it, but the analyser was then changed after looking at its errors: (1) a "
    "list of homographs that never score (`naar` is 'nasty' in the lexicon but nearly always the "
    "preposition; also `waar`, `laat`, `net`, `gemaakt` …) — the words were picked from the most "
    "frequent lexicon hits in the sentiment-unlabelled CheckThat tweets, but the need was seen on "
    "the dev set; (2) a chain of intensifiers ('heel erg bedankt') made 'erg' score as 'bad'; "
    "(3) two adjacent known words now form one assessment, as in Pattern ('niet goed doordacht'). "
    "The current figure is therefore optimistic; the first-run figure (0.783 accuracy) is the more "
    "honest one, and neither says much about real posts, which are noisier, more sarcastic and "
    "lean on nouns and verbs ('schande', 'bedankt', 'ramp') that an adjective lexicon does not "
    "have. On real tweets the analyser calls a third of the posts positive, which probably "
    "overstates positivity ('goed', 'nieuwe', 'groot' are mildly positive in the lexicon). Use "
    "the sentiment share only as a trend within one dossier, next to the representativeness "
    "caveat, and measure any replacement (`--sentiment NAME`) with `meedoen monitor analyse` on "
    "a labelled sample of your own posts.",
    "",
    "**Claims.** The flag does **not** beat the trivial 'everything is check-worthy' baseline on "
    "F1 on the held-out dev split (72 tweets; one tweet moves F1 by about 0.02, so the "
    "difference is within noise either way), and it is only slightly above it in 5-fold CV on "
    "train. It is slightly more precise than that baseline and flags fewer posts (64% of dev), and its ranking is "
    "useful: among the 10–20 highest-scored dev tweets, 55–70% are check-worthy against a base "
    "rate of 40%. For the dashboard, show the top of the ranking ('posts that may need a "
    "deskundig weerwoord') rather than a share of flagged posts. CheckThat 2022 Dutch is hard: "
    "the labels are noisy (many tweets are news headlines with a link, which the annotators mostly "
    "did not mark); leaderboard figures for this task are not verified here (see its SOURCE.txt). "
    "A bag-of-words model might do better, but its weights would "
    "be derived word by word from research-only tweets; the 22 named weights here are not.",
    "",
    "**Language.** lingua in high-accuracy mode with ten languages: 96 MB wheel (the same on "
    "disk, `lingua/` in site-packages), a cold start of 1.1 s on an idle machine and up to about 4 s under load on the first call (lazy, once per "
    "process) and about 250 MB resident memory; low-accuracy mode would load in 0.06 s with "
    "40 MB and run 2.5× faster, but is unreliable on short posts ('Top!' → Turkish). Posts "
    "with fewer than 12 letters after removing links, handles and digits are `und`. "
    "Language detection is the slowest part of `analyse()` (for texts the function-word shortcut "
    "does not settle); the throughput figures vary by a factor "
    "of two to three with other load on the shared machine (lingua alone measured 4,200 posts/s idle).",
    "",
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--fit", action="store_true", help="refit the claim weights and print them")
    ap.add_argument("--verbose", action="store_true", help="print every sentiment error")
    args = ap.parse_args(argv)
    if args.fit:
        do_fit(args.data)
        return 0
    lines = [
        "<!-- SPDX-License-Identifier: EUPL-1.2 -->",
        "<!-- SPDX-FileCopyrightText: 2026 meedoen contributors -->",
        "# Evaluation: per-post monitoring analysis",
        "",
        "Written by `python eval/monitor_analysis.py` on "
        f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}. The same function is "
        "`meedoen monitor analyse --jsonl IN`; measure it on your own labeled data with that command.",
        "",
    ]
    lines += lang_section(args.data)
    lines += sentiment_section()
    lines += claims_section(args.data)
    lines += throughput(args.data)
    lines += DISCUSSION
    args.out.write_text("\n".join(lines), encoding="utf-8")
    if args.verbose:
        rows = [json.loads(line) for line in DEV.open(encoding="utf-8") if line.strip()]
        an = get_analyser()
        for r in rows:
            lab, s = an.analyse(r["text"])
            if lab != r["label"]:
                print(
                    f"{r['label']:>9} → {lab:<9} {s:+.3f} {r['text']}  {an.assessments(r['text'])}"
                )
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
