# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Keyboard only: the main flows with Tab, Shift+Tab, Enter, Space, arrows and typing.

No mouse and no ``fill``/``click``: every step goes through ``page.keyboard``,
and every element Tab lands on must show a visible focus indicator (computed
outline or box-shadow on ``:focus-visible``; WCAG 2.4.7).
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from pages import BSN_TEXT, focused, sign_in, tab_to

from meedoen.web.accounts.models import Role
from meedoen.web.official.models import OfficialAccount, OfficialPost
from meedoen.web.samenleren.models import Share
from meedoen.web.zelftoets.models import SavedDraft
from meedoen.web.zelftoets.services import run_check

pytestmark = pytest.mark.browser

HTMX_ABORT = ("htmx:sendAbort", "htmx:afterRequest")
PASSWORD = "alleen-met-het-toetsenbord-2026"


def is_id(element_id: str):
    return lambda f: f["id"] == element_id


def has_text(text: str, tag: str | None = None):
    return lambda f: f["text"] == text and (tag is None or f["tag"] == tag)


def choose_option(page: Any, select_id: str, label: str, limit: int = 30) -> None:
    """On a focused closed <select>, ArrowDown (Home first) until ``label`` is chosen."""
    page.keyboard.press("Home")
    for _ in range(limit):
        chosen = page.evaluate(
            "id => { const s = document.getElementById(id); "
            "return s.options[s.selectedIndex].text.trim(); }",
            select_id,
        )
        if chosen == label:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"option {label!r} not reachable with the arrow keys in #{select_id}")


def test_skip_link_moves_focus_to_main(page):
    page.goto(reverse("pages:home"))
    page.keyboard.press("Tab")
    info = focused(page)
    assert info and info["tag"] == "a" and info["text"] == "Direct naar de inhoud"
    assert info["focusVisible"] and info["indicator"], info
    assert page.locator(".meedoen-skiplink").is_visible()  # shown when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    page.keyboard.press("Tab")  # the next Tab goes into the content, not back to the header
    assert page.evaluate("document.getElementById('inhoud').contains(document.activeElement)")


def test_anonymous_zelftoets_by_keyboard(page, org, page_problems):
    page.goto(reverse("zelftoets:check"))
    tab_to(page, is_id("id_text"))
    page.keyboard.type(BSN_TEXT)
    tab_to(page, is_id("id_channel"))
    choose_option(page, "id_channel", "LinkedIn")
    tab_to(page, lambda f: f["name"] == "capacity")
    page.keyboard.press("Space")  # the first radio of the group
    capacity = page.evaluate("document.activeElement.value")
    page.keyboard.press("ArrowDown")  # arrows move within a radio group
    assert page.evaluate("document.activeElement.value") != capacity
    page.wait_for_selector("#toets-resultaat .meedoen-badge.level-rood")
    assert "111222333" in page.inner_text("#toets-resultaat mark.finding")
    tab_to(page, lambda f: f["tag"] == "summary" and "uavg.art46.v1" in f["text"])
    details = "document.activeElement.closest('details')"
    page.keyboard.press("Enter")
    assert page.evaluate(f"{details}.open")
    assert "Wbp art. 24" in page.evaluate(f"{details}.innerText")  # the 2010 equivalent
    page.keyboard.press("Enter")  # and closes again
    assert not page.evaluate(f"{details}.open")
    # back up the page with Shift+Tab to the draft: focus indicators all the way
    tab_to(page, is_id("id_text"), back=True)
    # hx-sync="this:replace" aborts a check still running when the next change comes;
    # htmx logs that abort as a console error. Anything else (HTTP errors too) counts.
    real = [p for p in page_problems if not any(e in p for e in HTMX_ABORT)]
    assert not real, "\n".join(real)


def test_sign_in_by_keyboard(page, org, make_member):
    member = make_member(Role.MEDEWERKER, username="toetsenbord")
    member.user.set_password(PASSWORD)
    member.user.save()
    page.goto(reverse("pages:home"))
    tab_to(page, has_text("Inloggen", "a"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(reverse("accounts:login"))
    tab_to(page, is_id("id_username"))
    page.keyboard.type("toetsenbord")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_password"
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")  # submits the form
    assert not page.url.endswith(reverse("accounts:login"))
    assert page.get_by_role("button", name="Uitloggen").is_visible()
    assert page.get_by_role("link", name=member.display_name).is_visible()


def test_ask_a_colleague_by_keyboard(page, org, make_member, live_server):
    anna = make_member(Role.MEDEWERKER, username="anna")
    bram = make_member(Role.MEDEWERKER, username="bram")
    context = {"channel": "x", "capacity": "prive"}
    draft = SavedDraft(owner=anna, text=BSN_TEXT, context=context)
    draft.apply_assessment(run_check(BSN_TEXT, context, anna))
    draft.save()
    sign_in(page, anna, live_server.url)
    page.goto(reverse("samenleren:draft", args=[draft.pk]))
    tab_to(page, is_id("id_colleague"))
    choose_option(
        page,
        "id_colleague",
        page.evaluate(
            "v => [...document.querySelectorAll('#id_colleague option')]"
            ".find(o => o.value === v).text.trim()",
            str(bram.pk),
        ),
    )
    tab_to(page, has_text("Deel", "button"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_selector("text=Trek toegang van")
    assert Share.objects.filter(draft=draft, colleague=bram).exists()


def test_official_post_submitted_for_review_by_keyboard(page, org, make_member, live_server):
    anna = make_member(Role.MEDEWERKER, username="anna")
    make_member(Role.COMMUNICATIEADVISEUR, username="carla")
    account = OfficialAccount.objects.create(
        organisation=org, name="@testgemeente", channel="x", always_review=True
    )
    account.editors.set([anna])
    sign_in(page, anna, live_server.url)
    page.goto(reverse("official:post_create"))
    tab_to(page, is_id("id_account"))
    choose_option(page, "id_account", str(account))
    tab_to(page, is_id("id_text"))
    page.keyboard.type("Vanaf maandag is het stadhuis weer op de gewone tijden open.")
    page.wait_for_selector("#beoordeling-inhoud .meedoen-badge")  # the live preview
    tab_to(page, has_text("Bewaar en toets", "button"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    post = OfficialPost.objects.get(account=account)
    assert post.state == "getoetst"
    tab_to(page, has_text("Vraag review aan", "button"))
    with page.expect_navigation():
        page.keyboard.press("Space")  # a button works with Space as well as Enter
    post.refresh_from_db()
    assert post.state == "in_review"
    assert "in review" in page.inner_text(".meedoen-messages")
