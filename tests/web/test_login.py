# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Sign-in: the real login form, lock-out after repeated failures (django-axes)."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

PASSWORD = "test-wachtwoord-123"  # as in tests/web/conftest.py make_member

pytestmark = pytest.mark.django_db


def _login(client: Client, username: str, password: str):
    return client.post(
        "/account/inloggen/",
        {"username": username, "password": password},
        REMOTE_ADDR="10.1.2.3",
    )


def test_correct_password_signs_in(make_member):
    m = make_member("medewerker", username="anna")
    client = Client()
    response = _login(client, "anna", PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(m.user.pk)


def test_wrong_password_shows_a_dutch_error(make_member):
    make_member("medewerker", username="anna")
    body = _login(Client(), "anna", "fout").content.decode()
    assert "Gebruikersnaam of wachtwoord klopt niet." in body


def test_repeated_failures_lock_the_account_even_for_the_right_password(make_member):
    make_member("medewerker", username="anna")
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, "anna", "fout")
    locked = _login(client, "anna", PASSWORD)
    assert locked.status_code == 429
    assert "Te veel mislukte inlogpogingen" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_user_and_address(make_member):
    make_member("medewerker", username="anna")
    make_member("medewerker", username="bram")
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, "anna", "fout")
    assert _login(Client(), "bram", PASSWORD).status_code == 302
