# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Audit events as dataclasses, and :func:`record` to append one to the chain.

Each app defines its own event classes (subclass :class:`Event`, set
``action``); the fields of the dataclass become the event's ``data``. Only
actions on official posts, settings and rule packs are recorded, never a
private self-check.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from django.db import models, transaction
from django.utils import timezone

from meedoen.web.audit.models import GENESIS, AuditEvent


@dataclasses.dataclass(frozen=True)
class Event:
    """Base class: subclasses set ``action`` and add their own fields."""

    action: ClassVar[str] = "event"

    def data(self) -> dict[str, Any]:
        return {k: _jsonable(v) for k, v in dataclasses.asdict(self).items()}


@dataclasses.dataclass(frozen=True)
class SettingChanged(Event):
    action: ClassVar[str] = "setting.changed"
    setting: str
    change: str  # "created" | "updated" | "deleted"
    summary: str = ""


@dataclasses.dataclass(frozen=True)
class RulePackUploaded(Event):
    action: ClassVar[str] = "rulepack.uploaded"
    version: str
    in_force_from: str
    sha256: str


@dataclasses.dataclass(frozen=True)
class RulePackAdopted(Event):
    action: ClassVar[str] = "rulepack.adopted"
    version: str
    in_force_from: str


def _jsonable(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def record(
    event: Event,
    *,
    actor: Any = None,
    organisation: Any = None,
    obj: models.Model | None = None,
) -> AuditEvent:
    """Append ``event`` to the chain; serialised so two writers cannot fork it."""
    with transaction.atomic():
        last = AuditEvent.objects.select_for_update().order_by("-id").first()
        row = AuditEvent(
            created_at=timezone.now(),
            organisation=organisation,
            actor=actor if getattr(actor, "pk", None) else None,
            actor_label=getattr(actor, "username", "") or "",
            action=event.action,
            object_type=obj._meta.label_lower if obj is not None else "",
            object_id=str(obj.pk) if obj is not None else "",
            data=event.data(),
            prev_hash=last.hash if last else GENESIS,
        )
        row.hash = row.compute_hash()
        row.save()
    return row


@dataclasses.dataclass
class VerifyResult:
    checked: int
    broken_at: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify() -> VerifyResult:
    """Walk the whole chain; report the first row whose hash or link is wrong."""
    prev = GENESIS
    n = 0
    for row in AuditEvent.objects.order_by("id").iterator(chunk_size=2000):
        n += 1
        if row.prev_hash != prev:
            return VerifyResult(n, row.pk, "de verwijzing naar de vorige regel klopt niet")
        if row.compute_hash() != row.hash:
            return VerifyResult(n, row.pk, "de inhoud van deze regel is gewijzigd")
        prev = row.hash
    return VerifyResult(n)
