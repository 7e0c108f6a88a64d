# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Helpers for the browser tests: sign-in by session cookie, problem watching, axe, focus."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.test import Client

ANON = "anoniem"
# The demo users and their roles (meedoen.web.demo.loader.DEMO_USERS).
DEMO_ROLES = {
    "anna": "medewerker",
    "bram": "medewerker",
    "carla": "communicatieadviseur",
    "daan": "communicatieadviseur",
    "eva": "beheerder",
    "frank": "management",
}
IGNORED_URL_SUFFIXES = ("/favicon.ico",)
AXE_OPTIONS: dict[str, Any] = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
ERROR_SELECTOR = ".utrecht-form-field-error-message, .utrecht-alert--error"
# A finding of every severity: ernstig (BSN), risico (political opinion), let-op (postcode).
THREE_LEVELS_TEXT = (
    "Mijn BSN is 111222333. Ik vind het beleid van de minister echt waardeloos. Ik woon in 1234 AB."
)
BSN_TEXT = "Mijn BSN is 111222333"


def session_cookie(user: Any, base_url: str) -> dict[str, str]:
    """A Django session for ``user`` as a Playwright cookie (no password round trip)."""
    c = Client()
    c.force_login(user)
    return {
        "name": settings.SESSION_COOKIE_NAME,
        "value": c.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": base_url,
    }


def sign_in(page_or_context: Any, member: Any, base_url: str) -> None:
    context = getattr(page_or_context, "context", page_or_context)
    context.add_cookies([session_cookie(member.user, base_url)])


def watch(page: Any, problems: list[str], allow_status: tuple[int, ...] = ()) -> list[str]:
    """Collect console errors (CSP included), uncaught exceptions and HTTP >= 400."""

    def on_console(msg: Any) -> None:
        url = (msg.location or {}).get("url", "")
        if msg.type == "error" and not url.endswith(IGNORED_URL_SUFFIXES):
            # Chromium logs a console error for every 4xx document; the status is
            # checked separately (a form with errors answers 400 on purpose).
            if allow_status and "status of 400" in msg.text:
                return
            problems.append(f"console error: {msg.text} ({url})")

    def on_response(resp: Any) -> None:
        if resp.url.endswith(IGNORED_URL_SUFFIXES) or resp.status < 400:
            return
        if resp.status in allow_status and resp.request.resource_type == "document":
            return
        if resp.status in allow_status and resp.request.headers.get("hx-request") == "true":
            return
        problems.append(f"HTTP {resp.status}: {resp.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: problems.append(f"uncaught exception: {exc}"))
    page.on("response", on_response)
    return problems


def axe_violations(page: Any, axe_source: str) -> list[dict[str, Any]]:
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_source)
    results = page.evaluate("async (options) => await axe.run(document, options)", AXE_OPTIONS)
    return results["violations"]


def describe_violations(violations: list[dict[str, Any]], url: str) -> str:
    lines = [f"{len(violations)} axe-core violation(s) (WCAG 2.1 A/AA) on {url}:"]
    for v in violations:
        lines.append(f"- {v['id']} [{v.get('impact') or '?'}]: {v['help']}")
        for node in v.get("nodes", [])[:5]:
            target = " ".join(str(t) for t in node.get("target", []))
            lines.append(f"    at {target}: {(node.get('html') or '')[:160]}")
    return "\n".join(lines)


FOCUS_STYLE_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  const shadow = s.boxShadow && s.boxShadow !== 'none';
  return {
    tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name'),
    text: (el.innerText || el.value || '').trim().slice(0, 60),
    focusVisible: el.matches(':focus-visible'),
    indicator: outline || shadow,
    outline: s.outlineStyle + ' ' + s.outlineWidth, shadow: s.boxShadow,
  };
}"""


def focused(page: Any) -> dict[str, Any] | None:
    """The focused element and whether it shows a focus indicator (outline or shadow)."""
    return page.evaluate(FOCUS_STYLE_JS)


def tab_to(page: Any, predicate: Any, limit: int = 80, back: bool = False) -> dict[str, Any]:
    """Press Tab (or Shift+Tab) until ``predicate(focused)`` holds; every stop is checked.

    Fails when a focused element has no visible focus indicator (WCAG 2.4.7).
    """
    seen = []
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        info = focused(page)
        if info is None:
            continue
        seen.append(info)
        assert info["focusVisible"] and info["indicator"], f"no visible focus indicator: {info}"
        if predicate(info):
            return info
    stops = [(s["tag"], s["id"], s["text"][:20]) for s in seen]
    raise AssertionError(f"never reached the element after {limit} Tabs: {stops}")


def monitor_dossier(org: Any, owner: Any) -> Any:
    """A listening dossier with posts by six authors (enough for example posts)."""
    from datetime import timedelta

    from django.utils import timezone

    from meedoen.web.luisteren.models import MonitorDossier, MonitorPost

    d, _ = MonitorDossier.objects.get_or_create(
        organisation=org,
        name="Windpark Polder Oost",
        defaults={
            "owner": owner,
            "purpose": "Publieke discussie over het windpark volgen",
            "legal_basis": "AVG art. 6 lid 1 sub e: publieke taak voorlichting",
            "end_date": timezone.localdate() + timedelta(days=60),
            "query": {"keywords": ["windpark"], "languages": ["nl"]},
        },
    )
    now = timezone.now()
    for n in range(12):
        MonitorPost.objects.get_or_create(
            dossier=d,
            source="mastodon",
            source_id=f"demo-{n}",
            defaults={
                "published_at": now - timedelta(hours=5 * n),
                "lang": "nl",
                "text": f"Het windpark in Polder Oost: bericht {n} over geluid en uitzicht.",
                "author": f"{n % 6:016x}",
                "sentiment": ("positief", "neutraal", "negatief")[n % 3],
                "text_hash": f"demo-{n}",
            },
        )
    return d
