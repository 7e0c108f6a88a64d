# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Political targets in a text: parties, politicians, offices, government policy.

Built once from the shipped reference lists (``partijen``, ``ministeries``,
``kamerleden``) and cached; organisation data (officials, MP handles) is
matched per call with a small cached pattern keyed by the names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any

from meedoen.core import rx
from meedoen.core.codex import load_reference
from meedoen.core.text.document import Token
from meedoen.core.text.politics_distance import is_mp_shape
from meedoen.core.text.politics_words import OFFICE_WORDS as _OFFICE_WORDS
from meedoen.core.text.politics_words import has_any


@dataclass(frozen=True, slots=True)
class Target:
    start: int
    end: int
    kind: str  # party | politician | office | policy | ministry | own
    label: str


# Words that are parties only when written exactly so (they are also Dutch/English words).
_CASE_ONLY = {"DENK", "LEF", "PLAN", "Volt", "Splinter", "CU", "LP", "SP", "GL", "PPB"}


def _alternation(terms: Iterable[str]) -> str:
    parts = sorted({t for t in terms if t}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


@cache
def party_pattern() -> re.Pattern[str]:
    exact: set[str] = set()
    loose: set[str] = set()
    for item in load_reference("partijen").items:
        forms = [str(item.get("afkorting", "")), str(item.get("naam", ""))]
        forms += [str(a) for a in item.get("aliassen", [])]
        for form in forms:
            if not form:
                continue
            if form in _CASE_ONLY or len(form) < 6:
                exact.add(form)
            else:
                loose.add(form)
    body = rf"(?-i:{_alternation(exact)})|{_alternation(loose)}" if loose else _alternation(exact)
    return re.compile(rf"(?<![\w@#])(?:{body})(?![\w])", re.IGNORECASE)


@cache
def kamerleden() -> tuple[dict[str, Any], ...]:
    return tuple(load_reference("kamerleden").items)


@cache
def mp_handles() -> frozenset[str]:
    """Lower-case X handles (with @) of the members in the shipped list."""
    handles: set[str] = set()
    for item in kamerleden():
        for h in [item.get("handle"), *(item.get("extra_handles") or [])]:
            if isinstance(h, str) and h.startswith("@"):
                handles.add(h.lower())
    return frozenset(handles)


@cache
def politician_pattern() -> re.Pattern[str]:
    """Full names of the members in the shipped list (case-sensitive)."""
    names = [str(item["naam"]) for item in kamerleden() if item.get("naam")]
    return re.compile(rf"(?<!\w)(?:{_alternation(names)})(?!\w)")


@cache
def ministry_pattern() -> re.Pattern[str]:
    items = load_reference("ministeries").items
    names = [str(i["naam"]) for i in items]
    short = [str(i["naam"]).removeprefix("Ministerie van ") for i in items]
    abbrs = [str(i["afkorting"]) for i in items if len(str(i["afkorting"])) >= 3]
    body = _alternation(names + [f"ministerie van {s}" for s in short])
    return re.compile(rf"(?<!\w)(?:{body}|(?-i:{_alternation(abbrs)}))(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=64)
def names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """Pattern for organisation-supplied names and handles (officials, own org)."""
    terms = [n for n in names if n and len(n) >= 3]
    if not terms:
        return None
    return re.compile(rf"(?<![\w@])(?:{_alternation(terms)})(?!\w)", re.IGNORECASE)


_PREFIXES = ("kabinets", "regerings", "coalitie")
_SUFFIXES = ("beleid", "maatregelen", "maatregel", "wet")


@cache
def trigger_words() -> frozenset[str]:
    """Lower-case words of which at least one occurs in any text with a political target."""
    words: set[str] = set(_OFFICE_WORDS)
    for item in load_reference("partijen").items:
        for form in [item.get("afkorting"), item.get("naam"), *item.get("aliassen", [])]:
            if form:
                words.add(str(form).lower().split()[0])
    for item in kamerleden():
        words.add(str(item.get("naam", "")).lower().split()[-1])
    for item in load_reference("ministeries").items:
        words.add(str(item["afkorting"]).lower())
    words.update(h.lstrip("@") for h in mp_handles())
    return frozenset(words)


_AFFIXES = ("beleid", "maatregel", "kabinets", "regerings", "coalitie")


def may_have_targets(
    words: frozenset[str] | set[str], extra: tuple[str, ...] = (), lower: str | None = None
) -> bool:
    """Cheap pre-check on a document's lower-case word set before the regex scans."""
    if not trigger_words().isdisjoint(words):
        return True
    if lower is not None:
        if has_any(lower, _AFFIXES):
            return True
        if "wet" in lower and any(len(w) > 8 and w.endswith("wet") for w in words):
            return True
    return bool(extra) and any(e.lower() in words for e in extra)


# Words that are a target only after one of these words ("de overheid", "Tweede Kamer").
_NEEDS_PREVIOUS: dict[str, frozenset[str]] = {
    "kamer": frozenset({"tweede", "eerste", "2e", "1e"}),
    "politiek": frozenset({"de", "haagse", "landelijke", "lokale"}),
    "staten": frozenset({"provinciale"}),
    "partij": frozenset({"politieke"}),
    "partijen": frozenset({"politieke"}),
    "beleid": frozenset(
        ["het", "dit", "dat", "hun", "zijn", "haar", "jullie", "ons", "huidige", "nieuwe"]
    ),
    "plan": frozenset(["dit", "dat", "het", "hun", "zijn", "haar"]),
    "maatregel": frozenset(["de", "deze", "die", "nieuwe", "hun", "zijn", "haar"]),
    "maatregelen": frozenset(["de", "deze", "die", "nieuwe", "hun", "zijn", "haar"]),
    "wet": frozenset({"de", "deze", "die"}),
    "policy": frozenset(),
}
_POLICY_WORDS = frozenset(
    {
        "beleid",
        "plan",
        "maatregel",
        "maatregelen",
        "wet",
        "policy",
        "wetsvoorstel",
        "wetsvoorstellen",
        "kabinetsplan",
        "kabinetsplannen",
        "bezuiniging",
        "bezuinigingen",
        "cuts",
    }
)
_SKIP_OFFICE = frozenset({"politieke", "ministerie", "ministry"})
_OWN_NOUNS = frozenset(
    [
        "minister",
        "staatssecretaris",
        "bewindspersoon",
        "wethouder",
        "wethouders",
        "burgemeester",
        "gedeputeerde",
        "ministerie",
        "college",
        "gemeente",
        "provincie",
        "organisatie",
        "departement",
    ]
)
_OWNERS = frozenset({"onze", "mijn", "ons", "m'n"})
_TOKEN_RE = rx.compile(r"[@#]?\w+(?:[-'.]\w+)*")
_TRAILING_TAGS_RE = rx.compile(r"(?:[#@]\w+[\s.!?]*|https?://\S+\s*)+$")
# Where a match of it can start: tried only there, instead of at every position.
_TAG_START_RE = rx.compile(r"[#@]|https?://")


def _tags_from(text: str) -> int:
    """``_TRAILING_TAGS_RE.search(text).start()``, or ``len(text)`` without a match."""
    for c in _TAG_START_RE.finditer(text):
        if _TRAILING_TAGS_RE.match(text, c.start()):
            return c.start()
    return len(text)


@cache
def _party_heads() -> tuple[frozenset[str], frozenset[str]]:
    """First words of party names: exact (case-sensitive) and lower-case."""
    exact: set[str] = set()
    loose: set[str] = set()
    for item in load_reference("partijen").items:
        for form in [item.get("afkorting"), item.get("naam"), *item.get("aliassen", [])]:
            if not form:
                continue
            head = str(form).split()[0].split("-")[0]
            if str(form) in _CASE_ONLY or len(str(form)) < 6:
                exact.add(head)
            else:
                loose.add(head.lower())
    return frozenset(exact), frozenset(loose)


@cache
def _politician_heads() -> frozenset[str]:
    return frozenset(str(i["naam"]).split()[0] for i in kamerleden() if i.get("naam"))


@cache
def _ministry_abbrs() -> frozenset[str]:
    return frozenset(
        str(i["afkorting"])
        for i in load_reference("ministeries").items
        if len(str(i["afkorting"])) >= 3
    )


@cache
def _fast_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words and exact-case heads at which a target can start."""
    _, loose = _party_heads()
    interesting = (
        frozenset(_NEEDS_PREVIOUS) | _OFFICE_WORDS | _OWN_NOUNS | loose | {"ministerie", "ministry"}
    )
    exact, _ = _party_heads()
    return interesting, exact | _politician_heads() | _ministry_abbrs()


def find_targets(
    text: str,
    own_names: tuple[str, ...] = (),
    official_names: tuple[str, ...] = (),
    tokens: Iterable[Token] | None = None,
) -> list[Target]:
    """All political targets in ``text``, sorted by position.

    Token-driven: each word is a set look-up; the name patterns only run where
    a token can start a party, politician or ministry name.
    """
    found: list[Target] = []
    party_exact, party_loose = _party_heads()
    pol_heads = _politician_heads()
    handles = mp_handles()
    interesting, exact_raw = _fast_sets()
    prev, prev_start = "", 0
    prev2, prev2_start = "", 0
    spans: Iterable[tuple[int, int, str, str]] = (
        tokens
        if tokens is not None
        else [(m.start(), m.end(), m.group(), "") for m in _TOKEN_RE.finditer(text)]
    )
    tags_from = _tags_from(text) if "#" in text else len(text)  # only '#' tokens ask
    for s, e, raw, _ in spans:
        c = raw[0]
        if c == "@":
            w = raw.lower()
            if w in handles or is_mp_shape(raw):
                found.append(Target(s, e, "politician", raw))
            prev2, prev2_start = prev, prev_start
            prev, prev_start = w, s
            continue
        if c == "#":
            if s >= tags_from:
                continue  # a trailing run of hashtags labels the post; it is not what it judges
            w = raw.lower().lstrip("#")
            s += 1
        else:
            w = raw.lower()
            if len(w) <= 8 and w not in interesting and "-" not in w and raw not in exact_raw:
                prev2, prev2_start = prev, prev_start
                prev, prev_start = w, s
                continue  # fast path: a word that can start no target
        base = w.split("-")[0] if "-" in w and w != "minister-president" else w
        if base in _NEEDS_PREVIOUS:
            need = _NEEDS_PREVIOUS[base]
            if not need or prev in need:
                kind = "policy" if base in _POLICY_WORDS else "office"
                first = s if kind == "policy" else prev_start  # "Tweede Kamer", "de politiek"
                found.append(Target(first, e, kind, text[first:e]))
        elif base in _OFFICE_WORDS and base not in _SKIP_OFFICE:
            kind = "policy" if base in _POLICY_WORDS else "office"
            found.append(Target(s, e, kind, raw))
        elif len(w) > 8 and (w.endswith(_SUFFIXES) or w.startswith(_PREFIXES)):
            found.append(Target(s, e, "policy", raw))
        if base in _OWN_NOUNS and (
            prev in _OWNERS or (prev == "eigen" and prev2 in _OWNERS)
        ):  # "onze minister", "mijn eigen minister"
            first = prev_start if prev in _OWNERS else prev2_start
            found.append(Target(first, e, "own", text[first:e]))
        head = raw.lstrip("#").split("-")[0]
        if head in party_exact or head.lower() in party_loose:
            m = party_pattern().match(text, s)
            if m:
                found.append(Target(m.start(), m.end(), "party", m.group()))
        if head in pol_heads:
            m = politician_pattern().match(text, s)
            if m:
                found.append(Target(m.start(), m.end(), "politician", m.group()))
        if w == "ministerie" or w == "ministry":
            m = ministry_pattern().match(text, s)
            found.append(Target(s, m.end() if m else e, "ministry", m.group() if m else raw))
        elif raw in _ministry_abbrs():
            found.append(Target(s, e, "ministry", raw))
        prev2, prev2_start = prev, prev_start
        prev, prev_start = w, s
    for names in (own_names, official_names):
        pattern = names_pattern(names)
        if pattern is not None:
            for m in pattern.finditer(text):
                found.append(Target(m.start(), m.end(), "own", m.group()))
    found.sort(key=lambda t: (t.start, -t.end))
    return found


# Office-holders an official account names routinely ("namens de minister bedank ik …").
OWN_ROLES = frozenset(
    "minister ministers staatssecretaris burgemeester wethouder wethouders gedeputeerde "
    "college".split()  # noqa: SIM905
)


def political_target(
    text: str, words: frozenset[str], lower: str, tokens: Iterable[Token] | None = None
) -> bool:
    """Does the text name a party, politician or political body (not just the author's
    own minister or organisation)?"""
    if not may_have_targets(words, (), lower):
        return False
    return any(
        t.kind in ("party", "politician")
        or (t.kind == "office" and t.label.lower() not in OWN_ROLES)
        for t in find_targets(text, tokens=tokens)
    )


PREFIX_CACHE_KEY = "meedoen.text.prefixes4"
_FIRST4 = itemgetter(slice(None, 4))  # w[:4], applied in C


def prefixes(words: frozenset[str], cache: dict[str, Any] | None = None) -> frozenset[str]:
    """The first four letters of every word, for cheap guards before regex scans.

    With a ``cache`` (``CheckContext.cache``) the set is computed once per post and
    shared by all detectors that use it.
    """
    if cache is not None:
        hit = cache.get(PREFIX_CACHE_KEY)
        if hit is not None and hit[0] is words:
            return hit[1]
    result = frozenset(map(_FIRST4, words))
    if cache is not None:
        cache[PREFIX_CACHE_KEY] = (words, result)
    return result
