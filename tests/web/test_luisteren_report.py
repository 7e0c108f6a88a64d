# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The management report of a listening dossier: figures, HTML, PDF, web download.

Posts go through the real pipeline (ingest, DjangoStore, pseudonymiser) or, for
the spike background, straight into the table; reports end yesterday, so the
whole period lies in the past and the numbers do not depend on the hour.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from meedoen.monitor.analytics.representativeness import from_counts
from meedoen.monitor.analytics.volume import TZ
from meedoen.monitor.pipeline import ingest
from meedoen.monitor.privacy.pseudonym import Pseudonymiser
from meedoen.monitor.sources.base import FetchResult, RawPost
from meedoen.web.luisteren.models import AccessLog, HourlyAggregate, MonitorPost
from meedoen.web.luisteren.queries import day_start
from meedoen.web.luisteren.report.data import BASELINE_DAYS, bounds, build
from meedoen.web.luisteren.report.html import STYLE_HASH, render_html
from meedoen.web.luisteren.report.pdf import render_pdf
from meedoen.web.luisteren.services import to_settings
from meedoen.web.luisteren.store import DjangoStore
from meedoen.web.organisation.models import Organisation
from web.monitor_helpers import new_monitor_dossier

pytestmark = pytest.mark.django_db

SECRET = b"rapport-test-geheim-0123456789abcdef"
HOSTILE = "<script>alert(1)</script>"


def fake_analyse(text: str) -> dict[str, Any]:
    sentiment = "negatief" if "boos" in text else "positief" if "blij" in text else "neutraal"
    return {"lang": "nl", "sentiment": sentiment, "sentiment_score": 0.0, "claim": "%" in text}


def make_dossier(org: Organisation, owner: Any, name: str = "Stikstof Peel", **kw: Any) -> Any:
    return new_monitor_dossier(org, owner, name=name, **kw)


def pipeline(d: Any, posts: list[tuple[datetime, str, str]]) -> None:
    """Store (published_at, author handle, text) through the real ingest pipeline."""
    raws = [
        RawPost("mastodon", f"p{n}", "", when, text, author_handle=handle)
        for n, (when, handle, text) in enumerate(posts)
    ]
    pseudo = Pseudonymiser(SECRET, period=d.pseudonym_period)
    report = ingest(
        FetchResult(raws, "c"), to_settings(d), DjangoStore(), pseudo, analyse=fake_analyse
    )
    assert report.stored == len(posts)


@pytest.fixture
def adviseur(make_member: Any) -> Any:
    return make_member("communicatieadviseur", username="carla")


@pytest.fixture
def now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
def last_day(now: datetime) -> date:
    """The report ends yesterday: the whole period is in the past."""
    return now.astimezone(TZ).date() - timedelta(days=1)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return day_start(day).replace(hour=hour, minute=minute)


@pytest.fixture
def filled(org: Organisation, adviseur: Any, now: datetime, last_day: date) -> Any:
    """A dossier with posts in, before and after a week ending ``last_day``."""
    d = make_dossier(org, adviseur)
    posts = []
    for i in range(3):  # 3 authors, 2 posts each, two days before the end
        for j in range(2):
            posts.append(
                (
                    at(last_day - timedelta(days=1), 9 + i, j),
                    f"@bewoner{i}",
                    f"stikstof blij {i} {j}",
                )
            )
    posts.append((at(last_day, 15), "@boer", "stikstof boos, 40% minder vee"))
    posts.append((at(last_day, 16), "@boer", "stikstof boos opnieuw"))
    posts.append((at(last_day - timedelta(days=6), 8), "@lezer", "stikstof vraag 12% gedaald"))
    for k in range(3):  # the baseline, before the period
        posts.append((at(last_day - timedelta(days=10), 10 + k), f"@oud{k}", f"stikstof oud {k}"))
    posts.append((now, "@nu", "stikstof na de periode"))  # today: after the period
    pipeline(d, posts)
    HourlyAggregate.objects.create(
        dossier=d,
        source="mastodon",
        hour=at(last_day - timedelta(days=3), 11).astimezone(UTC),
        posts=7,
        authors=4,
        sentiment={"neutraal": 5, "negatief": 2},
    )
    return d


def test_bounds_are_calendar_days_in_dutch_time(now: datetime) -> None:
    start, end = bounds("week", now, date(2026, 3, 31))  # summer time starts on 29 March
    assert (start.date(), end.date()) == (date(2026, 3, 25), date(2026, 4, 1))
    assert start.utcoffset() == timedelta(hours=1) and end.utcoffset() == timedelta(hours=2)
    assert bounds("month", now, date(2026, 3, 31))[0].date() == date(2026, 3, 2)
    with pytest.raises(ValueError):
        bounds("jaar", now)


def test_figures_count_posts_and_aggregates_of_the_period_only(
    filled: Any, now: datetime, last_day: date
) -> None:
    r = build(filled, "week", now, last_day)
    assert [b.start.date() for b in r.buckets] == [
        last_day - timedelta(days=6 - i) for i in range(7)
    ]
    assert [b.posts for b in r.buckets] == [1, 0, 0, 7, 0, 6, 2]
    assert r.posts == 16 and r.stored == 9
    assert r.sentiment == {"positief": 6, "neutraal": 6, "negatief": 4}
    assert r.claims == 2
    assert r.baseline_per_day == pytest.approx(3 / BASELINE_DAYS)
    rep = r.representativeness
    expected = from_counts([2, 2, 2, 2, 1])
    assert (rep.authors, rep.gini, rep.top10_share) == (5, expected.gini, expected.top10_share)
    assert "Sociale media zijn geen representatieve afspiegeling" in rep.caveat
    assert (r.name, r.owner, r.end_date) == (filled.name, "Carla Test", filled.end_date)
    assert r.strategy.approach and r.version and r.generated_at.tzinfo is not None


def test_a_day_report_counts_per_hour(filled: Any, now: datetime, last_day: date) -> None:
    r = build(filled, "day", now, last_day)
    assert r.size == "hour" and len(r.buckets) in (23, 24, 25)
    by_hour = {b.start.hour: b.posts for b in r.buckets if b.posts}
    assert by_hour == {15: 1, 16: 1}


def spike_dossier(org: Organisation, owner: Any, end: datetime) -> tuple[Any, datetime]:
    """One post an hour for 10 days before ``end``, and 40 more in one hour 10 hours before."""
    d = make_dossier(org, owner, name="Windpark")
    spike_at = (end - timedelta(hours=10)).replace(minute=30)
    rows = [
        (f"achtergrond-{h}", end - timedelta(hours=h, minutes=30), "Windpark geluid", h % 5)
        for h in range(1, 240)
    ]
    rows += [(f"piek-{i}", spike_at, "Protest windpark snelweg", i % 10) for i in range(40)]
    MonitorPost.objects.bulk_create(
        MonitorPost(
            dossier=d,
            source="mastodon",
            source_id=sid,
            published_at=when,
            lang="nl",
            text=text,
            author=f"pseudoniem{a:08d}",
            sentiment="neutraal",
            text_hash=sid,
        )
        for sid, when, text, a in rows
    )
    return d, spike_at


@pytest.mark.parametrize("period", ["day", "week"])
def test_an_injected_spike_is_marked_and_listed(
    period: str, org: Organisation, adviseur: Any, now: datetime, last_day: date
) -> None:
    d, spike_at = spike_dossier(org, adviseur, day_start(last_day + timedelta(days=1)))
    r = build(d, period, now, last_day)
    big = [a for a in r.alerts if a.posts == 41]
    assert len(big) == 1 and big[0].distinct_authors == 10 and "protest" in big[0].top_terms
    size = "hour" if period == "day" else "day"
    marked = [b for b in r.buckets if b.spike]
    key = spike_at.replace(minute=0) if size == "hour" else day_start(spike_at.date())
    assert key in [b.start for b in marked]
    html = render_html(r)
    assert 'fill="url(#rapport-volume-piek)"' in html and "<polygon" in html
    spikes = html[html.index("Pieken in deze periode") :]
    assert re.search(r'class="spike">[^<]*' + f"{spike_at.astimezone(TZ):%H}:00", spikes)
    text = pdf_text(render_pdf(r))
    local = spike_at.astimezone(TZ)
    assert f"Piek {local.day}" in text and f"{local:%H}:00–" in text and "41 berichten" in text
    assert "pseudoniem" not in html and "pseudoniem" not in text


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return " ".join((reader.pages[0].extract_text() or "").split())


def test_html_is_standalone_with_svg_charts_and_tables(filled: Any, now: datetime, last_day: date):
    html = render_html(build(filled, "week", now, last_day))
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nl">' in html
    assert html.count("<h1") == 1 and "Stikstof Peel" in html
    assert html.count("<svg") == 3 and html.count('role="img"') == 3
    for chart in ("rapport-volume", "rapport-sentiment", "rapport-representativiteit"):
        assert f'<title id="{chart}-title">' in html and f'<desc id="{chart}-desc">' in html
    assert html.count("<table") == 3 and html.count("<caption>") == 3
    assert "<script" not in html and "<link" not in html and " src=" not in html
    assert " style=" not in html and "@import" not in html and "url(http" not in html
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" == STYLE_HASH and "@page" in style
    sentiment = html[html.index('id="sentiment-kop"') : html.index('id="representativiteit-kop"')]
    assert "Sociale media zijn geen representatieve afspiegeling" in sentiment
    assert "Publieke discussie over stikstof volgen" in html and "Carla Test" in html
    assert ">16</strong>" in html and ">2</strong>" in html  # posts, claims


def test_pdf_is_one_page_with_the_figures(filled: Any, now: datetime, last_day: date) -> None:
    r = build(filled, "week", now, last_day)
    data = render_pdf(r)
    assert data.startswith(b"%PDF") and render_pdf(r) == data  # deterministic
    text = pdf_text(data)
    assert "Stikstof Peel" in text and "Carla Test" in text
    for figure in ("16 berichten in de periode", "0 piekmeldingen", "2 controleerbare beweringen"):
        assert figure in text
    assert "5 verschillende auteurs in de periode" in text
    assert "Sociale media zijn geen representatieve" in text and "Aanbevolen aanpak" in text
    assert "positief: 6, neutraal: 6, negatief: 4" in text


def test_a_long_purpose_and_many_alerts_still_fit_one_page(
    org: Organisation, adviseur: Any, now: datetime, last_day: date
) -> None:
    d = make_dossier(org, adviseur, purpose="Heel lang doel over stikstof. " * 80)
    r = build(d, "month", now, last_day)
    text = pdf_text(render_pdf(r))
    assert "Geen gegevens in deze periode" in text and "Heel lang doel" in text


def test_no_pseudonym_or_handle_in_either_output(
    filled: Any, now: datetime, last_day: date
) -> None:
    r = build(filled, "week", now, last_day)
    outputs = render_html(r) + pdf_text(render_pdf(r))
    authors = set(MonitorPost.objects.values_list("author", flat=True))
    assert len(authors) == 9 and all(len(a) == 16 for a in authors)
    for secret in (*authors, "bewoner", "@boer", "@lezer"):
        assert secret not in outputs
    assert "stikstof blij" not in outputs  # no example posts


# -- the web download -------------------------------------------------------------------


def rapport(d: Any, **query: str) -> str:
    url = reverse("luisteren:rapport", args=[d.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


@pytest.mark.parametrize(
    ("role", "status"),
    [("medewerker", 403), ("communicatieadviseur", 200), ("beheerder", 200), ("management", 200)],
)
def test_download_per_role(role: str, status: int, filled: Any, make_member: Any, client_for):
    response = client_for(make_member(role)).get(rapport(filled))
    assert response.status_code == status


def test_other_organisation_gets_404_and_no_log(filled: Any, make_member: Any, client_for) -> None:
    other = Organisation.objects.create(slug="andere", name="Gemeente Anders", kind="gemeente")
    stranger = make_member("beheerder", organisation=other)
    for fmt in ("html", "pdf"):
        assert client_for(stranger).get(rapport(filled, formaat=fmt)).status_code == 404
    assert not AccessLog.objects.filter(what="export").exists()


def test_html_download_is_inline_with_a_csp_for_its_own_style(
    filled: Any, adviseur: Any, client_for: Any
) -> None:
    response = client_for(adviseur).get(rapport(filled, periode="month", formaat="html"))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    assert response["Content-Disposition"].startswith("inline;")
    csp = response["Content-Security-Policy"]
    style_src = next(p for p in csp.split(";") if p.strip().startswith("style-src"))
    assert STYLE_HASH in style_src and "unsafe-inline" not in style_src
    assert "script-src 'self'" in csp
    body = response.content.decode()
    assert "Stikstof Peel" in body and "maand" in body


def test_pdf_download_is_an_attachment_with_a_safe_name(
    org: Organisation, adviseur: Any, client_for: Any
) -> None:
    d = make_dossier(org, adviseur, name=f'Stikstof/../"Peel" {HOSTILE} ëé')
    response = client_for(adviseur).get(rapport(d, periode="day", formaat="pdf"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    name = re.fullmatch(r'attachment; filename="([^"]+)"', disposition).group(1)
    assert re.fullmatch(r"rapport-[a-z0-9-]+-day-\d{4}-\d{2}-\d{2}\.pdf", name), name
    assert name.startswith("rapport-stikstofpeel-scriptalert1script-ee-day-")
    assert HOSTILE in pdf_text(response.content)


def test_hostile_name_is_escaped_in_the_html(org: Organisation, adviseur: Any, client_for):
    d = make_dossier(org, adviseur, name=HOSTILE)
    body = client_for(adviseur).get(rapport(d)).content.decode()
    assert HOSTILE not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body


@pytest.mark.parametrize("query", [{"periode": "jaar"}, {"formaat": "docx"}])
def test_unknown_period_or_format_is_400(query: dict, filled: Any, adviseur: Any, client_for):
    response = client_for(adviseur).get(rapport(filled, **query))
    assert response.status_code == 400 and "periode" in response.content.decode()
    assert not AccessLog.objects.filter(what="export").exists()


def test_every_download_is_logged_without_text_or_pseudonyms(
    filled: Any, adviseur: Any, client_for: Any
) -> None:
    c = client_for(adviseur)
    c.get(rapport(filled))
    c.get(rapport(filled, periode="day", formaat="pdf"))
    rows = list(AccessLog.objects.filter(what="export"))
    assert [(r.detail["periode"], r.detail["formaat"]) for r in rows] == [
        ("week", "html"),
        ("day", "pdf"),
    ]
    assert all(r.dossier_id == filled.pk and r.member_id == adviseur.pk for r in rows)
    authors = set(MonitorPost.objects.values_list("author", flat=True))
    dumped = str([(r.who, r.detail) for r in rows])
    assert "stikstof" not in dumped.lower() and not any(a in dumped for a in authors)


def test_dossier_page_offers_the_download(filled: Any, adviseur: Any, client_for: Any) -> None:
    html = client_for(adviseur).get(reverse("luisteren:dossier", args=[filled.pk]))
    html = html.content.decode()
    section = html[html.index('id="rapport-kop"') : html.index('id="volume-kop"')]
    assert f'action="{reverse("luisteren:rapport", args=[filled.pk])}"' in section
    assert 'name="periode" value="week"' in section and 'name="formaat" value="pdf"' in section
    assert "20 berichten in de laatste 30 dagen" in html  # 13 stored + 7 aggregated, as before


def test_report_follows_the_active_language(filled: Any, now: datetime, last_day: date) -> None:
    r = build(filled, "week", now, last_day)
    with translation.override("en"):
        html, text = render_html(r), pdf_text(render_pdf(r))
    assert '<html lang="en">' in html and "Key figures" in html and "Volume and spikes" in html
    assert "Smart listening" in text and "16 posts in the period" in text
