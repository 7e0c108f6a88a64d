# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Tone flag from the engine's own ``toon`` detectors, called directly.

``meedoen.check(text)`` runs every detector and builds citations; for a
stream of posts only the detectors in category ``toon`` matter, so they are
taken from the detector registry (built-ins and plug-ins alike) and run with a
default profile and context (a private person, as the author of a public post
is). Any evidence, of any severity, sets the flag, which matches "a finding
with category toon" in ``meedoen.check`` for the built-in codex.
"""

from __future__ import annotations

import dataclasses
import importlib
import threading
from datetime import date
from typing import Any

from meedoen.core.text import Document

_lock = threading.Lock()
_state: tuple[list[Any], Any] | None = None


def _load() -> tuple[list[Any], Any]:
    global _state
    if _state is None:
        with _lock:
            if _state is None:
                from meedoen.core.assessment.models import Context, Profile
                from meedoen.core.codex import builtin_codex
                from meedoen.core.detectors import CheckContext, detectors, load_detectors

                codex = builtin_codex()
                try:
                    load_detectors()  # built-ins and plug-ins
                except Exception:  # a broken unrelated detector must not stop the tone flag
                    importlib.import_module("meedoen.core.detectors.builtin.toon")
                dets = [cls() for cls in detectors if cls.category == "toon"]
                ctx = CheckContext(
                    profile=Profile(),
                    context=Context(),
                    codex=codex,
                    organisation=codex.organisation,
                    on=date.today(),
                )
                _state = (dets, ctx)
    return _state


def has_toon(text: str) -> bool:
    """True when a toon detector finds anything in ``text``."""
    dets, base = _load()
    ctx = dataclasses.replace(base, cache={})  # the cache is per check, as in the engine
    doc = Document(text)
    return any(next(iter(det.detect(doc, ctx)), None) is not None for det in dets)
