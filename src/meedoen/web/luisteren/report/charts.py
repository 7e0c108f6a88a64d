# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Inline SVG charts of the report: volume with spike markers, sentiment, representativeness.

Built from the dashboard's SVG blocks (:mod:`meedoen.web.dashboard.svg`), so
every text is escaped and there is no ``style=""`` and no script. A spike is
never marked by colour alone: its column is striped and carries a triangle
marker above it, its tooltip says "piek", and the legend explains both. Each chart
has a ``<title>`` and ``<desc>``; the report puts a table next to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from meedoen.monitor.analytics.volume import LABELS
from meedoen.web.dashboard.svg import (
    AXIS_COLOUR,
    BAR_COLOUR,
    LEVEL_COLOURS,
    WIDTH,
    coord,
    empty,
    fmt_value,
    frame,
    legend,
    marker,
    pattern_def,
    scale,
    text,
    text_width,
    x_axis,
    y_axis,
)
from meedoen.web.luisteren.report.data import Report

SPIKE_COLOUR = LEVEL_COLOURS["rood"]  # 8.0:1 against white
HALF = 360  # viewBox width of the charts in a half-width column


def _pct(value: float | None) -> str:
    return f"{round(value or 0)}%"


def volume_chart(
    chart_id: str,
    title: str,
    desc: str,
    labels: Sequence[str],
    values: Sequence[int],
    spikes: Sequence[bool],
) -> SafeString:
    """Columns per bucket; spike buckets striped, with a triangle marker above."""
    if not labels or not any(values):
        return empty(chart_id, title, desc)
    left, right, top, bottom, plot_h = 48, 16, 52, 36, 200
    height = top + plot_h + bottom
    slot = (WIDTH - left - right) / len(labels)
    plot_w, bar_w = slot * len(labels), max(2.0, min(slot * 0.7, 56))
    y_top, step = scale(max(values), integer=True)
    spike_fill = f"{chart_id}-piek"
    parts = [
        format_html("<defs>{}</defs>", pattern_def(spike_fill, SPIKE_COLOUR, "stripes")),
        y_axis(left, top, plot_w, plot_h, y_top, step, fmt_value),
    ]
    for i, (label, value, spike) in enumerate(zip(labels, values, spikes, strict=True)):
        if value <= 0:
            continue
        h = value / y_top * plot_h
        x, y = left + i * slot + (slot - bar_w) / 2, top + plot_h - h
        fill = f"url(#{spike_fill})" if spike else BAR_COLOUR
        tip = _("%(label)s: %(n)s berichten") % {"label": label, "n": fmt_value(value)}
        if spike:
            tip += " " + _("(piek)")
        parts.append(
            format_html(
                '<g><title>{}</title><rect x="{}" y="{}" width="{}" height="{}" fill="{}"'
                ' stroke="{}" stroke-width="1"/></g>',
                tip,
                coord(x),
                coord(y),
                coord(bar_w),
                coord(h),
                fill,
                SPIKE_COLOUR if spike else BAR_COLOUR,
            )
        )
        if spike:
            parts.append(marker("triangle", x + bar_w / 2, y - 10, SPIKE_COLOUR))
    parts.append(x_axis(left, slot, top + plot_h, labels))
    swatches = [
        (format_html('<rect width="16" height="16" fill="{}"/>', BAR_COLOUR), _("Berichten")),
        (
            format_html(
                '<rect width="16" height="16" fill="url(#{})" stroke="{}"/>{}',
                spike_fill,
                SPIKE_COLOUR,
                marker("triangle", 30, 8, SPIKE_COLOUR),
            ),
            _("Piek (zie de lijst met pieken)"),
        ),
    ]
    parts.append(legend(swatches, 12, left, 38))
    return frame(chart_id, WIDTH, height, title, desc, mark_safe("".join(parts)))


def share_chart(
    chart_id: str, title: str, desc: str, items: Sequence[tuple[str, int]]
) -> SafeString:
    """Horizontal bars of percentages for a half-width column (viewBox :data:`HALF` wide)."""
    if not items:
        return frame(
            chart_id, HALF, 40, title, desc, text(8, 20, _("Geen gegevens in deze periode."))
        )
    row_h, top, value_w = 28, 6, 48
    label_w = min(190.0, max(60.0, max(text_width(label) for label, _v in items) + 10))
    plot_w = HALF - label_w - value_w
    height = top * 2 + row_h * len(items)
    parts = []
    for i, (label, value) in enumerate(items):
        y = top + i * row_h
        w = max(0.0, value / 100 * plot_w)
        parts.append(
            format_html(
                '<g><title>{}: {}</title>{}<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>{}</g>',
                label,
                _pct(value),
                text(label_w - 8, y + row_h / 2, label, "end"),
                coord(label_w),
                coord(y + 5),
                coord(w),
                coord(row_h - 10),
                AXIS_COLOUR,
                BAR_COLOUR,
                text(label_w + w + 6, y + row_h / 2, _pct(value), cls="meedoen-chart__value"),
            )
        )
    parts.append(
        format_html(
            '<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="{3}"/>',
            coord(label_w),
            coord(top),
            coord(height - top),
            AXIS_COLOUR,
        )
    )
    return frame(chart_id, HALF, height, title, desc, mark_safe("".join(parts)))


def sentiment_chart(r: Report, labels: dict[str, str]) -> SafeString:
    title = _("Verdeling van het sentiment")
    desc = _("Aandeel positieve, neutrale en negatieve berichten van %(n)s berichten.") % {
        "n": r.labelled
    }
    items = [(labels[label], round(100 * r.share(label))) for label in LABELS]
    return share_chart("rapport-sentiment", title, desc, items if r.labelled else [])


def representativeness_chart(r: Report) -> SafeString:
    rep = r.representativeness
    title = _("Wie aan het woord is")
    desc = _(
        "Aandeel van de berichten van de actiefste 10%% van de auteurs en van de overige "
        "auteurs, over %(n)s verschillende auteurs."
    ) % {"n": rep.authors}
    top = round(100 * rep.top10_share)
    items = [
        (_("actiefste %(pct)s%% auteurs") % {"pct": 10}, top),
        (_("overige %(pct)s%% auteurs") % {"pct": 90}, 100 - top),
    ]
    return share_chart("rapport-representativiteit", title, desc, items if rep.authors else [])
