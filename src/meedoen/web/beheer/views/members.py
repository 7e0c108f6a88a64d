# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Users and roles: list, create (with a password shown once), change role, (de)activate.

Users are never deleted (audit rows and reviews refer to them); a beheerder
deactivates an account instead. A beheerder cannot demote or deactivate
themselves, so the organisation always keeps a beheerder.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from meedoen.web.accounts.models import Member
from meedoen.web.audit.events import record
from meedoen.web.beheer.events import MemberActivation, MemberChanged, MemberCreated
from meedoen.web.beheer.member_forms import MemberCreateForm, MemberEditForm, generate_password
from meedoen.web.beheer.views.common import BeheerView


class MemberView(BeheerView):
    def member(self, pk: int) -> Member:
        return get_object_or_404(
            Member.objects.select_related("user"), pk=pk, organisation=self.org
        )


class MemberList(MemberView):
    def get(self, request: Any) -> HttpResponse:
        members = self.org.members.select_related("user").order_by(
            "-user__is_active", "user__username"
        )
        return render(request, "beheer/member_list.html", {"members": members})


class MemberCreate(MemberView):
    def get(self, request: Any) -> HttpResponse:
        return render(request, "beheer/member_form.html", {"form": MemberCreateForm()})

    def post(self, request: Any) -> HttpResponse:
        form = MemberCreateForm(request.POST)
        if not form.is_valid():
            return render(request, "beheer/member_form.html", {"form": form})
        data = form.cleaned_data
        generated = not data["password"]
        password = data["password"] or generate_password()
        with transaction.atomic():
            user = get_user_model().objects.create_user(
                username=data["username"],
                password=password,
                first_name=data["first_name"],
                last_name=data["last_name"],
                email=data["email"],
            )
            member = Member.objects.create(
                user=user,
                organisation=self.org,
                role=data["role"],
                function=data["function"],
                level=data["level"],
            )
            record(
                MemberCreated(
                    username=user.username, role=member.role, password_generated=generated
                ),
                actor=request.user,
                organisation=self.org,
                obj=member,
            )
        # Rendered, not redirected: the generated password is shown exactly once
        # and never stored anywhere but as a hash.
        response = render(
            request,
            "beheer/member_created.html",
            {"new_member": member, "password": password if generated else ""},
        )
        add_never_cache_headers(response)
        return response


class MemberEdit(MemberView):
    def _respond(self, request: Any, pk: int) -> HttpResponse:
        target = self.member(pk)
        before = {f: getattr(target, f) for f in MemberEditForm.Meta.fields}
        form = MemberEditForm(request.POST or None, instance=target, acting_user=request.user)
        if request.method == "POST" and form.is_valid():
            with transaction.atomic():
                saved = form.save()
                changes = tuple(
                    f"{f}: {before[f]} → {getattr(saved, f)}"
                    for f in before
                    if before[f] != getattr(saved, f)
                )
                if changes:
                    record(
                        MemberChanged(username=saved.user.username, changes=changes),
                        actor=request.user,
                        organisation=self.org,
                        obj=saved,
                    )
            messages.success(request, _("Opgeslagen: %(name)s.") % {"name": saved.display_name})
            return redirect("beheer:members")
        return render(request, "beheer/member_edit.html", {"form": form, "target": target})

    def get(self, request: Any, pk: int) -> HttpResponse:
        return self._respond(request, pk)

    def post(self, request: Any, pk: int) -> HttpResponse:
        return self._respond(request, pk)


class MemberActive(MemberView):
    """POST ``active=0`` deactivates, ``active=1`` reactivates; never yourself."""

    def post(self, request: Any, pk: int) -> HttpResponse:
        target = self.member(pk)
        active = request.POST.get("active") == "1"
        if target.user_id == request.user.pk:
            messages.error(request, _("U kunt uw eigen account niet uitschakelen."))
            return redirect("beheer:members")
        if target.user.is_active != active:
            with transaction.atomic():
                target.user.is_active = active
                target.user.save(update_fields=["is_active"])
                record(
                    MemberActivation(username=target.user.username, active=active),
                    actor=request.user,
                    organisation=self.org,
                    obj=target,
                )
        messages.success(
            request,
            (_("%(name)s kan weer inloggen.") if active else _("%(name)s kan niet meer inloggen."))
            % {"name": target.display_name},
        )
        return redirect("beheer:members")
