# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Browser: type a draft and watch the assessment update; nothing stored; ask a colleague."""

from __future__ import annotations

from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from django.test import Client
from django.urls import reverse

from meedoen.web.accounts.models import Role
from meedoen.web.samenleren.models import Feedback
from meedoen.web.zelftoets.models import SavedDraft

pytestmark = pytest.mark.browser


def all_rows() -> dict[str, int]:
    return {m._meta.label: m.objects.count() for m in apps.get_models()}


def sign_in(page: Any, member: Any, live_server: Any) -> None:
    """Log in through a Django session, handed to the browser as its cookie."""
    c = Client()
    c.force_login(member.user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": c.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def test_typing_updates_the_assessment_and_stores_nothing(
    page, org, assert_accessible, assert_no_page_problems
):
    page.goto(reverse("zelftoets:check"))
    assert_accessible(page)
    before = all_rows()
    page.fill("#id_text", "Mijn BSN is 111222333")
    page.wait_for_selector("#toets-resultaat mark.finding.level-rood")
    assert "rood" in page.inner_text("#toets-resultaat .meedoen-badge")
    page.click("#toets-resultaat details summary")
    assert "Wbp art. 24" in page.inner_text("#toets-resultaat details")
    page.wait_for_timeout(1000)  # leaving the textarea must not re-render (details stays open)
    assert page.locator("#toets-resultaat details").first.get_attribute("open") is not None
    with page.expect_response("**/zelftoets/toets/"):
        page.select_option("#id_channel", "linkedin")  # a select change re-checks
    page.fill("#id_text", "Mooie dag vandaag.")
    page.wait_for_selector("#toets-resultaat .meedoen-badge.level-groen")
    assert all_rows() == before  # nothing stored: no row in any table
    assert_accessible(page)
    assert_no_page_problems()


def test_ask_a_colleague_and_adopt_the_rewrite(
    page, browser, live_server, org, make_member, assert_accessible
):
    anna = make_member(Role.MEDEWERKER, username="anna")
    bram = make_member(Role.MEDEWERKER, username="bram")
    sign_in(page, anna, live_server)
    page.goto(reverse("zelftoets:check"))
    page.fill("#id_text", "Mijn BSN is 111222333")
    page.click("button[formaction$='/zelftoets/bewaar/']")
    page.wait_for_url("**/zelftoets/concepten/*/")
    draft = SavedDraft.objects.get(owner=anna)
    page.goto(reverse("samenleren:draft", args=[draft.pk]))
    page.select_option("#id_colleague", str(bram.pk))
    page.get_by_role("button", name="Deel", exact=True).click()
    page.wait_for_selector("text=Trek toegang van")

    other = browser.new_context(base_url=live_server.url, locale="nl-NL")
    bpage = other.new_page()
    sign_in(bpage, bram, live_server)
    bpage.goto(reverse("samenleren:index"))
    bpage.click(f"a[href='{reverse('samenleren:draft', args=[draft.pk])}']")
    assert_accessible(bpage)
    bpage.check("input[value='herschrijving']")
    bpage.fill("#id_suggested_text", "Bel me maar, dan kijken we samen.")
    bpage.get_by_role("button", name="Verstuur feedback").click()
    bpage.wait_for_selector("text=Bedankt")
    other.close()

    page.goto(reverse("samenleren:draft", args=[draft.pk]))
    assert page.locator(".meedoen-diff ins").count() >= 1
    assert_accessible(page)
    page.get_by_role("button", name="Neem over en toets opnieuw").click()
    page.wait_for_selector("text=Voorstel overgenomen")
    draft.refresh_from_db()
    assert draft.text == "Bel me maar, dan kijken we samen." and draft.level == "groen"
    assert Feedback.objects.get().decision == "overgenomen"
