# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Zelftoets pages: check as you type, and the author's own saved drafts.

A check is computed and rendered, never stored or logged. Only "Bewaar" (a
separate POST by a signed-in member) creates a SavedDraft, visible to its
owner alone (and colleagues they share it with, see meedoen.web.samenleren).
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from meedoen.web.accounts.permissions import member_of, member_required
from meedoen.web.zelftoets.forms import CheckForm, PublishForm
from meedoen.web.zelftoets.models import SavedDraft
from meedoen.web.zelftoets.services import present, run_check


def own_draft(request: HttpRequest, pk: int) -> SavedDraft:
    """The signed-in member's own draft; 404 for everyone else's."""
    return get_object_or_404(SavedDraft, pk=pk, owner=request.member)  # type: ignore[attr-defined]


def _editing(request: HttpRequest, member: Any) -> SavedDraft | None:
    raw = request.POST.get("concept") or request.GET.get("concept")
    if not raw or member is None:
        return None
    if not str(raw).isdigit():
        raise Http404
    return get_object_or_404(SavedDraft, pk=int(raw), owner=member)


@require_GET
def check(request: HttpRequest) -> HttpResponse:
    member = member_of(request.user)
    draft = _editing(request, member)
    if draft is not None:
        form = CheckForm(initial=CheckForm.initial_from_context(draft.text, draft.context))
        result = present(draft.text, draft.assessment)
    else:
        form, result = CheckForm(), None
    return render(
        request,
        "zelftoets/check.html",
        {"form": form, "result": result, "draft": draft},
    )


@require_POST
def toets(request: HttpRequest) -> HttpResponse:
    """Check the posted draft: a partial for htmx, the whole page otherwise."""
    member = member_of(request.user)
    draft = _editing(request, member)
    form = CheckForm(request.POST)
    result = None
    if form.is_valid():
        assessment = run_check(form.cleaned_data["text"], form.engine_context(), member)
        result = present(form.cleaned_data["text"], assessment)
    context = {"form": form, "result": result, "draft": draft}
    if request.headers.get("HX-Request") == "true":
        return render(request, "zelftoets/_result.html", context)
    return render(request, "zelftoets/check.html", context)


@require_POST
@member_required
def bewaar(request: HttpRequest) -> HttpResponse:
    """Save the draft with its assessment: the one explicit act that stores it."""
    member = request.member  # type: ignore[attr-defined]
    draft = _editing(request, member)
    form = CheckForm(request.POST)
    if not form.is_valid():
        return render(request, "zelftoets/check.html", {"form": form, "draft": draft}, status=400)
    text, context = form.cleaned_data["text"], form.engine_context()
    assessment = run_check(text, context, member)
    if draft is None:
        draft = SavedDraft(owner=member)
    elif draft.is_published:
        messages.error(request, _("Een gepubliceerd bericht pas je niet meer aan."))
        return redirect("zelftoets:detail", pk=draft.pk)
    draft.text, draft.context = text, context
    draft.apply_assessment(assessment)
    draft.save()
    messages.success(request, _("Bewaard. Alleen jij ziet dit concept, tot je het zelf deelt."))
    return redirect("zelftoets:detail", pk=draft.pk)


@require_GET
@member_required
def concepten(request: HttpRequest) -> HttpResponse:
    drafts = SavedDraft.objects.owned_by(request.member)  # type: ignore[attr-defined]
    return render(request, "zelftoets/concepten.html", {"drafts": drafts})


@require_GET
@member_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    draft = own_draft(request, pk)
    return render(
        request,
        "zelftoets/detail.html",
        {
            "draft": draft,
            "result": present(draft.text, draft.assessment),
            "publish_form": PublishForm(),
        },
    )


@require_POST
@member_required
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    """The author marks the draft as published (feedback stays possible)."""
    draft = own_draft(request, pk)
    form = PublishForm(request.POST)
    if not form.is_valid():
        context = {
            "draft": draft,
            "result": present(draft.text, draft.assessment),
            "publish_form": form,
        }
        return render(request, "zelftoets/detail.html", context, status=400)
    draft.published_url = form.cleaned_data["published_url"]
    draft.published_at = timezone.now()
    draft.save(update_fields=["published_url", "published_at"])
    messages.success(request, _("Gemarkeerd als gepubliceerd."))
    return redirect("zelftoets:detail", pk=draft.pk)


@require_http_methods(["GET", "POST"])
@member_required
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    draft = own_draft(request, pk)
    if request.method == "POST":
        draft.delete()
        messages.success(request, _("Het concept en de feedback erop zijn verwijderd."))
        return redirect("zelftoets:concepten")
    return render(request, "zelftoets/delete.html", {"draft": draft})
