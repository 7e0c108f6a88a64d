# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Combinations of findings (meedoen.core.assessment.combine), through meedoen.check()."""

from __future__ import annotations

import pytest

from meedoen import check
from meedoen.core.assessment import combine

ASIEL = {
    "dossiers": [{"name": "Asiel", "keywords": ["azc", "asielopvang"], "sensitivity": "midden"}]
}
PRIVE = {"capacity": "prive", "channel": "x", "date": "2026-06-10"}


def _by_category(text: str, profile: dict | None = None, context: dict | None = None):
    a = check(text, profile, context or PRIVE)
    return a, {f.category: f for f in a.findings}


def test_own_dossier_touch_becomes_a_risk_next_to_another_risk() -> None:
    text = "Bewoner van het azc in Almere, BSN 111222333, zoekt zijn post."
    a, found = _by_category(text, ASIEL)
    assert found["persoonsgegevens"].severity == "ernstig"
    assert found["eigen-dossier"].severity == "risico"
    assert "Combinatie C1" in found["eigen-dossier"].explanation
    # the same touch without another risk stays a point of attention
    _, plain = _by_category("Vandaag op bezoek bij het azc in Almere, mooie gesprekken.", ASIEL)
    assert plain["eigen-dossier"].severity == "let-op"


def test_a_combined_risk_does_not_count_twice_in_b2() -> None:
    """Told contact with the press (risico) about one's own dossier stays oranje: the
    dossier amplifies that risk, it is not a second one."""
    text = "Vanmiddag koffie met een journalist van het Parool over het azc."
    a, found = _by_category(text, ASIEL)
    assert found["pers"].severity == "risico"
    assert found["eigen-dossier"].severity == "risico"
    assert a.level == "oranje" and a.decision.startswith("B4")


def test_a_leak_that_names_its_moment_is_a_timing_risk() -> None:
    text = "Ik mag nog niks zeggen, maar de ministerraad besluit vrijdag over de spreiding."
    _, found = _by_category(text)
    assert found["timing"].severity == "risico"
    assert found["timing"].evidence.lower() == "vrijdag"
    assert "Combinatie C2" in found["timing"].explanation
    # no moment named: no timing finding from the combination
    _, none = _by_category("Ik mag nog niks zeggen, maar de ministerraad gaat besluiten.")
    assert "timing" not in none


@pytest.mark.parametrize(
    ("tagged", "amplifiers"),
    [
        ([("eigen-dossier", 2, ("combinatie=C1",)), ("pers", 2, ())], {"eigen-dossier"}),
        ([("eigen-dossier", 2, ("combinatie=C1",)), ("eigen-dossier", 2, ())], set()),
        ([("timing", 2, ("combinatie=C2",))], {"timing"}),
        ([("pers", 3, ()), ("eigen-dossier", 1, ())], set()),
    ],
)
def test_amplifiers(tagged, amplifiers) -> None:
    assert combine.amplified(tagged) == frozenset(amplifiers)


def test_combinations_are_documented_in_the_decision_table_page() -> None:
    from pathlib import Path

    page = (Path(__file__).resolve().parents[1] / "docs" / "decision-table.md").read_text("utf-8")
    for c in combine.COMBINATIONS:
        assert f"| {c.id} | {c.condition} |" in page


def test_a_political_remark_in_an_election_period_is_a_timing_risk() -> None:
    ctx = {"capacity": "prive", "channel": "x", "date": "2026-03-11"}
    a, found = _by_category(
        "Nog een week tot de raadsverkiezingen: je weet welk vakje je rood moet maken 😉",
        context=ctx,
    )
    assert found["politiek"].severity == "risico"
    assert found["timing"].severity == "risico"
    assert "Combinatie C3" in found["timing"].explanation
    assert a.level == "oranje"  # one risk, amplified by the period: not two
    _, neutral = _by_category(
        "Nog een week tot de raadsverkiezingen, vergeet niet te stemmen!", context=ctx
    )
    assert "politiek" not in neutral
    assert neutral.get("timing") is None or neutral["timing"].severity == "let-op"


def test_a_day_that_is_not_a_publication_moment_adds_no_timing() -> None:
    _, found = _by_category("Ik heb de echte cijfers, stuur ik je morgen wel 😉")
    assert found["vertrouwelijk"].severity in ("risico", "ernstig")
    assert "timing" not in found


# C4: light hints that only weigh on one's own dossier. Sentences written for these tests.
HINTS_ON_OWN_DOSSIER = [
    ("Nieuwe cijfers over het azc binnen, laten we zeggen: verrassend 👀", "vertrouwelijk"),
    (
        "Over de asielopvang in Almere kan ik alleen zeggen: het ligt intern al vast.",
        "vertrouwelijk",
    ),
    ("the asielopvang numbers we see now are... interesting 👀", "vertrouwelijk"),
    ("Geen zorgen over het azc hoor, dat komt helemaal goed.", "namens-organisatie"),
    ("asielopvang in your town: no worries, it will be fine, we'll sort it", "namens-organisatie"),
]


@pytest.mark.parametrize(("text", "category"), HINTS_ON_OWN_DOSSIER)
def test_a_light_hint_on_ones_own_dossier_is_a_risk(text: str, category: str) -> None:
    a, found = _by_category(text, ASIEL)
    assert found[category].severity == "risico", [f.category for f in a.findings]
    assert found["eigen-dossier"].severity == "risico"  # and C1 then weighs the dossier
    assert a.level == "oranje"
    # the same hint without the dossier is small talk: no finding from C4
    _, elsewhere = _by_category(text.replace("asielopvang", "voetbal").replace("azc", "stadion"))
    assert "Combinatie C4" not in getattr(elsewhere.get(category), "explanation", "")


def test_c4_is_what_finds_a_hint_the_detectors_alone_miss() -> None:
    text = "Nieuwe cijfers over het azc binnen, laten we zeggen: verrassend 👀"
    _, found = _by_category(text, ASIEL)
    assert "Combinatie C4" in found["vertrouwelijk"].explanation
    _, promise = _by_category("Geen zorgen over het azc hoor, dat komt helemaal goed.", ASIEL)
    assert "Combinatie C4" in promise["namens-organisatie"].explanation


def test_a_hint_next_to_a_published_fact_about_the_dossier_is_no_c4() -> None:
    text = "Het rapport over het azc staat sinds vandaag online, lees het op de site."
    _, found = _by_category(text, ASIEL)
    assert "vertrouwelijk" not in found and "namens-organisatie" not in found


def test_an_eyes_emoji_pointing_at_a_public_link_is_no_hint() -> None:
    text = "Interessante draad over het azc, lees even mee 👀 https://example.org/draad"
    _, found = _by_category(text, ASIEL)
    assert "vertrouwelijk" not in found
    _, hinted = _by_category("Interessante cijfers over het azc 👀", ASIEL)
    assert hinted["vertrouwelijk"].severity == "risico"


def test_no_insider_hint_on_an_internal_channel() -> None:
    """Issue #2 §3: on an internal channel "concept" alone is no finding; C4 keeps to that."""
    text = (
        "De conceptversie van de notitie over het azc staat op de teamsite, intern nog even stil."
    )
    intern = {**PRIVE, "channel": "intranet", "audience": "intern"}
    _, found = _by_category(text, ASIEL, intern)
    assert "vertrouwelijk" not in found or found["vertrouwelijk"].severity == "let-op"
    assert "Combinatie C4" not in getattr(found.get("vertrouwelijk"), "explanation", "")
    _, public = _by_category(text, ASIEL)
    assert public["vertrouwelijk"].severity == "risico"


# C4 phrases that are no hint. Sentences written for these tests.
@pytest.mark.parametrize(
    "text",
    [
        "Een ondernemer bij het azc wilde me een fles wijn geven. Mag niet en doe ik niet.",
        "Het aantal mensen dat wacht op een plek in het azc daalde, zo staat in het jaarverslag.",
    ],
)
def test_rules_and_waiting_people_are_no_insider_hint(text: str) -> None:
    _, found = _by_category(text, ASIEL)
    assert "vertrouwelijk" not in found


# C5: contact with the press or an MP and an offer of more than is public.
MP_REPLY = {**PRIVE, "reply_to": {"text": "Hoeveel plekken zijn er?", "author_role": "kamerlid"}}
PRESS_REPLY = {**PRIVE, "reply_to": {"text": "Wie weet meer?", "author_role": "journalist"}}


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "@KamerlidX klopt niet hoor. Stuur me gerust een DM als u de echte cijfers wilt.",
            MP_REPLY,
        ),
        (
            "Kijk eens naar de besluiten die nooit openbaar zijn gemaakt. Mail me maar privé.",
            PRESS_REPLY,
        ),
        ("Ask the minister about the scenario that got dropped from the last letter.", MP_REPLY),
    ],
)
def test_an_offer_of_unpublished_information_to_press_or_mp_is_a_leak(text, context) -> None:
    a, found = _by_category(text, None, context)
    assert found["vertrouwelijk"].severity == "risico"
    assert "Combinatie C5" in found["vertrouwelijk"].explanation
    # a leak next to the contact counts as a risk of its own (decision table B2): rood
    assert a.level == "rood"


def test_no_c5_without_contact_or_without_an_offer() -> None:
    text = "Stuur me gerust een DM als u de echte cijfers wilt."
    _, found = _by_category(text, None, PRIVE)  # nobody from the press or parliament
    assert "vertrouwelijk" not in found
    _, found = _by_category(
        "Dank voor uw vraag, de woordvoering helpt u verder.", None, PRESS_REPLY
    )
    assert "vertrouwelijk" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kan alvast verklappen dat het azc in Almere dicht gaat. Goed nieuws!",
        "Het azc blijft open, hoorde ik vandaag. Die wethouder is er klaar mee.",
    ],
)
def test_telling_what_is_coming_on_ones_own_dossier_is_an_insider_hint(text: str) -> None:
    _, found = _by_category(text, ASIEL)
    assert found["vertrouwelijk"].severity in ("risico", "ernstig")


def test_c6_an_opinion_on_ones_own_dossier_about_policy_is_political() -> None:
    text = "Die nieuwe azc-regeling houdt mensen gewoon veel te lang thuis. Jammer."
    a, found = _by_category(text, ASIEL)
    assert found["politiek"].severity == "risico"
    assert "Combinatie C6" in found["politiek"].explanation
    # an amplifier: the level is that of the one risk (decision table B2)
    assert a.level == "oranje"
    # the same opinion without policy or government in it is no political utterance
    _, plain = _by_category("Persoonlijk vind ik het azc in Almere echt een mooie plek.", ASIEL)
    assert "Combinatie C6" not in getattr(plain.get("politiek"), "explanation", "")
