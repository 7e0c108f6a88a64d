# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The report's PDF building blocks: paragraph styles and reportlab drawings.

The same rules as the HTML charts: a spike column is not marked by colour
alone (white hatching inside the column, a triangle above it, a legend), and
every bar carries its value as text.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from meedoen.web.dashboard.svg import scale

BAR = colors.HexColor("#00568b")
SPIKE = colors.HexColor("#a01d23")
AXIS = colors.HexColor("#586c88")
TEXT = colors.HexColor("#1b1b1f")
FONT = "Helvetica"
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=8.5, leading=11)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, textColor="#3f4a5a")
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=16, leading=20)
H2 = ParagraphStyle(
    "h2",
    parent=BODY,
    fontName="Helvetica-Bold",
    fontSize=10.5,
    leading=13,
    spaceBefore=5,
    spaceAfter=2,
    textColor=BAR,
)
CAVEAT = ParagraphStyle(
    "caveat",
    parent=BODY,
    backColor="#fff4ec",
    borderColor="#ac501b",
    borderWidth=0.8,
    borderPadding=3,
    spaceBefore=3,
    spaceAfter=5,
)


def _triangle(x: float, y: float, size: float = 4.0) -> Polygon:
    return Polygon(
        [x - size, y, x + size, y, x, y + 1.6 * size], fillColor=SPIKE, strokeColor=SPIKE
    )


def _hatched(x: float, y: float, w: float, h: float) -> list:
    shapes: list = [Rect(x, y, w, h, fillColor=SPIKE, strokeColor=SPIKE, strokeWidth=0.5)]
    step = 3.0
    level = y + step
    while level < y + h:
        shapes.append(Line(x, level, x + w, level, strokeColor=colors.white, strokeWidth=1))
        level += step
    return shapes


def volume_drawing(
    width: float,
    labels: Sequence[str],
    values: Sequence[int],
    spikes: Sequence[bool],
    legend: tuple[str, str],
    no_data: str,
    height: float = 150,
) -> Drawing:
    """Columns per bucket with y axis, every n-th x label, spike hatching and markers."""
    d = Drawing(width, height)
    if not labels or not any(values):
        d.add(String(4, height / 2, no_data, fontName=FONT, fontSize=9, fillColor=TEXT))
        return d
    left, bottom, top = 30, 16, 22
    plot_w, plot_h = width - left - 4, height - bottom - top
    slot = plot_w / len(labels)
    bar_w = max(1.5, min(slot * 0.7, 40))
    y_top, step = scale(max(values), integer=True)
    n = round(y_top / step)
    for k in range(n + 1):
        y = bottom + k * step / y_top * plot_h
        d.add(Line(left, y, left + plot_w, y, strokeColor=AXIS, strokeWidth=1 if k == 0 else 0.3))
        d.add(
            String(
                left - 3,
                y - 3,
                f"{k * step:.0f}",
                fontName=FONT,
                fontSize=7,
                fillColor=TEXT,
                textAnchor="end",
            )
        )
    every = max(1, -(-36 // int(max(slot, 1))))
    for i, (label, value, spike) in enumerate(zip(labels, values, spikes, strict=True)):
        x = left + i * slot + (slot - bar_w) / 2
        h = value / y_top * plot_h
        if value > 0:
            if spike:
                for shape in _hatched(x, bottom, bar_w, h):
                    d.add(shape)
                d.add(_triangle(x + bar_w / 2, bottom + h + 3))
            else:
                d.add(Rect(x, bottom, bar_w, h, fillColor=BAR, strokeColor=BAR, strokeWidth=0.5))
        if i % every == 0:
            d.add(
                String(
                    x + bar_w / 2,
                    bottom - 10,
                    label,
                    fontName=FONT,
                    fontSize=7,
                    fillColor=TEXT,
                    textAnchor="middle",
                )
            )
    ly = height - 10
    d.add(Rect(left, ly, 9, 9, fillColor=BAR, strokeColor=BAR))
    d.add(String(left + 13, ly + 1, legend[0], fontName=FONT, fontSize=8, fillColor=TEXT))
    lx = left + 30 + 5 * len(legend[0])
    for shape in _hatched(lx, ly, 9, 9):
        d.add(shape)
    d.add(_triangle(lx + 17, ly))
    d.add(String(lx + 25, ly + 1, legend[1], fontName=FONT, fontSize=8, fillColor=TEXT))
    return d


def share_bars(width: float, items: Sequence[tuple[str, int]], no_data: str) -> Drawing:
    """Horizontal bars of percentages (0–100), label left, value right of the bar."""
    row = 15
    d = Drawing(width, row * max(1, len(items)) + 4)
    if not items:
        d.add(String(4, 6, no_data, fontName=FONT, fontSize=8, fillColor=TEXT))
        return d
    label_w, value_w = min(130, width * 0.45), 30
    plot_w = width - label_w - value_w
    for i, (label, pct) in enumerate(items):
        y = d.height - (i + 1) * row
        d.add(
            String(
                label_w - 4,
                y + 4,
                label,
                fontName=FONT,
                fontSize=8,
                fillColor=TEXT,
                textAnchor="end",
            )
        )
        w = max(0.0, pct / 100 * plot_w)
        d.add(Rect(label_w, y + 1, w, row - 5, fillColor=BAR, strokeColor=BAR))
        d.add(
            String(
                label_w + w + 3,
                y + 4,
                f"{pct}%",
                fontName="Helvetica-Bold",
                fontSize=8,
                fillColor=TEXT,
            )
        )
    d.add(Line(label_w, 2, label_w, d.height, strokeColor=AXIS, strokeWidth=0.7))
    return d
