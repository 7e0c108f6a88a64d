# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Normalise text against evasion while keeping a map back to the original.

Removes zero-width and bidi control characters, folds compatibility forms
(full-width digits, ligatures) with NFKC, and maps Cyrillic and Greek
look-alike letters to Latin. Every character of the normalised text knows the
index of the original character it came from, so findings always point at the
exact span the author typed.
"""

from __future__ import annotations

import unicodedata

from meedoen.core import rx

# Characters that are invisible and only serve to break up words or reorder text.
INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
    "\u3164\ufeff\uffa0"
)

# Look-alike letters from other scripts (Unicode confusables, Latin targets only).
HOMOGLYPHS = {
    # Cyrillic
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "һ": "h",
    "ӏ": "l",
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "У": "Y",
    "Х": "X",
    "І": "I",
    "Ј": "J",
    "Ѕ": "S",
    "Ԁ": "D",
    # Greek
    "α": "a",
    "ο": "o",
    "ν": "v",
    "ι": "i",
    "κ": "k",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
}

# Typographic variants folded to ASCII so patterns stay simple.
PUNCT = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
}


def _fold(ch: str) -> str:
    if ch in PUNCT:
        return PUNCT[ch]
    if ch in HOMOGLYPHS:
        return HOMOGLYPHS[ch]
    if ch.isascii():
        if ch < " " and ch not in "\n\t":
            return " "
        return ch
    cat = unicodedata.category(ch)
    if cat == "Cc":
        return " "
    if cat in ("Cf", "Co", "Cs", "Cn") and ch not in "\n":
        return ""
    folded = unicodedata.normalize("NFKC", ch)
    if folded != ch:
        return "".join(HOMOGLYPHS.get(c, PUNCT.get(c, c)) for c in folded)
    return ch


# Anything outside printable ASCII (plus newline and tab) needs a closer look.
_SPECIAL = rx.compile(r"[^\x20-\x7e\n\t]+")


def normalise(text: str) -> tuple[str, list[int]]:
    """Return ``(normalised, origin)`` where ``origin[i]`` is the index in
    ``text`` of the character that produced normalised character ``i``.

    ``origin`` has one extra trailing element equal to ``len(text)``.
    Runs of plain ASCII are copied in bulk; only the other characters are
    folded one by one.
    """
    out, origin = normalise_mapped(text)
    return out, list(range(len(text) + 1)) if origin is None else origin


# Folded form of each non-ASCII character seen so far ("" for an invisible one): a table
# built on demand, bounded so that a text full of distinct characters cannot grow it forever.
_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 8192


def _folded(ch: str) -> str:
    f = _FOLDED.get(ch)
    if f is None:
        f = "" if ch in INVISIBLE else _fold(ch)
        if len(_FOLDED) < _FOLDED_MAX:
            _FOLDED[ch] = f
    return f


# The characters _SPECIAL does not match, as UTF-8 bytes.
_PLAIN_BYTES = bytes(range(0x20, 0x7F)) + b"\n\t"


def _one_to_one(text: str) -> str | None:
    """The normalised text when every character that :data:`_SPECIAL` matches folds to one
    character (most posts with accents, emoji or typographic quotes), else None. Finds those
    characters with C loops over the UTF-8 bytes instead of a regular-expression scan, and
    replaces each one that changes everywhere at once (a one-character fold is itself folded,
    so no replacement undoes another: tests/test_text.py checks every code point)."""
    raw = text.encode("utf-8", "surrogatepass")
    changes = {}
    for ch in set(raw.translate(None, _PLAIN_BYTES).decode("utf-8", "surrogatepass")):
        folded = _FOLDED.get(ch)
        if folded is None:
            folded = _folded(ch)
        if folded != ch:
            if len(folded) != 1:
                return None
            changes[ch] = folded
    for ch, folded in changes.items():
        text = text.replace(ch, folded)
    return text


def normalise_mapped(text: str) -> tuple[str, list[int] | None]:
    """:func:`normalise`, with ``None`` for the origin map when it is the identity (the
    normalised text has the same length and every character comes from the same index):
    plain ASCII, or only one-to-one folds such as typographic quotes. Saves building the
    map for most posts."""
    if text.isascii() and text.isprintable():
        return text, None  # printable ASCII: nothing to fold
    same_length = _one_to_one(text)
    if same_length is not None:
        return same_length, None
    # some character folds to none or to several: build the origin map
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _SPECIAL.finditer(text):
        start, end = m.span()
        if pos < start:
            out.append(text[pos:start])
            origin.extend(range(pos, start))
        for i in range(start, end):
            folded = _folded(text[i])
            out.append(folded)
            origin.extend([i] * len(folded))
        pos = end
    if pos < len(text):
        out.append(text[pos:])
        origin.extend(range(pos, len(text)))
    origin.append(len(text))
    return "".join(out), origin


# Whitespace, control, format (Cf) and surrogate code points: not visible.
_INVISIBLE_CLASS = (
    r"\s\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u0600-\u0605\u06dd\u070f\u115f\u1160"
    r"\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0"
    r"\ufff9-\ufffb\ud800-\udfff"
)
_VISIBLE = rx.compile(f"[^{_INVISIBLE_CLASS}]")


def has_visible(text: str) -> bool:
    """True when the text has at least one character a reader can see."""
    return _VISIBLE.search(text) is not None


def visible_length(text: str) -> int:
    """Number of characters that are not whitespace, invisible or control."""
    return len(_VISIBLE.findall(text))
