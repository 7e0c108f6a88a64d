# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The alert-channel contract and its registry.

A channel class has a ``name`` (stored in :class:`AlertDelivery.channel`) and a
Dutch ``label``; :meth:`Channel.configured` says whether the dossier asked for
it and :meth:`Channel.send` delivers one payload or raises
:class:`DeliveryError` with a short Dutch reason. The reason is stored and
logged after :func:`scrub` removed every value :meth:`Channel.secrets` names.

Built-in channels are loaded like plug-ins: :func:`load_channels` imports
:data:`BUILTIN_MODULES`, then whatever installed packages declare under the
entry-point group ``meedoen.alert_channels``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from meedoen.core.registry import Registry, load_plugins
from meedoen.web.luisteren.models import MonitorDossier

ENTRY_POINT_GROUP = "meedoen.alert_channels"
BUILTIN_MODULES: tuple[str, ...] = (
    "meedoen.web.luisteren.notify.email",
    "meedoen.web.luisteren.notify.webhook",
)
MAX_ERROR = 300


class DeliveryError(Exception):
    """The channel could not deliver; the message is Dutch and holds no secrets."""


class Channel(ABC):
    """Base class of every alert channel (built-in and third-party alike)."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""

    @abstractmethod
    def configured(self, dossier: MonitorDossier) -> bool:
        """True when ``dossier`` has this channel set up (recipients, a URL)."""

    @abstractmethod
    def send(self, dossier: MonitorDossier, payload: dict[str, Any]) -> None:
        """Deliver ``payload``; :class:`DeliveryError` (Dutch, no secrets) on failure."""

    def secrets(self, dossier: MonitorDossier) -> list[str]:
        """Values that must never appear in a stored error (addresses, keys, passwords)."""
        return []


channels: Registry[Channel] = Registry("alert channel")
register = channels.register
_loaded = False


def load_channels(*, plugins: bool = True) -> Registry[Channel]:
    """Import the built-in and third-party channel modules (once) and return the registry."""
    global _loaded
    if not _loaded:
        load_plugins(BUILTIN_MODULES, ENTRY_POINT_GROUP, register, plugins=plugins)
        _loaded = True
    return channels


def scrub(message: str, secrets: list[str]) -> str:
    """``message`` without any of ``secrets``, on one line, at most :data:`MAX_ERROR` chars."""
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        message = message.replace(secret, "***")
    return " ".join(message.split())[:MAX_ERROR]
