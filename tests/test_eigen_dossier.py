# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Own-dossier detector: keyword forms, opinion, rebuttal, unpublished information."""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.eigen_dossier import EigenDossierDetector

PROFILE = {
    "dossiers": [
        {"name": "Stikstof", "keywords": ["stikstof", "PAS"], "sensitivity": "hoog"},
        {"name": "Wind op land", "keywords": ["windmolen", "windpark"], "sensitivity": "midden"},
        {"name": "Sociaal domein", "keywords": ["sociaal domein"], "sensitivity": "laag"},
    ]
}


def run(text: str, profile: dict | None = None, organisation: dict | None = None):
    return run_detector(
        EigenDossierDetector,
        text,
        profile=PROFILE if profile is None else profile,
        organisation=organisation,
    )


@pytest.mark.parametrize(
    ("text", "span", "severity"),
    [
        ("Vandaag is de stikstofaanpak gepresenteerd.", "stikstofaanpak", LET_OP),
        ("Nieuwe cijfers over stikstofdepositie staan online.", "stikstofdepositie", LET_OP),
        ("Drie nieuwe windmolens bij Almere.", "windmolens", LET_OP),
        ("Werkbezoek in het sociale domein.", "sociale domein", LET_OP),
        ("Die stikstofregels zijn echt belachelijk.", "stikstofregels", ERNSTIG),
        ("Dat klopt niet: de stikstofuitstoot daalt al jaren.", "stikstofuitstoot", ERNSTIG),
        ("Als expert kan ik zeggen dat de PAS nooit had kunnen werken.", "PAS", ERNSTIG),
        ("Ik vind die windmolens echt lelijk.", "windmolens", RISICO),
        ("Ik kan alvast verklappen dat het windpark er komt.", "windpark", RISICO),
        (
            "Morgen besluit de ministerraad over de stikstofaanpak; ik mag nog niks zeggen.",
            "stikstofaanpak",
            ERNSTIG,
        ),
        ("Fact check: het sociaal domein krijgt geen extra geld.", "sociaal domein", RISICO),
    ],
)
def test_positive(text: str, span: str, severity: int) -> None:
    hits = run(text)
    assert [(h.text, h.evidence.severity) for h in hits] == [(span, severity)]
    assert hits[0].evidence.message and hits[0].evidence.advice


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben pas net terug van vakantie.",  # acronym keyword is case-sensitive
        "Mooie wandeling langs de molen vandaag.",
        "Lekker weer om te fietsen.",
        "De gemeenteraad vergadert vanavond over de begroting.",
        "Wat een onzin, die nieuwe parkeerregels.",  # opinion, but not about a dossier
    ],
)
def test_negative(text: str) -> None:
    assert run(text) == []


def test_no_dossiers_no_findings() -> None:
    assert run("De stikstofaanpak is belachelijk.", profile={}) == []


def test_organisation_dossiers_count_too() -> None:
    org = {"dossiers": [{"name": "Asiel", "keywords": ["asielzoekers"], "sensitivity": "hoog"}]}
    hits = run(
        "De opvang van asielzoekers in Ter Apel is een schande.", profile={}, organisation=org
    )
    assert [(h.text, h.evidence.severity) for h in hits] == [("asielzoekers", ERNSTIG)]


def test_one_finding_per_dossier() -> None:
    hits = run("Stikstof, stikstofregels en nog eens stikstof. Ook windmolens.")
    assert [h.text for h in hits] == ["Stikstof", "windmolens"]


# --- calibration round: cue families, reply context, related terms -------------------------

CAL_PROFILE = {
    "dossiers": [
        {"name": "Jeugdzorg", "keywords": ["jeugdzorg", "jeugdhulp"], "sensitivity": "midden"},
        {"name": "Asiel", "keywords": ["asiel", "asielzoeker"], "sensitivity": "hoog"},
        {"name": "Hulp", "keywords": ["development aid"], "sensitivity": "laag"},
        {"name": "Subsidies", "keywords": ["subsidie"], "sensitivity": "laag"},
    ]
}


def cal(text: str, context: dict | None = None):
    return run_detector(EigenDossierDetector, text, profile=CAL_PROFILE, context=context)


@pytest.mark.parametrize(
    ("text", "severity", "signal"),
    [
        (
            "De wachtlijsten in de jeugdzorg zijn echt erger, dat weet ik uit eerste hand.",
            RISICO,
            "voorkennis",
        ),
        (
            "Jeugdhulpaanbieders klagen, maar ik zie elke dag hoe het echt gaat.",
            RISICO,
            "voorkennis",
        ),
        ("Ik zie dagelijks wie er in de jeugdzorg vastloopt.", RISICO, "voorkennis"),
        ("Nieuwe jeugdzorgcijfers? Wacht maar tot het onderzoek uitkomt.", RISICO, "voorkennis"),
        ("De echte jeugdzorgcijfers zijn veel hoger dan wat er nu rondgaat.", RISICO, "voorkennis"),
        ("Ouders overdrijven die jeugdzorgproblemen schromelijk.", RISICO, "weerwoord"),
        ("Critics of development aid clearly never read the evaluations.", LET_OP + 1, "weerwoord"),
        ("Asielzoekers krijgen te veel? Dat klopt gewoon niet.", ERNSTIG, "weerwoord"),
        ("Ik kan bevestigen dat de asielopvang in Zeeland er komt.", ERNSTIG, "voorkennis"),
        (
            "Subsidie aanvragen? Makkelijk binnen te halen als je de aanvraag slim opknipt.",
            RISICO,
            "trucje",
        ),
        (
            "Mooi cadeau gekregen van een subsidieontvanger, die relatie koester ik.",
            RISICO,
            "integriteit",
        ),
        (
            "Onder embargo: het jeugdzorgrapport is binnen en het is slecht nieuws.",
            RISICO,
            "niet-openbaar",
        ),
        ("Stem op de SP, dan komt er eindelijk geld voor de jeugdzorg!", RISICO, "politiek"),
    ],
)
def test_cue_families(text: str, severity: int, signal: str) -> None:
    hits = cal(text)
    assert [h.evidence.severity for h in hits] == [severity]
    assert f"signaal={signal}" in hits[0].evidence.tags


@pytest.mark.parametrize(
    ("text", "reply", "role", "severity", "span"),
    [
        (
            "Eerlijk gezegd vind ik het beleid onverantwoord.",
            "Hoe staat het met de jeugdzorg?",
            "journalist",
            RISICO,
            "Eerlijk gezegd vind ik het beleid onverantwoord.",
        ),
        (
            "Tussen ons: ja, het komt eraan. Bel me morgen even.",
            "Komt er een nieuw asielplan?",
            "journalist",
            ERNSTIG,
            "Tussen ons: ja, het komt eraan.",
        ),
        (
            "Agreed. DM me and I can walk you through the real numbers.",
            "Cuts to aid are hurting the poorest.",
            "kamerlid",
            RISICO,
            "Agreed.",
        ),
        (
            "Helemaal mee eens! Ik kan u wat interne stukken sturen.",
            "De jeugdhulp is onbetaalbaar geworden.",
            "kamerlid",
            RISICO,
            "Helemaal mee eens!",
        ),
    ],
)
def test_reply_context(text: str, reply: str, role: str, severity: int, span: str) -> None:
    ctx = {"reply_to": {"text": reply, "author_role": role}}
    hits = cal(text, ctx)
    assert [(h.text, h.evidence.severity) for h in hits] == [(span, severity)]
    tags = hits[0].evidence.tags
    assert any(t.startswith("dossier=") for t in tags)
    assert any(t.startswith("gevoeligheid=") for t in tags)


@pytest.mark.parametrize(
    ("text", "reply", "role"),
    [
        # a referral to the press office is the right answer
        (
            "Voor vragen kunt u terecht bij de woordvoering: pers@minvws.nl.",
            "Hoe zit het met de jeugdzorg?",
            "journalist",
        ),
        # a neutral thank-you to a citizen
        (
            "Dank voor uw bericht, ik stuur het door naar het juiste team.",
            "Mijn jeugdzorgaanvraag loopt al weken.",
            "burger",
        ),
        # the reply does not touch a dossier
        (
            "Helemaal mee eens, wat een mooi concert!",
            "Wat een goed optreden gisteren.",
            "politicus",
        ),
        # contact offers only count towards press or politics
        (
            "Bel me gerust, dan help ik u verder.",
            "Mijn jeugdzorgaanvraag loopt al weken.",
            "burger",
        ),
    ],
)
def test_reply_context_negative(text: str, reply: str, role: str) -> None:
    assert cal(text, {"reply_to": {"text": reply, "author_role": role}}) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nieuwe jeugdzorgcijfers staan online.",
        "Vandaag de nieuwe subsidieregeling uitgelegd aan ondernemers in Zwolle.",
        "Ik heb even gekeken naar de asieldebatten van vroeger, boeiend.",
        "In het systeem van de jeugdzorg werken veel partijen samen.",
        "De aid station at the marathon was great.",  # generic 'aid' alone is not in the profile
    ],
)
def test_neutral_touch_stays_let_op(text: str) -> None:
    assert all(h.evidence.severity == LET_OP for h in cal(text))


def test_head_of_multiword_keyword_and_related_terms() -> None:
    hits = cal("Aid budgets will be cut again, can't say much yet.")
    assert [(h.text, h.evidence.severity) for h in hits] == [("Aid", RISICO)]
    hits = cal("Het aanmeldcentrum in Ter Apel is prima, mensen overdrijven.")
    assert [(h.text, h.evidence.severity) for h in hits] == [("aanmeldcentrum", ERNSTIG)]


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Al dat geklaag over de jeugdzorg. Klopt niks van wat ze beweren.", "weerwoord"),
        (
            "Hou je subsidieaanvraag net onder de drempel, dan wordt hij niet gecontroleerd.",
            "trucje",
        ),
    ],
)
def test_more_phrasings(text: str, signal: str) -> None:
    hits = cal(text)
    assert [h.evidence.severity for h in hits] == [RISICO]
    assert f"signaal={signal}" in hits[0].evidence.tags
