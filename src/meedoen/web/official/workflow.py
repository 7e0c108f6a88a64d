# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The workflow of a post on an official account: ONE explicit transition table.

Every move is a row ``(from state, action) -> to state`` with named guards
(who may do it, and under which condition) and the data it needs. The rows are
tried top to bottom; the first row whose guards all hold is taken. Nothing
else in the code changes a post's state. ``docs/workflow.md`` is generated
from this module: ``python -m meedoen.web.official.workflow > docs/workflow.md``.

This module imports no models at import time, so the documentation can be
generated without a database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

CONCEPT = "concept"
GETOETST = "getoetst"
IN_REVIEW = "in_review"
GOEDGEKEURD = "goedgekeurd"
AFGEWEZEN = "afgewezen"
GEPUBLICEERD = "gepubliceerd"
GEARCHIVEERD = "gearchiveerd"
STATES = (CONCEPT, GETOETST, IN_REVIEW, GOEDGEKEURD, AFGEWEZEN, GEPUBLICEERD, GEARCHIVEERD)

ACTIONS = (
    "herzien",
    "toetsen",
    "review_aanvragen",
    "goedkeuren",
    "afwijzen",
    "wijzigingen_voorstellen",
    "publiceren",
    "archiveren",
)
# Actions a reviewer takes; each records a Review.
REVIEW_ACTIONS = ("goedkeuren", "afwijzen", "wijzigingen_voorstellen")


@dataclass(frozen=True)
class Transition:
    source: str
    action: str
    target: str
    guards: tuple[str, ...]
    requires: tuple[str, ...] = ()  # data fields; "a|b" means at least one of them


T = Transition
TRANSITIONS: tuple[Transition, ...] = (
    T(CONCEPT, "herzien", CONCEPT, ("is_editor",), ("text",)),
    T(CONCEPT, "toetsen", GETOETST, ("is_editor", "has_text")),
    T(GETOETST, "herzien", CONCEPT, ("is_editor",)),
    T(GETOETST, "review_aanvragen", IN_REVIEW, ("is_editor",)),
    T(GETOETST, "publiceren", GEPUBLICEERD, ("is_editor", "review_not_required"), ("url",)),
    T(
        IN_REVIEW,
        "goedkeuren",
        IN_REVIEW,
        ("is_reviewer", "not_own_post", "not_approved_by_member", "tiers_remaining"),
    ),
    T(
        IN_REVIEW,
        "goedkeuren",
        GOEDGEKEURD,
        ("is_reviewer", "not_own_post", "not_approved_by_member", "final_tier"),
    ),
    T(IN_REVIEW, "afwijzen", AFGEWEZEN, ("is_reviewer", "not_own_post"), ("reason",)),
    T(
        IN_REVIEW,
        "wijzigingen_voorstellen",
        CONCEPT,
        ("is_reviewer", "not_own_post"),
        ("reason|suggested_text",),
    ),
    T(IN_REVIEW, "herzien", CONCEPT, ("is_editor",)),
    T(GOEDGEKEURD, "publiceren", GEPUBLICEERD, ("is_editor", "approvals_valid"), ("url",)),
    T(GOEDGEKEURD, "review_aanvragen", IN_REVIEW, ("is_editor", "approval_expired")),
    T(GOEDGEKEURD, "herzien", CONCEPT, ("is_editor",)),
    T(AFGEWEZEN, "herzien", CONCEPT, ("is_editor",)),
    T(GEPUBLICEERD, "archiveren", GEARCHIVEERD, ("is_editor_or_reviewer",)),
)


class TransitionError(Exception):
    """A move the table does not allow; ``code`` is stable, ``message`` Dutch."""

    def __init__(self, code: str, message: Any) -> None:
        super().__init__(str(message))
        self.code = code
        self.message = message


# --- who is who --------------------------------------------------------------


def same_org(post: Any, member: Any) -> bool:
    return member is not None and member.organisation_id == post.account.organisation_id


def is_editor(account: Any, member: Any) -> bool:
    return (
        member is not None
        and member.organisation_id == account.organisation_id
        and account.editors.filter(pk=member.pk).exists()
    )


def is_reviewer(account: Any, member: Any) -> bool:
    """A communicatieadviseur of the organisation, listed if the account lists reviewers."""
    if member is None or member.role != "communicatieadviseur":
        return False
    if member.organisation_id != account.organisation_id:
        return False
    listed = account.reviewers.all()
    return not listed.exists() or listed.filter(pk=member.pk).exists()


def required_tiers(post: Any) -> int:
    return max(1, post.account.review_tiers)


def active_approvals(post: Any) -> list[Any]:
    return list(
        post.reviews.filter(decision="goedgekeurd", invalidated_at__isnull=True).order_by("tier")
    )


def review_reasons(post: Any) -> list[Any]:
    """Why this post needs a review (empty: publishing straight after the check is fine)."""
    reasons = []
    if post.level in ("oranje", "rood"):
        reasons.append(_("het niveau is %(level)s") % {"level": post.get_level_display()})
    if _sensitive_dossier(post):
        reasons.append(_("het dossier is gevoelig"))
    if post.account.always_review:
        reasons.append(_("dit account vraagt altijd om review"))
    return reasons


def _sensitive_dossier(post: Any) -> bool:
    if post.dossier is not None and post.dossier.sensitivity == "hoog":
        return True
    strategy = (post.assessment or {}).get("strategy") or {}
    name = strategy.get("dossier")
    if not name:
        return False
    org = post.account.organisation
    return org.dossiers.filter(name=name, sensitivity="hoog").exists()


def _approved_by(post: Any, member: Any) -> bool:
    return any(r.reviewer_id == member.pk for r in active_approvals(post))


def _any_expired(post: Any) -> bool:
    return any(r.is_expired for r in active_approvals(post))


# --- guards ------------------------------------------------------------------


@dataclass(frozen=True)
class Guard:
    check: Callable[[Any, Any], bool]
    doc: str  # English, for docs/workflow.md
    message: Any  # Dutch, for the person who tried


GUARDS: dict[str, Guard] = {
    "is_editor": Guard(
        lambda p, m: is_editor(p.account, m),
        "the member is an editor of the post's account",
        _("Alleen redacteuren van dit account kunnen dit doen."),
    ),
    "is_reviewer": Guard(
        lambda p, m: is_reviewer(p.account, m),
        "the member is a communicatieadviseur of the same organisation and, if the account "
        "lists reviewers, one of them",
        _("Alleen een communicatieadviseur die dit account mag reviewen kan dit doen."),
    ),
    "is_editor_or_reviewer": Guard(
        lambda p, m: is_editor(p.account, m) or is_reviewer(p.account, m),
        "the member is an editor or a reviewer of the account",
        _("Alleen redacteuren en reviewers van dit account kunnen dit doen."),
    ),
    "not_own_post": Guard(
        lambda p, m: m.pk not in (p.author_id, p.last_edited_by_id),
        "nobody reviews a post they wrote or last edited",
        _("Je kunt je eigen bericht niet reviewen of goedkeuren."),
    ),
    "not_approved_by_member": Guard(
        lambda p, m: not _approved_by(p, m),
        "each tier is approved by a different reviewer",
        _("Je hebt dit bericht al goedgekeurd; een volgende ronde is voor een ander."),
    ),
    "tiers_remaining": Guard(
        lambda p, m: len(active_approvals(p)) + 1 < required_tiers(p),
        "after this approval, more tiers remain (the post stays in review)",
        _("Er zijn geen reviewrondes meer over."),
    ),
    "final_tier": Guard(
        lambda p, m: len(active_approvals(p)) + 1 >= required_tiers(p),
        "this approval completes the last tier (max(1, review_tiers))",
        _("Er is nog een reviewronde nodig."),
    ),
    "has_text": Guard(
        lambda p, m: bool(p.text.strip()),
        "the post has text",
        _("Het bericht heeft nog geen tekst."),
    ),
    "review_not_required": Guard(
        lambda p, m: not review_reasons(p),
        "no review is required: level groen, dossier not sensitive (hoog), account without "
        "always_review",
        _("Dit bericht heeft eerst een review nodig: %(reasons)s."),
    ),
    "approvals_valid": Guard(
        lambda p, m: len(active_approvals(p)) >= required_tiers(p) and not _any_expired(p),
        "all required approvals are present and none has expired (approval_valid_days)",
        _("De goedkeuring is verlopen of onvolledig; vraag opnieuw om review."),
    ),
    "approval_expired": Guard(
        lambda p, m: _any_expired(p),
        "an approval has expired, so the post must be reviewed again",
        _("De goedkeuring is nog geldig."),
    ),
}


def _message(name: str, post: Any) -> Any:
    guard = GUARDS[name]
    if name == "review_not_required":
        return guard.message % {"reasons": ", ".join(str(r) for r in review_reasons(post))}
    return guard.message


# --- evaluation ----------------------------------------------------------------


def _first_failure(row: Transition, post: Any, member: Any) -> str | None:
    for name in row.guards:
        if not GUARDS[name].check(post, member):
            return name
    return None


def select(post: Any, action: str, member: Any) -> Transition:
    """The row that applies, or :class:`TransitionError` with the first reason why not."""
    if action not in ACTIONS:
        raise TransitionError("unknown_action", _("Onbekende actie."))
    if member is None or not same_org(post, member):
        raise TransitionError("not_allowed", _("Je hoort niet bij de organisatie van dit account."))
    rows = [r for r in TRANSITIONS if r.source == post.state and r.action == action]
    if not rows:
        raise TransitionError(
            "invalid_state",
            _("Dit kan niet bij een bericht met status '%(state)s'.")
            % {"state": post.get_state_display()},
        )
    failures = []
    for row in rows:
        failed = _first_failure(row, post, member)
        if failed is None:
            return row
        failures.append(failed)
    raise TransitionError(failures[0], _message(failures[0], post))


def allowed_actions(post: Any, member: Any) -> list[str]:
    """Actions ``member`` may take on ``post`` now (data requirements aside)."""
    result = []
    for action in ACTIONS:
        try:
            select(post, action, member)
        except TransitionError:
            continue
        result.append(action)
    return result


def check_data(row: Transition, data: dict[str, Any]) -> None:
    for need in row.requires:
        if not any(str(data.get(key) or "").strip() for key in need.split("|")):
            raise TransitionError(f"missing_{need.split('|')[0]}", _REQUIRED[need])


_REQUIRED = {
    "text": _("Geef de tekst van het bericht."),
    "url": _("Geef het adres (URL) van het gepubliceerde bericht."),
    "reason": _("Geef een reden; de auteur leert ervan."),
    "reason|suggested_text": _("Geef een toelichting of een voorgestelde tekst."),
}


def apply(post: Any, action: str, member: Any, **data: Any) -> Any:
    """Take ``action`` on ``post`` as ``member``: effects, new state, audit events."""
    from meedoen.web.official.effects import perform

    return perform(post, action, member, data)


# --- documentation --------------------------------------------------------------


def as_markdown() -> str:
    """docs/workflow.md, generated from this table (see :mod:`.workflow_doc`)."""
    from meedoen.web.official.workflow_doc import as_markdown as render

    return render()


if __name__ == "__main__":
    print(as_markdown(), end="")
