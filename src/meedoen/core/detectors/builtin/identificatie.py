# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Identification: a post in function on an open channel says who is speaking.

Stelregel of the Voorlichtingsraad (2010, "naam, functie, departement") and
the Uitgangspunten overheidscommunicatie 2017 (herkenbaarheid): whoever posts
in function on an open channel makes name, function and organisation clear,
in the post or in the account name or bio. Nothing is reported for private
posts or for an internal or closed audience.

Severity: RISICO when the post (and the bio, if given) names none of the three,
and also when an account is given whose name and bio show neither function nor
organisation (a name alone does not say for whom one speaks). An unknown bio is
no reason to assume it is there. LET_OP when only some items are missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from meedoen.core import rx
from meedoen.core.codex import load_reference
from meedoen.core.detectors.base import LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.errors import ConfigError
from meedoen.core.text import Document
from meedoen.core.text.morph import matcher

# Function words, matched as word endings ("beleidsmedewerker", "communicatieadviseur").
FUNCTION_ENDINGS = tuple(
    "medewerker adviseur woordvoerder ambtenaar directeur manager coördinator coordinator inspecteur "
    "handhaver jurist leider specialist analist secretaris griffier wethouder burgemeester rechercheur "
    "consulent regisseur onderzoeker econoom ecoloog planoloog ambassadeur diplomaat attaché attache "
    "gedeputeerde officier projectleider boa fiscalist teamleider afdelingshoofd wijkagent agent "
    "adviser advisor officer spokesperson analyst director lead scientist engineer counsel lawyer "
    "inspector economist researcher".split()
)
FUNCTION_WORDS = frozenset(("hoofd", "dg", "directeur-generaal"))
# Organisation words and phrases (Dutch and English), checked with set and substring tests.
ORG_WORDS = frozenset(
    "ministerie gemeente provincie waterschap hoogheemraadschap rijksoverheid rijkswaterstaat "
    "belastingdienst uwv rvo ind duo cbs rivm politie inspectie agentschap ministry municipality "
    "agency".split()
)
ORG_PHRASES = (
    "@min",
    "@gemeente",
    "dienst ",
    "city of",
    "province of",
    "tax administration",
    "tax and customs",
    "government of",
    "statistics netherlands",
)
_WORD_RE = rx.compile(r"[^\W\d_]+")
_LAST = frozenset(e[-1] for e in FUNCTION_ENDINGS)
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
def _org_forms(organisation: str) -> tuple[tuple[str, ...], str | None, str | None]:
    """Lower-case forms of an organisation name, a case-sensitive abbreviation regex, and
    the place name of a municipality, province or water board."""
    org = organisation.strip()
    forms = {org.lower(), org.lower().replace(" ", "")}
    abbreviations: set[str] = set()
    m = re.match(r"(?i)ministerie\s+van\s+(.+)", org)
    if m:
        forms.add(m.group(1).lower())
    m = re.match(r"(?i)(?:gemeente|provincie|waterschap)\s+(.+)", org)
    place = None
    if m:  # "gemeente utrecht", "@gemeenteutrecht"; the bare place name only next to a function
        forms.add(f"@gemeente{m.group(1).lower().replace(' ', '')}")
        place = m.group(1).lower()
    for abbr, name in _ministries():
        if org.lower() in (name.lower(), abbr.lower(), f"ministerie van {abbr.lower()}"):
            abbreviations.add(abbr)
            forms.add(name.lower())
            topic = re.sub(r"(?i)^ministerie\s+van\s+", "", name)
            forms.add(topic.split(" en ")[0].lower())  # "binnenlandse zaken"
    if org.isupper() and 2 <= len(org) <= 6:
        abbreviations.add(org)
    abbr_re = rf"(?:\b|Min)(?:{'|'.join(sorted(abbreviations))})\b" if abbreviations else None
    return tuple(sorted(f for f in forms if len(f) >= 3)), abbr_re, place


def _generic_function(words: frozenset[str], low: str) -> bool:
    """Any function word in the post or bio (a word ending in one, "hoofd …", "head of …")."""
    if not words.isdisjoint(FUNCTION_WORDS) or "head of" in low:
        return True
    return any(w[-1] in _LAST and w.endswith(FUNCTION_ENDINGS) for w in words if len(w) > 2)


def _generic_org(words: frozenset[str], low: str) -> bool:
    """Any organisation word in the post or bio ("gemeente", "@MinBZK", "Ministry of …")."""
    return not words.isdisjoint(ORG_WORDS) or any(p in low for p in ORG_PHRASES)


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD_RE.findall(text.lower()))


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
        bio_words = _words(extra)
        words = doc.words | bio_words
        # An organisation's own account speaks as the organisation: only that must show.
        required = (
            ("organisatie",)
            if account is not None and account.kind == "organisatie"
            else ("naam", "functie", "organisatie")
        )
        missing = [
            k for k in required if not self._present(k, hay, low, ctx, (extra, bio_words, words))
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
        anonymous = len(missing) == 3 or (
            account is not None and "functie" in missing and "organisatie" in missing
        )
        verb = "ontbreekt" if len(names) == 1 else "ontbreken"
        yield Evidence(
            s,
            e,
            message=f"Je post in functie op een open kanaal, maar {items} {verb} in bericht en profiel{unknown}.",
            advice=(
                "Maak herkenbaar wie er spreekt: zet naam, functie en organisatie in je bio of "
                "onder het bericht (bijv. 'Beleidsmedewerker bij Ministerie van BZK')."
            ),
            severity=RISICO if anonymous else LET_OP,
            explanation=f"Stelregel naam, functie, organisatie; ontbreekt: {', '.join(missing)}.",
            tags=tuple(missing),
        )

    def _present(
        self,
        item: str,
        hay: str,
        low: str,
        ctx: CheckContext,
        bio: tuple[str, frozenset[str], frozenset[str]] = ("", frozenset(), frozenset()),
    ) -> bool:
        """Is ``item`` in the post or profile? When the profile's own wording is not found,
        a generic function or organisation word counts only in the account name or bio."""
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
                if matcher([profile.function, head]).search(hay, low) is not None:
                    return True
                return _generic_function(bio[1], bio[0].lower())
            return _generic_function(bio[2], low)
        if profile.organisation and self.validate(profile.organisation):
            forms, abbr, place = _org_forms(profile.organisation)
            if any(f in low for f in forms) or bool(abbr and re.search(abbr, hay)):
                return True
            bio_low = bio[0].lower()
            if place and place in bio_low and _generic_function(bio[1], bio_low):
                return True  # "Communicatieadviseur in Utrecht"
            return _generic_org(bio[1], bio_low)
        return _generic_org(bio[2], low)

    def validate(self, candidate: str) -> bool:
        """A profile field must contain at least one letter to be looked for."""
        return any(c.isalpha() for c in candidate)
