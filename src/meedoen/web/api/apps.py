# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "meedoen.web.api"
    label = "meedoen_api"
    default_auto_field = "django.db.models.BigAutoField"
