# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The six weighing factors a–f, scored 0–3 with a plain-Dutch reason.

The factors are those of Aanwijzing 15 of the Aanwijzingen externe contacten
rijksambtenaren (1998), still used by the government as wegingscriteria for
art. 10 Ambtenarenwet 2017. Each factor is scored from the findings and the
profile/context only; the scores feed the decision table, never the other
way round.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from meedoen.core.assessment.models import Context, Factor, Factors, Profile

LABELS = {
    "a": "afstand tussen functie en onderwerp",
    "b": "politieke gevoeligheid",
    "c": "tijdstip",
    "d": "wijze van uiten",
    "e": "voorzienbaarheid van schade",
    "f": "ernst en bereik",
}

LEVEL_WEIGHT = {"uitvoering": 0, "beleid": 1, "leidinggevend": 2, "top": 3}
SENSITIVITY_SCORE = {"laag": 1, "midden": 2, "hoog": 3}


@dataclass(frozen=True)
class Observed:
    """The part of a finding that the factors look at."""

    category: str
    severity: int
    tags: tuple[str, ...] = ()


def _max(found: Sequence[Observed], *categories: str) -> int:
    return max((f.severity for f in found if f.category in categories), default=0)


def _tag_values(found: Sequence[Observed], key: str) -> list[str]:
    prefix = key + "="
    return [t[len(prefix) :] for f in found for t in f.tags if t.startswith(prefix)]


def _factor(key: str, score: int, reason: str) -> Factor:
    # (the validating constructor: in pydantic 2 it is faster than model_construct, which runs
    # in Python)
    return Factor(score=max(0, min(3, score)), label=LABELS[key], reason=reason)


def factor_a(found: Sequence[Observed]) -> Factor:
    dossiers = _tag_values(found, "dossier")
    if dossiers:
        return _factor(
            "a", 3, f"Het bericht raakt je eigen dossier ({', '.join(sorted(set(dossiers)))})."
        )
    if _max(found, "vertrouwelijk", "namens-organisatie", "pers", "kamerlid"):
        return _factor("a", 2, "Het bericht gaat over je eigen werk of organisatie.")
    if _max(found, "politiek", "timing"):
        return _factor(
            "a", 1, "Het bericht gaat over politiek of beleid, niet over je eigen dossier."
        )
    return _factor("a", 0, "Geen verband gevonden tussen het onderwerp en je functie.")


def factor_b(found: Sequence[Observed]) -> Factor:
    sens = max((SENSITIVITY_SCORE.get(s, 0) for s in _tag_values(found, "gevoeligheid")), default=0)
    pol = _max(found, "politiek", "kamerlid")
    score = max(sens, pol)
    if score == 0:
        return _factor("b", 0, "Geen politiek gevoelige onderwerpen gevonden.")
    parts = []
    if pol:
        parts.append("het bericht bevat een politiek oordeel of contact met de politiek")
    if sens:
        parts.append(
            "het bericht raakt een dossier met gevoeligheid "
            + max(_tag_values(found, "gevoeligheid"), key=lambda s: SENSITIVITY_SCORE.get(s, 0))
        )
    return _factor("b", score, ("; ".join(parts)).capitalize() + ".")


def factor_c(found: Sequence[Observed], context: Context) -> Factor:
    sev = _max(found, "timing")
    when = context.date.isoformat() if context.date else "vandaag"
    if sev:
        return _factor(
            "c",
            sev,
            f"Het moment ({when}) is gevoelig: verkiezingsperiode, embargo of aangekondigde datum.",
        )
    return _factor(
        "c", 0, f"Geen verkiezingsperiode, embargo of aangekondigde datum bekend rond {when}."
    )


def factor_d(found: Sequence[Observed], context: Context) -> Factor:
    tone = _max(found, "toon")
    score, reasons = tone, []
    if tone:
        reasons.append("de toon kan kwetsen of als onprofessioneel worden gezien")
    if context.capacity == "prive" and _max(found, "namens-organisatie"):
        score = max(score, 2)
        reasons.append("het is onduidelijk in welke hoedanigheid je spreekt")
    if context.reply_to is not None and context.reply_to.author_role in (
        "journalist",
        "kamerlid",
        "politicus",
    ):
        score += 1
        reasons.append(f"je reageert op een {context.reply_to.author_role}")
    if not reasons:
        return _factor("d", 0, "Geen problemen gevonden in bewoordingen of hoedanigheid.")
    return _factor("d", score, ("; ".join(reasons)).capitalize() + ".")


def factor_e(found: Sequence[Observed], profile: Profile) -> Factor:
    worst = max((f.severity for f in found if f.severity >= 2), default=0)
    score = {0: 0, 2: 1, 3: 2}[worst]
    reasons = []
    if worst:
        reasons.append("de risico's zijn vooraf te zien")
    if LEVEL_WEIGHT[profile.level] >= 2 or profile.enforcement_role:
        score += 1
        reasons.append("van iemand in jouw positie wordt extra terughoudendheid verwacht")
    if _max(found, "vertrouwelijk") >= 2:
        score += 1
        reasons.append("je weet dat de informatie (nog) niet openbaar is")
    if not reasons:
        return _factor("e", 0, "Geen voorzienbare schade gevonden.")
    return _factor("e", score, ("; ".join(reasons)).capitalize() + ".")


def factor_f(found: Sequence[Observed], context: Context) -> Factor:
    audience = context.effective_audience()
    followers = context.followers or 0
    if audience == "intern":
        reach, what = 0, "een intern kanaal"
    elif audience == "besloten-groep":
        reach, what = 1, "een besloten groep"
    elif followers >= 10_000:
        reach, what = 3, f"een openbaar kanaal met {followers} volgers"
    elif followers >= 1_000:
        reach, what = 2, f"een openbaar kanaal met {followers} volgers"
    else:
        reach, what = 1, "een openbaar kanaal"
    worst = max((f.severity for f in found), default=0)
    if worst < 2:
        return _factor("f", min(reach, 1), f"Bereik: {what}; geen ernstige gevolgen verwacht.")
    score = reach + (1 if worst == 3 else 0)
    return _factor(
        "f", score, f"Bereik: {what}; berichten blijven vindbaar en kunnen worden gedeeld."
    )


def score_factors(found: Sequence[Observed], profile: Profile, context: Context) -> Factors:
    return Factors(
        a=factor_a(found),
        b=factor_b(found),
        c=factor_c(found, context),
        d=factor_d(found, context),
        e=factor_e(found, profile),
        f=factor_f(found, context),
    )
