# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.contrib import admin

from meedoen.web.organisation import models

for model in (
    models.Organisation,
    models.RulePackVersion,
    models.Dossier,
    models.ElectionDate,
    models.FunctionalMailbox,
    models.PublicHandle,
):
    admin.site.register(model)
