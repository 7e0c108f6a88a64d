# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The audit log: append-only, hash-chained, verifiable from the CLI."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.db import connection

from meedoen.web.audit.events import RulePackAdopted, SettingChanged, record, verify
from meedoen.web.audit.models import GENESIS, AppendOnlyError, AuditEvent

pytestmark = pytest.mark.django_db(transaction=True)


def _three(org, actor=None):
    return [
        record(
            SettingChanged(setting="dossier", change="created", summary=f"d{i}"),
            actor=actor,
            organisation=org,
        )
        for i in range(3)
    ]


def test_chain_links_each_row_to_the_previous(org):
    rows = _three(org)
    assert rows[0].prev_hash == GENESIS
    assert [r.prev_hash for r in rows[1:]] == [r.hash for r in rows[:-1]]
    assert verify().ok and verify().checked == 3


def test_rows_cannot_be_changed_or_deleted_through_the_orm(org):
    row = _three(org)[1]
    row.action = "iets anders"
    with pytest.raises(AppendOnlyError):
        row.save()
    with pytest.raises(AppendOnlyError):
        row.delete()


@pytest.mark.parametrize(
    "tamper,reason",
    [
        (
            'UPDATE meedoen_audit_auditevent SET data = \'{"setting": "x"}\' WHERE id = %s',
            "gewijzigd",
        ),
        ("DELETE FROM meedoen_audit_auditevent WHERE id = %s", "vorige regel"),
    ],
)
def test_tampering_in_the_database_is_detected(org, tamper, reason):
    rows = _three(org)
    with connection.cursor() as cur:
        cur.execute(tamper, [rows[1].pk])
    result = verify()
    assert not result.ok
    assert result.broken_at == (rows[1].pk if "UPDATE" in tamper else rows[2].pk)
    assert reason in result.reason


def test_event_data_comes_from_the_dataclass(org, make_member):
    m = make_member("beheerder", username="eva")
    row = record(
        RulePackAdopted(version="2026.2", in_force_from="2026-12-01"),
        actor=m.user,
        organisation=org,
    )
    stored = AuditEvent.objects.get(pk=row.pk)
    assert stored.action == "rulepack.adopted"
    assert stored.data == {"version": "2026.2", "in_force_from": "2026-12-01"}
    assert stored.actor_label == "eva"
    assert stored.compute_hash() == stored.hash


def _cli_env():
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="meedoen.web.settings")
    db = connection.settings_dict
    env["MEEDOEN_DATABASE_URL"] = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return env


def test_cli_verify_reports_ok_and_broken(org):
    rows = _three(org)
    cmd = [sys.executable, "-m", "meedoen.cli.main", "audit", "verify"]
    ok = subprocess.run(cmd, capture_output=True, text=True, env=_cli_env(), timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert "3 regels" in ok.stdout
    with connection.cursor() as cur:
        cur.execute(
            "UPDATE meedoen_audit_auditevent SET actor_label = 'x' WHERE id = %s", [rows[0].pk]
        )
    bad = subprocess.run(cmd, capture_output=True, text=True, env=_cli_env(), timeout=60)
    assert bad.returncode == 65
    assert "NIET in orde" in bad.stderr and "Traceback" not in bad.stderr


def test_cli_verify_without_database_says_so_in_dutch():
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="meedoen.web.settings",
        MEEDOEN_DATABASE_URL="postgres://postgres@127.0.0.1:5432/bestaat_niet",
    )
    cmd = [sys.executable, "-m", "meedoen.cli.main", "audit", "verify"]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 69
    assert "database" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize(
    "role,status",
    [("beheerder", 200), ("management", 403), ("medewerker", 403), ("communicatieadviseur", 403)],
)
def test_audit_page_is_for_beheerders_only(org, make_member, client_for, role, status):
    assert client_for(make_member(role)).get("/auditlog/").status_code == status


def test_audit_page_shows_own_organisation_and_a_broken_chain(org, make_member, client_for):
    from meedoen.web.organisation.models import Organisation

    other = Organisation.objects.create(slug="elders", name="Elders")
    record(
        SettingChanged(setting="dossier", change="created", summary="<b>eigen</b>"),
        organisation=org,
    )
    record(
        SettingChanged(setting="dossier", change="created", summary="van-elders"),
        organisation=other,
    )
    page = client_for(make_member("beheerder")).get("/auditlog/").content.decode()
    assert "&lt;b&gt;eigen&lt;/b&gt;" in page and "van-elders" not in page
    assert "Keten in orde" in page
    with connection.cursor() as cur:
        cur.execute("UPDATE meedoen_audit_auditevent SET action = 'x'")
    page = client_for(make_member("beheerder")).get("/auditlog/").content.decode()
    assert "NIET in orde" in page
