# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dossier matching and near-duplicate text hashes.

Matching (case-insensitive, on word boundaries):

* a keyword matches as a whole word or phrase: ``stikstof`` matches "Stikstof!"
  but not "stikstofkaart", and also the hashtag "#stikstof"; a keyword ending in ``*`` matches as a word prefix,
  which is how Dutch compounds are caught: ``stikstof*`` matches "stikstofkaart";
* a hashtag (with or without ``#`` in the query) matches that hashtag only;
* any exclusion (same rules as keywords; ``#tag`` as a hashtag) drops the post.

Near-duplicates: :func:`normalise_text` lower-cases, removes URLs and
@mentions, turns every run of non-word characters into one space; two posts
with the same normalised text are near-duplicates (retweet-style copies,
"RT @x: ...", the same text with another link). :func:`text_hash` is a short
SHA-256 of that. No simhash: exact normalised equality is predictable and
explainable, and cheap to index.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

from meedoen.monitor.privacy.settings import Query

_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MENTION_RE = re.compile(r"(?<![\w@])@[\w.-]+(?:@[\w.-]+)?")
_RT_RE = re.compile(r"^\s*rt\b[:\s]*", re.IGNORECASE)
_NONWORD_RE = re.compile(r"[\W_]+")


def normalise_text(text: str) -> str:
    """Lower-case text without URLs, @mentions, a leading "RT" and punctuation."""
    text = _MENTION_RE.sub(" ", _URL_RE.sub(" ", text))
    text = _RT_RE.sub("", text.casefold())
    return " ".join(_NONWORD_RE.sub(" ", text).split())


def text_hash(text: str) -> str:
    """Near-duplicate hash (24 hex characters) of ``text``; "" when nothing is left."""
    norm = normalise_text(text)
    if not norm:
        return ""
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:24]


def _term_pattern(term: str, *, hashtag: bool) -> str:
    term = term.strip()
    prefix = term.endswith("*")
    word = term.rstrip("*").strip()
    if hashtag:
        word = "#" + word.lstrip("#")
    body = r"\s+".join(re.escape(w) for w in word.split())
    end = r"\w*" if prefix else r"(?!\w)"
    return (r"(?<![\w#])" if hashtag else r"(?<!\w)") + body + end


@lru_cache(maxsize=256)
def _compiled(terms: tuple[tuple[str, bool], ...]) -> re.Pattern[str] | None:
    parts = [_term_pattern(t, hashtag=h) for t, h in terms if t.strip().strip("#*")]
    if not parts:
        return None
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


def _terms(words: Iterable[str], tags: Iterable[str]) -> tuple[tuple[str, bool], ...]:
    return (
        *((w, w.strip().startswith("#")) for w in words),
        *((t, True) for t in tags),
    )


def matches(query: Query, text: str) -> bool:
    """True when ``text`` has a keyword or hashtag of ``query`` and no exclusion."""
    include = _compiled(_terms(query.keywords, query.hashtags))
    if include is None or not include.search(text):
        return False
    exclude = _compiled(_terms(query.exclusions, ()))
    return exclude is None or not exclude.search(text)
