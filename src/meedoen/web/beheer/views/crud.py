# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""One list/create/edit/delete view set for every data table (see sections.py).

Every change is audited (:class:`SettingChanged`) and must leave the
organisation's effective rule pack buildable: if a change would break the
engine, it is rolled back and the form says why.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from pydantic import ValidationError

from meedoen.core.errors import MeedoenError
from meedoen.web.audit.events import SettingChanged, record
from meedoen.web.beheer.sections import Section
from meedoen.web.beheer.views.common import BeheerView
from meedoen.web.engine import effective_pack


class EngineWouldBreakError(Exception):
    pass


def ensure_engine_builds(org: Any) -> None:
    """Raise :class:`EngineWouldBreakError` if the org's tables no longer make a valid pack."""
    try:
        effective_pack(org, org.active_pack())
    except (ValidationError, MeedoenError) as exc:
        raise EngineWouldBreakError(str(exc)) from None


class SectionView(BeheerView):
    section: Section | None = None

    @property
    def sec(self) -> Section:
        assert self.section is not None
        return self.section

    def url(self, action: str, obj: Any = None) -> str:
        name = f"beheer:{self.sec.slug}" + ("" if action == "list" else f"_{action}")
        return reverse(name, args=[obj.pk] if obj is not None else [])

    def get_object(self, pk: int) -> Any:
        return get_object_or_404(self.sec.model, pk=pk, organisation=self.org)

    def audit(self, obj: Any, change: str) -> None:
        record(
            SettingChanged(setting=self.sec.setting, change=change, summary=self.sec.describe(obj)),
            actor=self.request.user,
            organisation=self.org,
            obj=obj,
        )

    def ctx(self, **extra: Any) -> dict[str, Any]:
        return {"section": self.sec, "list_url": self.url("list"), **extra}


class SectionList(SectionView):
    def get(self, request: Any) -> HttpResponse:
        objects = self.sec.model.objects.filter(organisation=self.org)
        rows = [
            {
                "cells": [col.value(obj) for col in self.sec.columns],
                "label": str(obj),
                "edit": self.url("edit", obj),
                "delete": self.url("delete", obj),
            }
            for obj in objects
        ]
        return render(
            request,
            "beheer/section_list.html",
            self.ctx(rows=rows, new_url=self.url("new")),
        )


class SectionEdit(SectionView):
    def _respond(self, request: Any, pk: int | None) -> HttpResponse:
        obj = self.get_object(pk) if pk is not None else None
        form = self.sec.form(request.POST or None, instance=obj, organisation=self.org)
        if request.method == "POST" and form.is_valid():
            try:
                with transaction.atomic():
                    saved = form.save()
                    ensure_engine_builds(self.org)
                    self.audit(saved, "updated" if obj is not None else "created")
            except EngineWouldBreakError as exc:
                form.add_error(
                    None,
                    _("Deze wijziging zou de toets onbruikbaar maken: %(e)s") % {"e": exc},
                )
            else:
                messages.success(request, _("Opgeslagen: %(name)s.") % {"name": saved})
                return redirect(self.url("list"))
        return render(request, "beheer/section_form.html", self.ctx(form=form, object=obj))

    def get(self, request: Any, pk: int | None = None) -> HttpResponse:
        return self._respond(request, pk)

    def post(self, request: Any, pk: int | None = None) -> HttpResponse:
        return self._respond(request, pk)


class SectionDelete(SectionView):
    def get(self, request: Any, pk: int) -> HttpResponse:
        return render(request, "beheer/section_delete.html", self.ctx(object=self.get_object(pk)))

    def post(self, request: Any, pk: int) -> HttpResponse:
        obj = self.get_object(pk)
        name = str(obj)
        with transaction.atomic():
            self.audit(obj, "deleted")
            obj.delete()
        messages.success(request, _("Verwijderd: %(name)s.") % {"name": name})
        return redirect(self.url("list"))
