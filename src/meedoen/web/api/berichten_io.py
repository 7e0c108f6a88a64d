# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""JSON in and out for official posts: representation, body validation, error mapping.

The representation extends the archive record of
:func:`meedoen.web.official.archive.post_record` (one shape for the export and
the API) with the working text and the actions the caller may take now.
Permission and state rules are never decided here: a
:class:`~meedoen.web.official.workflow.TransitionError` from the services is
only translated into an HTTP status.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from meedoen.web.api.problems import ApiProblem, invalid_input
from meedoen.web.api.validation import text_errors
from meedoen.web.official import services
from meedoen.web.official.models import OfficialPost
from meedoen.web.official.workflow import ACTIONS, TransitionError

# TransitionError codes that mean "your role or relation to the post does not allow this".
FORBIDDEN_CODES = {
    "not_allowed",
    "is_editor",
    "is_reviewer",
    "is_editor_or_reviewer",
    "not_own_post",
    "not_approved_by_member",
}
# Codes about missing or wrong data: 400 with the field in invalidParams.
DATA_FIELDS = {
    "missing_text": "text",
    "missing_url": "url",
    "missing_reason": "reason",
    "unknown_action": "actie",
    "invalid_dossier": "dossier",
    "published_in_future": "published_at",
}


def post_summary(post: OfficialPost) -> dict[str, Any]:
    """A post in a list: no assessment or reviews, to keep lists light."""
    return {
        "id": post.pk,
        "account": {"id": post.account_id, "name": post.account.name},
        "channel": post.account.channel,
        "author": post.author.display_name if post.author else "",
        "state": post.state,
        "level": post.level,
        "dossier": post.dossier.name if post.dossier else None,
        "text": post.text,
        "created_at": post.created_at.isoformat(),
        "updated_at": post.updated_at.isoformat(),
        "published_at": post.published_at.isoformat() if post.published_at else None,
        "published_url": post.published_url,
    }


def post_detail(post: OfficialPost, member: Any) -> dict[str, Any]:
    """One post in full: the archive record, the working text and the allowed actions."""
    return {
        **services.post_record(post),
        "text": post.text,
        "updated_at": post.updated_at.isoformat(),
        "submitted_at": post.submitted_at.isoformat() if post.submitted_at else None,
        "allowed_actions": services.allowed_actions(post, member),
    }


def transition_problem(exc: TransitionError) -> ApiProblem:
    """A refused move as problem+json: 400 (data), 403 (role) or 409 (state)."""
    message = str(exc.message)
    if exc.code in DATA_FIELDS:
        code = "enum" if exc.code == "unknown_action" else "required"
        if exc.code in ("invalid_dossier", "published_in_future"):
            code = "invalid"
        return invalid_input(
            [{"name": DATA_FIELDS[exc.code], "code": code, "reason": message}], detail=message
        )
    if exc.code in FORBIDDEN_CODES:
        return ApiProblem(403, message, code="forbidden")
    return ApiProblem(409, message, code="conflict")


def _param(name: str, code: str, reason: str) -> dict[str, str]:
    return {"name": name, "code": code, "reason": reason}


def require_object(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        detail = _("De body moet een JSON-object zijn.")
        raise ApiProblem(
            400, detail, code="invalidJson", invalid_params=[_param("body", "object", detail)]
        )
    return data


def _pk(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def resolve_dossier(org: Any, value: Any, errors: list[dict[str, str]]) -> Any:
    """A dossier of ``org`` by id (None clears it); unknown ids are errors."""
    if value is None:
        return None
    pk = _pk(value)
    dossier = org.dossiers.filter(pk=pk).first() if pk is not None else None
    if dossier is None:
        errors.append(_param("dossier", "invalid", _("Onbekend dossier van je organisatie.")))
    return dossier


def parse_new_post(member: Any, data: dict[str, Any]) -> tuple[Any, str, Any]:
    """(account, text, dossier) for a new post, or 400 listing every problem."""
    errors = text_errors(data)
    account = None
    pk = _pk(data.get("account"))
    if data.get("account") is None:
        errors.append(_param("account", "required", _("Kies het organisatie-account.")))
    else:
        account = member.organisation.official_accounts.filter(pk=pk).first() if pk else None
        if account is None:
            errors.append(_param("account", "invalid", _("Onbekend organisatie-account.")))
    dossier = resolve_dossier(member.organisation, data.get("dossier"), errors)
    if errors:
        raise invalid_input(errors)
    return account, data["text"], dossier


def _published_at(value: Any, errors: list[dict[str, str]]) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        errors.append(
            _param(
                "published_at",
                "dateTime",
                _("Ongeldig tijdstip; gebruik ISO 8601, bijvoorbeeld 2026-03-18T09:30:00+01:00."),
            )
        )
        return None
    return timezone.make_aware(when) if timezone.is_naive(when) else when


def parse_transition(post: OfficialPost, data: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(action, workflow data) from the body; the workflow decides whether it may."""
    errors: list[dict[str, str]] = []
    action = data.get("actie")
    if not isinstance(action, str) or action not in ACTIONS:
        errors.append(
            _param("actie", "enum", _("Kies een actie: %(a)s.") % {"a": ", ".join(ACTIONS)})
        )
    kwargs: dict[str, Any] = {}
    for key in ("text", "reason", "suggested_text", "url"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            errors.append(_param(key, "string", _("Moet een tekst zijn.")))
        else:
            kwargs[key] = value
    if "url" in kwargs and not kwargs["url"].strip().lower().startswith(("https://", "http://")):
        errors.append(_param("url", "url", _("Gebruik een http- of https-adres.")))
    if "published_at" in data:
        kwargs["published_at"] = _published_at(data["published_at"], errors)
    if "dossier" in data:
        kwargs["dossier"] = resolve_dossier(post.account.organisation, data["dossier"], errors)
    if errors:
        raise invalid_input(errors)
    return str(action), kwargs
