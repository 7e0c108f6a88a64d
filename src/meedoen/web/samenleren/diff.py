# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""A word-level diff of a suggested rewrite against the draft, as safe HTML.

Words (each with its trailing whitespace) are compared with :mod:`difflib`; every piece of text is
escaped separately and wrapped in ``<del>``/``<ins>`` with a visually hidden
label, so the change is not shown by colour or strike-through alone.
"""

from __future__ import annotations

import difflib
import re

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

# A word with the whitespace after it: unchanged words stay whole, changes read as phrases.
_TOKEN = re.compile(r"\s+|\S+\s*")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _wrap(tag: str, label: str, words: list[str]) -> str:
    return format_html(
        '<{tag}><span class="meedoen-visually-hidden">[{label}: </span>{text}'
        '<span class="meedoen-visually-hidden">]</span></{tag}>',
        tag=tag,
        label=label,
        text="".join(words),
    )


def diff_html(old: str, new: str) -> SafeString:
    """``old`` → ``new`` with removed words in <del> and added words in <ins>."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    parts: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            parts.append(_wrap("del", _("verwijderd"), a[i1:i2]))
        if op in ("insert", "replace"):
            parts.append(_wrap("ins", _("toegevoegd"), b[j1:j2]))
    return mark_safe("".join(parts))  # noqa: S308 - every text piece is escaped above
