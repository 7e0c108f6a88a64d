# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Audit events of the beheer pages that the shared events do not cover.

Settings tables use :class:`~meedoen.web.audit.events.SettingChanged` and rule
packs :class:`RulePackUploaded` / :class:`RulePackAdopted`; users and roles get
their own events here. Passwords never go into an event.
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from meedoen.web.audit.events import Event


@dataclasses.dataclass(frozen=True)
class MemberCreated(Event):
    action: ClassVar[str] = "member.created"
    username: str
    role: str
    password_generated: bool


@dataclasses.dataclass(frozen=True)
class MemberChanged(Event):
    """Role, function or level of a member changed; ``changes`` lists 'field: old → new'."""

    action: ClassVar[str] = "member.changed"
    username: str
    changes: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class MemberActivation(Event):
    action: ClassVar[str] = "member.activation"
    username: str
    active: bool
