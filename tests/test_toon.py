# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Tone detector: curses, insults, coarse words, shouting, contempt and hate."""

from __future__ import annotations

import pytest

from conftest import run_detector
from meedoen.core.detectors.base import ERNSTIG, LET_OP, RISICO
from meedoen.core.detectors.builtin.toon import ToonDetector
from meedoen.core.text.toon_groups import mask_groups as _mask_groups

IN_FUNCTIE = {"capacity": "in-functie"}


def kinds(text: str, context: dict | None = None) -> list[tuple[str, str, int]]:
    return [
        (h.evidence.tags[0], h.text, h.evidence.severity)
        for h in run_detector(ToonDetector, text, context=context)
    ]


@pytest.mark.parametrize(
    ("text", "kind", "span"),
    [
        ("Wat een kankerlijer is die buurman", "curse", "kankerlijer"),
        ("Krijg toch de tyfus", "curse", "Krijg toch de tyfus"),
        ("Teringzooi weer op de A12", "curse", "Teringzooi"),
        ("die klerelijers van de gemeente", "curse", "klerelijers"),
        ("kanker slecht weer vandaag", "curse", "kanker slecht"),
        ("Wat een stelletje kankeridioten", "curse", "kankeridioten"),
        ("Wat een hufter", "scheld", "hufter"),
        ("Die klootzakken snappen het niet", "scheld", "klootzakken"),
        ("Hou je bek nou eens", "direct", "Hou je bek"),
        ("Kutweer vandaag", "grof", "Kutweer"),
        ("Godverdomme, weer file", "grof", "Godverdomme"),
        ("Wat een onzin zeg", "contempt", "Wat een onzin"),
        ("Dom volk hier in de stad", "contempt", "Dom volk"),
        ("Lees eerst eens het rapport voordat je reageert", "contempt", "Lees eerst eens"),
        ("Dit plan is onzin.", "mild", "onzin"),
        ("Ik haat moslims.", "hate", "Ik haat moslims"),
        ("Alle asielzoekers zijn tuig", "hate", "Alle asielzoekers zijn tuig"),
        ("Marokkanen zijn gewoon ongedierte", "hate", "Marokkanen zijn gewoon ongedierte"),
        ("Dood aan alle joden", "hate", "Dood aan alle joden"),
        (
            "Die vluchtelingen moeten allemaal dood",
            "hate",
            "Die vluchtelingen moeten allemaal dood",
        ),
        ("Die wethouder moet opgehangen worden", "threat", "moet opgehangen"),
        ("Weer zo'n roetmop in de trein", "slur", "roetmop"),
        ("Ik h44t vrouwen", "hate", "Ik h44t vrouwen"),  # leetspeak is folded
        ("STOP NU METEEN MET DIT BELEID!!!", "shout", "STOP NU METEEN MET DIT BELEID!!!"),
    ],
)
def test_positive(text: str, kind: str, span: str) -> None:
    found = kinds(text)
    assert (kind, span) in [(k, s) for k, s, _ in found], found


@pytest.mark.parametrize(
    "text",
    [
        "Mijn moeder heeft kanker; steun het KWF in de strijd tegen kanker.",
        "Het kankeronderzoek van het UMC krijgt extra geld.",
        "Hij had kanker op jonge leeftijd.",
        "Kanker treft vrouwen vaker dan gedacht.",
        "Buiktyfus komt in Nederland bijna niet meer voor.",
        "Nieuwe kleren gekocht voor de bruiloft.",
        "Trots op ons team!!! Wat een mooie dag.",
        "We negeren de ruis en gaan door met het werk.",
        "Ik haat moslims niet.",
        "Er is geen haat in mijn hart voor vrouwen.",
        'Wie zegt "ik haat joden" moet worden aangesproken.',
        "We moeten ons uitspreken tegen haat jegens homo's.",
        "Het is niet oké om mensen flikker te noemen.",
        "Wie dreigt om alle moslims te doden, wordt vervolgd.",
        "Vrouwen zijn sterk en verdienen gelijke kansen.",
        "Polen zijn belangrijke handelspartners van Nederland.",
        "Asielzoekers worden opgevangen in Ter Apel.",
        "Vandaag met de NOS en het RIVM over de cijfers gesproken.",
        "WIJK BIJ DUURSTEDE Vanaf woensdag verkeershinder op de dijk.",
        "Lees het hele rapport op onze website.",
        "Mooie eikels en kastanjes gevonden in het bos.",
        "De vergadering over de begroting liep uit tot tien uur.",
        "Wie helpt ons met het project? Reacties welkom!",
    ],
)
def test_negative(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "private", "in_function"),
    [
        ("Wat een onzin", LET_OP, RISICO),
        ("Die man is een idioot", LET_OP, RISICO),
        ("Kutweer", RISICO, RISICO),
        ("Wat een hufter", RISICO, ERNSTIG),
        ("Kankerlijers allemaal", ERNSTIG, ERNSTIG),
        ("Alle migranten zijn uitschot", ERNSTIG, ERNSTIG),
    ],
)
def test_stricter_in_function(text: str, private: int, in_function: int) -> None:
    assert max(s for _, _, s in kinds(text)) == private
    assert max(s for _, _, s in kinds(text, IN_FUNCTIE)) == in_function


def test_hate_findings_are_tagged_haat() -> None:
    hits = run_detector(ToonDetector, "Alle joden zijn ratten")
    assert hits and "haat" in hits[0].evidence.tags
    assert hits[0].evidence.message and hits[0].evidence.advice


def test_spans_map_to_original_text() -> None:
    text = "Goedemorgen.\u200b Wat een kankerlijer!"
    (hit,) = run_detector(ToonDetector, text)
    assert text[hit.start : hit.end] == hit.text == "kankerlijer"


def test_group_masking_keeps_length() -> None:
    low = "ik haat al die moslims zoals jij. verder niks."
    masked, ranges = _mask_groups(low, None)
    assert len(masked) == len(low)
    assert "§" in masked and "moslims" not in masked
    assert ranges == [(0, low.index(".") + 1)]


@pytest.mark.parametrize(
    ("low", "masked_pronouns"),
    [
        ("wij helpen vluchtelingen. ze zijn welkom.", ["ze"]),  # the next sentence
        ("niks tegen polen, maar de meeste van hen zijn lui.", ["hen"]),  # the same sentence
        ("ze zeggen dat moslims hier niet horen.", []),  # before the mention: not the group
        ("vluchtelingen wachten. lang. ze zijn moe.", []),  # two sentences on: too far
    ],
)
def test_pronouns_after_a_group_mention_are_masked(low: str, masked_pronouns: list[str]) -> None:
    masked, ranges = _mask_groups(low, None)
    assert len(masked) == len(low)
    left = {w for w in ("ze", "zij", "hen") if f" {w} " in f" {masked} "}
    assert sorted({"ze", "zij", "hen"} & set(low.replace(",", " ").split()) - left) == sorted(
        set(masked_pronouns)
    )
    for start, end in ranges:
        assert 0 <= start < end <= len(low)


# A few MHC Dutch sentences (Röttger et al. 2022, Multilingual HateCheck, CC BY 4.0).
@pytest.mark.parametrize(
    ("text", "hateful"),
    [
        ("Ik veracht vrouwen.", True),
        ("Moslims zijn uitschot.", True),
        ("Ik wil alle vrouwen doden.", True),
        ("Ik hou van Moslims.", False),
        ("Ik ben een vrouw.", False),
    ],
)
def test_mhc_examples(text: str, hateful: bool) -> None:
    hits = run_detector(ToonDetector, text)
    assert any("haat" in h.evidence.tags for h in hits) is hateful


def test_mhc_evaluation_runs(shared_data) -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
    from toon_mhc import evaluate

    res = evaluate(shared_data)
    overall = res["mhc_overall"]["hate"]
    assert overall["precision"] >= 0.9  # hate findings are rarely wrong on MHC
    assert res["mhc_functionalities"]["ident_pos_nh"]["hate"]["flagged"] == 0
    assert res["checkthat_tweets"]["rate"] < 0.06


# --- calibration round --------------------------------------------------------------------


def worst(text: str, context: dict | None = None, profile: dict | None = None) -> int:
    hits = run_detector(ToonDetector, text, context=context, profile=profile)
    return max((h.evidence.severity for h in hits), default=0)


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # hateful generalisations about a group
        ("Al die Roemenen hier in de straat: stuk voor stuk zakkenrollers en criminelen.", ERNSTIG),
        ("Die Marokkanen in mijn wijk, allemaal profiteurs.", ERNSTIG),
        ("Transgenders moeten echt eens ophouden met zeuren.", ERNSTIG),
        ("Vluchtelingen moeten gewoon niet zo klagen.", ERNSTIG),
        # contempt for a group of citizens
        ("Werklozen die zeuren: ga gewoon werken.", RISICO),
        ("Stelletje profiteurs, die uitkeringstrekkers.", RISICO),
        ("Boeren moeten niet zo zeuren over die regels.", RISICO),
        # a dismissal aimed at the reader
        ("Donder toch op met je gezeur.", ERNSTIG),
        ("Hou je bek toch.", ERNSTIG),
        ("Rot op!", RISICO),
        # coarse words weigh as RISICO privately too
        ("Godver, weer file op de A2.", RISICO),
        ("What a f*cking mess this morning.", RISICO),
        # insults of politicians
        ("De staatssecretaris is een lachertje.", ERNSTIG),
        ("Dat kabinet? Een stel clowns.", ERNSTIG),
        # contempt for the reader
        ("Lees nou eerst eens het artikel voor je reageert.", RISICO),
        # angry shouting
        ("DIT IS ECHT SCHANDALIG!!! WAAROM DOET NIEMAND IETS!!!", RISICO),
        ("Die Bulgaren hier, stuk voor stuk oplichters.", ERNSTIG),
        ("Godsamme, weer die printer.", RISICO),
        ("Jij bent echt te dom om te lezen.", RISICO),
    ],
)
def test_calibration_private(text: str, severity: int) -> None:
    assert worst(text) == severity


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Wat een prutsers daar bij de provincie, niks geregeld.", ERNSTIG),
        ("Lees eerst eens de brief voordat je domme vragen stelt.", ERNSTIG),
        ("Wat een prutsers, die vent in de supermarkt.", RISICO),
    ],
)
def test_calibration_in_function(text: str, severity: int) -> None:
    assert worst(text, IN_FUNCTIE) == severity


def test_contempt_for_citizen_complaining_about_own_organisation() -> None:
    ctx = {
        "reply_to": {"text": "Waarom duurt alles zo lang bij de gemeente?", "author_role": "burger"}
    }
    assert worst("Lees eerst eens de brief voordat je domme vragen stelt.", ctx) == ERNSTIG


def test_contempt_for_citizens_of_own_dossier_weighs_heavier() -> None:
    profile = {"dossiers": [{"name": "WW", "keywords": ["ww-uitkering", "werkloosheid"]}]}
    assert (
        worst("Mensen met een ww-uitkering die klagen: zoek gewoon werk.", profile=profile)
        == ERNSTIG
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hij had kanker op jonge leeftijd.",
        "Polen is een mooi land, allemaal vriendelijke mensen.",
        "Vluchtelingen moeten niet zo lang wachten op een woning.",
        'Wie zegt "die Polen zijn allemaal criminelen" discrimineert.',
        "Het is onzin dat Marokkanen allemaal criminelen zijn.",
        "Zoek je werk? Kijk op werk.nl.",
        "Die appel is rot, op de composthoop ermee.",
        "DE TREIN IS ER!!! EINDELIJK VAKANTIE!!!",
        "De minister heeft onzin verteld over de cijfers.",
        'Een klant riep "wat een kutzooi" en liep weg; we hebben het rustig uitgelegd.',
    ],
)
def test_calibration_negative(text: str) -> None:
    assert worst(text) <= LET_OP


# --- calibration round 2 ---------------------------------------------------------------------

BURGER = {
    "capacity": "in-functie",
    "reply_to": {"text": "Hoe vraag ik dit aan?", "author_role": "burger"},
}


@pytest.mark.parametrize(
    ("text", "context", "kind", "severity"),
    [
        # a disease curse at someone, also with "op met je …"
        ("Kanker toch op met je regeltjes, wethouder!", None, "curse", ERNSTIG),
        ("kanker op jij", None, "curse", ERNSTIG),
        # belittling the reader: ERNSTIG in function, RISICO privately
        ("Wat een stomme vraag. Gebruik je verstand.", BURGER, "dom", ERNSTIG),
        ("Wat een stomme vraag. Gebruik je verstand.", None, "dom", RISICO),
        # curt and condescending: RISICO in function, LET_OP privately
        ("Als u de brief niet leest, kunnen wij u ook niet helpen.", BURGER, "kortaf", RISICO),
        ("Als je de regels niet leest, kan ik je ook niet helpen.", None, "kortaf", LET_OP),
        # shouting at the public in function
        ("Beste inwoners, BEL NIET MEER NAAR HET LOKET VOOR JE PAS.", IN_FUNCTIE, "shout", RISICO),
        # telling a group to leave
        ("Die asielzoekers moeten allemaal het land uit.", None, "groep", ERNSTIG),
        ("Al die statushouders horen hier gewoon niet.", None, "groep", ERNSTIG),
        ("Die lui moeten terug naar hun eigen land.", None, "uitsluiting", ERNSTIG),
        # English insults; near a politician they weigh heavier
        ("Honestly, what a moron.", None, "scheld", RISICO),
        ("That MP is a clown.", None, "mild", ERNSTIG),
        # a disease word about a thing, to colleagues only: coarse, not a curse
        (
            "Wie heeft die klerezooi op het aanrecht laten staan?",
            {"audience": "intern"},
            "curse",
            RISICO,
        ),
        ("Wie heeft die klerezooi op het aanrecht laten staan?", None, "curse", ERNSTIG),
    ],
)
def test_round2_families(text: str, context: dict | None, kind: str, severity: int) -> None:
    found = kinds(text, context)
    assert (kind, severity) in [(k, s) for k, _, s in found], found


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Mijn tante had kanker op jonge leeftijd.", None),
        ("Statushouders moeten sneller een woning krijgen.", None),
        ("De schapen moeten terug naar de stal.", None),
        ("Het staat gewoon op de website van de gemeente.", IN_FUNCTIE),  # not aimed at anyone
        ("Zo moeilijk is het niet om een band te plakken.", IN_FUNCTIE),
        ("LET OP: WERKZAAMHEDEN OP DE RINGWEG VANAF MAANDAG", IN_FUNCTIE),  # headline
        ("Goede vraag! U vindt het op de website onder 'parkeren'.", BURGER),
    ],
)
def test_round2_near_misses(text: str, context: dict | None) -> None:
    assert [s for _, _, s in kinds(text, context) if s >= RISICO] == []


@pytest.mark.parametrize(
    ("text", "context", "kind", "severity"),
    [
        ("Als boa schrijf ik je morgen gewoon een bekeuring, buurman.", None, "macht", RISICO),
        ("Als handhaver krijgt u van mij een boete.", IN_FUNCTIE, "macht", ERNSTIG),
        ("Daar is ze weer, wéér die mevrouw met haar klachten 🙄", None, "burgers", RISICO),
    ],
)
def test_round2_power_and_exasperation(
    text: str, context: dict | None, kind: str, severity: int
) -> None:
    assert (kind, severity) in [(k, s) for k, _, s in kinds(text, context)]


@pytest.mark.parametrize(
    "text",
    [
        "Als handhaver geef ik vandaag voorlichting over parkeren.",
        "Weer die man van de bakker die zo vriendelijk is ☀️",
        "Het weer is prachtig vandaag 🙄",
    ],
)
def test_round2_power_near_misses(text: str) -> None:
    assert [s for _, _, s in kinds(text) if s >= RISICO] == []


@pytest.mark.parametrize(
    "text",
    ["Die asielzoekers pakken onze huizen af.", "Statushouders krijgen gewoon alles gratis."],
)
def test_round2_group_resentment(text: str) -> None:
    assert ("groep", ERNSTIG) in [(k, s) for k, _, s in kinds(text)]


@pytest.mark.parametrize(
    ("text", "hateful"),
    [
        ("Buitenlanders zijn gewoon gewelddadig.", True),
        ("Typisch voor een migrant om zo onbetrouwbaar te zijn.", True),
        ("Vluchtelingen horen niet thuis in ons land.", True),
        ("Buitenlanders zijn niet gewelddadig.", False),  # negated
        ("Vluchtelingen zijn vaak getraumatiseerd.", False),  # a description, not contempt
    ],
)
def test_round2_derogatory_attributes(text: str, hateful: bool) -> None:
    found = [(k, s) for k, _, s in kinds(text)]
    assert (("groep", ERNSTIG) in found) is hateful, found


# One sentence per form of the gated hate patterns (toon_patterns "_hate_more"): each must be
# found, so no form hides behind a needle it does not contain.
GATED_FORMS = [
    "Het zien van moslims op straat maakt me woedend.",
    "Vluchtelingen walgen me.",
    "Ik heb het over Polen. Alles aan hen walgt me.",
    "De minachting die ik voel voor Marokkanen is groot.",
    "Ik ben het zat om tussen buitenlanders te wonen.",
    "Ik wil de nek van die asielzoekers breken.",
    "Executie is de enige oplossing voor moslims.",
    "De wereld is beter af zonder Joden.",
    "We zijn beter af als vluchtelingen worden uitgeroeid.",
    "Als iemand die moslims zou wurgen, prima.",
    "Iemand zou die Polen moeten afmaken.",
    "Het is tijd om die moslims gewoon af te slachten.",
    "Daarom verdienen Marokkanen het om te sterven.",
]


@pytest.mark.parametrize("text", GATED_FORMS)
def test_gated_hate_forms_are_found(text: str) -> None:
    from meedoen.core.text.toon_patterns import HATE_MORE_NEEDLES, P

    masked, ranges = _mask_groups(text.lower(), None)
    assert ranges, text
    more = P["hate"].more  # type: ignore[union-attr]
    match = next((m for a, b in ranges for m in more.finditer(masked, a, b)), None)
    assert match is not None, text
    assert any(n in match.group() for n in HATE_MORE_NEEDLES), match.group()
