# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.apps import AppConfig


class BeheerConfig(AppConfig):
    name = "meedoen.web.beheer"
    label = "meedoen_beheer"
    default_auto_field = "django.db.models.BigAutoField"
