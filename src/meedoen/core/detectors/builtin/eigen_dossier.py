# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Own dossier: the post touches a subject the author works on.

Weighing factor (a), the distance between function and topic: the closer a
post is to one's own work, the sooner the public links it to the function.
Touching a dossier neutrally is worth a look (LET_OP); an opinion, an expert
rebuttal ("dat klopt niet, ik werk er zelf aan", seed dilemma 5) or
information that is not public yet is RISICO, and ERNSTIG on a dossier of
high sensitivity. Keywords match with inflections and compounds
(:mod:`meedoen.core.text.morph`): "stikstofaanpak" is about "stikstof".
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from meedoen.core import rx
from meedoen.core.assessment.models import Dossier
from meedoen.core.codex.models import OrgDossier
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO, CheckContext, Detector, Evidence
from meedoen.core.detectors.registry import register
from meedoen.core.text import Document
from meedoen.core.text.dossier_cues import LABELS, Cue, find_cues
from meedoen.core.text.dossier_neutral import extra_judgements, ordinary, sentence_span
from meedoen.core.text.dossier_related import related_terms
from meedoen.core.text.dossier_signals import (
    against_policy,
    contact_offer,
    find_judgements,
    find_signals,
)
from meedoen.core.text.morph import KeywordMatcher, keyword_key, matcher
from meedoen.core.text.opinion import find_opinions

RANK = {"laag": 0, "midden": 1, "hoog": 2}


def _dossiers(ctx: CheckContext) -> tuple[dict[str, tuple[str, str]], KeywordMatcher | None]:
    """keyword → (dossier name, sensitivity), and the matcher for those keywords (cached)."""
    entries: list[Dossier | OrgDossier] = [*ctx.profile.dossiers, *ctx.organisation.dossiers]
    if not entries:
        return {}, None
    return _keyword_map(tuple((d.name, d.sensitivity, tuple(d.keywords)) for d in entries))


@lru_cache(maxsize=256)
def _keyword_map(
    entries: tuple[tuple[str, str, tuple[str, ...]], ...],
) -> tuple[dict[str, tuple[str, str]], KeywordMatcher | None]:
    """The most sensitive dossier wins a keyword that two dossiers share."""
    out: dict[str, tuple[str, str]] = {}
    for name, sensitivity, keywords in entries:
        words = list(keywords) or ([name] if len(name.split()) <= 3 else [])
        words += [r for kw in words for r in related_terms(kw)]
        for kw in words:
            key = keyword_key(kw)
            if len(key) < 3:
                continue
            if key not in out or RANK[sensitivity] > RANK[out[key][1]]:
                out[key] = (name, sensitivity)
    return out, (matcher(out) if out else None)


SHORT = 320  # a post this short is about one thing: an opinion anywhere in it counts …
TWEET = 280  # … unless it has many sentences; up to a tweet's length it always is
# Signals that make a touch of a highly sensitive dossier ERNSTIG; an opinion, a rebuttal or
# a role claim alone stays RISICO unless it opposes the policy (seed dilemma 5).
HARD = frozenset(
    "niet-openbaar lek contact zaak integriteit trucje minachting belofte politiek voorkennis".split()
)
# On an internal channel a reminder of an embargo or a procedure is no leak.
INTERNAL_OK = frozenset(("niet-openbaar", "hint"))


_BREAK_RE = rx.compile(r"[.!?]+[\s\"')]+(?=\S)|\n\s*\n")


_NOISE_RE = rx.compile(r"^(?:\s*@\w+)+|https?://\S+")


def _length(text: str) -> int:
    """Length as a reader sees it: leading handles and links do not make a post longer."""
    return len(text) - sum(len(m.group()) for m in _NOISE_RE.finditer(text))


def _scope(doc: Document, s0: int, e0: int) -> tuple[int, int]:
    """Where a cue is about the keyword in sentence ``[s0, e0)``.

    A tweet-sized post, or a short one of at most three sentences, is about one thing: the
    whole post. In a longer post only the keyword's sentence and its neighbours count.
    """
    n = len(doc.text)
    if (
        n <= TWEET
        or _length(doc.text) <= TWEET
        or (n <= SHORT and len(_BREAK_RE.findall(doc.text)) < 3)
    ):
        return 0, n
    return sentence_span(doc, max(0, s0 - 2))[0], sentence_span(doc, min(n - 1, e0 + 1))[1]


def _opinions(doc: Document, s0: int, e0: int) -> list[Cue]:
    """Opinions in ``doc.text[s0:e0]``."""
    found = [  # only explicit judgements carry their polarity (a lexicon word may mislead)
        Cue(
            o.start,
            o.end,
            "mening",
            o.polarity if o.kind in ("frame", "insult") or o.polarity > 0 else 0.0,
        )
        for o in find_opinions(doc.text, s0, e0)
        if o.kind != "sarcasm" or o.polarity < 0
    ]
    found += [Cue(a, b, "mening") for a, b in find_judgements(doc, s0, e0)]
    found += extra_judgements(doc, s0, e0)
    return found


def _signals(doc: Document, ctx: CheckContext, role: str | None) -> list[Cue]:
    """Cue families over the whole post, minus what an internal reminder may say."""
    cues = find_cues(doc.text, doc.lower, role)
    cues += [Cue(a, b, k) for a, b, k in find_signals(doc)]
    offer = contact_offer(doc.text) if role is None else None
    if offer is not None:
        cues.append(Cue(offer[0], offer[1], "contact"))
    if ctx.context.effective_audience() == "intern":
        cues = [c for c in cues if c.kind not in INTERNAL_OK]
    cues = [c for c in cues if not ordinary(doc, c, role)]
    cues.sort(key=lambda c: c.start)
    return cues


def _severity(doc: Document, sensitivity: str, cues: list[Cue]) -> int:
    if any(c.kind == "trucje" for c in cues):
        return ERNSTIG  # advice on gaming one's own scheme misuses the function, at any sensitivity
    if sensitivity != "hoog":
        return RISICO
    if any(c.kind in HARD for c in cues):
        return ERNSTIG
    negative = any(c.kind == "mening" and c.polarity < 0 for c in cues)
    return ERNSTIG if negative or against_policy(doc.text) else RISICO


@register
class EigenDossierDetector(Detector):
    name = "eigen-dossier.v1"
    category = "eigen-dossier"
    rule = "wegingscriteria.art10.v1"
    description = (
        "Bericht over een eigen dossier, zeker met mening, weerwoord of niet-openbare informatie."
    )

    def detect(self, doc: Document, ctx: CheckContext) -> Iterable[Evidence]:
        dossiers, match = _dossiers(ctx)
        if match is None:
            return
        reply = ctx.context.reply_to
        role = reply.author_role if reply is not None else None
        seen: set[str] = set()
        cues: list[Cue] | None = None
        for hit in match.finditer(doc.text, doc.lower):
            name, sensitivity = dossiers[hit.keyword]
            if name in seen or not self.validate(doc.text[hit.start : hit.end]):
                continue
            seen.add(name)
            if cues is None:
                cues = _signals(doc, ctx, role)
            a, b = _scope(doc, *sentence_span(doc, hit.start))
            found = [c for c in _opinions(doc, a, b) if not ordinary(doc, c, role)]
            found += [c for c in cues if a <= c.start < b or c.kind == "contact"]
            yield self._assess(doc, hit.start, hit.end, name, sensitivity, found)
        if reply is None or not reply.text:
            return
        for hit in match.finditer(reply.text):
            name, sensitivity = dossiers[hit.keyword]
            if name in seen or "/" in reply.text[hit.start : hit.end]:
                continue
            seen.add(name)
            if cues is None:
                cues = _signals(doc, ctx, role)
            found = list(cues)
            if role != "burger":
                found += [c for c in _opinions(doc, 0, len(doc.text)) if not ordinary(doc, c, role)]
            if not found:
                continue
            found.sort(key=lambda c: c.start)
            s0, e0 = sentence_span(doc, found[0].start)
            while s0 < e0 and doc.text[s0].isspace():
                s0 += 1
            topic = reply.text[hit.start : hit.end]
            yield self._assess(doc, s0, e0, name, sensitivity, found, topic=topic)

    def validate(self, candidate: str) -> bool:
        """A hashtag or handle still counts; a bare URL fragment does not."""
        return "/" not in candidate

    def _assess(
        self,
        doc: Document,
        s: int,
        e: int,
        name: str,
        sensitivity: str,
        cues: list[Cue],
        topic: str | None = None,
    ) -> Evidence:
        tags = ("dossier", f"dossier={name}", f"gevoeligheid={sensitivity}")
        found = doc.text[s:e] if topic is None else topic
        if not cues:
            return Evidence(
                s,
                e,
                message=f"Dit bericht raakt je eigen dossier '{name}' ('{found}').",
                advice=(
                    "Prima om over je vakgebied te posten; houd het feitelijk, verwijs naar openbare "
                    "bronnen en laat standpunten aan de woordvoering."
                ),
                severity=LET_OP,
                explanation=f"Dossier '{name}' (gevoeligheid {sensitivity}); geen mening gevonden.",
                tags=tags,
            )
        kinds = list(dict.fromkeys(c.kind for c in cues))
        shown = "; ".join(
            f"{LABELS[k]} ('{doc.text[c.start : c.end]}')"
            for k in kinds
            for c in cues[:8]
            if c.kind == k
        )
        where = (
            f"'{found}'" if topic is None else f"het bericht waarop je reageert gaat over '{found}'"
        )
        severity = _severity(doc, sensitivity, cues)
        return Evidence(
            s,
            e,
            message=(
                f"Je geeft {', '.join(LABELS[k] for k in kinds)} over je eigen dossier "
                f"'{name}' ({where}). Lezers koppelen dat snel aan je functie."
            ),
            advice=(
                "Laat inhoudelijke standpunten en weerwoord over je eigen dossier aan de woordvoering "
                "of overleg eerst met je leidinggevende; deel alleen wat al openbaar is en verwijs "
                "naar de officiële bron."
            ),
            severity=severity,
            explanation=f"Dossier '{name}' (gevoeligheid {sensitivity}); signalen: {shown}.",
            tags=(*tags, "mening", *(f"signaal={k}" for k in kinds)),
        )
