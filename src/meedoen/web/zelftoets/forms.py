# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The self-check form: the draft and where and how it will appear."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from meedoen.web.forms import StyledForm

MAX_TEXT = 10_000

CHANNELS = [
    ("x", "X (Twitter)"),
    ("bluesky", "Bluesky"),
    ("mastodon", "Mastodon"),
    ("linkedin", "LinkedIn"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("forum", _("forum")),
    ("blog", _("blog")),
    ("intranet", _("intranet")),
]
CAPACITY_CHOICES = [("prive", _("privé")), ("in-functie", _("in functie"))]
AUDIENCES = [
    ("", _("zoals het kanaal (intranet: intern, anders openbaar)")),
    ("openbaar", _("openbaar")),
    ("besloten-groep", _("besloten groep")),
    ("intern", _("intern")),
]
AUTHOR_ROLES = [
    ("burger", _("burger")),
    ("journalist", _("journalist")),
    ("kamerlid", _("Kamerlid")),
    ("politicus", _("politicus")),
    ("collega", _("collega")),
    ("organisatie", _("organisatie")),
]


class CheckForm(StyledForm):
    text = forms.CharField(
        label=_("Je bericht"),
        max_length=MAX_TEXT,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "true"}),
        help_text=_("Typ of plak je concept. De toets wordt bijgewerkt terwijl je typt."),
    )
    channel = forms.ChoiceField(label=_("Kanaal"), choices=CHANNELS, initial="x")
    capacity = forms.ChoiceField(
        label=_("Hoedanigheid"),
        choices=CAPACITY_CHOICES,
        initial="prive",
        widget=forms.RadioSelect,
    )
    audience = forms.ChoiceField(label=_("Publiek"), choices=AUDIENCES, required=False)
    reply_to_text = forms.CharField(
        label=_("Reactie op (optioneel)"),
        max_length=MAX_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Het bericht waarop je reageert, als je reageert."),
    )
    reply_to_role = forms.ChoiceField(
        label=_("Schrijver van dat bericht"), choices=AUTHOR_ROLES, initial="burger"
    )
    account_name = forms.CharField(
        label=_("Accountnaam (bij in functie, optioneel)"), max_length=200, required=False
    )
    account_bio = forms.CharField(
        label=_("Bio van het account (bij in functie, optioneel)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def engine_context(self) -> dict[str, Any]:
        """The engine's context dict from the cleaned data."""
        d = self.cleaned_data
        context: dict[str, Any] = {"channel": d["channel"], "capacity": d["capacity"]}
        if d.get("audience"):
            context["audience"] = d["audience"]
        if d.get("reply_to_text", "").strip():
            context["reply_to"] = {
                "text": d["reply_to_text"],
                "author_role": d.get("reply_to_role") or "burger",
            }
        if d["capacity"] == "in-functie" and (d.get("account_name") or d.get("account_bio")):
            context["account"] = {
                "name": d.get("account_name", ""),
                "bio": d.get("account_bio", ""),
            }
        return context

    @classmethod
    def initial_from_context(cls, text: str, context: dict[str, Any]) -> dict[str, Any]:
        """Initial form data for a stored draft (the inverse of engine_context)."""
        reply = context.get("reply_to") or {}
        account = context.get("account") or {}
        return {
            "text": text,
            "channel": context.get("channel", "x"),
            "capacity": context.get("capacity", "prive"),
            "audience": context.get("audience", ""),
            "reply_to_text": reply.get("text", ""),
            "reply_to_role": reply.get("author_role", "burger"),
            "account_name": account.get("name", ""),
            "account_bio": account.get("bio", ""),
        }


class PublishForm(StyledForm):
    published_url = forms.URLField(
        label=_("Adres (URL) van het geplaatste bericht"),
        max_length=500,
        assume_scheme="https",
    )
