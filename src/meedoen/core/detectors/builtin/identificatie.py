# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Identification: a post in function on an open channel says who is speaking.

Stelregel of the Voorlichtingsraad (2010, "naam, functie, departement") and
the Uitgangspunten overheidscommunicatie 2017 (herkenbaarheid): whoever posts
in function on an open channel makes name, function and organisation clear,
in the post or in the account name or bio. Nothing is reported for private
posts or for an internal or closed audience. When the context gives no
account at all, the bio is unknown and the finding stays LET_OP.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from meedoen.core.codex import load_reference
from meedoen.core.detectors.base import LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.errors import ConfigError
from meedoen.core.text import Document
from meedoen.core.text.morph import matcher

GENERIC_FUNCTION_RE = re.compile(
    r"\w*(?:medewerker|adviseur|woordvoerder|ambtenaar|directeur|manager|co[öo]rdinator|inspecteur|"
    r"handhaver|jurist|leider|specialist|analist|secretaris|griffier|wethouder|burgemeester|"
    r"rechercheur|consulent|regisseur|onderzoeker|econoom|ecoloog|planoloog|ambassadeur|diplomaat|"
    r"attach[ée]|gedeputeerde|officier|projectleider|boa|hoofd\s+\w+)(?:s|en)?\b",
    re.IGNORECASE,
)
GENERIC_ORG_RE = re.compile(
    r"\b(?:ministerie|gemeente|provincie|waterschap|hoogheemraadschap|rijksoverheid|rijkswaterstaat|"
    r"belastingdienst|uwv|rvo|ind|duo|cbs|rivm|politie|inspectie|dienst\s+\w+|agentschap)\b"
    r"|@min[A-Z]\w+|@gemeente\w+",
    re.IGNORECASE,
)
MISSING = {"naam": "je naam", "functie": "je functie", "organisatie": "je organisatie"}


@cache
def _ministries() -> tuple[tuple[str, str], ...]:
    """(abbreviation, full name) of the ministries in the shipped reference list."""
    try:
        items = load_reference("ministeries").items
    except ConfigError:
        return ()
    return tuple(
        (str(i.get("afkorting", "")), str(i.get("naam", ""))) for i in items if i.get("afkorting")
    )


@cache
def _org_forms(organisation: str) -> tuple[tuple[str, ...], str | None]:
    """Lower-case forms of an organisation name, and a case-sensitive abbreviation regex."""
    org = organisation.strip()
    forms = {org.lower(), org.lower().replace(" ", "")}
    abbreviations: set[str] = set()
    m = re.match(r"(?i)ministerie\s+van\s+(.+)", org)
    if m:
        forms.add(m.group(1).lower())
    m = re.match(r"(?i)(?:gemeente|provincie|waterschap)\s+(.+)", org)
    if m:
        forms.add(m.group(1).lower())  # "Utrecht" for "Gemeente Utrecht"
    for abbr, name in _ministries():
        if org.lower() in (name.lower(), abbr.lower(), f"ministerie van {abbr.lower()}"):
            abbreviations.add(abbr)
            forms.add(name.lower())
            topic = re.sub(r"(?i)^ministerie\s+van\s+", "", name)
            forms.add(topic.split(" en ")[0].lower())  # "binnenlandse zaken"
    if org.isupper() and 2 <= len(org) <= 6:
        abbreviations.add(org)
    abbr_re = rf"(?:\b|Min)(?:{'|'.join(sorted(abbreviations))})\b" if abbreviations else None
    return tuple(sorted(f for f in forms if len(f) >= 3)), abbr_re


@register
class IdentificatieDetector(Detector):
    name = "identificatie.v1"
    category = "identificatie"
    rule = "uoc2017.herkenbaarheid.v1"
    description = "Bericht in functie op een open kanaal zonder naam, functie en organisatie."

    def detect(self, doc: Document, ctx: CheckContext) -> Iterable[Evidence]:
        if not ctx.in_function or ctx.context.effective_audience() != "openbaar":
            return
        account = ctx.context.account
        extra = " \n ".join(x for x in (account.name, account.bio) if x) if account else ""
        hay = f"{doc.text} \n {extra}"
        low = hay.lower()
        missing = [
            k for k in ("naam", "functie", "organisatie") if not self._present(k, hay, low, ctx)
        ]
        if not missing:
            return
        s, e = doc.sentence_at(0)
        while e > s and doc.text[e - 1].isspace():
            e -= 1
        if e <= s:
            s, e = 0, len(doc.text)
        names = [MISSING[k] for k in missing]
        items = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]
        unknown = "" if account is not None else " (account-bio niet opgegeven)"
        verb = "ontbreekt" if len(names) == 1 else "ontbreken"
        yield Evidence(
            s,
            e,
            message=f"Je post in functie op een open kanaal, maar {items} {verb} in bericht en profiel{unknown}.",
            advice=(
                "Maak herkenbaar wie er spreekt: zet naam, functie en organisatie in je bio of "
                "onder het bericht (bijv. 'Beleidsmedewerker bij Ministerie van BZK')."
            ),
            severity=RISICO if len(missing) == 3 and account is not None else LET_OP,
            explanation=f"Stelregel naam, functie, organisatie; ontbreekt: {', '.join(missing)}.",
            tags=tuple(missing),
        )

    def _present(self, item: str, hay: str, low: str, ctx: CheckContext) -> bool:
        profile = ctx.profile
        if item == "naam":
            if not profile.name:
                account = ctx.context.account
                return bool(account and account.name)
            parts = [p for p in re.findall(r"\w+", profile.name.lower()) if len(p) >= 3]
            return profile.name.lower() in low or bool(parts and parts[-1] in low)
        if item == "functie":
            if profile.function and self.validate(profile.function):
                words = re.findall(r"\w+", profile.function)
                head = max(words, key=len) if words else profile.function
                return matcher([profile.function, head]).search(hay, low) is not None
            return GENERIC_FUNCTION_RE.search(hay) is not None
        if profile.organisation and self.validate(profile.organisation):
            forms, abbr = _org_forms(profile.organisation)
            return any(f in low for f in forms) or bool(abbr and re.search(abbr, hay))
        return GENERIC_ORG_RE.search(hay) is not None

    def validate(self, candidate: str) -> bool:
        """A profile field must contain at least one letter to be looked for."""
        return any(c.isalpha() for c in candidate)
