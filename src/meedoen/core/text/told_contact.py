# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Contact with an MP or a journalist that a post tells about.

Besides contact made in the post itself (a reply, an @-mention, an offer), a
post may report contact the author had or plans on their own initiative:
"koffie met Kamerlid X om haar bij te praten", "mail gestuurd naar de fractie
van Y", "journalist van Omroep Gelderland belde, heb 'm uitgelegd hoe het
zit", "iemand van het Eindhovens Dagblad belde … morgen maar even koffie
doen". Such a sentence names the other side and a verb of contact or
briefing. A sentence that only refers to the press office or the minister is
not reported (the caller passes its own referral test).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from meedoen.core import rx
from meedoen.core.text.document import SENTENCE_RE

CONTACT_VERB_RE = rx.compile(
    r"\b(?:appen|appte|appten|geappt|bellen|belde|belden|gebeld|mailen|mailde|gemaild|"
    r"koffie|lunch(?:en|te)?|borrel|gesprek(?:ken)?|gesproken|bijgepraat|bijpraten|bij\s+te\s+"
    r"praten|ontmoet|uitgelegd|uit\s+te\s+leggen|verteld|gestuurd|stuur|sturen|"
    r"spoke\s+to|talked\s+to|briefed|coffee|connection\s+request|exchange\s+ideas|reached\s+out|"
    r"catch\s+up|(?:called|phoned|rang|emailed|texted|messaged)\s+me(?!\s+out)|i\s+explained|"
    r"explained\s+to\s+(?:him|her|them)|gave\s+(?:him|her|them)\s+(?:some\s+)?background)\b",
    re.IGNORECASE,
)
# The MP side: "met een Kamerlid", "naar de fractie van".
WITH_MP_RE = rx.compile(
    r"\b(?:met|naar|aan)\s+(?:een\s+|het\s+|de\s+|die\s+|dat\s+)?(?:tweede\s+)?"
    r"(?:kamerlid|kamerleden|fractie|fractievoorzitter)\b"
    r"|\b(?:with|to)\s+(?:an\s+|the\s+)?(?:mp|member\s+of\s+parliament)\b",
    re.IGNORECASE,
)
# The press side: a journalist, or someone of a news outlet ("Merel van NRC", "iemand van het
# Eindhovens Dagblad", "Omroep Gelderland"). Acronyms are matched in capitals only.
_OUTLETS = (
    r"NOS|NRC|AD|FD|RTL(?:\s+Nieuws)?|BNR|AT5|L1|EenVandaag|Nieuwsuur|Pointer|Argos|FTM|"
    r"[Dd]e\s+[Vv]olkskrant|[Vv]olkskrant|[Dd]e\s+Telegraaf|Telegraaf|Trouw|[Hh]et\s+Parool|Parool|"
    r"Follow\s+the\s+Money|[Dd]e\s+Correspondent|Tubantia|[Dd]e\s+Gelderlander|[Dd]e\s+Stentor|"
    r"[Dd]e\s+Limburger|PZC|NH\s+Nieuws|(?:[Oo]mroep|RTV)\s+[A-Z]\w+|"
    r"(?:[Hh]et\s+)?[A-Z]\w+\s+(?:Dagblad|Courant)|Dagblad\s+van\s+het\s+\w+"
)
WITH_PRESS_RE = rx.compile(
    r"(?i:\b(?:journalist(?:e|en)?|verslaggever\w*|redacteur\w*|reporter|correspondent)\b)|"
    rf"\b(?:van|bij)\s+(?:het\s+|de\s+)?(?:{_OUTLETS})\b"
)


# Cheap gate for WITH_PRESS_RE: a press word in the text or an outlet among its words.
PRESS_NEEDLES = ("journalist", "verslaggever", "redacteur", "reporter", "correspondent")
OUTLET_WORDS = frozenset(
    "nos nrc ad fd rtl bnr at5 l1 eenvandaag nieuwsuur pointer argos ftm volkskrant telegraaf "
    "trouw parool follow correspondent tubantia gelderlander stentor limburger pzc nh omroep rtv "
    "dagblad courant".split()
)


def may_name_press(lower: str, words: frozenset[str]) -> bool:
    """False when WITH_PRESS_RE cannot match (``words``: the lower-case words of the text)."""
    return any(n in lower for n in PRESS_NEEDLES) or not OUTLET_WORDS.isdisjoint(words)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (``Document``'s sentence rule), without leading white space."""
    out = []
    for m in SENTENCE_RE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        out.append((s, e))
    return out


def told_contact(
    text: str, who: re.Pattern[str], referral: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The span of the first sentence that names ``who`` and a verb of contact, unless
    ``referral`` holds for that sentence; with the next sentence too ("Journalist belde me.
    Heb 'm uitgelegd hoe het zit")."""
    sentences: list[tuple[int, int]] | None = None
    for m in who.finditer(text):
        if sentences is None:
            sentences = _sentences(text)
        i = next((k for k, (s, e) in enumerate(sentences) if s <= m.start() < e), None)
        if i is None:
            continue
        s, e = sentences[i]
        if referral(text[s:e]):
            continue
        if CONTACT_VERB_RE.search(text, s, e):
            return s, e
        if i + 1 < len(sentences):
            s2, e2 = sentences[i + 1]
            if CONTACT_VERB_RE.search(text, s2, e2) and not referral(text[s2:e2]):
                return s, e2
    return None
