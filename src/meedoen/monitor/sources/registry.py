# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The source registry and its loader.

Built-in sources are ordinary plug-in modules: :func:`load_sources` imports
the modules in :data:`BUILTIN_MODULES` and then whatever installed packages
declare under the ``meedoen.sources`` entry-point group; every module
registers its classes with ``@register`` in exactly the same way. An entry
point may name a module (``pkg.module``) or a class (``pkg.module:MySource``);
a class that did not register itself is registered when loaded.
"""

from __future__ import annotations

from typing import Any

from meedoen.core.registry import Registry, load_plugins
from meedoen.monitor.sources.base import Source

sources: Registry[Source] = Registry("source")
register = sources.register

BUILTIN_MODULES: tuple[str, ...] = (
    "meedoen.monitor.sources.rss",
    "meedoen.monitor.sources.mastodon",
    "meedoen.monitor.sources.mastodon_stream",
    "meedoen.monitor.sources.bluesky",
    "meedoen.monitor.sources.bluesky_search",
    "meedoen.monitor.sources.file_import",
)

ENTRY_POINT_GROUP = "meedoen.sources"
_loaded = False


def load_sources(*, plugins: bool = True) -> Registry[Source]:
    """Import built-in and third-party source modules (once) and return the registry."""
    global _loaded
    if _loaded:
        return sources
    load_plugins(BUILTIN_MODULES, ENTRY_POINT_GROUP, register, plugins=plugins)
    _loaded = True
    return sources


def create_source(name: str, **config: Any) -> Source:
    """Instantiate the source registered as ``name`` with its configuration."""
    return load_sources()[name](**config)
