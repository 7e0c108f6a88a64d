# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Own dossier: the post touches a subject the author works on.

Weighing factor (a), the distance between function and topic: the closer a
post is to one's own work, the sooner the public links it to the function.
Touching a dossier neutrally is worth a look (LET_OP); an opinion, an expert
rebuttal ("dat klopt niet, ik werk er zelf aan", seed dilemma 5) or
information that is not public yet is RISICO, and ERNSTIG on a dossier of
high sensitivity. Keywords match with inflections and compounds
(:mod:`meedoen.core.text.morph`): "stikstofaanpak" is about "stikstof".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from meedoen.core.assessment.models import Dossier
from meedoen.core.codex.models import OrgDossier
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.morph import keyword_key, matcher
from meedoen.core.text.opinion import find_opinions

REBUTTAL_RE = re.compile(
    r"(?<!\w)(?:dat|dit|het|je|u)\s+(?:klopt|kloppen)\s+(?:gewoon\s+|echt\s+|helemaal\s+)?(?:niet|niks|niets)"
    r"|(?<!\w)(?:feitelijk\s+)?(?:onjuist|incorrect|pertinent\s+onwaar|niet\s+waar)(?!\w)"
    r"|(?<!\w)als\s+(?:expert|deskundige|specialist|insider|vakman|vakvrouw|beleidsmaker|ambtenaar|"
    r"betrokkene|iemand\s+die\s+(?:er|hier)\s+(?:zelf\s+)?(?:aan|mee|over)\s+\w+)"
    r"|(?<!\w)(?:fact\s*-?check|factcheck)"
    r"|(?<!\w)ik\s+(?:werk|zit)\s+(?:er|hier)\s+(?:zelf\s+)?(?:aan|in|op|mee)(?!\w)"
    r"|(?<!\w)ik\s+kan\s+(?:het\s+)?(?:je|u|jullie)\s+(?:vertellen|verzekeren)"
    r"|(?<!\w)(?:lees|check)\s+(?:eerst\s+)?(?:de|het)\s+(?:rapport|cijfers|feiten|stukken)",
    re.IGNORECASE,
)
UNPUBLISHED_RE = re.compile(
    r"(?<!\w)(?:nog\s+niet\s+(?:bekend|openbaar|gepubliceerd|naar\s+buiten)"
    r"|(?:kan|mag)\s+(?:alvast|vast)\s+(?:verklappen|zeggen|melden)|alvast\s+een\s+tipje"
    r"|binnenkort\s+(?:komt|komen|besluit|besluiten|maakt|maken)|wordt\s+(?:pas\s+)?(?:later|volgende\s+week)\s+bekend"
    r"|(?:intern|binnenskamers)\s+(?:wordt|is|gaat)|tussen\s+ons\s+gezegd|off\s+the\s+record"
    r"|(?:ik\s+)?mag\s+(?:er\s+)?(?:nog\s+)?(?:niks|niets)\s+(?:over\s+)?(?:zeggen|vertellen|kwijt)"
    r"|ligt\s+al\s+klaar|concept-?(?:kamerbrief|nota|besluit|advies|rapport)\w*"
    r"|(?:morgen|overmorgen|volgende\s+week|binnenkort|vrijdag)\s+(?:besluit|beslist|praat|spreekt)\s+(?:de|het)\s+"
    r"(?:ministerraad|kabinet|college|mt)"
    r"|(?:de\s+)?(?:minister|wethouder|gedeputeerde|ministerraad|college)\s+gaat\s+(?:\w+\s+)?(?:besluiten|beslissen|kiezen))",
    re.IGNORECASE,
)
RANK = {"laag": 0, "midden": 1, "hoog": 2}


def _dossiers(ctx: CheckContext) -> dict[str, tuple[str, str]]:
    """keyword → (dossier name, sensitivity); the most sensitive dossier wins a shared keyword."""
    out: dict[str, tuple[str, str]] = {}
    entries: list[Dossier | OrgDossier] = [*ctx.profile.dossiers, *ctx.organisation.dossiers]
    for d in entries:
        words = list(d.keywords) or ([d.name] if len(d.name.split()) <= 3 else [])
        for kw in words:
            key = keyword_key(kw)
            if len(key) < 3:
                continue
            if key not in out or RANK[d.sensitivity] > RANK[out[key][1]]:
                out[key] = (d.name, d.sensitivity)
    return out


@register
class EigenDossierDetector(Detector):
    name = "eigen-dossier.v1"
    category = "eigen-dossier"
    rule = "wegingscriteria.art10.v1"
    description = (
        "Bericht over een eigen dossier, zeker met mening, weerwoord of niet-openbare informatie."
    )

    def detect(self, doc: Document, ctx: CheckContext) -> Iterable[Evidence]:
        dossiers = _dossiers(ctx)
        if not dossiers:
            return
        seen: set[str] = set()
        for hit in matcher(dossiers).finditer(doc.text, doc.lower):
            name, sensitivity = dossiers[hit.keyword]
            if name in seen or not self.validate(doc.text[hit.start : hit.end]):
                continue
            seen.add(name)
            yield self._assess(doc, hit.start, hit.end, name, sensitivity)

    def validate(self, candidate: str) -> bool:
        """A hashtag or handle still counts; a bare URL fragment does not."""
        return "/" not in candidate

    def _assess(self, doc: Document, s: int, e: int, name: str, sensitivity: str) -> Evidence:
        s0, e0 = doc.sentence_at(s)
        cues: list[str] = []
        opinions = [
            o for o in find_opinions(doc.text, s0, e0) if o.kind != "sarcasm" or o.polarity < 0
        ]
        if opinions:
            cues.append(f"mening ('{doc.text[opinions[0].start : opinions[0].end]}')")
        rebuttal = REBUTTAL_RE.search(doc.text)
        if rebuttal:
            cues.append(f"deskundig weerwoord ('{rebuttal.group()}')")
        unpublished = UNPUBLISHED_RE.search(doc.text)
        if unpublished:
            cues.append(f"mogelijk niet-openbare informatie ('{unpublished.group()}')")
        found = doc.text[s:e]
        if not cues:
            return Evidence(
                s,
                e,
                message=f"Dit bericht raakt je eigen dossier '{name}' ('{found}').",
                advice=(
                    "Prima om over je vakgebied te posten; houd het feitelijk, verwijs naar openbare "
                    "bronnen en laat standpunten aan de woordvoering."
                ),
                severity=LET_OP,
                explanation=f"Dossier '{name}' (gevoeligheid {sensitivity}); geen mening gevonden.",
                tags=("dossier", f"dossier={name}", f"gevoeligheid={sensitivity}"),
            )
        severity = ERNSTIG if sensitivity == "hoog" else RISICO
        return Evidence(
            s,
            e,
            message=(
                f"Je geeft een {', '.join(c.split(' (')[0] for c in cues)} over je eigen dossier "
                f"'{name}' ('{found}'). Lezers koppelen dat snel aan je functie."
            ),
            advice=(
                "Laat inhoudelijke standpunten en weerwoord over je eigen dossier aan de woordvoering "
                "of overleg eerst met je leidinggevende; deel alleen wat al openbaar is en verwijs "
                "naar de officiële bron."
            ),
            severity=severity,
            explanation=f"Dossier '{name}' (gevoeligheid {sensitivity}); signalen: {'; '.join(cues)}.",
            tags=("dossier", f"dossier={name}", f"gevoeligheid={sensitivity}", "mening"),
        )
