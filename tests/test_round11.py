# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Round 11 (docs/evaluation.md): findings learned from the development set dev12a.
The sentences are written for these tests; none is taken from an evaluation set."""

import pytest

from meedoen import check

PRIVATE = {"capacity": "prive", "channel": "facebook", "date": "2026-06-10"}
IN_FUNCTION = {"capacity": "in-functie", "channel": "x", "date": "2026-06-10"}
ELECTION = {"capacity": "prive", "channel": "x", "date": "2026-03-16"}  # gemeenteraad 18-03


def _found(text: str, category: str, profile=None, context=None) -> list[str]:
    a = check(text, profile=profile, context=context or PRIVATE)
    return [f.severity for f in a.findings if f.category == category]


@pytest.mark.parametrize(
    "text",
    [
        "Stemmen voor de gemeenteraad kan woensdag tot 21.00 uur. Vergeet je stempas niet!",
        "Just voted for the gemeenteraad. Whoever you pick: go vote!",
    ],
)
def test_naming_the_council_being_elected_is_no_political_cue(text: str) -> None:
    assert "risico" not in _found(text, "timing", context=ELECTION)


def test_an_opinion_about_the_council_in_the_election_window_still_weighs() -> None:
    text = "De gemeenteraad heeft er vier jaar een potje van gemaakt. Stem ze weg op 18 maart!"
    assert "risico" in _found(text, "timing", context=ELECTION)


@pytest.mark.parametrize(
    "text, found",
    [
        ("Uw zaaknummer (123456782) kunnen we hier niet bespreken; stuur ons een DM.", False),
        ("Je dossiernummer (123456782) staat in de brief.", False),
        ("Mijn BSN (123456782) staat op de brief, klopt dat?", True),
    ],
)
def test_a_number_labelled_in_brackets_is_that_kind_of_number(text: str, found: bool) -> None:
    assert bool(_found(text, "persoonsgegevens", context=IN_FUNCTION)) is found


def test_a_reply_to_an_mp_that_points_to_a_public_page_and_the_parliamentary_contact() -> None:
    reply = {"text": "Wanneer gaat de sluis dicht?", "author_role": "kamerlid"}
    text = (
        "Het schema staat op rijkswaterstaat.nl/sluis-eefde en wordt daar bijgewerkt. Met verdere "
        "vragen vanuit de Kamer kunt u terecht bij de parlementair contactpersoon van het ministerie."
    )
    assert not _found(text, "kamerlid", context={**IN_FUNCTION, "reply_to": reply})


def test_a_reply_to_an_mp_with_an_opinion_is_still_contact() -> None:
    reply = {"text": "Wanneer gaat de sluis dicht?", "author_role": "kamerlid"}
    text = "Eerlijk gezegd is die planning veel te krap, dat weet iedereen hier. Bel me gerust."
    assert _found(text, "kamerlid", context={**IN_FUNCTION, "reply_to": reply})


@pytest.mark.parametrize(
    "text, quiet",
    [
        (
            "Ik mag nog niks zeggen, maar volgende week wordt mijn vader 80 en er komt een feest 🤫",
            True,
        ),
        (
            "Ik mag nog niks zeggen, maar het besluit over de kazerne valt anders uit dan gedacht 🤫",
            False,
        ),
    ],
)
def test_a_family_birthday_is_no_hint_about_work(text: str, quiet: bool) -> None:
    assert (not _found(text, "vertrouwelijk")) is quiet


@pytest.mark.parametrize(
    "text",
    [
        "Vanuit het waterschap kan ik jullie zeggen: de dijk houdt het, geen zorgen.",
        "Vanuit de gemeente kan ik u verzekeren dat de speeltuin blijft.",
    ],
)
def test_speaking_from_the_organisation_to_the_readers_is_on_its_behalf(text: str) -> None:
    assert "risico" in _found(text, "namens-organisatie")


def test_a_gift_from_a_party_under_ones_own_supervision_is_ernstig() -> None:
    text = "Fles wijn van de garage waar ik toezicht op houd, die weten hoe het moet 🍷"
    assert "ernstig" in _found(text, "integriteit")
    assert "ernstig" not in _found("Fles wijn van de garage gekregen, top service!", "integriteit")


def test_dinner_after_a_vendors_demo_is_hospitality_from_a_business_party() -> None:
    text = "Thanks to DataWolk for the dinner after the demo of their new dashboard!"
    assert "risico" in _found(text, "integriteit")


@pytest.mark.parametrize(
    "text",
    [
        "Those 'road hogs' on the A2 again. Parasites, every single one of them.",
        "De 'klimaatdrammers' van vanochtend zijn gewoon parasieten.",
        "The protesters are absolute idiots, the lot of them.",
    ],
)
def test_scare_quotes_or_a_collective_do_not_hide_an_insult(text: str) -> None:
    assert "risico" in _found(text, "toon") or "ernstig" in _found(text, "toon")


@pytest.mark.parametrize(
    "text",
    [
        "Iemand schreef onder onze post 'stelletje idioten' en dat vinden we niet oké.",
        "👏👏 Drie maanden cel voor de man die riep: 'jullie krijgen het ook'",
    ],
)
def test_an_insult_inside_a_quotation_stays_a_quotation(text: str) -> None:
    assert "risico" not in _found(text, "toon") and "ernstig" not in _found(text, "toon")


@pytest.mark.parametrize(
    "text, severity",
    [
        ("These people are idiots.", "let-op"),  # as "die mensen zijn idioten"
        ("The council members are morons.", "risico"),
    ],
)
def test_english_insults_in_the_plural_weigh_like_the_singular(text: str, severity: str) -> None:
    assert severity in _found(text, "toon")


@pytest.mark.parametrize(
    "text",
    [
        "Zoals we u al twee keer hebben uitgelegd: u vindt het formulier online.",
        "Het staat in de brief. Even lezen helpt echt.",
        "Nee hoor, de brug zakt niet in. Misschien eerst even googelen?",
    ],
)
def test_condescending_replies_to_the_public(text: str) -> None:
    assert "risico" in _found(text, "toon", context=IN_FUNCTION)


def test_explaining_once_more_politely_is_no_condescension() -> None:
    text = (
        "Goed dat u het vraagt. We leggen het graag nog een keer uit: het formulier staat online."
    )
    assert not _found(text, "toon", context=IN_FUNCTION)


@pytest.mark.parametrize(
    "text",
    [
        "Just sent a connection request to MP Anna de Wit, would love to exchange ideas on housing.",
        "Had coffee with an MP yesterday about the new asylum law.",
    ],
)
def test_told_contact_with_an_mp_in_english(text: str) -> None:
    assert _found(text, "kamerlid", context=IN_FUNCTION)


def test_an_mp_in_the_news_is_no_contact() -> None:
    text = "Interesting piece by an MP in the paper today about the housing shortage."
    assert not _found(text, "kamerlid", context=IN_FUNCTION)


# English parity: what the Dutch patterns already found, in English.


@pytest.mark.parametrize(
    "text",
    [
        "I promise you your benefit will be paid before Friday.",
        "Don't worry, your permit will be fine, I'll make sure of it.",
        "I'll personally make sure your refund is processed this week.",
    ],
)
def test_english_promises_about_a_readers_case(text: str) -> None:
    assert "risico" in _found(text, "namens-organisatie")


def test_an_english_promise_about_something_else_is_no_case_promise() -> None:
    assert not _found("I promise you the cake will be great this time.", "namens-organisatie")


@pytest.mark.parametrize(
    "text, found",
    [
        ("A journalist from the local paper called me, I explained how it really works.", True),
        ("A journalist called me, I referred her to our press office.", False),
        ("Great piece by a journalist who called me out on my numbers.", False),
    ],
)
def test_told_contact_with_the_press_in_english(text: str, found: bool) -> None:
    assert bool(_found(text, "pers")) is found  # a private post, as the Dutch tests


def test_no_clue_is_an_opinion_like_no_idea() -> None:
    assert "risico" in _found("The coalition has no clue what they're doing.", "politiek")


@pytest.mark.parametrize(
    "text",
    ["Stem 18 maart op GroenLinks!", "Stem woensdag op Lokaal Belang!"],
)
def test_a_call_to_vote_with_the_day_in_between(text: str) -> None:
    assert "risico" in _found(text, "politiek", context=ELECTION)
    assert "risico" in _found(text, "timing", context=ELECTION)  # an alias names the party


def test_the_voice_of_the_citizen_is_no_call_to_vote() -> None:
    assert not _found("De stem van de burger op 18 maart telt.", "politiek", context=ELECTION)


@pytest.mark.parametrize(
    "text", ["The mayor is an absolute clown.", "Our alderman is a complete moron."]
)
def test_insulting_a_local_politician_in_english_weighs_heavy(text: str) -> None:
    assert "ernstig" in _found(text, "toon")


@pytest.mark.parametrize(
    "text, found",
    [
        ("Between us: the board already decided to close the office.", True),
        ("The minister already decided, it just hasn't been announced yet.", True),
        ("We already decided on pizza for the team lunch 🍕", False),
    ],
)
def test_an_unpublished_decision_in_english(text: str, found: bool) -> None:
    assert bool(_found(text, "vertrouwelijk")) is found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Women shouldn't be in management.", True),
        ("Muslims don't belong in this country.", True),
        ("Dogs shouldn't be in the office.", False),
    ],
)
def test_excluding_a_group_in_english(text: str, found: bool) -> None:
    assert ("ernstig" in _found(text, "toon")) is found


@pytest.mark.parametrize(
    "text",
    [
        "Our position as a ministry is that the law is unworkable.",
        "Ons standpunt als ministerie is dat de wet onuitvoerbaar is.",
    ],
)
def test_a_position_as_the_organisation(text: str) -> None:
    assert "risico" in _found(text, "namens-organisatie")


@pytest.mark.parametrize(
    "text, found",
    [
        ("Happy to talk to the press about this, my number is in my bio.", True),
        ("Journalisten mogen me altijd bellen over dit dossier.", True),
        ("Our spokesperson is happy to talk to the press.", False),
        ("Vragen van de pers? Journalisten kunnen terecht bij de woordvoering.", False),
    ],
)
def test_offering_oneself_to_the_press(text: str, found: bool) -> None:
    assert bool(_found(text, "pers")) is found


def test_a_spokesperson_may_offer_press_contact_in_function() -> None:
    text = "Journalisten mogen me altijd bellen over dit dossier."
    assert not _found(text, "pers", profile={"function": "woordvoerder"}, context=IN_FUNCTION)


@pytest.mark.parametrize(
    "text, severity",
    [
        ("Dear Ms Jansen MP, happy to brief you on the numbers, just DM me.", "ernstig"),
        (
            "@JansenTK let me know if you want the real numbers, they're worse than in the letter.",
            "risico",
        ),
    ],
)
def test_addressing_an_mp_in_english(text: str, severity: str) -> None:
    found = _found(text, "kamerlid")
    assert found and max(found, key=["let-op", "risico", "ernstig"].index) in (severity, "ernstig")


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "Morgen maakt de minister het plan bekend en ik kan je al zeggen: een flinke bezuiniging.",
            True,
        ),
        (
            "Tomorrow the minister announces the plan, and I can already tell you it's a big cut.",
            True,
        ),
        ("Ik kan je al zeggen: het feest wordt top!", False),
    ],
)
def test_telling_the_content_of_an_announcement_before_it(text: str, found: bool) -> None:
    assert ("ernstig" in _found(text, "vertrouwelijk")) is found


def test_saying_the_minister_lies_is_an_opinion() -> None:
    assert "risico" in _found("De minister liegt over de cijfers.", "politiek")


@pytest.mark.parametrize(
    "text, category",
    [
        ("Impressive how the cabinet manages to upset everyone again.", "politiek"),
        ("This alderman has no idea what's going on in the neighbourhoods.", "politiek"),
        (
            "Heerlijk diner gehad bij de aannemer, volgende week tekenen we het contract 🥂",
            "integriteit",
        ),
        ("Lovely dinner at the contractor's, we sign the contract next week 🥂", "integriteit"),
        ("What a bunch of whiners, those residents of the Bird district.", "toon"),
        (
            "The province will build that road anyway, whatever the residents think.",
            "namens-organisatie",
        ),
    ],
)
def test_parity_batch_four(text: str, category: str) -> None:
    assert set(_found(text, category)) & {"risico", "ernstig"}


def test_dinner_at_a_friends_is_no_hospitality() -> None:
    assert not _found("Heerlijk diner gehad bij mijn zus, volgende week weer 🥂", "integriteit")


@pytest.mark.parametrize(
    "text, category",
    [
        ("I honestly don't understand why the minister is pushing this plan.", "politiek"),
        ("The coalition is just dropping the farmers.", "politiek"),
        ("Hoe haalt de wethouder het in zijn hoofd.", "politiek"),
        ("What was the alderman thinking?!", "politiek"),
        (
            "The report is ready, but the ministry is sitting on it until after the election.",
            "vertrouwelijk",
        ),
        (
            "De nieuwe cijfers zijn binnen en ze zijn slecht. Officieel hoor je het pas vrijdag.",
            "vertrouwelijk",
        ),
        (
            "The new numbers are in and they're bad. Officially you'll hear it on Friday.",
            "vertrouwelijk",
        ),
    ],
)
def test_parity_batch_five(text: str, category: str) -> None:
    assert set(_found(text, category)) & {"risico", "ernstig"}


def test_an_open_tax_assessment_in_an_english_webcare_reply_is_case_detail() -> None:
    reply = {"text": "Where is my refund?", "author_role": "burger"}
    text = "Hi Sandra, I see in our system that your assessment is still open."
    assert "ernstig" in _found(text, "persoonsgegevens", context={**IN_FUNCTION, "reply_to": reply})


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is dropping by our school tomorrow, the kids are excited!",
        "Happy to talk to the press office about the new website.",
        "What was I thinking, signing up for a marathon 😅",
        "The surprise party is still under wraps, don't tell Anna!",
        "Coffee at the supplier's stand at the fair, they had great cookies.",
    ],
)
def test_near_misses_of_the_parity_patterns(text: str) -> None:
    a = check(text, context=PRIVATE)
    assert not [f for f in a.findings if f.severity in ("risico", "ernstig")]


@pytest.mark.parametrize(
    "text, category",
    [
        ("Those complainers from Juliana Street should stop whining.", "toon"),
        ("What a stupid reply from this gentleman again.", "toon"),
        (
            "The council decided to close the pool, but I'm not allowed to say that yet.",
            "vertrouwelijk",
        ),
    ],
)
def test_parity_batch_six(text: str, category: str) -> None:
    assert set(_found(text, category)) & {"risico", "ernstig"}


def test_the_city_council_meeting_is_no_secret() -> None:
    assert not _found("The city council meets on Thursday, agenda online.", "vertrouwelijk")
