# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The ``tot`` field of the web report download: the last day of the period.

Posts go through the real ingest pipeline (helpers of test_luisteren_report);
the requests go through Django's test client with a signed-in member.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils.formats import date_format

from meedoen.monitor.analytics.volume import TZ
from meedoen.web.luisteren.models import AccessLog
from meedoen.web.organisation.models import Organisation
from web.test_luisteren_report import at, make_dossier, pdf_text, pipeline, rapport

pytestmark = pytest.mark.django_db


@pytest.fixture
def adviseur(make_member: Any) -> Any:
    return make_member("communicatieadviseur", username="carla")


@pytest.fixture
def today() -> date:
    return datetime.now(UTC).astimezone(TZ).date()


@pytest.fixture
def tot(today: date) -> date:
    """Two weeks ago: the week ending then does not overlap the last seven days."""
    return today - timedelta(days=14)


@pytest.fixture
def two_weeks(org: Organisation, adviseur: Any, today: date, tot: date) -> Any:
    """3 posts (3 authors) in the week ending ``tot``, 5 (5 authors) three days ago."""
    d = make_dossier(org, adviseur)
    posts = [(at(tot - timedelta(days=i), 10), f"@oud{i}", f"stikstof toen {i}") for i in (0, 2, 6)]
    posts.append((at(tot + timedelta(days=1), 10), "@tussen", "stikstof de dag erna"))
    posts += [
        (at(today - timedelta(days=3), 9 + i), f"@nu{i}", f"stikstof nu {i}") for i in range(5)
    ]
    pipeline(d, posts)
    return d


def test_a_past_tot_counts_only_the_posts_of_that_period(
    two_weeks: Any, adviseur: Any, client_for: Any, tot: date
) -> None:
    c = client_for(adviseur)
    html = c.get(rapport(two_weeks, periode="week", formaat="html", tot=tot.isoformat()))
    assert html.status_code == 200
    body = html.content.decode()
    assert "<strong>3</strong> berichten in de periode" in body
    assert "<strong>3</strong> verschillende auteurs in de periode" in body
    first, last = (date_format(day, "j F Y") for day in (tot - timedelta(days=6), tot))
    assert f"van {first} tot en met {last}." in " ".join(body.split())
    pdf = c.get(rapport(two_weeks, periode="week", formaat="pdf", tot=tot.isoformat()))
    text = pdf_text(pdf.content)
    assert "3 berichten in de periode" in text and "3 verschillende auteurs" in text
    assert f"tot en met {last}" in text
    # without tot the week ends today: only the five recent posts
    now = c.get(rapport(two_weeks, periode="week", formaat="pdf"))
    assert "5 berichten in de periode" in pdf_text(now.content)


def test_a_day_report_for_tot_counts_that_day_only(
    two_weeks: Any, adviseur: Any, client_for: Any, tot: date
) -> None:
    response = client_for(adviseur).get(
        rapport(two_weeks, periode="day", formaat="pdf", tot=(tot - timedelta(days=2)).isoformat())
    )
    assert "1 bericht in de periode" in pdf_text(response.content)


@pytest.mark.parametrize("bad", ["2026-13-45", "27-11-2026", "gisteren", "2026-02-30"])
def test_a_bad_date_is_400_with_a_dutch_message(
    bad: str, two_weeks: Any, adviseur: Any, client_for: Any
) -> None:
    response = client_for(adviseur).get(rapport(two_weeks, tot=bad))
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "Geef de laatste dag als JJJJ-MM-DD" in text and "periode" not in text
    assert not AccessLog.objects.filter(what="export").exists()


def test_a_future_date_is_refused_and_today_is_not(
    two_weeks: Any, adviseur: Any, client_for: Any, today: date
) -> None:
    c = client_for(adviseur)
    for future in (today + timedelta(days=1), date(2999, 1, 1)):
        response = c.get(rapport(two_weeks, formaat="pdf", tot=future.isoformat()))
        assert response.status_code == 400
        assert "De laatste dag ligt in de toekomst" in response.content.decode()
    assert not AccessLog.objects.filter(what="export").exists()
    response = c.get(rapport(two_weeks, formaat="pdf", tot=today.isoformat()))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith(f'-week-{today.isoformat()}.pdf"')


def test_a_date_too_far_back_is_400_not_an_error(
    two_weeks: Any, adviseur: Any, client_for: Any
) -> None:
    response = client_for(adviseur).get(rapport(two_weeks, periode="month", tot="0001-01-01"))
    assert response.status_code == 400 and "te ver terug" in response.content.decode()


def test_a_bad_period_and_a_bad_date_give_both_messages(
    two_weeks: Any, adviseur: Any, client_for: Any
) -> None:
    response = client_for(adviseur).get(rapport(two_weeks, periode="jaar", tot="morgen"))
    text = response.content.decode()
    assert response.status_code == 400
    assert "Kies als periode day, week of month" in text and "JJJJ-MM-DD" in text


def test_the_access_log_records_tot(
    two_weeks: Any, adviseur: Any, client_for: Any, tot: date
) -> None:
    c = client_for(adviseur)
    c.get(rapport(two_weeks, periode="month", formaat="pdf", tot=tot.isoformat()))
    c.get(rapport(two_weeks, periode="day", formaat="html", tot=""))  # empty: today
    rows = list(AccessLog.objects.filter(what="export").order_by("pk"))
    assert [(r.detail["periode"], r.detail["formaat"], r.detail["tot"]) for r in rows] == [
        ("month", "pdf", tot.isoformat()),
        ("day", "html", None),
    ]


def test_the_file_name_uses_the_chosen_day(
    two_weeks: Any, adviseur: Any, client_for: Any, tot: date
) -> None:
    c = client_for(adviseur)
    pdf = c.get(rapport(two_weeks, periode="month", formaat="pdf", tot=tot.isoformat()))
    assert pdf["Content-Disposition"] == (
        f'attachment; filename="rapport-stikstof-peel-month-{tot.isoformat()}.pdf"'
    )
    html = c.get(rapport(two_weeks, periode="day", formaat="html", tot=tot.isoformat()))
    assert html["Content-Disposition"] == (
        f'inline; filename="rapport-stikstof-peel-day-{tot.isoformat()}.html"'
    )


def test_the_dossier_page_form_has_an_accessible_date_field(
    two_weeks: Any, adviseur: Any, client_for: Any, today: date
) -> None:
    html = client_for(adviseur).get(reverse("luisteren:dossier", args=[two_weeks.pk]))
    html = html.content.decode()
    form = html[html.index('id="rapport-kop"') : html.index('id="volume-kop"')]
    field = re.search(r"<input [^>]*name=\"tot\"[^>]*>", form).group(0)
    assert 'type="date"' in field and 'id="rapport-tot"' in field
    assert f'max="{today.isoformat()}"' in field and 'aria-describedby="rapport-tot-hint"' in field
    assert '<label class="utrecht-form-label" for="rapport-tot">' in form
    assert "Tot en met (laatste dag, optioneel)" in form
    hint = re.search(r'<p [^>]*id="rapport-tot-hint">([^<]*)</p>', form).group(1)
    assert "Leeg laten: tot en met vandaag" in hint
