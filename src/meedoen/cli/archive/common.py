# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""What every archive parser returns: the old posts with their original date."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ArchivePost:
    """One past post from a personal archive."""

    id: str
    date: str | None  # ISO date (YYYY-MM-DD) when the archive gives one
    text: str
    url: str | None = None


class NotThisFormatError(ValueError):
    """The data is not in the format a parser expects (internal signal)."""
