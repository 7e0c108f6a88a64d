# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Retention of the archive: remove archived posts after the account's retention_days."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from meedoen.web.audit.events import record
from meedoen.web.official.events import ArchivePurged
from meedoen.web.official.models import OfficialAccount, OfficialPost


def expired_posts(account: OfficialAccount, now=None):
    cutoff = (now or timezone.now()) - timedelta(days=account.retention_days)
    return cutoff, account.posts.filter(state=OfficialPost.State.GEARCHIVEERD).filter(
        Q(published_at__lt=cutoff) | Q(published_at__isnull=True, archived_at__lt=cutoff)
    )


def purge_archive(
    *, dry_run: bool = False, organisation: str | None = None, now=None
) -> list[tuple[OfficialAccount, list[int]]]:
    """Delete what is past retention; one audit event per account with removals."""
    accounts = OfficialAccount.objects.select_related("organisation").order_by("pk")
    if organisation:
        accounts = accounts.filter(organisation__slug=organisation)
    results = []
    for account in accounts:
        cutoff, posts = expired_posts(account, now)
        ids = sorted(posts.values_list("pk", flat=True))
        if not ids:
            continue
        results.append((account, ids))
        if dry_run:
            continue
        with transaction.atomic():
            OfficialPost.objects.filter(pk__in=ids).delete()
            record(
                ArchivePurged(
                    account=str(account),
                    retention_days=account.retention_days,
                    cutoff=cutoff.isoformat(),
                    count=len(ids),
                    post_ids=tuple(ids),
                ),
                organisation=account.organisation,
                obj=account,
            )
    return results
