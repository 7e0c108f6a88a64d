# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Forms for users and roles: create a member, change a member's role and profile."""

from __future__ import annotations

import secrets
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from meedoen.web.accounts.models import LEVELS, Member, Role
from meedoen.web.forms import StyledForm, StyledModelForm


def generate_password() -> str:
    """A random password of five groups of four characters (about 100 bits)."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(5))


class MemberCreateForm(StyledForm):
    username = forms.CharField(
        label=_("Gebruikersnaam"),
        max_length=150,
        validators=[get_user_model().username_validator],
    )
    first_name = forms.CharField(label=_("Voornaam"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150, required=False)
    email = forms.EmailField(label=_("E-mailadres"), required=False)
    role = forms.ChoiceField(label=_("Rol"), choices=Role.choices, initial=Role.MEDEWERKER)
    function = forms.CharField(label=_("Functie"), max_length=200, required=False)
    level = forms.ChoiceField(label=_("Niveau"), choices=LEVELS, initial="uitvoering")
    password = forms.CharField(
        label=_("Beginwachtwoord"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_(
            "Laat leeg voor een willekeurig wachtwoord; dat ziet u één keer na het opslaan."
        ),
    )

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise ValidationError(gettext("Deze gebruikersnaam bestaat al."))
        return username

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        password = data.get("password")
        if password:
            probe = get_user_model()(
                username=data.get("username", ""),
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
                email=data.get("email", ""),
            )
            try:
                validate_password(password, user=probe)
            except ValidationError as exc:
                self.add_error("password", exc)
        return data


class MemberEditForm(StyledModelForm):
    """Role and profile of a member; a beheerder cannot take away their own role."""

    class Meta:
        model = Member
        fields = ["role", "function", "level", "enforcement_role"]

    def __init__(self, *args: Any, acting_user: Any, **kwargs: Any) -> None:
        self.acting_user = acting_user  # before super().__init__, which validates
        super().__init__(*args, **kwargs)

    def clean_role(self) -> str:
        role = self.cleaned_data["role"]
        if self.instance.user_id == self.acting_user.pk and role != Role.BEHEERDER:
            raise ValidationError(
                gettext(
                    "U kunt uw eigen rol van beheerder niet afnemen; zo houdt de organisatie "
                    "altijd een beheerder. Laat een andere beheerder dit doen."
                )
            )
        return role
