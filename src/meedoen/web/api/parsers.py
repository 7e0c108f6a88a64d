# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""A bounded JSON parser with Dutch error messages.

The body is read up to :data:`MAX_BODY` bytes (a post is at most 100.000
characters, so 1 MB leaves room for profile and context); a larger body is
refused with 413 before it is parsed. A byte-order mark is accepted, as in
``meedoen check --jsonl``.
"""

from __future__ import annotations

import json
from typing import Any

from django.utils.translation import gettext as _
from rest_framework.parsers import BaseParser

from meedoen.web.api.problems import ApiProblem as _ApiProblem

MAX_BODY = 1024 * 1024
_BOM = b"\xef\xbb\xbf"


def ApiProblem(status: int, detail: str, code: str | None = None) -> _ApiProblem:  # noqa: N802
    """A body error; a 400 names the body in invalidParams."""
    params = (
        [{"name": "body", "code": code or "invalid", "reason": detail}] if status == 400 else None
    )
    return _ApiProblem(status, detail, code=code, invalid_params=params)


class BoundedJSONParser(BaseParser):
    media_type = "application/json"

    def parse(
        self,
        stream: Any,
        media_type: str | None = None,
        parser_context: dict[str, Any] | None = None,
    ) -> Any:
        raw = stream.read(MAX_BODY + 1) if stream is not None else b""
        if len(raw) > MAX_BODY:
            raise ApiProblem(
                413,
                _("De body is groter dan %(n)s bytes. Toets het bericht in delen.")
                % {"n": f"{MAX_BODY:_}".replace("_", ".")},
            )
        if raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ApiProblem(
                400,
                _("De body is geen geldige UTF-8 (fout bij byte %(p)d).") % {"p": exc.start},
                code="invalidJson",
            ) from None
        if not text.strip():
            raise ApiProblem(400, _("De body is leeg; stuur een JSON-object."), code="invalidJson")
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise ApiProblem(
                400,
                _("Ongeldige JSON op regel %(r)d, kolom %(k)d.")
                % {"r": exc.lineno, "k": exc.colno},
                code="invalidJson",
            ) from None
        except (ValueError, RecursionError):
            raise ApiProblem(
                400, _("Onleesbare of te diep geneste JSON."), code="invalidJson"
            ) from None
