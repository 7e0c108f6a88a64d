# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""`make eval`: measure detection quality and write docs/evaluation.md.

    .venv/bin/python eval/run.py --data ../shared/data --out docs/evaluation.md

Runs offline, on whatever detectors are registered. The shared data is read
in place and never copied.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Run as a script, Python puts this folder first on sys.path, where its module
# names could shadow others; import it as the package `eval` instead.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
if str(ROOT) not in sys.path:  # run as a script: make `eval` importable as a package
    sys.path.insert(0, str(ROOT))

from eval import report, report_examples, report_toon, tasks  # noqa: E402
from eval.engine import Runner, engine_info  # noqa: E402

OWN_TITLE = "## 4. Our own example set (`eval/voorbeelden.jsonl`)"
OWN_INTRO = """Draft posts written and labeled by the team before looking at detector output
(see `eval/README.md`): Dutch and English, every category with positives and
hard negatives. The team that builds the detectors also wrote these posts, and
the file sat in the shared working tree while detectors were being written, so
it is *not* held out: the numbers are **likely optimistic**."""
HELD_OUT_INTRO = """Labeled draft posts written from the specification only by a separate
session that saw no code and no other examples (see the README next to the
file). Nobody building detectors is supposed to read it, so this is the most
honest estimate here of how the engine does on posts it was not written for.
Scored exactly like §4; single posts are not shown."""
CHECK_INTRO = """Labeled draft posts written from the specification only by a separate
session that saw no code and no other examples (see the README next to the
file), as a *check set*: nobody tuning the engine reads its posts; it is scored
in aggregate to see whether a round of changes made against its sibling
development set generalises. Single posts are not shown."""
DEV_INTRO = """Labeled draft posts written blind from the specification by a separate
session (see the README next to the file) and then **used as a development
set**: detectors were changed after reading its disagreements, so its numbers
are optimistic. Shown for the record; the check set next to it is the honest one."""
FRESH_INTRO = """Labeled draft posts written blind from the specification by a separate
session (see the README next to the file) at the end of a tuning session and scored
in aggregate only, to measure that session's work on posts it was not written for.
Not used for tuning (yet). Single posts are not shown."""
HELD_OUT_DEFAULT = (
    ("holdout", HERE / "holdout" / "holdout.jsonl", HELD_OUT_INTRO),
    ("sealed", HERE / "sealed" / "sealed.jsonl", HELD_OUT_INTRO),
    ("sealed2", HERE / "sealed2" / "sealed2.jsonl", HELD_OUT_INTRO),
    *(
        (
            f"dev{n}{half}",
            HERE / f"dev{n}" / f"dev{n}{half}.jsonl",
            FRESH_INTRO if f"dev{n}{half}" in report.FRESH else intro,
        )
        for n in report.DEV_ROUNDS
        for half, intro in (("a", DEV_INTRO), ("b", CHECK_INTRO))
    ),
)


def held_out_sets(args: argparse.Namespace) -> list[tuple[str, Path, str]]:
    if args.held_out:
        return [(p.stem, p, HELD_OUT_INTRO) for p in args.held_out]
    return [(k, p, intro) for k, p, intro in HELD_OUT_DEFAULT if p.exists()]


MONITOR_REPORTS = ("evaluation-spikes.md", "evaluation-analysis.md")


def _monitor_section(path: Path) -> str:
    """A monitoring report (issue #4), its headings one level down, if it was generated."""
    if not path.is_file():
        return f"## Monitoring: `{path.name}` not generated yet (`make eval` writes it)\n"
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(("#" + line) if line.startswith("#") else line for line in lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "evaluation.md")
    ap.add_argument("--examples", type=Path, default=tasks.ds.VOORBEELDEN)
    ap.add_argument(
        "--held-out",
        type=Path,
        action="append",
        help="labeled sets scored in aggregate only (default: eval/holdout, eval/sealed, eval/sealed2)",
    )
    ap.add_argument("--only", choices=["pii", "toon", "tweets", "examples"], action="append")
    ap.add_argument("--verbose", action="store_true", help="print every disagreement")
    args = ap.parse_args(argv)

    if not args.data.is_dir():
        print(f"eval: data directory not found: {args.data}", file=sys.stderr)
        return 2
    only = set(args.only or ["pii", "toon", "tweets", "examples"])
    started = time.perf_counter()
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    info = engine_info()
    runner = Runner()
    cats = tasks.categories()
    parts = []
    results: dict[str, object] = {}

    if "pii" in only:
        print("eval: PII test vectors …", file=sys.stderr)
        results["pii"] = pii = tasks.pii(args.data, runner)
        parts.append(report.pii_section(pii))
    if "toon" in only:
        print("eval: toon on MHC Dutch …", file=sys.stderr)
        results["toon"] = toon = tasks.toon(args.data, runner)
        parts.append(report_toon.toon_section(toon))
    if "tweets" in only:
        print("eval: CheckThat tweets …", file=sys.stderr)
        results["tweets"] = tw = tasks.tweets(args.data, runner)
        parts.append(report.tweets_section(tw, cats))
    if "examples" in only:
        print("eval: example set …", file=sys.stderr)
        results["examples"] = ex = tasks.examples(runner, args.examples)
        parts.append(report_examples.examples_section(ex, cats, OWN_TITLE, OWN_INTRO, own=True))
        for n, (key, path, intro) in enumerate(held_out_sets(args), start=5):
            print(f"eval: held-out set {path.name} …", file=sys.stderr)
            results[key] = ho = tasks.examples(runner, path)
            kind = "Development set" if intro is DEV_INTRO else "Held-out set"
            kind = "Check set" if intro is CHECK_INTRO else kind
            kind = "Fresh set" if intro is FRESH_INTRO else kind
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            title = f"## {n}. {kind} `{shown}`"
            parts.append(report_examples.examples_section(ho, cats, title, intro, own=False))
        if args.verbose:
            for m in ex.mistakes:
                print(m, file=sys.stderr)

    seconds = time.perf_counter() - started
    command = shlex.join([".venv/bin/python", "eval/run.py", *(argv or sys.argv[1:])])
    errors = ""
    if runner.errors:
        lines = "\n".join(f"- {n}× `{e}`" for e, n in runner.errors.most_common(10))
        errors = (
            f"\n**Engine errors during the run** ({sum(runner.errors.values())} of "
            f"{runner.calls} calls; these inputs count as 'no finding'):\n\n{lines}\n"
        )
    text = "\n".join(
        [
            report.header(info, command, when, seconds) + errors,
            report.headline(results),
            *parts,
            report.discussion(),
            *(_monitor_section(ROOT / "docs" / name) for name in MONITOR_REPORTS),
        ]
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text.rstrip() + "\n", encoding="utf-8")
    print(f"eval: wrote {args.out} ({runner.calls} checks, {seconds:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
