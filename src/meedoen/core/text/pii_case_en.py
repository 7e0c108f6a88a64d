# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Case details about the reader in English replies ("your benefit was stopped").

The English counterpart of the Dutch patterns in the zaakgegevens detector: a
case noun about the reader (``your application``) with a status or decision,
or a look in the files (``I checked your file``, ``according to our
records``). Questions, conditionals and general procedure ("If your claim is
rejected, you can appeal") are not case details.
"""

from __future__ import annotations

import re

from meedoen.core import rx

NOUN = (
    r"application|benefit|benefits|allowance|claim|file|case|permit|licen[cs]e|tax\s+return|"
    r"refund|payment|payments|debt|objection|appeal|assessment|subsidy|grant|pension|"
    r"request|complaint|report|registration|fine|arrears|student\s+finance|housing\s+benefit"
)
DECISION = (
    r"rejected|approved|granted|denied|refused|stopped|suspended|terminated|cancell?ed|"
    r"reduced|increased|reclaimed|withdrawn|paid(?:\s+out)?|declined|revoked|ended|cut|frozen|"
    r"blocked|overdue|outstanding|will\s+stop|stops|ends|dismissed|upheld|unfounded|"
    r"recovered|clawed\s+back|transferred|still\s+open|unpaid|not\s+(?:yet\s+)?paid"
)
RECEIPT = (
    r"received|processed|forwarded|sent|being\s+processed|under\s+review|in\s+progress|registered"
)
READER_CASE_RE = rx.compile(
    rf"(?<!\w)your\s+(?:\w+\s+)?(?:{NOUN})(?!\w)[^.!?\n]{{0,40}}?(?<!\w)"
    rf"(?:(?P<decision>{DECISION})|(?P<receipt>{RECEIPT}))(?!\w)",
    re.IGNORECASE,
)
SYSTEM_RE = rx.compile(
    r"(?<!\w)(?:i\s+(?:checked|looked\s+(?:at|into)|went\s+through|pulled\s+up)\s+your\s+"
    r"(?:file|case|record|records|account|application|details)|"
    r"i\s+can\s+see\s+(?:in\s+(?:our|the)\s+system|that\s+you)|in\s+our\s+system|"
    r"according\s+to\s+our\s+(?:records|system|data|files)|our\s+records\s+show)(?!\w)",
    re.IGNORECASE,
)
GENERAL_RE = rx.compile(
    r"^\s*(?:if|when|once|in\s+case|should|is|has|was|did|do|does|can|how|what)\b|"
    r"\b(?:usually|normally|on\s+average|within\s+\d+\s+\w+\s+(?:of|after))\b",
    re.IGNORECASE,
)
GATE_RE = rx.compile(r"your|system|records")


def english_case_details(
    text: str, sentences: list[tuple[int, int]]
) -> list[tuple[int, int, bool, bool]]:
    """(start, end, decision, system) for reader case details in English ``text``."""
    if not GATE_RE.search(text.lower()):
        return []
    system = SYSTEM_RE.search(text)
    found: list[tuple[int, int, bool, bool]] = []
    for s, e in sentences:
        sentence = text[s:e]
        if sentence.rstrip().endswith("?") or GENERAL_RE.search(sentence):
            continue
        m = READER_CASE_RE.search(text, s, e)
        sys_here = system is not None and s <= system.start() < e
        if m is None:
            continue
        if m.group("receipt") and not (system and sys_here):
            continue  # "your report has been received": a receipt
        start = min(m.start(), system.start()) if sys_here and system else m.start()
        found.append((start, m.end(), bool(m.group("decision")), system is not None))
    return found
