# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Case-insensitive patterns run case-sensitively on lower-case text.

``re.IGNORECASE`` makes every literal a small character class and disables
the fast literal scan; on :attr:`Document.lower` (same length and offsets as
the text) the same pattern compiled without the flag finds exactly the same
matches, two to three times faster. Only three characters fold irregularly
(İ, ı, ſ: ``re`` equates them with i and s, ``str.lower`` does not); a text
containing one of them keeps the original pattern on the original text.
"""

from __future__ import annotations

import re

IRREGULAR = ("\u0130", "\u0131", "\u017f")  # İ ı ſ
_UPPER_RE = re.compile(r"(?<!\\)(?<!\(\?)[A-ZÀ-Þ]|\(\?[a-zA-Z]*i")


def folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, for lower-case text. Refuses a pattern with an
    upper-case literal or an inline flag (it would not match the lower-case text)."""
    if _UPPER_RE.search(pattern.pattern):
        raise ValueError(f"cannot fold {pattern.pattern!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def regular(low: str) -> bool:
    """True when ``low`` has none of the irregularly folding characters."""
    return not any(c in low for c in IRREGULAR)


class Folded:
    """A case-insensitive pattern for lower-case text (a window of ``Document.lower``)."""

    __slots__ = ("fast", "slow")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.slow = pattern
        self.fast = folded(pattern)

    def search(self, low: str) -> re.Match[str] | None:
        """``pattern.search(low)``, with the folded pattern when that is the same."""
        return (self.fast if regular(low) else self.slow).search(low)
