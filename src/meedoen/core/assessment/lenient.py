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
