# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Full-text index on MonitorPost.text (Dutch configuration), PostgreSQL only.

The expression is exactly what ``SearchVector("text", config="dutch")`` compiles
to, so :func:`meedoen.web.luisteren.services.search` uses the index. On SQLite
this migration does nothing (search falls back to a case-insensitive match).
"""

from django.db import migrations

INDEX = "luisteren_post_text_fts"
CREATE = (
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON meedoen_luisteren_monitorpost "
    "USING GIN (to_tsvector('dutch'::regconfig, COALESCE(text, '')))"
)
DROP = f"DROP INDEX IF EXISTS {INDEX}"


def _run(sql):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("meedoen_luisteren", "0001_initial")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP))]
