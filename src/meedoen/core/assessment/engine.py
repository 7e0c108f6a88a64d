# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The self-check: text in, explained assessment out.

One :class:`Engine` per codex (built-in, or built-in plus an organisation
pack) holds the detector instances; :func:`check` is the shared entry point
for the CLI, the API, the web page and monitoring. Deterministic: the same
input (including the date) gives the same output. Nothing is stored.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from meedoen import __version__
from meedoen.core import rx
from meedoen.core.assessment import combine, decision, factors, strategy
from meedoen.core.assessment.models import (
    Assessment,
    Citation,
    Context,
    Finding,
    Profile,
    Severity,
)
from meedoen.core.codex import Codex, builtin_codex, load_codex
from meedoen.core.codex.loader import describe_validation_error
from meedoen.core.codex.models import Pack
from meedoen.core.detectors import CheckContext, Detector, Evidence, load_detectors
from meedoen.core.errors import ConfigError, Errors, InputError
from meedoen.core.text import Document
from meedoen.core.text.normalise import has_visible

MAX_CHARS = 100_000
_CONTROL = rx.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
SEVERITY: dict[int, Severity] = {1: "let-op", 2: "risico", 3: "ernstig"}


def validate_text(text: object) -> str:
    """Refuse input that is not a post: empty, huge, binary or invisible."""
    if not isinstance(text, str):
        raise InputError(Errors.E106, kind=type(text).__name__)
    if not text.strip():
        raise InputError(Errors.E101)
    if len(text) > MAX_CHARS:
        raise InputError(Errors.E102, length=len(text), limit=MAX_CHARS)
    if "\x00" in text:
        raise InputError(Errors.E104)
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 10):
        raise InputError(Errors.E104)
    if not has_visible(text):
        raise InputError(Errors.E105)
    return text


_DEFAULTS: dict[type[BaseModel], BaseModel] = {}
_DATED: dict[date, Context] = {}  # the default context, dated (see Engine.check)


def _model(kind: type[BaseModel], value: Any, error: Errors) -> Any:
    if value is None:
        if kind not in _DEFAULTS:
            _DEFAULTS[kind] = kind()
        return _DEFAULTS[kind]
    if isinstance(value, kind):
        return value
    if not isinstance(value, dict):
        raise ConfigError(error, detail=f"verwacht een object, kreeg {type(value).__name__}")
    try:
        return kind.model_validate(value)
    except ValidationError as exc:
        raise ConfigError(error, detail=describe_validation_error(exc)) from None


class Engine:
    """Detectors bound to one codex."""

    def __init__(self, codex: Codex) -> None:
        self.codex = codex
        self.detectors: list[Detector] = [cls() for cls in load_detectors()]
        self._citations: dict[tuple[str, str, date], Citation | None] = {}

    def citation(self, rule_id: str, category: str, on: date) -> Citation | None:
        """The citation for a rule on a date (cached: the codex never changes)."""
        key = (rule_id, category, on)
        if key not in self._citations:
            if len(self._citations) > 4096:
                self._citations.clear()
            self._citations[key] = self._make_citation(rule_id, category, on)
        return self._citations[key]

    def _make_citation(self, rule_id: str, category: str, on: date) -> Citation | None:
        if rule_id not in self.codex:
            return Citation(
                id=rule_id,
                title=rule_id,
                text="(regel ontbreekt in de codex)",
                text_verified=False,
                source="onbekend",
            )
        rule = self.codex.resolve(rule_id, on)
        if rule is None:  # switched off by the organisation
            return None
        eq = rule.equivalent_2010
        return Citation(
            id=rule.id,
            title=rule.title,
            text=rule.text,
            text_verified=rule.text_verified,
            source=rule.source.cite(),
            url=rule.source.url,
            in_force_from=rule.source.in_force_from,
            historical=(f"{eq.cite}: {eq.text}" if eq.text else eq.cite) if eq else None,
            organisation_rules=[r.id for r in self.codex.organisation_rules(category, on)],
        )

    def check(self, text: Any, profile: Any = None, context: Any = None) -> Assessment:
        text = validate_text(text)
        prof: Profile = _model(Profile, profile, Errors.E201)
        ctx_in: Context = _model(Context, context, Errors.E202)
        on = ctx_in.date or date.today()
        if ctx_in.date is not None:
            ctx_model = ctx_in
        elif ctx_in is _DEFAULTS.get(Context):  # no context given: one dated copy per day
            if on not in _DATED:
                _DATED[on] = ctx_in.model_copy(update={"date": on})
            ctx_model = _DATED[on]
        else:
            ctx_model = ctx_in.model_copy(update={"date": on})
        doc = Document(text)
        ctx = CheckContext(
            profile=prof,
            context=ctx_model,
            codex=self.codex,
            organisation=self.codex.organisation,
            on=on,
        )

        raw: list[tuple[Detector, Evidence]] = []
        for det in self.detectors:
            for ev in det.detect(doc, ctx):
                raw.append((det, ev))
        raw = combine.apply(doc, raw, self.detectors, ctx)
        findings, observed = self._findings(doc, raw, on)

        scored = factors.score_factors(observed, prof, ctx_model)
        by_sev: dict[int, set[str]] = {}
        for o in observed:
            by_sev.setdefault(o.severity, set()).add(o.category)
        row = decision.decide(
            decision.Situation(
                severities=tuple(o.severity for o in observed),
                categories_by_severity={k: frozenset(v) for k, v in by_sev.items()},
                factors=scored,
                amplifiers=combine.amplified([(o.category, o.severity, o.tags) for o in observed]),
            )
        )
        return Assessment(
            level=row.level,
            summary=_summary(row.level, findings),
            findings=findings,
            factors=scored,
            strategy=strategy.recommend(observed),
            decision=f"{row.id}: {row.condition}",
            checked_on=on,
            capacity=ctx_model.capacity,
            audience=ctx_model.effective_audience(),
            codex_version=self.codex.version,
            engine_version=__version__,
        )

    def _findings(
        self, doc: Document, raw: list[tuple[Detector, Evidence]], on: date
    ) -> tuple[list[Finding], list[factors.Observed]]:
        # Highest severity first, so that an overlapping weaker duplicate in the
        # same category is dropped.
        raw.sort(key=lambda de: (-de[1].severity, de[1].start, de[1].end, de[0].name))
        kept: list[tuple[Detector, Evidence, int, int]] = []
        for det, ev in raw:
            start, end = doc.original_span(ev.start, ev.end)
            if end <= start:
                continue
            if any(k[0].category == det.category and start < k[3] and k[2] < end for k in kept):
                continue
            kept.append((det, ev, start, end))
        kept.sort(key=lambda k: (k[2], k[3], k[0].category))
        findings, observed = [], []
        for det, ev, start, end in kept:
            citation = self.citation(ev.rule or det.rule, det.category, on)
            if citation is None:
                continue
            findings.append(
                Finding(
                    category=det.category,
                    rule=citation.id,
                    start=start,
                    end=end,
                    evidence=doc.original[start:end],
                    message=ev.message,
                    advice=ev.advice,
                    severity=SEVERITY[max(1, min(3, ev.severity))],
                    detector=det.name,
                    explanation=ev.explanation,
                    citation=citation,
                )
            )
            observed.append(factors.Observed(det.category, max(1, min(3, ev.severity)), ev.tags))
        return findings, observed


def _summary(level: str, findings: list[Finding]) -> str:
    serious = sorted({f.category for f in findings if f.severity != "let-op"})
    notes = sorted({f.category for f in findings if f.severity == "let-op"})
    if level == "rood":
        return f"Plaats dit niet zo: de kans is groot dat het schuurt met de regels ({', '.join(serious)})."
    if level == "oranje":
        if serious:
            return f"Let op: pas het bericht aan of wacht even ({', '.join(serious)})."
        return f"Let op: meerdere aandachtspunten samen ({', '.join(notes)})."
    if notes:
        return f"Geen risico's gevonden; wel een aandachtspunt ({', '.join(notes)})."
    return "Geen risico's gevonden. Blijf zelf afwegen: dit is advies, geen toestemming."


_ENGINES: dict[Any, Engine] = {}


def get_engine(organisation: str | Path | Pack | None = None) -> Engine:
    """A cached engine for the built-in codex or built-in plus one organisation pack."""
    key: Any = None
    if isinstance(organisation, Pack):
        key = ("pack", organisation.id, organisation.version, id(organisation))
    elif organisation is not None:
        p = Path(organisation)
        try:
            key = ("path", str(p.resolve()), p.stat().st_mtime_ns)
        except OSError:
            raise ConfigError(Errors.E205, path=str(organisation)) from None
    engine = _ENGINES.get(key)
    if engine is None:
        codex = builtin_codex() if organisation is None else load_codex(organisation)
        engine = _ENGINES[key] = Engine(codex)
    return engine


def check(
    text: Any,
    profile: Any = None,
    context: Any = None,
    *,
    organisation: str | Path | Pack | None = None,
) -> Assessment:
    """Assess ``text``; see :func:`meedoen.check`."""
    return get_engine(organisation).check(text, profile, context)
