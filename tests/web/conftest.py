# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Shared fixtures for the web tests (PostgreSQL via pytest-django).

``org`` is an organisation with the demo rule pack and data; ``make_member``
creates a signed-in-able member with a role; ``client_for`` gives a Django
test client logged in as that member.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from meedoen.web.accounts.models import Member, Role
from meedoen.web.organisation.models import Organisation

PASSWORD = "test-wachtwoord-123"


@pytest.fixture
def org(db: Any) -> Organisation:
    from meedoen.web.demo.loader import _import_data, demo_pack_yaml
    from meedoen.web.engine import parse_version_yaml
    from meedoen.web.organisation.models import RulePackVersion

    o = Organisation.objects.create(slug="testgemeente", name="Gemeente Test", kind="gemeente")
    text = demo_pack_yaml()
    pack = parse_version_yaml(text)
    from django.utils import timezone

    RulePackVersion.objects.create(
        organisation=o,
        version=pack.version,
        yaml=text,
        in_force_from=pack.in_force_from,
        adopted_at=timezone.now(),
    )
    _import_data(o, text)
    return o


@pytest.fixture
def make_member(org: Organisation) -> Callable[..., Member]:
    counter = {"n": 0}

    def make(role: str = Role.MEDEWERKER, username: str | None = None, **fields: Any) -> Member:
        counter["n"] += 1
        name = username or f"{role}{counter['n']}"
        user = get_user_model().objects.create_user(
            username=name, password=PASSWORD, first_name=name.capitalize(), last_name="Test"
        )
        return Member.objects.create(
            user=user, organisation=fields.pop("organisation", org), role=role, **fields
        )

    return make


@pytest.fixture
def client_for() -> Callable[[Member], Client]:
    def login(member: Member) -> Client:
        c = Client()
        c.force_login(member.user)
        return c

    return login
