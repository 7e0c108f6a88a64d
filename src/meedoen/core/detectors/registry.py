# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The detector registry and its loader.

Built-in detectors are ordinary plug-in modules: :func:`load_detectors`
imports the modules in :data:`BUILTIN_MODULES` and then those an installed
package declares under the ``meedoen.detectors`` entry-point group, and every
module registers its classes with ``@register`` in exactly the same way.
"""

from __future__ import annotations

from meedoen.core.detectors.base import Detector
from meedoen.core.registry import Registry, load_plugins

detectors: Registry[Detector] = Registry("detector")
register = detectors.register

BUILTIN_MODULES: tuple[str, ...] = (
    "meedoen.core.detectors.builtin.bsn",
    "meedoen.core.detectors.builtin.iban",
    "meedoen.core.detectors.builtin.btw",
    "meedoen.core.detectors.builtin.identiteitsbewijs",
    "meedoen.core.detectors.builtin.telefoon",
    "meedoen.core.detectors.builtin.email",
    "meedoen.core.detectors.builtin.adres",
    "meedoen.core.detectors.builtin.kenteken",
    "meedoen.core.detectors.builtin.geboortedatum",
    "meedoen.core.detectors.builtin.bijzondere_gegevens",
    "meedoen.core.detectors.builtin.zaakgegevens",
    "meedoen.core.detectors.builtin.herkenbaar",
    "meedoen.core.detectors.builtin.vertrouwelijk",
    "meedoen.core.detectors.builtin.politiek",
    "meedoen.core.detectors.builtin.eigen_dossier",
    "meedoen.core.detectors.builtin.toon",
    "meedoen.core.detectors.builtin.pers",
    "meedoen.core.detectors.builtin.kamerlid",
    "meedoen.core.detectors.builtin.namens_organisatie",
    "meedoen.core.detectors.builtin.identificatie",
    "meedoen.core.detectors.builtin.integriteit",
    "meedoen.core.detectors.builtin.timing",
)

ENTRY_POINT_GROUP = "meedoen.detectors"
_loaded = False


def load_detectors(*, plugins: bool = True) -> Registry[Detector]:
    """Import built-in and third-party detector modules (once) and return the registry."""
    global _loaded
    if _loaded:
        return detectors
    load_plugins(BUILTIN_MODULES, ENTRY_POINT_GROUP, detectors.register, plugins=plugins)
    _loaded = True
    return detectors
