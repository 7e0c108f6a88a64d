# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Who may see and act on a saved draft: per object, the same everywhere.

Only the owner and colleagues with an active share (same organisation) see a
draft; only those colleagues give feedback; only the owner shares, revokes,
adopts and deletes. Everybody else gets a 404, so the existence of someone
else's draft is not revealed. Roles (beheerder, management, coach) give no
access at all.
"""

from __future__ import annotations

from django.http import Http404

from meedoen.web.accounts.models import Member
from meedoen.web.samenleren.models import Feedback, Share
from meedoen.web.zelftoets.models import SavedDraft


def active_share(draft: SavedDraft, member: Member) -> Share | None:
    if member.organisation_id != draft.owner.organisation_id:
        return None
    return draft.shares.filter(colleague=member, revoked_at__isnull=True).first()


def is_owner(draft: SavedDraft, member: Member) -> bool:
    return draft.owner_id == member.pk


def visible_draft(member: Member, pk: int) -> SavedDraft:
    """The draft if ``member`` owns it or has an active share; else 404."""
    draft = SavedDraft.objects.select_related("owner").filter(pk=pk).first()
    if draft is None or not (is_owner(draft, member) or active_share(draft, member)):
        raise Http404
    return draft


def feedback_draft(member: Member, pk: int) -> SavedDraft:
    """The draft if ``member`` may give feedback on it (an active sharee); else 404."""
    draft = visible_draft(member, pk)
    if is_owner(draft, member):
        raise Http404
    return draft


def owned_draft(member: Member, pk: int) -> SavedDraft:
    draft = SavedDraft.objects.filter(pk=pk, owner=member).first()
    if draft is None:
        raise Http404
    return draft


def owned_feedback(member: Member, pk: int) -> Feedback:
    """Feedback on one of ``member``'s own drafts; else 404."""
    item = Feedback.objects.select_related("draft").filter(pk=pk, draft__owner=member).first()
    if item is None:
        raise Http404
    return item


def colleagues_for(member: Member):  # noqa: ANN201 - a Member queryset
    """Members ``member`` may share with: same organisation, not themselves."""
    return (
        Member.objects.filter(organisation=member.organisation)
        .exclude(pk=member.pk)
        .select_related("user")
        .order_by("user__first_name", "user__last_name", "user__username")
    )
