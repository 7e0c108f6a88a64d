# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Delete archived official posts older than their account's retention period.

Run daily, e.g. ``meedoen web manage purge_official_archive``. Age counts
from publication (or archiving when no publication time is known). Each
account with removals gets one ``official.archive.purged`` audit event listing
the removed post ids; the audit log keeps only hashes of texts.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from meedoen.web.official.retention import purge_archive


class Command(BaseCommand):
    help = "Verwijder gearchiveerde berichten van organisatie-accounts na de bewaartermijn."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="toon alleen wat verwijderd zou worden"
        )
        parser.add_argument("--organisatie", help="alleen deze organisatie (slug)")

    def handle(self, *args: Any, **options: Any) -> None:
        results = purge_archive(dry_run=options["dry_run"], organisation=options["organisatie"])
        total = 0
        for account, ids in results:
            total += len(ids)
            self.stdout.write(f"{account}: {len(ids)} bericht(en)")
        verb = "zou verwijderen" if options["dry_run"] else "verwijderd"
        self.stdout.write(self.style.SUCCESS(f"Totaal {verb}: {total}"))
