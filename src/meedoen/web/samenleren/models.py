# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Voluntary peer feedback on saved drafts ("Vraag een collega").

The author shares a saved draft with colleagues of their choice (same
organisation only) and may revoke that at any time; a revoked share is kept
with its date so the author can see who had access. Feedback is a comment, a
suggested rewrite, "ziet er goed uit" or, after publication, a learning point;
all feedback the author receives forms their learning log. Nothing here is
visible to the organisation, and none of it is audited.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from meedoen.web.accounts.models import Member
from meedoen.web.zelftoets.models import SavedDraft


class Share(models.Model):
    draft = models.ForeignKey(SavedDraft, on_delete=models.CASCADE, related_name="shares")
    colleague = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="shared_drafts", verbose_name=_("collega")
    )
    shared_at = models.DateTimeField(_("gedeeld op"), default=timezone.now)
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("gedeeld concept")
        verbose_name_plural = _("gedeelde concepten")
        ordering = ["-shared_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["draft", "colleague"],
                condition=Q(revoked_at__isnull=True),
                name="samenleren_one_active_share",
            )
        ]

    def __str__(self) -> str:
        return f"{self.draft_id} → {self.colleague_id}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class Feedback(models.Model):
    class Kind(models.TextChoices):
        COMMENT = "opmerking", _("opmerking")
        REWRITE = "herschrijving", _("voorstel voor een andere tekst")
        LOOKS_GOOD = "goed", _("ziet er goed uit")
        LEARNING = "leerpunt", _("leerpunt")

    class Decision(models.TextChoices):
        OPEN = "", _("nog niet besloten")
        ADOPTED = "overgenomen", _("overgenomen")
        IGNORED = "genegeerd", _("niet overgenomen")

    draft = models.ForeignKey(SavedDraft, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(
        Member,
        on_delete=models.SET_NULL,
        null=True,
        related_name="feedback_given",
        verbose_name=_("van"),
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    text = models.TextField(_("toelichting"), blank=True)
    suggested_text = models.TextField(_("voorgestelde tekst"), blank=True)
    base_text = models.TextField(_("tekst van het concept op dat moment"), blank=True)
    on_published = models.BooleanField(_("na publicatie"), default=False)
    decision = models.CharField(
        _("besluit"), max_length=20, choices=Decision.choices, blank=True, default=""
    )
    created_at = models.DateTimeField(_("gegeven op"), default=timezone.now)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.draft_id})"

    @property
    def is_open_rewrite(self) -> bool:
        return self.kind == self.Kind.REWRITE and self.decision == self.Decision.OPEN
