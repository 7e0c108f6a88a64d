# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Storage of slim luisteren: dossiers, pseudonymised posts, cursors, aggregates, access log.

No table holds an author handle, a display name or any profile field:
:attr:`MonitorPost.author` is the keyed pseudonym made at ingest. Raw posts are
deleted after ``retention_days`` (see :mod:`.retention`); :class:`HourlyAggregate`
rows (counts only) are kept. :class:`AccessLog` never holds post text or pseudonyms.
Alert settings live on the dossier (e-mail recipients, webhook URL and its HMAC
secret); :class:`AlertDelivery` records each spike alert sent per channel, so an
alert goes out once per channel and a failed one is retried.
Full-text search: a GIN index on ``to_tsvector('dutch', text)`` on PostgreSQL
(migration 0002; skipped on SQLite). :attr:`MonitorPost.checked_at` is when the
platform last confirmed a post (Mastodon re-check, :func:`.collect.recheck_round`);
null until the first re-check.
"""

from __future__ import annotations

from django.db import models

from meedoen.web.accounts.models import Member
from meedoen.web.luisteren.sealed import SealedCharField
from meedoen.web.organisation.models import Organisation

SENSITIVITY = [("laag", "laag"), ("midden", "midden"), ("hoog", "hoog")]
PERIODS = [("day", "dag"), ("week", "week"), ("month", "maand")]


class MonitorDossier(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="monitor_dossiers"
    )
    name = models.CharField("naam", max_length=200)
    owner = models.ForeignKey(
        Member, on_delete=models.PROTECT, related_name="monitor_dossiers", verbose_name="eigenaar"
    )
    purpose = models.TextField("doel")
    legal_basis = models.TextField("grondslag")
    start_date = models.DateField("begindatum", null=True, blank=True)
    end_date = models.DateField("einddatum")
    ended_at = models.DateTimeField("beëindigd op", null=True, blank=True)
    query = models.JSONField("zoekvraag", default=dict)  # keywords, hashtags, exclusions, languages
    sources = models.JSONField("bronnen", default=list)  # [{"name": ..., "config": {...}}]
    retention_days = models.PositiveIntegerField("bewaartermijn (dagen)", default=30)
    k = models.PositiveIntegerField("drempel k", default=5)
    pseudonym_period = models.CharField(
        "periode pseudoniemen", max_length=10, choices=PERIODS, default="week"
    )
    sensitivity = models.CharField(
        "gevoeligheid", max_length=10, choices=SENSITIVITY, default="midden"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # alert settings: who hears about a spike, and where the webhook posts it
    alert_emails = models.JSONField("e-mailadressen voor meldingen", default=list, blank=True)
    webhook_url = models.URLField("webhook-adres", max_length=500, blank=True)
    # stored sealed (ADR 0011); reads back plain, or as sealed.Unreadable without the key
    webhook_secret = SealedCharField("webhookgeheim", max_length=1000, blank=True)

    class Meta:
        verbose_name = "luisterdossier"
        verbose_name_plural = "luisterdossiers"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class MonitorPost(models.Model):
    dossier = models.ForeignKey(MonitorDossier, on_delete=models.CASCADE, related_name="posts")
    source = models.CharField(max_length=40)
    source_id = models.CharField(max_length=500)
    url = models.URLField(max_length=1000, blank=True)
    published_at = models.DateTimeField()
    ingested_at = models.DateTimeField(auto_now_add=True)
    lang = models.CharField(max_length=8)
    text = models.TextField()
    author = models.CharField(max_length=64, blank=True)  # pseudonym, never a handle
    metrics = models.JSONField(default=dict)
    in_reply_to = models.CharField(max_length=1000, null=True, blank=True)
    sentiment = models.CharField(max_length=10)
    sentiment_score = models.FloatField(default=0.0)
    claim = models.BooleanField(default=False)
    toon = models.BooleanField(default=False)
    text_hash = models.CharField(max_length=32, blank=True)
    checked_at = models.DateTimeField(null=True, blank=True)  # last re-check at the source

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "source", "source_id"], name="luisteren_post_unique_key"
            )
        ]
        indexes = [
            models.Index(fields=["dossier", "published_at"], name="luisteren_post_time"),
            models.Index(fields=["dossier", "text_hash"], name="luisteren_post_hash"),
            models.Index(fields=["dossier", "ingested_at"], name="luisteren_post_ingested"),
        ]


class SourceCursor(models.Model):
    dossier = models.ForeignKey(MonitorDossier, on_delete=models.CASCADE, related_name="cursors")
    source_name = models.CharField(max_length=200)
    cursor = models.TextField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "source_name"], name="luisteren_cursor_unique"
            )
        ]


class HourlyAggregate(models.Model):
    """Counts per dossier, source and UTC hour, kept after the raw posts are deleted.

    ``authors`` adds up the distinct authors of each retention run that folded
    posts of this hour: exact when one run folds the whole hour (the usual
    case), otherwise an upper bound.
    """

    dossier = models.ForeignKey(MonitorDossier, on_delete=models.CASCADE, related_name="aggregates")
    source = models.CharField(max_length=40)
    hour = models.DateTimeField()
    posts = models.PositiveIntegerField(default=0)
    authors = models.PositiveIntegerField(default=0)
    sentiment = models.JSONField(default=dict)  # {"positief": n, ...}
    lang = models.JSONField(default=dict)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "source", "hour"], name="luisteren_aggregate_unique"
            )
        ]


class AccessLog(models.Model):
    """Who did what with monitoring data; never post text or pseudonyms."""

    class What(models.TextChoices):
        QUERY = "query", "zoekvraag"
        PAGE = "page", "pagina"
        EXPORT = "export", "export"
        RUN = "run", "verzamelronde"
        DELETION = "deletion", "verwijdering"
        DOSSIER = "dossier", "dossierbeheer"
        ALERT = "alert", "melding"

    who = models.CharField(max_length=200)
    member = models.ForeignKey(Member, on_delete=models.SET_NULL, null=True, blank=True)
    what = models.CharField(max_length=20, choices=What.choices)
    dossier = models.ForeignKey(
        MonitorDossier, on_delete=models.SET_NULL, null=True, blank=True, related_name="log"
    )
    at = models.DateTimeField(auto_now_add=True)
    detail = models.JSONField(default=dict)

    class Meta:
        ordering = ["id"]


class AlertDelivery(models.Model):
    """One spike alert on one channel: sent once, a failed one retried next round.

    ``last_error`` is a short Dutch reason without addresses or secrets.
    """

    class Status(models.TextChoices):
        SENT = "sent", "verstuurd"
        FAILED = "failed", "mislukt"

    dossier = models.ForeignKey(
        MonitorDossier, on_delete=models.CASCADE, related_name="alert_deliveries"
    )
    alert_start = models.DateTimeField()  # the spike hour (UTC)
    channel = models.CharField(max_length=40)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.FAILED)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "alert_start", "channel"], name="luisteren_delivery_unique"
            )
        ]
