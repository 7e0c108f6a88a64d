# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Managing the organisation's official accounts (beheerders only; audit-logged)."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from meedoen.web.accounts.permissions import can_manage_settings, role_required
from meedoen.web.audit.events import record
from meedoen.web.official.events import AccountChanged
from meedoen.web.official.forms import AccountForm
from meedoen.web.official.models import OfficialAccount


@require_GET
@role_required(can_manage_settings)
def account_list(request: HttpRequest) -> HttpResponse:
    accounts = (
        OfficialAccount.objects.filter(organisation=request.member.organisation)
        .prefetch_related("editors__user", "reviewers__user")
        .order_by("name")
    )
    return render(request, "official/account_list.html", {"accounts": accounts})


@require_http_methods(["GET", "POST"])
@role_required(can_manage_settings)
def account_form(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    org = request.member.organisation
    if pk is None:
        account = OfficialAccount(organisation=org)
    else:
        account = OfficialAccount.objects.filter(organisation=org, pk=pk).first()
        if account is None:
            raise Http404("Account niet gevonden.")
    form = AccountForm(request.POST or None, instance=account, org=org)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved = form.save()
            record(
                AccountChanged(
                    account=str(saved),
                    change="created" if pk is None else "updated",
                    fields=tuple(sorted(form.changed_data)),
                ),
                actor=request.user,
                organisation=org,
                obj=saved,
            )
        messages.success(request, _("Het account is opgeslagen."))
        return redirect("official:accounts")
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "official/account_form.html",
        {"form": form, "account": account if pk else None},
        status=status,
    )
