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
        # a rebuttal or expert claim stays RISICO, also on a highly sensitive dossier
        ("Dat klopt niet: de stikstofuitstoot daalt al jaren.", "stikstofuitstoot", RISICO),
        ("Als expert kan ik zeggen dat de PAS nooit had kunnen werken.", "PAS", RISICO),
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
        ("Asielzoekers krijgen te veel? Dat klopt gewoon niet.", RISICO, "weerwoord"),
        ("Ik kan bevestigen dat de asielopvang in Zeeland er komt.", ERNSTIG, "voorkennis"),
        (
            "Subsidie aanvragen? Makkelijk binnen te halen als je de aanvraag slim opknipt.",
            ERNSTIG,  # gaming one's own scheme: ERNSTIG at any sensitivity
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
        "Ik had het mis over de jeugdzorg, sorry!",  # one's own error is no rebuttal
        "Het jeugdzorgloket zit naast het gemeentehuis.",
    ],
)
def test_neutral_touch_stays_let_op(text: str) -> None:
    assert all(h.evidence.severity == LET_OP for h in cal(text))


def test_head_of_multiword_keyword_and_related_terms() -> None:
    hits = cal("Aid budgets will be cut again, can't say much yet.")
    assert [(h.text, h.evidence.severity) for h in hits] == [("Aid", RISICO)]
    hits = cal("Het aanmeldcentrum in Ter Apel is prima, mensen overdrijven.")
    assert [(h.text, h.evidence.severity) for h in hits] == [("aanmeldcentrum", RISICO)]


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Al dat geklaag over de jeugdzorg. Klopt niks van wat ze beweren.", "weerwoord"),
        ("De critici van de jeugdzorgplannen hebben het mis.", "weerwoord"),
        ("Ouders zitten er echt naast met hun jeugdzorgverhalen.", "weerwoord"),
        ("Die hele jeugdzorgaanpak is een papieren tijger.", "mening"),
        (
            "Hou je subsidieaanvraag net onder de drempel, dan wordt hij niet gecontroleerd.",
            "trucje",
        ),
    ],
)
def test_more_phrasings(text: str, signal: str) -> None:
    hits = cal(text)
    assert [h.evidence.severity for h in hits] == [ERNSTIG if signal == "trucje" else RISICO]
    assert f"signaal={signal}" in hits[0].evidence.tags


# --- calibration round 2: families of phrasings ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "severity", "signal"),
    [
        # personal opinion markers, with or without a disclaimer
        ("Mijn persoonlijke mening: jeugdzorg hoort weer bij het Rijk.", RISICO, "mening"),
        ("Persoonlijk vind ik de jeugdzorg veel te versnipperd.", RISICO, "mening"),
        ("Los van mijn werk: die jeugdzorgtarieven deugen niet.", RISICO, "mening"),
        (
            "Personally, I believe the asylum procedure should be simpler. Views my own.",
            RISICO,
            "mening",
        ),
        ("Extra jeugdzorgloketten lossen de wachtlijsten echt niet op.", RISICO, "mening"),
        # a negative judgement against the policy on a highly sensitive dossier
        (
            "Volgens mij is het nieuwe asielbeleid van het kabinet juridisch onhoudbaar.",
            ERNSTIG,
            "mening",
        ),
        ("Ik schaam me voor wat de minister met de asielopvang doet.", ERNSTIG, "mening"),
        # invoking one's own role: it can sound official, RISICO also on a hoog dossier
        ("Als jurist kan ik je zeggen dat asielzoekers dat recht gewoon hebben.", RISICO, "rol"),
        ("As the adviser who wrote the asylum chapter, I can tell you it is fine.", RISICO, "rol"),
        # hints without content stay RISICO; content that is not public yet is ERNSTIG on hoog
        ("Veel overleg over asiel deze week. Meer mag ik er nog niet over zeggen.", RISICO, "hint"),
        ("Het asieladvies ligt al bij ons op het bureau, en het is streng.", ERNSTIG, "lek"),
        ("Spoiler: de jeugdzorgmonitor komt uit op 12% minder wachtenden.", RISICO, "lek"),
    ],
)
def test_round2_families(text: str, severity: int, signal: str) -> None:
    hits = cal(text)
    assert [h.evidence.severity for h in hits] == [severity]
    assert f"signaal={signal}" in hits[0].evidence.tags
    assert hits[0].evidence.message and hits[0].evidence.advice


def test_polite_rebuttal_on_hoog_dossier_is_risico() -> None:
    (hit,) = run("Dat klopt niet helemaal: de stikstofdepositie wordt ook gemeten, zie het RIVM.")
    assert hit.evidence.severity == RISICO


def test_contact_offer_to_a_journalist_handle() -> None:
    (hit,) = cal("@verslaggever_stad ik heb een mooi verhaal voor je over de jeugdzorg. DM?")
    assert hit.evidence.severity == RISICO
    assert "signaal=contact" in hit.evidence.tags


def test_internal_embargo_reminder_is_no_risk() -> None:
    text = "Herinnering: het embargo op het asielrapport geldt ook voor ons team. Niets delen."
    hits = cal(text, context={"audience": "intern", "capacity": "in-functie"})
    assert [h.evidence.severity for h in hits] == [LET_OP]
    assert [h.evidence.severity for h in cal(text)] == [ERNSTIG]  # the same on an open channel


@pytest.mark.parametrize(
    "text",
    [
        "Volgens mij las ik dat de jeugdzorg een open dag heeft.",
        "Vandaag een werkbezoek aan een jeugdzorginstelling in Zwolle.",
        "Ik denk dat ik morgen vrij neem.",  # an opinion, but no dossier
    ],
)
def test_round2_near_misses(text: str) -> None:
    assert [h.evidence.severity for h in cal(text)] in ([], [LET_OP])


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Vanuit mijn werk weet ik dat de jeugdzorgwachtlijsten langer worden.", RISICO),
        ("Die nieuwe jeugdzorgregels zijn gewoon onwerkbaar.", RISICO),
        ("Het asielplan van de minister is rampzalig en onuitvoerbaar.", ERNSTIG),
        ("The asylum plan of the cabinet is reckless and simply won't work.", ERNSTIG),
    ],
)
def test_round2_role_and_negative_vocabulary(text: str, severity: int) -> None:
    assert [h.evidence.severity for h in cal(text)] == [severity]
