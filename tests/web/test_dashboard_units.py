# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dashboard building blocks without a database: charts, aggregates, imports."""

from __future__ import annotations

import ast
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from meedoen.web.dashboard import aggregates as agg
from meedoen.web.dashboard import charts

HOSTILE = '<script>alert("x")</script>'
T0 = timezone.make_aware(datetime(2026, 11, 23, 9, 0))  # a Monday


# -- charts -----------------------------------------------------------------------


def _all_charts(label: str) -> list[str]:
    series = [charts.Series("a", label, [1, None, 3]), charts.Series("b", "b", [2, 2, None])]
    return [
        charts.bar_chart("c-bar", label, label, [(label, 3), ("ok", 1)]),
        charts.stacked_bar_chart("c-stack", label, label, [label, "w2", "w3"], series),
        charts.line_chart("c-line", label, label, [label, "w2", "w3"], series),
    ]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_every_label_is_escaped(index):
    svg = _all_charts(HOSTILE)[index]
    assert "<script" not in svg
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in svg


@pytest.mark.parametrize("index", [0, 1, 2])
def test_charts_are_labelled_images_without_style_attributes(index):
    svg = _all_charts("label")[index]
    chart_id = re.search(r'<svg[^>]* aria-labelledby="([a-z-]+)-title \1-desc"', svg).group(1)
    assert 'role="img"' in svg
    assert f'<title id="{chart_id}-title">label</title>' in svg
    assert f'<desc id="{chart_id}-desc">label</desc>' in svg
    assert "style=" not in svg and "<script" not in svg


def test_chart_ids_are_checked():
    with pytest.raises(ValueError):
        charts.bar_chart('x" onload="alert(1)', "t", "d", [("a", 1)])


def test_stacked_columns_use_patterns_and_a_text_legend():
    series = [
        charts.Series(lv, lv, [1, 2], charts.LEVEL_COLOURS[lv], pattern=pat)
        for lv, pat in (("groen", "solid"), ("oranje", "stripes"), ("rood", "crosshatch"))
    ]
    svg = charts.stacked_bar_chart("lv", "t", "d", ["w1", "w2"], series)
    assert svg.count("<pattern ") == 3
    assert 'patternTransform="rotate(45)"' in svg
    for lv in ("groen", "oranje", "rood"):
        assert f'fill="url(#lv-{lv})"' in svg
        assert f">{lv}</text>" in svg  # legend entry as text
    assert ">6</text>" in svg  # column total printed on the column


def test_line_chart_leaves_gaps_for_missing_values():
    svg = charts.line_chart(
        "ln", "t", "d", ["a", "b", "c", "d"], [charts.Series("s", "s", [1, 2, None, 4])]
    )
    assert svg.count("<polyline") == 1  # a-b joined; d stands alone
    assert svg.count("<circle") == 3 + 1  # three points and the legend marker


def test_empty_data_says_so():
    assert "Geen gegevens in deze periode." in charts.bar_chart("e", "t", "d", [])
    assert "Geen gegevens" in charts.line_chart(
        "e2", "t", "d", ["a"], [charts.Series("s", "s", [None])]
    )
    suppressed = charts.line_chart(
        "e3", "t", "d", ["a"], [charts.Series("s", "s", [None])], empty_message="te weinig"
    )
    assert ">te weinig</text>" in suppressed


def test_colours_have_three_to_one_contrast_on_white():
    def luminance(hex_colour: str) -> float:
        rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    for colour in [
        charts.BAR_COLOUR,
        charts.ALT_COLOUR,
        charts.THIRD_COLOUR,
        charts.AXIS_COLOUR,
        *charts.LEVEL_COLOURS.values(),
    ]:
        assert 1.05 / (luminance(colour) + 0.05) >= 3.0, colour


# -- aggregates on plain rows -------------------------------------------------------


def _review(hours: float, decision: str, invalidated: bool = False) -> agg.ReviewRow:
    return {
        "decision": decision,
        "created_at": T0 + timedelta(hours=hours),
        "invalidated": invalidated,
    }


@pytest.mark.parametrize(
    "state,reviews,expected_hours",
    [
        ("goedgekeurd", [_review(1, "goedgekeurd"), _review(5, "goedgekeurd")], 5),  # last tier
        ("afgewezen", [_review(3, "afgewezen")], 3),
        ("concept", [_review(2, "wijzigingen"), _review(9, "goedgekeurd")], 2),  # first end
        ("in_review", [_review(1, "goedgekeurd")], None),  # tier 2 still pending
        ("gepubliceerd", [_review(-5, "afgewezen"), _review(4, "goedgekeurd")], 4),  # older round
        ("gepubliceerd", [_review(4, "goedgekeurd", invalidated=True)], None),
        ("in_review", [], None),
    ],
)
def test_decided_at_ends_the_review_round(state, reviews, expected_hours):
    end = agg.decided_at(state, T0, reviews)
    assert (None if end is None else (end - T0).total_seconds() / 3600) == expected_hours


def test_not_submitted_has_no_turnaround():
    assert agg.decided_at("gepubliceerd", None, [_review(1, "goedgekeurd")]) is None


def test_percentile_interpolates_between_ranks():
    assert agg.percentile([2, 4, 6], 50) == 4
    assert agg.percentile([2, 4, 6], 90) == pytest.approx(5.6)
    assert agg.percentile([10], 90) == 10


def _row(level="groen", state="gepubliceerd", created=T0, hours=None, findings=()):
    return {
        "state": state,
        "level": level,
        "created_at": created,
        "submitted_at": created if hours is not None else None,
        "decided_at": created + timedelta(hours=hours) if hours is not None else None,
        "findings": list(findings),
    }


def test_turnaround_suppresses_weeks_below_three():
    weeks = agg.weeks_back(date(2026, 11, 25), 2)
    rows = [_row(hours=h) for h in (1, 2, 3)] + [_row(created=T0 - timedelta(weeks=1), hours=8)]
    per_week, total = agg.turnaround_per_week(rows, weeks)
    assert per_week[1] == agg.Turnaround(3, 2, pytest.approx(2.8))
    assert per_week[0].suppressed and per_week[0].median is None and per_week[0].n == 1
    assert total.n == 4 and total.median == 2.5


def test_weeks_are_local_mondays():
    weeks = agg.weeks_back(date(2026, 11, 28), 3)
    assert weeks == [date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23)]
    late_sunday = timezone.make_aware(datetime(2026, 11, 22, 23, 30))  # Amsterdam time
    assert agg.week_of(late_sunday) == date(2026, 11, 16)


def test_level_and_ranking_counts():
    weeks = agg.weeks_back(date(2026, 11, 25), 1)
    rows = [
        _row("rood", findings=[("toon", "r1"), ("toon", "r2")]),
        _row("oranje", findings=[("pers", "r2")]),
        _row("rood", state="concept", findings=[("toon", "r1")]),  # a draft: not counted
    ]
    assert agg.levels_per_week(rows, weeks) == {"groen": [0], "oranje": [1], "rood": [1]}
    assert agg.category_counts(rows) == [("pers", 1), ("toon", 1)]
    assert agg.rule_counts(rows) == [("r2", 2), ("r1", 1)]
    assert dict(agg.state_counts(rows))["concept"] == 1


# -- privacy: the dashboard never reaches private self-checks -----------------------

SRC = Path(__file__).resolve().parents[2] / "src"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def _module_file(name: str) -> Path | None:
    base = SRC / Path(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def test_dashboard_never_imports_private_self_check_models():
    """Follow every meedoen import from the dashboard package, transitively."""
    todo = [p for p in (SRC / "meedoen/web/dashboard").rglob("*.py")]
    seen: set[Path] = set()
    reached: set[str] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in _imports(path):
            if name.startswith("meedoen."):
                reached.add(name)
                target = _module_file(name)
                if target is not None:
                    todo.append(target)
    assert "meedoen.web.official.models" in reached
    private = sorted(n for n in reached if re.match(r"meedoen\.web\.(zelftoets|samenleren)\b", n))
    assert private == []
