# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The gated extra cues answer exactly what their patterns answer, whatever the white space."""

from __future__ import annotations

import pytest

from meedoen.core.text import recall_extra as rx_extra

SAMPLES = [
    "het rapport komt pas donderdag uit, maar de conclusie is pittig",
    "wie goed leest weet genoeg",
    "zet 3 juni maar vast in je agenda",
    "let's just say the numbers are bad; stay tuned",
    "not going to comment, but yes",
    "de huurstijging is zo goed als rond",
    "de notitie die intern rondgaat",
    "het rapport ligt al bij ons",
    "ik stuur haar morgen de echte cijfers",
    "morgen vroeg onaangekondigd langs",
    "iedereen aan onze kant weet allang dat het niet klopt",
    "gelukkig weet ik ook wat er niet in staat",
    "it's all there if you know where to look; everyone inside knows",
    "het zijn gewoon ratten, kakkerlakken zijn het",
    "als je net zo hard zou werken als je klaagt",
    "lezen blijft lastig voor sommigen, als u de brief had gelezen",
    "ik pak even mijn glazen bol; rekenen is niet hun sterkste kant",
    "imagine being this wrong, straight out of a cereal box",
    "toetsenbordactivisme, keyboard activism, kritiek geven vanaf de bank",
    "nee? nou dan. dat soort volk, je weet welke nationaliteit ik bedoel",
    "zogenaamde vluchtelingen, so-called refugees",
    "een gewone zin zonder iets bijzonders",
]
GATED = [
    rx_extra.NOT_PUBLIC_EXTRA,
    rx_extra.SOURCE_EXTRA,
    rx_extra.SCORN_STRONG_EXTRA,
    rx_extra.SCORN_EXTRA,
]


def _variants(text: str) -> list[str]:
    return [text, text.replace(" ", "  "), text.replace(" ", "\n"), text.replace(" ", "\t ")]


@pytest.mark.parametrize("text", SAMPLES)
def test_gate_never_hides_a_match(text: str) -> None:
    for gated in GATED:
        for variant in _variants(text):
            want = gated.pattern.search(variant)
            got = gated.search(variant)
            assert (got and got.span()) == (want and want.span()), (gated.pattern.pattern, variant)


def test_every_sample_but_the_last_is_a_cue() -> None:
    found = [any(g.search(t) for g in GATED) for t in SAMPLES]
    assert found == [True] * (len(SAMPLES) - 1) + [False]


def test_two_teasers_without_a_work_word_count_across_both_pattern_sets() -> None:
    from meedoen.core.text.recall_cues import secret_cue

    text = "zet 3 juni maar vast in je agenda 📅 wie goed leest weet genoeg"
    assert secret_cue(text, text.lower()) is not None
    one = "zet 3 juni maar vast in je agenda 📅"
    assert secret_cue(one, one.lower()) is None  # one teaser and no work word: chat


def _texts() -> list[str]:
    """Lower-case texts with and without cues: the samples, the example set, CheckThat tweets
    and MHC sentences when the shared data is there, and the cue words of the patterns."""
    import json
    from pathlib import Path

    from meedoen.core.text import recall_cues as rc

    root = Path(__file__).resolve().parents[1]
    texts = [s for s in SAMPLES]
    for line in (root / "eval" / "voorbeelden.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
    data = root.parent / "shared" / "data"
    if data.is_dir():
        from eval import data as ds

        texts += [t.text for t in ds.checkthat_tweets(data)]
        texts += [c.text for c in ds.mhc_cases(data)][::5]
    # every literal stretch of the patterns, alone and inside words
    for pattern in (rc.NOT_PUBLIC_RE, rc.SOURCE_RE):
        for piece in pattern.pattern.replace("\\s+", " ").split("|"):
            word = "".join(c for c in piece if c.isalnum() or c in " '🤫🤐")
            texts += [word, f"x{word}y", f"ik zeg: {word}, echt", f"{word}overleg gehoord"]
    return [t.lower() for t in texts]


def test_split_patterns_find_what_the_single_pattern_finds() -> None:
    from meedoen.core.text import recall_cues as rc

    texts = _texts()
    assert sum(bool(rc.NOT_PUBLIC_RE.search(t)) for t in texts) > 30
    assert sum(bool(rc.SOURCE_RE.search(t)) for t in texts) > 30
    for text in texts:
        for pos in (0, len(text) // 2):
            want = rc.NOT_PUBLIC_RE.search(text, pos)
            got = rc._NOT_PUBLIC_WORDS.search(text, pos)
            if "🤫" in text or "🤐" in text:
                got = rx_extra.first(got, rc._HUSH_RE.search(text, pos))
            assert (got and got.span()) == (want and want.span()), text
        want = rc.SOURCE_RE.search(text)
        got = rc._SOURCE_WORDS.search(text)
        if "overleg" in text:
            got = rx_extra.first(got, rc._OVERLEG_RE.search(text))
        assert (got and got.span()) == (want and want.span()), text
