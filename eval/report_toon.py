# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Markdown for the toon evaluation on MHC, including eval/toon_mhc.py's result."""

from __future__ import annotations

from typing import Any

from eval.metrics import PRF, fmt, md_table
from eval.tasks import ToonResult

PRF_HEADER = ["", "support", "TP", "FP", "FN", "precision", "recall", "F1"]


def _prf_row(name: str, p: PRF) -> list[object]:
    return [name, p.support, p.tp, p.fp, p.fn, fmt(p.precision), fmt(p.recall), fmt(p.f1)]


def _ext_flag_rate(ext: dict[str, Any] | None, func: str) -> str:
    try:
        cell = ext["mhc_functionalities"][func]  # type: ignore[index]
        return f"{cell['hate']['flagged'] / cell['n']:.2f}"
    except (KeyError, TypeError, ZeroDivisionError):
        return "–"


def toon_section(res: ToonResult) -> str:
    ext = res.external if isinstance(res.external, dict) else None
    has_ext = ext is not None and "mhc_functionalities" in ext
    rows = []
    for func, modes in res.functionality.items():
        s, a = modes["serious"], modes["any"]
        n = s.tp + s.fp + s.fn + s.tn
        gold = "hateful" if s.support else "non-hateful"
        row: list[object] = [func, gold, n, f"{(s.tp + s.fp) / n:.2f}", f"{(a.tp + a.fp) / n:.2f}"]
        if has_ext:
            row.append(_ext_flag_rate(ext, func))
        rows.append(row)
    head = ["functionality", "gold", "n", "flagged (risico+)", "flagged (any)"]
    if has_ext:
        head.append("flagged (tag haat)")
    table = md_table(head, rows)
    overall = md_table(
        PRF_HEADER,
        [
            _prf_row("hateful = toon finding, risico+", res.overall["serious"]),
            _prf_row("hateful = toon finding, any severity", res.overall["any"]),
        ],
    )
    halves = md_table(PRF_HEADER, [_prf_row(name, prf) for name, prf in sorted(res.halves.items())])
    missed = "\n".join(f"- `{m}`" for m in res.examples_missed[:8])
    false = "\n".join(f"- `{m}`" for m in res.examples_false[:8])
    return f"""## 2. toon on Multilingual HateCheck (Dutch)

Data: `mhc_dutch` (3,765 expert-written test sentences, gold labels per
functionality). Every sentence is checked with `meedoen.check`, no profile and
the default context (a private post on X). Predicted *hateful* = a `toon`
finding. Scored by: {res.source}.

{overall}

By template half (risico+). MHC writes each sentence from a template; on 2026-11-29 the
hate patterns were extended after reading misses from the odd-numbered templates only, so
the even-numbered half is the honest estimate for new phrasings. The examples below come
from the odd half.

{halves}

For a "_nh" functionality (non-hateful) every flag is a false positive; for a
"_h" functionality the flag rate is the recall. Note that `profanity_nh`
("Sorry dat ik een klootzak ben") is non-hateful for MHC but *should* draw a
`toon` remark from meedoen (profanity in a post by a civil servant), so its
flags are only false positives for the hate task.

{table}

Some missed hateful cases:

{missed or "- (none)"}

Some non-hateful cases flagged (risico+):

{false or "- (none)"}
{_external_section(res.external)}
"""


def _external_section(ext: Any) -> str:
    if ext is None:
        return ""
    out = ["", "### Scored by `eval/toon_mhc.py` (the toon detector alone)", ""]
    if not isinstance(ext, dict):
        return "\n".join([*out, f"Unexpected result: `{_short(ext)}`", ""])
    if "error" in ext:
        out.append(f"`evaluate()` failed: `{_short(ext['error'])}`")
    overall = ext.get("mhc_overall")
    if isinstance(overall, dict):
        rows = []
        for reading, c in overall.items():
            if isinstance(c, dict):
                rows.append(
                    [
                        reading,
                        c.get("tp", "–"),
                        c.get("fp", "–"),
                        c.get("fn", "–"),
                        _num(c.get("precision")),
                        _num(c.get("recall")),
                        _num(c.get("f1")),
                    ]
                )
        out.append(md_table(["reading", "TP", "FP", "FN", "precision", "recall", "F1"], rows))
        out.append("")
        out.append(
            "Readings: `hate` = a toon finding tagged `haat` (hate, slur, threat); "
            "`any` = any toon finding. Per functionality see the last column above."
        )
    tweets = ext.get("checkthat_tweets")
    if isinstance(tweets, dict):
        kinds = ", ".join(f"{k} {v}" for k, v in (tweets.get("by_kind") or {}).items())
        top = ", ".join(
            f"«{k}» {v}" for k, v in list((tweets.get("top_matches") or {}).items())[:12]
        )
        out.append("")
        out.append(
            f"On {tweets.get('n', '?')} CheckThat tweets the toon detector flags "
            f"{tweets.get('flagged', '?')} ({_num(tweets.get('rate'), 3)}); by kind: "
            f"{kinds or '–'}. Most frequent matches: {top or '–'}."
        )
    rest = {
        k: v
        for k, v in ext.items()
        if k not in {"mhc_overall", "mhc_functionalities", "checkthat_tweets", "error"}
    }
    if rest:
        out.append("")
        out.append(_render_external(rest))
    return "\n".join(out) + "\n"


def _num(v: Any, digits: int = 2) -> str:
    return fmt(v, digits) if isinstance(v, int | float) else "–"


def _render_external(obj: Any, depth: int = 0) -> str:
    pad = "  " * depth
    if isinstance(obj, dict):
        out = []
        for k, v in obj.items():
            if isinstance(v, dict | list) and depth < 1:
                out.append(f"{pad}- {k}:\n{_render_external(v, depth + 1)}")
            else:
                out.append(f"{pad}- {k}: {_short(v)}")
        return "\n".join(out)
    if isinstance(obj, list):
        return "\n".join(f"{pad}- {_short(v)}" for v in obj[:20])
    return f"{pad}- {_short(obj)}"


def _short(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    s = str(v)
    return s if len(s) < 160 else s[:157] + "…"
