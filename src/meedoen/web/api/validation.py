# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Validate a toets request and list *every* invalid field (invalidParams).

The body is one line of ``meedoen check --jsonl``: ``text``, optional
``profile``, ``context`` and ``id``. The CLI stops at the first problem of a
line; the API reports all of them at once, with the same Dutch messages
(:class:`meedoen.core.errors.Errors`) and per-field reasons for profile and
context, mapped from the pydantic models the engine itself uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _
from pydantic import BaseModel, ValidationError

from meedoen.core.assessment.engine import validate_text
from meedoen.core.assessment.models import Context, Profile
from meedoen.core.errors import Errors, InputError, MeedoenError, kind_of

# meedoen error code → invalidParams code for the text field.
_TEXT_CODES = {"E101": "required", "E102": "maxLength", "E104": "binary", "E105": "invisible"}


@dataclass
class ToetsRequest:
    text: str
    profile: dict[str, Any] | None
    context: dict[str, Any] | None


def _param(name: str, code: str, reason: str) -> dict[str, str]:
    return {"name": name, "code": code, "reason": reason}


def _loc(prefix: str, loc: tuple[Any, ...]) -> str:
    name = prefix
    for part in loc:
        name += f"[{part}]" if isinstance(part, int) else f".{part}"
    return name


def _reason(err: dict[str, Any]) -> tuple[str, str]:
    """(code, Dutch reason) for one pydantic error."""
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return "required", _("verplicht veld ontbreekt")
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", " of ")
        return "enum", _("ongeldige waarde %(v)r; kies uit: %(e)s") % {
            "v": err.get("input"),
            "e": expected,
        }
    if kind.startswith("date"):
        return "date", _("ongeldige datum; verwacht JJJJ-MM-DD, bijvoorbeeld 2026-03-18")
    if kind.startswith("int"):
        return "integer", _("moet een geheel getal zijn")
    if kind == "greater_than_equal":
        return "minimum", _("mag niet kleiner zijn dan %(n)s") % {"n": ctx.get("ge")}
    if kind == "string_too_short":
        return "minLength", _("mag niet leeg zijn")
    if kind.startswith("string"):
        return "string", _("moet een tekst zijn")
    if kind.startswith("bool"):
        return "boolean", _("moet true of false zijn")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return "object", _("moet een object zijn")
    if kind.startswith("list"):
        return "array", _("moet een lijst zijn")
    return "invalid", _("ongeldige waarde")


def _object_errors(
    name: str, value: Any, model: type[BaseModel], error: Errors
) -> list[dict[str, str]]:
    if value is None:
        return []
    if not isinstance(value, dict):
        detail = f"'{name}' moet een object zijn, niet {kind_of(value)}"
        return [_param(name, "object", MeedoenError(error, detail=detail).message)]
    try:
        model.model_validate(value)
    except ValidationError as exc:
        out = []
        for err in exc.errors():
            code, reason = _reason(err)
            out.append(_param(_loc(name, tuple(err.get("loc", ()))), code, reason))
        return out
    return []


def text_errors(data: dict[str, Any]) -> list[dict[str, str]]:
    text = data.get("text")
    try:
        if text is None:
            raise InputError(Errors.E101)
        if not isinstance(text, str):
            raise InputError(Errors.E106, kind=kind_of(text))
        validate_text(text)
    except InputError as exc:
        return [_param("text", _TEXT_CODES.get(exc.code, "string"), exc.message)]
    return []


def validate_toets(data: dict[str, Any]) -> tuple[ToetsRequest | None, list[dict[str, str]]]:
    """The request, or None with the list of every invalid field."""
    errors = text_errors(data)
    errors += _object_errors("profile", data.get("profile"), Profile, Errors.E201)
    errors += _object_errors("context", data.get("context"), Context, Errors.E202)
    if errors:
        return None, errors
    return ToetsRequest(data["text"], data.get("profile"), data.get("context")), []
