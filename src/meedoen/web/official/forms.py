# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Forms of the official-accounts area (NL Design System styled)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from meedoen.web.accounts.models import Member, Role
from meedoen.web.forms import StyledForm, style
from meedoen.web.official.models import LEVELS, OfficialAccount
from meedoen.web.organisation.models import Dossier


class _LateStyled:
    """Styled like StyledForm, but only after the subclass has set up its fields.

    (StyledForm styles in ``__init__``, which validates a bound form before a
    subclass can narrow its querysets to the member's organisation.)
    """

    def full_clean(self) -> None:
        super().full_clean()  # type: ignore[misc]
        style(self)  # type: ignore[arg-type]


def _dossier_field(org: Any) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        queryset=Dossier.objects.filter(organisation=org),
        required=False,
        label=_("Dossier"),
        empty_label=_("geen dossier"),
        help_text=_("Een gevoelig dossier (hoog) vraagt altijd om review."),
    )


class PostForm(_LateStyled, forms.Form):
    """Write a new post, or change the text of an existing one."""

    account = forms.ModelChoiceField(queryset=OfficialAccount.objects.none(), label=_("Account"))
    text = forms.CharField(
        label=_("Tekst van het bericht"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=10000,
    )

    def __init__(self, *args: Any, accounts: list[OfficialAccount], org: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["account"].queryset = OfficialAccount.objects.filter(
            pk__in=[a.pk for a in accounts]
        )
        self.fields["dossier"] = _dossier_field(org)
        style(self)


class ReviewForm(StyledForm):
    DECISIONS = [
        ("goedkeuren", _("Goedkeuren")),
        ("wijzigingen_voorstellen", _("Wijzigingen voorstellen")),
        ("afwijzen", _("Afwijzen")),
    ]
    decision = forms.ChoiceField(
        label=_("Je advies"), choices=DECISIONS, widget=forms.RadioSelect, initial="goedkeuren"
    )
    reason = forms.CharField(
        label=_("Toelichting voor de auteur"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
        help_text=_("Verplicht bij afwijzen; de auteur leert ervan."),
    )
    suggested_text = forms.CharField(
        label=_("Voorgestelde tekst (optioneel)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=10000,
    )


class PublishForm(StyledForm):
    url = forms.URLField(
        label=_("Adres (URL) van het geplaatste bericht"),
        max_length=500,
        assume_scheme="https",
    )
    published_at = forms.DateTimeField(
        label=_("Geplaatst op"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
        help_text=_("Leeg: nu."),
    )

    def clean_url(self) -> str:
        url = self.cleaned_data["url"]
        if not url.lower().startswith(("https://", "http://")):
            raise forms.ValidationError(_("Gebruik een http- of https-adres."))
        return url

    def clean_published_at(self) -> Any:
        value = self.cleaned_data.get("published_at")
        if value and value > timezone.now() + timedelta(minutes=5):
            raise forms.ValidationError(_("Dit tijdstip ligt in de toekomst."))
        return value


class ArchiveFilterForm(_LateStyled, forms.Form):
    q = forms.CharField(label=_("Zoek in de tekst"), required=False, max_length=200)
    account = forms.ModelChoiceField(
        queryset=OfficialAccount.objects.none(),
        required=False,
        label=_("Account"),
        empty_label=_("alle accounts"),
    )
    level = forms.ChoiceField(
        label=_("Niveau"), required=False, choices=[("", _("alle niveaus")), *LEVELS]
    )
    date_from = forms.DateField(
        label=_("Geplaatst vanaf"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_to = forms.DateField(
        label=_("Geplaatst tot en met"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args: Any, account_ids: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["account"].queryset = OfficialAccount.objects.filter(pk__in=account_ids)
        style(self)

    def filters(self) -> dict[str, Any]:
        if not self.is_valid():
            return {"account": None}
        data = self.cleaned_data
        return {
            "account": data["account"].pk if data.get("account") else None,
            "level": data.get("level") or None,
            "date_from": data.get("date_from"),
            "date_to": data.get("date_to"),
        }


class AccountForm(_LateStyled, forms.ModelForm):
    class Meta:
        model = OfficialAccount
        fields = [
            "name",
            "channel",
            "handle",
            "bio",
            "review_tiers",
            "always_review",
            "approval_valid_days",
            "retention_days",
            "reviewers",
            "editors",
        ]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 3}),
            "reviewers": forms.CheckboxSelectMultiple,
            "editors": forms.CheckboxSelectMultiple,
            "review_tiers": forms.NumberInput(attrs={"min": 0, "max": 3}),
        }

    def __init__(self, *args: Any, org: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.org = org
        members = Member.objects.filter(organisation=org).select_related("user")
        self.fields["reviewers"].queryset = members.filter(role=Role.COMMUNICATIEADVISEUR)
        self.fields["editors"].queryset = members
        for name in ("reviewers", "editors"):
            self.fields[name].label_from_instance = _member_label
        style(self)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        clash = OfficialAccount.objects.filter(
            organisation=self.org, channel=data.get("channel"), name=data.get("name")
        ).exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError(_("Er is al een account met deze naam op dit kanaal."))
        return data


def _member_label(m: Member) -> str:
    return f"{m.display_name} ({m.get_role_display()})"


class PostTextForm(_LateStyled, forms.Form):
    """Change the text of an existing post (herzien)."""

    text = forms.CharField(
        label=_("Tekst van het bericht"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=10000,
    )

    def __init__(self, *args: Any, org: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["dossier"] = _dossier_field(org)
        style(self)
