# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Pages of the official-accounts area: permissions per role and object, escaping, CSRF."""

from __future__ import annotations

import pytest
from django.test import Client

from meedoen.web.audit.models import AuditEvent
from meedoen.web.official import services
from meedoen.web.official.display import segments
from meedoen.web.official.models import OfficialAccount, OfficialPost

from .test_official_support import RED, build_team, new_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(org, make_member):
    return build_team(org, make_member)


@pytest.mark.parametrize(
    "role", ["author", "reviewer", "outsider", "management", "beheerder", "foreign_reviewer"]
)
def test_index_renders_for_every_role(team, client_for, role):
    new_post(team, "in_review")
    response = client_for(getattr(team, role)).get("/organisatie-accounts/")
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count("<h1") == 1
    assert ("Te reviewen" in body) == (role == "reviewer")


def test_index_needs_login(client):
    response = client.get("/organisatie-accounts/")
    assert response.status_code == 302 and "/account/" in response["Location"]


def test_author_creates_a_post_and_it_is_checked(team, client_for):
    c = client_for(team.author)
    assert c.get("/organisatie-accounts/nieuw/").status_code == 200
    response = c.post(
        "/organisatie-accounts/nieuw/", {"account": team.account.pk, "text": RED, "dossier": ""}
    )
    post = OfficialPost.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/bericht/{post.pk}/")
    assert post.author == team.author and post.level == "rood" and post.state == "getoetst"
    assert AuditEvent.objects.filter(action="official.post.created").count() == 1


@pytest.mark.parametrize("role", ["outsider", "reviewer", "management"])
def test_non_editors_cannot_create(team, client_for, role):
    c = client_for(getattr(team, role))
    assert c.get("/organisatie-accounts/nieuw/").status_code == 403
    response = c.post("/organisatie-accounts/nieuw/", {"account": team.account.pk, "text": RED})
    assert response.status_code == 403
    assert not OfficialPost.objects.exists()


@pytest.mark.parametrize(
    "state,role,status",
    [
        ("concept", "author", 200),
        ("concept", "coeditor", 200),
        ("concept", "reviewer", 404),  # not yet asked for review
        ("concept", "outsider", 404),
        ("concept", "management", 404),
        ("concept", "beheerder", 404),
        ("concept", "foreign_reviewer", 404),
        ("in_review", "reviewer", 200),
        ("in_review", "outsider", 404),
        ("in_review", "management", 404),
        ("gepubliceerd", "management", 200),
        ("gepubliceerd", "outsider", 404),
        ("gepubliceerd", "foreign_reviewer", 404),
        ("gearchiveerd", "beheerder", 200),
    ],
)
def test_post_visibility_per_role_and_object(team, client_for, state, role, status):
    post = new_post(team, state)
    response = client_for(getattr(team, role)).get(f"/organisatie-accounts/bericht/{post.pk}/")
    assert response.status_code == status


def test_management_reads_the_archive_without_any_action(team, client_for):
    post = new_post(team, "gepubliceerd")
    body = client_for(team.management).get(f"/organisatie-accounts/bericht/{post.pk}/")
    body = body.content.decode()
    assert "niet meer worden gewijzigd" in body
    assert 'name="action"' not in body and "<textarea" not in body
    for url in ("actie/", "tekst/", "review/", "publiceren/"):
        response = client_for(team.management).post(
            f"/organisatie-accounts/bericht/{post.pk}/{url}",
            {"action": "archiveren", "text": "x", "decision": "goedkeuren", "url": "https://a.nl"},
        )
        assert response.status_code in (302, 400)
    post.refresh_from_db()
    assert post.state == "gepubliceerd"


def test_outsider_cannot_act_on_a_post(team, client_for):
    post = new_post(team, "concept")
    response = client_for(team.outsider).post(
        f"/organisatie-accounts/bericht/{post.pk}/actie/", {"action": "toetsen"}
    )
    assert response.status_code == 404


def test_user_text_is_escaped(team, client_for):
    post = new_post(team, "in_review", text="<script>alert('x')</script> Mijn BSN is 111222333")
    for who in (team.author, team.reviewer):
        body = client_for(who).get(f"/organisatie-accounts/bericht/{post.pk}/").content.decode()
        assert "<script>alert" not in body
        assert "&lt;script&gt;" in body


def test_posts_need_csrf(team):
    post = new_post(team, "concept")
    c = Client(enforce_csrf_checks=True)
    c.force_login(team.author.user)
    response = c.post(f"/organisatie-accounts/bericht/{post.pk}/actie/", {"action": "toetsen"})
    assert response.status_code == 403
    post.refresh_from_db()
    assert post.state == "concept"


def test_review_flow_through_the_pages(team, client_for):
    post = new_post(team, "in_review")
    url = f"/organisatie-accounts/bericht/{post.pk}/"
    # the author may not approve their own post: refused, state unchanged
    response = client_for(team.author).post(url + "review/", {"decision": "goedkeuren"})
    assert response.status_code == 400
    post.refresh_from_db()
    assert post.state == "in_review"
    # the reviewer suggests a change; the author sees it as text
    response = client_for(team.reviewer).post(
        url + "review/",
        {
            "decision": "wijzigingen_voorstellen",
            "reason": "Korter.",
            "suggested_text": "<b>Bel</b>",
        },
    )
    assert response.status_code == 302
    body = client_for(team.author).get(url).content.decode()
    assert "&lt;b&gt;Bel&lt;/b&gt;" in body and "Voorstel van de reviewer" in body
    # the author adopts it (re-checked), asks for review, gets approved and publishes
    client_for(team.author).post(url + "tekst/", {"text": "Bel ons op 14 0123.", "dossier": ""})
    post.refresh_from_db()
    assert post.state == "getoetst" and post.text == "Bel ons op 14 0123."
    client_for(team.author).post(url + "actie/", {"action": "review_aanvragen"})
    client_for(team.reviewer2).post(url + "review/", {"decision": "goedkeuren"})
    post.refresh_from_db()
    assert post.state == "goedgekeurd"
    body = client_for(team.author).get(url).content.decode()
    assert 'data-copy-target="#te-plaatsen-tekst"' in body
    response = client_for(team.author).post(
        url + "publiceren/", {"url": "https://x.com/testgemeente/status/9", "published_at": ""}
    )
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.state == "gepubliceerd" and post.published_url.endswith("/9")


def test_publish_form_rejects_non_http_urls(team, client_for):
    post = new_post(team, "goedgekeurd")
    response = client_for(team.author).post(
        f"/organisatie-accounts/bericht/{post.pk}/publiceren/", {"url": "javascript:alert(1)"}
    )
    assert response.status_code == 400
    post.refresh_from_db()
    assert post.state == "goedgekeurd"


def test_preview_stores_nothing(team, client_for):
    before = (OfficialPost.objects.count(), AuditEvent.objects.count())
    response = client_for(team.author).post(
        "/organisatie-accounts/voorbeeld/", {"account": team.account.pk, "text": RED}
    )
    assert response.status_code == 200 and "rood" in response.content.decode()
    assert (OfficialPost.objects.count(), AuditEvent.objects.count()) == before
    other = client_for(team.outsider).post(
        "/organisatie-accounts/voorbeeld/", {"account": team.account.pk, "text": RED}
    )
    assert "rood" not in other.content.decode()


def test_beheerder_manages_accounts_and_it_is_audited(team, client_for):
    c = client_for(team.beheerder)
    assert c.get("/organisatie-accounts/accounts/").status_code == 200
    response = c.post(
        "/organisatie-accounts/accounts/nieuw/",
        {
            "name": "Gemeente Test",
            "channel": "linkedin",
            "handle": "",
            "bio": "",
            "review_tiers": 2,
            "always_review": "on",
            "approval_valid_days": 14,
            "retention_days": 3650,
            "reviewers": [team.reviewer.pk],
            "editors": [team.author.pk],
        },
    )
    assert response.status_code == 302
    account = OfficialAccount.objects.get(channel="linkedin")
    assert account.always_review and account.review_tiers == 2
    assert list(account.reviewers.all()) == [team.reviewer]
    event = AuditEvent.objects.get(action="official.account.changed")
    assert event.data["change"] == "created"


def test_account_form_refuses_foreign_members_and_too_many_tiers(team, client_for):
    response = client_for(team.beheerder).post(
        f"/organisatie-accounts/accounts/{team.account.pk}/",
        {
            "name": "@testgemeente",
            "channel": "x",
            "review_tiers": 4,
            "approval_valid_days": 14,
            "retention_days": 10,
            "reviewers": [team.foreign_reviewer.pk],
        },
    )
    assert response.status_code == 400
    team.account.refresh_from_db()
    assert team.account.review_tiers == 1


@pytest.mark.parametrize("role", ["author", "reviewer", "management", "outsider"])
def test_only_beheerders_manage_accounts(team, client_for, role):
    c = client_for(getattr(team, role))
    assert c.get("/organisatie-accounts/accounts/").status_code == 403
    assert c.get(f"/organisatie-accounts/accounts/{team.account.pk}/").status_code == 403


def test_foreign_beheerder_gets_404_for_our_account(team, make_member, client_for):
    foreign = make_member("beheerder", "vreemdebeheerder", organisation=team.other_org)
    response = client_for(foreign).get(f"/organisatie-accounts/accounts/{team.account.pk}/")
    assert response.status_code == 404


def test_review_queue_skips_posts_already_approved_by_me(team, client_for):
    team.account.review_tiers = 2
    team.account.save()
    post = new_post(team, "in_review")
    assert list(services.review_queue(team.reviewer)) == [post]
    services.transition(post, "goedkeuren", team.reviewer)
    assert list(services.review_queue(team.reviewer)) == []
    assert list(services.review_queue(team.reviewer2)) == [post]
    assert list(services.review_queue(team.author)) == []


def test_severe_findings_are_highlighted_over_broad_ones():
    text = "Mijn BSN is 111222333 ok"
    findings = [
        {"start": 0, "end": len(text), "severity": "let-op"},
        {"start": 12, "end": 21, "severity": "ernstig"},
    ]
    parts = segments(text, findings)
    assert [p["text"] for p in parts] == ["Mijn BSN is ", "111222333", " ok"]
    assert parts[1]["finding"] == 2 and parts[1]["level"] == "rood"
    assert segments(text, [{"start": 5, "end": 99, "severity": "risico"}]) == [
        {"text": text, "finding": None}
    ]
