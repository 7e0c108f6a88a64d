# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The organisation's data tables: one generic list/create/edit/delete, audited."""

from __future__ import annotations

import pytest
from django.urls import reverse

from meedoen.web import engine
from meedoen.web.accounts.models import Role
from meedoen.web.audit.events import verify
from meedoen.web.audit.models import AuditEvent
from meedoen.web.organisation.models import Dossier, ElectionDate, FunctionalMailbox, PublicHandle

pytestmark = pytest.mark.django_db


@pytest.fixture
def c(make_member, client_for):
    return client_for(make_member(Role.BEHEERDER, username="eva"))


CASES = [
    (
        "dossiers",
        Dossier,
        {
            "name": "Stikstof",
            "keywords": "stikstof, PAS-melders\nnatura 2000",
            "sensitivity": "hoog",
        },
        {"name": "Stikstof en natuur", "keywords": "stikstof", "sensitivity": "midden"},
        "name",
    ),
    (
        "verkiezingen",
        ElectionDate,
        {"name": "Referendum", "kind": "referendum", "date": "2030-05-01", "window_days": "30"},
        {"name": "Referendum 2030", "kind": "referendum", "date": "2030-05-02", "window_days": "7"},
        "name",
    ),
    (
        "mailboxen",
        FunctionalMailbox,
        {"address": "balie@testgemeente.example"},
        {"address": "loket@testgemeente.example"},
        "address",
    ),
    (
        "accounts",
        PublicHandle,
        {"kind": "pers", "handle": "@stadskrant", "name": "", "role": ""},
        {"kind": "pers", "handle": "@stadskrant_nl", "name": "Stadskrant", "role": ""},
        "handle",
    ),
]


@pytest.mark.parametrize("slug,model,create,update,field", CASES, ids=[x[0] for x in CASES])
def test_create_edit_delete_each_audited(org, c, slug, model, create, update, field):
    response = c.post(reverse(f"beheer:{slug}_new"), create)
    assert response.status_code == 302, response.content.decode()[:2000]
    obj = model.objects.get(organisation=org, **{field: create[field]})
    assert create[field] in c.get(reverse(f"beheer:{slug}")).content.decode()

    assert c.post(reverse(f"beheer:{slug}_edit", args=[obj.pk]), update).status_code == 302
    obj.refresh_from_db()
    assert getattr(obj, field) == update[field]

    assert c.get(reverse(f"beheer:{slug}_delete", args=[obj.pk])).status_code == 200
    assert c.post(reverse(f"beheer:{slug}_delete", args=[obj.pk])).status_code == 302
    assert not model.objects.filter(pk=obj.pk).exists()

    rows = list(AuditEvent.objects.order_by("id"))
    assert [r.data["change"] for r in rows] == ["created", "updated", "deleted"]
    assert {r.action for r in rows} == {"setting.changed"}
    assert all(r.object_id == str(obj.pk) and r.actor_label == "eva" for r in rows)
    assert verify().ok


def test_keywords_are_split_and_deduplicated(org, c):
    c.post(
        reverse("beheer:dossiers_new"),
        {"name": "Water", "keywords": "dijk, dijk\n  waterschap ,", "sensitivity": "laag"},
    )
    assert Dossier.objects.get(organisation=org, name="Water").keywords == ["dijk", "waterschap"]


@pytest.mark.parametrize(
    "slug,data,error",
    [
        ("dossiers", {"name": "Parkeren", "sensitivity": "laag"}, "staat er al"),
        ("dossiers", {"name": "X", "sensitivity": "extreem"}, "geldige keuze"),
        (
            "verkiezingen",
            {"name": "X", "kind": "k", "date": "2030-02-30", "window_days": "1"},
            "datum",
        ),
        (
            "verkiezingen",
            {"name": "X", "kind": "k", "date": "2030-01-01", "window_days": "999"},
            "365",
        ),
        ("mailboxen", {"address": "geen-adres"}, "e-mailadres"),
        ("accounts", {"kind": "ambtsdrager", "handle": "@w", "name": "", "role": ""}, "naam"),
        ("accounts", {"kind": "pers", "handle": "", "name": "Krant", "role": ""}, "account"),
    ],
)
def test_invalid_input_is_refused_with_a_message(org, c, slug, data, error):
    audit_before = AuditEvent.objects.count()
    response = c.post(reverse(f"beheer:{slug}_new"), data)
    assert response.status_code == 200
    assert error.lower() in response.content.decode().lower()
    assert AuditEvent.objects.count() == audit_before


def test_user_text_is_escaped(org, c):
    c.post(
        reverse("beheer:dossiers_new"),
        {"name": "<script>alert(1)</script>", "keywords": "<img src=x>", "sensitivity": "laag"},
    )
    page = c.get(reverse("beheer:dossiers")).content.decode()
    assert "<script>alert(1)</script>" not in page and "<img src=x>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_new_mailbox_takes_effect_in_the_next_check(org, c, make_member):
    author = make_member(Role.MEDEWERKER)
    text = "Mail gerust naar kees.devries@testgemeente.example voor vragen."
    before = engine.check(text, member=author)
    assert "persoonsgegevens" in {f.category for f in before.findings}
    c.post(reverse("beheer:mailboxen_new"), {"address": "kees.devries@testgemeente.example"})
    after = engine.check(text, member=author)
    assert "persoonsgegevens" not in {f.category for f in after.findings}


def test_a_new_election_date_is_used_by_the_engine(org, c):
    c.post(
        reverse("beheer:verkiezingen_new"),
        {
            "name": "Herindelingsverkiezing",
            "kind": "gemeenteraad",
            "date": "2031-11-20",
            "window_days": "42",
        },
    )
    pack = engine.effective_pack(org, org.active_pack())
    assert "Herindelingsverkiezing" in {e.name for e in pack.organisation.elections}
