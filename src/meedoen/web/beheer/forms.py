# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Forms for the organisation's data tables (dossiers, calendar, mailboxes, handles).

Each form belongs to one organisation: it sets ``instance.organisation`` and
checks uniqueness within it (the organisation is not a form field, so Django's
own unique check would skip it).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from meedoen.web.forms import StyledModelForm
from meedoen.web.organisation.models import (
    Dossier,
    ElectionDate,
    FunctionalMailbox,
    Organisation,
    PublicHandle,
)


class OrganisationForm(StyledModelForm):
    """A model form scoped to one organisation."""

    unique_within_org: tuple[str, ...] = ()

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        # Set before super().__init__: StyledModelForm validates a bound form there.
        self.organisation = organisation
        if kwargs.get("instance") is None:
            kwargs["instance"] = self._meta.model(organisation=organisation)
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for name in self.unique_within_org:
            value = data.get(name)
            if value in (None, ""):
                continue
            clash = type(self.instance).objects.filter(
                organisation=self.organisation, **{f"{name}__iexact": value}
            )
            if self.instance.pk:
                clash = clash.exclude(pk=self.instance.pk)
            if clash.exists():
                self.add_error(name, gettext("Dit staat er al; kies een andere waarde."))
        return data


class KeywordsField(forms.CharField):
    """A list of keywords edited as text: one per line or separated by commas."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            return "\n".join(str(v) for v in value)
        return value

    def to_python(self, value: Any) -> list[str]:
        text = super().to_python(value) or ""
        seen: dict[str, None] = {}
        for part in text.replace(",", "\n").splitlines():
            word = " ".join(part.split())
            if word:
                seen.setdefault(word[:80], None)
        return list(seen)[:200]


class DossierForm(OrganisationForm):
    unique_within_org = ("name",)
    keywords = KeywordsField(
        label=_("Trefwoorden"),
        required=False,
        help_text=_(
            "Eén per regel of gescheiden door komma's. Vervoegingen en samenstellingen "
            "('stikstofaanpak' bij 'stikstof') herkent meedoen zelf."
        ),
    )

    class Meta:
        model = Dossier
        fields = ["name", "keywords", "sensitivity", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class ElectionDateForm(OrganisationForm):
    class Meta:
        model = ElectionDate
        fields = ["name", "kind", "date", "window_days", "announced"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        help_texts = {
            "kind": _("Bijvoorbeeld gemeenteraad, tweede-kamer, raadsbesluit."),
            "window_days": _("Zoveel dagen vóór de datum is berichtgeving gevoelig (0–365)."),
        }

    def clean_window_days(self) -> int:
        days = self.cleaned_data["window_days"]
        if days is not None and days > 365:
            raise forms.ValidationError(gettext("Hooguit 365 dagen."))
        return days


class FunctionalMailboxForm(OrganisationForm):
    unique_within_org = ("address",)

    class Meta:
        model = FunctionalMailbox
        fields = ["address"]
        help_texts = {
            "address": _(
                "Een adres van de organisatie (pers@…, info@…); "
                "meedoen ziet het niet als persoonsgegeven."
            )
        }


class PublicHandleForm(OrganisationForm):
    class Meta:
        model = PublicHandle
        fields = ["kind", "handle", "name", "role"]
        help_texts = {
            "handle": _("Het account, bijvoorbeeld @redactie_krant of @naam@server.nl."),
            "name": _("Verplicht voor een ambtsdrager."),
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        kind = data.get("kind")
        if kind == "ambtsdrager" and not data.get("name"):
            self.add_error("name", gettext("Geef de naam van de ambtsdrager."))
        if kind in ("pers", "volksvertegenwoordiger") and not data.get("handle"):
            self.add_error("handle", gettext("Geef het account."))
        return data
