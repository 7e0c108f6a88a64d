# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The ingest pipeline of monitoring (issue #4, item 3): pure logic, storage behind a Protocol.

:func:`ingest` turns one :class:`~meedoen.monitor.sources.FetchResult` into
stored, pseudonymised, analysed posts for one dossier; storage is whatever
implements :class:`Store` (the Django app ``meedoen.web.luisteren`` provides
``DjangoStore``; tests use an in-memory store). This package never imports
``meedoen.web``.
"""

from __future__ import annotations

from meedoen.monitor.pipeline.ingest import DossierInactiveError, IngestReport, ingest
from meedoen.monitor.pipeline.matching import matches, normalise_text, text_hash
from meedoen.monitor.pipeline.store import Store, StoredPost

__all__ = [
    "DossierInactiveError",
    "IngestReport",
    "Store",
    "StoredPost",
    "ingest",
    "matches",
    "normalise_text",
    "text_hash",
]
