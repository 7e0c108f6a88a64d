# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Browser: a beheerder uploads a rule pack that changes a verdict.

The new version switches off the built-in BSN rule (uavg.art46.v1); after the
beheerder has seen what changes and adopted it, a medewerker's zelftoets of
"Mijn BSN is 111222333" (in functie) gets another level.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from pages import BSN_TEXT, sign_in

from meedoen.web.accounts.models import Role
from meedoen.web.audit.models import AuditEvent
from meedoen.web.official.models import OfficialAccount, OfficialPost
from web.test_beheer_support import DISABLE_BSN_RULE, pack_text

pytestmark = pytest.mark.browser

VERSION = "2026.2.0"


def zelftoets_level(page: Any) -> str:
    """Check BSN_TEXT in function on the zelftoets page; the level shown."""
    page.goto(reverse("zelftoets:check"))
    page.fill("#id_text", BSN_TEXT)
    page.check("input[name='capacity'][value='in-functie']")
    with page.expect_navigation():
        page.get_by_role("button", name="Toets", exact=True).click()
    badge = page.locator("#toets-resultaat .meedoen-badge").first
    return badge.get_attribute("class").split("level-")[1].split()[0]


def submit(page: Any, button: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=button, exact=True).click()


def test_a_beheerder_uploads_a_rule_pack_that_changes_a_verdict(
    page, browser, live_server, org, make_member, assert_accessible, assert_no_page_problems
):
    eva = make_member(Role.BEHEERDER, username="eva")
    anna = make_member(Role.MEDEWERKER, username="anna", function="beleidsmedewerker")
    account = OfficialAccount.objects.create(organisation=org, name="@testgemeente", channel="x")
    archived = OfficialPost.objects.create(
        account=account, author=anna, text=BSN_TEXT, final_text=BSN_TEXT, state="gearchiveerd"
    )

    medewerker = browser.new_context(base_url=live_server.url, locale="nl-NL")
    apage = medewerker.new_page()
    sign_in(apage, anna, live_server.url)
    before = zelftoets_level(apage)
    assert before == "rood"
    assert "uavg.art46.v1" in apage.inner_text("#toets-resultaat")

    sign_in(page, eva, live_server.url)
    page.goto(reverse("beheer:rulepack_new"))
    assert_accessible(page)
    page.set_input_files(
        "#id_file",
        files=[
            {
                "name": "regelpakket.yaml",
                "mimeType": "application/yaml",
                "buffer": pack_text(VERSION, DISABLE_BSN_RULE).encode("utf-8"),
            }
        ],
    )
    page.fill("#id_note", "BSN-regel uit (test)")
    submit(page, "Controleren en opslaan als concept")
    candidate = org.rule_packs.get(version=VERSION)
    assert candidate.adopted_at is None
    assert page.url.endswith(reverse("beheer:rulepack_detail", args=[candidate.pk]))
    assert "zet uavg.art46.v1 uit" in page.inner_text("main")
    assert_accessible(page)

    # what changes: the archived BSN post gets another verdict
    with page.expect_navigation():
        page.get_by_role("link", name="Wat verandert er als ik deze versie vaststel?").click()
    table = page.inner_text("main table")
    assert f"#{archived.pk}" in table and "uavg.art46.v1" in table and "ander oordeel" in table
    assert_accessible(page)

    # the differences with the version in use
    page.goto(reverse("beheer:rulepack_detail", args=[candidate.pk]))
    with page.expect_navigation():
        page.get_by_role("link", name="Vergelijk met de versie in gebruik").click()
    assert "testgemeente.geen-bsn-regel.v1" in page.inner_text("main")
    assert_accessible(page)

    # adopt, from today
    page.goto(reverse("beheer:rulepack_detail", args=[candidate.pk]))
    page.fill("#id_in_force_from", timezone.localdate().isoformat())
    submit(page, f"Versie {VERSION} vaststellen")
    candidate.refresh_from_db()
    assert candidate.adopted_at is not None and org.active_pack() == candidate
    assert "vastgesteld en in gebruik" in page.inner_text("main")
    assert_accessible(page)
    actions = list(
        AuditEvent.objects.filter(actor=get_user_model().objects.get(pk=eva.user_id))
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions == ["rulepack.uploaded", "rulepack.adopted"]

    after = zelftoets_level(apage)
    # Without the BSN rule only the herkenbaarheid finding (in function, no bio) is left.
    assert (before, after) == ("rood", "oranje")
    result = apage.inner_text("#toets-resultaat")
    assert "uavg.art46.v1" not in result and "herkenbaarheid" in result
    medewerker.close()
    assert_no_page_problems()
