# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.apps import AppConfig


class LuisterenConfig(AppConfig):
    name = "meedoen.web.luisteren"
    label = "meedoen_luisteren"
    verbose_name = "Slim luisteren"
    default_auto_field = "django.db.models.BigAutoField"
