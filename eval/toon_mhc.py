# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Measure the toon detector on Multilingual HateCheck (Dutch) and on real tweets.

MHC (Röttger et al. 2022, CC BY 4.0) labels expert-written sentences hateful or
non-hateful per functionality. Two readings of the detector are scored:

* ``hate``: a finding tagged ``haat`` (hate, slur, threat) counts as "hateful";
* ``any``: any toon finding counts as "hateful" (profanity_nh then counts
  against precision, although flagging profanity is intended).

On the CheckThat! 2022 Dutch tweets (eval-only, read in place) no label for
tone exists; the share of tweets with a finding is reported with the most
frequent matched words, as a false-positive check on real posts.

Usage: ``python eval/toon_mhc.py [DATA_DIR]`` (default ``../shared/data``).
"""

from __future__ import annotations

import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from meedoen.core.assessment.models import Context, Profile
from meedoen.core.codex import builtin_codex
from meedoen.core.codex.models import OrganisationData
from meedoen.core.detectors.base import CheckContext
from meedoen.core.detectors.builtin.toon import ToonDetector
from meedoen.core.text import Document

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def _ctx() -> CheckContext:
    from datetime import date

    return CheckContext(
        profile=Profile(),
        context=Context(),
        codex=builtin_codex(),
        organisation=OrganisationData(),
        on=date(2026, 11, 28),
    )


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def evaluate(data_dir: str | Path = DEFAULT_DATA) -> dict[str, Any]:
    """Scores on MHC Dutch (per functionality and overall) and FP rate on CheckThat tweets."""
    data = Path(data_dir)
    det, ctx = ToonDetector(), _ctx()
    rows = list(csv.DictReader((data / "mhc_dutch" / "hatecheck_cases_final_dutch.csv").open()))
    per: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        hits = list(det.detect(Document(row["test_case"]), ctx))
        gold = row["label_gold"] == "hateful"
        preds = {"hate": any("haat" in h.tags for h in hits), "any": bool(hits)}
        for reading, pred in preds.items():
            cell = "tp" if gold and pred else "fp" if pred else "fn" if gold else "tn"
            per[row["functionality"]][reading][cell] += 1
            totals[reading][cell] += 1
    functionalities = {}
    for func, readings in sorted(per.items()):
        out: dict[str, Any] = {"n": sum(readings["hate"].values())}
        for reading, c in readings.items():
            flagged = c["tp"] + c["fp"]
            out[reading] = {"flagged": flagged, **_prf(c["tp"], c["fp"], c["fn"])}
        functionalities[func] = out
    result: dict[str, Any] = {
        "mhc_overall": {r: {**_prf(c["tp"], c["fp"], c["fn"]), **c} for r, c in totals.items()},
        "mhc_functionalities": functionalities,
    }
    tweets = data / "checkthat2022_dutch" / "CT22_dutch_1B_claim_train.tsv"
    if tweets.exists():
        texts = []
        with tweets.open() as fh:
            for line in fh.read().splitlines()[1:]:
                cols = line.split("\t")
                if len(cols) >= 4:
                    texts.append(cols[3])
        kinds: Counter[str] = Counter()
        words: Counter[str] = Counter()
        flagged = 0
        for text in texts:
            doc = Document(text)
            hits = list(det.detect(doc, ctx))
            flagged += bool(hits)
            for h in hits:
                kinds[h.tags[0]] += 1
                words[doc.text[h.start : h.end].lower()] += 1
        result["checkthat_tweets"] = {
            "n": len(texts),
            "flagged": flagged,
            "rate": round(flagged / max(1, len(texts)), 3),
            "by_kind": dict(kinds.most_common()),
            "top_matches": dict(words.most_common(25)),
        }
    return result


def main(argv: list[str]) -> int:
    res = evaluate(argv[1] if len(argv) > 1 else DEFAULT_DATA)
    print("MHC Dutch overall")
    for reading, m in res["mhc_overall"].items():
        print(f"  {reading:5} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}")
    print(f"\n{'functionality':24} {'n':>4} {'hate-flag':>9} {'P':>6} {'R':>6} {'any-flag':>9}")
    for func, m in res["mhc_functionalities"].items():
        h, a = m["hate"], m["any"]
        print(
            f"{func:24} {m['n']:>4} {h['flagged']:>9} {h['precision']:>6.2f} {h['recall']:>6.2f} {a['flagged']:>9}"
        )
    if "checkthat_tweets" in res:
        ct = res["checkthat_tweets"]
        print(f"\nCheckThat tweets: {ct['flagged']}/{ct['n']} flagged ({ct['rate']:.1%})")
        print("  by kind:", ct["by_kind"])
        print("  top matches:", ct["top_matches"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
