# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Official accounts of the organisation, their posts and the reviews of those posts.

The states and the allowed moves between them live in one table in
:mod:`meedoen.web.official.workflow`; this module only stores them. A post
that has been published is immutable: :meth:`OfficialPost.save` refuses any
change to its text, assessment or publication data (only archiving may
follow).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, get_args

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from meedoen.core.assessment.models import Channel
from meedoen.web.accounts.models import Member
from meedoen.web.organisation.models import Dossier, Organisation

CHANNEL_LABELS = {
    "x": "X",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "linkedin": "LinkedIn",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "forum": _("forum"),
    "blog": _("blog"),
    "intranet": _("intranet"),
}
CHANNELS = [(c, CHANNEL_LABELS.get(c, c)) for c in get_args(Channel)]
LEVELS = [("groen", _("groen")), ("oranje", _("oranje")), ("rood", _("rood"))]


class ImmutablePostError(Exception):
    """Raised when code tries to change a post after it was published."""


class OfficialAccount(models.Model):
    """An account the organisation itself posts from (e.g. @voorbeeldstad on X)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="official_accounts"
    )
    name = models.CharField(_("naam"), max_length=120)
    channel = models.CharField(_("kanaal"), max_length=20, choices=CHANNELS, default="x")
    handle = models.CharField(_("accountnaam"), max_length=120, blank=True)
    bio = models.TextField(_("bio"), blank=True)
    review_tiers = models.PositiveSmallIntegerField(
        _("aantal reviewrondes"),
        default=1,
        validators=[MaxValueValidator(3)],
        help_text=_(
            "Hoeveel verschillende reviewers na elkaar akkoord moeten geven als review nodig is "
            "(0 tot 3; bij 0 geldt één review wanneer die nodig is)."
        ),
    )
    always_review = models.BooleanField(
        _("altijd review"),
        default=False,
        help_text=_("Elk bericht gaat langs een communicatieadviseur, ook als het groen is."),
    )
    approval_valid_days = models.PositiveSmallIntegerField(
        _("goedkeuring geldig (dagen)"), default=14, validators=[MinValueValidator(1)]
    )
    retention_days = models.PositiveIntegerField(
        _("bewaartermijn archief (dagen)"), default=3650, validators=[MinValueValidator(1)]
    )
    reviewers = models.ManyToManyField(
        Member,
        blank=True,
        related_name="reviewed_accounts",
        verbose_name=_("reviewers"),
        help_text=_("Leeg: alle communicatieadviseurs van de organisatie mogen reviewen."),
    )
    editors = models.ManyToManyField(
        Member,
        blank=True,
        related_name="edited_accounts",
        verbose_name=_("redacteuren"),
        help_text=_("Wie berichten voor dit account mag schrijven."),
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("organisatie-account")
        verbose_name_plural = _("organisatie-accounts")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "channel", "name"], name="unique_official_account"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_channel_display()})"

    def context(self) -> dict[str, Any]:
        """The engine context for a post on this account (always in function)."""
        return {
            "channel": self.channel,
            "capacity": "in-functie",
            "account": {
                "name": self.handle or self.name,
                "bio": self.bio or None,
                "kind": "organisatie",
            },
        }


class OfficialPost(models.Model):
    class State(models.TextChoices):
        CONCEPT = "concept", _("concept")
        GETOETST = "getoetst", _("getoetst")
        IN_REVIEW = "in_review", _("in review")
        GOEDGEKEURD = "goedgekeurd", _("goedgekeurd")
        AFGEWEZEN = "afgewezen", _("afgewezen")
        GEPUBLICEERD = "gepubliceerd", _("gepubliceerd")
        GEARCHIVEERD = "gearchiveerd", _("gearchiveerd")

    PUBLISHED_STATES = (State.GEPUBLICEERD, State.GEARCHIVEERD)
    # Fields that never change once a post is published.
    FROZEN_FIELDS = (
        "account_id",
        "author_id",
        "text",
        "dossier_id",
        "assessment",
        "level",
        "codex_version",
        "final_text",
        "published_url",
        "published_at",
        "approved_at",
        "submitted_at",
    )

    account = models.ForeignKey(OfficialAccount, on_delete=models.PROTECT, related_name="posts")
    author = models.ForeignKey(
        Member, null=True, on_delete=models.SET_NULL, related_name="official_posts"
    )
    last_edited_by = models.ForeignKey(
        Member, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("tekst"))
    dossier = models.ForeignKey(
        Dossier, null=True, blank=True, on_delete=models.SET_NULL, related_name="official_posts"
    )
    state = models.CharField(
        _("status"), max_length=20, choices=State.choices, default=State.CONCEPT
    )
    assessment = models.JSONField(_("beoordeling"), null=True, blank=True)
    level = models.CharField(_("niveau"), max_length=10, choices=LEVELS, blank=True)
    codex_version = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    published_url = models.URLField(_("adres van het bericht"), max_length=500, blank=True)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)
    final_text = models.TextField(_("gepubliceerde tekst"), blank=True)
    archived_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("bericht organisatie-account")
        verbose_name_plural = _("berichten organisatie-accounts")
        ordering = ["-updated_at", "-id"]
        indexes = [models.Index(fields=["state", "published_at"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.account} ({self.state})"

    @property
    def organisation(self) -> Organisation:
        return self.account.organisation

    @property
    def is_published(self) -> bool:
        return self.state in self.PUBLISHED_STATES

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            stored = type(self).objects.filter(pk=self.pk).values("state", *self.FROZEN_FIELDS)
            before = stored.first()
            if before and before["state"] in self.PUBLISHED_STATES:
                changed = [f for f in self.FROZEN_FIELDS if getattr(self, f) != before[f]]
                if changed or self.state not in self.PUBLISHED_STATES:
                    raise ImmutablePostError(
                        "Een gepubliceerd bericht is niet meer te wijzigen "
                        f"({', '.join(changed) or 'status'})."
                    )
        self.updated_at = timezone.now()
        super().save(*args, **kwargs)


class Review(models.Model):
    class Decision(models.TextChoices):
        GOEDGEKEURD = "goedgekeurd", _("goedgekeurd")
        AFGEWEZEN = "afgewezen", _("afgewezen")
        WIJZIGINGEN = "wijzigingen", _("wijzigingen voorgesteld")

    post = models.ForeignKey(OfficialPost, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        Member, null=True, on_delete=models.SET_NULL, related_name="official_reviews"
    )
    tier = models.PositiveSmallIntegerField(_("reviewronde"), default=1)
    decision = models.CharField(_("besluit"), max_length=20, choices=Decision.choices)
    reason = models.TextField(_("toelichting"), blank=True)
    suggested_text = models.TextField(_("voorgestelde tekst"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(null=True, blank=True)
    # Set when the text changes or review is asked again: the approval no longer counts.
    invalidated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.post_id} ronde {self.tier}: {self.decision}"

    @classmethod
    def approval_expiry(cls, post: OfficialPost, at=None) -> Any:
        return (at or timezone.now()) + timedelta(days=post.account.approval_valid_days)

    @property
    def is_active_approval(self) -> bool:
        return self.decision == self.Decision.GOEDGEKEURD and self.invalidated_at is None

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()
