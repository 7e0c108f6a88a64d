# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""What each workflow action does to a post, and the audit events it writes.

Only :func:`perform` (called by :func:`meedoen.web.official.workflow.apply`)
changes a post's state; the table in ``workflow.py`` decides whether it may.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from meedoen.web import engine
from meedoen.web.audit.events import record
from meedoen.web.official import workflow
from meedoen.web.official.events import PostTransitioned, ReviewRecorded, text_digest
from meedoen.web.official.models import OfficialPost, Review
from meedoen.web.official.workflow import TransitionError


def run_check(post: OfficialPost, member: Any = None) -> dict[str, Any]:
    """Check the post's text with the one engine: the account's context, in function."""
    author = post.author or member
    assessment = engine.check(
        post.text,
        member=author,
        organisation=post.account.organisation,
        context=post.account.context(),
    )
    data = assessment.model_dump(mode="json")
    post.assessment = data
    post.level = data["level"]
    post.codex_version = data.get("codex_version", "")
    return data


def invalidate_approvals(post: OfficialPost, now: datetime) -> None:
    post.reviews.filter(invalidated_at__isnull=True).update(invalidated_at=now)


def _herzien(post: OfficialPost, member: Any, data: dict[str, Any], now: datetime) -> None:
    text = data.get("text")
    if text is not None and text != post.text:
        post.text = text
        post.last_edited_by = member
    if "dossier" in data:
        post.dossier = data["dossier"]
    post.assessment = None
    post.level = ""
    post.codex_version = ""
    post.approved_at = None
    invalidate_approvals(post, now)


def _toetsen(post: OfficialPost, member: Any, data: dict[str, Any], now: datetime) -> None:
    run_check(post, member)


def _review_aanvragen(post: OfficialPost, member: Any, data: dict[str, Any], now: datetime):
    post.submitted_at = now
    post.approved_at = None
    invalidate_approvals(post, now)


def _review(post: OfficialPost, member: Any, data: dict[str, Any], now: datetime) -> Review:
    decision = {
        "goedkeuren": Review.Decision.GOEDGEKEURD,
        "afwijzen": Review.Decision.AFGEWEZEN,
        "wijzigingen_voorstellen": Review.Decision.WIJZIGINGEN,
    }[data["_action"]]
    tier = len(workflow.active_approvals(post)) + 1
    review = Review(
        post=post,
        reviewer=member,
        tier=tier,
        decision=decision,
        reason=(data.get("reason") or "").strip(),
        suggested_text=(data.get("suggested_text") or "").strip(),
        created_at=now,
    )
    if decision == Review.Decision.GOEDGEKEURD:
        review.expires_at = Review.approval_expiry(post, now)
        if tier >= workflow.required_tiers(post):
            post.approved_at = now
    else:
        invalidate_approvals(post, now)
    review.save()
    return review


def _publiceren(post: OfficialPost, member: Any, data: dict[str, Any], now: datetime) -> None:
    published_at = data.get("published_at") or now
    if published_at > now + timedelta(minutes=5):
        raise TransitionError(
            "published_in_future", _("Het tijdstip van publicatie ligt in de toekomst.")
        )
    post.published_url = str(data["url"]).strip()
    post.published_at = published_at
    post.final_text = post.text


def _archiveren(post: OfficialPost, member: Any, data: dict[str, Any], now: datetime) -> None:
    post.archived_at = now


EFFECTS = {
    "herzien": _herzien,
    "toetsen": _toetsen,
    "review_aanvragen": _review_aanvragen,
    "goedkeuren": _review,
    "afwijzen": _review,
    "wijzigingen_voorstellen": _review,
    "publiceren": _publiceren,
    "archiveren": _archiveren,
}


def perform(post: OfficialPost, action: str, member: Any, data: dict[str, Any]) -> OfficialPost:
    with transaction.atomic():
        # Lock the row so two reviewers cannot both take the last tier.
        OfficialPost.objects.select_for_update().filter(pk=post.pk).first()
        post.refresh_from_db()
        row = workflow.select(post, action, member)
        workflow.check_data(row, data)
        source = post.state
        now = timezone.now()
        result = EFFECTS[action](post, member, {**data, "_action": action}, now)
        post.state = row.target
        post.save()
        org = post.account.organisation
        reason = (data.get("reason") or "").strip()
        record(
            PostTransitioned(
                from_state=source,
                to_state=row.target,
                transition=action,
                level=post.level,
                reason=reason,
                text_sha256=text_digest(post.text),
            ),
            actor=member.user,
            organisation=org,
            obj=post,
        )
        if isinstance(result, Review):
            record(
                ReviewRecorded(
                    tier=result.tier,
                    decision=result.decision,
                    reason=result.reason,
                    expires_at=result.expires_at.isoformat() if result.expires_at else "",
                    suggested=bool(result.suggested_text),
                ),
                actor=member.user,
                organisation=org,
                obj=post,
            )
    return post
