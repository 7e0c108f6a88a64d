# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The one engine behind every page and endpoint, per organisation.

The organisation's effective codex pack is the rules of its adopted
:class:`RulePackVersion` (YAML) plus its data from the beheer tables (dossiers,
elections, mailboxes, handles, officials): the tables are authoritative for
data, the YAML for rules. Engines are cached by a fingerprint of both, so an
edit takes effect on the next check without a restart.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from meedoen.core.assessment.engine import Engine, get_engine
from meedoen.core.assessment.models import Assessment
from meedoen.core.codex.codex import load_codex
from meedoen.core.codex.loader import parse_pack, read_yaml
from meedoen.core.codex.models import OrganisationData, Pack
from meedoen.web.organisation.models import Organisation, RulePackVersion

_CACHE: dict[str, Engine] = {}
_MAX_CACHED = 32


def organisation_data(org: Organisation) -> dict[str, Any]:
    """The organisation section of a pack, built from the beheer tables."""
    elections, announced = [], []
    for e in org.elections.all():
        item = {"name": e.name, "kind": e.kind, "date": e.date, "window_days": e.window_days}
        (announced if e.announced else elections).append(item)
    handles = list(org.handles.all())
    return {
        "id": org.slug,
        "name": org.name,
        "kind": org.kind,
        "dossiers": [
            {"name": d.name, "keywords": list(d.keywords), "sensitivity": d.sensitivity}
            for d in org.dossiers.all()
        ],
        "elections": elections,
        "announced_dates": announced,
        "functional_mailboxes": [m.address for m in org.mailboxes.all()],
        "press_handles": [h.handle for h in handles if h.kind == "pers" and h.handle],
        "mp_handles": [
            h.handle for h in handles if h.kind == "volksvertegenwoordiger" and h.handle
        ],
        "officials": [
            {"name": h.name, "role": h.role or h.get_kind_display(), "handle": h.handle or None}
            for h in handles
            if h.kind == "ambtsdrager" and h.name
        ],
    }


def parse_version_yaml(text: str, label: str = "regelpakket") -> Pack:
    """Parse and validate pack YAML; raises meedoen.core.errors.ConfigError."""
    return parse_pack(read_yaml(text, label), label)


def effective_pack(org: Organisation, version: RulePackVersion | None) -> Pack:
    """Rules from ``version`` (if any) with the organisation data from the tables."""
    data = organisation_data(org)
    if version is None:
        base: dict[str, Any] = {
            "id": org.slug,
            "title": f"Regels van {org.name}",
            "version": "0",
            "kind": "organisation",
            "rules": [],
        }
    else:
        base = parse_version_yaml(version.yaml, f"{org.slug} {version.version}").model_dump()
        base["kind"] = "organisation"
    extra = (base.get("organisation") or {}).get("sensitive_topics", [])
    data["sensitive_topics"] = list(extra)
    base["organisation"] = OrganisationData.model_validate(data).model_dump()
    return Pack.model_validate(base)


def _fingerprint(org: Organisation, version: RulePackVersion | None) -> str:
    blob = json.dumps(
        [
            org.pk,
            version.pk if version else None,
            hashlib.sha256(version.yaml.encode()).hexdigest() if version else None,
            organisation_data(org),
        ],
        default=str,
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode()).hexdigest()


def engine_for(
    org: Organisation | None, version: RulePackVersion | None = None, on: date | None = None
) -> Engine:
    """The engine for ``org`` with ``version`` (default: the adopted one in force)."""
    if org is None:
        return get_engine()
    if version is None:
        version = org.active_pack(on)
    key = _fingerprint(org, version)
    engine = _CACHE.get(key)
    if engine is None:
        if len(_CACHE) >= _MAX_CACHED:
            _CACHE.clear()
        engine = _CACHE[key] = Engine(load_codex(effective_pack(org, version)))
    return engine


def check(
    text: str,
    *,
    member: Any = None,
    organisation: Organisation | None = None,
    context: dict[str, Any] | None = None,
    profile: dict[str, Any] | None = None,
    version: RulePackVersion | None = None,
) -> Assessment:
    """meedoen.check() for the web: the member's profile and organisation codex."""
    org = organisation or (member.organisation if member is not None else None)
    if profile is None and member is not None:
        profile = member.profile()
    return engine_for(org, version).check(text, profile, context)
