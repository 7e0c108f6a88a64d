# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Forgiving spellings of the closed values of a profile and a context.

People (and the tools they export from) write "Public", "privé", "in functie",
"Beleid " or "citizen" where the contract says ``openbaar``, ``prive``,
``in-functie``, ``beleid`` and ``burger``. Refusing such a post would leave
the author without advice over a spelling, so the input models (and the flags
of ``meedoen check``) map these to the contract's value first. Only spellings
that cannot mean anything else are listed; an unknown value is still an error
that names the allowed values.
"""

from __future__ import annotations

from meedoen.core import rx

# field -> {spelling: contract value}; spellings are compared after :func:`_key`.
ALIASES: dict[str, dict[str, str]] = {
    "channel": {
        "twitter": "x", "x.com": "x", "twitter-x": "x", "fb": "facebook", "ig": "instagram",
        "threads": "instagram",  # Instagram's own text channel
        "teams": "intranet", "yammer": "intranet", "viva-engage": "intranet", "slack": "intranet",
    },
    "audience": {
        "public": "openbaar", "open": "openbaar", "iedereen": "openbaar",
        "besloten": "besloten-groep",
        "closed": "besloten-groep", "closed-group": "besloten-groep",
        "private-group": "besloten-groep", "groep": "besloten-groep",
        "internal": "intern", "intranet": "intern",
    },
    "capacity": {
        "private": "prive", "personal": "prive", "persoonlijk": "prive",
        "functie": "in-functie", "in-function": "in-functie",
        "official": "in-functie", "zakelijk": "in-functie", "ambtelijk": "in-functie",
    },
    "level": {
        "uitvoerend": "uitvoering", "operational": "uitvoering",
        "beleidsmedewerker": "beleid", "policy": "beleid",
        "leidinggevende": "leidinggevend", "manager": "leidinggevend",
        "management": "leidinggevend",
        "topambtenaar": "top", "senior-management": "top",
    },
    "sensitivity": {
        "low": "laag", "middel": "midden", "medium": "midden", "gemiddeld": "midden",
        "high": "hoog",
    },
    "author_role": {
        "citizen": "burger", "inwoner": "burger", "journalism": "journalist",
        "pers": "journalist", "press": "journalist", "tweede-kamerlid": "kamerlid",
        "mp": "kamerlid", "member-of-parliament": "kamerlid", "politician": "politicus",
        "colleague": "collega", "organization": "organisatie", "organisation": "organisatie",
    },
    "kind": {"person": "persoon", "organization": "organisatie", "organisation": "organisatie"},
}  # fmt: skip

_ACCENTS = str.maketrans("éèëêáàäíïóöúü", "eeeeaaaiioouu")


def _key(value: str) -> str:
    """Lower case, accents off, runs of spaces and underscores as one hyphen."""
    return "-".join(value.strip().lower().translate(_ACCENTS).replace("_", " ").split())


def canonical(field: str, value: object) -> object:
    """The contract's value for a spelling of ``field`` (anything not a string as is)."""
    if not isinstance(value, str):
        return value
    key = _key(value)
    return ALIASES.get(field, {}).get(key, key)


YES = frozenset({"ja", "j", "yes", "y", "true", "waar", "1"})
NO = frozenset({"nee", "n", "no", "false", "onwaar", "0", ""})


def yes_no(value: object) -> object:
    """``True``/``False`` for Dutch and English yes/no words; anything else as is."""
    if isinstance(value, str):
        key = _key(value)
        if key in YES:
            return True
        if key in NO:
            return False
    return value


def count(value: object) -> object:
    """A number of followers as people write it: "1.200", "1 200", "1,200", "12k", "1,2k" or
    "3M" to an integer, an empty string to None (not known); anything else as is (the model
    then names the problem)."""
    if not isinstance(value, str):
        return value
    text = value.strip().lower().replace("\u00a0", " ")
    if not text:
        return None  # an empty cell of an export: not known
    factor = 1
    if text[-1:] in ("k", "m") and text[:-1].strip():
        factor = 1_000 if text[-1] == "k" else 1_000_000
        text = text[:-1].strip()
        decimal = text.replace(",", ".")  # "1,2k" and "1.2k": a decimal before k or M
        if decimal.count(".") <= 1 and decimal.replace(".", "", 1).isdigit():
            return round(float(decimal) * factor)
        return value
    digits = text.replace(".", "").replace(",", "").replace(" ", "").replace("_", "")
    return int(digits) if digits.isdigit() and digits.isascii() else value


DATE_TIME_RE = rx.compile(r"\d{4}-\d{2}-\d{2}[T ]\d")
DAY_MONTH_YEAR_RE = rx.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
YEAR_MONTH_DAY_RE = rx.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
WRITTEN_RE = rx.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})")
MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            "januari jan january", "februari feb february", "maart mrt mar march",
            "april apr", "mei may", "juni jun june", "juli jul july",
            "augustus aug august", "september sep sept", "oktober okt oct october",
            "november nov", "december dec",
        )
    )
    for name in names.split()
}  # fmt: skip


def day(value: object) -> object:
    """An ISO date for the ways people write a day: a date-time ("2026-03-10T09:30:00"),
    day-month-year with "-", "/" or "." ("18-03-2026", "18/3/2026"), year/month/day
    ("2026/03/18") and a written month ("18 maart 2026", "18 mrt. 2026", "18 March 2026");
    anything else as is (the model then names the problem)."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if DATE_TIME_RE.match(text):
        return text[:10]
    if m := DAY_MONTH_YEAR_RE.fullmatch(text):
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    if m := YEAR_MONTH_DAY_RE.fullmatch(text):
        return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
    if (m := WRITTEN_RE.fullmatch(text.lower())) and m[2] in MONTHS:
        return f"{m[3]}-{MONTHS[m[2]]:02d}-{int(m[1]):02d}"
    return value
