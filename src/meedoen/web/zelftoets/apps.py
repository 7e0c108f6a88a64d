# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.apps import AppConfig


class ZelftoetsConfig(AppConfig):
    name = "meedoen.web.zelftoets"
    label = "meedoen_zelftoets"
    default_auto_field = "django.db.models.BigAutoField"
