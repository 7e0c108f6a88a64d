# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Pages for writing, checking, reviewing and publishing posts on official accounts.

All state changes are POSTs through :mod:`meedoen.web.official.services`;
objects of another organisation, or that a member may not see, are 404.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from meedoen.web.accounts.permissions import can_manage_settings, member_required
from meedoen.web.official import services, workflow
from meedoen.web.official.display import ACTION_LABELS, BUTTON_ACTIONS, codex_parts, segments
from meedoen.web.official.forms import PostForm, PostTextForm, PublishForm, ReviewForm
from meedoen.web.official.models import OfficialPost
from meedoen.web.official.workflow import TransitionError


@require_GET
@member_required
def index(request: HttpRequest) -> HttpResponse:
    member = request.member
    mine = (
        services.visible_posts(member)
        .exclude(state=OfficialPost.State.GEARCHIVEERD)
        .filter(account__in=services.editable_accounts(member))
        .order_by("-updated_at")[:50]
    )
    context = {
        "editable": services.editable_accounts(member),
        "reviewable": services.reviewable_accounts(member),
        "posts": mine,
        "queue": services.review_queue(member),
        "can_manage": can_manage_settings(member),
        "can_read_archive": services.can_read_archive(member),
    }
    return render(request, "official/index.html", context)


@require_http_methods(["GET", "POST"])
@member_required
def post_create(request: HttpRequest) -> HttpResponse:
    member = request.member
    accounts = services.editable_accounts(member)
    if not accounts:
        raise PermissionDenied(_("Je bent geen redacteur van een organisatie-account."))
    initial = {}
    if request.GET.get("account"):
        initial["account"] = request.GET["account"]
    form = PostForm(
        request.POST or None, accounts=accounts, org=member.organisation, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            post = services.create_post(member, data["account"], data["text"], data["dossier"])
        except TransitionError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, _("Het concept is bewaard en getoetst."))
            return redirect("official:post", pk=post.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "official/post_form.html", {"form": form}, status=status)


@require_POST
@member_required
def preview(request: HttpRequest) -> HttpResponse:
    """htmx: the assessment of the draft being typed; nothing is stored."""
    member = request.member
    accounts = {str(a.pk): a for a in services.editable_accounts(member)}
    account = accounts.get(request.POST.get("account", ""))
    text = request.POST.get("text", "")[:10000]
    assessment = services.preview(member, account, text) if account and text.strip() else None
    return render(
        request,
        "official/_assessment.html",
        {
            "assessment": assessment,
            "parts": segments(text, (assessment or {}).get("findings")),
            "codex_parts": codex_parts(assessment),
        },
    )


def _detail(request: HttpRequest, post: OfficialPost, status: int = 200, **forms: Any):
    member = request.member
    allowed = services.allowed_actions(post, member)
    assessment = post.assessment or {}
    text = post.final_text if post.is_published else post.text
    context = {
        "post": post,
        "assessment": post.assessment,
        "parts": segments(text, assessment.get("findings")),
        "codex_parts": codex_parts(assessment),
        "allowed": allowed,
        "buttons": [(a, ACTION_LABELS[a]) for a in BUTTON_ACTIONS if a in allowed],
        "can_withdraw": "herzien" in allowed and post.state != OfficialPost.State.CONCEPT,
        "review_reasons": workflow.review_reasons(post) if post.level else [],
        "required_tiers": workflow.required_tiers(post),
        "approvals": workflow.active_approvals(post),
        "history": services.history(post),
        "text_form": forms.get("text_form")
        or (
            PostTextForm(
                initial={"text": post.text, "dossier": post.dossier_id},
                org=post.account.organisation,
            )
            if "herzien" in allowed
            else None
        ),
        "review_form": forms.get("review_form")
        or (ReviewForm() if set(allowed) & set(workflow.REVIEW_ACTIONS) else None),
        "publish_form": forms.get("publish_form")
        or (PublishForm() if "publiceren" in allowed else None),
        "suggestion": post.reviews.filter(decision="wijzigingen").exclude(suggested_text="").last(),
    }
    return render(request, "official/post_detail.html", context, status=status)


@require_GET
@member_required
def post_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, services.get_visible_post(request.member, pk))


def _done(request: HttpRequest, post: OfficialPost, action: str) -> HttpResponse:
    messages.success(
        request,
        _("Gelukt: %(action)s. De status is nu '%(state)s'.")
        % {"action": ACTION_LABELS[action], "state": post.get_state_display()},
    )
    return redirect("official:post", pk=post.pk)


@require_POST
@member_required
def post_action(request: HttpRequest, pk: int) -> HttpResponse:
    post = services.get_visible_post(request.member, pk)
    action = request.POST.get("action", "")
    if action not in (*BUTTON_ACTIONS, "herzien"):
        messages.error(request, _("Onbekende actie."))
        return redirect("official:post", pk=post.pk)
    try:
        post = services.transition(post, action, request.member)
    except TransitionError as exc:
        messages.error(request, exc.message)
        return redirect("official:post", pk=post.pk)
    return _done(request, post, action)


@require_POST
@member_required
def post_edit(request: HttpRequest, pk: int) -> HttpResponse:
    post = services.get_visible_post(request.member, pk)
    form = PostTextForm(request.POST, org=post.account.organisation)
    if form.is_valid():
        try:
            post = services.update_post(
                post, request.member, form.cleaned_data["text"], form.cleaned_data["dossier"]
            )
        except TransitionError as exc:
            form.add_error(None, exc.message)
        else:
            return _done(request, post, "toetsen")
    return _detail(request, post, status=400, text_form=form)


@require_POST
@member_required
def post_review(request: HttpRequest, pk: int) -> HttpResponse:
    post = services.get_visible_post(request.member, pk)
    form = ReviewForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            post = services.transition(
                post,
                data["decision"],
                request.member,
                reason=data["reason"],
                suggested_text=data["suggested_text"],
            )
        except TransitionError as exc:
            form.add_error(None, exc.message)
        else:
            return _done(request, post, data["decision"])
    return _detail(request, post, status=400, review_form=form)


@require_POST
@member_required
def post_publish(request: HttpRequest, pk: int) -> HttpResponse:
    post = services.get_visible_post(request.member, pk)
    form = PublishForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            post = services.transition(
                post,
                "publiceren",
                request.member,
                url=data["url"],
                published_at=data.get("published_at"),
            )
        except TransitionError as exc:
            form.add_error(None, exc.message)
        else:
            return _done(request, post, "publiceren")
    return _detail(request, post, status=400, publish_form=form)
