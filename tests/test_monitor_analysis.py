# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The per-post monitoring analysis: language, sentiment, claims, tone."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import meedoen
from meedoen.monitor.analysis import analyse, claims, lang
from meedoen.monitor.analysis.lexicon import inflections, load_lexicon
from meedoen.monitor.analysis.sentiment import (
    LABELS,
    PatternSentiment,
    SentimentAnalyser,
    get_analyser,
    label,
    sentiment_analysers,
)
from meedoen.monitor.analysis.toon import has_toon

KEYS = {"lang", "sentiment", "sentiment_score", "claim", "toon"}


def score(text: str) -> float:
    return get_analyser().analyse(text)[1]


# --- sentiment -------------------------------------------------------------


@pytest.mark.parametrize(
    ("plain", "negated"),
    [
        ("Dit is een goed plan.", "Dit is geen goed plan."),
        ("Het plan is goed.", "Het plan is niet goed."),
        ("De uitleg was slecht.", "De uitleg was niet slecht."),
        ("Een mooie dag voor de opening.", "Geen mooie dag voor de opening."),
        ("Het loket is vriendelijk.", "Het loket is nooit vriendelijk."),
        ("Ik ben blij met dit besluit.", "Ik ben allerminst blij met dit besluit."),
        ("Dat vind ik een eerlijke regeling.", "Dat vind ik niet zo'n eerlijke regeling."),
        ("Een slimme keuze van de wethouder.", "Geen erg slimme keuze van de wethouder."),
    ],
)
def test_negation_flips_polarity(plain: str, negated: str) -> None:
    a, b = score(plain), score(negated)
    assert a != 0 and b != 0
    assert (a > 0) != (b > 0)
    assert abs(b) < abs(a)  # "niet goed" is slightly bad (Pattern: -0.5 × p)


@pytest.mark.parametrize(
    ("plain", "stronger"),
    [
        ("Dat is goed.", "Dat is heel goed."),
        ("Dat is goed.", "Dat is erg goed."),
        ("Dat is slecht.", "Dat is zeer slecht."),
        ("Een slechte beslissing.", "Een ontzettend slechte beslissing."),
        ("Dat is fijn.", "Dat is echt fijn."),
        ("Dat is goed.", "Dat is heel erg goed."),
        ("Dat is goed", "Dat is goed!"),
    ],
)
def test_intensifiers_strengthen(plain: str, stronger: str) -> None:
    a, b = score(plain), score(stronger)
    assert (a > 0) == (b > 0)
    assert abs(b) > abs(a)


@pytest.mark.parametrize(
    ("plain", "weaker"),
    [("Dat is goed.", "Dat is redelijk goed."), ("Dat is slecht.", "Dat is een beetje slecht.")],
)
def test_downtoners_weaken(plain: str, weaker: str) -> None:
    assert 0 < abs(score(weaker)) < abs(score(plain))


@pytest.mark.parametrize(
    "text",
    [
        "De gemeenteraad vergadert donderdag om 19.30 uur.",
        "Morgen is het stadskantoor gesloten.",
        "De Tweede Kamer stemt dinsdag over de motie.",
        "Heel Nederland kijkt vanavond naar het debat.",
        "Wie weet hoe laat de milieustraat open is?",
        "Het rapport verschijnt naar verwachting in juni.",
        "",
        "https://example.org @iemand #stikstof 12345",
    ],
)
def test_neutral_text_is_neutral(text: str) -> None:
    assert get_analyser().analyse(text)[0] == "neutraal"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wat een prachtig initiatief, heel erg bedankt!", "positief"),
        ("Dit is een uitstekend plan voor de wijk.", "positief"),
        ("Blij met de snelle reactie 😊", "positief"),
        ("Wat een slechte en oneerlijke beslissing.", "negatief"),
        ("De wachttijden zijn onacceptabel 😡", "negatief"),
        ("Het plan is niet goed doordacht.", "negatief"),
        ("Een goede, duidelijke uitleg.", "positief"),
    ],
)
def test_clear_sentiment(text: str, expected: str) -> None:
    assert get_analyser().analyse(text)[0] == expected


def test_inflected_forms_are_found() -> None:
    lex = load_lexicon()
    assert {"dom", "domme", "boos", "boze", "lief", "lieve", "raar", "rare"} <= set(lex)
    assert "slechter" in inflections("slecht")
    assert lex["domme"][0] < 0


def test_label_thresholds() -> None:
    assert [label(x) for x in (0.5, 0.1, 0.05, 0.0, -0.05, -0.1, -0.5)] == [
        "positief", "positief", "neutraal", "neutraal", "neutraal", "negatief", "negatief"
    ]  # fmt: skip


def test_sentiment_is_pluggable() -> None:
    class Always(SentimentAnalyser):
        name = "test-altijd-positief"

        def score(self, text: str) -> float:
            return 0.9

    sentiment_analysers.register(Always)
    try:
        out = analyse("De vergadering is dinsdag.", sentiment="test-altijd-positief")
        assert out["sentiment"] == "positief" and out["sentiment_score"] == 0.9
        assert analyse("De vergadering is dinsdag.")["sentiment"] == "neutraal"
    finally:
        sentiment_analysers.unregister("test-altijd-positief")
    assert "pattern-nl" in sentiment_analysers.names()


def test_custom_lexicon(tmp_path) -> None:
    path = tmp_path / "lex.tsv"
    path.write_text("# form\tpolarity\nfoo\t0.8\nbar\t-0.6\t0.9\t1.0\n", encoding="utf-8")
    an = PatternSentiment(load_lexicon(path))
    assert an.analyse("foo")[0] == "positief"
    assert an.analyse("niet foo")[0] == "negatief"
    assert an.analyse("bar")[0] == "negatief"


# --- claims ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Volgens het RIVM is het aantal besmettingen deze week met 20% gestegen tot 1.200 gevallen.",
        "@minvws Uit onderzoek blijkt dat mondkapjes het virus niet tegenhouden, dat is bewezen.",
        "Het aantal ziekenhuisopnames ligt nu hoger dan in april, meldt het RIVM op basis van de cijfers.",
        "Minister De Jonge zegt dat het vaccin voor 95 procent beschermt tegen ernstige ziekte.",
    ],
)
def test_claims_flagged(text: str) -> None:
    assert claims.is_claim(text), claims.explain(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fijne avond allemaal!",
        "Ik heb zin in het weekend.",
        "Goedemorgen 🌞 https://t.co/abc",
        "Koffie 👍 #maandag",
        "Ik vind dit een mooie foto.",
    ],
)
def test_non_claims_not_flagged(text: str) -> None:
    assert not claims.is_claim(text), claims.explain(text)


def test_claim_features_are_named_and_bounded() -> None:
    feats = claims.features("Volgens het CBS steeg de werkloosheid met 3% door de crisis?!")
    assert set(feats) == set(claims.WEIGHTS)
    assert all(0.0 <= v <= 1.0 for v in feats.values())
    assert feats["bron"] > 0 and feats["percentage"] == 1 and feats["oorzaak"] == 1
    assert 0.0 <= claims.claim_score("x") <= 1.0


def test_fit_is_deterministic_and_learns() -> None:
    rows = [(claims.features(t), 1) for t in ("Volgens het RIVM 40% meer besmettingen",) * 5]
    rows += [(claims.features(t), 0) for t in ("ik heb zin in koffie",) * 5]
    b1, w1 = claims.fit(rows, epochs=50)
    b2, w2 = claims.fit(rows, epochs=50)
    assert (b1, w1) == (b2, w2)
    assert claims.probability(rows[0][0], w1, b1) > claims.probability(rows[-1][0], w1, b1)


# --- language ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("De gemeenteraad vergadert donderdag over de begroting voor volgend jaar.", "nl"),
        ("Goedemorgen allemaal, fijne dag vandaag!", "nl"),
        ("Het kabinet presenteert dinsdag de plannen voor de woningbouw.", "nl"),
        ("The government will present its housing plans on Tuesday.", "en"),
        ("Thank you all for coming to the meeting last night.", "en"),
        ("Die Regierung stellt am Dienstag ihre Pläne vor.", "de"),
    ],
)
def test_language_of_clear_texts(text: str, code: str) -> None:
    assert lang.detect(text) == code


@pytest.mark.parametrize(
    "text", ["ok", "Top!", "", "#corona https://t.co/x @iemand 2020", "😀😀😀"]
)
def test_short_or_empty_text_is_undetermined(text: str) -> None:
    assert lang.detect(text) == "und"


@pytest.mark.parametrize(
    ("text", "shortcut"),
    [
        # plainly Dutch: function words decide, lingua is not asked
        ("Ben ik een lul als ik dat zeg over de maatregelen?", True),
        ("Het kabinet wil niet dat de gemeenten zelf beslissen over de stikstofruimte.", True),
        # too short, or too few function words: lingua decides
        ("Ik ook niet.", False),
        ("Stikstofkaart provincie Gelderland gepubliceerd vandaag online #stikstof", False),
        # other languages with words that look Dutch ("over", "die", "de", "en", "al", "hier")
        ("Over the door, the die was cast and we had to go home at once.", False),
        ("Ich habe das Haus hier gesehen und die Tür war offen, als wir kamen.", False),
        ("Le président a dit en conférence de presse que la situation est grave.", False),
        ("El gobierno de España ha dicho al pueblo que la situación en el país es difícil.", False),
        ("Il governo ha detto che la situazione è grave e che bisogna agire ora.", False),
        ("O governo de Portugal disse que a situação é muito difícil para todos.", False),
    ],
)
def test_clearly_dutch_shortcut(text: str, shortcut: bool) -> None:
    cleaned = lang.clean(text)
    assert lang.clearly_dutch(cleaned) is shortcut
    if shortcut:
        assert lang.detect(text) == "nl"
    else:  # the shortcut never says anything but "nl", so lingua's answer stands
        values = lang.detector().compute_language_confidence_values(cleaned)
        top = values[0].language.iso_code_639_1.name.lower() if values else "und"
        assert lang.detect(text) in (top, "und")


def test_the_shortcut_agrees_with_lingua_on_dutch_posts() -> None:
    """Where the shortcut answers, lingua says "nl" too for these ordinary posts."""
    posts = [
        "Vanavond is er een informatieavond over de stikstofaanpak in het dorpshuis.",
        "Waarom wordt er niet geluisterd naar de boeren? Dit kan zo niet langer.",
        "Ik heb de brief van de gemeente gelezen, maar ik snap er nog steeds niets van.",
        "Wij willen gewoon weten wat het plan is voor onze wijk en wanneer het begint.",
    ]
    for text in posts:
        cleaned = lang.clean(text)
        assert lang.clearly_dutch(cleaned)
        best = lang.detector().compute_language_confidence_values(cleaned)[0]
        assert best.language.iso_code_639_1.name.lower() == "nl" and best.value >= 0.5


def test_declared_language_is_not_trusted() -> None:
    # only the text counts: there is no way to pass a declared language
    assert analyse("This is clearly an English sentence about the weather.")["lang"] == "en"


# --- tone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wat een prutsers zijn het, rot toch op met je gezeik",
        "Mooie dag vandaag in het park",
        "Dit is ECHT NIET OKE MENSEN!!!",
        "De minister is een leugenaar",
        "Het college vergadert dinsdag.",
    ],
)
def test_toon_matches_engine(text: str) -> None:
    engine = any(f.category == "toon" for f in meedoen.check(text).findings)
    assert has_toon(text) == engine


def test_toon_flag_in_analysis() -> None:
    assert analyse("Rot toch op, kankerlijers")["toon"] is True
    assert analyse("Bedankt voor de hulp!")["toon"] is False


# --- the whole analysis ----------------------------------------------------------


def _valid(out: dict) -> None:
    assert set(out) == KEYS
    assert isinstance(out["lang"], str) and (out["lang"] == "und" or len(out["lang"]) == 2)
    assert out["lang"] in (*lang.LANGUAGES, "und")
    assert out["sentiment"] in LABELS
    assert isinstance(out["sentiment_score"], float) and -1.0 <= out["sentiment_score"] <= 1.0
    assert isinstance(out["claim"], bool) and isinstance(out["toon"], bool)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_no_crash_on_any_unicode(text: str) -> None:
    _valid(analyse(text))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            "niet geen heel erg zeer goed slecht mooie domme ! ? . , 😊 😡 #top @x "
            "https://t.co/a 20% volgens RIVM De Het".split()
        ),
        max_size=25,
    )
)
def test_no_crash_on_word_salad(words: list[str]) -> None:
    _valid(analyse(" ".join(words)))
