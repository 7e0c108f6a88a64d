# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Recommended strategy per dossier: passive listening or interactive participation.

Seed §4.3 (dilemma 2): the passive strategy (webmonitoring) is the safer one.
The vocabulary is the engine's (:mod:`meedoen.core.assessment.strategy`):
``passief-luisteren``, ``interactief-met-afstemming``, ``interactief-meedoen``.
The organisation pack's sensitivity sets the starting point (``hoog`` is always
passive); the monitoring signals can only make the advice more careful:

* a heated discussion (high negativity or a volume far above the baseline)
  moves one step towards passive;
* many check-worthy claims call for a deskundig weerwoord, coordinated with
  communication, never an improvised reply.
"""

from __future__ import annotations

from dataclasses import dataclass

from meedoen.core.assessment.models import Strategy
from meedoen.core.assessment.strategy import REASONS

ORDER = ("passief-luisteren", "interactief-met-afstemming", "interactief-meedoen")
HEATED_NEGATIVE = 0.5
HEATED_VOLUME = 3.0
MANY_CLAIMS = 0.2
FEW_AUTHORS = 20
# the rationale when the signals made the advice more careful than the sensitivity alone
STEPPED = {
    "passief-luisteren": "Volg de discussie nu alleen (slim luisteren) en reageer niet zelf; "
    "meld opvallende signalen aan je leidinggevende of de afdeling communicatie.",
    "interactief-met-afstemming": REASONS["midden"][1],
}


@dataclass(frozen=True, slots=True)
class Signals:
    """Monitoring signals for one dossier over the recent period (None: unknown)."""

    volume_ratio: float | None = None  # recent volume / baseline volume
    negative_share: float | None = None  # share of labelled posts that are negatief
    claim_share: float | None = None  # share of posts flagged as check-worthy claims
    distinct_authors: int | None = None


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def recommend(
    sensitivity: str, signals: Signals | None = None, dossier: str | None = None
) -> Strategy:
    """The recommended approach with a short Dutch rationale."""
    s = signals or Signals()
    level = sensitivity if sensitivity in REASONS else "midden"
    approach, base = REASONS[level]
    step = ORDER.index(approach)
    notes = []
    heated = []
    if s.negative_share is not None and s.negative_share >= HEATED_NEGATIVE:
        heated.append(f"{_pct(s.negative_share)} van de berichten is negatief")
    if s.volume_ratio is not None and s.volume_ratio >= HEATED_VOLUME:
        heated.append(
            f"het volume is {s.volume_ratio:.1f} keer zo hoog als gewoonlijk".replace(".", ",")
        )
    if heated:
        step = max(0, step - 1)
        notes.append("De discussie is verhit (" + " en ".join(heated) + "): eerst luisteren.")
    if s.claim_share is not None and s.claim_share >= MANY_CLAIMS:
        step = min(step, 1)
        notes.append(
            f"{_pct(s.claim_share)} van de berichten bevat een controleerbare bewering: een "
            "deskundig weerwoord kan nodig zijn. Laat dat via de afdeling communicatie lopen, "
            "met verwijzing naar openbare bronnen."
        )
    if s.distinct_authors is not None and s.distinct_authors < FEW_AUTHORS:
        notes.append(
            f"Het gaat om maar {s.distinct_authors} verschillende auteurs: de signalen zeggen "
            "weinig over wat er in het algemeen leeft."
        )
    final = ORDER[step]
    reason = base if final == approach else STEPPED[final]
    return Strategy(approach=final, dossier=dossier, reason=" ".join([reason, *notes]))
