# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The transition table of official posts: who may do what in which state."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from meedoen.web.audit.events import verify
from meedoen.web.audit.models import AuditEvent
from meedoen.web.official import services, workflow
from meedoen.web.official.models import ImmutablePostError, OfficialPost, Review
from meedoen.web.official.workflow import TransitionError, allowed_actions

from .test_official_support import GREEN, RED, build_team, new_post

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def team(org, make_member):
    return build_team(org, make_member)


# (state, role) -> the exact set of allowed actions, for a rood post on a 1-tier account.
ALLOWED = {
    ("concept", "author"): {"herzien", "toetsen"},
    ("concept", "coeditor"): {"herzien", "toetsen"},
    ("getoetst", "author"): {"herzien", "review_aanvragen"},
    ("in_review", "author"): {"herzien"},
    ("in_review", "reviewer"): {"goedkeuren", "afwijzen", "wijzigingen_voorstellen"},
    ("in_review", "reviewer2"): {"goedkeuren", "afwijzen", "wijzigingen_voorstellen"},
    ("goedgekeurd", "author"): {"herzien", "publiceren"},
    ("goedgekeurd", "coeditor"): {"herzien", "publiceren"},
    ("getoetst", "coeditor"): {"herzien", "review_aanvragen"},
    ("in_review", "coeditor"): {"herzien"},
    ("afgewezen", "author"): {"herzien"},
    ("afgewezen", "coeditor"): {"herzien"},
    ("gepubliceerd", "author"): {"archiveren"},
    ("gepubliceerd", "coeditor"): {"archiveren"},
    ("gepubliceerd", "reviewer2"): {"archiveren"},
    ("gepubliceerd", "reviewer"): {"archiveren"},
}
ROLES = (
    "author",
    "coeditor",
    "reviewer",
    "reviewer2",
    "outsider",
    "management",
    "beheerder",
    "foreign_reviewer",
)


@pytest.mark.parametrize("state", workflow.STATES)
def test_allowed_actions_follow_the_table(team, state):
    post = new_post(team, state)
    for role in ROLES:
        expected = ALLOWED.get((state, role), set())
        assert set(allowed_actions(post, getattr(team, role))) == expected, (state, role)


@pytest.mark.parametrize(
    "state,action,role,code",
    [
        ("concept", "goedkeuren", "reviewer", "invalid_state"),
        ("concept", "toetsen", "outsider", "is_editor"),
        ("getoetst", "publiceren", "author", "review_not_required"),
        ("in_review", "goedkeuren", "author", "is_reviewer"),
        ("in_review", "goedkeuren", "management", "is_reviewer"),
        ("in_review", "goedkeuren", "foreign_reviewer", "not_allowed"),
        ("in_review", "publiceren", "author", "invalid_state"),
        ("afgewezen", "publiceren", "author", "invalid_state"),
        ("gepubliceerd", "herzien", "author", "invalid_state"),
        ("gepubliceerd", "archiveren", "management", "is_editor_or_reviewer"),
        ("gearchiveerd", "herzien", "author", "invalid_state"),
        ("concept", "verwijderen", "author", "unknown_action"),
    ],
)
def test_forbidden_transitions_raise_with_stable_code(team, state, action, role, code):
    post = new_post(team, state)
    with pytest.raises(TransitionError) as exc:
        services.transition(post, action, getattr(team, role), reason="x", url="https://x.nl/")
    assert exc.value.code == code
    assert str(exc.value)  # a Dutch message for the person
    post.refresh_from_db()
    assert post.state == state


def test_every_table_row_is_documented_and_points_to_known_states():
    for row in workflow.TRANSITIONS:
        assert row.source in workflow.STATES and row.target in workflow.STATES
        assert row.action in workflow.ACTIONS
        assert all(g in workflow.GUARDS for g in row.guards)
    assert set(workflow.STATES) == set(OfficialPost.State.values)


def test_green_post_may_be_published_without_review(team):
    post = new_post(team, "getoetst", GREEN)
    assert post.level == "groen"
    assert "publiceren" in allowed_actions(post, team.author)
    post = services.transition(post, "publiceren", team.author, url="https://x.com/a/1")
    assert post.state == "gepubliceerd" and post.final_text == GREEN


@pytest.mark.parametrize("reason", ["always_review", "sensitive_dossier"])
def test_green_post_needs_review_when_account_or_dossier_asks(team, reason):
    if reason == "always_review":
        team.account.always_review = True
        team.account.save()
        post = new_post(team, "getoetst", GREEN)
    else:
        dossier = team.org.dossiers.first()
        dossier.sensitivity = "hoog"
        dossier.save()
        post = services.create_post(team.author, team.account, GREEN, dossier)
        assert post.state == "getoetst"
    assert workflow.review_reasons(post)
    with pytest.raises(TransitionError) as exc:
        services.transition(post, "publiceren", team.author, url="https://x.com/a/1")
    assert exc.value.code == "review_not_required"


def test_self_approval_is_refused_even_for_a_reviewer_author(team):
    team.account.editors.add(team.reviewer)
    post = services.create_post(team.reviewer, team.account, RED)
    post = services.transition(post, "review_aanvragen", team.reviewer)
    assert "goedkeuren" not in allowed_actions(post, team.reviewer)
    with pytest.raises(TransitionError) as exc:
        services.transition(post, "goedkeuren", team.reviewer)
    assert exc.value.code == "not_own_post"
    assert services.transition(post, "goedkeuren", team.reviewer2).state == "goedgekeurd"


def test_last_editor_cannot_approve_either(team):
    team.account.editors.add(team.reviewer)
    post = new_post(team, "concept")
    post = services.update_post(post, team.reviewer, RED + " Aangepast.")
    assert post.state == "getoetst" and post.last_edited_by == team.reviewer
    post = services.transition(post, "review_aanvragen", team.author)
    with pytest.raises(TransitionError) as exc:
        services.transition(post, "goedkeuren", team.reviewer)
    assert exc.value.code == "not_own_post"


def test_two_tiers_need_two_distinct_reviewers(team):
    team.account.review_tiers = 2
    team.account.save()
    post = new_post(team, "in_review")
    post = services.transition(post, "goedkeuren", team.reviewer)
    assert post.state == "in_review"
    assert post.reviews.get().tier == 1
    with pytest.raises(TransitionError) as exc:
        services.transition(post, "goedkeuren", team.reviewer)
    assert exc.value.code == "not_approved_by_member"
    post = services.transition(post, "goedkeuren", team.reviewer2)
    assert post.state == "goedgekeurd"
    assert [r.tier for r in post.reviews.all()] == [1, 2]
    assert post.approved_at is not None


def test_listed_reviewers_only(team):
    team.account.reviewers.set([team.reviewer2])
    post = new_post(team, "in_review")
    assert allowed_actions(post, team.reviewer) == []
    assert "goedkeuren" in allowed_actions(post, team.reviewer2)


def test_expired_approval_cannot_be_published_and_is_reviewed_again(team):
    post = new_post(team, "goedgekeurd")
    Review.objects.filter(post=post).update(expires_at=timezone.now() - timedelta(minutes=1))
    assert "publiceren" not in allowed_actions(post, team.author)
    with pytest.raises(TransitionError) as exc:
        services.transition(post, "publiceren", team.author, url="https://x.com/a/1")
    assert exc.value.code == "approvals_valid"
    post = services.transition(post, "review_aanvragen", team.author)
    assert post.state == "in_review"
    post = services.transition(post, "goedkeuren", team.reviewer2)
    assert "publiceren" in allowed_actions(post, team.author)


def test_approval_expires_after_the_accounts_days(team):
    team.account.approval_valid_days = 3
    team.account.save()
    post = new_post(team, "goedgekeurd")
    review = post.reviews.get()
    assert review.expires_at - review.created_at == timedelta(days=3)


def test_editing_after_approval_resets_to_concept(team):
    post = new_post(team, "goedgekeurd")
    dossier = team.org.dossiers.first()
    post.dossier = dossier
    post.save()
    post = services.update_post(post, team.author, RED + " Met een wijziging.", check=False)
    assert post.state == "concept" and post.dossier == dossier  # dossier kept
    assert post.assessment is None and post.level == ""
    assert workflow.active_approvals(post) == []
    post = services.transition(post, "toetsen", team.author)
    post = services.transition(post, "review_aanvragen", team.author)
    assert post.state == "in_review"  # reviewed again, from scratch


def test_suggested_changes_go_back_to_the_author(team):
    post = new_post(team, "in_review")
    with pytest.raises(TransitionError) as exc:
        services.transition(post, "wijzigingen_voorstellen", team.reviewer)
    assert exc.value.code == "missing_reason"
    post = services.transition(
        post, "wijzigingen_voorstellen", team.reviewer, suggested_text="Bel ons op 14 0123."
    )
    assert post.state == "concept"
    assert post.reviews.get().decision == "wijzigingen"


def test_rejection_needs_a_reason(team):
    post = new_post(team, "in_review")
    with pytest.raises(TransitionError) as exc:
        services.transition(post, "afwijzen", team.reviewer, reason="  ")
    assert exc.value.code == "missing_reason"


def test_publishing_needs_a_url(team):
    post = new_post(team, "goedgekeurd")
    with pytest.raises(TransitionError) as exc:
        services.transition(post, "publiceren", team.author)
    assert exc.value.code == "missing_url"


def test_published_post_is_immutable(team):
    post = new_post(team, "gepubliceerd")
    post.text = "Iets heel anders."
    with pytest.raises(ImmutablePostError):
        post.save()
    post.refresh_from_db()
    post.final_text = "Stiekem aangepast."
    with pytest.raises(ImmutablePostError):
        post.save()
    post.refresh_from_db()
    post.state = "concept"
    with pytest.raises(ImmutablePostError):
        post.save()
    post.refresh_from_db()
    post = services.transition(post, "archiveren", team.author)
    assert post.state == "gearchiveerd" and post.archived_at
    post.published_url = "https://example.org/"
    with pytest.raises(ImmutablePostError):
        post.save()


def test_every_transition_is_audited_with_a_verifiable_chain(team):
    before = AuditEvent.objects.count()
    post = new_post(team, "gearchiveerd")
    rows = list(AuditEvent.objects.order_by("id")[before:])
    actions = [(r.action, r.data.get("transition")) for r in rows]
    assert actions == [
        ("official.post.created", None),
        ("official.post.transitioned", "toetsen"),
        ("official.post.transitioned", "review_aanvragen"),
        ("official.post.transitioned", "goedkeuren"),
        ("official.review.recorded", None),
        ("official.post.transitioned", "publiceren"),
        ("official.post.transitioned", "archiveren"),
    ]
    assert all(r.object_id == str(post.pk) for r in rows)
    assert rows[3].actor_label == team.reviewer.user.username
    assert RED not in str([r.data for r in rows])  # hashes, not texts
    assert verify().ok


def test_refused_transitions_reading_and_previews_write_no_audit(team):
    post = new_post(team, "in_review")
    before = AuditEvent.objects.count()
    with pytest.raises(TransitionError):
        services.transition(post, "goedkeuren", team.author)
    services.preview(team.author, team.account, RED)
    services.recheck(post)
    services.allowed_actions(post, team.reviewer)
    list(services.search_archive(team.org, "gemeentehuis"))
    assert AuditEvent.objects.count() == before


def test_workflow_doc_is_current():
    doc = (ROOT / "docs" / "workflow.md").read_text(encoding="utf-8")
    assert doc == workflow.as_markdown(), (
        "docs/workflow.md is stale: python -m meedoen.web.official.workflow > docs/workflow.md"
    )
