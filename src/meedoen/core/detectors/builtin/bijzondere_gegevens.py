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

Persons come from :mod:`meedoen.core.text.pii_person`: a statement may also
reach them through a pronoun ("Mevrouw De Vries (87) … Na haar heupoperatie")
or "met" ("die man met zijn schizofrenie"). Identifiable (a full name, a
client, or a first name or description with an age, street or "hij heet …")
is ernstig; a first name or relation alone is risico, except mental health,
addiction, HIV and the other special categories of a relation with a name
("mijn collega Youssef … depressie"), which are ernstig.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from meedoen.core import rx
from meedoen.core.detectors.base import ERNSTIG, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.lexicons import load_tsv
from meedoen.core.text import Document
from meedoen.core.text.pii_person import (
    IDENTIFIER_AFTER_RE,
    cached_persons,
    pronoun_antecedent,
)
from meedoen.core.text.pii_scan import Scan, scan
from meedoen.core.text.pii_terms import TermLexicon

# Terms per special category (lexicons/pii/bijzondere-gegevens.tsv); a trailing * matches any
# continuation.
LEXICON: dict[str, list[str]] = {}
for _group, _term in load_tsv("pii/bijzondere-gegevens.tsv"):
    LEXICON.setdefault(_group, []).append(_term)


ABOUT = {
    "gezondheid": "de gezondheid", "godsdienst": "het geloof", "afkomst": "de afkomst",
    "seksuele geaardheid": "de seksuele geaardheid", "strafrechtelijk": "strafzaken",
    "vakbond": "het vakbondslidmaatschap",
}  # fmt: skip


# The terms, gated by the shared lexicon scan (its key words and starred stems).
TERMS = TermLexicon((g, t) for g, terms in LEXICON.items() for t in terms)
KEY_WORDS = frozenset(TERMS.by_key)
STEM_CUES = TERMS.stems
# After the person: an optional apposition, then a verb that says something about them.
LINK_RE = rx.compile(
    r"\s*(?:\([^)]{1,40}\)\s*|,(?:[^,.!?\n]|(?<=\s[A-Z])\.){1,40},\s*|,?\s(?:die|dat)\s[^,.!?\n]{1,40}?\s|"
    r"(?:van|uit|bij|op|at|from)\s(?:[\w-]+\s){1,3}?(?=(?:is|was|heeft|had|zit|ligt|wordt|werd|has)\s)|"
    r"(?:heet|woont|werkt)\s[^,.!?\n]{1,30}?\sen\s(?=(?:is|was|heeft|had|zit|ligt)\s)|"
    r"heet\s(?:hij|ze|zij)\s*,?\s*|,\s(?=(?:is|was|heeft|had|zit|zat|ligt|lag|wordt|werd)\s)|"
    r",?\s(?:who|die)\s(?=(?:is|was|has|had)\s))?"
    r"(?:(?:al\s)?(?:jaren|maanden|weken|sinds\s\w+|gewoon|ook)\s)?"
    r"(?P<verb>is|was|wordt|werd|ligt|lag|zit|zat|heeft|had|lijdt|leed|kampt|kreeg|krijgt|"
    r"blijkt|bleek|raakt|raakte|gaat|ging|moet|moest|is\ssinds|zou|bekeerde|kwam|dealt|deal|"
    r"steelt|fraudeert|mishandelt|mishandelde|has|got|gets|suffers|suffered|ended\sup|"
    r"slikt|slikte|gebruikt|gebruikte|takes|took)\b"
    r"[^.!?\n]{0,50}",
    re.IGNORECASE,
)
# Terms that count only as the verb right after the person ("Tim de B. deal al jaren").
VERB_ONLY = frozenset({"deal"})
# Terms that are also topics ("druk met corona") count only after "heeft", "kreeg" ….
TOPIC_TERMS = frozenset({"corona", "covid", "ms", "longontsteking"})
HAS_BEFORE_RE = rx.compile(
    r"(?:heeft|had|hebben|kreeg|krijgt|lijdt\saan|leed\saan|kampt\smet|kampte\smet|"
    r"ziek\svan|ziek\sdoor|positief\sop|diagnosed\swith|suffers\sfrom|has|had|got|"
    r"gediagnosticeerd\smet|diagnose)\s+(?:ook\s+|nu\s+|al\s+)?$"
)
HAS_AFTER_RE = rx.compile(r"\s+(?:heeft|had|hebben|kreeg|krijgt|heeft\s+gekregen)(?!\w)")
FIGURATIVE_RE = rx.compile(r"\s+(?:voor|vertrouwen|vlek|geloof|gevaar)(?!\w)")
# A negation between the verb and the term: "Jan is niet ziek", "heeft geen kanker".
NEGATION_RE = rx.compile(
    r"(?<!\w)(?:niet|geen|nooit|not|never|no\s+longer|isn't|wasn't|hasn't|doesn't)(?!\w)",
    re.IGNORECASE,
)
# "opgenomen" is about health only without an everyday object ("opgenomen in de lijst").
NOT_ADMITTED_RE = rx.compile(
    r"\s+(?:in|op|als|door|bij)\s+(?:de|het|een|onze|ons)\s+(?!ziekenhuis|kliniek|"
    r"psychiatrische|ggz|verpleeghuis|hospice|ic\b|intensive|gesloten\s+afdeling|psychiatrie|"
    r"jeugdpsychiatrie|crisisopvang)",
    re.IGNORECASE,
)
# Subordinate clause, verb last: "dat Jan kanker heeft", "dat mevrouw X lid van de FNV is".
VERB_AFTER_RE = rx.compile(
    r"\s+(?:\w+\s+){0,2}?(?:is|was|heeft|had|zou|werd|wordt|kreeg|krijgt|ligt|lag|zit|zat)\b",
    re.IGNORECASE,
)
# The term is about a group named in between: "werkt met mensen met dementie".
GROUP_BEFORE_RE = rx.compile(
    r"(?<!\w)(?:mensen|personen|patiënten|cliënten|kinderen|jongeren|ouderen|bewoners|"
    r"gezinnen|families|vrouwen|mannen|slachtoffers|people|patients)\s+(?:met|die|van|with)\s"
)
# The term is the person's field of work or a topic, not their condition: "Fatima is
# gespecialiseerd in autisme", "Ruud gaf een training over dementie".
TOPIC_BETWEEN_RE = rx.compile(
    r"(?<!\w)(?:gespecialiseerd|specialist|specialiste|expert|deskundig\w*|expertise|kennis|"
    r"onderzoek\w*|training|cursus|lezing|webinar|boek|artikel|presentatie|voorlichting|"
    r"campagne|programma|projectleider|op\s+het\s+gebied\s+van|speciali[sz]ed|"
    r"over(?!\s+(?:zijn|haar|z'n|d'r|eigen)\b)|about(?!\s+(?:his|her|their)\b))(?!\w)"
)
# Health terms that carry a stigma (mental health, addiction, HIV).
STIGMA_RE = rx.compile(
    r"depressi|burn-?out|overspannen|psycho|schizofren|bipolair|autis|adhd|verslaaf|verslaving|"
    r"alcoholist|eetstoornis|anorexia|boulimia|suïcid|zelfmoord|psychiatr|afkick|gokverslaafd|"
    r"drugsverslaafd|alcoholverslaafd|hiv|aids|angststoornis|paniek|ptss|dwangstoornis|"
    r"borderline|persoonlijkheidsstoornis|psychisch|in therapie|addict|in rehab"
)
# "collega Ruud met een hernia", "die mevrouw met dementie" (not "met de", "met Jan over")
WITH_RE = rx.compile(
    r"(?:\s+(?:aan\s+de\s+balie|op\s+het\s+spreekuur|van\s+gisteren|van\s+vanochtend))?"
    r",?\s+met\s+(?:een\s+|zijn\s+|haar\s+|z'n\s+|d'r\s+|ernstige\s+|zware\s+)?"
)
# Terms that are not nouns: after "zijn"/"haar" they are a verb's complement ("ze zijn ziek").
NOT_AFTER_POSSESSIVE = frozenset(
    "ziek langdurig depressief overspannen psychotisch autistisch dement zwanger verslaafd "
    "gehandicapt terminaal ongeneeslijk geopereerd opgenomen dementerend gokverslaafd "
    "drugsverslaafd alcoholverslaafd besmet islamitisch christelijk katholiek joods gelovig "
    "bekeerd homoseksueel lesbisch biseksueel veroordeeld gearresteerd opgepakt aangehouden "
    "gedetineerd vastgezet gestolen gefraudeerd crimineel arbeidsongeschikt".split()
)
TERM_OF_RE = rx.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:van|bij)\s+$", re.IGNORECASE)
BEFORE_PERSON_RE = rx.compile(r"\b(?:van|bij)\s+$", re.IGNORECASE)  # "kanker bij Jan"
SENTENCE_END_RE = rx.compile(r"[.!?](?=\s+[A-Z]|\s*$)|\n")  # not the dot of "K."
AGE_BEFORE_RE = rx.compile(r"\b\d{1,3}-jarige\s+$")  # "de 34-jarige Jeroen K."


def special_terms(low: str, cache: dict[str, Any]) -> list[tuple[int, int, str]]:
    """:meth:`BijzondereGegevensDetector._terms` of the lower-case post, once per check (the
    detector of recognisable persons asks too)."""
    hit = cache.get("pii.special_terms")
    if hit is not None and hit[0] is low:
        found: list[tuple[int, int, str]] = hit[1]
        return found
    found = BijzondereGegevensDetector._terms(low, scan(low, cache))
    cache["pii.special_terms"] = (low, found)
    return found


@register
class BijzondereGegevensDetector(Detector):
    name = "persoonsgegevens.bijzonder.v1"
    category = "persoonsgegevens"
    rule = "avg.art9.v1"
    description = "Gezondheid, geloof, afkomst, geaardheid, strafzaken of vakbond van een persoon."

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        text = doc.text
        low = doc.lower
        if len(low) != len(text):  # a character whose lower case is longer (rare)
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        terms = special_terms(low, ctx.cache)
        if not terms:
            return
        plain = [t for t in terms if low[t[0] : t[1]] not in VERB_ONLY]
        best: dict[int, tuple[tuple[int, int], bool, str, tuple[int, int, str]]] = {}
        persons = cached_persons(
            text, low, ctx.cache, ctx.organisation, ctx.profile.name, ctx.in_function
        )
        for start, end, named, how, relation in persons:
            ident = IDENTIFIER_AFTER_RE.match(text, end)  # "Henk (81) van de Lindelaan is …"
            after = ident.end() if ident and ident.group().strip(" ,") else end
            if after > end and text.startswith(",", after):
                after += 1  # "Bert uit Lelystad, heeft …"
            link = LINK_RE.match(text, after)
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
                if term is not None and TOPIC_BETWEEN_RE.search(low, link.start(), term[0]):
                    continue  # "Fatima is gespecialiseerd in autisme": a topic
                if term is not None and GROUP_BEFORE_RE.search(low, link.start(), term[0]):
                    continue  # "Petra werkt met mensen met dementie": a group, not Petra
            if term is None and (with_ := WITH_RE.match(low, end)):  # "die vrouw met dementie"
                term = next((t for t in plain if t[0] == with_.end()), None)
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
            stop_at = SENTENCE_END_RE.search(text, term[1]) if relation and not named else None
            limit = stop_at.start() if stop_at else len(text)
            if (
                relation
                and not named
                and any(self._stigma(low, t) for t in terms if term[0] <= t[0] < limit)
            ):  # "mijn collega Youssef is ziek thuis met een depressie"
                named, how = True, f"{how} (relatie met naam; gevoelig gegeven)"
            prev = best.get(term[0])
            if (
                prev is None
                or (named and not prev[1])
                or (named == prev[1] and span[0] < prev[0][0])
            ):
                best[term[0]] = (span, named, how, term)
        for term in plain:  # "Mevrouw De Vries (87) … Na haar heupoperatie", "hij is opgepakt"
            if term[0] in best or any(s <= term[0] < e for (s, e), *_ in best.values()):
                continue
            ref = pronoun_antecedent(low, term[0], persons)
            if ref is None:
                continue
            person, possessive, pron = ref
            if possessive and low[term[0] : term[1]] in NOT_AFTER_POSSESSIVE:
                continue  # "ze zijn ziek": a verb, not "zijn ziekte"
            if NEGATION_RE.search(text, pron, term[0]):
                continue
            how = f"{person.how}, verderop aangeduid met '{text[pron : pron + 4].strip()}'"
            best[term[0]] = ((pron, term[1]), person.strong, how, term)
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
    def _stigma(low: str, term: tuple[int, int, str]) -> bool:
        """Special data beyond an ordinary physical ailment: mental health, addiction, HIV,
        faith, origin, sexuality, crime. With a relation and a first name ("mijn collega
        Youssef … depressie") that is ernstig; a hernia of "collega Ruud" is risico."""
        return term[2] != "gezondheid" or bool(STIGMA_RE.match(low, term[0]))

    @staticmethod
    def _terms(low: str, cues: Scan) -> list[tuple[int, int, str]]:
        """(start, end, group) of every lexicon term in the lower-case text (``cues``: its
        lexicon scan; a term is looked for only when its key word or a stem is there)."""
        keep = []
        for t in TERMS.find(low, cues):
            word = low[t[0] : t[1]]
            if (
                word in TOPIC_TERMS
                and not HAS_BEFORE_RE.search(low, max(0, t[0] - 24), t[0])
                and not HAS_AFTER_RE.match(low, t[1])  # "dat ze MS heeft"
            ):
                continue
            if word == "opgenomen" and NOT_ADMITTED_RE.match(low, t[1]):
                continue  # "opgenomen in de lijst": not an admission
            if word in ("blind", "doof") and FIGURATIVE_RE.match(low, t[1]):
                continue  # "blind voor de gevolgen", "doof voor kritiek"
            keep.append(t)
        return keep
