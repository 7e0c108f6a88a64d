# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""One way to make a listening dossier in the web tests (through ``save_dossier``)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from meedoen.web.luisteren.models import MonitorDossier
from meedoen.web.luisteren.services import save_dossier

UNUSED_FEED = {"name": "rss", "config": {"url": "http://127.0.0.1:1/rss"}}


def new_monitor_dossier(org: Any, owner: Any, **fields: Any) -> MonitorDossier:
    """A saved, active dossier on "stikstof*" in Dutch; ``fields`` override any default."""
    values: dict[str, Any] = {
        "organisation": org,
        "name": "Stikstof",
        "owner": owner,
        "purpose": "Publieke discussie over stikstof volgen",
        "legal_basis": "AVG art. 6 lid 1 sub e: publieke taak voorlichting",
        "end_date": date.today() + timedelta(days=60),
        "query": {"keywords": ["stikstof*"], "hashtags": [], "exclusions": [], "languages": ["nl"]},
        "sources": [UNUSED_FEED],
    }
    values.update(fields)
    return save_dossier(MonitorDossier(**values), "test")
