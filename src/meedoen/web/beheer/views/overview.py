# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The beheer start page: the rule pack in force, counts and links."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse

from meedoen.web.beheer.sections import SECTIONS
from meedoen.web.beheer.views.common import BeheerView


def optional_url(name: str) -> str:
    """The URL of a page another app may or may not provide yet."""
    try:
        return reverse(name)
    except NoReverseMatch:
        return ""


class Overview(BeheerView):
    def get(self, request: Any) -> HttpResponse:
        org = self.org
        sections = [
            {
                "title": s.title,
                "url": reverse(f"beheer:{s.slug}"),
                "count": s.model.objects.filter(organisation=org).count(),
            }
            for s in SECTIONS
        ]
        members = org.members.select_related("user")
        return render(
            request,
            "beheer/index.html",
            {
                "active": org.active_pack(),
                "drafts": org.rule_packs.filter(adopted_at__isnull=True).count(),
                "versions": org.rule_packs.count(),
                "sections": sections,
                "member_count": members.filter(user__is_active=True).count(),
                "inactive_count": members.filter(user__is_active=False).count(),
                "official_accounts_url": optional_url("official:accounts"),
            },
        )
