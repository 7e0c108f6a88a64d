# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Streaming spike detection on volume series (issue #4, item 6).

``available()`` lists the registered detectors; ``create(name)`` builds one.
The built-ins (``hour-of-week``, the default, and the baselines
``rolling-zscore`` and ``kleinberg``) register themselves through the same
:func:`register` a third-party detector uses; entry points in the group
``meedoen.spike_detectors`` are loaded on first use.
"""

from __future__ import annotations

from typing import Any

from meedoen.core.registry import load_plugins
from meedoen.monitor.spikes.base import (
    ENTRY_POINT_GROUP,
    SpikeDetectorBase,
    get,
    names,
    register,
)

DEFAULT = "hour-of-week"
BUILTIN_MODULES = (
    "meedoen.monitor.spikes.hour_of_week",
    "meedoen.monitor.spikes.rolling_zscore",
    "meedoen.monitor.spikes.kleinberg",
)
_loaded = False


def _load() -> None:
    global _loaded
    if not _loaded:
        load_plugins(BUILTIN_MODULES, ENTRY_POINT_GROUP, register)
        _loaded = True


def available() -> list[str]:
    """Names of all registered spike detectors."""
    _load()
    return names()


def create(name: str = DEFAULT, **params: Any) -> SpikeDetectorBase:
    """A fresh detector by name (KeyError when unknown); params override constants."""
    _load()
    return get(name)(**params)


__all__ = ["DEFAULT", "SpikeDetectorBase", "available", "create", "get", "register"]
