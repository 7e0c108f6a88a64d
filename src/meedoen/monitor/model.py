# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The one post model of the monitoring pipeline (issue #4, item 3).

Every source plug-in produces :class:`Post` values and every later stage
(analysis, privacy, analytics, storage) consumes them. A post never carries the
author's handle or profile: :attr:`Post.author` is the keyed pseudonym made at
ingest (:mod:`meedoen.monitor.privacy.pseudonym`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Post:
    """One public post, pseudonymised, as the pipeline passes it on."""

    id: str  # unique within the source (the source's own id)
    source: str  # source plug-in name: "rss", "bluesky", "mastodon", "import", ...
    url: str
    published_at: datetime  # timezone-aware
    lang: str  # ISO 639-1 from our own detection, or "und"
    text: str
    author: str  # pseudonym, never the handle ("" when the source has no author)
    metrics: Mapping[str, float] = field(default_factory=dict, hash=False)
    in_reply_to: str | None = None
    dossier: str = ""

    def __post_init__(self) -> None:
        if self.published_at.tzinfo is None or self.published_at.utcoffset() is None:
            raise ValueError(f"post {self.id!r}: published_at must be timezone-aware")

    @property
    def key(self) -> tuple[str, str]:
        """``(source, id)``: the identity used for de-duplication and deletion."""
        return (self.source, self.id)
