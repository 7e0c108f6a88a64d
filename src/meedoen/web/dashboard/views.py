# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The management dashboard: read-only aggregates of official posts and reviews.

For management, beheerder and communicatieadviseur
(:func:`~meedoen.web.accounts.permissions.can_see_dashboard`); always scoped
to the member's own organisation. A plain GET form filters by period and
account, so it works without JavaScript.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from meedoen.web.accounts.permissions import can_see_dashboard, role_required
from meedoen.web.dashboard import aggregates as agg
from meedoen.web.dashboard import panels, queries
from meedoen.web.forms import StyledForm, style

PERIODS = [
    (4, gettext_lazy("laatste 4 weken")),
    (12, gettext_lazy("laatste 12 weken")),
    (52, gettext_lazy("laatste 52 weken")),
]
DEFAULT_WEEKS = 12


class FilterForm(StyledForm):
    weeks = forms.TypedChoiceField(label=gettext_lazy("Periode"), choices=PERIODS, coerce=int)
    account = forms.TypedChoiceField(
        label=gettext_lazy("Account"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, *args: Any, accounts: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["account"].choices = [("", _("Alle accounts")), *accounts]
        # StyledForm.__init__ already validated (to mark invalid fields) before
        # the choices existed: validate and style again with the real choices.
        self._errors = None
        style(self)


@require_safe
@role_required(can_see_dashboard)
def index(request: Any) -> Any:
    org = request.member.organisation
    accounts = queries.accounts(org)
    data = request.GET.copy()
    data.setdefault("weeks", str(DEFAULT_WEEKS))
    form = FilterForm(data, accounts=accounts)
    weeks_count, account_id = DEFAULT_WEEKS, None
    if form.is_valid():
        weeks_count = form.cleaned_data["weeks"] or DEFAULT_WEEKS
        account_id = form.cleaned_data["account"]
    weeks = agg.weeks_back(timezone.localdate(), weeks_count)
    since = agg.period_start(weeks)
    rows = queries.post_rows(org, since, account_id)
    created = agg.created_in(rows, weeks)
    account_name = dict(accounts).get(account_id) if account_id else None
    scope = _("%(period)s vanaf %(date)s, %(account)s") % {
        "period": dict(PERIODS)[weeks_count],
        "date": date_format(weeks[0], "j F Y"),
        "account": _("account %s") % account_name if account_name else _("alle accounts"),
    }
    rule_ids = [rule for rule, _n in agg.rule_counts(created, limit=10)]
    context = {
        "form": form,
        "scope": scope,
        "total": len(created),
        "checked": len(agg.checked(created)),
        "panels": [
            panels.levels_panel(created, weeks, scope),
            panels.category_trend_panel(created, weeks, scope),
            panels.categories_panel(created, scope),
            panels.turnaround_panel(rows, weeks, scope),
            panels.rules_panel(created, scope, queries.rule_titles(org, rule_ids)),
            panels.states_panel(created, scope),
        ],
    }
    return render(request, "dashboard/index.html", context, status=400 if form.errors else 200)
