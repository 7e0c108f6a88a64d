# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Per-post analysis for monitoring: language, sentiment, check-worthy claim, tone.

:func:`analyse` is the whole per-post analysis, the same function that
``meedoen monitor analyse --jsonl`` streams and that the pipeline calls, so it
can be measured on anyone's own labeled data:

>>> analyse("Volgens het RIVM is het aantal besmettingen met 20% gestegen.")  # doctest: +SKIP
{'lang': 'nl', 'sentiment': 'neutraal', 'sentiment_score': 0.0, 'claim': True, 'toon': False}

Modules: :mod:`.lang` (lingua), :mod:`.sentiment` (pluggable; Pattern
lexicon by default), :mod:`.claims` (transparent features, logistic
weights), :mod:`.toon` (the engine's toon detectors), :mod:`.cli`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["analyse"]


def analyse(text: str, *, sentiment: str | None = None) -> dict[str, Any]:
    """lang, sentiment, sentiment_score, claim and toon for one post."""
    from meedoen.monitor.analysis import claims, lang, toon
    from meedoen.monitor.analysis.sentiment import get_analyser

    if not text.isascii():  # lone surrogates (from "\ud800" in JSON) cannot reach lingua
        text = text.encode("utf-8", "replace").decode("utf-8")
    label, score = get_analyser(sentiment).analyse(text)
    return {
        "lang": lang.detect(text),
        "sentiment": label,
        "sentiment_score": score,
        "claim": claims.is_claim(text),
        "toon": toon.has_toon(text),
    }
