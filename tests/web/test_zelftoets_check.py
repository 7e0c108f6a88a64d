# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Zelftoets: check as you type (htmx partial or whole page), nothing stored."""

from __future__ import annotations

import logging

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse

from meedoen.web.accounts.models import Role
from meedoen.web.audit.models import AuditEvent
from meedoen.web.organisation.models import Dossier
from meedoen.web.zelftoets.models import SavedDraft
from meedoen.web.zelftoets.services import highlight_html

pytestmark = pytest.mark.django_db

TOETS = "/zelftoets/toets/"
BSN_TEXT = "Mijn BSN is 111222333, bel me maar."
FORM = {"channel": "x", "capacity": "prive", "audience": "", "reply_to_role": "burger"}


def all_rows() -> dict[str, int]:
    return {m._meta.label: m.objects.count() for m in apps.get_models()}


def test_page_renders_form_and_privacy_note(client):
    body = client.get(reverse("zelftoets:check")).content.decode()
    assert (
        'hx-trigger="input changed delay:600ms, change target:(select, input[type=radio])"' in body
    )
    assert 'id="toets-resultaat" aria-live="polite"' in body
    assert "Grondwet artikel 7" in body and "vertrouwen in plaats van controle" in body
    assert body.count("<h1") == 1
    assert 'formaction="/zelftoets/bewaar/"' not in body  # anonymous: nothing to save


def test_htmx_request_gets_only_the_partial(client):
    response = client.post(TOETS, {**FORM, "text": BSN_TEXT}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body and "<h1" not in body
    assert 'class="meedoen-badge level-rood"' in body and "rood" in body
    assert '<mark class="finding level-rood">' in body
    assert "uavg.art46.v1" in body and "<details" in body
    assert "Wbp art. 24" in body  # the 2010 equivalent in the rule citation


def test_without_javascript_the_form_posts_to_a_whole_page(client):
    response = client.post(TOETS, {**FORM, "text": BSN_TEXT})
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" in body and body.count("<h1") == 1
    assert '<mark class="finding level-rood">' in body
    assert "111222333" in body  # the form keeps the text
    for key in "abcdef":
        assert f'<th scope="row" class="utrecht-table__header-cell">{key}. ' in body


def test_empty_draft_gives_a_hint_not_an_error(client):
    response = client.post(TOETS, {**FORM, "text": ""}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "Er is nog niets te toetsen" in response.content.decode()


@pytest.mark.parametrize("where", ["text", "reply"])
def test_user_text_is_escaped(client, where):
    evil = '<script>alert("x")</script> BSN 111222333'
    data = {**FORM, "text": evil if where == "text" else "Hoi", "reply_to_text": evil}
    body = client.post(TOETS, data).content.decode()
    assert "<script>alert" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body


def test_highlight_escapes_each_segment_and_marks_spans():
    text = "<b>a</b> 111222333 & <i>"
    html = str(
        highlight_html(
            text,
            [
                {"start": 9, "end": 18, "severity": "ernstig"},
                {"start": 0, "end": 3, "severity": "let-op"},
            ],
        )
    )
    assert "<b>" not in html and "<i>" not in html
    assert '<mark class="finding level-groen">' in html and "&lt;b&gt;</mark>" in html
    assert "111222333</mark>" in html and "&amp; &lt;i&gt;" in html


def test_highlight_merges_overlapping_spans():
    html = str(
        highlight_html(
            "abcdefgh",
            [
                {"start": 0, "end": 4, "severity": "risico"},
                {"start": 2, "end": 6, "severity": "ernstig"},
            ],
        )
    )
    assert html.count("<mark") == 1 and "level-rood" in html
    assert 'href="#bevinding-1"' in html and 'href="#bevinding-2"' in html


def test_anonymous_check_stores_and_logs_nothing(client, org, caplog):
    client.get(reverse("zelftoets:check"))
    before = all_rows()
    with caplog.at_level(logging.DEBUG):
        client.post(TOETS, {**FORM, "text": BSN_TEXT}, HTTP_HX_REQUEST="true")
        client.post(TOETS, {**FORM, "text": BSN_TEXT})
    assert all_rows() == before
    assert not any("111222333" in r.getMessage() for r in caplog.records)
    assert "sessionid" not in client.cookies


@pytest.mark.parametrize("capacity", ["prive", "in-functie"])
def test_member_check_without_bewaar_stores_nothing(make_member, client_for, capacity, caplog):
    c = client_for(make_member(Role.MEDEWERKER))
    before = all_rows()
    with caplog.at_level(logging.DEBUG):
        response = c.post(
            TOETS,
            {**FORM, "capacity": capacity, "text": BSN_TEXT, "account_name": "Gemeente"},
            HTTP_HX_REQUEST="true",
        )
    assert response.status_code == 200
    assert all_rows() == before
    assert not any("111222333" in r.getMessage() for r in caplog.records)


def test_profile_comes_from_the_member(make_member, client_for, client, org):
    m = make_member(Role.MEDEWERKER, function="beleidsmedewerker windenergie", level="beleid")
    m.dossiers.set(Dossier.objects.filter(organisation=org, name__startswith="Windenergie"))
    text = "Eerlijk gezegd vind ik het windpark in Polder Oost een slecht plan."
    data = {**FORM, "capacity": "in-functie", "text": text}
    mine = client_for(m).post(TOETS, data, HTTP_HX_REQUEST="true").content.decode()
    anonymous = client.post(TOETS, data, HTTP_HX_REQUEST="true").content.decode()
    assert "eigen-dossier" in mine
    assert "eigen-dossier" not in anonymous


def test_bewaar_stores_a_private_draft_without_audit(make_member, client_for):
    m = make_member(Role.MEDEWERKER)
    c = client_for(m)
    body = c.get(reverse("zelftoets:check")).content.decode()
    assert 'formaction="/zelftoets/bewaar/"' in body
    audit_before = AuditEvent.objects.count()
    response = c.post(reverse("zelftoets:bewaar"), {**FORM, "text": BSN_TEXT})
    draft = SavedDraft.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{draft.pk}/")
    assert draft.owner == m and draft.level == "rood" and draft.capacity == "prive"
    assert draft.assessment["findings"][0]["rule"] == "uavg.art46.v1"
    assert draft.context == {"channel": "x", "capacity": "prive"}
    assert AuditEvent.objects.count() == audit_before


def test_bewaar_requires_sign_in(client):
    response = client.post(reverse("zelftoets:bewaar"), {**FORM, "text": BSN_TEXT})
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]
    assert SavedDraft.objects.count() == 0


def test_csrf_is_enforced(make_member):
    m = make_member(Role.MEDEWERKER)
    c = Client(enforce_csrf_checks=True)
    c.force_login(m.user)
    response = c.post(reverse("zelftoets:bewaar"), {**FORM, "text": BSN_TEXT})
    assert response.status_code == 403
    assert c.post(TOETS, {**FORM, "text": BSN_TEXT}).status_code == 403
    assert SavedDraft.objects.count() == 0


def test_context_fields_reach_the_engine(client):
    data = {
        **FORM,
        "text": "Dank voor je vraag, ik zoek het uit.",
        "reply_to_text": "Waarom duurt mijn vergunning zo lang?",
        "reply_to_role": "journalist",
        "audience": "besloten-groep",
    }
    body = client.post(TOETS, data, HTTP_HX_REQUEST="true").content.decode()
    assert "publiek: besloten groep" in body
