# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.apps import AppConfig


class SamenlerenConfig(AppConfig):
    name = "meedoen.web.samenleren"
    label = "meedoen_samenleren"
    default_auto_field = "django.db.models.BigAutoField"
