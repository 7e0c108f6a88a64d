# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Rate limits that read their rate when used, not when imported.

DRF's throttles copy ``DEFAULT_THROTTLE_RATES`` into a class attribute at
import time, so ``override_settings`` (tests) would not reach them. These read
``settings.REST_FRAMEWORK`` on every request. The rates come from
``MEEDOEN_API_ANON_RATE`` / ``MEEDOEN_API_USER_RATE`` (see settings.py);
``off`` switches a limit off (only for benchmarks on loopback).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

_OFF = {"", "0", "off", "uit", "none", "geen"}


def _rate(scope: str) -> str | None:
    rates = getattr(settings, "REST_FRAMEWORK", {}).get("DEFAULT_THROTTLE_RATES", {})
    rate = rates.get(scope)
    if rate is None or str(rate).strip().lower() in _OFF:
        return None
    return str(rate)


class AnonThrottle(AnonRateThrottle):
    """Anonymous clients, by IP address (scope ``anon``)."""

    def get_rate(self) -> str | None:
        return _rate(self.scope)


class MemberThrottle(UserRateThrottle):
    """Signed-in users and token clients, by user (scope ``user``)."""

    def get_rate(self) -> str | None:
        return _rate(self.scope)

    def get_cache_key(self, request: Any, view: Any) -> str | None:
        if not (request.user and request.user.is_authenticated):
            return None  # anonymous clients are limited by AnonThrottle
        return super().get_cache_key(request, view)


THROTTLES = [AnonThrottle, MemberThrottle]
