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
from meedoen.core.text.names import cached_word_set, find_name_pairs, find_names
from meedoen.core.text.pii_regex import trie_pattern

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
        "in therapie, onder behandeling, medicatie, geopereerd, terminaal, ongeneeslijk, "
        "hersenbloeding, hartstilstand, borstkanker, longkanker, darmkanker, prostaatkanker, "
        "huidkanker, alvleesklierkanker, hersentumor, ms, corona, covid, longontsteking, "
        "psychiatrische kliniek, afkickkliniek, gokverslaafd, drugsverslaafd, "
        "alcoholverslaafd, zelfmoord, dementerend, syndroom van down, opgenomen, "
        # English posts by Dutch civil servants
        "cancer, depression, depressed, burnout, burn-out, in hospital, in the hospital, "
        "pregnant, dementia, addicted, addiction, diabetes, hiv, heart attack, stroke, "
        "on sick leave, off sick, in rehab, terminally ill, chemotherapy"
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
        "voorwaardelijke straf, crimineel, fraudeur, pedofiel, "
        "zit vast, zat vast, vastgezet, dealt, dealer, drugsdealer, dealen, steelt, gestolen, "
        "fraudeert, gefraudeerd, mishandelt, oplichter, dief, inbreker, reclassering, "
        "ex-gedetineerde, deal, arrested, convicted, in prison, in jail, criminal record, "
        "on probation"
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
    trie_pattern(w.strip().rstrip("*") for x in LEXICON.values() for w in x.split(",") if "*" in w)
)
# After the person: an optional apposition, then a verb that says something about them.
LINK_RE = re.compile(
    r"\s*(?:\([^)]{1,40}\)\s*|,[^,.!?\n]{1,40},\s*|\s(?:die|dat)\s[^,.!?\n]{1,40}?\s)?"
    r"(?:(?:al\s)?(?:jaren|maanden|weken|sinds\s\w+|gewoon|ook)\s)?"
    r"(?P<verb>is|was|wordt|werd|ligt|lag|zit|zat|heeft|had|lijdt|leed|kampt|kreeg|krijgt|"
    r"blijkt|bleek|raakt|raakte|gaat|ging|moet|moest|is\ssinds|zou|bekeerde|kwam|dealt|deal|"
    r"steelt|fraudeert|mishandelt|mishandelde|has|got|gets|suffers|suffered|ended\sup)\b"
    r"[^.!?\n]{0,50}",
    re.IGNORECASE,
)
# Terms that count only as the verb right after the person ("Tim de B. deal al jaren").
VERB_ONLY = frozenset({"deal"})
# Terms that are also topics ("druk met corona") count only after "heeft", "kreeg" ….
TOPIC_TERMS = frozenset({"corona", "covid", "ms", "longontsteking"})
HAS_BEFORE_RE = re.compile(
    r"(?:heeft|had|hebben|kreeg|krijgt|lijdt\saan|leed\saan|kampt\smet|kampte\smet|"
    r"ziek\svan|ziek\sdoor|positief\sop)\s+(?:ook\s+|nu\s+|al\s+)?$"
)
# A negation between the verb and the term: "Jan is niet ziek", "heeft geen kanker".
NEGATION_RE = re.compile(
    r"(?<!\w)(?:niet|geen|nooit|not|never|no\s+longer|isn't|wasn't|hasn't|doesn't)(?!\w)",
    re.IGNORECASE,
)
# "opgenomen" is about health only without an everyday object ("opgenomen in de lijst").
NOT_ADMITTED_RE = re.compile(
    r"\s+(?:in|op|als|door|bij)\s+(?:de|het|een|onze|ons)\s+(?!ziekenhuis|kliniek|"
    r"psychiatrische|ggz|verpleeghuis|hospice|ic\b|intensive)",
    re.IGNORECASE,
)
# Subordinate clause, verb last: "dat Jan kanker heeft", "dat mevrouw X lid van de FNV is".
VERB_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:is|was|heeft|had|zou|werd|wordt|kreeg|krijgt|ligt|lag|zit|zat)\b",
    re.IGNORECASE,
)
TERM_OF_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:van|bij)\s+$", re.IGNORECASE)
BEFORE_PERSON_RE = re.compile(r"\b(?:van|bij)\s+$", re.IGNORECASE)  # "kanker bij Jan"
# People an official knows through work: data about them is ernstig even without a name.
_CASE = (
    r"cliënt|client|cliënte|patiënt|patiënte|leerling|klant|aanvrager|aanvraagster|melder|"
    r"huurder|bewoner|bewoonster|gedetineerde|deelnemer|deelneemster|inwoner|inwoonster|"
    r"uitkeringsgerechtigde|statushouder|asielzoeker|verdachte|client|patient|applicant|"
    r"resident"
)
_ROLES = (
    rf"collega|buurman|buurvrouw|overbuurman|overbuurvrouw|buurjongen|buurmeisje|manager|"
    rf"leidinggevende|baas|teamleider|medewerker|stagiair|stagiaire|meneer|mevrouw|{_CASE}"
)
_KIN = (
    r"vrouw|man|zoon|dochter|moeder|vader|zus|zusje|broer|broertje|schoonmoeder|schoonvader|"
    r"schoonzus|schoonbroer|zwager|oma|opa|tante|oom|neef|nicht|partner|vriend|vriendin|ex|"
    r"huisgenoot|klasgenoot|teamgenoot|stiefvader|stiefmoeder|kleinzoon|kleindochter"
)
ROLE_RE = re.compile(
    rf"(?<!\w)(?:(?:mijn|m'n|onze|ons)\s+(?:{_ROLES}|{_KIN})|"
    rf"(?:deze|die)\s+(?:{_ROLES})|de\s+(?:over)?buur(?:man|vrouw|jongen|meisje)|"
    rf"de\s+(?:{_CASE})(?=\s+die\s+(?:ik|we|wij)\s)|"
    rf"een\s+(?:{_ROLES}|{_KIN})\s+van\s+(?:mij|me|ons)|"
    r"(?:my|our)\s+(?:colleague|neighbou?r|manager|boss|mother|father|wife|husband|son|"
    r"daughter|sister|brother|friend|partner|client|patient)|"
    r"(?:this|that)\s+(?:client|patient|applicant|gentleman|lady|resident)|"
    r"a\s+(?:client|patient|colleague)\s+of\s+(?:mine|ours))(?!\w)",
)
CASE_ROLE_RE = re.compile(rf"(?<!\w)(?:{_CASE})(?!\w)")
STRANGER_RE = re.compile(r"(?<!\w)(?:deze|die)\s+(?:meneer|mevrouw)(?!\w)")
# Capitalised words that start a sentence or a place name rather than a person's name.
_NOT_NAME_START = (
    "De Het Een Onze Ons Mijn Zijn Haar Deze Die Dit Dat Ook En Maar Want Toen Nu Vandaag "
    "Gisteren Morgen Sinds Noord Zuid Oost West Sint Den Nieuw Oud Groot Klein Hoog Laag "
    "Tweede Eerste Rode Witte Zwarte Blauwe Groene Koning Koningin Prins Prinses Minister "
    "Premier President Staatssecretaris Wethouder Burgemeester Dokter Oom Tante Opa Oma "
    "Heilige Onze-Lieve-Vrouwe Bij Van Voor Met Op In Uit Na Als Wat Wie Hoe Waar Waarom "
    "Ik Jij Hij Zij Wij Jullie Zij Hun Iedereen Niemand Alle Veel Elke Ieder Geen The This"
)
NOT_NAME_START = frozenset(_NOT_NAME_START.split())
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
        names = find_names(doc.text, exclude)
        persons = [(n.start, n.end, n.strong, f"naam '{n.text}'") for n in names]
        taken = [(n.start, n.end) for n in names]
        for n in find_name_pairs(doc.text, exclude, NOT_NAME_START):
            if not any(s <= n.start < e or n.start <= s < n.end for s, e in taken):
                persons.append((n.start, n.end, True, f"naampaar '{n.text}'"))
        for m in HANDLE_RE.finditer(doc.text) if "@" in doc.text else ():
            if m.group()[1:].lower() not in skip_handles and not ORG_HANDLE_RE.match(m.group()):
                persons.append((m.start(), m.end(), True, f"account {m.group()}"))
        for m in ROLE_RE.finditer(doc.lower):
            named = NAME_AFTER_ROLE_RE.match(doc.text, m.end())  # "onze buurvrouw Ans Willemsen"
            end = named.end() if named else m.end()
            strong = bool(named) or bool(CASE_ROLE_RE.search(m.group()))
            strong = strong or (ctx.in_function and bool(STRANGER_RE.match(m.group())))
            persons.append((m.start(), end, strong, f"'{doc.text[m.start() : end]}'"))
        return persons

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        low = doc.lower
        if len(low) != len(text):  # a character whose lower case is longer (rare)
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        terms = self._terms(low, cached_word_set(low, ctx.cache))
        if not terms:
            return
        plain = [t for t in terms if low[t[0] : t[1]] not in VERB_ONLY]
        best: dict[int, tuple[tuple[int, int], bool, str, tuple[int, int, str]]] = {}
        for start, end, named, how in self._persons(doc, ctx):
            link = LINK_RE.match(text, end)
            term = None
            if link:
                stop = link.end()
                while stop < len(text) and text[stop].isalnum():
                    stop += 1
                verb = link.start("verb")
                term = next(
                    (
                        t
                        for t in terms
                        if link.start() <= t[0]
                        and t[1] <= stop
                        and (t[0] == verb or low[t[0] : t[1]] not in VERB_ONLY)
                    ),
                    None,
                )
                if term is not None:  # "opgenomen in het ziekenhuis": the longest reading
                    term = max(
                        (t for t in terms if term[0] <= t[0] <= term[1] + 4 and t[1] <= stop),
                        key=lambda t: t[1],
                    )
                if term is not None and NEGATION_RE.search(text, link.start(), term[0]):
                    continue  # "Jan is niet ziek"
            if term is None:
                term = next(
                    (
                        t
                        for t in plain
                        if end < t[0] <= end + 40
                        and not any(c in text[end : t[0]] for c in ".!?\n,;:")
                        and VERB_AFTER_RE.match(text, t[1])
                    ),
                    None,
                )
            if term is None and AGE_BEFORE_RE.search(text, max(0, start - 14), start):
                stop_at = SENTENCE_END_RE.search(text, end)
                limit = stop_at.start() if stop_at else len(text)
                term = next((t for t in plain if end < t[0] and t[1] <= limit), None)
            if term is not None:
                span = (start, term[1])
            elif BEFORE_PERSON_RE.search(text, max(0, start - 45), start):
                term = next(
                    (t for t in reversed(plain) if start - 45 <= t[0] and t[1] < start), None
                )
                if (
                    term is None
                    or how.startswith("naampaar")
                    or not TERM_OF_RE.match(text[term[1] : start])
                ):
                    continue  # only "kanker bij Jan", "de diagnose depressie van Jan"
                span = (term[0], end)
            else:
                continue
            prev = best.get(term[0])
            if (
                prev is None
                or (named and not prev[1])
                or (named == prev[1] and span[0] < prev[0][0])
            ):
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
    def _terms(low: str, words: frozenset[str]) -> list[tuple[int, int, str]]:
        """(start, end, group) of every lexicon term in the lower-case text."""
        found: set[tuple[int, int, str]] = set()
        for key in words & KEY_WORDS:
            for pattern, group in TERMS_BY_KEY[key]:
                found.update((m.start(), m.end(), group) for m in pattern.finditer(low))
        if STEM_RE.search(low):
            for pattern, group in STEM_TERMS:
                found.update((m.start(), m.end(), group) for m in pattern.finditer(low))
        keep = []
        for t in sorted(found):
            if t[0] and low[t[0] - 1].isalnum():
                continue
            word = low[t[0] : t[1]]
            if word in TOPIC_TERMS and not HAS_BEFORE_RE.search(low, max(0, t[0] - 24), t[0]):
                continue
            if word == "opgenomen" and NOT_ADMITTED_RE.match(low, t[1]):
                continue  # "opgenomen in de lijst": not an admission
            keep.append(t)
        return keep
