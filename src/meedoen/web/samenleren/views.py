# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Samen leren pages: share a draft, give and receive feedback, the learning log.

Every view looks the draft up through :mod:`meedoen.web.samenleren.access`,
which answers 404 to anyone who is not the owner or a current sharee.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from meedoen.web.accounts.permissions import member_required
from meedoen.web.samenleren import access, services
from meedoen.web.samenleren.diff import diff_html
from meedoen.web.samenleren.forms import FeedbackForm, ShareForm
from meedoen.web.samenleren.models import Feedback, Share
from meedoen.web.zelftoets.models import SavedDraft
from meedoen.web.zelftoets.services import present


@require_GET
@member_required
def index(request: HttpRequest) -> HttpResponse:
    me = request.member  # type: ignore[attr-defined]
    shares = (
        Share.objects.filter(
            colleague=me,
            revoked_at__isnull=True,
            draft__owner__organisation=me.organisation,
        )
        .select_related("draft", "draft__owner__user")
        .order_by("-draft__updated_at")
    )
    incoming = [
        {"share": s, "draft": s.draft, "waiting": services.waiting_for(me, s.draft, s.shared_at)}
        for s in shares
    ]
    mine = (
        SavedDraft.objects.filter(owner=me, shares__revoked_at__isnull=True)
        .distinct()
        .prefetch_related("shares__colleague__user", "feedback")
    )
    return render(request, "samenleren/index.html", {"incoming": incoming, "mine": mine})


def _draft_page(
    request: HttpRequest,
    draft: SavedDraft,
    *,
    share_form: ShareForm | None = None,
    feedback_form: FeedbackForm | None = None,
    status: int = 200,
) -> HttpResponse:
    me = request.member  # type: ignore[attr-defined]
    owner = access.is_owner(draft, me)
    items = draft.feedback.select_related("author__user")
    if not owner:
        items = items.filter(author=me)  # colleagues see only their own feedback
    feedback = [
        {
            "item": f,
            "diff": diff_html(f.base_text, f.suggested_text)
            if f.kind == Feedback.Kind.REWRITE
            else None,
            "outdated": f.kind == Feedback.Kind.REWRITE and f.base_text != draft.text,
        }
        for f in items
    ]
    context = {
        "draft": draft,
        "is_owner": owner,
        "result": present(draft.text, draft.assessment),
        "feedback": feedback,
    }
    if owner:
        context["share_form"] = share_form or ShareForm(owner=me, draft=draft)
        context["shares"] = draft.shares.select_related("colleague__user")
    else:
        context["feedback_form"] = feedback_form or FeedbackForm(draft=draft)
    return render(request, "samenleren/draft.html", context, status=status)


@require_GET
@member_required
def draft(request: HttpRequest, pk: int) -> HttpResponse:
    return _draft_page(request, access.visible_draft(request.member, pk))  # type: ignore[attr-defined]


@require_POST
@member_required
def share(request: HttpRequest, pk: int) -> HttpResponse:
    me = request.member  # type: ignore[attr-defined]
    item = access.owned_draft(me, pk)
    form = ShareForm(request.POST, owner=me, draft=item)
    if not form.is_valid():
        return _draft_page(request, item, share_form=form, status=400)
    colleague = form.cleaned_data["colleague"]
    services.share(item, colleague)
    messages.success(
        request,
        _("%(name)s kan dit concept nu zien en feedback geven.") % {"name": colleague.display_name},
    )
    return redirect("samenleren:draft", pk=item.pk)


@require_POST
@member_required
def revoke(request: HttpRequest, pk: int, share_pk: int) -> HttpResponse:
    me = request.member  # type: ignore[attr-defined]
    item = access.owned_draft(me, pk)
    found = item.shares.filter(pk=share_pk).first()
    if found is None:
        raise Http404
    services.revoke(found)
    messages.success(
        request,
        _("%(name)s heeft geen toegang meer.") % {"name": found.colleague.display_name},
    )
    return redirect("samenleren:draft", pk=item.pk)


@require_POST
@member_required
def feedback(request: HttpRequest, pk: int) -> HttpResponse:
    me = request.member  # type: ignore[attr-defined]
    item = access.feedback_draft(me, pk)
    form = FeedbackForm(request.POST, draft=item)
    if not form.is_valid():
        return _draft_page(request, item, feedback_form=form, status=400)
    services.give_feedback(item, me, form.cleaned_data)
    messages.success(request, _("Bedankt! Je feedback staat bij het concept."))
    return redirect("samenleren:draft", pk=item.pk)


@require_POST
@member_required
def adopt(request: HttpRequest, pk: int) -> HttpResponse:
    item = access.owned_feedback(request.member, pk)  # type: ignore[attr-defined]
    try:
        services.adopt(item)
    except ValueError:
        messages.error(request, _("Dit voorstel kan niet (meer) worden overgenomen."))
    else:
        messages.success(request, _("Voorstel overgenomen en opnieuw getoetst."))
    return redirect("samenleren:draft", pk=item.draft_id)


@require_POST
@member_required
def ignore(request: HttpRequest, pk: int) -> HttpResponse:
    item = access.owned_feedback(request.member, pk)  # type: ignore[attr-defined]
    services.ignore(item)
    messages.success(request, _("Voorstel niet overgenomen. Het blijft in je leerlog staan."))
    return redirect("samenleren:draft", pk=item.draft_id)


@require_GET
@member_required
def leerlog(request: HttpRequest) -> HttpResponse:
    me = request.member  # type: ignore[attr-defined]
    items = Feedback.objects.filter(draft__owner=me).select_related("draft", "author__user")
    return render(request, "samenleren/leerlog.html", {"items": items})
