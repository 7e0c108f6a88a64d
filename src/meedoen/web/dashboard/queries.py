# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Database reads for the dashboard: official posts and reviews, one organisation.

The only module of the dashboard that touches the database. It reads
:class:`~meedoen.web.official.models.OfficialPost` and
:class:`~meedoen.web.official.models.Review` only — never the private
self-checks of zelftoets or samen leren — and never the post text, the
author or the reviewer: just state, level, dates and the finding categories
and rules, turned into :class:`~.aggregates.PostRow` dicts.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from django.db.models import Q

from meedoen.web.dashboard.aggregates import PostRow, ReviewRow, decided_at
from meedoen.web.engine import engine_for
from meedoen.web.official.models import OfficialAccount, OfficialPost, Review
from meedoen.web.organisation.models import Organisation


def accounts(org: Organisation) -> list[tuple[int, str]]:
    """The organisation's official accounts as (id, label), by name."""
    return [
        (a.pk, str(a))
        for a in OfficialAccount.objects.filter(organisation=org).order_by("name", "pk")
    ]


def _findings(assessment: Any) -> list[tuple[str, str]]:
    if not isinstance(assessment, dict):
        return []
    out = []
    for f in assessment.get("findings") or []:
        if isinstance(f, dict):
            out.append((str(f.get("category") or ""), str(f.get("rule") or "")))
    return out


def post_rows(org: Organisation, since: datetime, account_id: int | None = None) -> list[PostRow]:
    """Posts of ``org`` created, submitted or reviewed since ``since``."""
    posts = OfficialPost.objects.filter(account__organisation=org)
    if account_id is not None:
        posts = posts.filter(account_id=account_id)
    reviewed = Review.objects.filter(post__in=posts, created_at__gte=since).values("post_id")
    posts = posts.filter(
        Q(created_at__gte=since) | Q(submitted_at__gte=since) | Q(pk__in=reviewed)
    ).order_by()
    fields = posts.values("pk", "state", "level", "created_at", "submitted_at", "assessment")
    rows = list(fields.iterator(chunk_size=500))
    reviews: dict[int, list[ReviewRow]] = defaultdict(list)
    for r in Review.objects.filter(post__in=posts).values(
        "post_id", "decision", "created_at", "invalidated_at"
    ):
        reviews[r["post_id"]].append(
            {
                "decision": r["decision"],
                "created_at": r["created_at"],
                "invalidated": r["invalidated_at"] is not None,
            }
        )
    return [
        {
            "state": p["state"],
            "level": p["level"] or "",
            "created_at": p["created_at"],
            "submitted_at": p["submitted_at"],
            "decided_at": decided_at(p["state"], p["submitted_at"], reviews.get(p["pk"], [])),
            "findings": _findings(p["assessment"]),
        }
        for p in rows
    ]


def rule_titles(org: Organisation, rule_ids: list[str]) -> dict[str, str]:
    """Titles of rules from the organisation's codex (rules no longer there: '')."""
    codex = engine_for(org).codex
    return {rid: codex.get(rid).title if rid in codex else "" for rid in rule_ids}
