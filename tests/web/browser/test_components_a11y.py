# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""meedoen.css components on the full stylesheet stack, independent of the templates.

components.html is served (through a Playwright route) from the live server's origin,
with the app's Content-Security-Policy, so the real static files and CSP apply.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

GALLERY = (Path(__file__).parent / "components.html").read_text(encoding="utf-8")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'"
)
PATH = "/__meedoen-componenten__/"


@pytest.fixture
def gallery(page):
    page.route(
        f"**{PATH}",
        lambda route: route.fulfill(
            status=200,
            headers={"Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": CSP},
            body=GALLERY,
        ),
    )
    page.goto(PATH)
    page.wait_for_load_state("networkidle")
    return page


def _rgb(css: str) -> tuple[float, ...]:
    parts = [float(x) for x in re.findall(r"[\d.]+", css)[:3]]
    return tuple(parts)


def contrast(a: str, b: str) -> float:
    def lum(rgb: tuple[float, ...]) -> float:
        c = [v / 255 for v in rgb]
        c = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    hi, lo = sorted((lum(_rgb(a)), lum(_rgb(b))), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("width", [1280, 390])
def test_gallery_is_accessible(gallery, assert_accessible, assert_no_page_problems, width):
    gallery.set_viewport_size({"width": width, "height": 900})
    assert_no_page_problems()
    assert_accessible(gallery)


def test_check_page_two_columns_wide_stacked_narrow(gallery):
    def boxes():
        return (
            gallery.locator(".meedoen-check__draft").bounding_box(),
            gallery.locator(".meedoen-check__assessment").bounding_box(),
        )

    draft, assessment = boxes()
    assert assessment["x"] > draft["x"] + draft["width"] - 1  # side by side
    gallery.set_viewport_size({"width": 390, "height": 900})
    draft, assessment = boxes()
    assert assessment["y"] >= draft["y"] + draft["height"] - 1  # stacked
    too_wide = gallery.evaluate(
        "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391"
        " && !e.closest('.meedoen-table-wrap')).map(e => e.tagName + '.' + e.className)"
    )
    assert not too_wide  # no sideways scrolling at 390px (WCAG 1.4.10 reflow)


@pytest.mark.parametrize("level", ["groen", "oranje", "rood"])
def test_level_colours_have_contrast(gallery, level):
    for selector in (f".meedoen-badge.level-{level}", f"mark.finding.level-{level}"):
        el = gallery.locator(selector).first
        if el.count() == 0:
            continue
        style = el.evaluate(
            "e => { const s = getComputedStyle(e); return {fg: s.color, bg: s.backgroundColor,"
            " border: s.borderBottomColor}; }"
        )
        assert contrast(style["fg"], style["bg"]) >= 4.5, (selector, style)
        assert contrast(style["border"], style["bg"]) >= 3, (selector, style)


def test_levels_are_not_told_by_colour_alone(gallery):
    styles = gallery.evaluate(
        "['groen','oranje','rood'].map(l => getComputedStyle("
        "document.querySelector('.meedoen-badge.level-' + l), '::before').content)"
    )
    assert len(set(styles)) == 3 and "none" not in styles, styles  # a distinct shape each
    marks = gallery.locator("mark.finding")
    for i in range(marks.count()):
        assert re.search(r"(oranje|rood|groen)", marks.nth(i).inner_text())


def test_focus_ring_is_clearly_visible(gallery):
    gallery.locator("#concept").focus()
    gallery.keyboard.press("Shift+Tab")
    gallery.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
    style = gallery.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return {w: s.outlineWidth, st: s.outlineStyle, c: s.outlineColor}; }"
    )
    assert style["st"] != "none" and float(style["w"].rstrip("px")) >= 2, style
    assert contrast(style["c"], "rgb(255, 255, 255)") >= 3, style


def test_copy_button(gallery):
    gallery.context.grant_permissions(["clipboard-read", "clipboard-write"])
    button = gallery.locator("[data-copy-target]")
    assert button.is_visible()  # revealed by meedoen.js
    button.click()
    status = gallery.locator(".meedoen-copy-status[role=status]")
    expect(status).to_contain_text("Gekopieerd")
    copied = gallery.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Laat het telefoonnummer weg")
