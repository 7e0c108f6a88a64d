# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Demo data: one listening dossier of gemeente Voorbeeldstad, collected offline.

The dossier's source is the ``import`` plug-in reading a JSONL file in the var
folder (``var/demo/luisteren-stikstof.jsonl``), written once (4CAT-style NDJSON columns) with invented
posts of the last three weeks, times relative to that moment, including a
burst of posts yesterday evening. The posts go through the real collection
code (:func:`.collect.collect`: pipeline, pseudonymisation, storage, access
log), the same code the background runner uses, so nothing in the demo
reaches the internet. Idempotent: the dossier is created once (through
:func:`save_dossier`, so the query check is genuine) and the import cursor
makes a second load read nothing. Remove ``var/`` to start the demo afresh.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils import timezone

from meedoen.monitor.privacy.pseudonym import MissingSecretError, Pseudonymiser, generate_secret
from meedoen.web.luisteren.collect import collect, make_source, source_key
from meedoen.web.luisteren.models import MonitorDossier
from meedoen.web.luisteren.services import save_dossier

NAME = "Stikstof en natuurherstel"
FILE = Path("demo") / "luisteren-stikstof.jsonl"
# (days ago, hour, invented author handle, text)
POSTS = (
    (20, 9, "dorpsraad", "Informatieavond over stikstof in het dorpshuis, iedereen welkom."),
    (
        19,
        13,
        "boerin",
        "Waarom wordt er niet geluisterd naar boeren? De stikstofregels zijn onhaalbaar.",
    ),
    (18, 11, "natuurclub", "Goed nieuws: de subsidie voor natuurherstel opent op 1 december."),
    (17, 16, "buurman", "Volgens het RIVM is de stikstofneerslag in de Peel met 12% gedaald."),
    (
        16,
        10,
        "lezer",
        "Wie weet waar de stikstofkaarten van de provincie staan? Ik kan ze niet vinden.",
    ),
    (
        15,
        14,
        "ondernemer",
        "De stikstofaanpak zet de woningbouw in Voorbeeldstad al een jaar stil.",
    ),
    (
        14,
        20,
        "student",
        "Mooi debat over stikstof en natuur in de raad, complimenten aan de griffie.",
    ),
    (
        13,
        8,
        "imker",
        "Meer bloemen langs de sloten sinds het natuurherstel begon. Fijn om te zien.",
    ),
    (12, 12, "fietser", "Nieuwe borden bij het Veen leggen uit waarom natuurherstel nodig is."),
    (
        11,
        19,
        "melkveehouder",
        "Drie keer een nieuwe stikstofberekening in een jaar. Hoe moet je zo plannen?",
    ),
    (10, 9, "wandelaar", "Het heideveld bloeit weer, het natuurherstel werkt echt."),
    (9, 15, "raadsvolger", "De raad vraagt om een overzicht van alle stikstofvergunningen."),
    (8, 10, "docent", "Met mijn klas naar de excursie over stikstof en natuur. Leerzaam!"),
    (7, 21, "loonwerker", "Niemand legt uit wat de nieuwe stikstofregels betekenen voor loonwerk."),
    (6, 13, "vogelaar", "Na het natuurherstel zagen we de grauwe klauwier terug in het ven."),
    (5, 11, "bouwer", "Eindelijk duidelijkheid over de stikstofruimte voor de nieuwe school."),
    (4, 17, "buurvrouw", "Is de inloopavond over stikstof ook online te volgen?"),
    (3, 9, "journalistiek", "Achtergrond: zo werkt de stikstofbank van de provincie."),
    (2, 14, "dorpsraad", "Verslag van de informatieavond over stikstof staat op onze site."),
    (2, 18, "natuurclub", "Vrijwilligers gezocht voor natuurherstel in het beekdal."),
)
# Yesterday evening: many accounts react to one claim about the stikstof map.
BURST = (
    "De nieuwe stikstofkaart klopt niet: 40% van de boerderijen staat verkeerd ingetekend!",
    "Klopt het dat de stikstofkaart 40% van de bedrijven verkeerd heeft? Graag uitleg.",
    "Weer een fout in de stikstofkaart. Hoe kan de provincie zo slordig zijn?",
    "Ons erf ligt volgens de stikstofkaart midden in een natuurgebied. Dat is onzin.",
    "Wie controleert de stikstofkaart eigenlijk voordat die online gaat?",
    "Ik lees dat de stikstofkaart wordt ingetrokken, weet iemand of dat waar is?",
    "Stikstofkaart fout of niet, we willen gewoon een eerlijk gesprek met de gemeente.",
    "De stikstofkaart van vandaag wijkt flink af van die van vorig jaar.",
    "Boos over de stikstofkaart. Wanneer komt er een reactie van de gemeente?",
    "Heeft de gemeente al gereageerd op de fouten in de stikstofkaart?",
)
BURST_AUTHORS = ("boerin", "melkveehouder", "loonwerker", "ondernemer", "buurman",
                 "lezer", "raadsvolger", "buurvrouw", "bouwer", "imker")  # fmt: skip


def demo_lines(now: datetime) -> list[dict[str, Any]]:
    """The demo posts as import lines, with times relative to ``now``."""
    local = timezone.localtime(now).replace(minute=0, second=0, microsecond=0)
    lines = []
    for n, (days, hour, author, text) in enumerate(POSTS, 1):
        when = (local - timedelta(days=days)).replace(hour=hour, minute=(7 * n) % 60)
        lines.append({"id": f"demo-{n}", "body": text, "timestamp": when.isoformat(),
                      "author": author})  # fmt: skip
    evening = (local - timedelta(days=1)).replace(hour=20)
    for n, text in enumerate(BURST, 1):
        when = evening + timedelta(minutes=5 * n)
        author = BURST_AUTHORS[(n - 1) % len(BURST_AUTHORS)]
        lines.append({"id": f"demo-avond-{n}", "body": text, "timestamp": when.isoformat(),
                      "author": author})  # fmt: skip
    return lines


def _demo_file(now: datetime) -> Path:
    path = Path(settings.VAR_DIR) / FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        body = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in demo_lines(now))
        path.write_text(body, encoding="utf-8")
    return path


def load(org: Any, users: dict[str, Any]) -> MonitorDossier | None:
    owner = users.get("carla") or next(iter(users.values()), None)
    if owner is None:
        return None
    now = timezone.now()
    spec = {"name": "import", "config": {"path": str(_demo_file(now))}}
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
                start_date=today - timedelta(days=21),
                end_date=today + timedelta(days=90),
                query={
                    "keywords": ["stikstof*", "natuurherstel"],
                    "hashtags": ["stikstof"],
                    "exclusions": [],
                    "languages": ["nl"],
                },
                sources=[spec],
            ),
            "demo",
        )
    try:
        pseudo = Pseudonymiser.from_env(period=d.pseudonym_period)
    except MissingSecretError:  # a demo without a configured key: a throwaway one
        pseudo = Pseudonymiser(generate_secret(), period=d.pseudonym_period)
    for source_spec in d.sources:
        if source_spec.get("name") == "import":
            collect(d, make_source(source_spec), source_key(source_spec), "demo", pseudo=pseudo)
    return d
