# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Send a dossier's new spike alerts on every configured channel, once.

:func:`deliver_alerts` computes the dossier's spike alerts the way the dossier
page does (:func:`~meedoen.web.luisteren.queries.spike_alerts` over the same
30-day hourly series) but skips the rest of the page's figures; only alerts
whose hour began within :data:`WINDOW` are delivered. Each (dossier, alert
hour, channel) has one :class:`AlertDelivery` row: a sent one is never sent
again, a failed one is retried on the next call (at most :data:`MAX_ATTEMPTS`
times). The row is locked (``select_for_update``) while sending, so two
workers calling this at once do not both send. Every attempt writes an
:class:`AccessLog` row (``what='alert'``) without addresses or secrets.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from meedoen.monitor.analytics.alerts import Alert
from meedoen.monitor.analytics.volume import TZ
from meedoen.web.luisteren import queries
from meedoen.web.luisteren.models import (
    AccessLog,
    AlertDelivery,
    HourlyAggregate,
    MonitorDossier,
    MonitorPost,
)
from meedoen.web.luisteren.notify.base import Channel, DeliveryError, load_channels, scrub
from meedoen.web.luisteren.notify.payload import alert_payload
from meedoen.web.luisteren.services import log
from meedoen.web.luisteren.store import as_post

WINDOW = timedelta(hours=48)
MAX_ATTEMPTS = 12
BASELINE_WEEKS = 4
WHO = "meldingen"


@dataclass
class DeliverySummary:
    """What one call did for one dossier."""

    dossier: int
    name: str = ""
    alerts: int = 0  # recent alerts considered
    sent: int = 0
    failed: int = 0
    already_sent: int = 0
    gave_up: int = 0  # failed too often; no longer tried
    channels: list[str] = field(default_factory=list)
    ended: bool = False
    errors: list[str] = field(default_factory=list)  # scrubbed Dutch reasons

    def __str__(self) -> str:
        if self.ended:
            return f"dossier {self.dossier} '{self.name}': beëindigd, geen meldingen"
        if not self.channels:
            return f"dossier {self.dossier} '{self.name}': geen meldingskanalen ingesteld"
        text = (
            f"dossier {self.dossier} '{self.name}': {self.alerts} recente piek(en); {self.sent} verstuurd, "
            f"{self.failed} mislukt, {self.already_sent} al eerder verstuurd"
        )
        if self.gave_up:
            text += f", {self.gave_up} opgegeven na {MAX_ATTEMPTS} pogingen"
        return text + f" (kanalen: {', '.join(self.channels)})"


def _expected(hourly: dict[datetime, int], hour: datetime, since: datetime) -> float | None:
    """Median posts in the same hour of the week in the weeks before ``hour``."""
    first = min((h for h, n in hourly.items() if n), default=hour)  # no data before: no zeros
    before = [hour - timedelta(weeks=w) for w in range(1, BASELINE_WEEKS + 1)]
    values = [hourly.get(h, 0) for h in before if h >= max(since, first)]
    return float(statistics.median(values)) if values else None


def recent_alerts(d: MonitorDossier, now: datetime | None = None) -> list[Alert]:
    """The dossier's spike alerts whose hour began within :data:`WINDOW`, newest first."""
    now = now or timezone.now()
    today = now.astimezone(TZ).date()
    start_day = today - timedelta(days=queries.DAYS - 1)
    since = datetime.combine(start_day, time.min, tzinfo=TZ).astimezone(UTC)
    posts = [
        as_post(r)
        for r in MonitorPost.objects.filter(dossier=d, published_at__gte=since).order_by(
            "published_at"
        )
    ]
    hourly: dict[datetime, int] = {}
    for p in posts:
        hour = p.published_at.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
        hourly[hour] = hourly.get(hour, 0) + 1
    for agg in HourlyAggregate.objects.filter(dossier=d, hour__gte=since):
        hour = agg.hour.astimezone(UTC)
        hourly[hour] = hourly.get(hour, 0) + agg.posts
    alerts = queries.spike_alerts(d, posts, hourly, since, now)
    recent = [a for a in alerts if a.start is not None and a.start >= now - WINDOW]
    return [
        a if a.expected is not None else replace(a, expected=_expected(hourly, a.start, since))
        for a in recent
    ]


def _deliver_one(
    d: MonitorDossier,
    alert: Alert,
    channel: Channel,
    summary: DeliverySummary,
    who: str,
) -> None:
    with transaction.atomic():
        row, _ = AlertDelivery.objects.get_or_create(
            dossier=d, alert_start=alert.start, channel=channel.name
        )
        row = AlertDelivery.objects.select_for_update().get(pk=row.pk)
        if row.status == AlertDelivery.Status.SENT:
            summary.already_sent += 1
            return
        if row.attempts >= MAX_ATTEMPTS:
            summary.gave_up += 1
            return
        row.attempts += 1
        try:
            channel.send(d, alert_payload(d, alert))
        except DeliveryError as exc:
            row.status, row.last_error = AlertDelivery.Status.FAILED, str(exc)
        except Exception as exc:  # noqa: BLE001 - a plug-in's bug must not stop the others
            row.status = AlertDelivery.Status.FAILED
            row.last_error = f"onverwachte fout in kanaal {channel.name}: {type(exc).__name__}"
        else:
            row.status, row.last_error, row.sent_at = AlertDelivery.Status.SENT, "", timezone.now()
        row.last_error = scrub(row.last_error, channel.secrets(d))
        row.save()
        if row.status == AlertDelivery.Status.SENT:
            summary.sent += 1
        else:
            summary.failed += 1
            summary.errors.append(f"{channel.label}: {row.last_error}")
        log(
            who,
            AccessLog.What.ALERT,
            d,
            kanaal=channel.name,
            piek=alert.start.isoformat() if alert.start else None,
            status=row.status,
            poging=row.attempts,
            fout=row.last_error,
        )


def deliver_alerts(
    dossier: MonitorDossier, now: datetime | None = None, who: str = WHO
) -> DeliverySummary:
    """Send the new recent spike alerts of ``dossier`` on each configured channel."""
    summary = DeliverySummary(dossier.pk, dossier.name)
    if dossier.ended_at is not None:  # an ended dossier alerts no one
        summary.ended = True
        return summary
    active = [cls() for cls in load_channels()]
    active = [ch for ch in active if ch.configured(dossier)]
    summary.channels = [ch.name for ch in active]
    if not active:
        return summary
    alerts = recent_alerts(dossier, now)
    summary.alerts = len(alerts)
    for alert in reversed(alerts):  # oldest first
        for channel in active:
            _deliver_one(dossier, alert, channel, summary, who)
    return summary
