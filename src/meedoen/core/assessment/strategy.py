# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The recommended strategy for a touched dossier (seed §4.3, dilemma 2).

Sensitive dossiers: passive listening (webmonitoring) and no own reaction;
less sensitive dossiers: interactive participation, to explain policy and
gather ideas; in between: participate after consulting communication.
"""

from __future__ import annotations

from collections.abc import Sequence

from meedoen.core.assessment.factors import SENSITIVITY_SCORE, Observed
from meedoen.core.assessment.models import Strategy

REASONS = {
    "hoog": (
        "passief-luisteren",
        "Dit is een gevoelig dossier. Volg de discussie (slim luisteren) maar reageer niet zelf; "
        "meld opvallende signalen aan je leidinggevende of de afdeling communicatie.",
    ),
    "midden": (
        "interactief-met-afstemming",
        "Meedoen kan waarde hebben, maar stem eerst af met de afdeling communicatie en "
        "blijf bij vastgesteld en openbaar beleid.",
    ),
    "laag": (
        "interactief-meedoen",
        "Weinig gevoelig dossier: actief meedoen om beleid toe te lichten en ideeën op te halen "
        "ligt voor de hand. Maak je naam, functie en organisatie zichtbaar.",
    ),
}


def recommend(found: Sequence[Observed]) -> Strategy | None:
    """Strategy for the most sensitive dossier the post touches, or None."""
    touched: dict[str, str] = {}
    for f in found:
        names = [t.split("=", 1)[1] for t in f.tags if t.startswith("dossier=")]
        levels = [t.split("=", 1)[1] for t in f.tags if t.startswith("gevoeligheid=")]
        for name in names:
            level = levels[0] if levels else "midden"
            if SENSITIVITY_SCORE.get(level, 0) > SENSITIVITY_SCORE.get(touched.get(name, ""), 0):
                touched[name] = level
    if not touched:
        return None
    name, level = max(touched.items(), key=lambda kv: (SENSITIVITY_SCORE.get(kv[1], 0), kv[0]))
    approach, reason = REASONS.get(level, REASONS["midden"])
    return Strategy(approach=approach, dossier=name, reason=reason)
