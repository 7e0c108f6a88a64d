# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""A licence plate and a home address together: someone else's, and findable.

"Buurman parkeert wéér op de stoep. Kenteken GT-421-K, Dorpsstraat 14" names
no one, yet plate and address together point at one person; with a threat to
use one's function ("als handhaver krijg je morgen een bon") it is a likely
breach. The plate and address detectors ask :func:`third_party_vehicle` whether
the post puts them together about someone else; the author's own car or house
("mijn auto", "ons adres") is not someone else's data.
"""

from __future__ import annotations

from meedoen.core import rx
from meedoen.core.text.pii_boundary import fast_words
from meedoen.core.text.pii_regex import substring_gate

PLATE_HINT_RE = rx.compile(r"(?<![\w-])[A-Z\d]{1,3}-[A-Z\d]{2,3}-[A-Z\d]{1,2}(?![\w-])")
ADDRESS_HINT_RE = rx.compile(
    r"(?<![\w-])[1-9]\d{3}\s?[A-Z]{2}(?![\w-])|[a-zà-ÿ](?:straat|laan|weg|plein|gracht|kade|"
    r"singel|dijk|dreef|steeg|hof)\s\d{1,4}(?!\d)"
)
OWN_RE = rx.compile(
    r"(?<!\w)(?:mijn|m'n|onze|ons)\s+(?:eigen\s+|nieuwe\s+|oude\s+)?(?:auto|wagen|kenteken|"
    r"busje|bus|scooter|motor|brommer|adres|huis|woning|oprit)(?!\w)"
)
THIRD_RE = rx.compile(
    r"(?<!\w)(?:(?:over)?buurman|(?:over)?buurvrouw|buren|buurjongen|iemand|eigenaar|"
    r"bestuurder|(?:die|deze|dat)\s+(?:auto|wagen|busje|gast|vent|man|vrouw|kerel|figuur|"
    r"type)|hij|zij|ie)(?!\w)"
)
# The author threatens to act from their function against the owner.
ENFORCE_RE = rx.compile(
    r"(?<!\w)(?:bon|bonnetje|boete|bekeuring|proces-verbaal|pv|wegslepen|weggesleept|"
    r"handhav\w*|boa|natrekken|nagetrokken|opzoeken|opgezocht|aanpakken)(?!\w)"
)

# The author speaks from an enforcement function ("als handhaver", "ik ben boa").
ROLE_RE = rx.compile(
    r"(?<!\w)(?:als|ik\s+ben|ben\s+zelf)\s+(?:\w+\s+)?(?:handhaver|boa|agent|"
    r"parkeercontroleur|parkeerwachter|politieagent|toezichthouder|ambtenaar)(?!\w)"
)


# ADDRESS_HINT_RE as two patterns that re scans faster, together matching the same texts: a
# postcode (the boundary behind its first digit) or a street suffix after a letter (the
# letter tested behind the suffix's first letter).
_POSTCODE_HINT_RE = rx.compile(r"[1-9](?<![\w-].)\d{3}\s?[A-Z]{2}(?![\w-])")
_STREET_HINT_RE = rx.compile(
    r"(?:s(?<=[a-zà-ÿ]s)(?:traat|ingel|teeg)|l(?<=[a-zà-ÿ]l)aan|w(?<=[a-zà-ÿ]w)eg|"
    r"p(?<=[a-zà-ÿ]p)lein|g(?<=[a-zà-ÿ]g)racht|k(?<=[a-zà-ÿ]k)ade|d(?<=[a-zà-ÿ]d)(?:ijk|reef)|"
    r"h(?<=[a-zà-ÿ]h)of)\s\d{1,4}(?!\d)"
)
# The same patterns, scanned faster (the word boundary behind the first letter).
_OWN_RE, _THIRD_RE, _ENFORCE_RE, _ROLE_RE = (
    fast_words(p) for p in (OWN_RE, THIRD_RE, ENFORCE_RE, ROLE_RE)
)
# Cheap gates: ENFORCE_RE needs one of these words; PLATE_HINT_RE two hyphens.
ENFORCE_GATE = substring_gate(
    "bon boete bekeuring proces-verbaal pv wegslepen weggesleept handhav boa natrekken "
    "nagetrokken opzoeken opgezocht aanpakken".split()
)


def third_party_vehicle(low: str, text: str, need: str, in_role: bool = False) -> str | None:
    """Why a plate or address in the post is someone else's identifying data, or None.

    ``need`` is what the calling detector does not have itself: "adres" (the plate detector
    asks for an address in the post) or "kenteken" (the address detector asks for a plate).
    ``in_role``: the author holds an enforcement role (profile); "als handhaver" in the
    text counts too."""
    # (the reason first: it is cheaper to look for than the owner, and mostly absent)
    if need == "adres":
        # ADDRESS_HINT_RE.search(text), faster
        hint = bool(_POSTCODE_HINT_RE.search(text) or _STREET_HINT_RE.search(text))
    else:
        hint = text.count("-") >= 2 and PLATE_HINT_RE.search(text) is not None
    if hint:
        why = "kenteken en adres samen, van een ander"
    elif (
        need == "adres"
        and ENFORCE_GATE.search(low)
        and _ENFORCE_RE.search(low)
        and (in_role or _ROLE_RE.search(low))
    ):
        why = "kenteken van een ander, met een dreiging vanuit de functie"
    else:
        return None
    if _OWN_RE.search(low) or not _THIRD_RE.search(low):
        return None
    return why
