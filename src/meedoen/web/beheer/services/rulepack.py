# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Rule pack versions of an organisation: validate, store, adopt, export.

Validation of a candidate runs, in order: the upload guard (size, encoding,
alias bombs), the codex validator of ``meedoen codex validate`` (every problem
with its line number, plus warnings), the loader the engine uses
(:func:`meedoen.web.engine.parse_version_yaml`), the organisation's own
conditions, and finally building the codex with the built-in packs, so a
stored version is always one the engine can run.

Organisation conditions (documented in docs, decided here):

* the pack id must not be the id of a built-in pack;
* every version of an organisation carries the **same pack id** as the
  versions before it: the id names the pack in the ``codex_version`` of every
  stored assessment, so changing it would break the trail from an archived
  post to the rules it was checked under;
* the version string is unique within the organisation.

A stored version's YAML is never changed: editing makes a new version, and
adopting only sets the date in force and the adoption time.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import yaml
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from meedoen.core.codex.codex import load_codex
from meedoen.core.codex.loader import builtin_packs
from meedoen.core.codex.models import Pack
from meedoen.core.codex.validate import validate_pack_file
from meedoen.core.errors import MeedoenError
from meedoen.web.audit.events import RulePackAdopted, RulePackUploaded, record
from meedoen.web.beheer.services.yaml_guard import UploadProblemError, screen_text
from meedoen.web.engine import effective_pack, parse_version_yaml
from meedoen.web.organisation.models import Organisation, RulePackVersion


@dataclass
class CandidateReport:
    """Outcome of validating a candidate pack text."""

    text: str = ""
    pack: Pack | None = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and self.pack is not None


def expected_pack_id(org: Organisation) -> str | None:
    """The pack id earlier versions of ``org`` use (the oldest one), if any."""
    first = org.rule_packs.order_by("created_at", "pk").first()
    if first is None:
        return None
    try:
        return parse_version_yaml(first.yaml).id
    except MeedoenError:
        return None


def _codex_validate(text: str, report: CandidateReport) -> None:
    """Run the validator of ``meedoen codex validate`` on the text (via a temp file)."""
    fd, path = tempfile.mkstemp(suffix=".yaml", prefix="meedoen-pack-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
        result = validate_pack_file(path)
    finally:
        os.unlink(path)
    report.errors.extend(result.errors)
    report.warnings.extend(result.warnings)


def validate_candidate(
    org: Organisation, text: str, *, exclude: RulePackVersion | None = None
) -> CandidateReport:
    """Every problem with ``text`` as a new version of ``org``'s pack; never raises."""
    report = CandidateReport(text=text)
    try:
        screen_text(text)
    except UploadProblemError as exc:
        report.errors.append(str(exc))
        return report
    _codex_validate(text, report)
    if report.errors:
        return report
    try:
        pack = parse_version_yaml(text)
    except MeedoenError as exc:
        report.errors.append(exc.message)
        return report
    _organisation_rules(org, pack, report, exclude)
    if report.errors:
        return report
    try:
        load_codex(effective_pack(org, RulePackVersion(organisation=org, yaml=text)))
    except MeedoenError as exc:
        report.errors.append(exc.message)
        return report
    if pack.kind != "organisation":
        report.warnings.append(
            _("kind is '%(kind)s'; meedoen gebruikt dit pakket als organisatiepakket.")
            % {"kind": pack.kind}
        )
    report.pack = pack
    return report


def _organisation_rules(
    org: Organisation, pack: Pack, report: CandidateReport, exclude: RulePackVersion | None
) -> None:
    if any(p.id == pack.id for p in builtin_packs()):
        report.errors.append(
            _("id: '%(id)s' is de naam van een ingebouwd pakket; kies een eigen id.")
            % {"id": pack.id}
        )
    expected = expected_pack_id(org)
    if expected and pack.id != expected:
        report.errors.append(
            _(
                "id: het pakket heet '%(id)s', maar eerdere versies van deze organisatie heten "
                "'%(expected)s'. Houd dezelfde id aan; verhoog alleen 'version'."
            )
            % {"id": pack.id, "expected": expected}
        )
    taken = org.rule_packs.filter(version=pack.version)
    if exclude is not None:
        taken = taken.exclude(pk=exclude.pk)
    if taken.exists():
        report.errors.append(
            _("version: versie '%(v)s' bestaat al; geef de nieuwe versie een eigen nummer.")
            % {"v": pack.version}
        )
    if len(pack.version) > 40:
        report.errors.append(_("version: een versienummer heeft hooguit 40 tekens."))


@transaction.atomic
def store_version(
    org: Organisation, report: CandidateReport, *, user: Any, note: str = ""
) -> RulePackVersion:
    """Save a validated candidate as a draft (not adopted) version and audit it."""
    assert report.ok and report.pack is not None
    pack = report.pack
    version = RulePackVersion.objects.create(
        organisation=org,
        version=pack.version,
        yaml=report.text,
        in_force_from=pack.in_force_from or timezone.localdate(),
        note=note[:300],
        created_by=user if getattr(user, "pk", None) else None,
    )
    record(
        RulePackUploaded(
            version=version.version,
            in_force_from=version.in_force_from.isoformat(),
            sha256=hashlib.sha256(report.text.encode("utf-8")).hexdigest(),
        ),
        actor=user,
        organisation=org,
        obj=version,
    )
    return version


class AlreadyAdoptedError(Exception):
    """A version is adopted once; a change means a new version."""


@transaction.atomic
def adopt(version: RulePackVersion, in_force_from: date, *, user: Any) -> RulePackVersion:
    """Adopt (vaststellen) a draft with its date in force; audited."""
    locked = RulePackVersion.objects.select_for_update().get(pk=version.pk)
    if locked.adopted_at is not None:
        raise AlreadyAdoptedError
    locked.in_force_from = in_force_from
    locked.adopted_at = timezone.now()
    locked.save(update_fields=["in_force_from", "adopted_at"])
    record(
        RulePackAdopted(version=locked.version, in_force_from=in_force_from.isoformat()),
        actor=user,
        organisation=locked.organisation,
        obj=locked,
    )
    return locked


def export_yaml(org: Organisation, version: RulePackVersion | None) -> str:
    """The effective pack (rules of ``version`` + the tables) as one YAML file.

    Works with ``meedoen check --organisatie FILE`` and ``meedoen codex validate``.
    """
    pack = effective_pack(org, version)
    data = pack.model_dump(mode="json", exclude_none=True)
    label = version.version if version else _("geen vastgestelde versie")
    head = (
        f"# Regelpakket van {org.name}, versie {label}, "
        f"geëxporteerd uit meedoen op {timezone.localdate().isoformat()}.\n"
        "# Regels uit de versie, gegevens (dossiers, verkiezingen, mailboxen, accounts)\n"
        "# uit de beheertabellen. Gebruik: meedoen check --organisatie dit-bestand.yaml\n"
    )
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
