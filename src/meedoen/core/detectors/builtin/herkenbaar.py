# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""A recognisable person without a name, and a sensitive circumstance about them.

"mevrouw van 87 uit de Reigerstraat krijgt haar steunkousen niet aan", "die
buurman van 3 hoog zit bij ons in de schuldhulp", "yeah he's in rehab" (in reply
to a question about "tom from IT"). The special-category detector wants a tight
grammatical link between a person and a term; this one reads the way people
talk about someone: a person described or referred to in a sentence (or by a
pronoun in the sentence after, or in the post being replied to) and a
circumstance from either lexicon in that sentence. Circumstances are the
special categories plus money and benefits, youth care and residence status
(``lexicons/pii/omstandigheden.tsv``).

Not a finding: the person said it in public themselves, the story is
anonymised, the author's own close family, a rule or a hypothetical ("als een
cliënt schulden heeft"), a negation right before the term. Identifiable (a
detail such as an age, a house number or a school class; a name; known through
work) is ernstig, otherwise risico.
"""

from __future__ import annotations

from collections.abc import Iterator

from meedoen.core.detectors.base import ERNSTIG, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.builtin.bijzondere_gegevens import ABOUT, special_terms
from meedoen.core.detectors.builtin.bijzondere_gegevens import TERMS as SPECIAL_TERMS
from meedoen.core.detectors.registry import register
from meedoen.core.lexicons import load_tsv
from meedoen.core.text import Document
from meedoen.core.text import pii_described as d
from meedoen.core.text.pii_person import cached_persons
from meedoen.core.text.pii_recognisable import Facts, Ref, not_about, person
from meedoen.core.text.pii_scan import scan
from meedoen.core.text.pii_terms import TermLexicon

CIRCUMSTANCES = TermLexicon((g, t) for g, t in load_tsv("pii/omstandigheden.tsv"))
ABOUT_MORE = ABOUT | {
    "financieel": "geld, schulden of een uitkering", "jeugdzorg": "jeugdzorg of het gezin",
    "verblijf": "de verblijfsstatus",
}  # fmt: skip
SPECIAL = frozenset(ABOUT)  # AVG art. 9 and 10; the rest is ordinary personal data


@register
class HerkenbaarDetector(Detector):
    name = "persoonsgegevens.herkenbaar.v1"
    category = "persoonsgegevens"
    rule = "avg.art5.v1"
    description = "Een herkenbaar beschreven persoon met gevoelige omstandigheden."
    LOOKBACK = 2  # sentences a pronoun may look back for its person

    def detect(self, doc: Document, ctx: CheckContext) -> Iterator[Evidence]:
        low = doc.lower
        if len(low) != len(doc.text):
            return  # a character whose lower case is longer (rare): spans would not fit
        cues = scan(low, ctx.cache)
        if not (SPECIAL_TERMS.present(cues) or CIRCUMSTANCES.present(cues)):
            return  # most posts
        special = special_terms(low, ctx.cache)
        terms = [t for t in special if low[t[0] : t[1]] not in d.LOOSE_UNSAFE]
        terms += CIRCUMSTANCES.find(low, cues)
        if not terms:
            return
        # (not @handles, who are mostly the people addressed, nor two capitalised words that
        # may be a party or a place: "Stadspartij Eindhoven")
        persons = [
            Ref(p.start, p.end, p.strong, p.how)
            for p in cached_persons(
                doc.text, low, ctx.cache, ctx.organisation, ctx.profile.name, ctx.in_function
            )
            if not p.how.startswith(("account", "naampaar"))
        ]
        sentences = [m.span() for m in d.SENTENCE_RE.finditer(low)]
        facts: Facts | None = None  # looked up once there is a person and a circumstance
        done: set[int] = set()
        for start, end, group in sorted(terms):
            i = next((k for k, (s, e) in enumerate(sentences) if s <= start < e), -1)
            if i < 0 or i in done or d.NEGATION_BEFORE_RE.search(low, sentences[i][0], start):
                continue
            ref = person(low, *sentences[i], persons, start)
            if ref is None and (
                d.PRONOUN_RE.search(low, *sentences[i])
                or d.SUBJECTLESS_RE.match(low, sentences[i][0])
            ):
                for k in range(i - 1, max(-1, i - 1 - self.LOOKBACK), -1):
                    ref = person(low, *sentences[k], persons, sentences[k][1])
                    if ref is not None:
                        break
            if ref is None and not persons:
                ref = self.reply_person(ctx)
            if ref is None or not_about(low, ref, start, end):
                continue
            facts = facts or Facts.of(low)
            if facts.safe:
                return  # said in public by the person, published, or anonymised
            if d.INDEFINITE_RE.match(low, max(ref.start, 0)) and not (
                facts.work or (facts.place and (facts.involved or not facts.police))
            ):
                continue  # "een jongen van 16 ligt op de ic": news about someone, not known
            done.add(i)
            named = ref.strong or facts.work or facts.place or facts.age
            span = (ref.start, end) if sentences[i][0] <= ref.start < start else (start, end)
            yield self.evidence(span, group, named, ref.how, doc.text[start:end])

    def reply_person(self, ctx: CheckContext) -> Ref | None:
        """A third person the post being replied to is about ("die jongen van de Bosstraat")."""
        reply = ctx.context.reply_to
        if reply is None or not reply.text:
            return None
        low = reply.text.lower()
        ref = person(low, 0, len(low), [], len(low))
        if ref is None or low[ref.start :].startswith(("mijn ", "m'n ", "my ")):
            return None
        return Ref(-1, -1, False, f"{ref.how} in het bericht waarop je reageert")

    def evidence(
        self, span: tuple[int, int], group: str, named: bool, how: str, found: str
    ) -> Evidence:
        return Evidence(
            *span,
            message=(
                f"Dit gaat over {ABOUT_MORE[group]} van iemand die je beschrijft of aanduidt; "
                "ook zonder naam is die persoon te herkennen."
            ),
            advice=(
                "Vertel geen persoonlijke omstandigheden van een ander, ook niet zonder naam: "
                "leeftijd, straat, school of werk maken iemand herkenbaar. Laat het verhaal weg, "
                "of maak het echt onherkenbaar en vraag toestemming."
            ),
            severity=ERNSTIG if named else RISICO,
            rule="avg.art9.v1" if group in SPECIAL else self.rule,
            explanation=(
                f"Persoon herkend via {how}; '{found}' (categorie {group}) staat in dezelfde "
                "zin of verderop over die persoon."
            ),
            tags=("herkenbaar", group),
        )
