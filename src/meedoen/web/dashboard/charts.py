# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Server-rendered inline SVG charts: horizontal bars, stacked columns, lines.

Plain functions that return safe markup built with ``format_html``: every
label, title and value is escaped. No script and no ``style=""`` (the CSP
forbids both): colours are presentation attributes, each with at least 3:1
contrast against a white background. Series are never told apart by colour
alone: stacked columns use fill patterns (solid, stripes, cross-hatch) with a
text legend, lines use dash styles and marker shapes with a text legend, and
bars carry their value as text. Every chart is ``role="img"`` with a
``<title>`` and ``<desc>``; the page puts a data table right below it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from meedoen.web.dashboard.svg import (
    ALT_COLOUR,
    AXIS_COLOUR,
    BAR_COLOUR,
    DASHES,
    LEVEL_COLOURS,
    THIRD_COLOUR,
    WIDTH,
    checked_id,
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
    truncate,
    x_axis,
    y_axis,
)

__all__ = [
    "ALT_COLOUR",
    "AXIS_COLOUR",
    "BAR_COLOUR",
    "LEVEL_COLOURS",
    "THIRD_COLOUR",
    "Series",
    "bar_chart",
    "fmt_value",
    "line_chart",
    "stacked_bar_chart",
]


@dataclass(frozen=True)
class Series:
    """One data series. ``key`` goes into element ids: ``[a-z][a-z0-9-]*``.

    ``pattern`` (columns): solid | stripes | crosshatch.
    ``dash`` (lines): solid | dashed | dotted; ``marker``: circle | square | triangle.
    """

    key: str
    label: str
    values: Sequence[float | None]
    colour: str = BAR_COLOUR
    pattern: str = "solid"
    dash: str = "solid"
    marker: str = "circle"


def bar_chart(
    chart_id: str,
    title: str,
    desc: str,
    items: Sequence[tuple[str, float]],
    *,
    colour: str = BAR_COLOUR,
    label_limit: int = 46,
    fmt: Callable[[float | None], str] = fmt_value,
) -> SafeString:
    """Horizontal bars, one per (label, value), value printed after the bar."""
    if not items:
        return empty(chart_id, title, desc)
    row_h, top, value_w = 30, 8, 72
    labels = [truncate(str(label), label_limit) for label, _v in items]
    label_w = min(420, max(80, max(text_width(s) for s in labels) + 12))
    width = WIDTH
    plot_w = width - label_w - value_w
    height = top * 2 + row_h * len(items)
    top_value = max(float(v) for _l, v in items) or 1.0
    parts = []
    for i, ((full, value), label) in enumerate(zip(items, labels, strict=True)):
        y = top + i * row_h
        w = max(0.0, float(value) / top_value * plot_w)
        parts.append(
            format_html(
                '<g><title>{}: {}</title>{}<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>{}</g>',
                full,
                fmt(value),
                text(label_w - 8, y + row_h / 2, label, "end"),
                coord(label_w),
                coord(y + 5),
                coord(w),
                coord(row_h - 10),
                colour,
                text(label_w + w + 6, y + row_h / 2, fmt(value), cls="meedoen-chart__value"),
            )
        )
    axis = format_html(
        '<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="{3}" class="meedoen-chart__axis"/>',
        coord(label_w),
        coord(top),
        coord(height - top),
        AXIS_COLOUR,
    )
    return frame(chart_id, width, height, title, desc, mark_safe("".join(parts) + axis))


def stacked_bar_chart(
    chart_id: str,
    title: str,
    desc: str,
    x_labels: Sequence[str],
    series: Sequence[Series],
    *,
    fmt: Callable[[float | None], str] = fmt_value,
) -> SafeString:
    """Vertical stacked columns (one per x label), series bottom to top."""
    if not x_labels or not any(v for s in series for v in s.values):
        return empty(chart_id, title, desc)
    cid = checked_id(chart_id)
    left, right, top, bottom, plot_h = 48, 16, 44, 36, 220
    width, height = WIDTH, top + plot_h + bottom
    slot = (width - left - right) / len(x_labels)
    plot_w, bar_w = slot * len(x_labels), min(slot * 0.7, 56)
    totals = [sum(float(s.values[i] or 0) for s in series) for i in range(len(x_labels))]
    y_top, step = scale(max(totals), integer=True)
    defs = mark_safe("".join(pattern_def(f"{cid}-{s.key}", s.colour, s.pattern) for s in series))
    parts = [
        format_html("<defs>{}</defs>", defs),
        y_axis(left, top, plot_w, plot_h, y_top, step, fmt),
    ]
    for i, x_label in enumerate(x_labels):
        x = left + i * slot + (slot - bar_w) / 2
        y = float(top + plot_h)
        for s in series:
            value = float(s.values[i] or 0)
            if value <= 0:
                continue
            h = value / y_top * plot_h
            y -= h
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="url(#{}-{})" stroke="#ffffff"'
                    ' stroke-width="1"><title>{}, {}: {}</title></rect>',
                    coord(x),
                    coord(y),
                    coord(bar_w),
                    coord(h),
                    cid,
                    s.key,
                    x_label,
                    s.label,
                    fmt(value),
                )
            )
        if totals[i] and slot >= 24:
            parts.append(
                text(x + bar_w / 2, y - 9, fmt(totals[i]), "middle", "meedoen-chart__value")
            )
    parts.append(x_axis(left, slot, top + plot_h, x_labels))
    swatches = [
        (
            format_html(
                '<rect width="16" height="16" fill="url(#{}-{})" stroke="{}"/>',
                cid,
                s.key,
                s.colour,
            ),
            s.label,
        )
        for s in series
    ]
    parts.append(legend(swatches, 10, left, 16))
    return frame(chart_id, width, height, title, desc, mark_safe("".join(parts)))


def _line_swatch(s: Series) -> tuple[SafeString, str]:
    swatch = format_html(
        '<line x1="0" y1="8" x2="28" y2="8" stroke="{}" stroke-width="2.5" stroke-dasharray="{}"/>{}',
        s.colour,
        DASHES.get(s.dash, ""),
        marker(s.marker, 14, 8, s.colour),
    )
    return swatch, s.label


def line_chart(
    chart_id: str,
    title: str,
    desc: str,
    x_labels: Sequence[str],
    series: Sequence[Series],
    *,
    fmt: Callable[[float | None], str] = fmt_value,
    empty_message: str | None = None,
    integer: bool = False,
) -> SafeString:
    """Lines over the x labels; ``None`` values leave a gap (no data)."""
    values = [float(v) for s in series for v in s.values if v is not None]
    if not x_labels or not values:
        return empty(chart_id, title, desc, empty_message)
    left, right, top, bottom, plot_h = 56, 16, 44, 36, 220
    width, height = WIDTH, top + plot_h + bottom
    slot = (width - left - right) / len(x_labels)
    plot_w = slot * len(x_labels)
    y_top, step = scale(max(values), integer=integer)
    parts = [y_axis(left, top, plot_w, plot_h, y_top, step, fmt)]

    def point(i: int, v: float) -> tuple[float, float]:
        return left + i * slot + slot / 2, top + plot_h - v / y_top * plot_h

    for s in series:
        run: list[tuple[float, float]] = []
        runs = [run]
        for i, v in enumerate(s.values):
            if v is None:
                run = []
                runs.append(run)
            else:
                run.append(point(i, float(v)))
        for r in runs:
            if len(r) > 1:
                parts.append(
                    format_html(
                        '<polyline points="{}" fill="none" stroke="{}" stroke-width="2.5" stroke-dasharray="{}"/>',
                        " ".join(f"{coord(x)},{coord(y)}" for x, y in r),
                        s.colour,
                        DASHES.get(s.dash, ""),
                    )
                )
        for i, v in enumerate(s.values):
            if v is not None:
                x, y = point(i, float(v))
                parts.append(
                    format_html(
                        "<g><title>{}, {}: {}</title>{}</g>",
                        x_labels[i],
                        s.label,
                        fmt(v),
                        marker(s.marker, x, y, s.colour),
                    )
                )
    parts.append(x_axis(left, slot, top + plot_h, x_labels))
    parts.append(legend([_line_swatch(s) for s in series], 10, left, 28))
    return frame(chart_id, width, height, title, desc, mark_safe("".join(parts)))
