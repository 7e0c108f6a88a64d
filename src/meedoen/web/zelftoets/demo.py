# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Demo data: one private draft that anna saved (idempotent)."""

from __future__ import annotations

from typing import Any

from meedoen.web.zelftoets.models import SavedDraft
from meedoen.web.zelftoets.services import run_check

DEMO_TEXT = (
    "Ik werk zelf aan de asielopvang: dat azc in Noord komt er gewoon, wat de buurt ook zegt."
)
DEMO_CONTEXT = {"channel": "x", "capacity": "prive"}


def demo_draft(anna: Any) -> SavedDraft:
    draft = SavedDraft.objects.filter(owner=anna, text=DEMO_TEXT).first()
    if draft is None:
        draft = SavedDraft(owner=anna, text=DEMO_TEXT, context=dict(DEMO_CONTEXT))
        draft.apply_assessment(run_check(DEMO_TEXT, DEMO_CONTEXT, anna))
        draft.save()
    return draft


def load(org: Any, users: dict[str, Any]) -> None:
    """Only when anna has no drafts at all, so her own edits and deletions stay."""
    anna = users.get("anna")
    if anna is not None and not SavedDraft.objects.filter(owner=anna).exists():
        demo_draft(anna)
