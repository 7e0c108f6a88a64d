# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Group mentions for the tone detector: masking ("al die moslims zoals jij" → "§___") and quotes."""

from __future__ import annotations

from meedoen.core import rx
from meedoen.core.lexicons import load_lines, load_tsv
from meedoen.core.text import Document

_WORD = rx.compile(r"\w+(?:['-]\w+)*")
_QUOTES = '"“”„«»'


def _inflected(words: list[str]) -> frozenset[str]:
    endings = ("", "s", "en", "e", "es", "je", "jes", "tje", "tjes", "'s")
    return frozenset(w.lower() + e for w in words for e in endings)


def _group_lexicon() -> tuple[frozenset[str], dict[str, list[tuple[str, ...]]]]:
    single: set[str] = set(_inflected([w for w, *_ in load_tsv("toon/groepsscheldwoorden.tsv")]))
    multi: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_lines("toon/groepen.txt"):
        first, *rest = entry.lower().split()
        if rest:
            multi.setdefault(first, []).append(tuple(rest))
        else:
            single.add(first)
    return frozenset(single), multi


_GROUP_SINGLE, _GROUP_MULTI = _group_lexicon()


def names_group(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` names a group of people from the group lexicon."""
    return any(w in _GROUP_SINGLE for w in _WORD.findall(low, start, end))


_DET = frozenset(["al", "de", "die", "deze", "alle", "jullie", "zulke"])
_FOLLOW = frozenset(["jij", "jullie", "zij", "hen", "die", "u"])


def mask_groups(low: str, doc: Document | None) -> tuple[str, list[tuple[int, int]]]:
    """Replace group mentions ("al die moslims zoals jij") by "§___" of the same length.

    Returns the masked text and the sentence ranges that contain a mention, so
    the hate patterns only scan those sentences.
    """
    toks = (
        [(t.start, t.end, t.lower) for t in doc.tokens]
        if doc is not None
        else [(m.start(), m.end(), m.group()) for m in _WORD.finditer(low)]
    )
    words = [w.lstrip("@#") for _, _, w in toks]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        n = 1 if words[i] in _GROUP_SINGLE else 0
        for rest in _GROUP_MULTI.get(words[i], ()):
            if tuple(words[i + 1 : i + 1 + len(rest)]) == rest:
                n = 1 + len(rest)
        if not n:
            i += 1
            continue
        a, b = i, i + n - 1
        while a > 0 and words[a - 1] in _DET and i - a < 2:
            a -= 1
        if a > 1 and words[a - 1] == "soort" and words[a - 2] == "dat":
            a -= 2
        if b + 2 < len(toks) and words[b + 1] == "zoals" and words[b + 2] in _FOLLOW:
            b += 2
        spans.append((toks[a][0], toks[b][1]))
        i = b + 1
    if not spans:
        return low, []
    if not _PRONOUNS.isdisjoint(words):
        spans = sorted(spans + _pronouns(low, toks, words, spans))
    parts: list[str] = []
    ranges: list[tuple[int, int]] = []
    last = 0
    for s, e in spans:
        parts.append(low[last:s])
        parts.append("§" + "_" * (e - s - 1))
        last = e
        start = max(low.rfind(c, 0, s) for c in ".!?\n") + 1
        ends = [x for x in (low.find(c, e) for c in ".!?\n") if x >= 0]
        rng = (start, min(ends) + 1 if ends else len(low))
        if not ranges or ranges[-1] != rng:
            ranges.append(rng)
    parts.append(low[last:])
    return "".join(parts), ranges


# "ze", "zij", "hen" right after a group mention refer to that group: "Ik heb niets tegen
# vrouwen, maar de meeste van hen …", "Dat is typisch voor moslims. Ze zijn …".
_PRONOUNS = frozenset(["ze", "zij", "hen"])
_ENDS = ".!?\n"


def _pronouns(
    low: str, toks: list[tuple[int, int, str]], words: list[str], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of the pronouns that follow a group mention in its own or the next sentence."""
    out: list[tuple[int, int]] = []
    ends = [e for _, e in spans]
    for (s, e, _), w in zip(toks, words, strict=True):
        if w not in _PRONOUNS or s < ends[0]:
            continue
        last = max(x for x in ends if x <= s)
        if sum(low.count(c, last, s) for c in _ENDS) <= 1:
            out.append((s, e))
    return out


def quoted(low: str, s: int, e: int) -> bool:
    """True when the span sits inside quotation marks on the same line."""
    line_start = low.rfind("\n", 0, s) + 1
    before = low[line_start:s]
    opened = sum(before.count(q) for q in _QUOTES)
    return opened % 2 == 1 and any(q in low[e : e + 80] for q in _QUOTES)
