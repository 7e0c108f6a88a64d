# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dutch wording for PyYAML and pydantic problems in a rule pack.

PyYAML and pydantic report in English; an author of a pack gets the common
problems in plain Dutch. Anything not listed is passed on as the library says it.
"""

from __future__ import annotations

from typing import Any

import yaml

# Common PyYAML problems in plain Dutch; anything else is shown as PyYAML says it.
_YAML_PROBLEMS = (
    ("found character '\\t'", "een tab-teken is in YAML niet toegestaan; gebruik spaties"),
    (
        "mapping values are not allowed here",
        "dubbele punt op een plek waar dat niet mag (zet tekst met ': ' tussen aanhalingstekens)",
    ),
    ("did not find expected key", "verwachtte een sleutel; controleer de inspringing"),
    ("could not find expected ':'", "verwachtte een ':' na de sleutel"),
    (
        "did not find expected '-' indicator",
        "verwachtte een lijstelement ('- '); controleer de inspringing",
    ),
    ("found undefined alias", "verwijzing naar een onbekend anker (*naam)"),
    (
        "found unexpected end of stream",
        "het bestand houdt onverwacht op (aanhalingsteken of haakje niet gesloten?)",
    ),
    ("did not find expected ',' or ']'", "verwachtte ',' of ']' in een lijst"),
    ("did not find expected ',' or '}'", "verwachtte ',' of '}' in een mapping"),
    (
        "found unknown escape character",
        "onbekende escape-reeks in tekst tussen dubbele aanhalingstekens",
    ),
    ("expected a single document", "het bestand bevat meer dan één YAML-document ('---')"),
)

_PYDANTIC_TYPES = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekend veld (tikfout?)",
    "string_type": "moet tekst zijn",
    "list_type": "moet een lijst zijn",
    "dict_type": "moet een mapping (sleutel: waarde) zijn",
    "model_type": "moet een mapping (sleutel: waarde) zijn",
    "model_attributes_type": "moet een mapping (sleutel: waarde) zijn",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "date_parsing": "geen geldige datum (gebruik JJJJ-MM-DD)",
    "date_from_datetime_parsing": "geen geldige datum (gebruik JJJJ-MM-DD)",
    "date_from_datetime_inexact": "een datum zonder tijd (JJJJ-MM-DD)",
}


def yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    where = f"regel {mark.line + 1}, kolom {mark.column + 1}: " if mark else ""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    for needle, dutch in _YAML_PROBLEMS:
        if needle in problem:
            return f"YAML-fout op {where}{dutch}"
    return f"YAML-fout op {where}{problem}"


def dutch_message(err: Any) -> str:
    kind = err.get("type", "")
    if kind in _PYDANTIC_TYPES:
        return _PYDANTIC_TYPES[kind]
    ctx = err.get("ctx") or {}
    if kind == "literal_error":
        return f"ongeldige waarde {err.get('input')!r}; kies uit {ctx.get('expected', '')}".replace(
            "' or '", "', '"
        )
    if kind == "string_pattern_mismatch":
        return (
            f"ongeldige waarde {err.get('input')!r}: een regel-id bestaat uit kleine letters, cijfers, "
            "'-', '_' en punten en eindigt op een versie zoals '.v1'"
            if "v[0-9]" in str(ctx.get("pattern", ""))
            else f"ongeldige waarde {err.get('input')!r}: alleen kleine letters, cijfers, '.', '-' en '_'"
        )
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = ctx.get("ge", ctx.get("le"))
        return f"waarde {err.get('input')!r} ligt buiten het toegestane bereik (grens {bound})"
    msg = str(err.get("msg", ""))
    return msg.removeprefix("Value error, ")
