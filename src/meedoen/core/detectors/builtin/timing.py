# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Timing: election periods, embargoes and announced dates.

Weighing factor (c), "het tijdstip waarop de uitspraken worden gedaan". No
statutory purdah exists in the Netherlands; meedoen models an election window
(default 42 days before polling day up to the day after) from the shipped
``verkiezingen`` list plus the organisation's own calendar. A political post
inside the window is RISICO; a non-political post in function is LET_OP.
Embargoes and posts about a subject before its announced date are RISICO.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

from meedoen.core import rx
from meedoen.core.codex import load_reference
from meedoen.core.codex.models import Election
from meedoen.core.detectors.base import LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.errors import ConfigError
from meedoen.core.text import Document
from meedoen.core.text.morph import matcher

POLITICAL_RE = rx.compile(
    r"(?<!\w)(?:\w*verkiezing\w*|stem(?:men|t|de|wijzer|advies|bus|lokaal|biljet\w*)|kieskompas|"
    r"stem(?=\s+(?:op|niet|tegen|voor)\b)|"
    r"partij\w*|kandida\w+|lijsttrekker\w*|campagne\w*|coalitie\w*|oppositie|kabinet\w*|"
    r"minister\w*|staatssecretaris\w*|wethouder\w*|gedeputeerde\w*|gemeenteraad\w*|raadsle\w+|"
    r"kamerle\w+|tweede\s+kamer|eerste\s+kamer|provinciale\s+staten|politie?k\w*|politic\w+|"
    r"verkiezingsprogramma\w*|debat\w*|motie\w*|beleid\w*|premier)(?!\w)",
    re.IGNORECASE,
)
EMBARGO_RE = rx.compile(
    r"(?<!\w)(?:onder\s+embargo|embargo\s+(?:tot|t/m|until|till)\s+"
    r"(?:(?P<day>\d{1,2})[-/ ](?P<month>\d{1,2})(?:[-/ ](?P<year>\d{2,4}))?\s*)?[^.\n]{0,25}?"
    r"(?:\d{1,2}[.:]\d{2}\s*(?:uur|u)?|\d{1,2}\s*uur|morgen|vandaag)?|embargoed(?:\s+(?:until|till)\s+\w+)?"
    r"|embargo(?!\w))",
    re.IGNORECASE,
)
LIFTED_RE = rx.compile(
    r"\s+(?:is\s+(?:nu\s+)?|has\s+been\s+)(?:eraf|opgeheven|verlopen|voorbij|lifted)\b",
    re.IGNORECASE,
)
DISCLOSE_RE = rx.compile(
    r"(?<!\w)(?:staat|staan|komt|komen|bevat|gaat|gaan|wordt|worden|uitgelekt|alvast|verklap\w*|"
    r"voorproefje|sneak\s*peek|spoiler)(?!\w)",
    re.IGNORECASE,
)
# Practical election words: naming the election or how to vote is not a political statement.
NEUTRAL_ELECTION_RE = rx.compile(
    r"[^\W\d_]*verkiezing(?:en|sdag|suitslag|suitslagen)?\d*|stem(?:men|t|de|bus|lokaal|biljet\w*|pas\w*|bureau\w*)|"
    # the body being elected, by name: "op 17 maart kies je de Provinciale Staten", "voted
    # for the gemeenteraad"
    r"provinciale\s+staten|gemeenteraad",
    re.IGNORECASE,
)
# A date announced in the post itself ("morgen om 10.00 uur maakt de minister … bekend")
# followed by a hint that the author already knows the content.
ANNOUNCE_RE = rx.compile(
    r"\b(?:morgen|overmorgen|vanmiddag|vanavond|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"volgende\s+week|om\s+\d{1,2}[.:]\d{2})\b[^.!?\n]{0,60}?\b(?:(?:maakt|maken|brengt|brengen|stuurt|"
    r"sturen)\b[^.!?\n]{0,60}?\b(?:bekend|naar\s+buiten|uit|naar\s+de\s+kamer)|presenteert|presenteren|"
    r"publiceert|publiceren|onthult|onthullen|verschijnt|verschijnen|"
    r"(?:komt|komen)\b[^.!?\n]{0,60}?\buit)\b"
    r"|\bofficieel\s+(?:pas\s+)?(?:morgen|overmorgen|vanmiddag|vanavond|volgende\s+week|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag)\b"
    r"|\b(?:will|is\s+going\s+to)\s+(?:announce|publish|present)\b[^.!?\n]{0,40}?\b(?:tomorrow|on\s+\w+day|next\s+week)\b",
    re.IGNORECASE,
)
KNOWS_RE = rx.compile(
    r"\bik\s+weet\s+(?:al|nu\s+al|toevallig)\b|\balvast\b|\bverklap\w*|\bspoiler|\bsneak\s*peek"
    r"|\buitgelekt\b|\bheard\s+it\s+here\s+first\b|\bi\s+already\s+know\b|\bvoorproefje\b"
    r"|\bik\s+zeg\s+(?:alleen|maar|niks|niets)\b|\bkomt\s+(?:\w+\s+)?uit\s+op\s+[\d,.]+"
    r"|\b(?:het\s+is|wordt)\s+(?:best\s+|echt\s+|nogal\s+)?(?:pittig|schrikken|slecht\s+nieuws|niet\s+mals)\b"
    r"|\bnog\s+wat\s+(?:gaan\s+)?meemaken\b|\U0001f440|\U0001f92b|\U0001f910",
    re.IGNORECASE,
)
ANNOUNCE_GATE: tuple[str, ...] = (
    "bekend",
    "buiten",
    "presente",
    "publice",
    "announce",
    "publish",
    "present",
)
ANNOUNCE_GATE += (" uit", "verschijn", "officieel")
# Every announcement pattern names a moment: one of these words must be in the post.
WHEN_WORDS = frozenset(
    "morgen overmorgen vanmiddag vanavond maandag dinsdag woensdag donderdag vrijdag volgende om "
    "officieel will going".split()
)
PRINSJESDAG_RE = rx.compile(
    r"(?<!\w)(?:prinsjesdag\w*|miljoenennota|troonrede|rijksbegroting)(?!\w)", re.I
)


PRINSJESDAG_SUBJECTS: tuple[str, ...] = (
    "prinsjesdag",
    "miljoenennota",
    "troonrede",
    "rijksbegroting",
)


@cache
def _shipped() -> tuple[Election, ...]:
    try:
        items = load_reference("verkiezingen").items
    except ConfigError:
        return ()
    fields = set(Election.model_fields)
    return tuple(
        Election.model_validate({k: v for k, v in i.items() if k in fields}) for i in items
    )


# First letters of every alternative in POLITICAL_RE: a token must start with one of these
# before the regex is tried at its position (a fast scan instead of a lookbehind search).
POLITICAL_PREFIXES = tuple(
    "verkiezing stem kieskompas partij kandida lijsttrekker campagne coalitie oppositie kabinet "
    "minister staatssecretaris wethouder gedeputeerde gemeenteraad raadsle kamerle tweede eerste "
    "provinciale politi debat motie beleid premier".split()
)


def _political_cues(
    doc: Document, kind: str = "", in_function: bool = False
) -> list[re.Match[str]]:
    """Political words that fit the election: national words do not make a post political
    in a municipal election window, local ones ("het college", "de raad") do."""
    local = kind in LOCAL_KINDS
    out: list[re.Match[str]] = []
    previous = ""
    compound = any("verkiezing" in w and not w.startswith("verkiezing") for w in doc.words)
    if not compound and not any(w[:4] in _PREFIX4 for w in doc.words):
        return out  # no word can start a cue: skip the token scan
    for tok in doc.tokens:
        word = tok.lower.lstrip("#@")
        if compound and "verkiezing" in word and not word.startswith("verkiezing"):
            # "raadsverkiezingen", "#statenverkiezingen": naming the election
            m = POLITICAL_RE.match(doc.text, tok.end - len(word))
            if m is not None:
                out.append(m)
            previous = word
            continue
        if word[:4] not in _PREFIX4:
            previous = word
            continue
        if word.startswith(POLITICAL_PREFIXES) and not word.startswith(NEVER_PREFIXES):
            if not (local and word.startswith(NATIONAL_PREFIXES)):
                m = POLITICAL_RE.match(doc.text, tok.end - len(word))
                if m is not None:
                    out.append(m)
        elif local and (
            word.startswith(LOCAL_PREFIXES)
            or word in ("raad", "college")
            and previous in ("de", "den", "het", "ons", "onze")
            or word.startswith("burgemeester")
            and in_function  # not elected, but in function
        ):
            m = LOCAL_RE.match(doc.text, tok.end - len(word))
            if m is not None:
                out.append(m)
        previous = word
    if local and not doc.words.isdisjoint(LOCAL_PARTY_GATE):
        m = LOCAL_PARTY_RE.search(doc.text)
        if m is not None:
            out.append(m)
    out.sort(key=lambda m: m.start())
    return out


# Elections in which national politics is not the subject.
LOCAL_KINDS = frozenset(("gemeenteraad", "waterschap"))
# Not political on their own, in any window ("ministerie", "ministerraad" in a factual post).
NEVER_PREFIXES = ("ministerie", "ministerraad")
# National words that do not make a post political in a municipal election window.
NATIONAL_PREFIXES = tuple(
    "kabinet minister staatssecretaris kamerle tweede eerste provinciale gedeputeerde premier "
    "beleid".split()
)
LOCAL_PREFIXES: tuple[str, ...] = (
    "collegebesluit",
    "collegevoorstel",
    "collegeakkoord",
    "collegeprogramma",
)
LOCAL_PREFIXES += ("raadsvoorstel", "raadsbesluit", "raadsvergadering", "gemeentebestuur")
LOCAL_RE = rx.compile(
    r"(?:college\w*|raadsvoorstel\w*|raadsbesluit\w*|raadsvergadering\w*|burgemeester\w*|"
    r"gemeentebestuur\w*|raad)(?!\w)(?!\s+van\s+(?:state|europa|bestuur|toezicht|advies|commissarissen))",
    re.IGNORECASE,
)
# First four letters of every cue word: a post without any of them has no cue.
_PREFIX4 = frozenset(
    p[:4] for p in (*POLITICAL_PREFIXES, *LOCAL_PREFIXES, "raad", "college", "burgemeester")
)
LOCAL_PARTY_GATE = frozenset(
    "leefbaar lokaal lokale stem gemeentebelangen dorpsbelangen burgerbelangen stadspartij".split()
)
LOCAL_PARTY_RE = rx.compile(
    r"\bLeefbaar\s+[A-Z]\w+|\bLokaal\s+[A-Z]\w+|\b[A-Z]\w+\s+Lokaal\b|\b(?:Gemeente|Dorps|Burger)belangen\b"
    r"|\bStadspartij\b|\blokale\s+partij\b|\b[Ss]tem\s+(?:ook\s+|gewoon\s+)?lokaal\b"
)


def _party_cue(doc: Document) -> re.Match[str] | None:
    party = _party_re()
    if party is None:
        return None
    heads = _party_heads()
    if not any(w.split("-")[0] in _lower_heads() for w in doc.words):
        return None
    for tok in doc.tokens:
        if tok.text.split("-")[0] in heads or tok.text in heads:
            m = party.match(doc.text, tok.start)
            if m is not None:
                return m
    return None


@cache
def _lower_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in _party_heads())


@cache
def _party_names() -> frozenset[str]:
    """Every party's abbreviation, name and aliases ("GroenLinks", "PvdA" for GL-PvdA) from the
    shipped list (empty when it cannot be read)."""
    try:
        items = load_reference("partijen").items
    except ConfigError:
        return frozenset()
    names = {str(i.get(k, "")) for i in items for k in ("afkorting", "naam")}
    names |= {str(a) for i in items for a in (i.get("aliassen") or ())}
    return frozenset(n for n in names if len(n) >= 2)


@cache
def _party_heads() -> frozenset[str]:
    """The first word of every party name or abbreviation (case-sensitive, as the regex)."""
    return frozenset(re.split(r"[\s-]", n)[0] for n in _party_names())


def _window(el: Election) -> tuple[date, date, Election]:
    """The election window: ``window_days`` before polling day up to the day after."""
    return el.date - timedelta(days=el.window_days), el.date + timedelta(days=1), el


@cache
def _shipped_windows() -> tuple[tuple[date, date, Election], ...]:
    return tuple(_window(el) for el in _shipped())


@cache
def _party_re() -> re.Pattern[str] | None:
    names = _party_names()
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w@#])(?:{alt})(?!\w)")


def prinsjesdag(year: int) -> date:
    """Third Tuesday of September."""
    first = date(year, 9, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 14)


@register
class TimingDetector(Detector):
    name = "timing.v1"
    category = "timing"
    rule = "wegingscriteria.art10.v1"
    description = "Verkiezingsperiode, embargo en aangekondigde datums."

    def detect(self, doc: Document, ctx: CheckContext) -> Iterable[Evidence]:
        yield from self._election(doc, ctx)
        m = EMBARGO_RE.search(doc.text) if "embargo" in doc.lower else None
        if m is not None and LIFTED_RE.match(doc.text, m.end()) is not None:
            m = None  # "Embargo is eraf: vanaf nu staat … online"
        if m is not None and self.validate(m.group()) and not self._embargo_passed(m, ctx.on):
            yield Evidence(
                m.start(),
                m.end(),
                message=f"Embargo: '{m.group().strip()}'. Dit mag nog niet naar buiten.",
                advice="Wacht met posten tot het embargo is verlopen en deel dan de officiële publicatie.",
                severity=RISICO,
                explanation="timing/embargo",
                tags=("embargo",),
            )
        yield from self._announced(doc, ctx)
        if not doc.words.isdisjoint(WHEN_WORDS) and any(g in doc.lower for g in ANNOUNCE_GATE):
            a = ANNOUNCE_RE.search(doc.text)
            if a is not None and KNOWS_RE.search(doc.text) is not None:
                yield Evidence(
                    a.start(),
                    a.end(),
                    message=(
                        f"Je noemt een aangekondigde bekendmaking ('{a.group()}') en laat doorschemeren "
                        "dat je de inhoud al kent."
                    ),
                    advice=(
                        "Wacht tot na de aankondiging en deel dan de officiële publicatie; hint niet "
                        "vooraf naar wat erin staat."
                    ),
                    severity=RISICO,
                    explanation="timing/aangekondigd in het bericht",
                    tags=("aangekondigd",),
                )

    def validate(self, candidate: str) -> bool:
        """'Embargo' as part of a trade embargo ('handelsembargo') is not a press embargo."""
        return not re.search(r"handels|wapen|olie", candidate, re.IGNORECASE)

    def _embargo_passed(self, m: re.Match[str], on: date) -> bool:
        if not m.group("day"):
            return False
        try:
            year = int(m.group("year") or on.year)
            when = date(
                year + 2000 if year < 100 else year, int(m.group("month")), int(m.group("day"))
            )
        except ValueError:
            return False
        return when < on

    def _election(self, doc: Document, ctx: CheckContext) -> Iterable[Evidence]:
        windows = [_window(el) for el in ctx.organisation.elections] + list(_shipped_windows())
        for first, last, el in windows:
            if not first <= ctx.on <= last:
                continue
            cues = _political_cues(doc, el.kind, ctx.in_function)
            cue = next((c for c in cues if not NEUTRAL_ELECTION_RE.fullmatch(c.group())), None)
            neutral = cues[0] if cues and cue is None else None
            if cue is None:
                cue = _party_cue(doc)
            if cue is None and neutral is None and not ctx.in_function:
                return
            if cue is None and neutral is not None:
                cue_span = (neutral.start(), neutral.end())
            else:
                cue_span = (cue.start(), cue.end()) if cue else doc.sentence_at(0)
            s, e = cue_span
            note = "" if el.verified else " (datum nog niet geverifieerd)"
            days = (el.date - ctx.on).days
            when = f"over {days} dagen" if days > 0 else "vandaag" if days == 0 else "net voorbij"
            yield Evidence(
                s,
                e,
                message=(
                    f"Verkiezingsperiode: {el.name} op {el.date:%d-%m-%Y}{note}, {when}. "
                    + (
                        "Een politiek getint bericht weegt nu zwaarder."
                        if cue
                        else "Let op de timing."
                    )
                ),
                advice=(
                    "Wees in de verkiezingsperiode extra terughoudend met uitingen over politiek en "
                    "beleid; blijf feitelijk en neutraal, zeker in functie."
                ),
                severity=RISICO if cue else LET_OP,
                explanation=f"timing/verkiezingen; venster {el.window_days} dagen voor {el.date}.",
                tags=("verkiezingen",) if el.verified else ("verkiezingen", "niet-geverifieerd"),
            )
            return

    def _announced(self, doc: Document, ctx: CheckContext) -> Iterable[Evidence]:
        events: list[tuple[Election, tuple[str, ...]]] = [
            (ev, (ev.name,)) for ev in ctx.organisation.announced_dates
        ]
        low = doc.lower
        if any(w in low for w in PRINSJESDAG_SUBJECTS) and PRINSJESDAG_RE.search(doc.text):
            day = prinsjesdag(ctx.on.year)
            event = Election(name="Prinsjesdag", kind="prinsjesdag", date=day, window_days=21)
            events.append((event, PRINSJESDAG_SUBJECTS))
        for ev, subjects in events:
            if not ev.date - timedelta(days=ev.window_days) <= ctx.on < ev.date:
                continue
            hit = matcher(subjects).search(doc.text, doc.lower)
            if hit is None or DISCLOSE_RE.search(doc.text) is None:
                continue
            yield Evidence(
                hit.start,
                hit.end,
                message=f"Dit onderwerp wordt pas op {ev.date:%d-%m-%Y} bekendgemaakt ({ev.name}).",
                advice="Deel niets over de inhoud vóór de aangekondigde datum; verwijs daarna naar de officiële publicatie.",
                severity=RISICO,
                explanation=f"timing/aangekondigd; {ev.name} op {ev.date}.",
                tags=("aangekondigd",),
            )
            return
