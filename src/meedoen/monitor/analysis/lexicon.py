# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The Dutch sentiment lexicon and the word lists around it.

* ``data/pattern-nl-sentiment.tsv``: the CLiPS Pattern Dutch adjective lexicon
  (PDDL, public domain), one row per word form with polarity, subjectivity and
  intensity averaged over the form's senses, as Pattern averages them (see
  ``data/SOURCE.md``). Inflected forms (``goede``, ``slechtere``, ``domme``,
  ``rare``, ``boze``) are generated at load; a base form in the file always
  wins over a generated form of another word.
* ``meedoen/core/lexicons/opinie/aanvullend.tsv``: 29 judgement words about
  policy and politicians (``nalatig``, ``incompetent``) that Pattern lacks,
  written for the ``politiek`` detector; intensity 1.0.
* Negations, intensifiers and downtoners: small closed word classes, listed
  here. An intensifier takes its strength from the lexicon's ``intensity``
  field when the lexicon has the word with intensity above 1, otherwise
  :data:`DEFAULT_INTENSITY`.

A different lexicon file (same three or four columns) can be loaded with
:func:`load_lexicon`; the environment variable ``MEEDOEN_SENTIMENT_LEXICON``
points the default analyser at one.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path

Entry = tuple[float, float, float]  # polarity -1..1, subjectivity 0..1, intensity (1 = neutral)

LEXICON_FILE = "pattern-nl-sentiment.tsv"
ENV_VAR = "MEEDOEN_SENTIMENT_LEXICON"

NEGATIONS = frozenset(
    "niet geen nooit allerminst niets niks niemand nergens geenszins evenmin "
    "nimmer noch zonder".split()
)

DEFAULT_INTENSITY = 1.5
INTENSIFIERS = frozenset(
    "heel hele erg zeer echt enorm enorme ontzettend ontzettende super hartstikke bijzonder "
    "uiterst uitermate buitengewoon vreselijk verschrikkelijk ongelooflijk ontiegelijk "
    "ontzaglijk intens extreem extra absoluut totaal compleet volkomen volstrekt volslagen "
    "ronduit werkelijk zo zó zoooo te veel mega keihard knap flink behoorlijk "
    "hoogst diep mateloos".split()
)
# Downtoners soften the next sentiment word: strength < 1.
DOWNTONERS = {
    "vrij": 0.8,
    "redelijk": 0.8,
    "tamelijk": 0.8,
    "nogal": 0.8,
    "enigszins": 0.6,
    "beetje": 0.6,
    "ietwat": 0.6,
    "licht": 0.7,
    "wat": 0.8,  # "wat slordig"; "wat een" is handled as an exclamation
    "iets": 0.7,
    "best": 0.9,
    "weinig": -0.5,  # "weinig zinvol" ≈ not useful: flips like a weak negation
}
# Words the lexicon lists as adjectives but that in posts are almost always a
# function word, a verb form or a neutral description ("naar huis", "waar is",
# "laat maar", "net nu", "heel Nederland", "gemaakt door"). Chosen from the 90
# most frequent lexicon hits in the CheckThat 2022 Dutch tweets (sentiment-
# unlabelled), not from the sentiment dev set; they never score.
IGNORE = frozenset(
    "zo te wat iets beetje vrij open net eigen zelf gewoon even toch eens nog al wel "
    "echt heel hele enkel gelijk meer minder veel weinig laatste eerste volgende vorige "
    "naar waar laat zeker dicht vast zat link gemaakt juist natuurlijk nodig bezig "
    "eigenlijk naast mogelijk".split()
)

# Emoticons and emoji: (polarity, subjectivity). Pattern scores emoticons too.
EMOTICONS: dict[str, float] = {
    ":)": 0.5,
    ":-)": 0.5,
    "=)": 0.5,
    ":d": 0.8,
    ":-d": 0.8,
    ";)": 0.3,
    ";-)": 0.3,
    "<3": 0.8,
    ":(": -0.5,
    ":-(": -0.5,
    ":'(": -0.7,
    ":/": -0.3,
    ":-/": -0.3,
    ":s": -0.3,
    ":@": -0.8,
    "😊": 0.7,
    "🙂": 0.5,
    "😀": 0.7,
    "😃": 0.7,
    "😄": 0.7,
    "😁": 0.7,
    "😍": 0.9,
    "🥰": 0.9,
    "❤": 0.8,
    "♥": 0.8,
    "💚": 0.7,
    "💙": 0.7,
    "👍": 0.6,
    "👏": 0.6,
    "🙏": 0.4,
    "🎉": 0.7,
    "💪": 0.5,
    "✅": 0.3,
    "😉": 0.3,
    "😂": 0.3,
    "🤣": 0.3,
    "😡": -0.9,
    "😠": -0.8,
    "🤬": -1.0,
    "😢": -0.7,
    "😭": -0.7,
    "😞": -0.6,
    "😔": -0.5,
    "😒": -0.5,
    "🙄": -0.5,
    "😤": -0.6,
    "👎": -0.6,
    "💩": -0.8,
    "🤮": -0.9,
    "😱": -0.5,
    "😩": -0.6,
    "😫": -0.6,
    "🤦": -0.6,
    "😕": -0.4,
    "☹": -0.5,
    "🙁": -0.5,
}

_VOWELS = "aeiou"


def inflections(base: str) -> set[str]:
    """Attributive, comparative and superlative forms of a Dutch adjective."""
    if len(base) < 3 or " " in base:
        return {base}
    forms = {base}
    stems = {base}
    last, pre, pre2 = base[-1], base[-2], base[-3]
    if last not in _VOWELS:
        if pre in _VOWELS and pre2 not in _VOWELS and last not in "wj":
            stems.add(base + last)  # dom -> domm(e)
        if pre in _VOWELS and pre2 == pre:
            stems.add(base[:-2] + last)  # raar -> rar(e)
            if last in "sf":
                stems.add(base[:-2] + ("z" if last == "s" else "v"))  # boos -> boz(e)
        if last == "f":
            stems.add(base[:-1] + "v")  # lief -> liev(e)
        if last == "s":
            stems.add(base[:-1] + "z")  # vies -> viez(e)
    for stem in stems:
        forms.update({stem + "e", stem + "er", stem + "ere"})
    forms.update({base + "st", base + "ste"})
    return forms


def _rows(text: str) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if len(cells) < 2:
            continue
        try:
            pol = float(cells[1])
            subj = float(cells[2]) if len(cells) > 2 else 1.0
            inten = float(cells[3]) if len(cells) > 3 else 1.0
        except ValueError:
            continue
        out[cells[0].lower()] = (pol, subj, inten)
    return out


def load_lexicon(path: str | Path | None = None, *, inflect: bool = True) -> dict[str, Entry]:
    """Word form -> entry, with inflected forms expanded (base forms win) unless ``inflect``
    is false."""
    if path is None:
        text = resources.files(__package__).joinpath("data", LEXICON_FILE).read_text("utf-8")
        base = _rows(text)
        from meedoen.core.lexicons import load_tsv

        for row in load_tsv("opinie/aanvullend.tsv"):
            if len(row) >= 3 and row[0].lower() not in base:
                base[row[0].lower()] = (float(row[1]), float(row[2]), 1.0)
    else:
        base = _rows(Path(path).read_text("utf-8"))
    if not inflect:
        return base
    out: dict[str, Entry] = {}
    for word, entry in base.items():
        for form in inflections(word):
            out.setdefault(form, entry)
    out.update(base)
    return out


@cache
def default_lexicon() -> dict[str, Entry]:
    """The shipped lexicon, or the file named by ``MEEDOEN_SENTIMENT_LEXICON``."""
    return load_lexicon(os.environ.get(ENV_VAR) or None)


def intensity_of(word: str, lexicon: dict[str, Entry]) -> float:
    """Strength of an intensifier or downtoner (1.0 for other words)."""
    if word in DOWNTONERS:
        return DOWNTONERS[word]
    if word in INTENSIFIERS:
        entry = lexicon.get(word)
        return entry[2] if entry is not None and entry[2] > 1.0 else DEFAULT_INTENSITY
    return 1.0
