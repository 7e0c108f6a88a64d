# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The dossier form: every setting of ``meedoen monitor dossier add`` plus the alerts.

Lists (keywords, hashtags, exclusions, languages, e-mail addresses) are edited
as text, one per line or separated by commas; sources one per line as
``NAAM:sleutel=waarde,...`` (the CLI's ``--bron`` syntax) and checked against
the source registry. The webhook secret is write-only: the form never shows it,
only that one is set and its last four characters; left empty it is kept.
The privacy checks themselves run in
:func:`~meedoen.web.luisteren.services.save_dossier` (see the view).
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.validators import validate_email
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from meedoen.monitor.sources.registry import load_sources
from meedoen.web.accounts.models import Member
from meedoen.web.forms import StyledModelForm, style
from meedoen.web.luisteren.models import MonitorDossier
from meedoen.web.luisteren.sealed import Unreadable

MAX_ITEMS = 100
MIN_SECRET = 16
LANG_RE = re.compile(r"^[a-z]{2}$")
QUERY_FIELDS = ("keywords", "hashtags", "exclusions", "languages")


class ListField(forms.CharField):
    """A list of short texts: one per line or separated by commas."""

    def __init__(self, *args: Any, rows: int = 3, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": rows}))
        super().__init__(*args, **kwargs)

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(str(v) for v in value) if isinstance(value, list | tuple) else value

    def to_python(self, value: Any) -> list[str]:
        text = super().to_python(value) or ""
        items: dict[str, None] = {}
        for part in text.replace(",", "\n").splitlines():
            item = " ".join(part.split())
            if item:
                items.setdefault(item[:200], None)
        if len(items) > MAX_ITEMS:
            raise forms.ValidationError(gettext("Ten hoogste 100 regels."))
        return list(items)


class EmailListField(ListField):
    def validate(self, value: list[str]) -> None:
        super().validate(value)
        for address in value:
            try:
                validate_email(address)
            except forms.ValidationError:
                raise forms.ValidationError(
                    gettext("'%(address)s' is geen geldig e-mailadres.") % {"address": address}
                ) from None


def source_line(source: dict[str, Any]) -> str:
    config = ",".join(f"{k}={v}" for k, v in (source.get("config") or {}).items())
    return f"{source.get('name', '')}:{config}" if config else str(source.get("name", ""))


class SourcesField(forms.CharField):
    """Sources, one per line: ``NAAM:sleutel=waarde,...``."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(source_line(s) for s in value) if isinstance(value, list) else value

    def to_python(self, value: Any) -> list[dict[str, Any]]:
        known = load_sources().names()
        sources = []
        for line in (super().to_python(value) or "").splitlines():
            if not line.strip():
                continue
            name, _sep, rest = line.strip().partition(":")
            name = name.strip().lower()
            if name not in known:
                raise forms.ValidationError(
                    gettext("Onbekende bron '%(name)s'; kies uit: %(known)s.")
                    % {"name": name, "known": ", ".join(known)}
                )
            config: dict[str, str] = {}
            for item in (p for p in rest.split(",") if p.strip()):
                key, eq, val = item.partition("=")
                if not eq or not key.strip():
                    raise forms.ValidationError(
                        gettext("'%(item)s': schrijf sleutel=waarde.") % {"item": item.strip()}
                    )
                config[key.strip()] = val.strip()
            sources.append({"name": name, "config": config})
        return sources


class DossierForm(StyledModelForm):
    keywords = ListField(
        label=_("Trefwoorden"),
        help_text=_(
            "Eén per regel of gescheiden door komma's; stikstof* vangt ook samenstellingen."
        ),
    )
    hashtags = ListField(label=_("Hashtags"), help_text=_("Zonder #, één per regel."))
    exclusions = ListField(
        label=_("Uitsluiten"), help_text=_("Berichten met een van deze woorden vallen af.")
    )
    languages = ListField(
        label=_("Talen"), rows=1, help_text=_("ISO 639-1-codes, bijvoorbeeld nl of nl, en.")
    )
    sources = SourcesField(
        label=_("Bronnen"),
        help_text=_("Eén bron per regel: NAAM:sleutel=waarde, bijvoorbeeld rss:url=https://…"),
    )
    alert_emails = EmailListField(
        label=_("E-mailadressen voor piekmeldingen"),
        help_text=_("Eén per regel; leeg: geen meldingen per e-mail."),
    )
    webhook_url = forms.URLField(
        label=_("Webhook-adres"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("Een https-adres dat piekmeldingen als JSON ontvangt."),
    )
    webhook_secret = forms.CharField(
        label=_("Webhookgeheim"),
        required=False,
        strip=True,
        max_length=200,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
    )
    clear_webhook_secret = forms.BooleanField(label=_("Webhookgeheim wissen"), required=False)

    class Meta:
        model = MonitorDossier
        fields = [
            "name",
            "purpose",
            "legal_basis",
            "owner",
            "start_date",
            "end_date",
            "retention_days",
            "k",
            "sensitivity",
            "webhook_url",
        ]
        labels = {
            "name": _("Naam"),
            "purpose": _("Doel"),
            "legal_basis": _("Grondslag"),
            "owner": _("Eigenaar"),
            "start_date": _("Begindatum"),
            "end_date": _("Einddatum"),
            "retention_days": _("Bewaartermijn (dagen)"),
            "k": _("Drempel k voor voorbeeldberichten"),
            "sensitivity": _("Gevoeligheid"),
        }
        help_texts = {
            "purpose": _("Waarom luisteren we, en wat doen we met wat we horen?"),
            "legal_basis": _("Bijvoorbeeld: AVG art. 6 lid 1 sub e, publieke taak (voorlichting)."),
            "end_date": _("Luisteren zonder einde mag niet; op deze dag stopt het verzamelen."),
            "retention_days": _("Na zoveel dagen worden berichten verwijderd (1 tot 366)."),
            "k": _("Voorbeeldberichten alleen als minstens zoveel auteurs erachter zitten."),
        }
        widgets = {
            "purpose": forms.Textarea(attrs={"rows": 3}),
            "legal_basis": forms.Textarea(attrs={"rows": 2}),
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    GROUPS = (
        (_("Dossier"), ("name", "purpose", "legal_basis", "owner", "start_date", "end_date")),
        (_("Zoekvraag"), QUERY_FIELDS),
        (_("Bronnen en privacy"), ("sources", "retention_days", "k", "sensitivity")),
        (
            _("Piekmeldingen"),
            ("alert_emails", "webhook_url", "webhook_secret", "clear_webhook_secret"),
        ),
    )

    def __init__(self, *args: Any, organisation: Any, **kwargs: Any) -> None:
        instance = kwargs.get("instance") or MonitorDossier(organisation=organisation)
        kwargs["instance"] = instance
        initial = dict(kwargs.pop("initial", None) or {})
        query = instance.query or {}
        for name in QUERY_FIELDS:
            initial.setdefault(name, query.get(name) or ([] if name != "languages" else ["nl"]))
        initial.setdefault("sources", instance.sources or [])
        initial.setdefault("alert_emails", instance.alert_emails or [])
        kwargs["initial"] = initial
        self.old_secret = instance.webhook_secret
        super().__init__(*args, **kwargs)
        owners = Member.objects.filter(organisation=organisation).select_related("user")
        self.fields["owner"].queryset = owners.order_by("user__username")
        self.fields["owner"].label_from_instance = lambda m: m.display_name
        secret = self.fields["webhook_secret"]
        if isinstance(self.old_secret, Unreadable):
            secret.help_text = gettext(
                "Het ingestelde geheim kan niet meer worden gelezen (is MEEDOEN_SECRET_KEY "
                "veranderd?). Stel een nieuw geheim in."
            )
        elif self.old_secret:
            secret.help_text = gettext(
                "Er is een geheim ingesteld (eindigt op …%(end)s). Laat leeg om het te houden."
            ) % {"end": self.old_secret[-4:]}
        else:
            secret.help_text = gettext(
                "Minstens 16 tekens; de ontvanger controleert er de handtekening mee."
            )
            del self.fields["clear_webhook_secret"]
        self._bound_fields_cache.clear()  # bound fields copy the help text when made
        style(self)

    def groups(self) -> list[tuple[str, list[Any]]]:
        return [
            (str(legend), [self[n] for n in names if n in self.fields])
            for legend, names in self.GROUPS
        ]

    def clean_languages(self) -> list[str]:
        langs = [lang.lower() for lang in self.cleaned_data["languages"]]
        bad = [lang for lang in langs if not LANG_RE.match(lang)]
        if bad:
            raise forms.ValidationError(
                gettext("Geen taalcode: %(codes)s.") % {"codes": ", ".join(bad)}
            )
        return langs

    def clean_webhook_url(self) -> str:
        url = self.cleaned_data["webhook_url"]
        if url and not url.lower().startswith(("https://", "http://")):
            raise forms.ValidationError(gettext("Gebruik een http- of https-adres."))
        return url

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        new = data.get("webhook_secret") or ""
        if new and len(new) < MIN_SECRET:
            self.add_error("webhook_secret", gettext("Het geheim moet minstens 16 tekens hebben."))
        keeps = self.old_secret and not data.get("clear_webhook_secret")
        if data.get("webhook_url") and not new and not keeps:
            self.add_error(
                "webhook_secret",
                gettext("Een webhook heeft een geheim nodig voor de handtekening."),
            )
        return data

    def apply(self) -> MonitorDossier:
        """The dossier with every cleaned value set (not saved)."""
        d = self.save(commit=False)
        data = self.cleaned_data
        d.query = {name: data[name] for name in QUERY_FIELDS}
        d.sources = data["sources"]
        d.alert_emails = data["alert_emails"]
        if data.get("webhook_secret"):
            d.webhook_secret = data["webhook_secret"]
        elif data.get("clear_webhook_secret"):
            d.webhook_secret = ""
        else:
            d.webhook_secret = self.old_secret
        return d
