# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""What an alert says, as JSON (webhook) and as an e-mail: aggregates only.

The payload holds the dossier, the period, counts, the top terms, the sources,
the number of distinct authors, the top author's share, the Dutch summary and
the path of the dossier page. It never holds a post text, a pseudonym or a
handle: :class:`~meedoen.monitor.analytics.alerts.Alert` has none to give.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.urls import reverse

from meedoen.monitor.analytics.alerts import TZ, Alert
from meedoen.web.luisteren.models import MonitorDossier

EVENT = "spike-alert"


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def alert_payload(d: MonitorDossier, alert: Alert) -> dict[str, Any]:
    """The JSON document a webhook receives for ``alert`` of dossier ``d``."""
    return {
        "gebeurtenis": EVENT,
        "dossier": {"id": d.pk, "naam": d.name},
        "periode": {"begin": _iso(alert.start), "einde": _iso(alert.end)},
        "berichten": alert.posts,
        "verwacht": round(alert.expected, 1) if alert.expected is not None else None,
        "score": round(alert.score, 3) if alert.score is not None else None,
        "termen": list(alert.top_terms),
        "bronnen": [{"bron": source, "berichten": n} for source, n in alert.sources],
        "auteurs": alert.distinct_authors,
        "aandeel_actiefste_auteur": round(alert.top_author_share, 3),
        "weinig_accounts": alert.few_accounts,
        "samenvatting": alert.summary,
        "pad": reverse("luisteren:dossier", args=[d.pk]),
    }


def _local(iso: str | None, fmt: str = "%d-%m-%Y %H:%M") -> str:
    return datetime.fromisoformat(iso).astimezone(TZ).strftime(fmt) if iso else "?"


def email_subject(payload: dict[str, Any]) -> str:
    start = payload["periode"]["begin"]
    when = f" op {_local(start)}" if start else ""
    return f"meedoen: piek in luisterdossier {payload['dossier']['naam']}{when}"


def email_body(payload: dict[str, Any], site_url: str = "") -> str:
    """Plain-text e-mail in Dutch with the same aggregates as the webhook."""
    share = round(100 * payload["aandeel_actiefste_auteur"])
    sources = ", ".join(f"{s['bron']} ({s['berichten']})" for s in payload["bronnen"]) or "-"
    lines = [
        payload["samenvatting"],
        "",
        f"Dossier: {payload['dossier']['naam']}",
        f"Periode: {_local(payload['periode']['begin'])} tot "
        f"{_local(payload['periode']['einde'], '%H:%M')} (Nederlandse tijd)",
        f"Berichten: {payload['berichten']}",
    ]
    if payload["verwacht"] is not None:
        lines.append(f"Gewoonlijk in dit uur: ongeveer {payload['verwacht']:.0f}")
    lines += [
        f"Opvallende termen: {', '.join(payload['termen']) or '-'}",
        f"Bronnen: {sources}",
        f"Verschillende auteurs: {payload['auteurs']}",
        f"Aandeel van de actiefste auteur: {share}%",
        "",
        f"Bekijk het dossier: {site_url.rstrip('/')}{payload['pad']}",
        "",
        "Deze melding bevat alleen tellingen, geen berichten en geen auteurs. "
        "Sociale media zijn geen representatieve afspiegeling van de samenleving.",
    ]
    return "\n".join(lines) + "\n"
