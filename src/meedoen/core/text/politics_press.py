# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Broad journalist rules for the ``pers`` detector (Aanwijzing 12).

- *journalist in the text*: a post that addresses a journalist, an editorial
  office or a news outlet without a ``reply_to`` ("interessant voor jullie
  redactie", "@verslaggever_x", "tip voor de journalisten");
- *tips*: pointing a journalist at something to dig into ("kijk eens naar",
  "vraag eens naar", "zoek eens uit", a Woo request);
- *neutral sentences*: referrals in many wordings, declining to answer,
  pointing to published material, and courtesy about a published article.
  A reply to a journalist made only of these says nothing of substance.
"""

from __future__ import annotations

import re

from meedoen.core import rx
from meedoen.core.text.politics_contact import substantive_words
from meedoen.core.text.politics_words import may_contain

_W = r"(?<!\w)"
_E = r"(?!\w)"
_I = re.IGNORECASE

JOURNALIST_NEEDLES = (
    "journalist",
    "verslaggever",
    "redactie",
    "redacteur",
    "reporter",
    "correspondent",
    "journo",
    "jullie krant",
    "jullie lezers",
    "jullie kijkers",
    "jullie luisteraars",
    "newsroom",
    "voor je",
    "voor jouw",
    "voor uw",
    "voor jullie",
)
JOURNALIST_RE = rx.compile(
    _W + r"(?:voor\s+(?:je|jouw|uw|jullie)\s+(?:artikel|stuk|reportage|verhaal|uitzending|item|"
    r"onderzoek|podcast|column)|journalist\w*|verslaggever\w*|redactie\w*|redacteur\w*|reporter\w*|"
    r"correspondent\w*|journo\w*|jullie\s+(?:krant|lezers|kijkers|luisteraars)|newsroom)" + _E,
    _I,
)
# Handles of news outlets and their people ("@redactieAD", "@jan_nos").
OUTLET_HANDLE_RE = rx.compile(
    r"@\w*(?:nos|nrc|volkskrant|telegraaf|trouw|parool|rtl|rtv|omroep|nieuwsuur|argos|ftm|"
    r"pointer|redactie|journ|nieuws|news|krant|dagblad|courant|fd_|bnr)\w*",
    _I,
)
# A journalist's question quoted in reply_to without the role set.
REPLY_PRESS_RE = rx.compile(
    _W + r"(?:voor\s+(?:een|mijn|ons)\s+(?:artikel|stuk|reportage|uitzending|item|verhaal|"
    r"onderzoek|podcast)|ik\s+ben\s+journalist|wie\s+wil\s+(?:er\s+)?reageren|"
    r"ik\s+werk\s+aan\s+een\s+(?:artikel|stuk|verhaal|reportage)|for\s+(?:a|my)\s+(?:story|"
    r"piece|article|report)|i'?m\s+a\s+(?:journalist|reporter))" + _E,
    _I,
)
TIP_RE = rx.compile(
    _W + r"(?:(?:kijk|vraag|duik|graaf|zoek)\s+(?:\w+\s+){0,2}?(?:eens|vooral|maar|goed|"
    r"verder)(?:\s+\w+){0,3}?\s+(?:naar|in|uit|na)|zoek\s+(?:\w+\s+){0,3}?uit|"
    r"(?:kijken|zoeken|graven|duiken)\s+naar|moeten\s+(?:eens\s+)?(?:kijken|vragen)|"
    r"interessant\s+voor\s+(?:jullie|je|jouw|u)|tip\s+voor|tipje|"
    r"woo-?verzoek|(?:via\s+de\s+woo|wob)\s+(?:\w+\s+){0,2}?opvragen|opvragen|"
    r"look\s+into|worth\s+(?:a\s+look|looking\s+into|digging)|ask\s+(?:them|about)|"
    r"dig\s+into|follow\s+the\s+money)" + _E,
    _I,
)
TIP_NEEDLES = (
    "kijk",
    "vraag",
    "duik",
    "graaf",
    "zoek",
    "kijken",
    "zoeken",
    "graven",
    "duiken",
    "moeten",
    "interessant",
    "tip",
    "woo",
    "wob",
    "opvragen",
    "look",
    "worth",
    "ask",
    "dig",
    "follow",
)
# Pointing a journalist to one's DMs or mail: contact without the press office.
DM_RE = rx.compile(
    _W + r"(?:check\s+(?:je|jouw|uw|your)\s+(?:dm'?s?|inbox|mail|pb|berichten)|"
    r"kijk\s+(?:even\s+)?in\s+(?:je|jouw|uw)\s+(?:dm'?s?|inbox|mail|pb)|"
    r"(?:ik\s+)?(?:heb|stuur|stuurde)\s+(?:je|jou|u)\s+(?:net\s+|zojuist\s+)?(?:een\s+)?"
    r"(?:dm|pb|privébericht|bericht)|sent\s+you\s+a\s+dm|check\s+your\s+dms?|"
    r"(?:mag|kan|zal)\s+ik\s+(?:je|jou|u|jullie)\s+(?:\w+\s+){0,2}?(?:bellen|mailen|appen|spreken|"
    r"dm'?en)|can\s+i\s+(?:call|dm|email)\s+you|"
    r"check\s+(?:je|jouw|uw|your)\s+(?:\w+\s+)?(?:signal|whatsapp|telegram|app|sms)|"
    r"(?:ik\s+)?heb\s+(?:wat|iets)\s+(?:moois\s+|leuks\s+|interessants\s+)?voor\s+(?:je|jou|u|jullie)|"
    r"(?:mijn\s+)?(?:dm'?s?|pb|inbox)\s+(?:staat|staan|is|zijn|are|is\s+always)\s+(?:altijd\s+)?open)"
    + _E,
    _I,
)
# Sentences that only refer, decline, point to published material or are courteous.
NEUTRAL_RE = rx.compile(
    _W + r"(?:woordvoer\w*|persvoorlicht\w*|voorlichter\w*|persdienst|persnummer|persbericht\w*|"
    r"communicatie\w*|press\s+(?:office|team|desk)|spokes\w*|media\s+(?:team|desk)|"
    r"(?:kijk|check|zie|lees|raadpleeg)\s+(?:\w+\s+){0,4}?(?:website|site)|"
    r"(?:staat|stond|staan)\s+(?:\w+\s+){0,3}?in\s+de\s+(?:kamer|raads)\w*brief|"
    r"(?<!nooit\s)(?<!niet\s)openbaar|"
    r"(?:kan|mag|wil)\s+(?:ik\s+)?(?:\w+\s+){0,3}?(?:niet|niks|niets)\s+(?:\w+\s+){0,2}?"
    r"(?:beantwoorden|zeggen|kwijt|vertellen|delen)|(?:kan|mag)\s+(?:ik\s+)?(?:hier|daar)\s+"
    r"(?:\w+\s+)?(?:niks|niets)\s+over|geen\s+idee|andere\s+afdeling|loopt\s+via|"
    r"(?:dank|bedankt|thanks|thank\s+you|mooi|goed|leuk|sterk|fijn)\w*\s+(?:\w+\s+){0,5}?"
    r"(?:artikel|stuk|verhaal|interview|article|piece|read|story)|"
    r"benieuwd\s+naar\s+(?:je|jouw|het)\s+(?:stuk|artikel|verhaal)|gefeliciteerd|"
    r"interessant\s+onderwerp|not\s+able\s+to\s+comment|can'?t\s+comment)" + _E,
    _I,
)
_SENTENCE_RE = rx.compile(r"(?:[^.!?\n]|[.!?](?=\w))+[.!?]*")
# "Ik mag er niks over zeggen, maar het klopt …": the clause after the contrast counts.
_CONTRAST_RE = rx.compile(r",?\s+(?:maar|but|however|alleen|wel\s+is)\s+", _I)


def journalist_in_text(text: str, lower: str) -> bool:
    """The post names or addresses a journalist, an editorial office or an outlet."""
    if may_contain(lower, JOURNALIST_NEEDLES) and JOURNALIST_RE.search(text):
        return True
    return "@" in text and OUTLET_HANDLE_RE.search(text) is not None


ADDRESSED_RE = rx.compile(
    _W + r"voor\s+(?:je|jouw|uw|jullie)\s+(?:artikel|stuk|reportage|verhaal|uitzending|item|"
    r"onderzoek|podcast|column)" + _E,
    _I,
)


def addresses_press(text: str, lower: str) -> bool:
    """The post speaks to a journalist about their piece ("voor je artikel: …").

    An outlet's handle alone is not enough: replying under a news account or crediting
    it ("via @NOS") is public comment, not contact with a journalist.
    """
    return "voor " in lower and ADDRESSED_RE.search(text) is not None


def journalist_question(reply_text: str) -> bool:
    """The text replied to reads like a journalist's request."""
    return bool(reply_text) and REPLY_PRESS_RE.search(reply_text) is not None


def find_tip(text: str, lower: str) -> re.Match[str] | None:
    """A pointer for a journalist to dig into something."""
    if not may_contain(lower, TIP_NEEDLES):
        return None
    for m in TIP_RE.finditer(text):
        sentence = _sentence(text, m.start())
        if NEUTRAL_RE.search(sentence) is None:
            return m
    return None


def find_dm(text: str, lower: str) -> re.Match[str] | None:
    if not may_contain(
        lower, ("dm", "inbox", "bericht", "pb", "bellen", "mail", "app", "spreken", "signal", "heb")
    ):
        return None
    return DM_RE.search(text)


def _sentence(text: str, pos: int) -> str:
    for x in _SENTENCE_RE.finditer(text):
        if x.start() <= pos < x.end():
            return x.group()
    return ""


NEUTRAL_NEEDLES = (
    "woordvoer",
    "voorlicht",
    "persdienst",
    "persnummer",
    "persbericht",
    "communicatie",
    "press",
    "spokes",
    "media",
    "site",
    "brief",
    "openbaar",
    "niet",
    "niks",
    "niets",
    "geen idee",
    "andere afdeling",
    "loopt via",
    "artikel",
    "stuk",
    "verhaal",
    "interview",
    "article",
    "piece",
    "read",
    "story",
    "gefeliciteerd",
    "onderwerp",
    "comment",
)


def may_be_neutral(lower: str) -> bool:
    """Can any sentence of the text be a referral, a refusal or courtesy?"""
    return may_contain(lower, NEUTRAL_NEEDLES)


def substance_left(text: str, extra: tuple[str, ...] = ()) -> tuple[int, str]:
    """Substantive words after dropping neutral sentences, and the text that is left."""
    kept = " ".join(
        part
        for s in _SENTENCE_RE.finditer(text)
        for part in _CONTRAST_RE.split(s.group())
        if NEUTRAL_RE.search(part) is None
    )
    return substantive_words(kept, extra), kept
