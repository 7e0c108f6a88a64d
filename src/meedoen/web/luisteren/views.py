# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Read-only slim-luisteren pages: the list of dossiers and one dossier's figures.

For communicatieadviseur, beheerder and management
(:func:`~meedoen.web.accounts.permissions.can_see_dashboard`) of the dossier's
own organisation; another organisation's dossier is a 404. Every page view
writes an :class:`~meedoen.web.luisteren.models.AccessLog` row (no post text,
no pseudonyms). Example posts only pass the k-anonymity gate.
"""

from __future__ import annotations

from typing import Any

from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from meedoen.monitor.analytics.volume import LABELS
from meedoen.web.accounts.permissions import can_see_dashboard, role_required
from meedoen.web.dashboard import charts
from meedoen.web.dashboard.panels import Table
from meedoen.web.luisteren import queries
from meedoen.web.luisteren.models import AccessLog
from meedoen.web.luisteren.services import log

STRATEGY_LABELS = {
    "passief-luisteren": gettext_lazy("passief: alleen luisteren"),
    "interactief-met-afstemming": gettext_lazy("interactief, na afstemming met communicatie"),
    "interactief-meedoen": gettext_lazy("interactief: meedoen"),
}
SENTIMENT_LABELS = {
    "positief": gettext_lazy("positief"),
    "neutraal": gettext_lazy("neutraal"),
    "negatief": gettext_lazy("negatief"),
}


def _log_page(request: Any, page: str, dossier: Any = None) -> None:
    log(request.user.get_username(), AccessLog.What.PAGE, dossier, request.member, pagina=page)


@require_safe
@role_required(can_see_dashboard)
def index(request: Any) -> Any:
    rows = queries.dossier_rows(request.member.organisation, timezone.now())
    _log_page(request, "luisteren:index")
    return render(request, "luisteren/index.html", {"rows": rows})


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def _volume_panel(f: queries.Figures, name: str) -> dict[str, Any]:
    labels = [date_format(day, "j M") for day in f.days]
    title = _("Berichten per dag over %(name)s") % {"name": name}
    desc = _("Aantal berichten per dag in de laatste %(n)s dagen, in totaal %(total)s.") % {
        "n": len(f.days),
        "total": f.posts,
    }
    chart = charts.bar_chart(
        "luisteren-volume", title, desc, list(zip(labels, f.volume, strict=True))
    )
    table = Table(
        caption=title,
        columns=[_("Dag"), _("Berichten")],
        rows=[
            (date_format(day, "j F Y"), [str(n)]) for day, n in zip(f.days, f.volume, strict=True)
        ],
    )
    return {"chart": chart, "table": table}


def _sentiment_panel(f: queries.Figures) -> dict[str, Any]:
    title = _("Verdeling van het sentiment")
    labelled = sum(f.sentiment.values())
    desc = _("Aandeel positieve, neutrale en negatieve berichten van %(n)s berichten.") % {
        "n": labelled
    }
    items = [(str(SENTIMENT_LABELS[label]), round(100 * f.share(label))) for label in LABELS]
    chart = charts.bar_chart(
        "luisteren-sentiment",
        title,
        desc,
        items if labelled else [],
        fmt=lambda v: f"{round(v or 0)}%",
    )
    table = Table(
        caption=title,
        columns=[_("Sentiment"), _("Berichten"), _("Aandeel")],
        rows=[
            (str(SENTIMENT_LABELS[label]), [str(f.sentiment.get(label, 0)), _pct(f.share(label))])
            for label in LABELS
        ],
    )
    return {"chart": chart, "table": table}


@require_safe
@role_required(can_see_dashboard)
def dossier(request: Any, pk: int) -> Any:
    d = queries.dossier_of(request.member.organisation, pk)
    f = queries.figures(d, timezone.now())
    _log_page(request, "luisteren:dossier", d)
    rep = f.representativeness
    context = {
        "dossier": d,
        "f": f,
        "rep": rep,
        "gini": f"{rep.gini:.2f}".replace(".", ","),
        "top_share": _pct(rep.top10_share),
        "volume": _volume_panel(f, d.name),
        "sentiment": _sentiment_panel(f),
        "strategy_label": STRATEGY_LABELS.get(f.strategy.approach, f.strategy.approach),
    }
    return render(request, "luisteren/dossier.html", context)
