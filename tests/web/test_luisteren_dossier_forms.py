# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dossier management in the web app: create, edit, end, refusal, secrets, roles, scope."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from meedoen.web.luisteren.models import AccessLog, MonitorDossier
from meedoen.web.organisation.models import Organisation

pytestmark = pytest.mark.django_db

SECRET = "een-lang-webhookgeheim-0123456789"


def form_data(owner: Any, **changes: str) -> dict[str, str]:
    data = {
        "name": "Windpark Oost",
        "purpose": "Vragen en zorgen over het windpark volgen voor de voorlichting",
        "legal_basis": "AVG art. 6 lid 1 sub e: publieke taak voorlichting",
        "owner": str(owner.pk),
        "start_date": date.today().isoformat(),
        "end_date": (date.today() + timedelta(days=90)).isoformat(),
        "keywords": "windpark*\nwindmolens",
        "hashtags": "#windpark, windenergie",
        "exclusions": "vacature",
        "languages": "nl, EN",
        "sources": "rss:url=https://www.rijksoverheid.nl/nieuws.rss\nmastodon:instance=https://mastodon.example,tag=windpark",
        "retention_days": "30",
        "k": "5",
        "sensitivity": "hoog",
        "alert_emails": "pers@gemeente.example\nwoordvoerder@gemeente.example",
        "webhook_url": "https://hooks.gemeente.example/meedoen",
        "webhook_secret": SECRET,
    }
    return {**data, **changes}


@pytest.fixture
def adviseur(make_member: Any) -> Any:
    return make_member("communicatieadviseur")


@pytest.fixture
def dossier(adviseur: Any, client_for: Any) -> MonitorDossier:
    response = client_for(adviseur).post(reverse("luisteren:dossier_new"), form_data(adviseur))
    assert response.status_code == 302, response.content.decode()[:3000]
    return MonitorDossier.objects.get()


def test_create_saves_every_setting_and_logs_it(dossier: MonitorDossier, adviseur: Any) -> None:
    d = dossier
    assert (d.name, d.owner, d.sensitivity, d.k, d.retention_days) == (
        "Windpark Oost",
        adviseur,
        "hoog",
        5,
        30,
    )
    assert d.query == {
        "keywords": ["windpark*", "windmolens"],
        "hashtags": ["#windpark", "windenergie"],
        "exclusions": ["vacature"],
        "languages": ["nl", "en"],
    }
    assert d.sources == [
        {"name": "rss", "config": {"url": "https://www.rijksoverheid.nl/nieuws.rss"}},
        {"name": "mastodon", "config": {"instance": "https://mastodon.example", "tag": "windpark"}},
    ]
    assert d.alert_emails == ["pers@gemeente.example", "woordvoerder@gemeente.example"]
    assert (d.webhook_url, d.webhook_secret) == ("https://hooks.gemeente.example/meedoen", SECRET)
    row = AccessLog.objects.get(what="dossier")
    assert row.member == adviseur and row.detail["actie"] == "aangemaakt"
    assert SECRET not in str(row.detail) and "pers@" not in str(row.detail)


def test_refusal_of_a_private_persons_name_is_a_form_error(adviseur: Any, client_for: Any) -> None:
    data = form_data(adviseur, keywords="Jan de Vries", hashtags="")
    response = client_for(adviseur).post(reverse("luisteren:dossier_new"), data)
    html = response.content.decode()
    assert response.status_code == 200 and 'id="foutmeldingen"' in html
    assert "dit lijkt de naam van een persoon" in html
    assert not MonitorDossier.objects.exists()
    assert AccessLog.objects.get(what="dossier").detail["actie"] == "geweigerd"
    assert SECRET not in html  # the password field never renders a value


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"sources": "telegram:kanaal=x"}, "sources", "Onbekende bron"),
        ({"sources": "rss:url"}, "sources", "schrijf sleutel=waarde"),
        ({"alert_emails": "geen-adres"}, "alert_emails", "geen geldig e-mailadres"),
        ({"webhook_secret": ""}, "webhook_secret", "heeft een geheim nodig"),
        ({"webhook_secret": "kort"}, "webhook_secret", "minstens 16 tekens"),
        ({"webhook_url": "ftp://x.example/h"}, "webhook_url", "http- of https-adres"),
        ({"languages": "nederlands"}, "languages", "Geen taalcode"),
        ({"end_date": ""}, "end_date", "Dit veld is vereist"),
    ],
)
def test_field_errors_are_linked_from_the_summary(
    changes: dict[str, str], field: str, message: str, adviseur: Any, client_for: Any
) -> None:
    response = client_for(adviseur).post(
        reverse("luisteren:dossier_new"), form_data(adviseur, **changes)
    )
    html = response.content.decode()
    assert response.status_code == 200 and message in html
    assert f'href="#id_{field}"' in html
    assert f'aria-describedby="id_{field}_help id_{field}_error"' in html or (
        f'aria-describedby="id_{field}_error"' in html
    )
    assert 'aria-invalid="true"' in html and not MonitorDossier.objects.exists()


def test_edit_shows_values_hides_the_secret_and_keeps_it_when_left_empty(
    dossier: MonitorDossier, adviseur: Any, client_for: Any
) -> None:
    c = client_for(adviseur)
    url = reverse("luisteren:dossier_edit", args=[dossier.pk])
    html = c.get(url).content.decode()
    assert "Windpark Oost" in html and "windpark*\nwindmolens" in html
    line = next(x for x in html.splitlines() if x.startswith("mastodon:"))
    assert sorted(line.removeprefix("mastodon:").removesuffix("</textarea>").split(",")) == [
        "instance=https://mastodon.example",
        "tag=windpark",
    ]
    assert SECRET not in html and f"…{SECRET[-4:]}" in html
    response = c.post(url, form_data(adviseur, name="Windpark West", webhook_secret=""))
    assert response.status_code == 302
    dossier.refresh_from_db()
    assert (dossier.name, dossier.webhook_secret) == ("Windpark West", SECRET)
    c.post(url, form_data(adviseur, webhook_url="", webhook_secret="", clear_webhook_secret="on"))
    dossier.refresh_from_db()
    assert (dossier.webhook_url, dossier.webhook_secret) == ("", "")
    actions = [r.detail["actie"] for r in AccessLog.objects.filter(what="dossier")]
    assert actions == ["aangemaakt", "gewijzigd", "gewijzigd"]


def test_end_asks_first_then_ends(dossier: MonitorDossier, adviseur: Any, client_for: Any) -> None:
    c = client_for(adviseur)
    url = reverse("luisteren:dossier_end", args=[dossier.pk])
    html = c.get(url).content.decode()
    assert "Ja, dossier beëindigen" in html and "csrfmiddlewaretoken" in html
    dossier.refresh_from_db()
    assert dossier.ended_at is None
    response = c.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("luisteren:dossier", args=[dossier.pk])
    dossier.refresh_from_db()
    assert dossier.ended_at is not None
    row = AccessLog.objects.filter(what="dossier").last()
    assert row.detail["actie"] == "beëindigd" and row.member == adviseur
    assert "al beëindigd" in c.get(url).content.decode()


def test_post_without_csrf_token_is_refused(dossier: MonitorDossier, adviseur: Any) -> None:
    c = Client(enforce_csrf_checks=True)
    c.force_login(adviseur.user)
    assert c.post(reverse("luisteren:dossier_end", args=[dossier.pk])).status_code == 403
    dossier.refresh_from_db()
    assert dossier.ended_at is None


@pytest.mark.parametrize(
    ("role", "status"),
    [("medewerker", 403), ("management", 403), ("communicatieadviseur", 200), ("beheerder", 200)],
)
@pytest.mark.parametrize("page", ["dossier_new", "dossier_edit", "dossier_end"])
def test_who_may_manage(
    role: str, status: int, page: str, dossier: MonitorDossier, make_member: Any, client_for: Any
) -> None:
    args = [] if page == "dossier_new" else [dossier.pk]
    c = client_for(make_member(role))
    assert c.get(reverse(f"luisteren:{page}", args=args)).status_code == status
    if status == 403 and page != "dossier_new":
        assert c.post(reverse(f"luisteren:{page}", args=args)).status_code == 403
        dossier.refresh_from_db()
        assert dossier.ended_at is None and dossier.name == "Windpark Oost"


@pytest.mark.parametrize("page", ["dossier_edit", "dossier_end"])
def test_other_organisation_gets_404(
    page: str, dossier: MonitorDossier, make_member: Any, client_for: Any
) -> None:
    other = Organisation.objects.create(slug="andere", name="Gemeente Anders", kind="gemeente")
    c = client_for(make_member("beheerder", organisation=other))
    assert c.get(reverse(f"luisteren:{page}", args=[dossier.pk])).status_code == 404
    assert c.post(reverse(f"luisteren:{page}", args=[dossier.pk])).status_code == 404


def test_owner_must_be_of_the_organisation(
    adviseur: Any, make_member: Any, client_for: Any
) -> None:
    other = Organisation.objects.create(slug="andere", name="Gemeente Anders", kind="gemeente")
    stranger = make_member("beheerder", organisation=other)
    data = {**form_data(adviseur), "owner": str(stranger.pk)}
    response = client_for(adviseur).post(reverse("luisteren:dossier_new"), data)
    assert response.status_code == 200 and not MonitorDossier.objects.exists()


@pytest.mark.parametrize(("role", "shown"), [("communicatieadviseur", True), ("management", False)])
def test_links_only_for_those_who_may_manage(
    role: str, shown: bool, dossier: MonitorDossier, make_member: Any, client_for: Any
) -> None:
    c = client_for(make_member(role))
    index = c.get(reverse("luisteren:index")).content.decode()
    page = c.get(reverse("luisteren:dossier", args=[dossier.pk])).content.decode()
    assert (reverse("luisteren:dossier_new") in index) is shown
    assert (reverse("luisteren:dossier_edit", args=[dossier.pk]) in page) is shown
    assert (reverse("luisteren:dossier_end", args=[dossier.pk]) in page) is shown
