# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Show text honestly: invisible and control characters become visible markers.

Used wherever a post is shown back to a person (terminal, web page), so that a
zero-width space or a bidi override cannot hide what the text really contains.
"""

from __future__ import annotations

import unicodedata

KEEP = frozenset("\n\t")
_HIDDEN = ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def visible(text: str) -> str:
    """``text`` with every invisible or control character shown as ⟨U+XXXX⟩."""
    out = []
    for ch in text:
        if ch in KEEP:
            out.append(ch)
            continue
        if unicodedata.category(ch) in _HIDDEN or ch == "\u3164":
            if ch == "\r":
                continue
            out.append(f"⟨U+{ord(ch):04X}⟩")
        else:
            out.append(ch)
    return "".join(out)


def count_invisible(text: str) -> int:
    return sum(
        1
        for ch in text
        if ch not in KEEP and ch != "\r" and unicodedata.category(ch) in ("Cc", "Cf")
    )


def marked_regions(length: int, spans: list[tuple[int, int]]) -> list[tuple[int, int, list[int]]]:
    """Merge finding spans into maximal regions ``(start, end, finding numbers)``.

    ``spans`` are in finding order; numbers are 1-based positions in it. Spans are
    clipped to ``length`` and empty ones dropped; overlapping spans share a region,
    so a highlighted text never nests or crosses its marks.
    """
    ordered = sorted(
        (max(0, start), min(length, end), i + 1) for i, (start, end) in enumerate(spans)
    )
    regions: list[tuple[int, int, list[int]]] = []
    for start, end, n in ordered:
        if start >= end:
            continue
        if regions and start < regions[-1][1]:
            s, e, ns = regions[-1]
            regions[-1] = (s, max(e, end), ns + [n])
        else:
            regions.append((start, end, [n]))
    return regions
