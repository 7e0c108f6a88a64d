# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The operations on official posts, shared by the pages and the REST API.

Every state change goes through :func:`transition` (the table in
``workflow.py``) and is audit-logged there; creating a post and exporting the
archive are audit-logged here. Reading, searching and previewing are not.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from meedoen.web import engine
from meedoen.web.audit.events import record
from meedoen.web.official import workflow
from meedoen.web.official.access import (
    archive_posts,
    can_read_archive,
    editable_accounts,
    get_visible_post,
    review_queue,
    reviewable_accounts,
    visible_posts,
)
from meedoen.web.official.archive import export_csv, export_json, post_record, search_archive
from meedoen.web.official.display import ACTION_LABELS
from meedoen.web.official.effects import run_check
from meedoen.web.official.events import PostCreated, text_digest
from meedoen.web.official.models import OfficialAccount, OfficialPost
from meedoen.web.official.workflow import TransitionError, allowed_actions

__all__ = [
    "TransitionError",
    "allowed_actions",
    "archive_posts",
    "can_read_archive",
    "create_post",
    "editable_accounts",
    "export_csv",
    "export_json",
    "get_visible_post",
    "history",
    "post_record",
    "preview",
    "recheck",
    "review_queue",
    "reviewable_accounts",
    "search_archive",
    "transition",
    "update_post",
    "visible_posts",
]


def create_post(
    member: Any, account: OfficialAccount, text: str, dossier: Any = None, *, check: bool = True
) -> OfficialPost:
    """A new post on ``account`` by ``member`` (an editor of it).

    With ``check`` (default) the ``toetsen`` transition follows at once, so the
    post is ``getoetst``; without it the post stays ``concept`` (with the
    assessment snapshot as a preview).
    """
    if not workflow.is_editor(account, member):
        raise TransitionError("is_editor", workflow.GUARDS["is_editor"].message)
    if not (text or "").strip():
        raise TransitionError("missing_text", _("Geef de tekst van het bericht."))
    if dossier is not None and dossier.organisation_id != account.organisation_id:
        raise TransitionError("invalid_dossier", _("Dit dossier hoort niet bij je organisatie."))
    with transaction.atomic():
        post = OfficialPost(account=account, author=member, text=text, dossier=dossier)
        run_check(post, member)
        post.save()
        record(
            PostCreated(
                account=str(account),
                text_sha256=text_digest(text),
                dossier=dossier.name if dossier else "",
            ),
            actor=member.user,
            organisation=account.organisation,
            obj=post,
        )
        if check:
            post = transition(post, "toetsen", member)
    return post


def transition(post: OfficialPost, action: str, member: Any, **data: Any) -> OfficialPost:
    """Take a workflow action (see ``workflow.TRANSITIONS``); raises TransitionError."""
    return workflow.apply(post, action, member, **data)


_KEEP: Any = object()


def update_post(
    post: OfficialPost, member: Any, text: str, dossier: Any = _KEEP, *, check: bool = True
) -> OfficialPost:
    """Change the text (and, when given, the dossier; ``None`` clears it).

    This is the ``herzien`` action: back to concept, approvals invalidated.
    With ``check`` (default) ``toetsen`` follows, so the post ends ``getoetst``.
    """
    data: dict[str, Any] = {"text": text}
    if dossier is not _KEEP:
        if dossier is not None and dossier.organisation_id != post.account.organisation_id:
            raise TransitionError(
                "invalid_dossier", _("Dit dossier hoort niet bij je organisatie.")
            )
        data["dossier"] = dossier
    post = transition(post, "herzien", member, **data)
    if check:
        post = transition(post, "toetsen", member)
    return post


def recheck(post: OfficialPost, *, save: bool = True) -> dict[str, Any]:
    """Run the engine again on the post's text; stores the snapshot unless published.

    Not a transition (the state does not change), so not audit-logged; the
    check that counts for the workflow is the ``toetsen`` action.
    """
    if post.is_published:
        assessment = engine.check(
            post.final_text or post.text,
            member=post.author,
            organisation=post.account.organisation,
            context=post.account.context(),
        )
        return assessment.model_dump(mode="json")
    data = run_check(post)
    if save:
        post.save(update_fields=["assessment", "level", "codex_version", "updated_at"])
    return data


def preview(member: Any, account: OfficialAccount, text: str) -> dict[str, Any]:
    """The assessment of a draft for ``account``; nothing is stored."""
    assessment = engine.check(
        text, member=member, organisation=account.organisation, context=account.context()
    )
    return assessment.model_dump(mode="json")


def history(post: OfficialPost) -> list[dict[str, Any]]:
    """Transitions (from the audit log) and reviews of a post, oldest first."""
    from meedoen.web.audit.models import AuditEvent

    items: list[dict[str, Any]] = []
    events = (
        AuditEvent.objects.filter(object_type=post._meta.label_lower, object_id=str(post.pk))
        .select_related("actor")
        .order_by("id")
    )
    for e in events:
        if e.action == "official.review.recorded":
            continue  # shown from the Review rows, which carry the suggestion
        label = ACTION_LABELS.get(e.data.get("transition", ""), _("Aangemaakt"))
        items.append(
            {
                "at": e.created_at,
                "kind": "event",
                "actor": (e.actor.get_full_name() if e.actor else "") or e.actor_label,
                "event": e,
                "label": label,
            }
        )
    for r in post.reviews.select_related("reviewer__user"):
        items.append({"at": r.created_at, "kind": "review", "review": r})
    items.sort(key=lambda i: (i["at"], 0 if i["kind"] == "review" else 1))
    return items
