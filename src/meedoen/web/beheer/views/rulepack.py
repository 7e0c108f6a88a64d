# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Rule pack pages: versions, new version (upload or edit), detail, adopt, export.

Comparing versions and the adoption preview are in :mod:`.rulepack_compare`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from meedoen.core.errors import MeedoenError
from meedoen.web.beheer.rulepack_forms import AdoptForm, CompareForm, RulePackForm
from meedoen.web.beheer.services import rulepack as service
from meedoen.web.beheer.views.common import BeheerView
from meedoen.web.engine import parse_version_yaml
from meedoen.web.organisation.models import RulePackVersion


class VersionView(BeheerView):
    def version(self, pk: int) -> RulePackVersion:
        return get_object_or_404(RulePackVersion, pk=pk, organisation=self.org)


class RulePackList(VersionView):
    def get(self, request: Any) -> HttpResponse:
        versions = list(self.org.rule_packs.select_related("created_by").order_by("-created_at"))
        active = self.org.active_pack()
        latest = versions[0] if versions else None
        compare = CompareForm(
            initial={"a": active.pk if active else None, "b": latest.pk if latest else None},
            versions=versions,
        )
        return render(
            request,
            "beheer/rulepack_list.html",
            {"versions": versions, "active": active, "compare": compare},
        )


class RulePackNew(VersionView):
    def _base(self, request: Any) -> RulePackVersion | None:
        basis = request.GET.get("basis", "")
        if basis.isdigit():
            return self.version(int(basis))
        return self.org.active_pack() or self.org.rule_packs.order_by("-created_at").first()

    def get(self, request: Any) -> HttpResponse:
        base = self._base(request)
        form = RulePackForm(initial={"yaml": base.yaml if base else ""}, organisation=self.org)
        return render(request, "beheer/rulepack_form.html", {"form": form, "base": base})

    def post(self, request: Any) -> HttpResponse:
        form = RulePackForm(request.POST, request.FILES, organisation=self.org)
        if form.is_valid() and form.report is not None:
            version = service.store_version(
                self.org, form.report, user=request.user, note=form.cleaned_data["note"]
            )
            messages.success(
                request,
                _(
                    "Versie %(v)s is opgeslagen als concept. Bekijk wat er verandert en stel haar vast."
                )
                % {"v": version.version},
            )
            return redirect("beheer:rulepack_detail", pk=version.pk)
        return render(
            request,
            "beheer/rulepack_form.html",
            {"form": form, "report": form.report, "base": None},
        )


class RulePackDetail(VersionView):
    def get(self, request: Any, pk: int) -> HttpResponse:
        return self.detail(request, pk)

    def detail(self, request: Any, pk: int, adopt_form: AdoptForm | None = None) -> HttpResponse:
        version = self.version(pk)
        report = service.validate_candidate(self.org, version.yaml, exclude=version)
        try:
            pack = parse_version_yaml(version.yaml)
        except MeedoenError:
            pack = None
        if adopt_form is None and version.adopted_at is None:
            start = max(version.in_force_from, timezone.localdate())
            adopt_form = AdoptForm(initial={"in_force_from": start})
        active = self.org.active_pack()
        return render(
            request,
            "beheer/rulepack_detail.html",
            {
                "version": version,
                "pack": pack,
                "warnings": report.warnings,
                "adopt_form": adopt_form,
                "active": active,
                "is_active": active is not None and active.pk == version.pk,
            },
            status=400 if adopt_form is not None and adopt_form.errors else 200,
        )


class RulePackAdopt(RulePackDetail):
    def get(self, request: Any, pk: int) -> HttpResponse:
        return redirect("beheer:rulepack_detail", pk=pk)

    def post(self, request: Any, pk: int) -> HttpResponse:
        version = self.version(pk)
        form = AdoptForm(request.POST)
        if not form.is_valid():
            return self.detail(request, pk, adopt_form=form)
        try:
            service.adopt(version, form.cleaned_data["in_force_from"], user=request.user)
        except service.AlreadyAdoptedError:
            messages.error(
                request,
                _("Deze versie is al vastgesteld. Maak een nieuwe versie om iets te wijzigen."),
            )
        else:
            on = form.cleaned_data["in_force_from"]
            messages.success(
                request,
                _("Versie %(v)s is vastgesteld en geldt vanaf %(d)s.")
                % {"v": version.version, "d": on.isoformat()},
            )
            self._warn_if_superseded(request, version, on)
        return redirect("beheer:rulepack_detail", pk=pk)

    def _warn_if_superseded(self, request: Any, version: RulePackVersion, on: date) -> None:
        """Adopting with an early date can leave a later-dated version in charge."""
        later = self.org.active_pack(max(on, timezone.localdate()))
        if later is not None and later.pk != version.pk:
            messages.warning(
                request,
                _(
                    "Let op: versie %(other)s heeft een latere ingangsdatum (%(d)s) en blijft "
                    "daarom in gebruik."
                )
                % {"other": later.version, "d": later.in_force_from.isoformat()},
            )


class RulePackExport(VersionView):
    """The effective pack as YAML; without ``pk`` the version in force today."""

    def get(self, request: Any, pk: int | None = None) -> HttpResponse:
        version = self.version(pk) if pk is not None else self.org.active_pack()
        text = service.export_yaml(self.org, version)
        label = version.version if version else "leeg"
        safe = "".join(c if c.isalnum() or c in ".-_" else "-" for c in f"{self.org.slug}-{label}")
        response = HttpResponse(text, content_type="application/yaml; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{safe}.yaml"'
        return response
