# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Full-page screenshots of meedoen's main pages, with Debian's headless Chromium.

This script starts nothing itself: run the web app first (e.g. ``make run`` in
another terminal), then::

    .venv/bin/python tools/screenshots.py                       # public pages only
    .venv/bin/python tools/screenshots.py --user demo --password ...   # all pages
    .venv/bin/python tools/screenshots.py --base-url http://127.0.0.1:8001 --only home zelftoets

Credentials may also come from MEEDOEN_SCREENSHOT_USER / MEEDOEN_SCREENSHOT_PASSWORD.
PNGs go to docs/screenshots/<name>.png (``--out`` to change); ``--narrow`` adds
<name>-smal.png at a phone width. Pages that need a login are skipped without
credentials. Exit status 1 when a page could not be captured.

Chromium: /usr/bin/chromium (``--chromium`` or MEEDOEN_CHROMIUM to change),
installed by tools/install_chromium.sh; never ``playwright install``.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"]
WIDE = {"width": 1280, "height": 900}
NARROW = {"width": 390, "height": 844}
LOGIN_PATH = "/account/inloggen/"
EXAMPLE_DRAFT = (
    "Beste meneer Jansen, ik zie in ons systeem dat uw uitkering is stopgezet. "
    "Bel me gerust op 06 12345678. Eerlijk gezegd vind ik het nieuwe beleid van de "
    "wethouder ook belachelijk."
)


@dataclass(frozen=True)
class Shot:
    name: str
    path: str
    login: bool = False
    fill_draft: bool = False  # fill the first textarea with EXAMPLE_DRAFT and submit


SHOTS: tuple[Shot, ...] = (
    Shot("home", "/"),
    Shot("toegankelijkheid", "/toegankelijkheid/"),
    Shot("privacy", "/privacy/"),
    Shot("inloggen", LOGIN_PATH),
    Shot("zelftoets", "/zelftoets/"),
    Shot("zelftoets-resultaat", "/zelftoets/", fill_draft=True),
    Shot("samen-leren", "/samen-leren/", login=True),
    Shot("organisatie-accounts", "/organisatie-accounts/", login=True),
    Shot("dashboard", "/dashboard/", login=True),
    Shot("beheer", "/beheer/", login=True),
    Shot("slim-luisteren", "/luisteren/dossier/1/", login=True),
    Shot(
        "luisteren-rapport", "/luisteren/dossier/1/rapport/?periode=week&formaat=html", login=True
    ),
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--user", default=os.environ.get("MEEDOEN_SCREENSHOT_USER"))
    parser.add_argument("--password", default=os.environ.get("MEEDOEN_SCREENSHOT_PASSWORD"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="names: see SHOTS")
    parser.add_argument("--narrow", action="store_true", help="also a phone-width shot")
    parser.add_argument(
        "--chromium", default=os.environ.get("MEEDOEN_CHROMIUM", "/usr/bin/chromium")
    )
    return parser.parse_args(argv)


def new_page(browser: Any, base_url: str, viewport: dict[str, int]) -> Any:
    context = browser.new_context(
        base_url=base_url,
        locale="nl-NL",
        viewport=viewport,
        timezone_id="Europe/Amsterdam",
        reduced_motion="reduce",
    )
    context.set_default_timeout(20_000)
    return context.new_page()


def log_in(page: Any, user: str, password: str) -> None:
    page.goto(LOGIN_PATH)
    form = page.locator("main form").filter(has=page.locator("input[name=password]")).first
    form.locator("input[name=username]").fill(user)
    form.locator("input[name=password]").fill(password)
    with page.expect_navigation():
        form.locator("[type=submit]").first.click()
    if page.url.rstrip("/").endswith(LOGIN_PATH.rstrip("/")):
        raise RuntimeError("login failed: still on the login page (check the credentials)")


def capture(page: Any, shot: Shot, target: Path) -> None:
    response = page.goto(shot.path)
    if response is None or not response.ok:
        status = response.status if response else "no response"
        raise RuntimeError(f"{shot.path}: HTTP {status}")
    if shot.path != LOGIN_PATH and LOGIN_PATH in page.url:
        raise RuntimeError(f"{shot.path}: redirected to the login page (needs --user/--password)")
    if shot.fill_draft:
        area = page.locator("main textarea").first
        if area.count() == 0:
            raise RuntimeError(f"{shot.path}: no textarea to fill")
        area.fill(EXAMPLE_DRAFT)
        submit = area.locator("xpath=ancestor::form[1]").locator("[type=submit]").first
        with page.expect_response(lambda r: r.request.method == "POST") as posted:
            submit.click()
        if not posted.value.ok:
            raise RuntimeError(f"{shot.path}: submitting the draft gave HTTP {posted.value.status}")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(target), full_page=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    chromium = Path(args.chromium)
    if not chromium.exists():
        print(f"{chromium} missing: run `bash tools/install_chromium.sh`", file=sys.stderr)
        return 2
    shots = [s for s in SHOTS if not args.only or s.name in args.only]
    unknown = set(args.only or ()) - {s.name for s in SHOTS}
    if unknown:
        print(f"unknown page name(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    logged_in = bool(args.user and args.password)

    from playwright.sync_api import sync_playwright

    failures = 0
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(chromium), headless=True, args=CHROMIUM_ARGS
        )
        sizes = [("", WIDE)] + ([("-smal", NARROW)] if args.narrow else [])
        for suffix, viewport in sizes:
            public = new_page(browser, args.base_url, viewport)
            private = new_page(browser, args.base_url, viewport) if logged_in else None
            if private is not None:
                try:
                    log_in(private, args.user, args.password)
                except Exception as exc:  # report, and go on with the public pages
                    print(f"login: {exc}", file=sys.stderr)
                    failures += 1
                    private.context.close()
                    private = None
            for shot in shots:
                target = args.out / f"{shot.name}{suffix}.png"
                page = private if shot.login else public
                if page is None:
                    print(f"skip {shot.name}: needs --user/--password")
                    continue
                try:
                    capture(page, shot, target)
                except Exception as exc:
                    print(f"FAILED {shot.name}: {exc}", file=sys.stderr)
                    failures += 1
                    continue
                print(f"wrote {target}")
            for pg in (public, private):
                if pg is not None:
                    pg.context.close()
        browser.close()
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
