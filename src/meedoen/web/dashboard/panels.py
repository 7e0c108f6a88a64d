# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The dashboard's panels: each a chart plus the same data as a table.

Turns the aggregates of :mod:`.aggregates` into SVG (:mod:`.charts`) and a
:class:`Table` for the "Toon als tabel" alternative right below each chart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from meedoen.web.dashboard import aggregates as agg
from meedoen.web.dashboard import charts
from meedoen.web.dashboard.aggregates import PostRow

CATEGORY_LABELS = {
    "persoonsgegevens": gettext_lazy("persoonsgegevens"),
    "vertrouwelijk": gettext_lazy("vertrouwelijke informatie"),
    "politiek": gettext_lazy("politiek"),
    "eigen-dossier": gettext_lazy("eigen dossier"),
    "toon": gettext_lazy("toon"),
    "pers": gettext_lazy("pers"),
    "kamerlid": gettext_lazy("volksvertegenwoordigers"),
    "namens-organisatie": gettext_lazy("namens de organisatie"),
    "identificatie": gettext_lazy("identificatie"),
    "integriteit": gettext_lazy("integriteit"),
    "timing": gettext_lazy("timing"),
}
LEVEL_LABELS = {
    "groen": gettext_lazy("groen"),
    "oranje": gettext_lazy("oranje"),
    "rood": gettext_lazy("rood"),
}
STATE_LABELS = {
    "concept": gettext_lazy("concept"),
    "getoetst": gettext_lazy("getoetst"),
    "in_review": gettext_lazy("in review"),
    "goedgekeurd": gettext_lazy("goedgekeurd"),
    "afgewezen": gettext_lazy("afgewezen"),
    "gepubliceerd": gettext_lazy("gepubliceerd"),
    "gearchiveerd": gettext_lazy("gearchiveerd"),
}
LEVEL_PATTERNS = {"groen": "solid", "oranje": "stripes", "rood": "crosshatch"}


@dataclass
class Table:
    caption: str
    columns: list[str]  # the first one heads the row-header column
    rows: list[tuple[str, list[str]]] = field(default_factory=list)


@dataclass
class Panel:
    key: str  # html id of the section; chart ids derive from it
    heading: str
    intro: str
    chart: SafeString
    table: Table


def week_label(monday: date) -> str:
    return _("wk %(week)s") % {"week": monday.isocalendar()[1]}


def week_long(monday: date) -> str:
    iso = monday.isocalendar()
    return _("week %(week)s van %(year)s (vanaf %(date)s)") % {
        "week": iso[1],
        "year": iso[0],
        "date": date_format(monday, "j M"),
    }


def _label(labels: dict[str, object], key: str) -> str:
    return str(labels.get(key, key))


def levels_panel(rows: list[PostRow], weeks: Sequence[date], scope: str) -> Panel:
    per_level = agg.levels_per_week(rows, weeks)
    totals = {level: sum(v) for level, v in per_level.items()}
    series = [
        charts.Series(
            key=level,
            label=_label(LEVEL_LABELS, level),
            values=per_level[level],
            colour=charts.LEVEL_COLOURS[level],
            pattern=LEVEL_PATTERNS[level],
        )
        for level in agg.LEVELS
    ]
    title = _("Berichten per niveau per week")
    desc = _(
        "Gestapelde kolommen per week: groen effen, oranje gestreept, rood geruit; %(scope)s. "
        "Totaal: %(g)s groen, %(o)s oranje, %(r)s rood."
    ) % {"scope": scope, "g": totals["groen"], "o": totals["oranje"], "r": totals["rood"]}
    table = Table(
        caption=title,
        columns=[_("Week"), *(s.label for s in series), _("Totaal")],
        rows=[
            (
                week_long(w),
                [charts.fmt_value(per_level[lv][i]) for lv in agg.LEVELS]
                + [charts.fmt_value(sum(per_level[lv][i] for lv in agg.LEVELS))],
            )
            for i, w in enumerate(weeks)
        ],
    )
    chart = charts.stacked_bar_chart(
        "chart-levels", title, desc, [week_label(w) for w in weeks], series
    )
    intro = _(
        "Getoetste berichten van de organisatie-accounts, in de week waarin ze zijn aangemaakt. "
        "Concepten tellen niet mee."
    )
    return Panel("niveaus", title, intro, chart, table)


TREND_STYLES = (
    (charts.BAR_COLOUR, "solid", "circle"),
    (charts.ALT_COLOUR, "dashed", "square"),
    (charts.THIRD_COLOUR, "dotted", "triangle"),
)


def category_trend_panel(rows: list[PostRow], weeks: Sequence[date], scope: str) -> Panel:
    """The three most frequent categories of the period, week by week."""
    top = [c for c, _n in agg.category_counts(rows, limit=len(TREND_STYLES))]
    per_week = agg.categories_per_week(rows, weeks, top)
    series = [
        charts.Series(
            f"c{i}", _label(CATEGORY_LABELS, c), per_week[c], colour, dash=dash, marker=marker
        )
        for i, (c, (colour, dash, marker)) in enumerate(zip(top, TREND_STYLES, strict=False))
    ]
    title = _("Meest voorkomende categorieën per week")
    styles = [
        _("doorgetrokken, rondjes"),
        _("gestreept, vierkantjes"),
        _("gestippeld, driehoekjes"),
    ]
    lines = "; ".join(f"{s.label} ({style})" for s, style in zip(series, styles, strict=False))
    desc = _("Lijnen per week: aantal getoetste berichten per categorie: %(lines)s; %(scope)s.") % {
        "lines": lines,
        "scope": scope,
    }
    table = Table(
        caption=title,
        columns=[_("Week"), *(s.label for s in series)],
        rows=[
            (week_long(w), [charts.fmt_value(per_week[c][i]) for c in top])
            for i, w in enumerate(weeks)
        ],
    )
    chart = charts.line_chart(
        "chart-categorie-trend", title, desc, [week_label(w) for w in weeks], series, integer=True
    )
    intro = _(
        "De drie categorieën met de meeste berichten in de periode, week voor week; de overige "
        "staan in het overzicht hieronder."
    )
    return Panel("categorie-trend", title, intro, chart, table)


def _ranking_panel(
    key: str,
    title: str,
    intro: str,
    desc: str,
    items: list[tuple[str, int]],
    header: str,
    colour: str = charts.BAR_COLOUR,
    extra: Callable[[str], list[str]] | None = None,
    extra_columns: Sequence[str] = (),
    label: Callable[[str], str] = str,
) -> Panel:
    chart = charts.bar_chart(
        f"chart-{key}", title, desc, [(label(k), n) for k, n in items], colour=colour
    )
    table = Table(
        caption=title,
        columns=[header, *extra_columns, _("Berichten")],
        rows=[
            (label(k) if extra is None else k, [*(extra(k) if extra else []), charts.fmt_value(n)])
            for k, n in items
        ],
    )
    return Panel(key, title, intro, chart, table)


def categories_panel(rows: list[PostRow], scope: str) -> Panel:
    items = agg.category_counts(rows)
    title = _("Berichten per categorie")
    desc = _("Liggende staven: aantal getoetste berichten met een bevinding per categorie; %s.")
    return _ranking_panel(
        "categorieen",
        title,
        _("Een bericht met meer bevindingen in één categorie telt één keer voor die categorie."),
        desc % scope,
        items,
        _("Categorie"),
        label=lambda c: _label(CATEGORY_LABELS, c),
    )


def rules_panel(rows: list[PostRow], scope: str, titles: dict[str, str]) -> Panel:
    items = agg.rule_counts(rows, limit=10)
    title = _("Meest genoemde regels")
    desc = _("Liggende staven: de tien regels die in de meeste getoetste berichten staan; %s.")

    def label(rule: str) -> str:
        return f"{rule} — {titles[rule]}" if titles.get(rule) else rule

    return _ranking_panel(
        "regels",
        title,
        _("De regels uit de codex van de organisatie waar bevindingen naar verwijzen."),
        desc % scope,
        items,
        _("Regel"),
        colour=charts.ALT_COLOUR,
        extra=lambda rule: [titles.get(rule) or "–"],
        extra_columns=[_("Titel")],
        label=label,
    )


def states_panel(rows: list[PostRow], scope: str) -> Panel:
    items = agg.state_counts(rows)
    title = _("Berichten per status")
    desc = _("Liggende staven: aantal berichten per huidige status; %s.") % scope
    return _ranking_panel(
        "statussen",
        title,
        _("Alle berichten die in de periode zijn aangemaakt, naar hun status van nu."),
        desc,
        items,
        _("Status"),
        label=lambda s: _label(STATE_LABELS, s),
    )


def _hours(t: agg.Turnaround, value: float | None) -> str:
    if t.suppressed:
        return _("te weinig gegevens")
    return charts.fmt_value(value) if value is not None else "–"


def turnaround_panel(rows: list[PostRow], weeks: Sequence[date], scope: str) -> Panel:
    per_week, total = agg.turnaround_per_week(rows, weeks)
    series = [
        charts.Series("mediaan", _("mediaan"), [t.median for t in per_week], charts.BAR_COLOUR),
        charts.Series(
            "p90",
            _("90e percentiel"),
            [t.p90 for t in per_week],
            charts.ALT_COLOUR,
            dash="dashed",
            marker="square",
        ),
    ]
    title = _("Doorlooptijd van reviews (uren)")
    if total.median is not None:
        summary = _("Over de hele periode: mediaan %(m)s uur, 90e percentiel %(p)s uur.") % {
            "m": charts.fmt_value(total.median),
            "p": charts.fmt_value(total.p90),
        }
    else:
        summary = _("Te weinig reviews in de periode voor een totaal.")
    desc = (
        _(
            "Lijnen per week: mediaan (doorgetrokken, rondjes) en 90e percentiel "
            "(gestreept, vierkantjes) van de uren tussen indienen en besluit; %s. "
        )
        % scope
        + summary
    )
    table = Table(
        caption=title,
        columns=[_("Week"), _("Besluiten"), _("Mediaan (uur)"), _("90e percentiel (uur)")],
        rows=[
            (
                week_long(w),
                [charts.fmt_value(t.n), _hours(t, t.median), _hours(t, t.p90)],
            )
            for w, t in zip(weeks, per_week, strict=True)
        ]
        + [
            (
                _("Hele periode"),
                [charts.fmt_value(total.n), _hours(total, total.median), _hours(total, total.p90)],
            )
        ],
    )
    intro = _(
        "Van indienen voor review tot het besluit dat de reviewronde afsluit (goedkeuring in de "
        "laatste ronde, afwijzing of voorgestelde wijzigingen), in de week van dat besluit. "
        "Weken met minder dan %(n)s besluiten tonen we niet: dan zou je de snelheid van één "
        "reviewer zien. %(summary)s"
    ) % {"n": agg.MIN_CELL, "summary": summary}
    chart = charts.line_chart(
        "chart-doorlooptijd",
        title,
        desc,
        [week_label(w) for w in weeks],
        series,
        empty_message=_("Geen week met %(n)s of meer besluiten in deze periode.")
        % {"n": agg.MIN_CELL}
        if total.n
        else None,
    )
    return Panel("doorlooptijd", title, intro, chart, table)
