# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The archive of official posts: full-text search, filters, CSV and JSON export.

Search uses PostgreSQL full text with the Dutch configuration (so "windmolens"
finds "windmolen"); on SQLite it falls back to a case-insensitive substring
match on every word. Exports escape spreadsheet formulas (CSV injection).
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone

from meedoen.web.audit.events import record
from meedoen.web.official.access import ARCHIVE_STATES, archive_posts
from meedoen.web.official.events import PostExported
from meedoen.web.official.models import OfficialPost

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "id",
    "account",
    "kanaal",
    "auteur",
    "status",
    "niveau",
    "codex_versie",
    "dossier",
    "gepubliceerd_op",
    "adres",
    "tekst",
    "reviews",
    "categorieen",
)


def _day_start(value: date, end: bool = False) -> datetime:
    day = value + timedelta(days=1) if end else value
    return timezone.make_aware(datetime.combine(day, time.min))


def apply_filters(qs: QuerySet[OfficialPost], filters: dict[str, Any]) -> QuerySet[OfficialPost]:
    if filters.get("account"):
        qs = qs.filter(account_id=filters["account"])
    if filters.get("level"):
        qs = qs.filter(level=filters["level"])
    if filters.get("state"):
        qs = qs.filter(state=filters["state"])
    if filters.get("date_from"):
        qs = qs.filter(published_at__gte=_day_start(filters["date_from"]))
    if filters.get("date_to"):
        qs = qs.filter(published_at__lt=_day_start(filters["date_to"], end=True))
    return qs


def _variants(word: str) -> list[str]:
    """The word and its forms without a plural or inflection ending (min. 4 letters left)."""
    forms = [word]
    for ending in ("s", "en", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            forms.append(word[: -len(ending)])
    return forms


def dutch_tsquery(query: str) -> str:
    """A raw tsquery: every word must match, as any of its forms, as a prefix.

    The Dutch snowball stemmer maps "windmolens" to "windmolen" but "windmolen"
    to "windmol"; searching the stems of the word and of its ending-less forms
    as prefixes finds both, and compounds ("windmolenpark") too. Words are
    reduced to letters and digits, so no tsquery syntax gets through.
    """
    groups = []
    for token in re.findall(r"[^\W_]+", query.lower().replace("'", "")):
        forms = dict.fromkeys(_variants(token))
        groups.append("(" + " | ".join(f"{f}:*" for f in forms) + ")")
    return " & ".join(groups)


def full_text(qs: QuerySet[OfficialPost], query: str) -> QuerySet[OfficialPost]:
    query = (query or "").strip()
    if not query:
        return qs.order_by("-published_at", "-id")
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        raw = dutch_tsquery(query)
        if not raw:
            return qs.none()
        vector = SearchVector("final_text", config="dutch")
        search = SearchQuery(raw, config="dutch", search_type="raw")
        return (
            qs.annotate(search=vector, rank=SearchRank(vector, search))
            .filter(search=search)
            .order_by("-rank", "-published_at", "-id")
        )
    for word in query.split():
        qs = qs.filter(final_text__icontains=word)
    return qs.order_by("-published_at", "-id")


def search_archive(
    org: Any,
    query: str = "",
    filters: dict[str, Any] | None = None,
    *,
    member: Any = None,
) -> QuerySet[OfficialPost]:
    """Published and archived posts of ``org`` matching ``query`` and ``filters``.

    With ``member`` the result is limited to what that member may read
    (always pass it for requests; without it, e.g. for commands, it is the
    whole archive of the organisation).
    """
    if member is not None:
        if member.organisation_id != org.pk:
            return OfficialPost.objects.none()
        qs = archive_posts(member)
    else:
        qs = OfficialPost.objects.filter(
            account__organisation=org, state__in=ARCHIVE_STATES
        ).select_related("account", "author__user", "dossier")
    return full_text(apply_filters(qs, filters or {}), query)


def _safe(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def post_record(post: OfficialPost) -> dict[str, Any]:
    """One archived post as plain data (JSON export and API)."""
    findings = (post.assessment or {}).get("findings", [])
    return {
        "id": post.pk,
        "account": {"id": post.account_id, "name": post.account.name},
        "channel": post.account.channel,
        "author": post.author.display_name if post.author else "",
        "state": post.state,
        "level": post.level,
        "codex_version": post.codex_version,
        "dossier": post.dossier.name if post.dossier else None,
        "created_at": post.created_at.isoformat(),
        "approved_at": post.approved_at.isoformat() if post.approved_at else None,
        "published_at": post.published_at.isoformat() if post.published_at else None,
        "published_url": post.published_url,
        "archived_at": post.archived_at.isoformat() if post.archived_at else None,
        "final_text": post.final_text,
        "assessment": post.assessment,
        "categories": sorted({f.get("category", "") for f in findings}),
        "reviews": [
            {
                "tier": r.tier,
                "reviewer": r.reviewer.display_name if r.reviewer else "",
                "decision": r.decision,
                "reason": r.reason,
                "suggested_text": r.suggested_text,
                "created_at": r.created_at.isoformat(),
                "expires_at": r.expires_at.isoformat() if r.expires_at else None,
                "valid": r.invalidated_at is None,
            }
            for r in post.reviews.all()
        ],
    }


def _log(member: Any, fmt: str, count: int, query: str) -> None:
    if member is not None:
        record(
            PostExported(format=fmt, count=count, query=query),
            actor=member.user,
            organisation=member.organisation,
        )


def export_json(queryset: QuerySet[OfficialPost], *, member: Any = None, query: str = "") -> str:
    """The posts as a JSON document; audit-logged when ``member`` is given."""
    rows = [post_record(p) for p in queryset.prefetch_related("reviews__reviewer__user")]
    _log(member, "json", len(rows), query)
    return json.dumps({"posts": rows, "count": len(rows)}, ensure_ascii=False, indent=2)


def export_csv(queryset: QuerySet[OfficialPost], *, member: Any = None, query: str = "") -> str:
    """The posts as CSV (formula cells prefixed with '); audit-logged when ``member`` is given."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for post in queryset.prefetch_related("reviews__reviewer__user"):
        data = post_record(post)
        reviews = "; ".join(
            f"{r['tier']}: {r['decision']} ({r['reviewer']}) {r['reason']}".strip()
            for r in data["reviews"]
        )
        row = (
            data["id"],
            data["account"]["name"],
            data["channel"],
            data["author"],
            data["state"],
            data["level"],
            data["codex_version"],
            data["dossier"] or "",
            data["published_at"] or "",
            data["published_url"],
            data["final_text"],
            reviews,
            ", ".join(data["categories"]),
        )
        writer.writerow([_safe(v) for v in row])
        count += 1
    _log(member, "csv", count, query)
    return out.getvalue()
