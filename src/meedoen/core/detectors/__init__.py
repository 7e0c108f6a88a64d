# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Detectors: one per file, each registered in :data:`registry.detectors`."""

from meedoen.core.detectors.base import CATEGORIES, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import detectors, load_detectors, register

__all__ = [
    "CATEGORIES",
    "CheckContext",
    "Detector",
    "Evidence",
    "detectors",
    "load_detectors",
    "register",
]
