# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Constants of the REST API contract (NL API Design Rules 2.0).

The major version is in the path (``/api/v1``); the full semantic version is
sent in the ``API-Version`` header of every response and in the OpenAPI
document. Bump the minor version for additions, the major for breaking changes.
"""

from __future__ import annotations

API_VERSION = "1.0.0"
API_PREFIX = "/api/v1"
VERSION_HEADER = "API-Version"
PROBLEM_JSON = "application/problem+json"
