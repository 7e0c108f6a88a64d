# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Word-list patterns that ``re`` can scan quickly, with the same matches.

A pattern that opens with a word boundary, ``\\b(?:woont|buren|…)`` or
``(?<!\\w)(?:…)``, makes ``re`` try the whole pattern at every position of the
text: an assertion at the start hides the first letters from its quick scan.
:func:`push_boundary` moves the assertion behind the first character of each
alternative (``w(?<!\\w.)oont|b(?<!\\w.)uren``), where it tests the same
character. The pattern then matches the same text at the same places, with the
same groups, in the same order of trying, while the scan only stops at the
first letters of the words. Patterns of another form are refused (ValueError).
"""

from __future__ import annotations

import re

from meedoen.core import rx

_AFTER_FIRST = r"(?<!\w.)"  # after one word character: "no word character before it"
_OPENINGS = (r"\b(?:", r"(?<!\w)(?:")
# An opening parenthesis that may start a group with a number or a name ("\(" counts too).
_NUMBERED_RE = rx.compile(r"\((?!\?(?::|=|!|<=|<!))")
_LOOKBEHIND_RE = rx.compile(r"\(\?<[!=]")


def _class_end(src: str, i: int) -> int:
    """The index after the character class that starts at ``src[i] == '['``."""
    j = i + 1
    if src.startswith("^", j):
        j += 1
    if src.startswith("]", j):
        j += 1
    while src[j] != "]":
        j += 2 if src[j] == "\\" else 1
    return j + 1


def _group_end(src: str, i: int) -> int:
    """The index after the group that starts at ``src[i] == '('``."""
    depth, j = 0, i
    while True:
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(src, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1


def _alternatives(src: str) -> list[str]:
    """The top-level alternatives of a group's content."""
    parts, depth, start, j = [], 0, 0, 0
    while j < len(src):
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(src, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(src[start:j])
            start = j + 1
        j += 1
    parts.append(src[start:])
    return parts


def _quantified(src: str, j: int) -> bool:
    return src[j : j + 1] in ("?", "*", "+", "{")


def _push(alt: str) -> list[str]:
    """``alt`` with the boundary after its first character, as alternatives (a leading
    non-capturing group is spread out when the rest has no group of its own)."""
    if alt.startswith("(?:"):
        end = _group_end(alt, 0)
        if alt[end : end + 1] == "?" and not _quantified(alt, end + 1):
            # (?:X|Y)?rest: X rest, then Y rest, then rest (the order of a greedy "?")
            rest = alt[end + 1 :]
            if _NUMBERED_RE.search(rest):
                raise ValueError(f"cannot spread {alt!r}")
            options = [a + rest for a in _alternatives(alt[3 : end - 1])] + [rest]
            return [p for a in options for p in _push(a)]
        if _quantified(alt, end):
            raise ValueError(f"quantified group first in {alt!r}")
        inner = [p for a in _alternatives(alt[3 : end - 1]) for p in _push(a)]
        rest = alt[end:]
        if _NUMBERED_RE.search(rest):
            return ["(?:" + "|".join(inner) + ")" + rest]
        return [p + rest for p in inner]
    if _LOOKBEHIND_RE.match(alt):
        # a lookbehind before the first character: tested one character later, the same
        end = _group_end(alt, 0)
        later = alt[: end - 1] + ".)"
        pushed = _push(alt[end:])
        if not all(p[:1].isalnum() or p[:1] == "_" for p in pushed):
            raise ValueError(f"cannot move the boundary into {alt!r}")
        return [p[:1] + later + p[1:] for p in pushed]
    first, width = (alt[:2], 2) if alt.startswith("\\d") else (alt[:1], 1)
    if first == "\\d" or first.isalnum() or first == "_":
        if alt[width : width + 1] == "+" and not _quantified(alt, width + 1):
            return [first + _AFTER_FIRST + first + "*" + alt[width + 1 :]]  # x+ is x x*
        if not _quantified(alt, width):
            return [first + _AFTER_FIRST + alt[width:]]
    raise ValueError(f"cannot move the boundary into {alt!r}")


def push_boundary(source: str) -> str:
    """``\\b(?:A|B)…`` or ``(?<!\\w)(?:A|B)…`` with the boundary behind the first character
    of every alternative (see the module docstring)."""
    opening = next((o for o in _OPENINGS if source.startswith(o)), None)
    if opening is None:
        raise ValueError(f"no leading word boundary in {source!r}")
    start = len(opening) - 3
    end = _group_end(source, start)
    if _quantified(source, end):
        raise ValueError(f"quantified first group in {source!r}")
    inner = [p for a in _alternatives(source[start + 3 : end - 1]) for p in _push(a)]
    return "(?:" + "|".join(_by_first(inner)) + ")" + source[end:]


def _by_first(pushed: list[str]) -> list[str]:
    """The alternatives with the same first character (and boundary) joined into one, in
    their order: only those can match where that character is, so the matches stay the
    same, while ``re`` tests each character against one alternative instead of all."""
    groups: dict[str, list[str]] = {}
    for p in pushed:
        head, sep, rest = p.partition(_AFTER_FIRST)
        key = head + sep if sep and head in ("\\d", head[:1]) else p
        groups.setdefault(key, []).append(rest if key != p else "")
    out = []
    for key, rests in groups.items():
        if len(rests) == 1:
            out.append(key + rests[0])
        else:
            out.append(key + "(?:" + "|".join(rests) + ")")
    return out


def fast_words(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (same flags) with :func:`push_boundary` applied."""
    return rx.compile(push_boundary(pattern.pattern), pattern.flags)
