# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The organisation's data tables as sections of one generic list/edit/delete view set.

A :class:`Section` names a model, its form, its columns and its audit name;
:mod:`meedoen.web.beheer.views.crud` serves every section with the same views
and templates, so adding a table is one entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from meedoen.web.beheer import forms
from meedoen.web.organisation.models import (
    Dossier,
    ElectionDate,
    FunctionalMailbox,
    PublicHandle,
)


@dataclass(frozen=True)
class Column:
    label: str | Promise
    value: Callable[[Any], Any]


@dataclass(frozen=True)
class Section:
    slug: str  # URL part and url-name prefix
    setting: str  # name in the audit log
    model: type[models.Model]
    form: type[forms.OrganisationForm]
    title: str | Promise
    singular: str | Promise
    intro: str | Promise
    columns: tuple[Column, ...]

    def describe(self, obj: Any) -> str:
        return str(obj)[:200]


def _keywords(d: Dossier) -> str:
    return ", ".join(d.keywords)


SECTIONS: tuple[Section, ...] = (
    Section(
        slug="dossiers",
        setting="dossier",
        model=Dossier,
        form=forms.DossierForm,
        title=_("Dossiers"),
        singular=_("dossier"),
        intro=_(
            "Dossiers met trefwoorden en gevoeligheid. Medewerkers kiezen hun eigen dossiers "
            "in hun profiel; de zelftoets weegt berichten daarover zwaarder."
        ),
        columns=(
            Column(_("Naam"), lambda d: d.name),
            Column(_("Gevoeligheid"), lambda d: d.get_sensitivity_display()),
            Column(_("Trefwoorden"), _keywords),
        ),
    ),
    Section(
        slug="verkiezingen",
        setting="verkiezingskalender",
        model=ElectionDate,
        form=forms.ElectionDateForm,
        title=_("Verkiezingskalender"),
        singular=_("datum"),
        intro=_(
            "Verkiezingen en aangekondigde besluitdata. In de dagen ervoor let de zelftoets "
            "extra op timing."
        ),
        columns=(
            Column(_("Naam"), lambda e: e.name),
            Column(_("Datum"), lambda e: e.date),
            Column(_("Soort"), lambda e: e.kind),
            Column(_("Dagen vooraf gevoelig"), lambda e: e.window_days),
            Column(_("Aangekondigd besluit"), lambda e: _("ja") if e.announced else _("nee")),
        ),
    ),
    Section(
        slug="mailboxen",
        setting="functionele-mailbox",
        model=FunctionalMailbox,
        form=forms.FunctionalMailboxForm,
        title=_("Functionele mailboxen"),
        singular=_("mailbox"),
        intro=_(
            "Adressen van de organisatie zelf, zoals pers@ en info@. Die mogen in een "
            "bericht staan; het zijn geen persoonsgegevens."
        ),
        columns=(Column(_("Adres"), lambda m: m.address),),
    ),
    Section(
        slug="accounts",
        setting="publiek-account",
        model=PublicHandle,
        form=forms.PublicHandleForm,
        title=_("Pers, volksvertegenwoordigers en ambtsdragers"),
        singular=_("account of ambtsdrager"),
        intro=_(
            "Accounts van journalisten en volksvertegenwoordigers (contact daarmee loopt "
            "via woordvoering of griffie) en ambtsdragers die medewerkers mogen noemen."
        ),
        columns=(
            Column(_("Soort"), lambda h: h.get_kind_display()),
            Column(_("Account"), lambda h: h.handle),
            Column(_("Naam"), lambda h: h.name),
            Column(_("Functie"), lambda h: h.role),
        ),
    ),
)

BY_SLUG = {s.slug: s for s in SECTIONS}
