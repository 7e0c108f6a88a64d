# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Rule pack pages: upload, validation in Dutch, diff, preview, adopt, export.

The flow "a beheerder uploads a rule pack that changes a verdict" runs here
end to end through the pages with the Django test client.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from meedoen.core.codex.codex import load_codex
from meedoen.web import engine
from meedoen.web.accounts.models import Role
from meedoen.web.audit.events import verify
from meedoen.web.audit.models import AuditEvent
from meedoen.web.organisation.models import RulePackVersion

from .test_beheer_support import ADDED_RULE, DISABLE_BSN_RULE, pack_text

pytestmark = pytest.mark.django_db

BSN_POST = "Mijn BSN is 111222333"
_SCRIPT = Path(sys.executable).with_name("meedoen")
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "meedoen.cli.main"]


@pytest.fixture
def beheerder(make_member):
    return make_member(Role.BEHEERDER, username="eva")


@pytest.fixture
def c(beheerder, client_for):
    return client_for(beheerder)


def _upload(c, text=None, file=None, note=""):
    data = {"note": note, "yaml": text or ""}
    if file is not None:
        data["file"] = file
    return c.post(reverse("beheer:rulepack_new"), data)


def test_a_valid_textarea_pack_becomes_a_draft_version(org, c, beheerder):
    before = org.rule_packs.count()
    response = _upload(c, pack_text("2026.2.0"), note="Nieuwe versie")
    assert response.status_code == 302
    version = org.rule_packs.get(version="2026.2.0")
    assert response["Location"] == reverse("beheer:rulepack_detail", args=[version.pk])
    assert version.adopted_at is None and version.created_by == beheerder.user
    assert version.note == "Nieuwe versie"
    assert org.rule_packs.count() == before + 1
    row = AuditEvent.objects.get(action="rulepack.uploaded")
    assert row.data["version"] == "2026.2.0" and len(row.data["sha256"]) == 64
    assert row.actor_label == "eva" and row.organisation_id == org.pk
    detail = c.get(response["Location"]).content.decode()
    assert "concept" in detail


def test_a_valid_file_upload_becomes_a_draft_version(org, c):
    upload = SimpleUploadedFile("pakket.yaml", pack_text("2026.3.0").encode(), "application/yaml")
    assert _upload(c, file=upload).status_code == 302
    assert org.rule_packs.filter(version="2026.3.0", adopted_at__isnull=True).exists()


BAD_UPLOADS = [
    ("malformed", b"id: x\ntitle: [niet gesloten\nversion: 1\n", "regel"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binair"),
    ("latin-1", "id: café\n".encode("latin-1"), "UTF-8"),
    ("two MB", b"# " + b"x" * (2 * 1024 * 1024) + b"\n", "te groot"),
    ("list", b"- een\n- lijst\n", "mapping"),
    ("empty", b"   \n", "leeg"),
    (
        "alias bomb",
        b'id: x\ntitle: t\nversion: "9"\n'
        + b'a: &a ["l","l","l","l","l","l","l","l","l","l"]\n'
        + b"".join(
            f"{n}: &{n} [{', '.join(['*' + p] * 10)}]\n".encode()
            for p, n in zip("abcdef", "bcdefg", strict=True)
        ),
        "verwijzingen",
    ),
    ("recursive alias", b'id: x\ntitle: t\nversion: "9"\nrules: &r [*r]\n', "verwijzingen"),
    ("unknown field", pack_text("2026.4.0").replace("title:", "titel:", 1).encode(), "onbekend"),
    ("builtin id", b'id: privacy\ntitle: t\nversion: "1"\nkind: organisation\n', "ingebouwd"),
    ("other pack id", b'id: iets-anders\ntitle: t\nversion: "5"\nkind: organisation\n', "id"),
    ("existing version", pack_text("2026.1.0").encode(), "bestaat al"),
    ("bad date", pack_text("2026.5.0").replace("2025-01-01", "2025-02-30", 1).encode(), "datum"),
]


# Bytes that are not text cannot be typed into a textarea: those cases are uploads only.
BAD_CASES = [
    pytest.param(how, label, raw, needle, id=f"{label}-{how}")
    for label, raw, needle in BAD_UPLOADS
    for how in ("file", "textarea")
    if not (how == "textarea" and label in ("binary", "latin-1"))
]


@pytest.mark.parametrize("how,label,raw,needle", BAD_CASES)
def test_bad_packs_give_a_dutch_error_and_store_nothing(org, c, label, raw, needle, how):
    before = list(org.rule_packs.values_list("pk", "yaml"))
    audit_before = AuditEvent.objects.count()
    if how == "file":
        response = _upload(c, file=SimpleUploadedFile("pakket.yaml", raw))
    else:
        response = _upload(c, text=raw.decode("utf-8"))
    assert response.status_code in (200, 400)
    page = response.content.decode()
    assert "Traceback" not in page
    assert "niet opgeslagen" in page or "utrecht-form-field-error-message" in page
    assert needle.lower() in page.lower(), page[:3000]
    assert list(org.rule_packs.values_list("pk", "yaml")) == before
    assert AuditEvent.objects.count() == audit_before


def test_every_validation_problem_is_listed(org, c):
    text = (
        pack_text("2026.6.0")
        .replace("title:", "titel:", 1)
        .replace("kind: organisatie", "kind: onzin", 1)
    )
    page = _upload(c, text=text).content.decode()
    assert "titel" in page and "onzin" in page
    assert "2 problemen" in page or "problemen in het regelpakket" in page


def test_hostile_text_in_a_pack_is_escaped(org, c):
    text = pack_text("2026.7.0").replace(
        "title: Gedragscode sociale media gemeente Voorbeeldstad",
        "title: <script>alert(1)</script>",
        1,
    )
    response = _upload(c, text=text)
    assert response.status_code == 302
    page = c.get(response["Location"]).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_warnings_of_codex_validate_are_shown(org, c):
    response = _upload(
        c, text=pack_text("2026.8.0", ADDED_RULE.replace("    verification_note: testdata\n", ""))
    )
    assert response.status_code == 302
    page = c.get(response["Location"]).content.decode()
    assert "verification_note" in page and "Waarschuwingen" in page


def test_the_diff_page_lists_an_added_rule(org, c):
    _upload(c, text=pack_text("2026.2.0", ADDED_RULE))
    a = org.rule_packs.get(version="2026.1.0")
    b = org.rule_packs.get(version="2026.2.0")
    response = c.get(reverse("beheer:rulepack_diff"), {"a": a.pk, "b": b.pk})
    page = response.content.decode()
    assert response.status_code == 200
    assert "testgemeente.nieuwe-regel.v1" in page and "Een nieuwe eigen regel" in page
    assert response.context["diff"].added[0].id == "testgemeente.nieuwe-regel.v1"
    assert "version" in page  # pack metadata: 2026.1.0 → 2026.2.0


def test_a_rule_pack_that_changes_a_verdict_end_to_end(org, c, make_member):
    """Upload → preview → adopt through the pages; the engine's verdict changes."""
    author = make_member(Role.MEDEWERKER)
    today = timezone.localdate().isoformat()
    assert engine.check(BSN_POST, member=author).level == "rood"

    response = _upload(c, text=pack_text("2026.2.0", DISABLE_BSN_RULE))
    assert response.status_code == 302
    candidate = org.rule_packs.get(version="2026.2.0")
    # not adopted yet: nothing changes for anyone
    assert engine.check(BSN_POST, member=author).level == "rood"
    # the engine with the candidate shows what would change
    assert engine.check(BSN_POST, member=author, version=candidate).level == "groen"

    preview = c.get(reverse("beheer:rulepack_preview", args=[candidate.pk]))
    assert preview.status_code == 200

    adopted = c.post(
        reverse("beheer:rulepack_adopt", args=[candidate.pk]), {"in_force_from": today}
    )
    assert adopted.status_code == 302
    candidate.refresh_from_db()
    assert candidate.adopted_at is not None
    assert str(candidate.in_force_from) == today
    assert org.active_pack() == candidate

    after = engine.check(BSN_POST, member=author)
    assert after.level == "groen"
    assert "uavg.art46.v1" not in {f.rule for f in after.findings}
    assert "gemeente-voorbeeldstad@2026.2.0" in after.codex_version

    actions = list(AuditEvent.objects.values_list("action", flat=True))
    assert actions == ["rulepack.uploaded", "rulepack.adopted"]
    assert verify().ok


def test_an_adopted_version_is_never_adopted_or_changed_again(org, c):
    _upload(c, text=pack_text("2026.2.0"))
    version = org.rule_packs.get(version="2026.2.0")
    url = reverse("beheer:rulepack_adopt", args=[version.pk])
    c.post(url, {"in_force_from": "2026-01-01"})
    version.refresh_from_db()
    first = (version.adopted_at, version.in_force_from, version.yaml)
    response = c.post(url, {"in_force_from": "2027-01-01"}, follow=True)
    assert "al vastgesteld" in response.content.decode()
    version.refresh_from_db()
    assert (version.adopted_at, version.in_force_from, version.yaml) == first
    assert AuditEvent.objects.filter(action="rulepack.adopted").count() == 1


def test_adopting_needs_a_valid_date(org, c):
    _upload(c, text=pack_text("2026.2.0"))
    version = org.rule_packs.get(version="2026.2.0")
    response = c.post(
        reverse("beheer:rulepack_adopt", args=[version.pk]), {"in_force_from": "morgen"}
    )
    assert response.status_code == 400
    version.refresh_from_db()
    assert version.adopted_at is None


def test_a_new_version_starts_from_the_adopted_text(org, c):
    page = c.get(reverse("beheer:rulepack_new"))
    assert page.context["form"].initial["yaml"] == org.active_pack().yaml


def test_the_export_works_with_the_cli(org, c, tmp_path: Path):
    org.mailboxes.create(address="nieuw@testgemeente.example")
    response = c.get(reverse("beheer:rulepack_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/yaml")
    assert "attachment" in response["Content-Disposition"]
    path = tmp_path / "export.yaml"
    path.write_bytes(response.content)
    codex = load_codex(path)
    assert "nieuw@testgemeente.example" in codex.organisation.functional_mailboxes
    assert "voorbeeldstad.pers.v1" in codex
    run = subprocess.run(
        [*CLI, "check", "--organisatie", str(path), BSN_POST],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2, run.stderr  # rood, as with the adopted pack
    valid = subprocess.run(
        [*CLI, "codex", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert valid.returncode == 0, valid.stderr


def test_versions_list_shows_status_and_author(org, c):
    _upload(c, text=pack_text("2026.2.0"), note="<b>let op</b>")
    page = c.get(reverse("beheer:rulepack")).content.decode()
    assert "2026.1.0" in page and "2026.2.0" in page
    assert "in gebruik" in page and "concept" in page
    assert "&lt;b&gt;let op&lt;/b&gt;" in page
    assert RulePackVersion.objects.filter(organisation=org).count() == 2


def test_adopting_with_an_early_date_warns_that_a_later_version_stays(org, c):
    _upload(c, text=pack_text("2026.2.0"))
    version = org.rule_packs.get(version="2026.2.0")
    response = c.post(
        reverse("beheer:rulepack_adopt", args=[version.pk]),
        {"in_force_from": "2024-06-01"},
        follow=True,
    )
    page = response.content.decode()
    assert "2026.1.0" in page and "blijft" in page
    assert org.active_pack().version == "2026.1.0"


def test_the_demo_draft_is_created_once_and_not_adopted(org, beheerder):
    from meedoen.web.beheer import demo

    demo.load(org, {"eva": beheerder})
    demo.load(org, {"eva": beheerder})
    draft = org.rule_packs.get(version=demo.DRAFT_VERSION)
    assert draft.adopted_at is None and draft.created_by == beheerder.user
    assert org.active_pack().version == "2026.1.0"
