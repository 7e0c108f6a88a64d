# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dossier checks: topics, not people (issue #4, item 1).

:func:`check_query` refuses a query term that is a private person's name or
@handle; public officials and organisations may be named when the
organisation pack (officials, press_handles, mp_handles) or the reference lists
(kamerleden, ministeries, partijen) list them. Person names are found with the
engine's own name resources (:mod:`meedoen.core.text.names`).
:func:`check_dossier` and :func:`is_active` enforce "nothing is collected
without an active dossier; an ended dossier stops collecting".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from meedoen.core.codex.loader import load_reference
from meedoen.core.codex.models import OrganisationData
from meedoen.core.text import Document
from meedoen.core.text.names import TITLES, NameSpan, find_names
from meedoen.monitor.privacy.pseudonym import TZ, normalise_handle

_HANDLE_RE = re.compile(r"(?<![\w@])@[\w.-]+(?:@[\w.-]+)?")
_CAMEL_RE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z])")
_LANG_RE = re.compile(r"^[a-z]{2}$")
# Words that make a person's name the name of a place or an institution.
NAMED_AFTER = frozenset(
    "huis arena stadion museum ziekenhuis kliniek stichting fonds school lyceum college "
    "academie instituut universiteit prijs lezing straat plein laan weg kade brug tunnel park "
    "centrum zaal theater kazerne gebouw bibliotheek".split()
)
_TITLE_PREFIX_RE = re.compile(
    "^(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\s*"
)


@dataclass(frozen=True, slots=True)
class AllowList:
    """Names and handles that may appear in a query (public officials, organisations)."""

    names: frozenset[str]
    handles: frozenset[str]

    @property
    def folded(self) -> frozenset[str]:
        return frozenset(" ".join(n.split()).casefold() for n in self.names)


@cache
def _reference_allow() -> tuple[frozenset[str], frozenset[str]]:
    names: set[str] = set()
    handles: set[str] = set()
    for ref, fields in (
        ("kamerleden", ("naam",)),
        ("ministeries", ("naam", "afkorting")),
        ("partijen", ("naam", "afkorting")),
    ):
        for item in load_reference(ref).items:
            names.update(str(item[f]) for f in fields if item.get(f))
            names.update(str(a) for a in item.get("aliassen") or ())
            if item.get("handle"):
                handles.add(normalise_handle(str(item["handle"])))
    return frozenset(names), frozenset(handles)


def allow_list(org: OrganisationData | None = None) -> AllowList:
    """The allow list of the reference lists plus the organisation pack ``org``."""
    names, handles = _reference_allow()
    extra_names: set[str] = set()
    extra_handles: set[str] = set()
    if org is not None:
        extra_names.update(n for n in (org.name,) if n)
        for off in org.officials:
            extra_names.add(off.name)
            if off.handle:
                extra_handles.add(normalise_handle(off.handle))
        extra_handles.update(normalise_handle(h) for h in (*org.press_handles, *org.mp_handles))
    return AllowList(names | extra_names, handles | extra_handles)


def _readable(term: str) -> str:
    """A term as running text, so capitalised-name rules apply: ``#JanJansen`` → ``Jan Jansen``."""
    word = term.lstrip("#")
    if word.islower() or word.isupper():
        return " ".join(w[:1].upper() + w[1:] for w in word.replace("_", " ").split())
    return _CAMEL_RE.sub(" ", word).replace("_", " ")


def _allowed_name(span: NameSpan, allow: AllowList) -> bool:
    """A full name must match a listed name exactly; "mevrouw X" needs a listed surname X."""
    name = " ".join(span.text.split()).casefold()
    if span.kind == "titel":
        name = _TITLE_PREFIX_RE.sub("", name)
        return any(n == name or n.endswith(" " + name) for n in allow.folded)
    return name in allow.folded


def check_term(term: str, allow: AllowList) -> str | None:
    """A Dutch reason when ``term`` targets a private person, else None."""
    for handle in _HANDLE_RE.findall(term):
        if normalise_handle(handle) not in allow.handles:
            return (
                f"'{term}': zoeken op het account {handle} is niet toegestaan. meedoen luistert "
                "naar onderwerpen, niet naar personen; alleen accounts van organisaties en "
                "publieke ambtsdragers uit het organisatiepakket mogen in een zoekvraag staan."
            )
    text = Document(_readable(_HANDLE_RE.sub(" ", term))).text
    for span in find_names(text):
        after = text[span.end :].split(maxsplit=1)
        if after and after[0].casefold().strip(".,") in NAMED_AFTER:
            continue  # "Anne Frank Huis", "Johan Cruijff Arena": a place, not a person
        if span.strong and not _allowed_name(span, allow):
            return (
                f"'{term}': dit lijkt de naam van een persoon ({span.text}). Zoeken op "
                "privépersonen is niet toegestaan; alleen publieke ambtsdragers uit het "
                "organisatiepakket of de lijsten van Kamerleden mogen genoemd worden."
            )
    return None


def check_query(query: Any, org: OrganisationData | None = None) -> list[str]:
    """Dutch reasons to refuse ``query`` (keywords, hashtags, languages); empty when it is fine.

    Exclusions are not checked: leaving something out targets nobody.
    """
    allow = allow_list(org)
    reasons: list[str] = []
    terms: Iterable[str] = (*query.keywords, *query.hashtags)
    if not any(t.strip() for t in terms):
        reasons.append("De zoekvraag heeft geen trefwoorden of hashtags.")
    for term in terms:
        reason = check_term(term.strip(), allow)
        if reason:
            reasons.append(reason)
    bad = [lang for lang in query.languages if not _LANG_RE.match(lang)]
    if bad:
        reasons.append(f"Onbekende taalcode(s): {', '.join(bad)}; gebruik ISO 639-1 (nl, en).")
    return reasons


def check_dossier(dossier: Any) -> list[str]:
    """Dutch reasons why ``dossier`` may not collect: missing purpose, basis, owner, end date."""
    reasons = []
    for attr, label in (
        ("owner", "eigenaar"),
        ("purpose", "doel"),
        ("legal_basis", "toelichting op de grondslag"),
    ):
        if not str(getattr(dossier, attr, "") or "").strip():
            reasons.append(f"Het dossier heeft geen {label}.")
    end = getattr(dossier, "end_date", None)
    start = getattr(dossier, "start_date", None)
    if not isinstance(end, date):
        reasons.append("Het dossier heeft geen einddatum; luisteren zonder einde mag niet.")
    elif isinstance(start, date) and end < start:
        reasons.append("De einddatum ligt vóór de begindatum.")
    if not 1 <= int(getattr(dossier, "retention_days", 0)) <= 366:
        reasons.append("De bewaartermijn moet tussen 1 en 366 dagen liggen.")
    if int(getattr(dossier, "k", 0)) < 2:
        reasons.append("De drempel k voor voorbeeldberichten moet minstens 2 zijn.")
    return reasons


def is_active(dossier: Any, now: datetime) -> bool:
    """True when ``dossier`` may collect at ``now``: complete, started, not ended, not past its end.

    Dates are read in Dutch local time; the end date is the last day of collection.
    The query itself is checked with :func:`check_query` when the dossier is saved.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if check_dossier(dossier):
        return False
    ended_at = getattr(dossier, "ended_at", None)
    if ended_at is not None and ended_at <= now:
        return False
    today = now.astimezone(TZ).date()
    start = getattr(dossier, "start_date", None)
    if start is not None and today < start:
        return False
    end: date = dossier.end_date
    return today <= end
