# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Round 9 (docs/evaluation.md): veiled calls to vote, applause in an MP's thread, and two
false alarms ("daar kunt u terecht", pointing an MP to what is already public).

The sentences are written for these tests; none is taken from an evaluation set.
"""

import pytest

from meedoen import check

PRIVATE = {"capacity": "prive", "channel": "x", "audience": "openbaar", "date": "2026-06-10"}
FAR = {
    "function": "ICT-beheerder",
    "level": "uitvoering",
    "dossiers": [{"name": "Netwerk", "keywords": ["netwerk", "servers"], "sensitivity": "laag"}],
}


def _politiek(text: str, profile: dict | None = None, context: dict | None = None) -> list[str]:
    a = check(text, profile=profile, context=context or PRIVATE)
    return [f.severity for f in a.findings if f.category == "politiek"]


@pytest.mark.parametrize(
    "text",
    [
        "wil je dat het zwembad openblijft, stem dan niet op de partij van de wethouder",
        "Stem liever op de partij die wel naar de wijk luistert.",
        "Wie op zo'n clubje stemt, moet later niet klagen over de dijken.",
        "Ik hoop dat de kiezer dit keer kiest voor partijen die de natuur serieus nemen.",
    ],
)
def test_veiled_calls_to_vote_are_a_risk(text: str) -> None:
    assert set(_politiek(text)) & {"risico", "ernstig"}


@pytest.mark.parametrize(
    "text",
    [
        "Ik stem morgen, en jij?",  # voting, no advice
        "De gemeente kiest voor partijen die duurzaam bouwen.",  # contractors, not voters
        "Het college stemt in met het plan voor de brug.",
    ],
)
def test_voting_words_without_advice_are_not(text: str) -> None:
    assert not set(_politiek(text)) & {"risico", "ernstig"}


def test_applause_in_an_mps_thread_is_a_risk_even_far_from_ones_work() -> None:
    reply = {"text": "Vandaag in het debat het kabinet bevraagd.", "author_role": "kamerlid"}
    ctx = {**PRIVATE, "reply_to": reply}
    assert "risico" in _politiek("@KamerlidX sterk gedaan vandaag 👏 precies dit.", FAR, ctx)
    # the same praise outside a politician's thread stays a point of attention
    assert _politiek("Sterk gedaan vandaag van de Tweede Kamer 👏", FAR) in ([], ["let-op"])
    # friendliness without endorsing a position is no applause
    assert not set(_politiek("Great thread! Coffee next time?", FAR, ctx)) & {"risico"}


@pytest.mark.parametrize(
    "text",
    [
        "Voor vragen over de regeling kunt u bij het ministerie terecht.",
        "Daar kun je maandag tot vrijdag bij de minister zijn loket terecht.",
    ],
)
def test_terecht_after_kunnen_is_no_opinion(text: str) -> None:
    assert not set(_politiek(text)) & {"risico", "ernstig"}


def test_terecht_as_an_opinion_still_counts() -> None:
    assert "risico" in _politiek("Terecht dat de Tweede Kamer dit plan wegstemt!")
    assert "risico" in _politiek("Terecht punt van de VVD vandaag.")


def test_pointing_an_mp_to_public_sources_is_no_substantive_answer() -> None:
    """Aanwijzing 7: a referral to what is already public is the right behaviour."""
    reply = {"text": "Hoeveel aanvragen liggen er nog?", "author_role": "kamerlid"}
    ctx = {"capacity": "in-functie", "channel": "x", "date": "2026-06-10", "reply_to": reply}
    text = (
        "De laatste cijfers staan in de Kamerbrief van mei en op de site van de dienst. "
        "Voor verdere vragen kunt u via de gebruikelijke weg bij het ministerie terecht."
    )
    a = check(text, context=ctx)
    assert not [f for f in a.findings if f.category in ("kamerlid", "politiek")]
    assert a.level == "groen"


@pytest.mark.parametrize(
    "text",
    [
        # a steer with a vote in view, without naming a party
        "Vergeet niet te stemmen! En denk even na wie er de afgelopen jaren echt iets voor de wijk deed.",
        "Stemmen op 17 maart: kijk even wie er in het bestuur tegen de nieuwe regels stemde.",
        # mockery of a named policy with a rhetorical follow-up
        "De huurwet weer uitgesteld. Wie had dat nou kunnen zien aankomen??",
        # English targets: The Hague, our PM
        "Nothing but chaos from The Hague again, embarrassing.",
        "Our PM at the summit today looked lost. Embarrassing.",
        # a petition against a cut, and brushing parliament aside
        "Teken de petitie tegen de bezuiniging op de bibliotheken!",
        "Wij gaan dit gewoon doorzetten, wat de Kamer er ook van vindt.",
    ],
)
def test_round9_political_phrasings_are_found(text: str) -> None:
    assert set(_politiek(text)) & {"risico", "ernstig"}, text


@pytest.mark.parametrize(
    "text",
    [
        "Benieuwd wat een waterschap eigenlijk doet? Op de site staat een korte uitleg.",
        "Kijk even wie er vanavond komt eten, dan doe ik de boodschappen.",
        "Afspraak om 3 pm met de architect over de verbouwing.",
    ],
)
def test_round9_near_misses_are_not(text: str) -> None:
    assert not set(_politiek(text)) & {"risico", "ernstig"}, text


def test_naming_the_body_being_elected_is_no_political_cue() -> None:
    ctx = {"capacity": "in-functie", "channel": "linkedin", "date": "2027-03-01"}
    text = "Op 17 maart kies je ook de Provinciale Staten. Op onze site staat hoe stemmen werkt."
    a = check(text, context=ctx)
    timing = [f for f in a.findings if f.category == "timing"]
    assert timing and all(f.severity == "let-op" for f in timing)


def test_an_mp_named_in_the_post_and_tagged_at_the_end_is_addressed() -> None:
    """Aanwijzing 7: an invitation to an MP on one's own initiative, the handle as closing tag."""
    text = "Sterk betoog van Kamerlid Ruben Hazelaar vandaag. Zou graag eens koffie drinken @RubenHazelaar ☕"
    a = check(text, context=PRIVATE)
    assert [f.severity for f in a.findings if f.category == "kamerlid"] == ["risico"]
    # a handle in passing, mid-sentence, with no MP named, is no address
    b = check("Mooi stuk van @PietJansen over koffie drinken in de Kamer.", context=PRIVATE)
    assert not [f for f in b.findings if f.category == "kamerlid"]


def test_a_referral_with_zij_helpen_u_verder_is_no_substantive_press_reply() -> None:
    reply = {"text": "Mag ik u interviewen?", "author_role": "journalist"}
    ctx = {"capacity": "in-functie", "channel": "linkedin", "date": "2026-09-10", "reply_to": reply}
    text = (
        "Dank voor uw bericht! Interviewverzoeken lopen via de woordvoering van ons ministerie. "
        "Zij helpen u graag verder."
    )
    assert not [f for f in check(text, context=ctx).findings if f.category == "pers"]
