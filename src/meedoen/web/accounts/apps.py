# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "meedoen.web.accounts"
    label = "meedoen_accounts"
    default_auto_field = "django.db.models.BigAutoField"
