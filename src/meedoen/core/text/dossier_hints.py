# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Light hints that weigh only on one's own dossier (combination C4).

On its own, "meer mag ik nie zeggen 👀", "laten we zeggen interessant", "no
worries, it will be fine" or "we'll extend the deadline, don't stress" is small
talk. In a post that touches the author's own dossier it is a hint at
unpublished work (Ambtenarenwet 2017 art. 9, Aanwijzing 15 factor a) or a
promise on behalf of the organisation (Aanwijzing 11). The cue lists are
deliberately broad; :mod:`meedoen.core.assessment.combine` only uses them next
to an own-dossier finding. They work on the lower-case text.

Some phrases also stand in :mod:`meedoen.core.text.recall_cues`. Reusing its
'not public yet' and inside-source cues here instead was measured (29 November):
its inside sources ("concept…", "eerste cijfers") are too broad without a word
for work, and our example set got a false vertrouwelijk finding; so the lists
stay apart.
"""

from __future__ import annotations

from meedoen.core import rx
from meedoen.core.text.pii_boundary import push_boundary

# Insider knowledge, a teaser, a decision taken behind closed doors.
INSIDER_RE = rx.compile(
    push_boundary(
        r"(?<!\w)(?:intern|interne|internally|internal|van\s+binnenuit|from\s+the\s+inside|"
        r"mag\s+ik\s+(?:nog\s+)?(?:niks|niets|nie|niet|weinig)|"
        # (not "mag niet en doe ik niet": a rule, no secret)
        r"mag\s+(?:nog\s+)?(?:niks|niets|nie|niet|weinig)\s+(?:\w+\s+)?"
        r"(?:zeggen|vertellen|kwijt|delen|verklappen)|"
        r"can'?t\s+(?:really\s+)?(?:talk|say|share|tell)|cannot\s+(?:talk|say|share)|"
        r"laten\s+we\s+(?:het\s+erop\s+houden|zeggen)|let'?s\s+(?:just\s+)?say|"
        r"laat\s+ik\s+het\s+zo\s+zeggen|ik\s+zeg\s+(?:verder\s+)?(?:niks|niets)|"
        r"zeg\s+ik\s+(?:niks|niets|niet)|meer\s+zeg\s+ik\s+niet|say\s+no\s+more|stay\s+tuned|"
        r"spoiler|heard\s+it\s+here\s+first|hoorde\s+ik\s+(?:vandaag|net|gisteren)|"
        # enforcement plans told in advance: "unannounced inspection tomorrow", "we controleren
        # de komende weken níet op de kade"
        r"onaangekondigde\s+(?:controle|inspectie|actie)|unannounced\s+(?:inspection|check|visit)|"
        r"surprise\s+(?:inspection|check|visit)|controleren\s+(?:\w+\s+){0,4}?n[ií]et|"
        r"kan\s+(?:\w+\s+)?(?:al|alvast)\s+verklappen|"
        r"kan\s+(?:\w+\s+)?(?:alvast\s+)?(?:verklappen|vertellen)\s+dat|hoort\s+het\s+hier\s+(?:als\s+)?eerst|"
        r"niks\s+officieels|nothing\s+official|officieel\s+kan\s+ik|officially\s+i\s+can|"
        r"tussen\s+ons|between\s+you\s+and\s+me|is\s+rond|zijn\s+rond|"
        r"zo\s+goed\s+als\s+(?:rond|vast|zeker|besloten)|ligt\s+(?:al\s+)?(?:zo\s+goed\s+als\s+)?"
        r"vast|conceptversie|concept-?brief|draft\s+version|wait\s+(?:for|until|till)|"
        r"wacht\s+(?:maar|even)\s+(?:even\s+)?(?:tot|op|af)|de\s+cijfers\s+die\s+we|the\s+numbers\s+we|"
        r"weet\s+ik\s+(?:al|toevallig)|i\s+(?:already\s+)?know\s+(?:what|how|who|why)|"
        r"ik\s+weet\s+(?:al\s+)?(?:wat|hoe|wie|waarom)|i\s+saw\s+the|ik\s+heb\s+(?:de|het)\s+\w+\s+"
        r"(?:al\s+)?gezien|nog\s+niet\s+(?:naar\s+buiten|bekend|openbaar)|not\s+public\s+yet)(?!\w)"
    )
)
INSIDER_EMOJI = ("👀", "🤫", "🤐")
# Reassurance, a promise or an outcome given as settled.
PROMISE_RE = rx.compile(
    push_boundary(
        r"(?<!\w)(?:geen\s+zorgen|maak\s+je\s+geen\s+zorgen|no\s+worries|don'?t\s+(?:worry|stress)|"
        r"komt\s+(?:\w+\s+)?goed|will\s+be\s+(?:fine|ok|okay|approved|granted)|"
        r"gaat\s+er\s+(?:\w+\s+)?komen|ik\s+zorg\s+(?:er\s+)?(?:\w+\s+)?(?:voor\s+)?dat|"
        r"daar\s+(?:ga|zorg)\s+ik\s+(?:\w+\s+)?(?:voor|zorgen)|we'?ll\s+(?:extend|fix|sort|make\s+sure|"
        r"approve|get|arrange)|we\s+gaan\s+(?:dat|het)\s+regelen|ik\s+regel|wij\s+regelen|"
        r"i'?ll\s+(?:make\s+sure|sort|fix|get\s+it)|kan\s+ik\s+(?:je|jullie|u)\s+(?:verzekeren|"
        r"geruststellen)|can\s+assure|reken\s+er\s+(?:maar\s+)?op|count\s+on\s+it|"
        r"bij\s+ons\s+(?:\w+\s+)?(?:sneuvelen|lukt|gaat|komt)|sneuvelen\s+bij\s+ons|"
        r"gaat\s+(?:nooit|zeker|wel)\s+(?:mee\s+)?akkoord|never\s+agree)(?!\w)"
    )
)


def insider_hint(low: str) -> tuple[int, int] | None:
    """The first insider hint in the lower-case post."""
    m = INSIDER_RE.search(low)
    if m is not None:
        return m.span()
    if "http" in low or "www." in low:
        return None  # "lees even mee 👀 https://…": pointing at something public
    for emoji in INSIDER_EMOJI:
        i = low.find(emoji)
        if i >= 0:
            return i, i + len(emoji)
    return None


def promise_hint(low: str) -> tuple[int, int] | None:
    """The first reassurance or promise in the lower-case post."""
    m = PROMISE_RE.search(low)
    return m.span() if m is not None else None


# An offer of more than the public story, made to a journalist or an MP (combination C5).
TEASER_RE = rx.compile(
    r"(?<!\w)(?:de\s+echte\s+cijfers|the\s+real\s+(?:numbers|figures)|"
    r"(?:ik\s+)?kan\s+(?:je|jou|u|jullie)\s+(?:\w+\s+){0,2}?(?:wat|meer|iets)\s+vertellen|"
    r"(?:ik\s+)?heb\s+(?:\w+\s+)?iets\s+voor\s+(?:je|jou|u)|daar\s+zit\s+(?:je|jouw|uw)\s+verhaal|"
    r"(?:dm|mail|app|bel|signal|sms)\s+me\s+(?:\w+\s+){0,2}?(?:privé|prive|als|dan)|"
    r"check\s+(?:je|uw)\s+(?:signal|dm|dms|inbox|mail|whatsapp)|"
    r"(?:nooit|niet)\s+openbaar\s+(?:zijn\s+|is\s+)?gemaakt|never\s+made\s+it|got\s+dropped|"
    r"i\s+can\s+tell\s+you\s+(?:more|what)|(?:niet\s+)?bevestigen\s+(?:of|noch)\s+ontkennen|"
    r"neither\s+confirm\s+nor\s+deny|kijk\s+(?:\w+\s+){0,5}?naar\s+de\s+(?:raadsagenda|agenda|stukken)|ask\s+(?:the\s+minister|them)\s+about)(?!\w)"
)


def teaser_hint(low: str) -> tuple[int, int] | None:
    """An offer of more than the public story, in the lower-case post. (Not "off the record",
    a wink or 🤫 alone: the pers and kamerlid findings already weigh the manner of contact;
    measured on the development sets, they added a vertrouwelijk finding to posts whose
    labellers saw no leak.)"""
    m = TEASER_RE.search(low)
    return m.span() if m is not None else None
