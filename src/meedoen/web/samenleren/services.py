# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""State changes for samen leren: share, revoke, give feedback, adopt, ignore."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from meedoen.web.accounts.models import Member
from meedoen.web.samenleren.models import Feedback, Share
from meedoen.web.zelftoets.models import SavedDraft
from meedoen.web.zelftoets.services import run_check


def share(draft: SavedDraft, colleague: Member) -> Share:
    """Give ``colleague`` access (same organisation only; idempotent)."""
    if colleague.organisation_id != draft.owner.organisation_id or colleague.pk == draft.owner_id:
        raise ValueError("share only with another member of the same organisation")
    existing = draft.shares.filter(colleague=colleague, revoked_at__isnull=True).first()
    return existing or Share.objects.create(draft=draft, colleague=colleague)


def revoke(item: Share) -> None:
    if item.revoked_at is None:
        item.revoked_at = timezone.now()
        item.save(update_fields=["revoked_at"])


def give_feedback(draft: SavedDraft, author: Member, data: dict[str, Any]) -> Feedback:
    kind = data["kind"]
    return Feedback.objects.create(
        draft=draft,
        author=author,
        kind=kind,
        text=data.get("text", "").strip(),
        suggested_text=data.get("suggested_text", "") if kind == Feedback.Kind.REWRITE else "",
        base_text=draft.text,
        on_published=draft.is_published,
    )


@transaction.atomic
def adopt(item: Feedback) -> SavedDraft:
    """Make a suggested rewrite the draft's text and check it again."""
    draft = item.draft
    if not item.is_open_rewrite or draft.is_published:
        raise ValueError("only an open rewrite of an unpublished draft can be adopted")
    draft.text = item.suggested_text
    draft.apply_assessment(run_check(draft.text, draft.context, draft.owner))
    draft.save()
    item.decision = Feedback.Decision.ADOPTED
    item.save(update_fields=["decision"])
    return draft


def ignore(item: Feedback) -> None:
    if item.is_open_rewrite:
        item.decision = Feedback.Decision.IGNORED
        item.save(update_fields=["decision"])


def waiting_for(member: Member, draft: SavedDraft, shared_at: Any) -> bool:
    """True when ``member`` has not reacted since the draft was shared or changed."""
    since = max(shared_at, draft.updated_at)
    return not draft.feedback.filter(author=member, created_at__gte=since).exists()
