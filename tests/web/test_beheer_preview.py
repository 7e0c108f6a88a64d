# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
""" "Wat verandert er als ik deze versie vaststel?" on the organisation's archived posts."""

from __future__ import annotations

import pytest
from django.urls import reverse

from meedoen.web.accounts.models import Role
from meedoen.web.audit.models import AuditEvent
from meedoen.web.beheer.services.preview import Sample, compare, preview_adoption

from .test_beheer_support import DISABLE_BSN_RULE, pack_text

pytestmark = pytest.mark.django_db

BSN_POST = "Mijn BSN is 111222333"
HARMLESS = "Vanaf maandag is het stadhuis weer op de gewone tijden open."


@pytest.fixture
def candidate(org, make_member, client_for):
    c = client_for(make_member(Role.BEHEERDER, username="eva"))
    response = c.post(
        reverse("beheer:rulepack_new"), {"yaml": pack_text("2026.2.0", DISABLE_BSN_RULE)}
    )
    assert response.status_code == 302
    return org.rule_packs.get(version="2026.2.0"), c


def _post(org, author, text, state):
    from meedoen.web.official.models import OfficialAccount, OfficialPost

    account, _ = OfficialAccount.objects.get_or_create(
        organisation=org, name="Gemeente Test", channel="x", defaults={"bio": "Gemeente Test"}
    )
    return OfficialPost.objects.create(
        account=account, author=author, text=text, final_text=text, state=state
    )


def test_compare_lists_only_texts_whose_verdict_changes(org, candidate):
    version, _ = candidate
    samples = [Sample("bsn", BSN_POST), Sample("gewoon", HARMLESS)]
    result = compare(org, org.active_pack(), version, samples)
    assert result.checked == 2
    assert [ch.sample.label for ch in result.changes] == ["bsn"]
    change = result.changes[0]
    assert (change.old_level, change.new_level) == ("rood", "groen")
    assert change.removed_rules == ("uavg.art46.v1",) and change.added_rules == ()


def test_preview_page_rechecks_archived_official_posts(org, make_member, candidate):
    version, c = candidate
    author = make_member(Role.COMMUNICATIEADVISEUR)
    changed = _post(org, author, BSN_POST, "gearchiveerd")
    _post(org, author, HARMLESS, "gepubliceerd")
    draft = _post(org, author, BSN_POST + " (concept)", "concept")
    audit_before = AuditEvent.objects.count()

    result = preview_adoption(org, version)
    assert result.available and result.checked == 2  # concept posts are not re-checked
    assert [ch.sample.label.split()[0] for ch in result.changes] == [f"#{changed.pk}"]

    page = c.get(reverse("beheer:rulepack_preview", args=[version.pk])).content.decode()
    assert "uavg.art46.v1" in page and "ander oordeel" in page
    assert f"#{draft.pk} " not in page
    assert AuditEvent.objects.count() == audit_before  # looking changes nothing


def test_preview_without_posts_says_so(org, candidate):
    version, c = candidate
    page = c.get(reverse("beheer:rulepack_preview", args=[version.pk])).content.decode()
    assert "0 berichten opnieuw getoetst" in page or "geen berichten" in page


def test_posts_of_another_organisation_are_not_rechecked(org, make_member, candidate):
    from meedoen.web.organisation.models import Organisation

    version, _ = candidate
    other = Organisation.objects.create(slug="elders", name="Elders", kind="gemeente")
    outsider = make_member(Role.COMMUNICATIEADVISEUR, organisation=other)
    _post(other, outsider, BSN_POST, "gearchiveerd")
    assert preview_adoption(org, version).checked == 0
