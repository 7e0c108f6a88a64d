# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Browser: an official post reviewed by someone else, published and archived;
self-approval refused (in the page and for a forged POST)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from pages import sign_in

from meedoen.web.accounts.models import Role
from meedoen.web.audit.models import AuditEvent
from meedoen.web.official.models import OfficialAccount, OfficialPost, Review

pytestmark = pytest.mark.browser

TEXT = (
    "Op 12 maart is er een informatieavond over de nieuwe speeltuin in het Vondelkwartier. "
    "Iedereen is welkom."
)
URL = "https://x.com/testgemeente/status/20260312"
SELF_REVIEW = "Je kunt je eigen bericht niet reviewen of goedkeuren."

FORGE_REVIEW = """([action, decision]) => {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = action;
  const fields = {
    csrfmiddlewaretoken: document.querySelector('[name=csrfmiddlewaretoken]').value,
    decision: decision, reason: 'Prima zo.', suggested_text: '',
  };
  for (const [name, value] of Object.entries(fields)) {
    const input = document.createElement('input');
    input.type = 'hidden'; input.name = name; input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}"""


@pytest.fixture
def people(org, make_member) -> dict[str, Any]:
    """carla writes (a communicatieadviseur, so she could review, just not her own post)."""
    carla = make_member(Role.COMMUNICATIEADVISEUR, username="carla")
    daan = make_member(Role.COMMUNICATIEADVISEUR, username="daan")
    account = OfficialAccount.objects.create(
        organisation=org,
        name="@testgemeente",
        handle="@testgemeente",
        channel="x",
        always_review=True,
        review_tiers=1,
    )
    account.editors.set([carla])
    return {"carla": carla, "daan": daan, "account": account}


def submit(page: Any, button: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=button, exact=True).click()


def test_reviewed_by_someone_else_published_and_archived(
    page, browser, live_server, people, assert_accessible, page_problems
):
    carla, daan, account = people["carla"], people["daan"], people["account"]
    sign_in(page, carla, live_server.url)

    # write: the assessment shows while typing, and again after saving
    page.goto(reverse("official:post_create"))
    page.select_option("#id_account", str(account.pk))
    page.fill("#id_text", TEXT)
    page.wait_for_selector("#beoordeling-inhoud .meedoen-badge")
    assert_accessible(page)
    submit(page, "Bewaar en toets")
    post = OfficialPost.objects.get(account=account)
    assert post.state == "getoetst" and post.level
    assert page.locator(f".meedoen-badge.level-{post.level}").first.is_visible()
    assert "dit account vraagt altijd om review" in page.inner_text("main")
    assert page.get_by_role("button", name="Markeer als gepubliceerd").count() == 0
    submit(page, "Vraag review aan")
    post.refresh_from_db()
    assert post.state == "in_review"

    # self-approval: no button, no review form for the author ...
    for name in ("Goedkeuren", "Geef advies"):
        assert page.get_by_role("button", name=name).count() == 0, name
    assert page.locator("input[name='decision']").count() == 0
    assert_accessible(page)
    # ... and a forged POST is refused, in Dutch, with nothing recorded
    review_url = reverse("official:post_review", args=[post.pk])
    with page.expect_navigation() as refused:
        page.evaluate(FORGE_REVIEW, [review_url, "goedkeuren"])
    assert refused.value.status == 400
    assert SELF_REVIEW in page.inner_text("main")
    post.refresh_from_db()
    assert post.state == "in_review" and not Review.objects.filter(post=post).exists()

    # a colleague reviews and approves
    other = browser.new_context(base_url=live_server.url, locale="nl-NL")
    dpage = other.new_page()
    sign_in(dpage, daan, live_server.url)
    dpage.goto(reverse("official:index"))
    dpage.click(f"a[href='{reverse('official:post', args=[post.pk])}']")  # in the queue
    assert_accessible(dpage)
    dpage.check("input[name='decision'][value='goedkeuren']")
    dpage.fill("#id_reason", "Helder en vriendelijk.")
    submit(dpage, "Geef advies")
    other.close()
    post.refresh_from_db()
    assert post.state == "goedgekeurd"
    assert Review.objects.get(post=post).reviewer == daan

    # the author copies the text and marks the post published with its URL
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.goto(reverse("official:post", args=[post.pk]))
    assert "Ronde 1: Daan Test" in page.inner_text("main")
    page.get_by_role("button", name="Kopieer tekst").click()
    page.wait_for_selector("text=Gekopieerd naar het klembord.")
    assert page.evaluate("navigator.clipboard.readText()") == TEXT
    assert_accessible(page)
    page.fill("#id_url", URL)
    submit(page, "Markeer als gepubliceerd")
    post.refresh_from_db()
    assert post.state == "gepubliceerd" and post.published_url == URL
    assert post.final_text == TEXT
    assert page.locator(f"a[href='{URL}']").is_visible()

    # it is in the archive search
    page.goto(reverse("official:archive"))
    page.fill("#id_q", "Vondelkwartier")
    submit(page, "Zoek")
    hit = page.locator(f"a[href='{reverse('official:post', args=[post.pk])}']")
    assert hit.count() == 1 and "Vondelkwartier" in hit.inner_text()
    assert_accessible(page)

    # and is archived
    hit.click()
    submit(page, "Archiveer")
    post.refresh_from_db()
    assert post.state == "gearchiveerd"
    assert page.get_by_role("button", name="Archiveer").count() == 0
    assert_accessible(page)
    page.goto(reverse("official:archive") + "?q=Vondelkwartier")
    assert "gearchiveerd" in page.inner_text("table")
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {
        "official.post.created",
        "official.post.transitioned",
        "official.review.recorded",
    } <= actions
    expected = [f"{live_server.url}{review_url}"]  # the refused forgery answers 400
    real = [p for p in page_problems if not any(p.endswith(e) or f"({e})" in p for e in expected)]
    assert not real, "\n".join(real)
