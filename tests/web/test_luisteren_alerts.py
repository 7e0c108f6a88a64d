# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Spike alerts delivered by e-mail (a real SMTP server on loopback) and webhook (HMAC)."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings as django_settings
from django.db import connection
from django.utils import timezone

from meedoen.monitor.pipeline import ingest
from meedoen.monitor.privacy.pseudonym import Pseudonymiser
from meedoen.monitor.sources.base import FetchResult, RawPost
from meedoen.web.luisteren.models import AccessLog, AlertDelivery, MonitorDossier, MonitorPost
from meedoen.web.luisteren.notify import base
from meedoen.web.luisteren.notify.delivery import deliver_alerts, recent_alerts
from meedoen.web.luisteren.services import to_settings
from meedoen.web.luisteren.store import DjangoStore
from web.monitor_helpers import new_monitor_dossier

SECRET = "test-geheim-0123456789abcdef"
HOOK_SECRET = "webhook-geheim-abcdef0123456789"
RECIPIENTS = ["pers@gemeente.example", "woordvoerder@gemeente.example"]
SPIKE_TEXT = "Groot boerenprotest tegen de stikstofregels op de snelweg, melding {i}."
QUIET_TEXT = "De stikstof in de Peel blijft een lastig onderwerp, zegt bewoner nummer {h}."


# -- loopback servers -----------------------------------------------------------------


class Hook:
    """A webhook receiver on 127.0.0.1; answers with ``statuses`` in turn (then 200)."""

    def __init__(self) -> None:
        self.statuses: list[int] = []
        self.received: list[tuple[dict[str, str], bytes]] = []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                hook.received.append((dict(self.headers.items()), body))
                self.send_response(hook.statuses.pop(0) if hook.statuses else 200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/meedoen/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.messages.append(envelope)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def hook() -> Iterator[Hook]:
    h = Hook()
    yield h
    h.server.shutdown()
    h.server.server_close()


@pytest.fixture
def smtp(settings: Any) -> Iterator[Mailbox]:
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.DEFAULT_FROM_EMAIL = "meedoen@gemeente.example"
    yield box
    controller.stop()


# -- a dossier with a spike, through the real pipeline -------------------------------


def make_dossier(org: Any, owner: Any, **alerting: Any) -> MonitorDossier:
    return new_monitor_dossier(org, owner, **alerting)


def add_spike(d: MonitorDossier, hours_ago: int = 12) -> None:
    """A quiet hour-by-hour background for ten days and 40 posts by 10 authors in one hour."""
    now = timezone.now().replace(minute=30, second=0, microsecond=0)
    raws = [
        RawPost(
            "mastodon",
            f"achtergrond-{h}",
            f"https://mastodon.example/@a/{h}",
            now - timedelta(hours=h),
            QUIET_TEXT.format(h=h),
            author_handle=f"bewoner{h % 5}@mastodon.example",
        )
        for h in range(1, 240)
    ]
    raws += [
        RawPost(
            "mastodon",
            f"piek-{i}",
            f"https://mastodon.example/@b/{i}",
            now - timedelta(hours=hours_ago, minutes=i % 20),
            SPIKE_TEXT.format(i=i),
            author_handle=f"boer{i % 10}@mastodon.example",
        )
        for i in range(40)
    ]
    report = ingest(
        FetchResult(raws, "c1"),
        to_settings(d),
        DjangoStore(),
        Pseudonymiser(SECRET.encode()),
        source_name="mastodon:1",
    )
    assert report.stored == len(raws), report


@pytest.fixture
def owner(make_member: Any) -> Any:
    return make_member("communicatieadviseur", username="eigenaar")


@pytest.fixture
def spiky(org: Any, owner: Any, hook: Hook) -> MonitorDossier:
    d = make_dossier(
        org, owner, alert_emails=RECIPIENTS, webhook_url=hook.url, webhook_secret=HOOK_SECRET
    )
    add_spike(d)
    return d


def forbidden(d: MonitorDossier) -> list[str]:
    """Every post text and pseudonym of ``d``, and the invented handles."""
    rows = MonitorPost.objects.filter(dossier=d)
    return [
        *(r.text for r in rows),
        *{r.author for r in rows},
        "boer1@mastodon.example",
        "bewoner1",
    ]


# -- tests ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_alert_goes_out_once_by_email_and_signed_webhook(
    spiky: MonitorDossier, hook: Hook, smtp: Mailbox
) -> None:
    summary = deliver_alerts(spiky)
    assert (summary.alerts, summary.sent, summary.failed) == (1, 2, 0), summary
    assert len(smtp.messages) == 1 and sorted(smtp.messages[0].rcpt_tos) == sorted(RECIPIENTS)
    mail = smtp.messages[0].content.decode("utf-8")
    assert "Subject: meedoen: piek in luisterdossier Stikstof op" in mail
    assert f"/luisteren/dossier/{spiky.pk}/" in mail and "Verschillende auteurs: 11" in mail
    assert "Gewoonlijk in dit uur: ongeveer 1\r\n" in mail
    assert len(hook.received) == 1
    headers, body = hook.received[0]
    expected = hmac.new(HOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers["X-Meedoen-Signature"], f"sha256={expected}")
    assert headers["X-Meedoen-Event"] == "spike-alert"
    payload = json.loads(body)
    assert payload["dossier"] == {"id": spiky.pk, "naam": "Stikstof"}
    assert payload["berichten"] == 41 and payload["auteurs"] == 11
    assert payload["verwacht"] == 1.0 and "boerenprotest" in payload["termen"]
    assert payload["bronnen"] == [{"bron": "mastodon", "berichten": 41}]
    assert payload["aandeel_actiefste_auteur"] == pytest.approx(4 / 41, abs=1e-3)
    assert payload["samenvatting"].startswith("Piek in dossier Stikstof")
    assert payload["pad"] == f"/luisteren/dossier/{spiky.pk}/"
    rows = AlertDelivery.objects.filter(dossier=spiky)
    assert sorted(rows.values_list("channel", "status", "attempts")) == [
        ("email", "sent", 1),
        ("webhook", "sent", 1),
    ]
    logged = AccessLog.objects.filter(what="alert", dossier=spiky)
    assert sorted(r.detail["kanaal"] for r in logged) == ["email", "webhook"]
    again = deliver_alerts(spiky)
    assert (again.sent, again.failed, again.already_sent) == (0, 0, 2)
    assert len(smtp.messages) == 1 and len(hook.received) == 1
    assert AccessLog.objects.filter(what="alert").count() == 2


@pytest.mark.django_db
def test_nothing_about_posts_or_authors_leaves(
    spiky: MonitorDossier, hook: Hook, smtp: Mailbox
) -> None:
    deliver_alerts(spiky)
    mail = smtp.messages[0].content.decode("utf-8")
    body = hook.received[0][1].decode("utf-8")
    logged = json.dumps([r.detail for r in AccessLog.objects.all()])
    secrets = forbidden(spiky)
    assert len(secrets) > 250
    for value in secrets:
        assert value not in mail and value not in body and value not in logged, value
    assert HOOK_SECRET not in logged and "pers@gemeente" not in logged


@pytest.mark.django_db
def test_failed_webhook_is_retried_next_round_then_sent_once(
    org: Any, owner: Any, hook: Hook
) -> None:
    d = make_dossier(org, owner, webhook_url=hook.url, webhook_secret=HOOK_SECRET)
    add_spike(d)
    hook.statuses = [500]
    first = deliver_alerts(d)
    row = AlertDelivery.objects.get(dossier=d)
    assert (first.sent, first.failed) == (0, 1)
    assert (row.status, row.attempts, row.last_error) == (
        "failed",
        1,
        "de webhook antwoordde met HTTP 500",
    )
    second = deliver_alerts(d)
    row.refresh_from_db()
    assert (second.sent, second.failed) == (1, 0)
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, "")
    assert row.sent_at is not None
    third = deliver_alerts(d)
    assert (third.sent, third.already_sent) == (0, 1) and len(hook.received) == 2
    statuses = [r.detail["status"] for r in AccessLog.objects.filter(what="alert")]
    assert statuses == ["failed", "sent"]


@pytest.mark.django_db
def test_unreachable_webhook_error_holds_no_address_or_secret(org: Any, owner: Any) -> None:
    url = f"http://127.0.0.1:{free_port()}/hooks/T0KEN-in-het-pad"
    d = make_dossier(org, owner, webhook_url=url, webhook_secret=HOOK_SECRET)
    add_spike(d)
    summary = deliver_alerts(d)
    row = AlertDelivery.objects.get(dossier=d)
    assert row.status == "failed" and row.last_error.startswith("webhook niet bereikbaar")
    for text in (row.last_error, json.dumps(AccessLog.objects.get(what="alert").detail)):
        assert "T0KEN" not in text and HOOK_SECRET not in text
    assert summary.errors and "T0KEN" not in summary.errors[0]


@pytest.mark.django_db
def test_without_smtp_host_the_mail_fails_with_a_reason(
    org: Any, owner: Any, settings: Any
) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = ""
    d = make_dossier(org, owner, alert_emails=RECIPIENTS)
    add_spike(d)
    deliver_alerts(d)
    row = AlertDelivery.objects.get(dossier=d)
    assert (row.status, row.last_error) == (
        "failed",
        "geen SMTP-server ingesteld (MEEDOEN_SMTP_HOST)",
    )


@pytest.mark.django_db
@pytest.mark.parametrize(("hours_ago", "alerts"), [(12, 1), (47, 1), (60, 0)])
def test_only_alerts_of_the_last_48_hours(
    hours_ago: int, alerts: int, org: Any, owner: Any, hook: Hook
) -> None:
    d = make_dossier(org, owner, webhook_url=hook.url, webhook_secret=HOOK_SECRET)
    add_spike(d, hours_ago)
    assert len(recent_alerts(d)) == alerts
    assert deliver_alerts(d).sent == alerts == len(hook.received)


@pytest.mark.django_db
def test_no_channel_no_work(org: Any, owner: Any) -> None:
    d = make_dossier(org, owner)
    add_spike(d)
    summary = deliver_alerts(d)
    assert summary.channels == [] and "geen meldingskanalen" in str(summary)
    assert not AlertDelivery.objects.exists()


@pytest.mark.django_db
def test_an_ended_dossier_alerts_no_one(spiky: MonitorDossier, hook: Hook) -> None:
    spiky.ended_at = timezone.now()
    spiky.save()
    summary = deliver_alerts(spiky)
    assert summary.ended and "beëindigd" in str(summary) and not hook.received
    assert not AlertDelivery.objects.exists()


class Broken(base.Channel):
    name = "kapot"
    label = "kapot kanaal"

    def configured(self, dossier: MonitorDossier) -> bool:
        return True

    def send(self, dossier: MonitorDossier, payload: dict[str, Any]) -> None:
        raise RuntimeError(dossier.webhook_secret)


@pytest.mark.django_db
def test_a_plugin_channel_is_used_and_its_crash_stops_no_other(
    spiky: MonitorDossier, hook: Hook, smtp: Mailbox
) -> None:
    base.load_channels()
    base.register(Broken)
    try:
        summary = deliver_alerts(spiky)
    finally:
        base.channels.unregister("kapot")
    assert summary.channels == ["email", "webhook", "kapot"]
    assert (summary.sent, summary.failed) == (2, 1)
    row = AlertDelivery.objects.get(channel="kapot")
    assert row.last_error == "onverwachte fout in kanaal kapot: RuntimeError"


# -- the CLI, in a subprocess against the test database ------------------------------


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="meedoen.web.settings")
    db = connection.settings_dict
    env["MEEDOEN_DATABASE_URL"] = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    # the CLI opens the sealed webhook secret with the same key as the web server (ADR 0011)
    env["MEEDOEN_SECRET_KEY"] = django_settings.SECRET_KEY
    env.pop("MEEDOEN_SMTP_HOST", None)
    cmd = [sys.executable, "-m", "meedoen.cli.main", "monitor", "meldingen", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.django_db(transaction=True)
def test_cli_sends_then_reports_already_sent_and_fails_with_69(
    org: Any, owner: Any, hook: Hook
) -> None:
    d = make_dossier(org, owner, webhook_url=hook.url, webhook_secret=HOOK_SECRET)
    add_spike(d)
    hook.statuses = [503]
    out = cli("--dossier", str(d.pk))
    assert out.returncode == 69, out.stderr
    assert "HTTP 503" in out.stderr and "Traceback" not in out.stderr
    out = cli()
    assert out.returncode == 0, out.stderr
    assert f"dossier {d.pk} 'Stikstof': 1 recente piek(en); 1 verstuurd" in out.stdout
    out = cli("--dossier", str(d.pk))
    assert out.returncode == 0 and "0 verstuurd, 0 mislukt, 1 al eerder verstuurd" in out.stdout
    assert len(hook.received) == 2
    missing = cli("--dossier", "999999")
    assert missing.returncode == 65 and "bestaat niet" in missing.stderr
