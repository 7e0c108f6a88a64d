# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "meedoen.web.pages"
    label = "meedoen_pages"
    default_auto_field = "django.db.models.BigAutoField"
