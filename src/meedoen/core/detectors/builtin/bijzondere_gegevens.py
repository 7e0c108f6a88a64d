# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Special-category data (AVG art. 9 and 10) about a named or identifiable person.

Talking about illness, faith or crime in general is not a finding. The
detector needs three things in one clause: a person (a name found by
:mod:`meedoen.core.text.names`, an @handle, or a phrase like "mijn collega"),
a verb that says something about that person ("is", "heeft", "ligt", "werd
opgepakt" …) and a term from the lexicon below; or the term followed by
"van"/"bij" and the person ("de diagnose kanker bij Jan de Vries"). Office
holders named in the organisation pack and the author are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from meedoen.core.detectors.base import ERNSTIG, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.names import find_names, word_set

# Lexicon per special category, comma-separated; a trailing * matches any continuation.
LEXICON: dict[str, str] = {
    "gezondheid": (
        "ziek, ziekgemeld, ziekmelding, ziekteverlof, langdurig ziek, arbeidsongeschikt, "
        "kanker, tumor, leukemie, chemo*, bestraling, diabetes, suikerziekte, depressie*, "
        "depressief, burn-out, burnout, overspannen, psychose, psychotisch, schizofren*, "
        "bipolair, autisme, autistisch, adhd, dementie, dement, alzheimer, parkinson, hiv, "
        "aids, hartaanval, hartinfarct, beroerte, herseninfarct, epilepsie, zwanger, "
        "miskraam, verslaafd, verslaving, alcoholist, opgenomen in het ziekenhuis, in het "
        "ziekenhuis, op de ic, op de intensive care, positief getest, besmet met, long covid, "
        "gehandicapt, handicap, rolstoel*, eetstoornis, anorexia, suïcid*, zelfmoordpoging, "
        "in therapie, onder behandeling, medicatie, geopereerd, terminaal, ongeneeslijk"
    ),
    "godsdienst": (
        "moslim, moslima, islamitisch, christen, christelijk, katholiek, protestant*, joods, "
        "jood, hindoe, hindoestaans, boeddhist*, atheïst, gelovig, bekeerd, bekeerling"
    ),
    "afkomst": (
        "migratieachtergrond, allochto*, van marokkaanse afkomst, van turkse afkomst, van "
        "surinaamse afkomst, van antilliaanse afkomst, marokkaan, turk, surinamer, "
        "antilliaan, molukker"
    ),
    "seksuele geaardheid": (
        "homo, homoseksueel, lesbisch, lesbienne, biseksueel, transgender, non-binair, queer, "
        "uit de kast"
    ),
    "strafrechtelijk": (
        "strafblad, veroordeeld, gearresteerd, opgepakt, aangehouden, verdachte, verdacht "
        "van, gedetineerd, in de gevangenis, in de cel, celstraf, taakstraf, enkelband, tbs, "
        "voorwaardelijke straf, crimineel, fraudeur, pedofiel"
    ),
    "vakbond": ("vakbondslid, lid van de vakbond, lid van de fnv, lid van het cnv"),
}


ABOUT = {
    "gezondheid": "de gezondheid", "godsdienst": "het geloof", "afkomst": "de afkomst",
    "seksuele geaardheid": "de seksuele geaardheid", "strafrechtelijk": "strafzaken",
    "vakbond": "het vakbondslidmaatschap",
}  # fmt: skip


def _pattern(term: str) -> re.Pattern[str]:
    body = re.escape(term.rstrip("*")).replace(r"\ ", r"\s+")
    tail = r"\w*" if term.endswith("*") else ""
    return re.compile(rf"{body}{tail}(?!\w)")  # start boundary checked in _terms (faster)


_GLUE = frozenset({"op", "de", "in", "het", "van", "met", "lid", "uit", "aan", "bij"})


def _key(term: str) -> str:
    """The word that gates a term: its longest word that is not a function word."""
    return max((w for w in term.split() if w not in _GLUE), key=len)


# term patterns by their longest word (the gate), and the starred stems
TERMS_BY_KEY: dict[str, list[tuple[re.Pattern[str], str]]] = {}
STEM_TERMS: list[tuple[re.Pattern[str], str]] = []
for _group, _line in LEXICON.items():
    for _term in (w.strip() for w in _line.split(",")):
        if _term.endswith("*"):
            STEM_TERMS.append((_pattern(_term), _group))
        else:
            TERMS_BY_KEY.setdefault(_key(_term), []).append((_pattern(_term), _group))
KEY_WORDS = frozenset(TERMS_BY_KEY)
STEM_RE = re.compile(
    "|".join(
        re.escape(w.strip().rstrip("*")) for x in LEXICON.values() for w in x.split(",") if "*" in w
    )
)
# After the person: an optional apposition, then a verb that says something about them.
LINK_RE = re.compile(
    r"\s*(?:\([^)]{1,40}\)\s*|,[^,.!?\n]{1,40},\s*)?(?:is|was|wordt|werd|ligt|lag|zit|zat|"
    r"heeft|had|lijdt|leed|kampt|kreeg|krijgt|blijkt|bleek|raakt|raakte|gaat|ging|moet|"
    r"moest|is\ssinds|zou|bekeerde|kwam)\b[^.!?\n]{0,50}",
    re.IGNORECASE,
)
# Subordinate clause, verb last: "dat Jan kanker heeft", "dat mevrouw X lid van de FNV is".
VERB_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:is|was|heeft|had|zou|werd|wordt|kreeg|krijgt|ligt|lag|zit|zat)\b",
    re.IGNORECASE,
)
BEFORE_PERSON_RE = re.compile(r"\b(?:van|bij)\s+$", re.IGNORECASE)  # "kanker bij Jan"
_ROLES = (
    r"collega|buurman|buurvrouw|manager|leidinggevende|baas|teamleider|cliënt|client|patiënt|"
    r"leerling|medewerker|klant|aanvrager|melder|huurder|meneer|mevrouw"
)
ROLE_RE = re.compile(
    rf"(?<!\w)(?:(?:mijn|m'n|onze|ons)\s+(?:{_ROLES}|vrouw|man|zoon|dochter|moeder|vader|zus|"
    rf"broer|schoonmoeder|schoonvader|vriend|vriendin)|(?:deze|die)\s+(?:{_ROLES}))(?!\w)",
)
NAME_AFTER_ROLE_RE = re.compile(r"\s+[A-Z][a-zà-ÿ]+(?:\s+(?:van\s|de\s|der\s)*[A-Z][a-zà-ÿ]+)?")
SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-Z]|\s*$)|\n")  # not the dot of "K."
AGE_BEFORE_RE = re.compile(r"\b\d{1,3}-jarige\s+$")  # "de 34-jarige Jeroen K."
HANDLE_RE = re.compile(r"(?<![\w@])@\w{2,30}")
# Handles of organisations rather than persons.
ORG_HANDLE_RE = re.compile(
    r"@(?:[A-Z0-9_]+|(?i:min|gemeente|gem_|politie|rijks|rivm|ggd|nos|nu_?nl|provincie|"
    r"waterschap|omroep|rtl|ad_|telegraaf|volkskrant|nrc|uwv|svb|duo|cbs|kabinet|tweede|"
    r"eerste|overheid|belasting)\w*)$"
)


@register
class BijzondereGegevensDetector(Detector):
    name = "persoonsgegevens.bijzonder.v1"
    category = "persoonsgegevens"
    rule = "avg.art9.v1"
    description = "Gezondheid, geloof, afkomst, geaardheid, strafzaken of vakbond van een persoon."

    def _persons(self, doc: Document, ctx: CheckContext) -> list[tuple[int, int, bool, str]]:
        """(start, end, named, how) for every person reference in the text."""
        org = ctx.organisation
        exclude = [o.name for o in org.officials]
        if ctx.profile.name:
            exclude.append(ctx.profile.name)
        skip_handles = {h.lower().lstrip("@") for h in org.press_handles + org.mp_handles}
        skip_handles |= {(o.handle or "").lower().lstrip("@") for o in org.officials}
        persons = [
            (n.start, n.end, n.strong, f"naam '{n.text}'") for n in find_names(doc.text, exclude)
        ]
        for m in HANDLE_RE.finditer(doc.text) if "@" in doc.text else ():
            if m.group()[1:].lower() not in skip_handles and not ORG_HANDLE_RE.match(m.group()):
                persons.append((m.start(), m.end(), True, f"account {m.group()}"))
        for m in ROLE_RE.finditer(doc.lower):
            named = NAME_AFTER_ROLE_RE.match(doc.text, m.end())  # "onze buurvrouw Ans Willemsen"
            end = named.end() if named else m.end()
            persons.append((m.start(), end, bool(named), f"'{doc.text[m.start() : end]}'"))
        return persons

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        low = doc.lower
        if len(low) != len(text):  # a character whose lower case is longer (rare)
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        terms = self._terms(low)
        if not terms:
            return
        best: dict[int, tuple[tuple[int, int], bool, str, tuple[int, int, str]]] = {}
        for start, end, named, how in self._persons(doc, ctx):
            link = LINK_RE.match(text, end)
            term = None
            if link:
                stop = link.end()
                while stop < len(text) and text[stop].isalnum():
                    stop += 1
                term = next((t for t in terms if link.start() <= t[0] and t[1] <= stop), None)
            if term is None:
                term = next(
                    (
                        t
                        for t in terms
                        if end < t[0] <= end + 40
                        and not any(c in text[end : t[0]] for c in ".!?\n,;:")
                        and VERB_AFTER_RE.match(text, t[1])
                    ),
                    None,
                )
            if term is None and AGE_BEFORE_RE.search(text, max(0, start - 14), start):
                stop_at = SENTENCE_END_RE.search(text, end)
                limit = stop_at.start() if stop_at else len(text)
                term = next((t for t in terms if end < t[0] and t[1] <= limit), None)
            if term is not None:
                span = (start, term[1])
            elif BEFORE_PERSON_RE.search(text, max(0, start - 45), start):
                term = next(
                    (t for t in reversed(terms) if start - 45 <= t[0] and t[1] < start), None
                )
                if term is None:
                    continue
                span = (term[0], end)
            else:
                continue
            if term[0] not in best or (named and not best[term[0]][1]):
                best[term[0]] = (span, named, how, term)
        for span, named, how, term in best.values():
            group, found = term[2], text[term[0] : term[1]]
            yield Evidence(
                *span,
                message=f"Dit gaat over {ABOUT[group]} van een persoon: een bijzonder gegeven.",
                advice=(
                    "Deel geen gegevens over gezondheid, geloof, afkomst, geaardheid, strafzaken "
                    "of vakbondslidmaatschap van iemand anders, ook niet als het goed bedoeld is. "
                    "Laat de naam of het gegeven weg, of vraag eerst toestemming."
                ),
                severity=ERNSTIG if named else RISICO,
                rule=self.rule,
                explanation=(
                    f"Persoon herkend via {how}; '{found}' (categorie {group}) "
                    "wordt in dezelfde zin over die persoon gezegd."
                ),
                tags=("bijzonder", group),
            )

    @staticmethod
    def _terms(low: str) -> list[tuple[int, int, str]]:
        """(start, end, group) of every lexicon term in the lower-case text."""
        found: set[tuple[int, int, str]] = set()
        for key in word_set(low) & KEY_WORDS:
            for pattern, group in TERMS_BY_KEY[key]:
                found.update((m.start(), m.end(), group) for m in pattern.finditer(low))
        if STEM_RE.search(low):
            for pattern, group in STEM_TERMS:
                found.update((m.start(), m.end(), group) for m in pattern.finditer(low))
        return sorted(t for t in found if t[0] == 0 or not low[t[0] - 1].isalnum())
