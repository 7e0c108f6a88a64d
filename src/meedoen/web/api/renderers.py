# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The JSON renderer: UTF-8 JSON that never fails on lone surrogates.

A post may contain a lone surrogate (``"\\ud800"`` in the request JSON); the
assessment echoes it in ``evidence``. Plain UTF-8 cannot encode it, so such a
response falls back to ASCII escapes, exactly like ``meedoen check --jsonl``.
"""

from __future__ import annotations

import json
from typing import Any

from rest_framework.renderers import JSONRenderer


class SafeJSONRenderer(JSONRenderer):
    """DRF's JSON renderer with an ASCII fallback for unencodable text."""

    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: dict[str, Any] | None = None,
    ) -> bytes:
        try:
            return super().render(data, accepted_media_type, renderer_context)
        except UnicodeEncodeError:
            return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")
