# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Sign-in, sign-out and the member's own profile (used by the self-check)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from meedoen.web.accounts.models import Member
from meedoen.web.accounts.permissions import member_required
from meedoen.web.forms import StyledModelForm


class LoginView(auth_views.LoginView):
    template_name = "meedoen/login.html"
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


class ProfileForm(StyledModelForm):
    class Meta:
        model = Member
        fields = ["function", "level", "enforcement_role", "dossiers"]
        widgets = {"dossiers": forms.CheckboxSelectMultiple}
        help_texts = {
            "dossiers": gettext_lazy("Je eigen dossiers: berichten daarover vragen extra zorg.")
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["dossiers"].queryset = self.instance.organisation.dossiers.all()


@member_required
def profile(request: Any) -> Any:
    form = ProfileForm(request.POST or None, instance=request.member)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Je profiel is bijgewerkt."))
        return redirect("accounts:profile")
    return render(request, "meedoen/profile.html", {"form": form})
