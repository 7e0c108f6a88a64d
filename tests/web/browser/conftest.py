# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Browser-test fixtures: Playwright (sync API) driving Debian's headless Chromium.

Fixtures
--------
``browser``            session-wide Chromium (``/usr/bin/chromium`` or ``$MEEDOEN_CHROMIUM``).
``page``               a fresh context per test (locale nl-NL), ``base_url`` = pytest-django's
                       ``live_server``, so ``page.goto("/")`` works; uses ``transactional_db``.
``page_problems``      what went wrong while the page was open: console errors (CSP
                       violations included), uncaught exceptions, responses >= 400.
``assert_accessible``  ``assert_accessible(page)`` runs the vendored axe-core on the page
                       (WCAG 2.0/2.1 A and AA rules) and fails with a readable list.
``axe``                the same callable, under the name used in docs/frontend.md.
``assert_no_page_problems``  ``assert_no_page_problems()`` fails on anything in ``page_problems``.

Install the browser with ``tools/install_chromium.sh``; never ``playwright install``.
Run: ``.venv/bin/pytest -m browser tests/web/browser``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an event loop in this thread; Django would then refuse
# synchronous ORM calls from the test body. The tests are not concurrent, so allow it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[3]
CHROMIUM = Path(os.environ.get("MEEDOEN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"]
AXE_JS = ROOT / "src" / "meedoen" / "web" / "static" / "vendor" / "axe-core" / "axe.min.js"
AXE_OPTIONS: dict[str, Any] = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
VIEWPORT = {"width": 1280, "height": 900}
# Chromium asks for /favicon.ico on its own when a page declares no icon.
IGNORED_URL_SUFFIXES = ("/favicon.ico",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/web/browser is a browser test (-m browser / -m 'not browser')."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}. Install it with `bash tools/install_chromium.sh` "
            "(Debian package; do not use `playwright install`).",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page_problems() -> list[str]:
    return []


@pytest.fixture
def page(browser: Any, live_server: Any, transactional_db: None, page_problems: list[str]):
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", viewport=VIEWPORT, timezone_id="Europe/Amsterdam"
    )
    context.set_default_timeout(15_000)
    pg = context.new_page()

    def on_console(msg: Any) -> None:
        url = (msg.location or {}).get("url", "")
        if msg.type == "error" and not url.endswith(IGNORED_URL_SUFFIXES):
            page_problems.append(f"console error: {msg.text} ({url})")

    def on_response(resp: Any) -> None:
        if resp.status >= 400 and not resp.url.endswith(IGNORED_URL_SUFFIXES):
            page_problems.append(f"HTTP {resp.status}: {resp.url}")

    pg.on("console", on_console)
    pg.on("pageerror", lambda exc: page_problems.append(f"uncaught exception: {exc}"))
    pg.on("response", on_response)
    yield pg
    context.close()


@pytest.fixture(scope="session")
def _axe_source() -> str:
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} missing; run `tools/vendor_assets.py`", pytrace=False)
    return AXE_JS.read_text(encoding="utf-8")


def format_violations(violations: list[dict[str, Any]], url: str) -> str:
    lines = [f"{len(violations)} axe-core violation(s) (WCAG 2.1 A/AA) on {url}:"]
    for v in violations:
        lines.append(
            f"- {v['id']} [{v.get('impact') or '?'}]: {v['help']} ({v.get('helpUrl', '')})"
        )
        for node in v.get("nodes", [])[:10]:
            target = " ".join(str(t) for t in node.get("target", []))
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    at {target}: {summary}")
        if len(v.get("nodes", [])) > 10:
            lines.append(f"    … and {len(v['nodes']) - 10} more element(s)")
    return "\n".join(lines)


@pytest.fixture
def assert_accessible(_axe_source: str) -> Callable[[Any], None]:
    def check(pg: Any) -> None:
        # Not page.add_script_tag(path=...): that injects an inline <script>, which our
        # Content-Security-Policy (script-src 'self') blocks. evaluate() runs via the
        # DevTools protocol and is not subject to the page's CSP.
        if not pg.evaluate("typeof window.axe === 'object'"):
            pg.evaluate(_axe_source)
        results = pg.evaluate("async (options) => await axe.run(document, options)", AXE_OPTIONS)
        violations = results["violations"]
        assert not violations, format_violations(violations, pg.url)

    return check


@pytest.fixture
def axe(assert_accessible: Callable[[Any], None]) -> Callable[[Any], None]:
    return assert_accessible


@pytest.fixture
def assert_no_page_problems(page_problems: list[str]) -> Callable[[], None]:
    def check() -> None:
        assert not page_problems, "problems while loading the page:\n" + "\n".join(page_problems)

    return check
