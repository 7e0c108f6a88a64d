# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Shared fixtures: run one detector on a text in a given profile/context."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from meedoen.core.assessment.models import Context, Profile
from meedoen.core.codex import builtin_codex
from meedoen.core.codex.models import OrganisationData
from meedoen.core.detectors.base import CheckContext, Detector, Evidence
from meedoen.core.text import Document

ROOT = Path(__file__).resolve().parents[1]
DATA = (ROOT / ".." / "shared" / "data").resolve()


@pytest.fixture(autouse=True)
def no_politeness_delay_on_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sources' HTTP client waits a second between requests to one host; the tests only
    talk to servers on this machine (see test_monitor_sources.no_internet). Tests of the
    interval itself remove this setting. Subprocesses inherit it."""
    monkeypatch.setenv("MEEDOEN_HTTP_MIN_INTERVAL", "0")


@dataclass
class Hit:
    """Evidence with its span mapped to the original text."""

    text: str
    start: int
    end: int
    evidence: Evidence


def run_detector(
    detector: type[Detector] | Detector,
    text: str,
    profile: dict[str, Any] | None = None,
    context: dict[str, Any] | None = None,
    organisation: dict[str, Any] | None = None,
    on: date = date(2026, 11, 28),
) -> list[Hit]:
    det = detector() if isinstance(detector, type) else detector
    doc = Document(text)
    ctx_model = Context.model_validate(context or {})
    ctx = CheckContext(
        profile=Profile.model_validate(profile or {}),
        context=ctx_model,
        codex=builtin_codex(),
        organisation=OrganisationData.model_validate(organisation or {}),
        on=ctx_model.date or on,
    )
    hits = []
    for ev in det.detect(doc, ctx):
        s, e = doc.original_span(ev.start, ev.end)
        hits.append(Hit(text[s:e], s, e, ev))
    return hits


def worst_severity(
    detector: type[Detector] | Detector,
    text: str,
    profile: dict[str, Any] | None = None,
    context: dict[str, Any] | None = None,
) -> int:
    """The highest severity among the detector's evidence for ``text`` (0 when there is none)."""
    return max(
        (h.evidence.severity for h in run_detector(detector, text, profile, context)), default=0
    )


@pytest.fixture
def detect():
    return run_detector


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not DATA.is_dir():
        pytest.skip(f"shared data not found at {DATA}")
    return DATA
