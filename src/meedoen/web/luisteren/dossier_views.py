# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dossier management in the web app: create, edit and end a listening dossier.

For the communicatieadviseur and the beheerder of the dossier's organisation
(:func:`can_manage_dossiers`); management sees the dossier pages but may not
change them (403), another organisation's dossier is a 404. Saving goes
through :func:`~meedoen.web.luisteren.services.save_dossier`, so the query
check (no private persons) refuses with Dutch reasons shown as form errors,
and every save, refusal and ending is in the access log.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from meedoen.web.accounts.permissions import can_manage_settings, can_review, role_required
from meedoen.web.luisteren import queries
from meedoen.web.luisteren.forms import DossierForm
from meedoen.web.luisteren.models import AccessLog, MonitorDossier
from meedoen.web.luisteren.services import DossierRefusedError, end_dossier, log, save_dossier


def can_manage_dossiers(member: Any) -> bool:
    """Communicatieadviseur or beheerder (management only reads)."""
    return can_review(member) or can_manage_settings(member)


def _who(request: Any) -> str:
    return request.user.get_username()


def _form_page(request: Any, d: MonitorDossier | None) -> Any:
    org = request.member.organisation
    initial = {} if d else {"owner": request.member, "start_date": timezone.localdate()}
    data = request.POST if request.method == "POST" else None
    form = DossierForm(data, instance=d, initial=initial, organisation=org)
    if request.method == "POST" and form.is_valid():
        try:
            saved = save_dossier(form.apply(), _who(request), request.member)
        except DossierRefusedError as exc:
            for reason in exc.reasons:
                form.add_error(None, reason)
        else:
            messages.success(request, _("Het dossier is opgeslagen."))
            return redirect("luisteren:dossier", saved.pk)
    if request.method == "GET":
        page = "luisteren:dossier_edit" if d else "luisteren:dossier_new"
        log(_who(request), AccessLog.What.PAGE, d, request.member, pagina=page)
    return render(request, "luisteren/dossier_form.html", {"form": form, "dossier": d})


@require_http_methods(["GET", "POST"])
@role_required(can_manage_dossiers)
def create(request: Any) -> Any:
    return _form_page(request, None)


@require_http_methods(["GET", "POST"])
@role_required(can_manage_dossiers)
def edit(request: Any, pk: int) -> Any:
    return _form_page(request, queries.dossier_of(request.member.organisation, pk))


@require_http_methods(["GET", "POST"])
@role_required(can_manage_dossiers)
def end(request: Any, pk: int) -> Any:
    d = queries.dossier_of(request.member.organisation, pk)
    if request.method == "POST":
        if d.ended_at is None:
            end_dossier(d, _who(request), member=request.member)
            messages.success(request, _("Het dossier is beëindigd; er wordt niets meer verzameld."))
        return redirect("luisteren:dossier", d.pk)
    log(_who(request), AccessLog.What.PAGE, d, request.member, pagina="luisteren:dossier_end")
    return render(request, "luisteren/dossier_end.html", {"dossier": d})


URLS = [
    path("nieuw/", create, name="dossier_new"),
    path("dossier/<int:pk>/bewerken/", edit, name="dossier_edit"),
    path("dossier/<int:pk>/beeindigen/", end, name="dossier_end"),
]
