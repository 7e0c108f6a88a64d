# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""DPIA and algoritmeregister text from a dossier's settings (issue #4, item 4).

``meedoen monitor dpia DOSSIER`` prints :func:`render`: a Dutch Markdown
draft with every setting of the dossier (owner, purpose, legal-basis note, end
date, query, sources, retention, k, pseudonymisation) and what meedoen does
NOT do. It is a draft for the privacy officer, not a finished DPIA.
"""

from __future__ import annotations

from datetime import date
from typing import Any

PERIOD_NL = {"day": "dag", "week": "week (ISO-week)", "month": "maand"}
NOT_DONE = (
    "Geen profielen van personen: niemand wordt gevolgd en er zijn geen overzichten per "
    "auteur; berichten per (gepseudonimiseerde) auteur worden alleen geteld voor de "
    "representativiteitsmaten en nooit per auteur getoond.",
    "Geen zoekvragen op namen of accounts van privépersonen; alleen publieke ambtsdragers "
    "en organisaties uit het organisatiepakket mogen in een zoekvraag staan.",
    "Geen besloten groepen, chats of afgeschermde accounts: alleen openbare bronnen.",
    "Geen nepaccounts en geen accounts op persoonlijke titel; er wordt alleen gelezen.",
    "Geen profielgegevens (bio, volgers, foto) en geen gebruikersnamen in de opslag.",
    "Geen geautomatiseerde besluiten over personen: signalen gaan naar een mens.",
)
NCTV_LESSON = (
    "Les uit 2021: de NCTV bleek met nepaccounts personen op sociale media te volgen en "
    "gegevens over hun privéleven te verzamelen, zonder deugdelijke grondslag. Een "
    "overheidsorganisatie die geen opsporings- of inlichtingendienst is, mag dat niet. "
    "meedoen luistert daarom naar onderwerpen, niet naar personen (NRC en NOS, april 2021)."
)


def _cell(value: Any) -> str:
    text = "—" if value in (None, "", ()) else str(value)
    return " ".join(text.replace("|", "\\|").split())


def _list(values: Any) -> str:
    values = tuple(values or ())
    return ", ".join(f"`{v}`" for v in values) if values else "—"


def _date(value: date | None) -> str:
    return value.isoformat() if value else "geen (niet toegestaan)"


def settings_table(d: Any) -> str:
    """The dossier settings as a Markdown table."""
    q = d.query
    rows = [
        ("Dossier", f"{d.name} ({d.id})"),
        ("Eigenaar", d.owner),
        ("Doel", d.purpose),
        ("Grondslag", d.legal_basis),
        ("Begindatum", d.start_date.isoformat() if d.start_date else "bij aanmaken"),
        ("Einddatum", _date(d.end_date)),
        ("Gevoeligheid", d.sensitivity),
        ("Trefwoorden", _list(q.keywords)),
        ("Hashtags", _list(f"#{h.lstrip('#')}" for h in q.hashtags)),
        ("Uitsluitingen", _list(q.exclusions)),
        ("Talen", _list(q.languages) if q.languages else "alle talen"),
        ("Bronnen", _list(d.sources)),
        ("Bewaartermijn ruwe berichten", f"{d.retention_days} dagen"),
        ("Drempel voorbeeldberichten (k)", f"{d.k} verschillende auteurs"),
        ("Pseudonimisering", f"HMAC-SHA256, sleutel per dossier en per {_period(d)}"),
    ]
    lines = ["| Instelling | Waarde |", "|---|---|"]
    lines += [f"| {k} | {_cell(v)} |" for k, v in rows]
    return "\n".join(lines)


def _period(d: Any) -> str:
    return PERIOD_NL.get(d.pseudonym_period, d.pseudonym_period)


def dpia(d: Any, today: date | None = None) -> str:
    """The DPIA draft (Dutch Markdown) for dossier settings ``d``."""
    today = today or date.today()
    not_done = "\n".join(f"- {line}" for line in NOT_DONE)
    return f"""# DPIA (concept): monitoring van dossier {d.name}

Opgesteld door meedoen op {today.isoformat()} uit de instellingen van het dossier.
Dit is een concept voor de functionaris gegevensbescherming, geen afgeronde DPIA.

## 1. Verwerking en doel

{settings_table(d)}

Het dossier is de eenheid van luisteren: zonder actief dossier wordt niets verzameld, en na
de einddatum stopt het verzamelen vanzelf.

## 2. Welke persoonsgegevens

Openbare berichten die passen bij de zoekvraag, uit de genoemde bronnen. Auteursnamen en
accountnamen worden bij binnenkomst vervangen door een pseudoniem (HMAC-SHA256 met een
sleutel per dossier en per {_period(d)}); de sleutel staat buiten de gegevens en wordt nooit
bij de berichten opgeslagen. Hetzelfde account krijgt in een ander dossier of een andere
periode een ander pseudoniem. Profielgegevens worden niet opgeslagen.

## 3. Maatregelen

- Ruwe berichten worden na {d.retention_days} dagen verwijderd; berichten die bij de bron zijn
  verwijderd, verdwijnen direct. Alleen tellingen per uur (zonder pseudoniemen) blijven bewaard.
- Voorbeeldberichten worden alleen getoond als er minstens {d.k} verschillende auteurs achter
  een uitkomst zitten.
- Elke zoekvraag, export en paginaweergave wordt gelogd (wie, wanneer, welk dossier).
- Bij elke uitkomst staat hoeveel verschillende auteurs meedoen en welk deel van de berichten
  van de actiefste auteurs komt (representativiteit: "de luidsten worden de luidsten").

## 4. Wat niet gebeurt

{not_done}

{NCTV_LESSON}

## 5. Restrisico's

- Berichten kunnen bijzondere persoonsgegevens bevatten (gezondheid, geloof, politieke
  voorkeur); ze worden niet apart geanalyseerd en verdwijnen na de bewaartermijn.
- Sociale media zijn geen representatieve steekproef van de samenleving.
"""


def algoritmeregister(d: Any) -> str:
    """The algoritmeregister entry draft (Dutch Markdown) for dossier settings ``d``."""
    q = d.query
    return f"""# Algoritmeregister (concept): slim luisteren, dossier {d.name}

**Naam**: meedoen monitoring, dossier {d.name}

**Korte omschrijving**: telt en analyseert openbare berichten over het onderwerp van dit
dossier (volume, sentiment, opkomende termen, pieken), om in grote lijnen te zien wat er leeft.

**Doel en impact**: {d.purpose}

**Wettelijke grondslag**: {d.legal_basis}

**Verantwoordelijke**: {d.owner}

**Looptijd**: tot en met {_date(d.end_date)}

**Gegevens**: openbare berichten uit {_list(d.sources)} met trefwoorden {_list(q.keywords)},
hashtags {_list(q.hashtags)}, zonder {_list(q.exclusions)}, in de talen
{_list(q.languages) if q.languages else "alle talen"}.

**Technische werking**: taalherkenning, sentiment met een Nederlands woordenboek, een
markering voor controleerbare beweringen, piekdetectie ten opzichte van hetzelfde uur in
eerdere weken. Auteurs zijn gepseudonimiseerd (sleutel per dossier en per {_period(d)}).

**Menselijke tussenkomst**: alle signalen worden door een medewerker beoordeeld; er worden
geen besluiten over personen genomen.

**Risicobeheer**: bewaartermijn {d.retention_days} dagen; voorbeeldberichten pas bij minstens
{d.k} verschillende auteurs; geen profielen van personen, geen besloten groepen, geen
nepaccounts; elke zoekvraag en weergave wordt gelogd.
"""


def render(d: Any, today: date | None = None) -> str:
    """DPIA and algoritmeregister text, one Markdown document."""
    return dpia(d, today) + "\n---\n\n" + algoritmeregister(d)
