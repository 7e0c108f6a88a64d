# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""A saved draft: stored only when its author presses "Bewaar".

A self-check itself is never stored. Only when the author explicitly saves a
draft does a row exist, and it belongs to the author alone: the organisation
(beheerder, management, communicatieadviseurs) cannot see it. The author may
share it with colleagues of their choice (see meedoen.web.samenleren) and can
revoke that at any time. Therefore this model is deliberately not registered
in the Django admin, and no audit event is written for it.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from meedoen.web.accounts.models import Member

CAPACITIES = [("prive", _("privé")), ("in-functie", _("in functie"))]
LEVELS = [("groen", _("groen")), ("oranje", _("oranje")), ("rood", _("rood"))]


class SavedDraftQuerySet(models.QuerySet["SavedDraft"]):
    def owned_by(self, member: Member) -> SavedDraftQuerySet:
        return self.filter(owner=member)


class SavedDraft(models.Model):
    owner = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="saved_drafts", verbose_name=_("auteur")
    )
    text = models.TextField(_("tekst"))
    context = models.JSONField(_("context"), default=dict, blank=True)
    capacity = models.CharField(_("hoedanigheid"), max_length=20, choices=CAPACITIES)
    assessment = models.JSONField(_("toetsresultaat"), default=dict)
    level = models.CharField(_("niveau"), max_length=10, choices=LEVELS)
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now)
    updated_at = models.DateTimeField(_("bijgewerkt"), default=timezone.now)
    published_url = models.URLField(_("adres van het gepubliceerde bericht"), blank=True)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)

    objects = SavedDraftQuerySet.as_manager()

    class Meta:
        verbose_name = _("bewaard concept")
        verbose_name_plural = _("bewaarde concepten")
        ordering = ["-updated_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        """The first words of the text, for lists."""
        first = " ".join(self.text.split())
        return first if len(first) <= 60 else first[:57].rstrip() + "…"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def apply_assessment(self, assessment: dict[str, Any]) -> None:
        """Store a fresh assessment snapshot (caller saves)."""
        self.assessment = assessment
        self.level = assessment.get("level", "groen")
        self.capacity = assessment.get("capacity", self.context.get("capacity", "prive"))
        self.updated_at = timezone.now()
