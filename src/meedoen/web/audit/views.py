# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The audit log page for beheerders: the organisation's events and the chain status."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_safe

from meedoen.web.accounts.permissions import can_manage_settings, role_required
from meedoen.web.audit.events import verify
from meedoen.web.audit.models import AuditEvent

PAGE_SIZE = 50


@require_safe
@role_required(can_manage_settings)
def index(request: Any) -> Any:
    org = request.member.organisation
    events = AuditEvent.objects.filter(organisation=org).order_by("-id")
    action = request.GET.get("actie", "")
    if action:
        events = events.filter(action=action)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("pagina"))
    actions = (
        AuditEvent.objects.filter(organisation=org)
        .order_by("action")
        .values_list("action", flat=True)
        .distinct()
    )
    return render(
        request,
        "audit/index.html",
        {"page": page, "chain": verify(), "actions": actions, "action": action},
    )
