# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The report form's date field and the author-count note in real Chromium, checked with axe.

The dossier page (30-day window: the distinct-author note shows) is filled in
like a user would: a past "tot" day, month, web page; the report it opens has
the note too, a day report has none. Every page: 0 axe-core violations.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from pages import sign_in

from meedoen.web.luisteren.models import MonitorPost
from web.monitor_helpers import new_monitor_dossier

pytestmark = pytest.mark.browser

NOTE = "Bovengrens: wie in meer weken schreef, telt per week één keer"


@pytest.fixture
def dossier(org: Any, make_member: Any) -> tuple[Any, Any]:
    carla = make_member("communicatieadviseur", username="carla")
    d = new_monitor_dossier(org, carla, name="Windpark Polder Oost")
    now = timezone.now()
    MonitorPost.objects.bulk_create(
        MonitorPost(
            dossier=d,
            source="mastodon",
            source_id=f"p{n}",
            published_at=now - timedelta(days=2 * n, hours=1),
            lang="nl",
            text=f"Windpark bericht {n}",
            author=f"{n % 4:016x}",
            sentiment="neutraal",
            text_hash=f"p{n}",
        )
        for n in range(12)
    )
    return d, carla


def test_form_with_date_field_and_the_reports_it_makes_are_accessible(
    page: Any, live_server: Any, dossier: tuple[Any, Any], axe: Any, assert_no_page_problems: Any
) -> None:
    d, carla = dossier
    sign_in(page, carla, live_server.url)
    page.goto(reverse("luisteren:dossier", args=[d.pk]))
    assert page.locator("#representativiteit").get_by_text(NOTE).is_visible()
    field = page.get_by_label("Tot en met (laatste dag, optioneel)")
    assert field.get_attribute("type") == "date"
    assert "Leeg laten: tot en met vandaag" in page.locator("#rapport-tot-hint").inner_text()
    axe(page)

    tot = timezone.localdate() - timedelta(days=3)
    field.fill(tot.isoformat())
    page.get_by_label("maand (30 dagen)").check()
    page.get_by_label("webpagina (om te bekijken of af te drukken)").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Rapport maken").click()
    assert f"tot={tot.isoformat()}" in page.url
    assert page.locator("#auteurs-bovengrens").get_by_text(NOTE).is_visible()
    # the count, the Gini coefficient and the top-10% share
    assert page.locator("td[aria-describedby='auteurs-bovengrens']").count() == 3
    axe(page)

    page.goto(reverse("luisteren:rapport", args=[d.pk]) + f"?periode=day&formaat=html&tot={tot}")
    assert page.locator("#auteurs-bovengrens").count() == 0
    axe(page)
    assert_no_page_problems()
