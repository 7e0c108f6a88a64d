# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Smoke test: the public pages render in real Chromium with 0 axe-core violations."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.browser

PUBLIC_PAGES = ["pages:home", "pages:accessibility"]


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_is_accessible(page, assert_accessible, assert_no_page_problems, name):
    response = page.goto(reverse(name))
    assert response is not None and response.ok, f"{name}: HTTP {response and response.status}"
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").count() == 1
    assert_no_page_problems()  # no 404 for CSS/JS, no CSP violation, no script error
    assert_accessible(page)


def test_stylesheets_are_applied(page):
    """The NL Design System components, the neutral theme and meedoen.css load and apply."""
    page.goto(reverse("pages:home"))
    sheets = page.evaluate("[...document.styleSheets].map(s => s.href || '')")
    for part in (
        "vendor/nl-design-system-unstable-voorbeeld-design-tokens/theme.css",
        "meedoen/theme-neutral.css",
        "vendor/utrecht-component-library-css/index.css",
        "meedoen/meedoen.css",
    ):
        assert any(part in s for s in sheets), f"{part} not linked; see docs/frontend.md"
    classes = page.locator("html").get_attribute("class").split()
    assert {"utrecht-document", "voorbeeld-theme", "meedoen-theme"} <= set(classes), classes
    # A token from the voorbeeld theme reaches the components; meedoen.css zeroes body margin.
    token = page.evaluate(
        "getComputedStyle(document.documentElement)"
        ".getPropertyValue('--utrecht-button-primary-action-background-color')"
    )
    assert token.strip(), "voorbeeld theme tokens not applied"
    assert page.evaluate("getComputedStyle(document.body).marginTop") == "0px"


def test_skip_link_moves_focus_to_main(page):
    page.goto(reverse("pages:home"))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#inhoud"
