# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Emerging terms: what is said more now than before (issue #4, item 5).

Posts are tokenised with the engine's tokeniser (:mod:`meedoen.core.text`):
lower case, links and @handles dropped (a handle is never a trend), hashtags
kept with their "#", stopwords and numbers dropped. Each term counts once per
post. A term emerges when its smoothed rate in the current window is higher
than in the baseline window:

    score = log((c_now + a) / (N_now + a·V)) − log((c_base + a) / (N_base + a·V))

with ``c`` the posts containing the term, ``N`` all term occurrences in the
window, ``V`` the joint vocabulary and ``a`` the smoothing (1). A term needs at
least ``min_count`` posts and ``min_authors`` distinct authors in the current
window, so one loud account cannot create a trend.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from meedoen.core.text.document import TOKEN_RE, URL_RE
from meedoen.core.text.normalise import normalise
from meedoen.monitor.model import Post

MIN_COUNT = 5
MIN_AUTHORS = 3
MIN_LENGTH = 3
_STOP_NL = (
    "aan al alle alles als altijd ander andere ben bij dan dat de der deze die dit doch doen "
    "door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe "
    "hun iemand iets ik in is ja je jij jou jouw jullie kan kon kunnen maar me meer men met "
    "mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen "
    "toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wil worden "
    "wordt zal ze zelf zich zij zijn zo zonder zou gaat gaan komt komen zei zegt zeggen "
    "heel echt even weer nou hoor toch maar wij hen hun zoals waar waarom wanneer welke "
    "dus gewoon mag moeten zullen zouden willen kunt wilt gaat doet vind vindt jaar dag "
    "daar hier wat alweer eigenlijk beetje best graag allemaal iedereen niemand"
)
_STOP_EN = (
    "the and for are but not you all any can had her was one our out has him his how its "
    "let she too use who did get may new now old see way this that with from they will "
    "what when your have been were there their would about which them than then into"
)
_STOP_WEB = "rt via amp https http www com nl html"
STOPWORDS = frozenset((_STOP_NL + " " + _STOP_EN + " " + _STOP_WEB).split())


def tokenise(text: str) -> list[str]:
    """Lower-case content terms of ``text``; hashtags keep "#", handles and links are dropped."""
    text = URL_RE.sub(" ", normalise(text)[0]).lower()
    out = []
    for tok in TOKEN_RE.findall(text):
        if tok.startswith("@"):
            continue
        word = tok.lstrip("#").strip("'.-")
        if len(word) < MIN_LENGTH or word in STOPWORDS or not any(c.isalpha() for c in word):
            continue
        out.append("#" + word if tok.startswith("#") else word)
    return out


@dataclass(frozen=True, slots=True)
class TermStats:
    """Per term: posts containing it and its distinct authors, for one window."""

    posts: Counter[str]
    authors: dict[str, int]
    total: int  # all term occurrences (each term once per post)


def term_stats(posts: Iterable[Post]) -> TermStats:
    counts: Counter[str] = Counter()
    authors: dict[str, set[str]] = defaultdict(set)
    for post in posts:
        for term in set(tokenise(post.text)):
            counts[term] += 1
            if post.author:
                authors[term].add(post.author)
    return TermStats(counts, {t: len(a) for t, a in authors.items()}, sum(counts.values()))


@dataclass(frozen=True, slots=True)
class Term:
    term: str
    count: int  # posts in the current window
    baseline_count: int
    authors: int  # distinct authors in the current window
    score: float  # smoothed log-ratio (> 0: more frequent now)


def emerging(
    current: Iterable[Post],
    baseline: Iterable[Post],
    *,
    min_count: int = MIN_COUNT,
    min_authors: int = MIN_AUTHORS,
    alpha: float = 1.0,
    top: int = 20,
) -> list[Term]:
    """The ``top`` emerging terms of ``current`` against ``baseline``, best first."""
    if alpha <= 0:
        raise ValueError("alpha must be positive")
    now, base = term_stats(current), term_stats(baseline)
    vocab = len(now.posts.keys() | base.posts.keys()) or 1
    denom_now = now.total + alpha * vocab
    denom_base = base.total + alpha * vocab
    out = []
    for term, count in now.posts.items():
        authors = now.authors.get(term, 0)
        if count < min_count or authors < min_authors:
            continue
        c_base = base.posts.get(term, 0)
        score = math.log((count + alpha) / denom_now) - math.log((c_base + alpha) / denom_base)
        if score > 0:
            out.append(Term(term, count, c_base, authors, score))
    out.sort(key=lambda t: (-t.score, -t.count, t.term))
    return out[:top]
