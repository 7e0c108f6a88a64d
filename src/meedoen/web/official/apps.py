# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.apps import AppConfig


class OfficialConfig(AppConfig):
    name = "meedoen.web.official"
    label = "meedoen_official"
    default_auto_field = "django.db.models.BigAutoField"
