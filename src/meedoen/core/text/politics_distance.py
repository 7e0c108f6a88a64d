# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Who is addressed and how close a topic lies to the author's work.

* MP and journalist handles recognised by their shape (``@kamerlid_x``,
  ``@x_tk``, ``@MP_x``, ``@journo_x``, ``@verslaggever_rtv``) when they are not
  in a shipped or organisation list, and whether a handle is *addressed*
  (reply position, vocative, second person) rather than named in passing;
* whether a post touches the author's dossiers (keywords with compounds) —
  factor (a) of Aanwijzing 15, distance between function and topic;
* whether a date lies in an election window (shipped calendar plus the
  organisation's own dates).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from meedoen.core import rx
from meedoen.core.codex import load_reference
from meedoen.core.errors import ConfigError

# The @ first (then "not after a word character or @"): lets the scan jump to each @.
MENTION_RE = rx.compile(r"@(?<![\w@]@)\w{2,}")
MP_SHAPE_RE = rx.compile(
    r"@(?:\w*kamerlid\w*|\w*tweedekamerlid\w*|tk_\w+|\w+_tk|mp_\w+|\w+_mp)", re.IGNORECASE
)
# "@PietHoogvlietTK", "@pietTK": a name with "TK" (Tweede Kamer) appended; case matters.
MP_CAMEL_RE = rx.compile(r"@[A-Za-z][A-Za-z]*[a-z]TK")
PRESS_SHAPE_RE = rx.compile(
    r"@(?:\w*(?:journo|journalist|verslaggever|redactie|redacteur|reporter|correspondent)\w*|"
    r"\w+_nos|nos_\w+|rtv\w*|\w+_rtv\w*)",
    re.IGNORECASE,
)
_LEAD_RE = rx.compile(r"\s*(?:(?:hoi|hi|hey|hallo|beste|dear|geachte|dag)\s+)?(?:@\w+\s*)+")
_VOCATIVE_AFTER_RE = rx.compile(r"\s*[,:!]")
_VOCATIVE_BEFORE_RE = rx.compile(
    r"(?:hoi|hi|hey|hallo|beste|dear|geachte|dag|goed\s+punt)\s+$", re.I
)
SECOND_PERSON_RE = rx.compile(r"(?<!\w)(?:u|uw|je|jij|jouw|jullie|you|your)(?!\w)", re.IGNORECASE)
# Words of parliamentary work: "Beste @x, …" with these is addressed to an MP.
PARLIAMENT_RE = rx.compile(
    r"(?<!\w)(?:debat\w*|commissiedebat|kamervragen|kamerbrief|motie|amendement|fractie|"
    r"in\s+de\s+kamer|tweede\s+kamer|vragenuur|amendment|motion|parliament\w*|"
    r"parliamentary)(?!\w)",
    re.IGNORECASE,
)


def is_mp_shape(handle: str) -> bool:
    return MP_SHAPE_RE.fullmatch(handle) is not None or MP_CAMEL_RE.fullmatch(handle) is not None


def is_press_shape(handle: str) -> bool:
    return PRESS_SHAPE_RE.fullmatch(handle) is not None


def addressed_mention(text: str, known: Callable[[str], bool]) -> re.Match[str] | None:
    """The first handle for which ``known`` holds that the post addresses.

    Addressed: in reply position (the post opens with it), as a vocative
    ("@x, …", "Beste @x", "Goed punt @x"), as the closing tag of the post, or
    named in a post that speaks in the second person. Naming someone in passing
    is not addressing them.
    """
    if "@" not in text:
        return None
    mentions = [m for m in MENTION_RE.finditer(text) if known(m.group())]
    if not mentions:
        return None
    lead = _LEAD_RE.match(text)
    for m in mentions:
        if lead and m.end() <= lead.end():
            return m
        if _VOCATIVE_AFTER_RE.match(text, m.end()) or _VOCATIVE_BEFORE_RE.search(
            text, max(0, m.start() - 14), m.start()
        ):
            return m
    if SECOND_PERSON_RE.search(text):
        return mentions[0]
    last = mentions[-1]
    if not any(c.isalnum() for c in text[last.end() :]) and last.start() > 0:
        return last  # a closing tag: "… zou graag eens koffie drinken @x ☕"
    return None


# Generic words of a job title that say nothing about the topic.
_ROLE_WORDS = frozenset(
    "senior junior beleidsmedewerker beleidsadviseur adviseur medewerker coördinator "
    "coordinator manager directeur teamleider specialist projectleider jurist consulent "
    "communicatieadviseur woordvoerder secretaris officer policy advisor lead head "
    "directeur-generaal programmamanager afdelingshoofd hoofd strategisch".split()  # noqa: SIM905
)


def topic_terms(profile: object) -> tuple[str, ...]:
    """Lower-case dossier names and keywords of a profile (and topic words of the function)."""
    terms: list[str] = []
    for d in getattr(profile, "dossiers", None) or ():
        terms.append(str(getattr(d, "name", "") or ""))
        terms.extend(str(k) for k in getattr(d, "keywords", None) or ())
    function = str(getattr(profile, "function", "") or "")
    for part in re.split(r"[\s,/]+", function.lower()):
        if len(part) >= 4 and part not in _ROLE_WORDS and "-" not in part:
            terms.append(part)
    return tuple(t.lower().strip() for t in terms if len(t.strip()) >= 3)


def touches_terms(lower: str, terms: Iterable[str]) -> bool:
    """A term occurs as a word, a word start (compounds: "leraren" in
    "lerarenopleidingen") or, for multi-word terms, as a phrase."""
    pattern = _terms_pattern(tuple(terms))
    return pattern is not None and pattern.search(lower) is not None


@lru_cache(maxsize=64)
def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = sorted({t.lower() for t in terms if t}, key=len, reverse=True)
    if not parts:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    return re.compile(rf"\b(?:{body})")


@cache
def _shipped_elections() -> tuple[tuple[date, int], ...]:
    try:
        items = load_reference("verkiezingen").items
    except ConfigError:
        return ()
    out = []
    for item in items:
        when = item.get("date")
        if isinstance(when, str):
            when = date.fromisoformat(when)
        if isinstance(when, date):
            out.append((when, int(item.get("window_days", 42))))
    return tuple(out)


def in_election_window(on: date, extra: Iterable[Any] = ()) -> bool:
    """``on`` lies in the window before polling day (up to the day after)."""
    dates = list(_shipped_elections())
    dates += [(e.date, int(getattr(e, "window_days", 42))) for e in extra]
    return any(d - timedelta(days=w) <= on <= d + timedelta(days=1) for d, w in dates)
