# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""SVG building blocks for :mod:`.charts`: frame, text, axes, legend, patterns.

Every function returns safe markup made with ``format_html`` (all text
escaped) and uses presentation attributes only: no ``style=""`` (CSP).
Colours have at least 3:1 contrast against white (4.5:1 for text).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

# Colours (contrast against #ffffff): all ≥ 4.5:1, so also fine for text.
BAR_COLOUR = "#00568b"  # 7.6:1
ALT_COLOUR = "#5b2a86"  # 10.0:1
THIRD_COLOUR = "#0d6b6b"  # 6.5:1
AXIS_COLOUR = "#586c88"  # 5.4:1
TEXT_COLOUR = "#1b1b1f"
LEVEL_COLOURS = {"groen": "#157b31", "oranje": "#ac501b", "rood": "#a01d23"}

FONT = 14
WIDTH = 720  # every chart has this viewBox width, so all scale alike on the page
CHAR_W = 8.2  # estimated width of one character at FONT (labels are not measured)
_ID = re.compile(r"^[a-z][a-z0-9-]*$")


def checked_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(f"chart id must match {_ID.pattern}: {value!r}")
    return value


def coord(x: float) -> str:
    """A coordinate for an attribute."""
    return f"{x:.1f}"


def fmt_value(value: float | None) -> str:
    """A value as text in the active locale: ints as ints, else one decimal."""
    if value is None:
        return "–"
    if float(value).is_integer():
        return number_format(int(value))
    return number_format(value, 1)


def truncate(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _nice_step(span: float, steps: int = 4) -> float:
    raw = max(span, 1e-9) / steps
    exp = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * exp >= raw:
            return m * exp
    return 10 * exp  # pragma: no cover


def scale(max_value: float, integer: bool) -> tuple[float, float]:
    """(top of the axis, tick step) for values from 0 to ``max_value``."""
    step = _nice_step(max_value if max_value > 0 else 1)
    if integer:
        step = max(1.0, math.ceil(step))
    top = max(step, math.ceil(max_value / step) * step)
    return top, step


def frame(
    chart_id: str, width: float, height: float, title: str, desc: str, body: str
) -> SafeString:
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" focusable="false"'
        ' aria-labelledby="{0}-title {0}-desc" viewBox="0 0 {1} {2}" width="{1}" height="{2}"'
        ' font-size="{3}" class="meedoen-chart__svg">'
        '<title id="{0}-title">{4}</title><desc id="{0}-desc">{5}</desc>{6}</svg>',
        checked_id(chart_id),
        coord(width),
        coord(height),
        FONT,
        title,
        desc,
        body,
    )


def text(
    x: float, y: float, label: str, anchor: str = "start", cls: str = "meedoen-chart__label"
) -> SafeString:
    return format_html(
        '<text x="{}" y="{}" dy="0.35em" text-anchor="{}" fill="{}" class="{}">{}</text>',
        coord(x),
        coord(y),
        anchor,
        TEXT_COLOUR,
        cls,
        label,
    )


def empty(chart_id: str, title: str, desc: str, message: str | None = None) -> SafeString:
    """A chart without data: just a line of text saying so."""
    body = text(12, 24, message or _("Geen gegevens in deze periode."))
    return frame(chart_id, WIDTH, 48, title, desc, body)


def pattern_def(pid: str, colour: str, pattern: str) -> SafeString:
    """A fill pattern: the colour with white stripes or cross-hatch on it."""
    if pattern == "solid":
        return format_html(
            '<pattern id="{}" patternUnits="userSpaceOnUse" width="8" height="8">'
            '<rect width="8" height="8" fill="{}"/></pattern>',
            pid,
            colour,
        )
    lines = '<line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" stroke-width="2"/>'
    if pattern == "crosshatch":
        lines += '<line x1="0" y1="0" x2="8" y2="0" stroke="#ffffff" stroke-width="2"/>'
    return format_html(
        '<pattern id="{}" patternUnits="userSpaceOnUse" width="8" height="8"'
        ' patternTransform="rotate(45)"><rect width="8" height="8" fill="{}"/>{}</pattern>',
        pid,
        colour,
        mark_safe(lines),  # constant markup, no data
    )


def text_width(label: str) -> float:
    return len(label) * CHAR_W


def legend(
    entries: Sequence[tuple[SafeString, str]], y: float, x0: float, swatch_w: float
) -> SafeString:
    """Legend entries (swatch, label) left to right, each as wide as its label."""
    out, x = [], x0
    for swatch, label in entries:
        out.append(
            format_html(
                '<g transform="translate({} {})">{}{}</g>',
                coord(x),
                coord(y),
                swatch,
                text(swatch_w + 6, 8, label),
            )
        )
        x += swatch_w + 6 + text_width(label) + 24
    return mark_safe("".join(out))


def y_axis(
    left: float,
    top: float,
    plot_w: float,
    plot_h: float,
    y_top: float,
    step: float,
    fmt: Callable[[float | None], str],
) -> SafeString:
    parts = []
    n = round(y_top / step)
    for k in range(n + 1):
        value = k * step
        y = top + plot_h - value / y_top * plot_h
        parts.append(
            format_html(
                '<line x1="{0}" y1="{2}" x2="{1}" y2="{2}" stroke="{3}" stroke-width="{4}"'
                ' class="meedoen-chart__axis"/>{5}',
                coord(left),
                coord(left + plot_w),
                coord(y),
                AXIS_COLOUR,
                "1" if k == 0 else "0.5",
                text(left - 6, y, fmt(value), "end"),
            )
        )
    return mark_safe("".join(parts))


def x_axis(left: float, slot: float, baseline: float, labels: Sequence[str]) -> SafeString:
    """Labels under the columns; every n-th one when the columns are narrow."""
    every = max(1, math.ceil(52 / slot))
    return format_html_join(
        "",
        "{}",
        (
            (text(left + i * slot + slot / 2, baseline + 16, label, "middle"),)
            for i, label in enumerate(labels)
            if i % every == 0
        ),
    )


DASHES = {"solid": "", "dashed": "8 4", "dotted": "2 4"}


def marker(kind: str, x: float, y: float, colour: str) -> SafeString:
    if kind == "square":
        return format_html(
            '<rect x="{}" y="{}" width="9" height="9" fill="{}"/>',
            coord(x - 4.5),
            coord(y - 4.5),
            colour,
        )
    if kind == "triangle":
        pts = f"{coord(x)},{coord(y - 6)} {coord(x + 5.5)},{coord(y + 4)} {coord(x - 5.5)},{coord(y + 4)}"
        return format_html('<polygon points="{}" fill="{}"/>', pts, colour)
    return format_html('<circle cx="{}" cy="{}" r="4.5" fill="{}"/>', coord(x), coord(y), colour)
