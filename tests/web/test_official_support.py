# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Shared fixtures and helpers for the official-accounts tests (no tests here)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from django.contrib.auth import get_user_model

from meedoen.web.accounts.models import Member, Role
from meedoen.web.official import services
from meedoen.web.official.models import OfficialAccount, OfficialPost
from meedoen.web.organisation.models import Organisation

GREEN = "Het gemeentehuis is op Koningsdag gesloten. Voor spoedzaken belt u 14 0123."
RED = "Mijn BSN is 111222333, bel me even."

# Path from concept to each state, as (action, role, data).
PATHS: dict[str, list[tuple[str, str, dict[str, Any]]]] = {
    "concept": [],
    "getoetst": [("toetsen", "author", {})],
    "in_review": [("toetsen", "author", {}), ("review_aanvragen", "author", {})],
    "goedgekeurd": [
        ("toetsen", "author", {}),
        ("review_aanvragen", "author", {}),
        ("goedkeuren", "reviewer", {}),
    ],
    "afgewezen": [
        ("toetsen", "author", {}),
        ("review_aanvragen", "author", {}),
        ("afwijzen", "reviewer", {"reason": "Past niet bij het account."}),
    ],
}
PATHS["gepubliceerd"] = [
    *PATHS["goedgekeurd"],
    ("publiceren", "author", {"url": "https://x.com/testgemeente/status/1"}),
]
PATHS["gearchiveerd"] = [*PATHS["gepubliceerd"], ("archiveren", "author", {})]


def build_team(org, make_member) -> SimpleNamespace:
    """Members of every role around one X account; use it from a ``team`` fixture."""
    t = SimpleNamespace(org=org)
    t.author = make_member(Role.MEDEWERKER, "auteur")
    t.coeditor = make_member(Role.MEDEWERKER, "collega")
    t.reviewer = make_member(Role.COMMUNICATIEADVISEUR, "coach1")
    t.reviewer2 = make_member(Role.COMMUNICATIEADVISEUR, "coach2")
    t.outsider = make_member(Role.MEDEWERKER, "buitenstaander")
    t.management = make_member(Role.MANAGEMENT, "directie")
    t.beheerder = make_member(Role.BEHEERDER, "beheer")
    other = Organisation.objects.create(slug="andere", name="Andere gemeente", kind="gemeente")
    user = get_user_model().objects.create_user(username="vreemd", password="x-y-z-12345")
    t.foreign_reviewer = Member.objects.create(
        user=user, organisation=other, role=Role.COMMUNICATIEADVISEUR
    )
    t.other_org = other
    t.account = OfficialAccount.objects.create(
        organisation=org,
        name="@testgemeente",
        channel="x",
        handle="@testgemeente",
        bio="Het officiële account van Gemeente Test. Vragen? Bel 14 0123.",
    )
    t.account.editors.set([t.author, t.coeditor])
    return t


def member_for(t: SimpleNamespace, role: str) -> Member:
    return getattr(t, role)


def new_post(
    t: SimpleNamespace, state: str = "concept", text: str = RED, account=None
) -> OfficialPost:
    post = services.create_post(t.author, account or t.account, text, check=False)
    for action, role, data in PATHS[state]:
        post = services.transition(post, action, member_for(t, role), **data)
    assert post.state == state
    return post
