# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Compare two rule pack versions, and preview what adopting one would change."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.shortcuts import render

from meedoen.core.errors import MeedoenError
from meedoen.web.beheer.rulepack_forms import CompareForm
from meedoen.web.beheer.services import diff as diffs
from meedoen.web.beheer.services.preview import preview_adoption
from meedoen.web.beheer.views.rulepack import VersionView


class RulePackDiff(VersionView):
    def get(self, request: Any) -> HttpResponse:
        versions = list(self.org.rule_packs.order_by("-created_at"))
        form = CompareForm(request.GET or None, versions=versions)
        context: dict[str, Any] = {"form": form}
        if form.is_valid():
            a = self.version(form.cleaned_data["a"])
            b = self.version(form.cleaned_data["b"])
            try:
                diff = diffs.version_diff(a, b)
            except MeedoenError as exc:
                context["error"] = exc.message
            else:
                context.update(
                    a=a,
                    b=b,
                    diff=diff,
                    metadata=diffs.rows(diff.metadata),
                    changed=[(c.rule_id, diffs.rows(c.changes)) for c in diff.changed],
                )
        return render(request, "beheer/rulepack_diff.html", context)


class RulePackPreview(VersionView):
    def get(self, request: Any, pk: int) -> HttpResponse:
        version = self.version(pk)
        active = self.org.active_pack()
        try:
            preview = preview_adoption(self.org, version)
            error = ""
        except MeedoenError as exc:
            preview, error = None, exc.message
        return render(
            request,
            "beheer/rulepack_preview.html",
            {"version": version, "active": active, "preview": preview, "error": error},
        )
