# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""meedoen vs Presidio on the personal-data task, in one run.

Both systems see exactly the same texts. A prediction is a character span;
meedoen's are its ``persoonsgegevens`` findings (any severity), Presidio's are
its analyzer results for the Dutch entities configured in bench/presidio_nl.py.
meedoen is timed three ways: the full ``check()`` (all detectors, the decision
table and factors, work Presidio does not do), its persoonsgegevens detectors
alone (the personal-data task, like for like with Presidio) and the seven
identifier detectors for exactly Presidio's entity types.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eval import data as ds
from eval.metrics import PRF, any_overlap, overlaps
from eval.pii_vectors import VectorResult, build_cases, score

from bench.corpus import MixedPost

Span = tuple[int, int]
Predictor = Callable[[str], Iterable[Span]]


def meedoen_predictor() -> Predictor:
    from meedoen import check

    def predict(text: str) -> list[Span]:
        a = check(text)
        return [(f.start, f.end) for f in a.findings if f.category == "persoonsgegevens"]

    return predict


# meedoen detectors for the same entity types as the Presidio recognizers in
# bench/presidio_nl.py (BSN/onderwijsnummer, ID card/passport, postcode with
# house number, licence plate, IBAN, e-mail, phone). Presidio has nothing for
# special-category data, case details, VAT ids or birth dates.
SAME_SCOPE_AS_PRESIDIO = frozenset(
    {
        "persoonsgegevens.bsn.v1",
        "persoonsgegevens.identiteitsbewijs.v1",
        "persoonsgegevens.adres.v1",
        "persoonsgegevens.kenteken.v1",
        "persoonsgegevens.iban.v1",
        "persoonsgegevens.email.v1",
        "persoonsgegevens.telefoon.v1",
    }
)


def meedoen_same_scope_predictor() -> Predictor:
    """meedoen's identifier detectors for exactly Presidio's entity types."""
    return meedoen_pii_only_predictor(SAME_SCOPE_AS_PRESIDIO)


def meedoen_pii_only_predictor(names: frozenset[str] | None = None) -> Predictor:
    """Only meedoen's persoonsgegevens detectors, without the rest of check().

    Uses the detector API directly (as tests/conftest.py does), to compare
    like with like: Presidio here also only looks for personal data. With
    ``names``, only the detectors with those names run.
    """
    from datetime import date

    from meedoen.core.assessment.engine import get_engine
    from meedoen.core.assessment.models import Context, Profile
    from meedoen.core.detectors.base import CheckContext
    from meedoen.core.text import Document

    engine = get_engine()
    dets = [
        d
        for d in engine.detectors
        if d.category == "persoonsgegevens" and (names is None or d.name in names)
    ]
    profile, context = Profile(), Context(date=date(2026, 11, 28))

    def predict(text: str) -> list[Span]:
        doc = Document(text)
        ctx = CheckContext(
            profile=profile,
            context=context,
            codex=engine.codex,
            organisation=engine.codex.organisation,
            on=context.date,
        )
        out = []
        for det in dets:
            for ev in det.detect(doc, ctx):
                s, e = doc.original_span(ev.start, ev.end)
                if e > s:
                    out.append((s, e))
        return out

    return predict


@dataclass
class Timed:
    """Predictions cached per text, with the time spent producing them."""

    predict: Predictor
    seconds: float = 0.0
    calls: int = 0
    cache: dict[str, list[Span]] = field(default_factory=dict)

    def __call__(self, text: str) -> list[Span]:
        if text not in self.cache:
            t0 = time.perf_counter()
            spans = list(self.predict(text))
            self.seconds += time.perf_counter() - t0
            self.calls += 1
            self.cache[text] = spans
        return self.cache[text]

    @property
    def ms_per_post(self) -> float:
        return 1000 * self.seconds / self.calls if self.calls else float("nan")


@dataclass
class MixedResult:
    recall: PRF  # inserted values found
    spans: PRF  # predicted spans: TP overlaps an inserted PII value, FP otherwise
    by_kind: dict[str, tuple[int, int]]  # kind -> (found, total)
    clean_posts_flagged: int
    clean_total: int
    hard_flagged: dict[str, tuple[int, int]]  # hard-negative kind -> (flagged, total)
    fp_examples: list[str]


def score_mixed(posts: Sequence[MixedPost], predict: Predictor) -> MixedResult:
    recall, spans = PRF(), PRF()
    by_kind: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    hard: Counter[str] = Counter()
    hard_totals: Counter[str] = Counter()
    clean_flagged = clean_total = 0
    fp_examples: list[str] = []
    for post in posts:
        predicted = list(predict(post.text))
        if post.span is not None and post.kind is not None and post.personal:
            hit = any_overlap(post.span, predicted)
            recall.add(True, hit)
            totals[post.kind] += 1
            by_kind[post.kind] += hit
        elif post.span is not None and post.kind is not None:
            hard_totals[post.kind] += 1
            hard[post.kind] += any_overlap(post.span, predicted)
        else:
            clean_total += 1
            clean_flagged += bool(predicted)
        for s in predicted:
            if post.personal and post.span is not None and overlaps(s, post.span):
                spans.tp += 1
            else:
                spans.fp += 1
                if len(fp_examples) < 8 and (post.span is None or not post.personal):
                    fp_examples.append(post.text[max(0, s[0] - 25) : s[1] + 25])
    spans.fn = recall.fn
    return MixedResult(
        recall,
        spans,
        {k: (by_kind[k], totals[k]) for k in sorted(totals)},
        clean_flagged,
        clean_total,
        {k: (hard[k], hard_totals[k]) for k in sorted(hard_totals)},
        fp_examples,
    )


@dataclass
class SystemResult:
    name: str
    vectors: VectorResult
    mixed: MixedResult
    ms_vectors: float  # wall time, median of the timed passes
    ms_mixed: float
    init_s: float
    cpu_ms_vectors: float = float("nan")  # process CPU time, median of the same passes
    cpu_ms_mixed: float = float("nan")


def _ms_per_post(predict: Predictor, texts: Sequence[str]) -> tuple[float, float]:
    """(wall, CPU) milliseconds per text for one pass over ``texts``."""
    c0, t0 = time.process_time(), time.perf_counter()
    for t in texts:
        predict(t)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return 1000 * wall / len(texts), 1000 * cpu / len(texts)


def speedup(theirs: float, ours: float) -> float:
    """How many times faster ``ours`` is than ``theirs`` (ms/post each)."""
    return theirs / ours if ours else float("nan")


def compare(
    data: Path,
    posts: Sequence[MixedPost],
    systems: dict[str, Callable[[], Predictor]],
    repeats: int = 5,
) -> list[SystemResult]:
    """Build each system (timed), then score it on the vectors and the mixed corpus.

    ms/post on the mixed corpus and on the test vectors is the median of
    ``repeats`` timed passes per system over the same texts, after the scoring
    passes have warmed every system up; the passes of the systems are
    interleaved so that a busy neighbour on the machine slows them alike. Each
    pass records wall time and the process's CPU time (less sensitive to other
    jobs on the machine).
    """
    cases = build_cases(ds.pii_vectors(data))
    corpora = {"mixed": [p.text for p in posts], "vectors": [c.text for c in cases]}
    built = []
    for name, factory in systems.items():
        t0 = time.perf_counter()
        predict = factory()
        predict("Warm-up: bel 06 12345678 of mail a.b@example.org")
        init = time.perf_counter() - t0
        vectors = score(cases, Timed(predict))
        mixed = score_mixed(posts, Timed(predict))
        built.append((name, predict, vectors, mixed, init))
    passes: dict[tuple[str, str], list[tuple[float, float]]] = {
        (name, corpus): [] for name, *_ in built for corpus in corpora
    }
    for _ in range(repeats):
        for corpus, texts in corpora.items():
            for name, predict, *_ in built:
                passes[name, corpus].append(_ms_per_post(predict, texts))

    def med(name: str, corpus: str, i: int) -> float:
        return statistics.median(p[i] for p in passes[name, corpus])

    return [
        SystemResult(
            name,
            vectors,
            mixed,
            med(name, "vectors", 0),
            med(name, "mixed", 0),
            init,
            med(name, "vectors", 1),
            med(name, "mixed", 1),
        )
        for name, _, vectors, mixed, init in built
    ]
