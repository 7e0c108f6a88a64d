# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Template context: the signed-in member (or None) and the theme stylesheet."""

from __future__ import annotations

from typing import Any

from django.conf import settings


def member(request: Any) -> dict[str, Any]:
    user = getattr(request, "user", None)
    m = getattr(user, "member", None) if user is not None and user.is_authenticated else None
    return {
        "member": m,
        "theme_css": settings.MEEDOEN_THEME_CSS,
        "theme_class": settings.MEEDOEN_THEME_CLASS,
        "oidc": settings.OIDC_ENABLED,
    }
