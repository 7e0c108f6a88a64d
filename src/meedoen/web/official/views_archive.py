# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The archive pages: search, filters and CSV/JSON export (read-only for everyone)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from meedoen.web.accounts.permissions import member_required
from meedoen.web.official import services
from meedoen.web.official.access import archive_account_ids
from meedoen.web.official.forms import ArchiveFilterForm


def _search(request: HttpRequest):
    member = request.member
    ids = archive_account_ids(member)
    if not ids:
        raise PermissionDenied(_("Je hebt geen toegang tot het archief."))
    form = ArchiveFilterForm(request.GET or None, account_ids=ids)
    query = form.cleaned_data.get("q", "") if form.is_bound and form.is_valid() else ""
    filters = form.filters() if form.is_bound else {}
    results = services.search_archive(member.organisation, query, filters, member=member)
    return form, query, results


@require_GET
@member_required
def archive(request: HttpRequest) -> HttpResponse:
    form, query, results = _search(request)
    page = Paginator(results, 25).get_page(request.GET.get("pagina"))
    params = request.GET.copy()
    params.pop("pagina", None)
    return render(
        request,
        "official/archive.html",
        {
            "form": form,
            "query": query,
            "page": page,
            "params": params.urlencode(),
            "searched": form.is_bound,
        },
    )


def _filename(ext: str) -> str:
    return f"archief-organisatie-accounts-{timezone.localdate():%Y%m%d}.{ext}"


@require_GET
@member_required
def export_csv(request: HttpRequest) -> HttpResponse:
    _form, query, results = _search(request)
    body = services.export_csv(results, member=request.member, query=query)
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    return response


@require_GET
@member_required
def export_json(request: HttpRequest) -> HttpResponse:
    _form, query, results = _search(request)
    body = services.export_json(results, member=request.member, query=query)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename("json")}"'
    return response
