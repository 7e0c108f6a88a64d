# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Every page of the app in real Chromium: 0 axe-core violations (WCAG 2.1 A/AA), no problems.

The pages come from the URL resolver, so a new page cannot be forgotten:
``test_every_url_name_is_covered_or_excluded`` fails for a URL name that is
neither visited here nor listed in ``EXCLUDED`` with a reason. Pages without
arguments are visited as the role that uses them (``VISITOR``); pages with
arguments, query strings and forms with validation errors are ``CASES`` (demo_site.py).

The demo organisation is loaded once for the module (no flush per test) and
the database is emptied when the module is done.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pytest
from demo_site import (
    CASES,
    NARROW_CASES,
    Case,
    Site,
    build_site,
    check_page,
    flush_database,
    url_names,
    without_args,
)
from django.urls import reverse
from pages import ANON, ERROR_SELECTOR, axe_violations, describe_violations, session_cookie, watch

pytestmark = pytest.mark.browser

# MEEDOEN_A11Y_WIDTH=390 runs the same checks on a phone-sized screen (WCAG 1.4.10).
WIDTH = int(os.environ.get("MEEDOEN_A11Y_WIDTH", "1280"))

# Who visits the argument-free pages of each app (URL namespace), and exceptions by name.
VISITOR = {
    "pages": ANON,
    "accounts": "anna",
    "zelftoets": "anna",
    "samenleren": "anna",
    "official": "anna",
    "beheer": "eva",
    "audit": "eva",
    "dashboard": "frank",
    "luisteren": "carla",
    "api": ANON,
}
VISITOR_BY_NAME = {
    "accounts:login": ANON,
    "official:accounts": "eva",
    "official:account_create": "eva",
}
POST_ONLY = "POST only; the page it answers with is checked through the form that posts it"
EXCLUDED = {
    "pages:security_txt": "text/plain (RFC 9116), not HTML; content tested in tests/web",
    "accounts:logout": "POST only (logging out); redirects",
    "set_language": "POST only (django.views.i18n.set_language); redirects",
    "zelftoets:toets": POST_ONLY + " (zelftoets:check with a result, with errors)",
    "zelftoets:bewaar": POST_ONLY + " (redirects to zelftoets:detail)",
    "zelftoets:publish": POST_ONLY + " (redirects to zelftoets:detail)",
    "samenleren:share": POST_ONLY + " (samenleren:draft, share with errors)",
    "samenleren:revoke": POST_ONLY + " (redirects to samenleren:draft)",
    "samenleren:feedback": POST_ONLY + " (samenleren:draft, feedback with errors)",
    "samenleren:adopt": POST_ONLY + " (redirects to samenleren:draft)",
    "samenleren:ignore": POST_ONLY + " (redirects to samenleren:draft)",
    "official:preview": "POST only; htmx partial inside official:post_create",
    "official:post_action": POST_ONLY + " (redirects to official:post)",
    "official:post_edit": POST_ONLY + " (official:post)",
    "official:post_review": POST_ONLY + " (official:post, review with errors)",
    "official:post_publish": POST_ONLY + " (official:post, publish with errors)",
    "official:archive_csv": "CSV download",
    "official:archive_json": "JSON download",
    "beheer:rulepack_export": "YAML download",
    "beheer:rulepack_version_export": "YAML download",
    "beheer:rulepack_adopt": "GET redirects to beheer:rulepack_detail; POST errors checked",
    "beheer:member_active": POST_ONLY + " (redirects to beheer:members)",
    "api:openapi": "JSON (OpenAPI document)",
    "api:toetsen": "JSON API endpoint",
    "api:regels": "JSON API endpoint",
    "api:regel": "JSON API endpoint",
    "api:regelpakketten": "JSON API endpoint",
    "api:regelpakket": "JSON API endpoint",
    "api:berichten": "JSON API endpoint",
    "api:bericht": "JSON API endpoint",
    "api:transities": "JSON API endpoint",
    "api:archief": "JSON API endpoint",
}
# Third-party pages: django-admin is Django's, not ours (its login is reported, not failed).
EXCLUDED_NAMESPACES = {"admin": "django-admin (third party); /django-admin/login/ is reported"}


def excluded(name: str) -> bool:
    return name in EXCLUDED or name.split(":")[0] in EXCLUDED_NAMESPACES


def visitor(name: str) -> str:
    return VISITOR_BY_NAME.get(name) or VISITOR.get(name.split(":")[0], "?")


PLAIN_PAGES = [n for n in url_names() if not excluded(n) and without_args(n)]

# Real bugs in pages this suite does not own: strict xfail, so fixing one flips the mark.
KNOWN_BUGS: dict[str, str] = {}


KNOWN_NARROW_BUGS: dict[str, str] = {}


def with_known_bugs(
    values: list[Any], key: Callable[[Any], str], bugs: dict[str, str] = KNOWN_BUGS
) -> list[Any]:
    return [
        pytest.param(v, marks=pytest.mark.xfail(strict=True, reason=bugs[key(v)]))
        if key(v) in bugs
        else v
        for v in values
    ]


# --- fixtures: one database and one signed-in browser context per person ----


@pytest.fixture(autouse=True)
def _live_server_helper(request: Any, browser: Any, django_db_setup: Any, django_db_blocker: Any):
    """Replaces pytest-django's helper: no transactional_db (no flush) per test here.

    ``browser`` first: Playwright's sync API switches greenlets, and a database
    connection opened before it starts would linger and block dropping the test
    database (the same order the conftest ``page`` fixture has).
    """
    server = request.getfixturevalue("live_server")
    server._live_server_modified_settings.enable()
    with django_db_blocker.unblock():
        yield
    server._live_server_modified_settings.disable()


@pytest.fixture(scope="module")
def site(django_db_setup: Any, django_db_blocker: Any):
    with django_db_blocker.unblock():
        yield build_site()
        flush_database()


@pytest.fixture(scope="module")
def contexts(browser: Any, live_server: Any, site: Site, django_db_blocker: Any):
    made: dict[str, Any] = {}

    def get(who: str) -> Any:
        if who not in made:
            ctx = browser.new_context(
                base_url=live_server.url, locale="nl-NL", viewport={"width": WIDTH, "height": 900}
            )
            ctx.set_default_timeout(15_000)
            if who != ANON:
                with django_db_blocker.unblock():
                    ctx.add_cookies([session_cookie(site.members[who].user, live_server.url)])
            made[who] = ctx
        return made[who]

    yield get
    for ctx in made.values():
        ctx.close()


@pytest.fixture
def open_page(contexts: Callable[[str], Any]):
    opened: list[Any] = []

    def open_(who: str, allow_status: tuple[int, ...] = ()) -> tuple[Any, list[str]]:
        page = contexts(who).new_page()
        opened.append(page)
        return page, watch(page, [], allow_status)

    yield open_
    for page in opened:
        page.close()


# --- tests ----------------------------------------------------------------------


def test_every_url_name_is_covered_or_excluded() -> None:
    covered = set(PLAIN_PAGES) | {c.name for c in CASES}
    missing = [n for n in url_names() if n not in covered and not excluded(n)]
    assert not missing, f"pages not checked by axe (add to CASES or EXCLUDED): {missing}"
    unknown = [n for n in PLAIN_PAGES if visitor(n) == "?"]
    assert not unknown, f"no visitor for {unknown}: add the namespace to VISITOR"
    stale = [n for n in EXCLUDED if n not in url_names()]
    assert not stale, f"EXCLUDED names that no longer exist: {stale}"


@pytest.mark.parametrize("name", with_known_bugs(PLAIN_PAGES, str))
def test_page_is_accessible(name: str, site: Site, open_page: Any, _axe_source: str) -> None:
    page, problems = open_page(visitor(name))
    response = page.goto(reverse(name))
    assert response is not None and response.status == 200, f"{name}: HTTP {response.status}"
    assert urlsplit(page.url).path == reverse(name), f"redirected to {page.url}"
    check_page(page, problems, _axe_source)


def visit_case(case: Case, site: Site, open_page: Any, axe_source: str, width: int) -> None:
    page, problems = open_page(case.who, allow_status=(400,) if case.submit else ())
    page.set_viewport_size({"width": width, "height": 900})
    path = case.path(site)
    response = page.goto(path)
    assert response is not None and response.status == 200, f"HTTP {response.status}"
    assert urlsplit(page.url).path == urlsplit(path).path, f"redirected to {page.url}"
    if case.expect:
        assert page.locator(case.expect).count(), f"{case.expect} not on the page"
    if case.submit:
        case.submit(page)
        page.wait_for_load_state("networkidle")
        if case.label != "drie-niveaus":
            assert page.locator(ERROR_SELECTOR).count(), "no validation error shown"
    check_page(page, problems, axe_source)


@pytest.mark.parametrize("case", with_known_bugs(CASES, lambda c: c.id), ids=lambda c: c.id)
def test_detail_and_form_page_is_accessible(
    case: Case, site: Site, open_page: Any, _axe_source: str
) -> None:
    visit_case(case, site, open_page, _axe_source, WIDTH)


@pytest.mark.parametrize(
    "case", with_known_bugs(NARROW_CASES, lambda c: c.id, KNOWN_NARROW_BUGS), ids=lambda c: c.id
)
def test_page_is_accessible_on_a_narrow_screen(
    case: Case, site: Site, open_page: Any, _axe_source: str
) -> None:
    visit_case(case, site, open_page, _axe_source, 390)


def test_django_admin_login_is_reported_not_failed(
    site: Site, open_page: Any, _axe_source: str
) -> None:
    """django-admin is third party: its violations are reported as a warning."""
    page, problems = open_page(ANON)
    response = page.goto("/django-admin/login/")
    assert response is not None and response.status == 200
    violations = axe_violations(page, _axe_source)
    if violations or problems:
        warnings.warn(
            describe_violations(violations, page.url) + "\n" + "\n".join(problems), stacklevel=1
        )
