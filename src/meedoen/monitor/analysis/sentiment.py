# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Sentiment of one post: a pluggable analyser, by default the Pattern lexicon.

Plug-in point: subclass :class:`SentimentAnalyser`, give it a unique ``name``
and register it with ``@sentiment_analysers.register``; select it with
:func:`get_analyser` (or ``MEEDOEN_SENTIMENT`` in the environment). An analyser
returns a score in [-1, 1]; :func:`label` turns a score into
``positief|neutraal|negatief`` with :data:`THRESHOLD`.

The default, ``pattern-nl``, follows Pattern's ``Sentiment.assessments``
(De Smedt & Daelemans 2012) on lower-cased tokens:

* every known word is one assessment with the lexicon's polarity; the post's
  score is the **mean** over its assessments (0.0 when there are none);
* an intensifier or downtoner ("heel", "erg", "zeer", "enorm" … / "vrij",
  "nogal") multiplies the polarity of the next known word by its intensity
  (from the lexicon's intensity field; intensifiers chain: "heel erg goed");
  it carries across short words ("echt een verbetering");
* a negation ("niet", "geen", "nooit", "allerminst" …) up to three words
  before a known word turns its polarity p into ``-0.5 * p`` ("niet goed" is
  slightly bad, "niet slecht" slightly good), and drops the intensifier;
  punctuation ends the reach of a negation or intensifier;
* two adjacent known words are one assessment, as in Pattern, where a known
  adjective modifies the next known word ("niet goed doordacht" is a negated
  "doordacht"); unlike Pattern, the pair keeps the stronger of the two
  polarities, so "slechte nieuwe regels" stays negative;
* "!" right after an assessment multiplies it by 1.25; emoticons and emoji
  are assessments of their own.

Deviations from Pattern, all for Dutch posts: inflected adjective forms are
looked up (``goede`` → ``goed``), negation reaches over up to two words
("niet zo'n goed idee", "geen erg goede keuze"), and intensifiers and a few
function words never score on their own ("heel Nederland" is not positive).
"""

from __future__ import annotations

import os
import re
from typing import ClassVar

from meedoen.core.registry import Registry
from meedoen.monitor.analysis.lexicon import (
    DOWNTONERS,
    EMOTICONS,
    IGNORE,
    INTENSIFIERS,
    NEGATIONS,
    Entry,
    default_lexicon,
    intensity_of,
    load_lexicon,
)

POSITIEF, NEUTRAAL, NEGATIEF = "positief", "neutraal", "negatief"
LABELS = (POSITIEF, NEUTRAAL, NEGATIEF)
# Pattern's own default for "positive" (polarity >= 0.1), used symmetrically.
THRESHOLD = 0.1
ENV_VAR = "MEEDOEN_SENTIMENT"


class SentimentAnalyser:
    """Base class: :meth:`score` maps a text to a polarity in [-1, 1]."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""

    def score(self, text: str) -> float:
        raise NotImplementedError  # pragma: no cover - abstract

    def analyse(self, text: str) -> tuple[str, float]:
        """(label, score) for ``text``; the score is rounded to three decimals."""
        s = max(-1.0, min(1.0, float(self.score(text))))
        return label(s), round(s, 3)


sentiment_analysers: Registry[SentimentAnalyser] = Registry("sentiment")


def label(score: float, threshold: float = THRESHOLD) -> str:
    if score >= threshold:
        return POSITIEF
    if score <= -threshold:
        return NEGATIEF
    return NEUTRAAL


_TOKEN = re.compile(
    r"https?://\S+|www\.\S+|@\w+"  # links and handles: skipped
    r"|[:;=][-']?[()dDpP/\\sS@]|<3"  # emoticons
    r"|#?[^\W\d_]+(?:[-'’][^\W\d_]+)*"  # words and hashtags
    r"|\d+(?:[.,]\d+)*"
    r"|[!?.,;:]"
    r"|[^\s\w]",  # any other symbol, including emoji
)
_BREAK = frozenset(".?,;:")
_MOD_REACH = 3  # an intensifier carries across short words (at most 3 letters)


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for m in _TOKEN.finditer(text.lower()):
        tok = m.group()
        if tok[0] == "#" and len(tok) > 1:
            tok = tok[1:]
        elif tok[0] == "@" or tok.startswith(("http", "www.")) and len(tok) > 4:
            tok = "@"  # a separator that never scores
        out.append(tok.replace("’", "'").replace("\ufe0f", ""))
    return out


@sentiment_analysers.register
class PatternSentiment(SentimentAnalyser):
    """The CLiPS Pattern Dutch lexicon with negation and intensifiers."""

    name = "pattern-nl"
    description = "Pattern-lexicon (CLiPS, publiek domein) met ontkenning en versterkers."

    ignore: ClassVar[frozenset[str]] = IGNORE
    neg_reach: ClassVar[int] = 3  # a negation reaches the next known word within this many words

    def __init__(self, lexicon: dict[str, Entry] | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else default_lexicon()

    def assessments(self, text: str) -> list[tuple[str, float]]:
        """(words, polarity) per assessment, like Pattern's ``assessments``."""
        lex = self.lexicon
        out: list[tuple[str, float]] = []
        mod = 1.0  # pending intensifier strength
        mod_gap = -1  # words since the intensifier (-1: none pending)
        neg_gap = -1  # words since the negation (-1: none pending)
        pending: tuple[str, float] | None = None  # a known word right before a known word
        toks = tokens(text)
        for i, w in enumerate(toks):
            if w in _BREAK:
                mod, mod_gap, neg_gap = 1.0, -1, -1
                continue
            if w == "!":
                if out:
                    out[-1] = (out[-1][0] + " !", max(-1.0, min(1.0, out[-1][1] * 1.25)))
                mod, mod_gap, neg_gap = 1.0, -1, -1
                continue
            if w in EMOTICONS:
                out.append((w, EMOTICONS[w]))
                continue
            if w in NEGATIONS:
                neg_gap, mod, mod_gap = 0, 1.0, -1
                continue
            if w == "wat" and i + 1 < len(toks) and toks[i + 1] == "een":
                mod, mod_gap = mod * 1.5, 0  # exclamative "wat een …"
                continue
            if w in INTENSIFIERS or w in DOWNTONERS:
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                chained = mod_gap == 0  # "heel erg …": an intensifier after an intensifier
                if (
                    chained
                    or nxt in lex
                    or nxt in INTENSIFIERS
                    or nxt in DOWNTONERS
                    or len(nxt) <= 3
                ):
                    mod, mod_gap = mod * intensity_of(w, lex), 0
                    continue
            entry = lex.get(w)
            if entry is None or w in self.ignore:
                if mod_gap >= 0:
                    mod_gap = mod_gap + 1 if len(w) <= 3 and mod_gap < _MOD_REACH else -1
                    if mod_gap < 0:
                        mod = 1.0
                if neg_gap >= 0:
                    neg_gap = neg_gap + 1 if neg_gap + 1 < self.neg_reach else -1
                continue
            pol, words = entry[0], w
            if pending is not None:  # the stronger of two adjacent known words
                words = f"{pending[0]} {w}"
                pol = pending[1] if abs(pending[1]) > abs(pol) else pol
                pending = None
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in lex and nxt not in self.ignore and nxt not in INTENSIFIERS:
                pending = (words, pol)  # "goed doordacht", "slechte nieuwe": one assessment
                continue
            if neg_gap >= 0:
                pol, words = -0.5 * pol, "niet " + w
            elif mod_gap >= 0:
                pol = max(-1.0, min(1.0, pol * mod))
            out.append((words, pol))
            mod, mod_gap, neg_gap = 1.0, -1, -1
        return out

    def score(self, text: str) -> float:
        a = self.assessments(text)
        return sum(p for _, p in a) / len(a) if a else 0.0


@sentiment_analysers.register
class PlainPatternSentiment(PatternSentiment):
    """Closer to Pattern itself, for comparison: no inflected forms, no homograph list,
    a negation only right before the word or one word before it."""

    name = "pattern-nl-plain"
    description = (
        "Pattern-lexicon zonder de aanpassingen voor Nederlandse posts (ter vergelijking)."
    )
    ignore = frozenset()
    neg_reach = 2

    def __init__(self, lexicon: dict[str, Entry] | None = None) -> None:
        super().__init__(lexicon if lexicon is not None else load_lexicon(inflect=False))


_INSTANCES: dict[str, SentimentAnalyser] = {}


def get_analyser(name: str | None = None) -> SentimentAnalyser:
    """The registered analyser ``name`` (default: ``MEEDOEN_SENTIMENT`` or ``pattern-nl``),
    built once."""
    key = name or os.environ.get(ENV_VAR) or PatternSentiment.name
    inst = _INSTANCES.get(key)
    if inst is None:
        inst = _INSTANCES[key] = sentiment_analysers[key]()
    return inst
