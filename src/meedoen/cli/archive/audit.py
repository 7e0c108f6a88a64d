# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""`meedoen check --archive`: the digital footprint of past posts.

Every old post is checked as if it were posted today, with the profile and
context the author gives now: what was fine in 2015 may not be fine for the
author's current function. Only the flagged posts (oranje and rood) are
listed, with their original date, level and categories.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from meedoen.cli import exitcodes
from meedoen.cli.archive.common import ArchivePost

EXCERPT = 140


@dataclass
class Audited:
    post: ArchivePost
    level: str | None  # None when the post could not be checked (e.g. empty)
    categories: list[str]
    rules: list[str]
    summary: str


class Progress:
    """A progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, stream: Any = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        try:
            self.active = bool(self.stream.isatty()) and total > 0
        except (AttributeError, ValueError, OSError):
            self.active = False
        self.last = -1

    def update(self, done: int) -> None:
        if not self.active:
            return
        pct = done * 100 // self.total
        if pct == self.last and done != self.total:
            return
        self.last = pct
        filled = pct * 30 // 100
        bar = "█" * filled + "░" * (30 - filled)
        self.stream.write(f"\r  toetsen {bar} {pct:3d}% ({done}/{self.total})")
        self.stream.flush()

    def close(self) -> None:
        if self.active:
            self.stream.write("\n")
            self.stream.flush()


def audit(
    posts: list[ArchivePost],
    profile: dict[str, Any] | None,
    context: dict[str, Any] | None,
    organisation: str | None,
    progress: Progress | None = None,
) -> list[Audited]:
    from meedoen import check
    from meedoen.core.errors import InputError

    results = []
    for n, post in enumerate(posts, 1):
        try:
            a = check(post.text, profile=profile, context=context, organisation=organisation)
        except InputError as exc:
            results.append(Audited(post, None, [], [], exc.message))
        else:
            cats = sorted({f.category for f in a.findings if f.severity != "let-op"}) or sorted(
                {f.category for f in a.findings}
            )
            rules = sorted({f.rule for f in a.findings})
            results.append(Audited(post, a.level, cats, rules, a.summary))
        if progress:
            progress.update(n)
    if progress:
        progress.close()
    return results


def counts(results: list[Audited]) -> dict[str, int]:
    c = Counter(r.level or "overgeslagen" for r in results)
    return {
        "total": len(results),
        "groen": c["groen"],
        "oranje": c["oranje"],
        "rood": c["rood"],
        "skipped": c["overgeslagen"],
    }


def flagged(results: list[Audited]) -> list[Audited]:
    rank = {"rood": 0, "oranje": 1}
    hits = [r for r in results if r.level in rank]
    return sorted(hits, key=lambda r: (rank[r.level or ""], r.post.date or "", r.post.id))


def _excerpt(text: str) -> str:
    from meedoen.cli.render import safe

    one = " ".join(safe(text).split())
    return one if len(one) <= EXCERPT else one[: EXCERPT - 1] + "…"


def render_text(fmt: str, path: str, results: list[Audited], today: date) -> str:
    c = counts(results)
    out = [
        f"Digitale voetafdruk: {path} ({fmt})",
        f"Getoetst alsof elk bericht vandaag ({today}) wordt geplaatst.",
        "",
    ]
    hits = flagged(results)
    if hits:
        out.append(f"Berichten die vandaag aandacht vragen ({len(hits)}):")
        for r in hits:
            when = r.post.date or "datum onbekend"
            out.append(
                f"  {r.level.upper() if r.level else '?':6s} {when}  {', '.join(r.categories)}"
            )
            out.append(f"         {_excerpt(r.post.text)}")
            if r.post.url:
                out.append(f"         {r.post.url}")
    else:
        out.append("Geen oude berichten gevonden die vandaag aandacht vragen.")
    out.append("")
    out.append(
        f"Totaal {c['total']} berichten: {c['rood']} rood, {c['oranje']} oranje, {c['groen']} groen"
        + (f", {c['skipped']} overgeslagen (leeg of onleesbaar)" if c["skipped"] else "")
        + "."
    )
    out.append(
        "Dit is een advies: jij beslist wat je laat staan. meedoen heeft niets opgeslagen of verstuurd."
    )
    return "\n".join(out) + "\n"


def render_json(fmt: str, path: str, results: list[Audited], today: date) -> dict[str, Any]:
    return {
        "archive": path,
        "format": fmt,
        "checked_on": today.isoformat(),
        "counts": counts(results),
        "flagged": [
            {
                "id": r.post.id,
                "date": r.post.date,
                "url": r.post.url,
                "level": r.level,
                "categories": r.categories,
                "rules": r.rules,
                "summary": r.summary,
                "text": r.post.text,
            }
            for r in flagged(results)
        ],
    }


def run_archive(args: argparse.Namespace) -> int:
    from meedoen.cli.archive import load_archive
    from meedoen.cli.inputs import dumps, load_profile_context

    fmt, posts = load_archive(args.archive)
    profile, context = load_profile_context(args)
    today = args.date or date.today()
    # Checked as if posted today: the original date is deliberately not passed on.
    context = {**(context or {}), "date": today.isoformat()}
    results = audit(posts, profile, context, args.organisation, Progress(len(posts)))
    if args.format == "json":
        sys.stdout.write(dumps(render_json(fmt, args.archive, results, today), indent=2) + "\n")
    else:
        sys.stdout.write(render_text(fmt, args.archive, results, today))
    sys.stdout.flush()
    levels = [exitcodes.BY_LEVEL[r.level] for r in results if r.level]
    return max(levels, default=exitcodes.GROEN)
