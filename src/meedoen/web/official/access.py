# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Who may see which official accounts and posts (the same rules for UI and API).

- Editors of an account see all its posts; the author always sees their own.
- Reviewers of an account see its posts once review was asked (and the archive).
- The archive (published and archived posts) is readable by management and
  beheerders of the organisation (read-only), and by the account's editors
  and reviewers.
- Nobody sees anything of another organisation: such objects are 404.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404

from meedoen.web.official.models import OfficialAccount, OfficialPost, Review
from meedoen.web.official.workflow import is_editor, is_reviewer

ARCHIVE_STATES = (OfficialPost.State.GEPUBLICEERD, OfficialPost.State.GEARCHIVEERD)
ARCHIVE_ROLES = ("management", "beheerder")


def org_accounts(member: Any) -> QuerySet[OfficialAccount]:
    if member is None:
        return OfficialAccount.objects.none()
    return OfficialAccount.objects.filter(organisation_id=member.organisation_id)


def editable_accounts(member: Any) -> list[OfficialAccount]:
    return [a for a in org_accounts(member).prefetch_related("editors") if is_editor(a, member)]


def reviewable_accounts(member: Any) -> list[OfficialAccount]:
    if member is None or member.role != "communicatieadviseur":
        return []
    return [a for a in org_accounts(member) if is_reviewer(a, member)]


def archive_account_ids(member: Any) -> list[int]:
    """Accounts whose archive ``member`` may read."""
    if member is None:
        return []
    if member.role in ARCHIVE_ROLES:
        return list(org_accounts(member).values_list("pk", flat=True))
    ids = {a.pk for a in editable_accounts(member)}
    ids.update(a.pk for a in reviewable_accounts(member))
    return sorted(ids)


def can_read_archive(member: Any) -> bool:
    return bool(archive_account_ids(member))


def visible_posts(member: Any) -> QuerySet[OfficialPost]:
    if member is None:
        return OfficialPost.objects.none()
    editor_ids = [a.pk for a in editable_accounts(member)]
    reviewer_ids = [a.pk for a in reviewable_accounts(member)]
    query = (
        Q(author=member)
        | Q(account_id__in=editor_ids)
        | Q(account_id__in=reviewer_ids, submitted_at__isnull=False)
        | Q(account_id__in=archive_account_ids(member), state__in=ARCHIVE_STATES)
    )
    return (
        OfficialPost.objects.filter(account__organisation_id=member.organisation_id)
        .filter(query)
        .select_related("account", "author__user", "dossier")
        .distinct()
    )


def archive_posts(member: Any) -> QuerySet[OfficialPost]:
    if member is None:
        return OfficialPost.objects.none()
    return OfficialPost.objects.filter(
        account__organisation_id=member.organisation_id,
        account_id__in=archive_account_ids(member),
        state__in=ARCHIVE_STATES,
    ).select_related("account", "author__user", "dossier")


def get_visible_post(member: Any, pk: Any) -> OfficialPost:
    """The post, or 404 for anything the member may not see (no existence leak)."""
    post = visible_posts(member).filter(pk=pk).first()
    if post is None:
        raise Http404("Bericht niet gevonden.")
    return post


def review_queue(member: Any) -> QuerySet[OfficialPost]:
    """Posts waiting for a review that ``member`` could give now."""
    ids = [a.pk for a in reviewable_accounts(member)]
    mine = Review.objects.filter(
        reviewer=member, decision=Review.Decision.GOEDGEKEURD, invalidated_at__isnull=True
    ).values("post_id")
    return (
        OfficialPost.objects.filter(account_id__in=ids, state=OfficialPost.State.IN_REVIEW)
        .exclude(author=member)
        .exclude(last_edited_by=member)
        .exclude(pk__in=mine)
        .select_related("account", "author__user", "dossier")
        .order_by("submitted_at")
    )
