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
