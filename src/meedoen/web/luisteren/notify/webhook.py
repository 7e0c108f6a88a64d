# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The webhook channel: a JSON POST signed with HMAC-SHA256.

Headers: ``Content-Type: application/json``, ``X-Meedoen-Event: spike-alert``
and ``X-Meedoen-Signature: sha256=<hex>``, the HMAC-SHA256 of the exact body
bytes under the dossier's webhook secret. A receiver recomputes it and compares
in constant time. Redirects are not followed; anything but a 2xx answer within
:data:`TIMEOUT` seconds is a failed delivery (retried next round). The secret is
stored sealed (ADR 0011); when it cannot be opened, nothing is sent.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import urllib.error
import urllib.request
from typing import Any

from meedoen import __version__
from meedoen.web.luisteren.models import MonitorDossier
from meedoen.web.luisteren.notify.base import Channel, DeliveryError, register
from meedoen.web.luisteren.sealed import Unreadable

TIMEOUT = 10.0
SIGNATURE_HEADER = "X-Meedoen-Signature"
EVENT_HEADER = "X-Meedoen-Event"


def sign(secret: str, body: bytes) -> str:
    """The signature header value: ``sha256=`` and the hex HMAC of ``body``."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a 3xx answer becomes an HTTPError


_opener = urllib.request.build_opener(_NoRedirect)


@register
class WebhookChannel(Channel):
    name = "webhook"
    label = "webhook"

    def configured(self, dossier: MonitorDossier) -> bool:
        return bool(dossier.webhook_url)

    def secrets(self, dossier: MonitorDossier) -> list[str]:
        return [dossier.webhook_url, dossier.webhook_secret]

    def send(self, dossier: MonitorDossier, payload: dict[str, Any]) -> None:
        url = dossier.webhook_url
        if not url.lower().startswith(("http://", "https://")):
            raise DeliveryError("het webhook-adres is geen http(s)-adres")
        body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": f"meedoen/{__version__} (meldingen)",
            EVENT_HEADER: payload["gebeurtenis"],
        }
        secret = dossier.webhook_secret
        if isinstance(secret, Unreadable):  # never send an unsigned alert instead
            raise DeliveryError(
                "het webhookgeheim kan niet worden gelezen (is MEEDOEN_SECRET_KEY veranderd?); "
                "stel het opnieuw in bij het dossier"
            )
        if secret:
            headers[SIGNATURE_HEADER] = sign(secret, body)
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with _opener.open(request, timeout=TIMEOUT) as response:
                status = response.status
        except urllib.error.HTTPError as exc:
            raise DeliveryError(f"de webhook antwoordde met HTTP {exc.code}") from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise DeliveryError(
                f"webhook niet bereikbaar: {type(exc).__name__}: {reason}"
            ) from None
        if not 200 <= status < 300:
            raise DeliveryError(f"de webhook antwoordde met HTTP {status}")
