# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Webhook secrets stored sealed (ADR 0011): a wider column, and the plain ones sealed."""

from typing import Any

from django.db import migrations

import meedoen.web.luisteren.sealed
from meedoen.web.luisteren.sealed import PREFIX


def seal_plain_secrets(apps: Any, schema_editor: Any) -> None:
    """Seal every secret stored before (a value without the prefix reads as plain text)."""
    dossier = apps.get_model("meedoen_luisteren", "MonitorDossier")
    for d in dossier.objects.exclude(webhook_secret="").exclude(webhook_secret__startswith=PREFIX):
        d.save(update_fields=["webhook_secret"])


class Migration(migrations.Migration):
    dependencies = [
        ("meedoen_luisteren", "0004_recheck"),
    ]

    operations = [
        migrations.AlterField(
            model_name="monitordossier",
            name="webhook_secret",
            field=meedoen.web.luisteren.sealed.SealedCharField(
                blank=True, max_length=1000, verbose_name="webhookgeheim"
            ),
        ),
        migrations.RunPython(seal_plain_secrets, migrations.RunPython.noop),
    ]
