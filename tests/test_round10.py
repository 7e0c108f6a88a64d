# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Round 10 (docs/evaluation.md): findings learned from the general development set dev10a.
The sentences are written for these tests; none is taken from an evaluation set."""

import pytest

from meedoen import check

PRIVATE = {"capacity": "prive", "channel": "facebook", "date": "2026-06-10"}
IN_FUNCTION = {"capacity": "in-functie", "channel": "x", "date": "2026-06-10"}


def _found(text: str, category: str, profile=None, context=None) -> list[str]:
    a = check(text, profile=profile, context=context or PRIVATE)
    return [f.severity for f in a.findings if f.category == category]


def test_postcode_letters_that_are_also_a_unit_are_an_address_next_to_a_resident() -> None:
    text = "Weer afval gedumpt bij 3521 KM 14. Bewoner is al drie keer gewaarschuwd."
    assert "risico" in _found(text, "persoonsgegevens", context=IN_FUNCTION)
    assert not _found("Na 3521 KM 14 minuten lopen was ik er.", "persoonsgegevens")


def test_a_plate_with_its_parking_tickets_is_a_risk() -> None:
    assert "risico" in _found(
        "Kampioen van de week: GV-218-K, vierde bon deze maand 😂", "persoonsgegevens"
    )


def test_a_reply_that_cannot_see_the_readers_file_repeats_no_case_details() -> None:
    reply = {"text": "Waar blijft mijn teruggave?", "author_role": "burger"}
    text = (
        "Vervelend dat je teruggave nog niet binnen is. Wij kunnen hier niet in je gegevens "
        "kijken. Bel de BelastingTelefoon, zij helpen je verder."
    )
    assert not _found(text, "persoonsgegevens", context={**IN_FUNCTION, "reply_to": reply})


def test_a_slur_for_a_group_named_in_the_previous_sentence_is_hate() -> None:
    text = "Die asielzoekers komen hier alleen voor de huizen. Tuig is het, allemaal."
    assert "ernstig" in _found(text, "toon")
    assert _found("Die vent van de snackbar is tuig.", "toon") == ["risico"]


@pytest.mark.parametrize(
    "text",
    [
        "Big day tomorrow: unannounced inspection at a transport company in Moerdijk 😏",
        "Tip: wij van handhaving controleren de komende twee weken níet op de kade.",
        "Het rapport komt donderdag uit, maar ik kan al verklappen: drie vervoerders krijgen een boete.",
    ],
)
def test_enforcement_plans_and_findings_told_early_are_a_leak_on_ones_own_dossier(text) -> None:
    own = {
        "dossiers": [
            {
                "name": "Vervoer",
                "keywords": ["vervoerder", "kade", "transport"],
                "sensitivity": "midden",
            }
        ]
    }
    assert set(_found(text, "vertrouwelijk", own)) & {"risico", "ernstig"}


def test_a_wink_to_a_journalist_about_next_weeks_agenda_is_a_leak() -> None:
    reply = {"text": "Klopt het dat het azc dichtgaat?", "author_role": "journalist"}
    text = "Kan ik niet bevestigen of ontkennen 😏 maar kijk volgende week eens goed naar de raadsagenda."
    assert "risico" in _found(text, "vertrouwelijk", context={**PRIVATE, "reply_to": reply})


def test_confirming_for_an_organisation_by_name_speaks_for_it() -> None:
    text = "Voor iedereen die zich zorgen maakt: de kazerne gaat niet dicht. Vanuit Defensie kan ik dat bevestigen."
    assert "risico" in _found(text, "namens-organisatie")


def test_read_our_replies_before_tweeting_is_curt_in_function() -> None:
    reply = {"text": "Waarom krijg ik geen antwoord?", "author_role": "burger"}
    text = "Sir, we already answered this. Maybe read our replies before tweeting again?"
    assert "risico" in _found(text, "toon", context={**IN_FUNCTION, "reply_to": reply})


def test_a_gift_right_after_an_inspection_weighs_one_step_more() -> None:
    text = "Bedankt Garage Bosman voor de fles wijn na de controle vorige week! 🍷"
    inspector = {"function": "inspecteur", "enforcement_role": True}
    assert "ernstig" in _found(text, "integriteit", inspector)
    plain = "Bedankt Garage Bosman voor de fles wijn! 🍷"
    assert "ernstig" not in _found(plain, "integriteit", inspector)


def test_a_discount_code_that_leans_on_ones_function_is_ernstig() -> None:
    text = "Met code AGENT15 krijg je 15% korting op deze schoenen, draag ik zelf elke dienst op de noodhulp!"
    agent = {"function": "agent noodhulp", "level": "uitvoering"}
    assert "ernstig" in _found(text, "integriteit", agent)
    baker = {"function": "beleidsmedewerker water", "level": "beleid"}
    assert "ernstig" not in _found(text, "integriteit", baker)


@pytest.mark.parametrize(
    "text",
    [
        "Die staan openbaar in de jeugdmonitor van het CBS, per gemeente 👇 cbs.nl/jeugdmonitor",
        "Dank voor uw bericht! Ik heb uw vraag doorgezet naar onze parlementaire contactpersoon.",
    ],
)
def test_pointing_an_mp_to_public_data_or_passing_the_question_on_is_fine(text: str) -> None:
    reply = {"text": "Waar vind ik de cijfers?", "author_role": "kamerlid"}
    assert not _found(text, "kamerlid", context={**IN_FUNCTION, "reply_to": reply})
