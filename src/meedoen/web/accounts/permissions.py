# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Role checks shared by pages and the API (the same rules everywhere).

Roles: medewerker (everyone may use the self-check and samen leren),
communicatieadviseur (reviews official posts: coach, not gatekeeper),
beheerder (organisation settings and rule packs), management (read-only
dashboards with aggregates only).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from meedoen.web.accounts.models import Member, Role


def member_of(user: Any) -> Member | None:
    if user is None or not user.is_authenticated:
        return None
    return getattr(user, "member", None)


def can_review(member: Member | None) -> bool:
    return member is not None and member.role == Role.COMMUNICATIEADVISEUR


def can_manage_settings(member: Member | None) -> bool:
    return member is not None and member.role == Role.BEHEERDER


def can_see_dashboard(member: Member | None) -> bool:
    return member is not None and member.role in (
        Role.MANAGEMENT,
        Role.BEHEERDER,
        Role.COMMUNICATIEADVISEUR,
    )


def member_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Signed in and a member of an organisation; sets ``request.member``."""

    @login_required
    @wraps(view)
    def wrapped(request: Any, *args: Any, **kwargs: Any) -> Any:
        m = member_of(request.user)
        if m is None:
            raise PermissionDenied("Je account hoort niet bij een organisatie.")
        request.member = m
        return view(request, *args, **kwargs)

    return wrapped


def role_required(check: Callable[[Member | None], bool]) -> Callable[..., Any]:
    """Decorator: the member must pass ``check`` (e.g. :func:`can_review`)."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @member_required
        @wraps(view)
        def wrapped(request: Any, *args: Any, **kwargs: Any) -> Any:
            if not check(request.member):
                raise PermissionDenied("Je rol geeft geen toegang tot deze pagina.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
