# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Related terms for own-dossier keywords.

A dossier keyword in a profile brings related words along ("asiel" → "azc",
"windpark" → "wind farm"), and a multi-word keyword its last word unless that
word is too general ("beleid", "wet", "aanpak"), so that the own-dossier detector
recognises a post about the dossier in other words.
"""

from __future__ import annotations

# Related terms for common policy dossiers: a keyword in a profile brings these along, so
# that "aanmeldcentrum" is about "asiel" and "aid" about "development aid". Lower-case;
# only words that are rarely used outside the dossier.
RELATED: dict[str, tuple[str, ...]] = {
    "asiel": ("asielzoeker", "aanmeldcentrum", "azc", "statushouder", "vluchteling", "asielopvang"),
    "asielzoeker": ("asiel", "aanmeldcentrum", "azc", "statushouder", "vluchteling"),
    "azc": ("asielzoekerscentrum", "aanmeldcentrum", "asielopvang"),
    "lerarentekort": ("leraar", "docent", "leerkracht", "onderwijs", "teacher shortage"),
    "leraar": ("docent", "leerkracht", "onderwijs", "lerarentekort"),
    "docent": ("leraar", "leerkracht", "onderwijs"),
    "stikstof": ("stikstofbeleid", "uitkoopregeling", "piekbelasters", "natura 2000"),
    "windmolen": ("windturbine", "windpark", "windenergie", "wind turbine", "wind farm"),
    "windpark": ("windturbine", "windmolen", "windenergie", "wind farm", "wind turbine"),
    "windturbine": ("windmolen", "windpark", "windenergie"),
    "dijk": ("dijkversterking", "hoogwaterbescherming", "waterveiligheid"),
    "dijkversterking": ("dijk", "waterveiligheid", "hoogwaterbescherming"),
    "bijstand": ("bijstandsuitkering", "participatiewet", "uitkering"),
    "uitkering": ("bijstand", "uitkeringsgerechtigde"),
    "toeslag": (
        "toeslagen",
        "toeslagenaffaire",
        "kinderopvangtoeslag",
        "huurtoeslag",
        "zorgtoeslag",
    ),
    "ontwikkelingshulp": ("ontwikkelingssamenwerking", "development aid", "noodhulp", "ngo"),
    "development aid": ("aid", "foreign aid", "ngo", "development cooperation"),
    "oda": ("aid", "ontwikkelingshulp"),
    # English equivalents: civil servants post in English too ("asylum cap", "nitrogen").
    "asielopvang": ("asylum", "asielzoeker", "azc"),
    "opvang": ("shelter", "shelters", "asylum reception"),
    "stikstofbeleid": ("nitrogen",),
    "luchtvaart": ("aviation", "airport"),
    "woningbouw": ("housing", "house building"),
    "woningtekort": ("housing shortage",),
    "inflatie": ("inflation", "consumer prices"),
    "fietsstraat": ("cycle street", "bike street"),
    "fietspad": ("cycle path", "bike path"),
    "sancties": ("sanctions", "sanctielijst", "sanctiepakket"),
    "sanctions": ("sancties", "sanctielijst", "sanctions list"),
    "belastingplan": ("tax plan",),
}
for _nl, _en in (("asiel", "asylum"), ("stikstof", "nitrogen"), ("dijk", "dike")):
    RELATED[_nl] = (*RELATED.get(_nl, ()), _en)
# Heads of a multi-word keyword that are too general to stand alone.
GENERIC_HEADS = frozenset(
    "beleid policy policies domein domain sector zorg care regeling regelingen scheme plan plannen "
    "wet act programma programme program aanpak approach zaken affairs services diensten "
    "development ontwikkeling cooperation samenwerking".split()
)


def related_terms(keyword: str) -> tuple[str, ...]:
    """Extra match terms for one dossier keyword (related words, a specific head word)."""
    k = keyword.strip().lower()
    out = list(RELATED.get(k, ()))
    parts = k.split()
    if len(parts) > 1 and all(p.isalpha() for p in parts):
        head = parts[-1]
        if len(head) >= 3 and head not in GENERIC_HEADS:
            out.append(head)
    return tuple(out)
