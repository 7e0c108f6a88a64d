# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Per-object permissions on a saved draft: who may do what (one table).

Only the owner and current sharees see a draft; only sharees give feedback;
only the owner shares, revokes, adopts and deletes. Roles give no access:
beheerder, management and coaches get 404 like any other colleague.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from meedoen.web.accounts.models import Role
from meedoen.web.samenleren.models import Feedback, Share
from meedoen.web.zelftoets.models import SavedDraft
from meedoen.web.zelftoets.services import run_check

pytestmark = pytest.mark.django_db

OK, NOT_FOUND, LOGIN = "ok", 404, "login"
ACTORS = [
    "owner",
    "sharee",
    "revoked",
    "medewerker",
    "coach",
    "beheerder",
    "management",
    "anonymous",
]
# action → actor → expected outcome
EXPECTED: dict[str, dict[str, Any]] = {
    "view": {"owner": OK, "sharee": OK},
    "feedback": {"sharee": OK},
    "share": {"owner": OK},
    "revoke": {"owner": OK},
    "adopt": {"owner": OK},
    "delete": {"owner": OK},
}


@dataclass
class World:
    draft: SavedDraft
    share: Share
    rewrite: Feedback
    clients: dict[str, Client]
    newcomer: Any


@pytest.fixture
def world(make_member, client_for) -> World:
    owner = make_member(Role.MEDEWERKER, username="eigenaar")
    sharee = make_member(Role.MEDEWERKER, username="collega")
    revoked = make_member(Role.MEDEWERKER, username="vroeger")
    members = {
        "owner": owner,
        "sharee": sharee,
        "revoked": revoked,
        "medewerker": make_member(Role.MEDEWERKER, username="ander"),
        "coach": make_member(Role.COMMUNICATIEADVISEUR, username="coach"),
        "beheerder": make_member(Role.BEHEERDER, username="beheer"),
        "management": make_member(Role.MANAGEMENT, username="mt"),
    }
    text = "Wat een gedoe weer met die vergunningen."
    context = {"channel": "x", "capacity": "prive"}
    draft = SavedDraft(owner=owner, text=text, context=context)
    draft.apply_assessment(run_check(text, context, owner))
    draft.save()
    share = Share.objects.create(draft=draft, colleague=sharee)
    old = Share.objects.create(draft=draft, colleague=revoked)
    old.revoked_at = old.shared_at
    old.save()
    rewrite = Feedback.objects.create(
        draft=draft,
        author=sharee,
        kind=Feedback.Kind.REWRITE,
        suggested_text="Vergunningen duren soms lang; ik hoop op snellere procedures.",
        base_text=text,
    )
    clients = {name: client_for(m) for name, m in members.items()}
    clients["anonymous"] = Client()
    newcomer = make_member(Role.MEDEWERKER, username="nieuw")
    return World(draft, share, rewrite, clients, newcomer)


def perform(w: World, action: str, c: Client):  # noqa: ANN201 - a response
    pk = w.draft.pk
    if action == "view":
        return c.get(reverse("samenleren:draft", args=[pk]))
    if action == "feedback":
        data = {"kind": "opmerking", "text": "Misschien iets milder?"}
        return c.post(reverse("samenleren:feedback", args=[pk]), data)
    if action == "share":
        data = {"colleague": w.newcomer.pk}
        return c.post(reverse("samenleren:share", args=[pk]), data)
    if action == "revoke":
        return c.post(reverse("samenleren:revoke", args=[pk, w.share.pk]))
    if action == "adopt":
        return c.post(reverse("samenleren:adopt", args=[w.rewrite.pk]))
    if action == "delete":
        return c.post(reverse("zelftoets:delete", args=[pk]))
    raise AssertionError(action)


def happened(w: World, action: str) -> bool:
    """Did the action change the database?"""
    if action == "view":
        return True
    if action == "feedback":
        return Feedback.objects.filter(kind="opmerking").exists()
    if action == "share":
        return Share.objects.filter(colleague=w.newcomer, revoked_at__isnull=True).exists()
    if action == "revoke":
        return Share.objects.get(pk=w.share.pk).revoked_at is not None
    if action == "adopt":
        return SavedDraft.objects.get(pk=w.draft.pk).text == w.rewrite.suggested_text
    if action == "delete":
        return not SavedDraft.objects.filter(pk=w.draft.pk).exists()
    raise AssertionError(action)


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("action", list(EXPECTED))
def test_permission_table(world, action, actor):
    expected = EXPECTED[action].get(actor, LOGIN if actor == "anonymous" else NOT_FOUND)
    response = perform(world, action, world.clients[actor])
    if expected == OK:
        assert response.status_code in (200, 302)
        if response.status_code == 302:
            assert "/account/inloggen/" not in response["Location"]
        assert happened(world, action)
    elif expected == LOGIN:
        assert response.status_code == 302 and "/account/inloggen/" in response["Location"]
        assert action == "view" or not happened(world, action)
    else:
        assert response.status_code == expected
        assert action == "view" or not happened(world, action)


@pytest.mark.parametrize("actor", ["coach", "beheerder", "management", "medewerker", "revoked"])
def test_others_do_not_see_it_listed_anywhere(world, actor):
    c = world.clients[actor]
    for url in (reverse("samenleren:index"), reverse("samenleren:leerlog")):
        body = c.get(url).content.decode()
        assert reverse("samenleren:draft", args=[world.draft.pk]) not in body
        assert "vergunningen" not in body.lower()


def test_sharee_cannot_ignore_and_owner_cannot_give_feedback(world):
    sharee, owner = world.clients["sharee"], world.clients["owner"]
    assert sharee.post(reverse("samenleren:ignore", args=[world.rewrite.pk])).status_code == 404
    url = reverse("samenleren:feedback", args=[world.draft.pk])
    assert owner.post(url, {"kind": "goed"}).status_code == 404


def test_revoked_sharee_loses_access_immediately(world):
    sharee = world.clients["sharee"]
    url = reverse("samenleren:draft", args=[world.draft.pk])
    assert sharee.get(url).status_code == 200
    world.clients["owner"].post(reverse("samenleren:revoke", args=[world.draft.pk, world.share.pk]))
    assert sharee.get(url).status_code == 404
    data = {"kind": "goed"}
    assert (
        sharee.post(reverse("samenleren:feedback", args=[world.draft.pk]), data).status_code == 404
    )
