# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "meedoen.web.audit"
    label = "meedoen_audit"
    default_auto_field = "django.db.models.BigAutoField"
