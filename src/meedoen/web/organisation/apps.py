# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.apps import AppConfig


class OrganisationConfig(AppConfig):
    name = "meedoen.web.organisation"
    label = "meedoen_organisation"
    default_auto_field = "django.db.models.BigAutoField"
