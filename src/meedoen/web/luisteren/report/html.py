# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The report as one standalone HTML page: A4-printable, no external requests, no script.

The stylesheet (``report.css``) is inlined in a ``<style>`` element;
:data:`STYLE_HASH` is its CSP hash, so the web download can allow exactly that
stylesheet and nothing else. Charts are inline SVG (:mod:`.charts`), each with
a table next to it. Text goes through gettext (Dutch source strings).
"""

from __future__ import annotations

import base64
import hashlib
from datetime import timedelta
from importlib.resources import files
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from meedoen.monitor.analytics.volume import LABELS
from meedoen.web.luisteren.report import charts
from meedoen.web.luisteren.report.data import Bucket, Report
from meedoen.web.luisteren.views import SENTIMENT_LABELS, STRATEGY_LABELS

CSS = files("meedoen.web.luisteren.report").joinpath("report.css").read_text("utf-8")
STYLE_HASH = "'sha256-" + base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode() + "'"
MAX_ALERTS = 5  # listed in the report; the chart marks every spike
PERIOD_LABELS = {
    "day": gettext_lazy("dag"),
    "week": gettext_lazy("week"),
    "month": gettext_lazy("maand"),
}


def bucket_label(b: Bucket, size: str, long: bool = False) -> str:
    if size == "hour":
        return date_format(timezone.localtime(b.start), "H:i")
    return date_format(b.start.date(), "l j F Y" if long else "j M")


def pct(x: float) -> str:
    return f"{round(100 * x)}%"


def decimal(x: float | None) -> str:
    return "–" if x is None else f"{x:.1f}".replace(".", ",")


def key_figures(r: Report) -> list[tuple[str, str]]:
    """(number, label) of the key figures at the top of the report."""
    n_alerts, authors = len(r.alerts), r.representativeness.authors
    base = _("per dag (4 weken ervoor: %(base)s)") % {"base": decimal(r.baseline_per_day)}
    authors_label = ngettext("auteur in de periode", "verschillende auteurs in de periode", authors)
    if r.authors_bound:  # the full note stands next to the count under "Representativiteit"
        authors_label += " " + _("(bovengrens)")
    return [
        (str(r.posts), ngettext("bericht in de periode", "berichten in de periode", r.posts)),
        (decimal(r.per_day), base),
        (str(n_alerts), ngettext("piekmelding", "piekmeldingen", n_alerts)),
        (str(authors), authors_label),
        (str(r.claims), ngettext("controleerbare bewering", "controleerbare beweringen", r.claims)),
    ]


def _volume(r: Report) -> dict[str, Any]:
    labels = [bucket_label(b, r.size) for b in r.buckets]
    unit = _("uur") if r.size == "hour" else _("dag")
    title = _("Berichten per %(unit)s over %(name)s") % {"unit": unit, "name": r.name}
    desc = _(
        "Aantal berichten per %(unit)s, in totaal %(total)s; %(spikes)s met een piek "
        "(gestreepte kolom met een driehoek erboven)."
    ) % {"unit": unit, "total": r.posts, "spikes": r.spikes}
    chart = charts.volume_chart(
        "rapport-volume",
        title,
        desc,
        labels,
        [b.posts for b in r.buckets],
        [b.spike for b in r.buckets],
    )
    rows = [(bucket_label(b, r.size, long=True), b.posts, b.spike) for b in r.buckets]
    return {"chart": chart, "caption": title, "unit": unit, "rows": rows}


def context(r: Report) -> dict[str, Any]:
    rep = r.representativeness
    alerts = r.alerts[-MAX_ALERTS:]
    return {
        "r": r,
        "css": CSS,
        "period_label": PERIOD_LABELS[r.period],
        "first_day": r.start.date(),
        "last_day": (r.end - timedelta(days=1)).date(),
        "key_figures": key_figures(r),
        "volume": _volume(r),
        "alerts": alerts,
        "older_alerts": len(r.alerts) - len(alerts),
        "sentiment_chart": charts.sentiment_chart(
            r, {k: str(v) for k, v in SENTIMENT_LABELS.items()}
        ),
        "sentiment_rows": [
            (SENTIMENT_LABELS[label], r.sentiment.get(label, 0), pct(r.share(label)))
            for label in LABELS
        ],
        "rep": rep,
        "authors_note": r.authors_note,
        "rep_chart": charts.representativeness_chart(r),
        "gini": f"{rep.gini:.2f}".replace(".", ","),
        "top_share": pct(rep.top10_share),
        "strategy_label": STRATEGY_LABELS.get(r.strategy.approach, r.strategy.approach),
    }


def render_html(r: Report) -> str:
    """The report page (a complete HTML document)."""
    return render_to_string("luisteren/report.html", context(r))
