# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Samen leren end to end: share, feedback, diff, adopt or ignore, leerlog."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from meedoen.web.accounts.models import Role
from meedoen.web.audit.models import AuditEvent
from meedoen.web.organisation.models import Organisation
from meedoen.web.samenleren import services
from meedoen.web.samenleren.diff import diff_html
from meedoen.web.samenleren.models import Feedback, Share
from meedoen.web.zelftoets.models import SavedDraft
from meedoen.web.zelftoets.services import run_check

pytestmark = pytest.mark.django_db

EVIL = "<script>alert('x')</script>"


@pytest.fixture
def anna(make_member):
    return make_member(Role.MEDEWERKER, username="anna")


@pytest.fixture
def bram(make_member):
    return make_member(Role.MEDEWERKER, username="bram")


@pytest.fixture
def draft(anna):
    text = f"Mijn BSN is 111222333 {EVIL}"
    context = {"channel": "x", "capacity": "prive"}
    d = SavedDraft(owner=anna, text=text, context=context)
    d.apply_assessment(run_check(text, context, anna))
    d.save()
    return d


def test_full_flow(anna, bram, draft, client_for):
    a, b = client_for(anna), client_for(bram)
    audit_before = AuditEvent.objects.count()
    page = a.get(reverse("samenleren:draft", args=[draft.pk])).content.decode()
    assert f'<option value="{bram.pk}">' in page
    r = a.post(reverse("samenleren:share", args=[draft.pk]), {"colleague": bram.pk})
    assert r.status_code == 302
    index = b.get(reverse("samenleren:index")).content.decode()
    assert reverse("samenleren:draft", args=[draft.pk]) in index
    assert "vraagt om jouw feedback" in index

    url = reverse("samenleren:feedback", args=[draft.pk])
    assert (
        b.post(url, {"kind": "opmerking", "text": f"Haal het nummer weg {EVIL}"}).status_code == 302
    )
    suggestion = "Bel me maar, dan zoeken we het samen uit."
    data = {"kind": "herschrijving", "text": "", "suggested_text": suggestion}
    assert b.post(url, data).status_code == 302
    assert b.post(url, {"kind": "goed"}).status_code == 302
    assert "je hebt gereageerd" in b.get(reverse("samenleren:index")).content.decode()

    page = a.get(reverse("samenleren:draft", args=[draft.pk])).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)" in page
    assert "<del>" in page and "<ins>" in page
    rewrite = Feedback.objects.get(kind="herschrijving")
    assert a.post(reverse("samenleren:adopt", args=[rewrite.pk])).status_code == 302
    draft.refresh_from_db()
    rewrite.refresh_from_db()
    assert draft.text == suggestion and rewrite.decision == "overgenomen"
    assert draft.level == "groen"  # re-checked: the BSN is gone
    assert draft.assessment["findings"] == []

    log = a.get(reverse("samenleren:leerlog")).content.decode()
    assert log.index("ziet er goed uit") < log.index("Haal het nummer weg")  # newest first
    assert "<script>alert" not in log
    assert AuditEvent.objects.count() == audit_before  # never audited


def test_ignore_keeps_the_text(anna, bram, draft, client_for):
    services.share(draft, bram)
    fb = services.give_feedback(
        draft, bram, {"kind": "herschrijving", "suggested_text": "Iets anders.", "text": ""}
    )
    assert client_for(anna).post(reverse("samenleren:ignore", args=[fb.pk])).status_code == 302
    fb.refresh_from_db()
    draft.refresh_from_db()
    assert fb.decision == "genegeerd" and draft.text.startswith("Mijn BSN")
    with pytest.raises(ValueError):
        services.adopt(fb)


def test_diff_is_word_level_and_escaped():
    html = str(diff_html("Ik vind <b>dit</b> slecht.", "Ik vind <b>dit</b> lastig & moeilijk."))
    assert "<b>" not in html
    assert "Ik vind &lt;b&gt;dit&lt;/b&gt; " in html
    hidden = '<span class="meedoen-visually-hidden">'
    assert f"<del>{hidden}[verwijderd: </span>slecht.{hidden}]</span></del>" in html
    assert f"<ins>{hidden}[toegevoegd: </span>lastig &amp; moeilijk.{hidden}]</span></ins>" in html
    assert html.startswith("Ik vind &lt;b&gt;dit&lt;/b&gt; <del>")  # unchanged words stay plain


def test_diff_of_identical_text_has_no_marks():
    assert "<ins>" not in str(diff_html("a b c", "a b c"))


def test_rewrite_needs_a_different_text(anna, bram, draft, client_for):
    services.share(draft, bram)
    url = reverse("samenleren:feedback", args=[draft.pk])
    c = client_for(bram)
    assert c.post(url, {"kind": "herschrijving", "suggested_text": draft.text}).status_code == 400
    assert c.post(url, {"kind": "opmerking", "text": "  "}).status_code == 400
    assert not Feedback.objects.exists()


def test_feedback_after_publication_is_positive_or_learning(anna, bram, draft, client_for):
    services.share(draft, bram)
    a, b = client_for(anna), client_for(bram)
    a.post(reverse("zelftoets:publish", args=[draft.pk]), {"published_url": "https://x.example/1"})
    page = b.get(reverse("samenleren:draft", args=[draft.pk])).content.decode()
    assert 'value="leerpunt"' in page and 'value="herschrijving"' not in page
    url = reverse("samenleren:feedback", args=[draft.pk])
    data = {"kind": "herschrijving", "suggested_text": "x"}
    assert b.post(url, data).status_code == 400
    assert (
        b.post(url, {"kind": "leerpunt", "text": "Volgende keer eerst het BSN eruit."}).status_code
        == 302
    )
    assert b.post(url, {"kind": "goed", "text": "Mooi dat je reageerde!"}).status_code == 302
    assert set(Feedback.objects.values_list("on_published", flat=True)) == {True}
    assert (
        "Volgende keer eerst het BSN eruit."
        in a.get(reverse("samenleren:leerlog")).content.decode()
    )


def test_sharee_sees_only_own_feedback(anna, bram, draft, make_member, client_for):
    carl = make_member(Role.MEDEWERKER, username="carl")
    services.share(draft, bram)
    services.share(draft, carl)
    services.give_feedback(draft, carl, {"kind": "opmerking", "text": "Geheim van Carl"})
    page = client_for(bram).get(reverse("samenleren:draft", args=[draft.pk])).content.decode()
    assert "Geheim van Carl" not in page
    page = client_for(anna).get(reverse("samenleren:draft", args=[draft.pk])).content.decode()
    assert "Geheim van Carl" in page


def test_cross_organisation_sharing_is_impossible(anna, draft, make_member, client_for):
    other_org = Organisation.objects.create(slug="elders", name="Gemeente Elders")
    stranger = make_member(Role.MEDEWERKER, username="vreemde", organisation=other_org)
    a = client_for(anna)
    page = a.get(reverse("samenleren:draft", args=[draft.pk])).content.decode()
    assert f'value="{stranger.pk}"' not in page
    r = a.post(reverse("samenleren:share", args=[draft.pk]), {"colleague": stranger.pk})
    assert r.status_code == 400 and not Share.objects.exists()
    with pytest.raises(ValueError):
        services.share(draft, stranger)
    Share.objects.create(draft=draft, colleague=stranger)  # even a forged row gives no access
    assert client_for(stranger).get(reverse("samenleren:draft", args=[draft.pk])).status_code == 404


def test_sharing_twice_keeps_one_active_share(anna, bram, draft):
    services.share(draft, bram)
    services.share(draft, bram)
    assert Share.objects.filter(revoked_at__isnull=True).count() == 1


def test_csrf_is_enforced_on_feedback(anna, bram, draft):
    services.share(draft, bram)
    c = Client(enforce_csrf_checks=True)
    c.force_login(bram.user)
    r = c.post(reverse("samenleren:feedback", args=[draft.pk]), {"kind": "goed"})
    assert r.status_code == 403 and not Feedback.objects.exists()


def test_deleting_a_draft_deletes_its_shares_and_feedback(anna, bram, draft, client_for):
    services.share(draft, bram)
    services.give_feedback(draft, bram, {"kind": "goed"})
    client_for(anna).post(reverse("zelftoets:delete", args=[draft.pk]))
    assert not Share.objects.exists() and not Feedback.objects.exists()


def test_demo_data(org, anna, bram):
    from meedoen.web.samenleren import demo as samen_demo
    from meedoen.web.zelftoets import demo as zelf_demo

    users = {"anna": anna, "bram": bram}
    for _ in range(2):  # idempotent
        zelf_demo.load(org, users)
        samen_demo.load(org, users)
    d = SavedDraft.objects.get(owner=anna)
    assert d.shares.get().colleague == bram
    kinds = sorted(d.feedback.values_list("kind", flat=True))
    assert kinds == ["herschrijving", "opmerking"]
