# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Demo data: anna's draft shared with bram, with his comment and rewrite (idempotent)."""

from __future__ import annotations

from typing import Any

from meedoen.web.samenleren.models import Feedback, Share
from meedoen.web.zelftoets.models import SavedDraft

COMMENT = (
    "Je werkt zelf aan dit dossier, dus dit leest al snel als het standpunt van de gemeente. "
    "En 'wat de buurt ook zegt' komt hard aan bij mensen die zich zorgen maken."
)
REWRITE = (
    "Vragen over de nieuwe opvang in Noord? Op de informatieavond kun je ze stellen; "
    "de gemeente legt daar uit hoe het zit."
)


def load(org: Any, users: dict[str, Any]) -> None:
    anna, bram = users.get("anna"), users.get("bram")
    if anna is None or bram is None:
        return
    draft = SavedDraft.objects.filter(owner=anna).order_by("pk").first()
    if draft is None or Share.objects.filter(draft=draft).exists():
        return  # nothing to attach to, or already done (anna may have revoked it)
    Share.objects.create(draft=draft, colleague=bram)
    Feedback.objects.create(
        draft=draft, author=bram, kind=Feedback.Kind.COMMENT, text=COMMENT, base_text=draft.text
    )
    Feedback.objects.create(
        draft=draft,
        author=bram,
        kind=Feedback.Kind.REWRITE,
        text="Zo help je de buurt verder zonder zelf het besluit te verdedigen.",
        suggested_text=REWRITE,
        base_text=draft.text,
    )
