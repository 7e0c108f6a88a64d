# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The append-only, tamper-evident audit log.

Each row stores the SHA-256 of its own canonical content plus the hash of the
row before it, so changing or deleting any row breaks the chain from there on
(``meedoen audit verify``). Rows cannot be updated or deleted through the ORM.
Private self-checks are never logged here (Grondwet art. 7).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

GENESIS = "0" * 64


class AppendOnlyError(Exception):
    """Raised on an attempt to change or delete an audit row."""


class AuditEvent(models.Model):
    created_at = models.DateTimeField()
    organisation = models.ForeignKey(
        "meedoen_organisation.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=150, blank=True)
    action = models.CharField(_("actie"), max_length=80)
    object_type = models.CharField(max_length=80, blank=True)
    object_id = models.CharField(max_length=80, blank=True)
    data = models.JSONField(default=dict)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        verbose_name = _("auditgebeurtenis")
        verbose_name_plural = _("auditlog")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"#{self.pk} {self.action} {self.object_type}:{self.object_id}"

    def canonical(self) -> bytes:
        """The exact bytes the hash covers (stable across databases)."""
        body: dict[str, Any] = {
            "prev": self.prev_hash,
            "at": self.created_at.isoformat(timespec="microseconds"),
            "org": self.organisation_id,
            "actor": self.actor_label,
            "action": self.action,
            "object": [self.object_type, self.object_id],
            "data": self.data,
        }
        return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()

    def compute_hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError("Het auditlog is alleen aan te vullen, niet te wijzigen.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise AppendOnlyError("Het auditlog is alleen aan te vullen, niet te wissen.")
