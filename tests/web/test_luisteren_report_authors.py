# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
# ruff: noqa: F811 - the shared fixtures are imported from test_luisteren_report
"""Distinct-author counts over more than one pseudonym period are flagged as an upper bound.

Pseudonyms rotate per pseudonym period of the dossier (ISO week by default), so
one person writing in two weeks is two "authors". The report (HTML and PDF)
and the dossier page say so next to the count when their window spans more
than one period, and only then.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import translation

from meedoen.web.luisteren.queries import authors_bound, day_start
from meedoen.web.luisteren.report.data import bounds, build
from meedoen.web.luisteren.report.html import render_html
from meedoen.web.luisteren.report.pdf import render_pdf
from meedoen.web.organisation.models import Organisation
from web.test_luisteren_report import adviseur, at, last_day, make_dossier, now, pdf_text, pipeline  # noqa: F401

pytestmark = pytest.mark.django_db

CONCENTRATION = (
    " Om dezelfde reden zijn de Gini-coëfficient en het aandeel van de actiefste 10% eerder "
    "te laag: één persoon kan als meer auteurs tellen."
)
WEEK_NOTE = (
    "Bovengrens: wie in meer weken schreef, telt per week één keer "
    "(auteurs krijgen elke week een nieuwe schuilnaam)." + CONCENTRATION
)
DAY_NOTE = (
    "Bovengrens: wie op meer dagen schreef, telt per dag één keer "
    "(auteurs krijgen elke dag een nieuwe schuilnaam)." + CONCENTRATION
)


@pytest.fixture
def same_author_two_weeks(org: Organisation, adviseur: Any, last_day: date) -> Any:
    """One account writing on ``last_day`` and 8 days before: two pseudonyms, one person."""
    d = make_dossier(org, adviseur)
    pipeline(
        d,
        [
            (at(last_day, 10), "@vaste_schrijver", "stikstof nu"),
            (at(last_day - timedelta(days=8), 10), "@vaste_schrijver", "stikstof toen"),
        ],
    )
    return d


def window(period: str, last: date) -> tuple[datetime, datetime]:
    return bounds(period, datetime.now(UTC), last)


SUNDAY = date(2026, 11, 29)  # ISO week 48 runs Monday 23 to Sunday 29 November 2026


@pytest.mark.parametrize(
    ("pseudonyms", "period", "last", "expected"),
    [
        ("week", "day", SUNDAY, None),  # a day lies within one ISO week
        ("week", "week", SUNDAY, None),  # Monday to Sunday: exactly one ISO week
        ("week", "week", SUNDAY + timedelta(days=1), "week"),  # Tuesday to Monday
        ("week", "month", SUNDAY, "week"),
        ("day", "day", SUNDAY, None),
        ("day", "week", SUNDAY, "day"),
        ("month", "month", date(2026, 12, 31), None),  # 2 to 31 December
        ("month", "month", date(2026, 12, 30), None),  # 1 to 30 December
        ("month", "month", date(2026, 12, 29), "month"),  # 30 November to 29 December
        ("month", "week", date(2026, 12, 3), "month"),
    ],
)
def test_the_bound_depends_on_the_dossiers_pseudonym_period(
    pseudonyms: str,
    period: str,
    last: date,
    expected: str | None,
    org: Organisation,
    adviseur: Any,
) -> None:
    d = make_dossier(org, adviseur, pseudonym_period=pseudonyms)
    assert authors_bound(d, *window(period, last)) == expected


def test_a_day_report_at_the_clock_change_is_within_one_week(
    org: Organisation, adviseur: Any
) -> None:
    d = make_dossier(org, adviseur)
    start, end = window("day", date(2026, 3, 29))  # Sunday, 23 hours, last day of ISO week 13
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=23)
    assert authors_bound(d, start, end) is None
    assert authors_bound(d, start, day_start(date(2026, 3, 30)) + timedelta(seconds=1)) == "week"


def test_a_month_report_notes_the_upper_bound_in_html_and_pdf(
    same_author_two_weeks: Any, now: datetime, last_day: date
) -> None:
    r = build(same_author_two_weeks, "month", now, last_day)
    assert r.representativeness.authors == 2  # one person, counted once per week
    assert r.authors_bound == "week" and r.authors_note == WEEK_NOTE
    html = render_html(r)
    rep = html[html.index('id="representativiteit-kop"') : html.index('id="termen-kop"')]
    assert 'aria-describedby="auteurs-bovengrens">2</td>' in rep
    # the Gini coefficient and the top-10% share rest on the same pseudonyms
    assert len(re.findall(r'<td class="num" aria-describedby="auteurs-bovengrens">', rep)) == 3
    assert re.search(r'<p id="auteurs-bovengrens"><small>([^<]*)</small>', rep).group(1) == (
        WEEK_NOTE
    )
    assert "<strong>2</strong> verschillende auteurs in de periode (bovengrens)" in html
    text = pdf_text(render_pdf(r))
    assert "Verschillende auteurs: 2 " + WEEK_NOTE in text
    assert "verschillende auteurs in de periode (bovengrens)" in text


def test_a_day_report_has_no_note(same_author_two_weeks: Any, now: datetime, last_day: date):
    r = build(same_author_two_weeks, "day", now, last_day)
    assert r.representativeness.authors == 1 and r.authors_bound is None and r.authors_note == ""
    html, text = render_html(r), pdf_text(render_pdf(r))
    for out in (html, text):
        assert "Bovengrens" not in out and "bovengrens" not in out
    assert "auteurs-bovengrens" not in html
    assert "1 auteur in de periode" in text


def test_the_note_follows_the_active_language(
    same_author_two_weeks: Any, now: datetime, last_day: date
) -> None:
    r = build(same_author_two_weeks, "month", now, last_day)
    with translation.override("en"):
        html, text = render_html(r), pdf_text(render_pdf(r))
    for out in (html, text):
        assert "Upper bound" in out and "once per week" in out and "Bovengrens" not in out
        assert "Gini coefficient and the share of the most active 10% are likely too low" in out


def test_the_dossier_page_notes_the_upper_bound(
    same_author_two_weeks: Any, adviseur: Any, client_for: Any
) -> None:
    html = client_for(adviseur).get(reverse("luisteren:dossier", args=[same_author_two_weeks.pk]))
    html = html.content.decode()
    start = html.index('id="representativiteit"')
    caveat = html[start : html.index("</div>", start)]
    assert "verschillende auteurs: 2." in " ".join(caveat.split())
    assert f'<p class="utrecht-paragraph">{WEEK_NOTE}</p>' in caveat


def test_the_note_names_the_dossiers_own_period(
    org: Organisation, adviseur: Any, client_for: Any, now: datetime, last_day: date
) -> None:
    d = make_dossier(org, adviseur, pseudonym_period="day")
    pipeline(
        d,
        [(at(last_day, 10), "@iemand", "stikstof"), (at(last_day, 11), "@iemand", "stikstof meer")],
    )
    assert build(d, "week", now, last_day).authors_note == DAY_NOTE
    assert build(d, "day", now, last_day).authors_note == ""
    html = client_for(adviseur).get(reverse("luisteren:dossier", args=[d.pk])).content.decode()
    assert DAY_NOTE in html and WEEK_NOTE not in html
