# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The e-mail channel: one plain-text message to the dossier's recipients.

Sent through Django's mail API, so the SMTP server comes from the settings
(``MEEDOEN_SMTP_HOST``, ``_PORT``, ``_USER``, ``_PASSWORD``, ``_TLS``/``_SSL``,
``MEEDOEN_MAIL_FROM``). Without an SMTP host the delivery fails with a clear
reason and is retried once one is set.
"""

from __future__ import annotations

import smtplib
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage

from meedoen.web.luisteren.models import MonitorDossier
from meedoen.web.luisteren.notify.base import Channel, DeliveryError, register
from meedoen.web.luisteren.notify.payload import email_body, email_subject

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


@register
class EmailChannel(Channel):
    name = "email"
    label = "e-mail"

    def configured(self, dossier: MonitorDossier) -> bool:
        return bool(dossier.alert_emails)

    def secrets(self, dossier: MonitorDossier) -> list[str]:
        return [settings.EMAIL_HOST_PASSWORD, settings.EMAIL_HOST_USER, *dossier.alert_emails]

    def send(self, dossier: MonitorDossier, payload: dict[str, Any]) -> None:
        if settings.EMAIL_BACKEND == SMTP_BACKEND and not settings.EMAIL_HOST:
            raise DeliveryError("geen SMTP-server ingesteld (MEEDOEN_SMTP_HOST)")
        message = EmailMessage(
            subject=email_subject(payload),
            body=email_body(payload, getattr(settings, "MEEDOEN_SITE_URL", "")),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=list(dossier.alert_emails),
            headers={"X-Meedoen-Event": payload["gebeurtenis"]},
        )
        try:
            message.send(fail_silently=False)
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"e-mail niet verstuurd: {type(exc).__name__}: {exc}") from None
