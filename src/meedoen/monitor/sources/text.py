# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Text helpers for sources: safe HTML → plain text, and the local keyword filter.

:func:`html_to_text` never executes or keeps anything: the contents of
``script``, ``style``, ``template``, ``noscript``, ``iframe``, ``object`` and
``svg`` are dropped, tags are removed, entities decoded, block elements become
line breaks.

:class:`KeywordFilter` is the cheap first cut a high-volume stream needs (the
Bluesky firehose): case-insensitive whole-word matching of keywords and
hashtags, ``*`` as a trailing wildcard, with exclusions. Dossier matching
proper is the pipeline's job; this filter only decides what is worth keeping.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from html.parser import HTMLParser

_DROP = frozenset({"script", "style", "template", "noscript", "iframe", "object", "svg", "head"})
_BLOCK = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
     "pre", "tr", "table", "section", "article", "header", "footer", "hr"}
)  # fmt: skip


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP:
            self.dropping += 1
        elif tag in _BLOCK and not self.dropping:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK and not self.dropping:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self.dropping = max(0, self.dropping - 1)
        elif tag in _BLOCK and not self.dropping:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.parts.append(data)


def html_to_text(html: str | None) -> str:
    """Plain text of an HTML fragment: no markup, no script/style content."""
    if not html:
        return ""
    if "<" not in html and "&" not in html:
        return _tidy(html)
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return _tidy("".join(parser.parts))


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for matching (NFKD, no marks, casefold)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _pattern(term: str) -> str:
    term = fold(term.strip())
    tag = term.startswith("#")
    core = term.lstrip("#")
    wildcard = core.endswith("*")
    core = core.rstrip("*")
    body = re.escape(core).replace(r"\ ", r"\s+")
    prefix = "#" if tag else "#?"
    suffix = r"\w*" if wildcard else ""
    return rf"(?<![\w#]){prefix}{body}{suffix}(?!\w)"


class KeywordFilter:
    """Keep a text when it contains any keyword and none of the exclusions.

    An empty keyword list keeps everything that is not excluded. A keyword
    ``stikstof`` also matches ``#stikstof``; ``#stikstof`` matches only the
    hashtag; ``stikstof*`` matches ``stikstofcrisis``; phrases match across
    any whitespace.
    """

    def __init__(self, keywords: Iterable[str] = (), exclusions: Iterable[str] = ()) -> None:
        self.keywords = [k for k in keywords if k and k.strip(" #*")]
        self.exclusions = [k for k in exclusions if k and k.strip(" #*")]
        self._keep = _compile(self.keywords)
        self._drop = _compile(self.exclusions)

    def __call__(self, text: str) -> bool:
        return self.matches(text)

    def matches(self, text: str) -> bool:
        folded = fold(text or "")
        if self._drop is not None and self._drop.search(folded):
            return False
        return self._keep is None or self._keep.search(folded) is not None

    def __bool__(self) -> bool:
        return bool(self.keywords or self.exclusions)


def _compile(terms: list[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    return re.compile("|".join(_pattern(t) for t in terms))
