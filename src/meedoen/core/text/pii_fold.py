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

from meedoen.core import rx
from meedoen.core.text.pii_boundary import push_boundary

IRREGULAR = ("\u0130", "\u0131", "\u017f")  # İ ı ſ
_UPPER_RE = rx.compile(r"(?<!\\)(?<!\(\?)[A-ZÀ-Þ]|\(\?[a-zA-Z]*i")


def folded(pattern: re.Pattern[str], push: bool = False) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, for lower-case text. Refuses a pattern with an
    upper-case literal or an inline flag (it would not match the lower-case text). With
    ``push`` the leading word boundary is moved behind the first letters
    (:func:`push_boundary`: the same matches, faster for words with few first letters)."""
    if _UPPER_RE.search(pattern.pattern):
        raise ValueError(f"cannot fold {pattern.pattern!r}")
    flags = pattern.flags & ~re.IGNORECASE
    return rx.compile(push_boundary(pattern.pattern) if push else pattern.pattern, flags)


def regular(low: str) -> bool:
    """True when ``low`` has none of the irregularly folding characters."""
    return not ("\u0130" in low or "\u0131" in low or "\u017f" in low)  # IRREGULAR


class Folded:
    """A case-insensitive pattern for lower-case text (a window of ``Document.lower``).

    ``fast`` may be given: a pattern that finds a match in the same lower-case texts as the
    folded ``pattern`` (not necessarily the same match); :meth:`search` is then only good for
    a yes/no answer."""

    __slots__ = ("fast", "slow")

    def __init__(
        self, pattern: re.Pattern[str], fast: re.Pattern[str] | None = None, push: bool = False
    ) -> None:
        self.slow = pattern
        self.fast = folded(pattern, push) if fast is None else fast

    def search(self, low: str) -> re.Match[str] | None:
        """``pattern.search(low)``, with the folded pattern when that is the same."""
        if "\u0130" in low or "\u0131" in low or "\u017f" in low:  # not regular(low)
            return self.slow.search(low)
        return self.fast.search(low)
