# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "meedoen.web.dashboard"
    label = "meedoen_dashboard"
    default_auto_field = "django.db.models.BigAutoField"
