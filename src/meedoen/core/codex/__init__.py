# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""De levende code: rules as versioned, validated data."""

from meedoen.core.codex.codex import Codex, builtin_codex, load_codex
from meedoen.core.codex.loader import load_pack, load_reference
from meedoen.core.codex.models import OrganisationData, Pack, Rule

__all__ = [
    "Codex",
    "OrganisationData",
    "Pack",
    "Rule",
    "builtin_codex",
    "load_codex",
    "load_pack",
    "load_reference",
]
