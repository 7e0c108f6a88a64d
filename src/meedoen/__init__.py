# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""meedoen: careful participation of Dutch civil servants on social media.

The public entry point is :func:`check`; it serves the CLI, the API, the web
page and monitoring alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from meedoen.core.assessment.models import Assessment


def check(text: str, profile: Any = None, context: Any = None, **kwargs: Any) -> Assessment:
    """Assess a draft post and explain what could go wrong.

    ``profile`` and ``context`` may be dicts or the pydantic models from
    :mod:`meedoen.core.assessment.models`. Extra keyword arguments
    (``organisation``) are passed to the engine.
    """
    from meedoen.core.assessment.engine import check as _check

    return _check(text, profile=profile, context=context, **kwargs)


__all__ = ["__version__", "check"]
