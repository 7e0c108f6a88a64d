# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The read-only slim-luisteren pages: roles, organisation scope, k-gate, escaping, access log."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.urls import include, path, reverse
from django.utils import timezone

from meedoen.web import urls as project_urls
from meedoen.web.luisteren.models import AccessLog, HourlyAggregate, MonitorPost
from meedoen.web.organisation.models import Organisation
from web.monitor_helpers import new_monitor_dossier

# The lead mounts the app at /luisteren/; until then the tests mount it themselves.
urlpatterns = list(project_urls.urlpatterns)
if not any(getattr(p, "namespace", None) == "luisteren" for p in urlpatterns):
    urlpatterns.append(path("luisteren/", include("meedoen.web.luisteren.urls")))

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

HOSTILE = "<script>alert(1)</script>"
PSEUDONYM = "pseudoniem"


def make_dossier(org: Organisation, owner: Any, name: str = "Stikstof", k: int = 5) -> Any:
    return new_monitor_dossier(org, owner, name=name, k=k)


def add_posts(
    d: Any, authors: int, text: str = "Stikstof in de Peel", per_author: int = 1, days_ago: int = 0
) -> None:
    now = timezone.now() - timedelta(days=days_ago)
    n = 0
    for a in range(authors):
        for _i in range(per_author):
            n += 1
            MonitorPost.objects.create(
                dossier=d,
                source="mastodon",
                source_id=f"{d.pk}-{days_ago}-{n}",
                published_at=now - timedelta(hours=n),
                lang="nl",
                text=f"{text} nummer {n}",
                author=f"{PSEUDONYM}{a:08d}",
                sentiment="negatief" if n % 2 else "positief",
                claim=n % 3 == 0,
                text_hash=f"h{days_ago}-{n}",
            )


@pytest.fixture
def adviseur(make_member: Any) -> Any:
    return make_member("communicatieadviseur")


@pytest.fixture
def dossier(org: Organisation, adviseur: Any) -> Any:
    return make_dossier(org, adviseur)


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("medewerker", 403),
        ("communicatieadviseur", 200),
        ("beheerder", 200),
        ("management", 200),
    ],
)
@pytest.mark.parametrize("page", ["index", "dossier"])
def test_pages_per_role(
    role: str, status: int, page: str, dossier: Any, make_member: Any, client_for: Any
) -> None:
    args = [dossier.pk] if page == "dossier" else []
    response = client_for(make_member(role)).get(reverse(f"luisteren:{page}", args=args))
    assert response.status_code == status


def test_anonymous_is_sent_to_login(client: Any, dossier: Any) -> None:
    response = client.get(reverse("luisteren:dossier", args=[dossier.pk]))
    assert response.status_code == 302
    assert not AccessLog.objects.filter(what="page").exists()


def test_other_organisations_dossier_is_404_and_not_listed(
    dossier: Any, make_member: Any, client_for: Any
) -> None:
    other = Organisation.objects.create(slug="andere", name="Gemeente Anders", kind="gemeente")
    stranger = make_member("beheerder", organisation=other)
    c = client_for(stranger)
    assert c.get(reverse("luisteren:dossier", args=[dossier.pk])).status_code == 404
    index = c.get(reverse("luisteren:index"))
    assert index.status_code == 200 and "Stikstof" not in index.content.decode()


def test_index_lists_dossier_with_state_and_count(
    dossier: Any, adviseur: Any, client_for: Any
) -> None:
    add_posts(dossier, 3)
    html = client_for(adviseur).get(reverse("luisteren:index")).content.decode()
    assert "Stikstof" in html and "Publieke discussie over stikstof volgen" in html
    assert ">3<" in html and ">actief<" in html
    assert html.count("<h1") == 1 and 'scope="col"' in html and 'scope="row"' in html


def test_ended_dossier_is_listed_as_ended(dossier: Any, adviseur: Any, client_for: Any) -> None:
    dossier.ended_at = timezone.now() - timedelta(hours=1)
    dossier.save()
    html = client_for(adviseur).get(reverse("luisteren:index")).content.decode()
    assert "beëindigd of niet actief" in html and ">actief<" not in html


@pytest.mark.parametrize(("authors", "shown"), [(4, False), (5, True)])
def test_examples_only_behind_k_authors(
    authors: int, shown: bool, dossier: Any, adviseur: Any, client_for: Any
) -> None:
    add_posts(dossier, authors, text="Voorbeeldtekst stikstof")
    html = client_for(adviseur).get(reverse("luisteren:dossier", args=[dossier.pk]))
    html = html.content.decode()
    assert ("Voorbeeldtekst stikstof" in html) is shown
    reason = "Geen voorbeeldberichten: deze berichten komen van 4 verschillende auteurs"
    assert (reason in html) is not shown
    assert PSEUDONYM not in html


def test_page_shows_purpose_figures_strategy_and_caveat_next_to_sentiment(
    dossier: Any, adviseur: Any, client_for: Any
) -> None:
    add_posts(dossier, 6, per_author=2)
    add_posts(dossier, 3, text="Natuur in de Peel", days_ago=12)  # baseline for emerging terms
    HourlyAggregate.objects.create(
        dossier=dossier,
        source="mastodon",
        hour=timezone.now() - timedelta(days=20),
        posts=7,
        authors=4,
        sentiment={"neutraal": 7},
    )
    html = client_for(adviseur).get(reverse("luisteren:dossier", args=[dossier.pk]))
    html = html.content.decode()
    assert html.index("Publieke discussie over stikstof volgen") < html.index("volume-kop")
    assert "AVG art. 6 lid 1 sub e" in html
    assert "22 berichten in de laatste 30 dagen" in html  # 15 stored + 7 aggregated
    sentiment = html[html.index('id="sentiment-kop"') : html.index('id="termen-kop"')]
    assert "Sociale media zijn geen representatieve afspiegeling" in sentiment
    assert "verschillende auteurs: 6." in sentiment and "Gini" in sentiment
    assert "<title id=" in sentiment and "<desc id=" in sentiment and "Toon als tabel" in sentiment
    terms = html[html.index('id="termen-kop"') : html.index('id="beweringen-kop"')]
    assert "stikstof (12 berichten, 6 auteurs)" in terms
    assert "5 bewaarde berichten bevatten een controleerbare bewering" in html
    assert "Aanbevolen aanpak" in html and "afdeling communicatie" in html
    assert html.count("<h1") == 1 and PSEUDONYM not in html


def test_every_page_view_is_logged_without_text_or_pseudonyms(
    dossier: Any, adviseur: Any, client_for: Any
) -> None:
    add_posts(dossier, 5, text="Geheime inhoud stikstof")
    c = client_for(adviseur)
    c.get(reverse("luisteren:index"))
    c.get(reverse("luisteren:dossier", args=[dossier.pk]))
    c.get(reverse("luisteren:dossier", args=[dossier.pk]))
    rows = list(AccessLog.objects.filter(what="page"))
    assert len(rows) == 3
    assert [r.dossier_id for r in rows] == [None, dossier.pk, dossier.pk]
    assert all(r.member_id == adviseur.pk and r.who == adviseur.user.username for r in rows)
    dumped = str([(r.who, r.detail) for r in rows])
    assert "Geheime inhoud" not in dumped and PSEUDONYM not in dumped


def test_hostile_name_and_text_are_escaped(
    org: Organisation, adviseur: Any, client_for: Any
) -> None:
    d = make_dossier(org, adviseur, name=HOSTILE)
    add_posts(d, 5, text=HOSTILE)
    c = client_for(adviseur)
    for url in (reverse("luisteren:index"), reverse("luisteren:dossier", args=[d.pk])):
        html = c.get(url).content.decode()
        assert HOSTILE not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_spike_is_listed_as_alert_without_pseudonyms(
    dossier: Any, adviseur: Any, client_for: Any
) -> None:
    now = timezone.now().replace(minute=30, second=0, microsecond=0)
    rows = []
    for h in range(1, 240):  # a quiet background: one post an hour
        when = now - timedelta(hours=h)
        rows.append((f"achtergrond-{h}", when, "Stikstof in de Peel", h % 5))
    spike_at = now - timedelta(hours=12)
    for i in range(40):
        rows.append((f"piek-{i}", spike_at, "Boerenprotest stikstof snelweg", i % 10))
    MonitorPost.objects.bulk_create(
        MonitorPost(
            dossier=dossier,
            source="mastodon",
            source_id=sid,
            published_at=when,
            lang="nl",
            text=text,
            author=f"{PSEUDONYM}{a:08d}",
            sentiment="neutraal",
            text_hash=sid,
        )
        for sid, when, text, a in rows
    )
    html = client_for(adviseur).get(reverse("luisteren:dossier", args=[dossier.pk]))
    html = html.content.decode()
    alerts = html[html.index('id="pieken-kop"') : html.index('id="sentiment-kop"')]
    assert "Piek in dossier Stikstof" in alerts and "41 berichten van 10 verschillende" in alerts
    assert "boerenprotest" in alerts
    assert PSEUDONYM not in html
