# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Demo data: one listening dossier of gemeente Voorbeeldstad with a few example posts.

Idempotent: the dossier is created once (through :func:`save_dossier`, so the
query check and the access log are genuine); the posts go through the real
pipeline (:func:`ingest` with :class:`DjangoStore`), whose key de-duplication
makes a second load store nothing. The posts are invented. Without
``MEEDOEN_MONITOR_SECRET`` a random key is used for the demo pseudonyms.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from meedoen.monitor.pipeline import ingest
from meedoen.monitor.privacy.pseudonym import MissingSecretError, Pseudonymiser, generate_secret
from meedoen.monitor.sources.base import FetchResult, RawPost
from meedoen.web.luisteren.models import MonitorDossier
from meedoen.web.luisteren.services import save_dossier, to_settings
from meedoen.web.luisteren.store import DjangoStore

NAME = "Stikstof en natuurherstel"
FEED = "https://www.rijksoverheid.nl/onderwerpen/stikstof/nieuws.rss"
POSTS = (  # (hours ago, invented author handle, text)
    (30, "dorpsraad", "Vanavond informatieavond over stikstof in het dorpshuis, iedereen welkom."),
    (
        26,
        "boerin",
        "Waarom wordt er niet geluisterd naar boeren? De stikstofregels zijn onhaalbaar.",
    ),
    (20, "natuurclub", "Goed nieuws: de subsidie voor natuurherstel opent op 1 december."),
    (14, "buurman", "Volgens het RIVM is de stikstofneerslag in de Peel met 12% gedaald."),
    (9, "lezer", "Wie weet waar de stikstofkaarten van de provincie staan? Ik kan ze niet vinden."),
    (5, "ondernemer", "De stikstofaanpak zet de woningbouw in Voorbeeldstad al een jaar stil."),
    (2, "student", "Mooi debat over stikstof en natuur in de raad, complimenten aan de griffie."),
)


def load(org: Any, users: dict[str, Any]) -> MonitorDossier | None:
    owner = users.get("carla") or next(iter(users.values()), None)
    if owner is None:
        return None
    d = MonitorDossier.objects.filter(organisation=org, name=NAME).first()
    if d is None:
        today = timezone.localdate()
        d = save_dossier(
            MonitorDossier(
                organisation=org,
                name=NAME,
                owner=owner,
                purpose="Zien welke vragen en zorgen er leven over stikstof en natuurherstel, "
                "zodat de voorlichting daarop kan aansluiten.",
                legal_basis="AVG art. 6 lid 1 sub e: publieke taak (voorlichting); "
                "alleen openbare berichten, gepseudonimiseerd.",
                start_date=today,
                end_date=today + timedelta(days=90),
                query={
                    "keywords": ["stikstof*", "natuurherstel"],
                    "hashtags": ["stikstof"],
                    "exclusions": [],
                    "languages": ["nl"],
                },
                sources=[{"name": "rss", "config": {"url": FEED}}],
            ),
            "demo",
        )
    try:
        pseudo = Pseudonymiser.from_env(period=d.pseudonym_period)
    except MissingSecretError:
        pseudo = Pseudonymiser(generate_secret(), period=d.pseudonym_period)
    now = timezone.now()
    raws = [
        RawPost(
            source="demo",
            source_id=f"demo-{n}",
            url="",
            published_at=now - timedelta(hours=hours),
            text=text,
            author_handle=handle,
        )
        for n, (hours, handle, text) in enumerate(POSTS, 1)
    ]
    ingest(FetchResult(raws, "demo"), to_settings(d), DjangoStore(), pseudo, source_name="demo")
    return d
