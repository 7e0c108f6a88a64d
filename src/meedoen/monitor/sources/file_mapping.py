# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Column mappings for file imports: which of *their* columns fill *our* fields.

A mapping names, for each RawPost field, one column or a list of candidate
columns (the first non-empty one wins), plus metric columns, date formats,
the time zone for dates without one, and (CSV) the delimiter. JSONL columns
may be dotted paths into nested objects (``record.text``).

It can be given as a preset name, a dict, or a YAML file::

    preset: 4cat-csv          # optional: start from a preset
    fields:
      text: body
      published_at: [timestamp, created_at]
    metrics:
      likes: like_count
    date_formats: ["%d-%m-%Y %H:%M"]
    timezone: Europe/Amsterdam
    delimiter: ";"

Presets and their ASSUMED column names (documented in
docs/monitoring-sources.md; check them against your own export):

* ``4cat-csv`` / ``4cat-ndjson``: 4CAT's mapped-item columns: ``id``,
  ``body``, ``timestamp`` (``YYYY-MM-DD HH:MM:SS``, UTC) or ``created_at`` or
  ``unix_timestamp``, ``link``/``url``, ``author``, ``language``/``lang``,
  ``replied_to_post``, counts ``like_count``, ``repost_count``,
  ``reply_count``, ``quote_count``, ``views``.
* ``coosto-csv``: a Coosto-style Dutch export, ``;``-separated: ``id`` or
  ``url``, ``bericht``/``bericht tekst``, ``datum`` (``dd-mm-jjjj uu:mm``,
  Dutch time), ``auteur``, ``taal``, ``bereik``, ``engagement``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from meedoen.monitor.sources.base import SourceError

FIELDS = (
    "source_id",
    "text",
    "published_at",
    "url",
    "author_handle",
    "lang_declared",
    "in_reply_to",
)
REQUIRED = ("source_id", "text", "published_at")
FIELD_NAMES_NL = {
    "source_id": "id",
    "text": "tekst",
    "published_at": "datum/tijd",
    "url": "url",
    "author_handle": "auteur",
    "lang_declared": "taal",
    "in_reply_to": "reactie op",
}


@dataclass(frozen=True)
class ColumnMapping:
    fields: Mapping[str, tuple[str, ...]]
    metrics: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    date_formats: tuple[str, ...] = ()
    timezone: str = "UTC"
    delimiter: str | None = None  # CSV only; None = detect from the header line

    @property
    def zone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise SourceError(
                f"Onbekende tijdzone '{self.timezone}' in de kolomindeling."
            ) from None

    def missing_required(self, columns: set[str]) -> list[str]:
        """Required fields none of whose candidate columns is among ``columns``."""
        return [f for f in REQUIRED if not any(c in columns for c in self.fields.get(f, ()))]


_4CAT_FIELDS = {
    "source_id": ("id",),
    "text": ("body",),
    "published_at": ("timestamp", "created_at", "unix_timestamp"),
    "url": ("link", "url", "post_url"),
    "author_handle": ("author", "author_username"),
    "lang_declared": ("language", "lang"),
    "in_reply_to": ("replied_to_post", "reply_to"),
}
_4CAT_METRICS = {
    "likes": ("like_count", "likes"),
    "reposts": ("repost_count", "reposts", "retweets", "shares"),
    "replies": ("reply_count", "replies", "num_replies"),
    "quotes": ("quote_count",),
    "views": ("views", "view_count"),
}

PRESETS: dict[str, ColumnMapping] = {
    "4cat-csv": ColumnMapping(_4CAT_FIELDS, _4CAT_METRICS, ("%Y-%m-%d %H:%M:%S",), "UTC", ","),
    "4cat-ndjson": ColumnMapping(_4CAT_FIELDS, _4CAT_METRICS, ("%Y-%m-%d %H:%M:%S",), "UTC"),
    "coosto-csv": ColumnMapping(
        {
            "source_id": ("id", "url"),
            "text": ("bericht", "bericht tekst", "tekst"),
            "published_at": ("datum", "datum/tijd"),
            "url": ("url",),
            "author_handle": ("auteur",),
            "lang_declared": ("taal",),
        },
        {"reach": ("bereik",), "engagement": ("engagement",)},
        ("%d-%m-%Y %H:%M", "%d-%m-%Y %H:%M:%S", "%d-%m-%Y"),
        "Europe/Amsterdam",
        ";",
    ),
}


def _columns(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str) and value:
        return (value,)
    if isinstance(value, list | tuple) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise SourceError(f"Kolomindeling: '{where}' moet een kolomnaam of een lijst kolomnamen zijn.")


def mapping_from_dict(data: Mapping[str, Any]) -> ColumnMapping:
    """Build a mapping from a dict (the YAML structure, or a flat field → column dict)."""
    base = PRESETS.get(str(data.get("preset", "")))
    if "preset" in data and base is None:
        raise SourceError(
            f"Onbekende voorinstelling '{data['preset']}'. Kies uit: {', '.join(sorted(PRESETS))}."
        )
    flat = {k: v for k, v in data.items() if k in FIELDS}
    fields_in = {**flat, **dict(data.get("fields") or {})}
    unknown = sorted(set(fields_in) - set(FIELDS))
    if unknown:
        raise SourceError(
            f"Kolomindeling: onbekende velden {', '.join(unknown)}. Bekend: {', '.join(FIELDS)}."
        )
    fields = dict(base.fields) if base else {}
    fields.update({k: _columns(v, k) for k, v in fields_in.items()})
    metrics = dict(base.metrics) if base else {}
    metrics.update({k: _columns(v, f"metrics.{k}") for k, v in (data.get("metrics") or {}).items()})
    mapping = ColumnMapping(fields, metrics)
    if base:
        mapping = replace(
            mapping,
            date_formats=base.date_formats,
            timezone=base.timezone,
            delimiter=base.delimiter,
        )
    if "date_formats" in data:
        mapping = replace(mapping, date_formats=_columns(data["date_formats"], "date_formats"))
    if "timezone" in data:
        mapping = replace(mapping, timezone=str(data["timezone"]))
    if "delimiter" in data:
        mapping = replace(mapping, delimiter=str(data["delimiter"]) or None)
    missing = [f for f in REQUIRED if f not in mapping.fields]
    if missing:
        raise SourceError(
            "Kolomindeling onvolledig: geef een kolom op voor "
            + ", ".join(f"'{f}' ({FIELD_NAMES_NL[f]})" for f in missing)
            + "."
        )
    mapping.zone  # noqa: B018 - validate the time zone early
    return mapping


def load_mapping(
    spec: ColumnMapping | Mapping[str, Any] | str | Path | None,
) -> ColumnMapping | None:
    """A mapping from a preset name, a dict, a YAML file path, or None (decide later)."""
    if spec is None or isinstance(spec, ColumnMapping):
        return spec
    if isinstance(spec, Mapping):
        return mapping_from_dict(spec)
    if isinstance(spec, str) and spec in PRESETS:
        return PRESETS[spec]
    path = Path(spec)
    if not path.is_file():
        raise SourceError(
            f"Kolomindeling '{spec}' is geen voorinstelling ({', '.join(sorted(PRESETS))}) "
            "en geen bestaand YAML-bestand."
        )
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise SourceError(f"Het YAML-bestand '{path}' kan niet worden gelezen: {err}") from None
    if not isinstance(data, Mapping):
        raise SourceError(f"Het YAML-bestand '{path}' moet een mapping bevatten.")
    return mapping_from_dict(data)
