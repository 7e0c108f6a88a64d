# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Irony and mockery about a political office or its policy.

Civil servants who would never write "de minister maakt er een puinhoop van"
do write "the minister's new asylum plan is… certainly a choice 🫠", "'Doorpakken'
noemt de minister het", "kabinet: 'we brengen rust in de tent' 🎪 also kabinet:
…". No opinion word is in such a post; the judgement is in the form: a
sarcastic phrase, a mocking emoji or a political word between scare quotes,
next to a political office in the same sentence. That is still a political
opinion in the sense of Ambtenarenwet 2017 art. 10 (and a point the
Gedragscode Integriteit Rijk makes about tone).

:func:`irony` returns the office and the marker, or ``None``. Works on the
lower-case text.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from meedoen.core import rx
from meedoen.core.text.pii_boundary import push_boundary

# A political office, body or its plans: the target of the mockery.
ACTOR_RE = rx.compile(
    push_boundary(
        r"(?<!\w)(?:minister\w*|ministerie|kabinet\w*|coalitie\w*|regering\w*|premier|"
        r"staatssecretaris\w*|kamerl\w+|tweede\s+kamer|de\s+kamer|wethouder\w*|college\s+van|"
        r"het\s+college|gedeputeerde\w*|gemeenteraad|den\s+haag|cabinet|coalition|government|"
        r"state\s+secretar\w+|parliament|the\s+house|mps?|alderm[ae]n|council)(?!\w)"
    )
)
# A policy by its name: "de nieuwe stikstofaanpak", "het asielbeleid", "de jeugdwet" (the match
# starts inside the compound; :func:`irony` moves it to the start of the word).
POLICY_RE = rx.compile(r"(?:aanpak|(?<=\w)beleid|(?<=\w\w)wet|wetsvoorstel\w*)(?!\w)")
# Sarcasm in words, a mocking emoji, or a word or two between scare quotes.
PHRASE_RE = rx.compile(
    push_boundary(
        r"(?<!\w)(?:certainly\s+a\s+choice|a\s+choice|sure\.|yeah\s+right|right\.\s|as\s+if|"
        r"not\s+saying|just\s+saying|i'm\s+sure|what\s+could\s+go\s+wrong|who\s+knew|"
        r"same\s+\w+,\s+different|also\s+(?:kabinet|cabinet|the\s+minister|government)|"
        r"answer:\s+yes|ja\s+hoor|tuurlijk|natuurlijk\s+joh|mooi\s+hoor|knap\s+hoor|"
        r"goed\s+bezig|bravo|chapeau\s+hoor|wat\s+weet\s+ik\s+er\s+nou\s+van|ik\s+zeg\s+niks|"
        r"ik\s+zeg\s+verder\s+niks|zeg\s+ik\s+niks|dan\s+weten\s+we\s+(?:in\s+elk\s+geval\s+)?wie|"
        r"de\s+zoveelste|wat\s+een\s+verrassing|wie\s+had\s+dat\s+(?:nou\s+|nu\s+)?(?:kunnen\s+)?"
        r"(?:zien\s+aankomen|bedenken|gedacht|verwacht)|oh\s+wacht|who\s+could\s+have\s+(?:seen|"
        r"guessed|predicted)|who\s+would\s+have\s+thought|(?:knap|slim|goed|mooi)\s+(?:gedaan|bedacht|gespeeld),?\s+dat\s+wel|what\s+a\s+surprise|"
        r"noemt\s+(?:de\s+\w+\s+)?het|noemen\s+ze\s+het|calls\s+it|astronaut|circus|"
        r"poppenkast|toneelstuk|theater)(?!\w)"
    )
)
EMOJI = ("🫠", "🙃", "🤡", "💅", "🤷", "😬", "🙄", "😏", "🤦", "🎪", "🥴", "🫣")
SCARE_QUOTES_RE = rx.compile(r"(?<!\w)['‘\"“](\w+(?:\s\w+){0,2})['’\"”](?!\w)")
SENTENCE_END_RE = rx.compile(r"[!?\n]|(?<!\.)\.(?!\.)")  # not an ellipsis: "is... a choice"


SHORT_FOLLOW_UP = 40  # characters: a next sentence this short still comments on the office


class Irony(NamedTuple):
    start: int  # of the political office
    end: int
    marker: str


def _sentence(low: str, pos: int, ends: list[int] | None = None) -> tuple[int, int]:
    """The sentence around ``pos``: from the last sentence end in the 200 characters before it
    to the next one. ``ends``: the start of every match of SENTENCE_END_RE in ``low``
    (ascending, the marks are one character), so that the forward search is a bisection and
    a long post without full stops is not scanned again for every office in it."""
    start = max((m.end() for m in SENTENCE_END_RE.finditer(low, max(0, pos - 200), pos)), default=0)
    if ends is None:
        m = SENTENCE_END_RE.search(low, pos)
        return start, (m.end() if m else len(low))
    i = bisect_left(ends, pos)
    return start, (ends[i] + 1 if i < len(ends) else len(low))


def _word_start(low: str, pos: int) -> int:
    while pos > 0 and low[pos - 1].isalnum():
        pos -= 1
    return pos


def irony(low: str) -> Irony | None:
    """The first political office with a sarcastic marker in its sentence (or right after it,
    for a closing emoji)."""
    actors = [(*m.span(), True) for m in ACTOR_RE.finditer(low)]
    if "aanpak" in low or "beleid" in low or "wet" in low:
        # (a policy name with quotes is mostly reported speech: only words and emoji count)
        policies = [(_word_start(low, m.start()), m.end(), False) for m in POLICY_RE.finditer(low)]
        actors = sorted(actors + policies)
    if not actors:
        return None
    ends = [m.start() for m in SENTENCE_END_RE.finditer(low)]
    seen: set[tuple[int, int, bool]] = set()  # sentences already found without a marker
    for a_start, a_end, office in actors:
        s, e = _sentence(low, a_start, ends)
        if (s, e, office) in seen:
            continue
        seen.add((s, e, office))
        # a riddle's punchline, or a short aside in words: "… tot na de verkiezingen. Knap
        # gedaan, dat wel 👏" (not a wink at something else: "Ik weet al wat erin staat 😏")
        after = _sentence(low, e, ends)[1] if low[e : e + 1].isspace() else e
        riddle = low[e - 1 : e] == "?" and after > e
        aside = after - e <= SHORT_FOLLOW_UP and PHRASE_RE.search(low, e, after) is not None
        if riddle or aside:
            e = after
        tail = low[e : e + 12]  # "… rol ducttape op een lekkend dak. 🙃"
        marker = next((em for em in EMOJI if em in low[s:e] or em in tail), None)
        if marker is None and (m := PHRASE_RE.search(low, s, e)) is not None:
            marker = m.group()
        if marker is None and office:
            quoted = SCARE_QUOTES_RE.search(low, s, e)
            marker = quoted.group() if quoted is not None else None
        if marker is not None:
            return Irony(a_start, a_end, marker.strip())
    return None
