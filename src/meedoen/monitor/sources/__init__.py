# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Source plug-ins for monitoring: RSS/Atom, Mastodon, Bluesky, file import.

Use :func:`load_sources` / :func:`create_source` (registry, entry-point group
``meedoen.sources``); every source implements :class:`Source.fetch`.
"""

from __future__ import annotations

from meedoen.monitor.sources.base import (
    FetchResult,
    RawPost,
    Source,
    SourceError,
    SourceRefusedError,
    SourceUnavailableError,
)
from meedoen.monitor.sources.registry import create_source, load_sources, register, sources

__all__ = [
    "FetchResult",
    "RawPost",
    "Source",
    "SourceError",
    "SourceRefusedError",
    "SourceUnavailableError",
    "create_source",
    "load_sources",
    "register",
    "sources",
]
