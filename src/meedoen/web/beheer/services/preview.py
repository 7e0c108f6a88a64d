# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
""" "Wat verandert er als ik deze versie vaststel?"

Re-checks texts (the organisation's published and archived official posts)
under the adopted version in force and under a candidate version, with the
same profile, context and date, and lists the texts whose level or findings
differ. Only the rule pack differs between the two runs, so every change shown
is caused by the candidate.

The official posts come from :mod:`meedoen.web.official`, imported lazily: if
that app has no post model (yet), the preview says so instead of failing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import DatabaseError, transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from meedoen.core.errors import MeedoenError
from meedoen.web.engine import check
from meedoen.web.organisation.models import Organisation, RulePackVersion

ARCHIVED_STATES = ("gepubliceerd", "gearchiveerd")
MAX_POSTS = 300  # newest first; bounded so the page answers in seconds


@dataclass(frozen=True)
class Sample:
    """One text to re-check, with who wrote it and where it went."""

    label: str
    text: str
    context: dict[str, Any] = field(default_factory=dict)
    member: Any = None
    url: str = ""


@dataclass(frozen=True)
class Change:
    sample: Sample
    old_level: str
    new_level: str
    added_rules: tuple[str, ...]
    removed_rules: tuple[str, ...]

    @property
    def level_changed(self) -> bool:
        return self.old_level != self.new_level


@dataclass
class Preview:
    available: bool = True
    checked: int = 0
    skipped: int = 0
    truncated: bool = False
    changes: list[Change] = field(default_factory=list)


def _has_field(model: Any, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def archived_posts(org: Organisation, limit: int = MAX_POSTS) -> tuple[list[Sample], bool, bool]:
    """(samples, available, truncated) for ``org``'s published/archived posts."""
    try:
        from meedoen.web.official.models import OfficialPost  # noqa: PLC0415 (optional app)
    except ImportError:
        return [], False, False
    qs = OfficialPost.objects.all()
    if _has_field(OfficialPost, "organisation"):
        qs = qs.filter(organisation=org)
    elif _has_field(OfficialPost, "account"):
        qs = qs.filter(account__organisation=org)
    else:
        return [], False, False
    if _has_field(OfficialPost, "state"):
        qs = qs.filter(state__in=ARCHIVED_STATES)
    for name in ("account", "author"):
        if _has_field(OfficialPost, name):
            qs = qs.select_related(name)
    try:
        with transaction.atomic():  # a savepoint: a missing table must not poison the request
            posts = list(qs.order_by("-pk")[: limit + 1])
    except DatabaseError:  # the official app's tables are not migrated (yet)
        return [], False, False
    return [_sample(p) for p in posts[:limit]], True, len(posts) > limit


def _sample(post: Any) -> Sample:
    account: Any = getattr(post, "account", None)
    context: dict[str, Any] = {"capacity": "in-functie", "audience": "openbaar"}
    if callable(getattr(account, "context", None)):
        context.update(account.context())  # the official app's own engine context
    elif getattr(account, "channel", None):
        context["channel"] = account.channel
    author = getattr(post, "author", None)
    member = getattr(author, "member", author) if author is not None else None
    text = getattr(post, "final_text", "") or getattr(post, "text", "")
    where = f" {account.name}:" if getattr(account, "name", "") else ""
    label = f"#{post.pk}{where} {text[:60]}{'…' if len(text) > 60 else ''}"
    try:
        url = reverse("official:post", args=[post.pk])
    except NoReverseMatch:
        url = ""
    return Sample(label=label, text=text, context=context, member=member, url=url)


def _rules(assessment: Any) -> set[str]:
    return {f.rule for f in assessment.findings}


def compare(
    org: Organisation,
    current: RulePackVersion | None,
    candidate: RulePackVersion,
    samples: Iterable[Sample],
    on: date | None = None,
) -> Preview:
    """Check every sample under ``current`` and ``candidate`` on the same date."""
    on = on or timezone.localdate()
    result = Preview()
    for sample in samples:
        ctx = {**sample.context, "date": on.isoformat()}
        member = sample.member if hasattr(sample.member, "profile") else None
        try:
            old = check(sample.text, member=member, organisation=org, context=ctx, version=current)
            new = check(
                sample.text, member=member, organisation=org, context=ctx, version=candidate
            )
        except MeedoenError:
            result.skipped += 1
            continue
        result.checked += 1
        before, after = _rules(old), _rules(new)
        if old.level != new.level or before != after:
            result.changes.append(
                Change(
                    sample=sample,
                    old_level=old.level,
                    new_level=new.level,
                    added_rules=tuple(sorted(after - before)),
                    removed_rules=tuple(sorted(before - after)),
                )
            )
    result.changes.sort(key=lambda c: (not c.level_changed, c.sample.label))
    return result


def preview_adoption(org: Organisation, candidate: RulePackVersion) -> Preview:
    """Compare the adopted version in force with ``candidate`` on the org's archive."""
    on = max(timezone.localdate(), candidate.in_force_from)
    samples, available, truncated = archived_posts(org)
    result = compare(org, org.active_pack(), candidate, samples, on)
    result.available, result.truncated = available, truncated
    return result
