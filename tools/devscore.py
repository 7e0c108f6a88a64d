# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Print every case of a labelled JSONL set where the engine disagrees with the label.

Usage: python tools/devscore.py eval/voorbeelden.jsonl [--summary]
Shows the expected and actual level, the risky categories (risico/ernstig), the
let-op categories, the text, the reply-to and the labeller's note, then a
summary (level accuracy, per-category precision and recall).
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from meedoen import check


def main(path: str, summary_only: bool = False) -> None:
    with open(path, encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    right = 0
    for c in cases:
        a = check(c["text"], c.get("profile"), c.get("context"))
        got = {f.category for f in a.findings if f.severity != "let-op"}
        exp = set(c["expected"].get("categories", []))
        right += a.level == c["expected"]["level"]
        tp.update(got & exp)
        fp.update(got - exp)
        fn.update(exp - got)
        if summary_only or (a.level == c["expected"]["level"] and got == exp):
            continue
        ctx = c.get("context") or {}
        letop = sorted({f.category for f in a.findings if f.severity == "let-op"})
        print(
            f"{c['id']} expected={c['expected']['level']} {sorted(exp)} got={a.level} "
            f"{sorted(got)} let-op={letop} capacity={ctx.get('capacity')} "
            f"audience={ctx.get('audience')}"
        )
        print("   text:", c["text"][:400].replace("\n", " "))
        reply = ctx.get("reply_to") or {}
        if reply:
            print("   reply_to:", reply.get("author_role"), (reply.get("text") or "")[:160])
        for f in a.findings:
            print(f"   finding: {f.category}/{f.severity} {f.detector} {f.evidence!r}")
        if c.get("note"):
            print("   note:", c["note"][:200])
    print(f"\nlevel accuracy {right}/{len(cases)} = {right / len(cases):.2f}")
    for k in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[k] / (tp[k] + fp[k]) if tp[k] + fp[k] else 0.0
        r = tp[k] / (tp[k] + fn[k]) if tp[k] + fn[k] else 0.0
        print(f"{k:20s} P={p:.2f} R={r:.2f} tp={tp[k]} fp={fp[k]} fn={fn[k]}")


if __name__ == "__main__":
    main(sys.argv[1], "--summary" in sys.argv)
