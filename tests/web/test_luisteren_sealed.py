# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
# ruff: noqa: F811 - pytest fixtures imported from the alert tests are redefined as arguments
"""Webhook secrets are stored sealed (ADR 0011), on PostgreSQL, and still sign alerts."""

from __future__ import annotations

import hashlib
import hmac
import importlib
from typing import Any

import pytest
from django.db import connection
from django.urls import reverse

from meedoen.web.luisteren.models import AlertDelivery, MonitorDossier
from meedoen.web.luisteren.notify.delivery import deliver_alerts
from meedoen.web.luisteren.sealed import PREFIX, Unreadable, seal, unseal
from web.test_luisteren_alerts import HOOK_SECRET, Hook, add_spike, hook, make_dossier  # noqa: F401

pytestmark = pytest.mark.django_db


def stored(d: MonitorDossier) -> str:
    """What the database itself holds in the column."""
    with connection.cursor() as cur:
        cur.execute(
            "SELECT webhook_secret FROM meedoen_luisteren_monitordossier WHERE id = %s", [d.pk]
        )
        return str(cur.fetchone()[0])


def store_raw(d: MonitorDossier, value: str) -> None:
    with connection.cursor() as cur:
        cur.execute(
            "UPDATE meedoen_luisteren_monitordossier SET webhook_secret = %s WHERE id = %s",
            [value, d.pk],
        )


@pytest.fixture
def owner(make_member: Any) -> Any:
    return make_member("communicatieadviseur", username="eigenaar")


def test_the_database_holds_no_plain_secret(org: Any, owner: Any) -> None:
    d = make_dossier(org, owner, webhook_url="https://hooks.example/x", webhook_secret=HOOK_SECRET)
    raw = stored(d)
    assert raw.startswith(PREFIX) and HOOK_SECRET not in raw
    assert MonitorDossier.objects.get(pk=d.pk).webhook_secret == HOOK_SECRET
    d.save()  # sealing again gives a new token for the same secret
    assert stored(d) != raw and MonitorDossier.objects.get(pk=d.pk).webhook_secret == HOOK_SECRET
    assert MonitorDossier.objects.filter(webhook_secret="").count() == 0


def test_a_sealed_secret_signs_the_alert(org: Any, owner: Any, hook: Hook) -> None:
    d = make_dossier(org, owner, webhook_url=hook.url, webhook_secret=HOOK_SECRET)
    add_spike(d)
    summary = deliver_alerts(MonitorDossier.objects.get(pk=d.pk))
    assert (summary.sent, summary.failed) == (1, 0)
    headers, body = hook.received[0]
    expected = hmac.new(HOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert headers["X-Meedoen-Signature"] == f"sha256={expected}"


def test_a_rotated_key_opens_with_the_fallback(org: Any, owner: Any, settings: Any) -> None:
    d = make_dossier(org, owner, webhook_url="https://hooks.example/x", webhook_secret=HOOK_SECRET)
    old = stored(d)
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = (
        "een-nieuwe-sleutel-" + "y" * 30,
        [settings.SECRET_KEY],
    )
    again = MonitorDossier.objects.get(pk=d.pk)
    assert again.webhook_secret == HOOK_SECRET
    again.save()  # re-sealed under the new key
    settings.SECRET_KEY_FALLBACKS = []
    assert stored(d) != old and MonitorDossier.objects.get(pk=d.pk).webhook_secret == HOOK_SECRET


def test_without_the_key_nothing_is_sent_unsigned_and_the_token_is_kept(
    org: Any, owner: Any, hook: Hook, settings: Any, client_for: Any
) -> None:
    d = make_dossier(org, owner, webhook_url=hook.url, webhook_secret=HOOK_SECRET)
    add_spike(d)
    token = stored(d)
    settings.SECRET_KEY = "een-andere-sleutel-" + "z" * 30
    lost = MonitorDossier.objects.get(pk=d.pk)
    assert isinstance(lost.webhook_secret, Unreadable) and not lost.webhook_secret
    summary = deliver_alerts(lost)
    assert (summary.sent, summary.failed) == (0, 1) and hook.received == []
    row = AlertDelivery.objects.get(dossier=d, channel="webhook")
    assert "webhookgeheim" in row.last_error and "opnieuw" in row.last_error
    assert HOOK_SECRET not in row.last_error
    # the form says so, and saving it without a new secret keeps the stored token
    c = client_for(owner)
    url = reverse("luisteren:dossier_edit", args=[d.pk])
    page = c.get(url).content.decode()
    assert "kan niet meer worden gelezen" in page
    lost.name = "Stikstof bewerkt"
    lost.save()
    assert stored(d) == token
    settings.SECRET_KEY_FALLBACKS = ["een-andere-sleutel-" + "z" * 30]  # (no effect: wrong key)
    assert isinstance(MonitorDossier.objects.get(pk=d.pk).webhook_secret, Unreadable)


def test_older_plain_secrets_are_read_and_sealed_by_the_migration(org: Any, owner: Any) -> None:
    d = make_dossier(org, owner, webhook_url="https://hooks.example/x", webhook_secret=HOOK_SECRET)
    store_raw(d, HOOK_SECRET)  # as stored before the column was sealed
    assert MonitorDossier.objects.get(pk=d.pk).webhook_secret == HOOK_SECRET
    migration = importlib.import_module("meedoen.web.luisteren.migrations.0005_sealed_secret")
    from django.apps import apps

    migration.seal_plain_secrets(apps, None)
    assert stored(d).startswith(PREFIX) and HOOK_SECRET not in stored(d)
    assert MonitorDossier.objects.get(pk=d.pk).webhook_secret == HOOK_SECRET


@pytest.mark.parametrize("plain", ["", "a", HOOK_SECRET, "geheim met spaties en é 💡" * 7])
def test_seal_and_unseal_round_trip(plain: str) -> None:
    sealed = seal(plain)
    assert sealed.startswith(PREFIX) and (len(plain) < 8 or plain not in sealed)
    assert unseal(sealed) == plain
    assert unseal(sealed[:-4] + "AAAA") == "" and isinstance(
        unseal(sealed[:-4] + "AAAA"), Unreadable
    )
    assert unseal(PREFIX + "geen-token") == ""
