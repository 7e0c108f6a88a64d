# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Demo data for the beheer pages: one draft version of the rule pack.

The draft adds one own rule to the adopted demo pack, so the version list,
the diff and the "wat verandert er" preview have something to show. It is
created once (idempotent) and never adopted automatically.
"""

from __future__ import annotations

from typing import Any

from meedoen.web.beheer.services.rulepack import store_version, validate_candidate
from meedoen.web.organisation.models import Organisation

DRAFT_VERSION = "2026.2.0-concept"

DRAFT_RULE = """\
  - id: voorbeeldstad.reactietijd.v1
    title: Reageer als organisatie binnen een werkdag, of verwijs door
    source:
      name: Gedragscode integriteit gemeente Voorbeeldstad 2025
      article: art. 4.6 (concept)
      kind: organisatie
    text: >-
      Vragen van inwoners op de organisatie-accounts worden binnen een werkdag
      beantwoord of doorverwezen naar het juiste loket. Medewerkers beantwoorden
      vragen over een persoonlijke zaak niet openbaar, maar via een besloten kanaal.
    text_verified: false
    verification_note: Conceptartikel; nog niet door het college vastgesteld.
    summary: Antwoord binnen een werkdag; persoonlijke zaken niet openbaar bespreken.
    categories: [persoonsgegevens]
"""


def load(org: Organisation, users: dict[str, Any]) -> None:
    if org.rule_packs.filter(version=DRAFT_VERSION).exists():
        return
    base = org.active_pack()
    if base is None:
        return
    text = base.yaml.replace(
        f'version: "{_version_of(base.yaml)}"', f'version: "{DRAFT_VERSION}"', 1
    )
    text = text.replace("rules:\n", "rules:\n" + DRAFT_RULE, 1)
    report = validate_candidate(org, text)
    if not report.ok:
        return  # the demo pack changed shape; the draft is optional
    beheerder = users.get("eva")
    store_version(
        org,
        report,
        user=beheerder.user if beheerder is not None else None,
        note="Voorbeeld: concept met een nieuwe eigen regel (nog niet vastgesteld)",
    )


def _version_of(yaml_text: str) -> str:
    for line in yaml_text.splitlines():
        if line.startswith("version:"):
            return line.split(":", 1)[1].strip().strip("\"'")
    return ""
