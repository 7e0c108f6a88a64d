# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dossier management, access logging, full-text search and the retention job.

* :func:`save_dossier` runs :func:`check_query` and :func:`check_dossier` on every
  create and edit and refuses (:class:`DossierRefusedError`, Dutch reasons) before
  anything is saved; every save is logged with old and new settings.
* :func:`log` writes an :class:`AccessLog` row (never post text or pseudonyms).
* :func:`search` is full-text search in Dutch (PostgreSQL) over one dossier.
* :func:`run_retention` folds the posts that are due into hourly aggregates and
  deletes them, in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import QuerySet

from meedoen.core.codex.models import OrganisationData
from meedoen.monitor.privacy.dossier_query import check_dossier, check_query, is_active
from meedoen.monitor.privacy.retention import Row, due_for_deletion, fold_hourly
from meedoen.monitor.privacy.settings import DossierSettings, Query
from meedoen.web.accounts.models import Member
from meedoen.web.luisteren.models import AccessLog, HourlyAggregate, MonitorDossier, MonitorPost
from meedoen.web.luisteren.store import as_post


class DossierRefusedError(Exception):
    """The dossier may not be saved; ``reasons`` are Dutch."""

    def __init__(self, reasons: list[str]) -> None:
        super().__init__(" ".join(reasons))
        self.reasons = reasons


def query_of(d: MonitorDossier) -> Query:
    q = d.query or {}
    return Query(
        keywords=tuple(q.get("keywords") or ()),
        hashtags=tuple(q.get("hashtags") or ()),
        exclusions=tuple(q.get("exclusions") or ()),
        languages=tuple(q.get("languages") if q.get("languages") is not None else ("nl",)),
    )


def owner_label(member: Member | None) -> str:
    if member is None:
        return ""
    return f"{member.display_name} ({member.function})" if member.function else member.display_name


def to_settings(d: MonitorDossier) -> DossierSettings:
    """The dossier as the plain settings the privacy and pipeline code need."""
    return DossierSettings(
        id=str(d.pk or ""),
        name=d.name,
        owner=owner_label(d.owner) if d.owner_id else "",
        purpose=d.purpose,
        legal_basis=d.legal_basis,
        end_date=d.end_date,
        query=query_of(d),
        sources=tuple(str(s.get("name", "")) for s in d.sources or ()),
        start_date=d.start_date,
        ended_at=d.ended_at,
        retention_days=d.retention_days,
        k=d.k,
        pseudonym_period=d.pseudonym_period,  # type: ignore[arg-type]
        sensitivity=d.sensitivity,
    )


def organisation_pack(d: MonitorDossier) -> OrganisationData | None:
    """The organisation pack data (officials, press handles) for the allow list."""
    from meedoen.web.engine import organisation_data

    try:
        return OrganisationData.model_validate(organisation_data(d.organisation))
    except ValueError:
        return None


def _snapshot(d: MonitorDossier) -> dict[str, Any]:
    s = to_settings(d)
    return {
        "naam": s.name,
        "eigenaar": s.owner,
        "doel": s.purpose,
        "grondslag": s.legal_basis,
        "begindatum": s.start_date.isoformat() if s.start_date else None,
        "einddatum": s.end_date.isoformat() if s.end_date else None,
        "beeindigd": s.ended_at.isoformat() if s.ended_at else None,
        "zoekvraag": d.query,
        "bronnen": [src.get("name") for src in d.sources or ()],
        "bewaartermijn": s.retention_days,
        "k": s.k,
        "meldingen": {"e-mailadressen": len(d.alert_emails or ()), "webhook": bool(d.webhook_url)},
    }


def log(
    who: str,
    what: str,
    dossier: MonitorDossier | None = None,
    member: Member | None = None,
    *,
    detail: dict[str, Any] | None = None,
    **more: Any,
) -> AccessLog:
    """Write one access-log row (append-only; no post text, no pseudonyms)."""
    return AccessLog.objects.create(
        who=who, member=member, what=what, dossier=dossier, detail={**(detail or {}), **more}
    )


def refusal_reasons(d: MonitorDossier) -> list[str]:
    reasons = check_query(query_of(d), organisation_pack(d))
    reasons += check_dossier(to_settings(d))
    if not d.sources:
        reasons.append("Het dossier heeft geen bronnen.")
    return reasons


def save_dossier(d: MonitorDossier, who: str, member: Member | None = None) -> MonitorDossier:
    """Create or edit ``d`` after the checks; :class:`DossierRefusedError` when refused."""
    reasons = refusal_reasons(d)
    old = None
    if d.pk:
        previous = MonitorDossier.objects.filter(pk=d.pk).first()
        old = _snapshot(previous) if previous else None
    if reasons:
        log(
            who,
            AccessLog.What.DOSSIER,
            d if d.pk else None,
            member,
            actie="geweigerd",
            redenen=len(reasons),
        )
        raise DossierRefusedError(reasons)
    with transaction.atomic():
        d.save()
        log(
            who,
            AccessLog.What.DOSSIER,
            d,
            member,
            actie="gewijzigd" if old else "aangemaakt",
            oud=old,
            nieuw=_snapshot(d),
            zoekvraagcontrole="in orde",
        )
    return d


def end_dossier(
    d: MonitorDossier, who: str, now: datetime | None = None, member: Member | None = None
) -> MonitorDossier:
    """End ``d`` now: collection stops; stored posts follow the retention period."""
    now = now or datetime.now(UTC)
    with transaction.atomic():
        d.ended_at = now
        d.save(update_fields=["ended_at"])
        log(who, AccessLog.What.DOSSIER, d, member, actie="beëindigd", op=now.isoformat())
    return d


def active_dossiers(now: datetime | None = None) -> list[MonitorDossier]:
    now = now or datetime.now(UTC)
    rows = MonitorDossier.objects.select_related("owner__user", "organisation")
    return [d for d in rows if is_active(to_settings(d), now)]


def search(d: MonitorDossier, words: str, who: str, limit: int = 50) -> QuerySet[MonitorPost]:
    """Posts of ``d`` that match ``words`` (Dutch full-text search on PostgreSQL)."""
    log(who, AccessLog.What.QUERY, d, zoekterm=words)
    qs = MonitorPost.objects.filter(dossier=d)
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        qs = qs.annotate(fts=SearchVector("text", config="dutch")).filter(
            fts=SearchQuery(words, config="dutch", search_type="websearch")
        )
    else:
        for word in words.split():
            qs = qs.filter(text__icontains=word)
    return qs.order_by("-published_at")[:limit]


def _merge(d: MonitorDossier, aggregates: Iterable[Any]) -> int:
    n = 0
    for agg in aggregates:
        row, _ = HourlyAggregate.objects.select_for_update().get_or_create(
            dossier=d, source=agg.source, hour=agg.hour
        )
        row.posts += agg.posts
        row.authors += agg.authors
        for field, counts in (("sentiment", agg.sentiment), ("lang", agg.lang)):
            merged = dict(getattr(row, field) or {})
            for label, count in counts.items():
                merged[label] = merged.get(label, 0) + count
            setattr(row, field, merged)
        row.save()
        n += 1
    return n


def run_retention(d: MonitorDossier, who: str, now: datetime | None = None) -> dict[str, int]:
    """Fold the posts of ``d`` that are due into hourly aggregates, then delete them."""
    from datetime import timedelta

    now = now or datetime.now(UTC)
    cutoff = now - timedelta(days=d.retention_days)
    with transaction.atomic():
        rows = list(
            MonitorPost.objects.select_for_update().filter(dossier=d, ingested_at__lt=cutoff)
        )
        by_id = {str(r.pk): r for r in rows}
        due = due_for_deletion(
            (Row(str(r.pk), r.published_at, r.ingested_at) for r in rows),
            now,
            days=d.retention_days,
        )
        doomed = [by_id[x.id] for x in due]
        labels = {(r.source, r.source_id): r.sentiment for r in doomed}
        aggregates = fold_hourly(
            (as_post(r) for r in doomed), lambda p: labels.get((p.source, p.id))
        )
        hours = _merge(d, aggregates)
        deleted, _ = MonitorPost.objects.filter(pk__in=[r.pk for r in doomed]).delete()
        log(who, AccessLog.What.DELETION, d, bewaartermijn=deleted, uren=hours)
    return {"verwijderd": deleted, "uren": hours}
