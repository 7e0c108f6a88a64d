# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The shared lexicon scan and the phone fast path give exactly the answers they replace.

Each shortcut is compared with the straightforward computation on many generated inputs:
the fast phone number typing with ``phonenumbers.parse`` + ``number_type`` on every
national prefix and length, the lexicon scan with the word set of
:func:`meedoen.core.text.names.word_set` and substring tests on the whole text.
"""

from __future__ import annotations

import random

import phonenumbers
import pytest
from phonenumbers import PhoneNumberType as T

from meedoen.core.detectors.builtin import adres, telefoon
from meedoen.core.detectors.builtin import bijzondere_gegevens as bijzonder
from meedoen.core.detectors.builtin import zaakgegevens as zaak
from meedoen.core.text import Document, pii_person, pii_phone, pii_scan
from meedoen.core.text.names import word_set
from meedoen.core.text.pii_person import BARE_ROLE_WORDS, DESCRIPTION_NOUNS
from meedoen.core.text.pii_third_case import THIRD_WORDS

ODD = ["İ", "ı", "ſ", "０６", "٠٦", "\u00a0", "\u200b", "…", "’", "\u2028", "\t", "\n"]


def _reference(candidate: str) -> tuple[int, int, int] | None:
    try:
        number = phonenumbers.parse(candidate, "NL")
    except phonenumbers.NumberParseException:
        return None
    kind = phonenumbers.number_type(number)
    if kind == T.UNKNOWN:
        return None
    return number.country_code, number.national_number, kind


def _fast(candidate: str) -> tuple[int, int, int] | None:
    return pii_phone.typed(candidate)


def _written(rng: random.Random, digits: str) -> list[str]:
    """``digits`` as people write them: plain, grouped, with an area code in brackets."""
    out = [digits]
    for sep in (" ", "-", ".", " - "):
        cut = rng.randint(2, max(2, len(digits) - 1))
        out.append(digits[:cut] + sep + digits[cut:])
        out.append(sep.join(digits[i : i + 2] for i in range(0, len(digits), 2)))
    out.append(f"({digits[:3]}) {digits[3:]}")
    out.append(f"({digits[:4]})-{digits[4:]}")
    return out


def test_fast_phone_typing_matches_parse_on_every_national_prefix_and_length() -> None:
    rng = random.Random(3)
    checked = fast = 0
    for prefix in range(100, 1000):  # every "0" + three digits
        for length in range(2, 14):  # digits after the trunk 0 (possible NL lengths: 5-11)
            head = str(prefix)[:length]
            tail = "".join(rng.choice("0123456789") for _ in range(length - len(head)))
            for candidate in _written(rng, "0" + head + tail):
                assert _fast(candidate) == _reference(candidate), candidate
                checked += 1
                fast += pii_phone.national_digits(candidate) is not None
    assert checked > 100_000 and fast > 0.9 * checked


@pytest.mark.parametrize(
    "candidate",
    [
        "06 12345678", "06-12345678", "0612345678", "010 123 4567", "(020) 555 1234",
        "020-5551234", "0800 1234", "0900-1234567", "088 123 4567", "085 123 4567",
        "14 020", "+31 6 12345678", "+31 (0)20 555 1234", "0031 6 12345678", "0031612345678",
        "00 31 6 1234 5678", "+32 470 12 34 56", "06 1234", "0612345", "061234567890123",
        "0(20)5551234", "06..12345678", "٠٦١٢٣٤٥٦٧٨", "０６１２３４５６７８", "0 6 1 2 3 4 5 6 7 8",
    ],
)  # fmt: skip
def test_fast_phone_typing_matches_parse_on_written_forms(candidate: str) -> None:
    assert _fast(candidate) == _reference(candidate)


INTERNATIONAL_LEADS = (
    "+31",
    "+31 ",
    "+31-",
    "0031",
    "00 31 ",
    "+31 (0)",
    "+31(0) ",
    "+310",
    "+31 00",
)


def test_fast_phone_typing_matches_parse_on_every_international_prefix_and_length() -> None:
    rng = random.Random(5)
    checked = fast = 0
    for prefix in range(10, 1000):  # every national number's first two or three digits
        for length in range(1, 13):
            head = str(prefix)[:length]
            national = head + "".join(rng.choice("0123456789") for _ in range(length - len(head)))
            for lead in INTERNATIONAL_LEADS:
                for candidate in (lead + national, lead + national[:2] + " " + national[2:]):
                    assert _fast(candidate) == _reference(candidate), candidate
                    checked += 1
                    fast += pii_phone.national_digits(candidate) is not None
    assert checked > 200_000 and fast > 0.8 * checked


def test_numbers_with_three_leading_zeros_are_invalid_as_parse_says() -> None:
    rng = random.Random(11)
    checked = 0
    for _ in range(20_000):
        digits = "000" + "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 11)))
        for candidate in (*_written(rng, digits), "+" + digits):
            assert _reference(candidate) is None, candidate
            assert _fast(candidate) is None, candidate
            checked += 1
    assert checked > 200_000


def test_only_dutch_ascii_forms_take_the_fast_path() -> None:
    assert pii_phone.national_digits("(020) 555 1234") == "205551234"
    assert pii_phone.national_digits("06-12345678") == "612345678"
    assert pii_phone.national_digits("+31 6 12345678") == "612345678"
    assert pii_phone.national_digits("+31 (0)20 555 1234") == "205551234"
    assert pii_phone.national_digits("0031 6 12345678") == "612345678"
    for other in ("+32 470 12 34 56", "0032 470 123456", "(0031) 6 1234", "٠٦١٢٣٤٥٦٧٨", "14 020"):
        assert pii_phone.national_digits(other) is None
    assert pii_phone.national_digits("06 1234 x12") is None


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    cues = sorted(bijzonder.KEY_WORDS | zaak.STATUS_KEYS | THIRD_WORDS)
    cues += [*bijzonder.STEM_CUES.substrings, *zaak.NOUNS, *BARE_ROLE_WORDS, *DESCRIPTION_NOUNS]
    cues += ["hiv-positief", "ex-gedetineerde", "kinderopvangtoeslag", "z'n", "corona-ziek"]
    glue = list(" -'.,!?:;\"()[]{}#@*…/") + ODD + ["de", "Ziek", "x", "  "]
    out = ["", " ", "…", "@jan, #corona. ziek!", "a.b c-d (e) 'f'", "x\u00a0y\u2028z"]
    for _ in range(n):
        parts = [
            rng.choice(cues if rng.random() < 0.4 else glue) for _ in range(rng.randint(0, 14))
        ]
        out.append("".join(parts))
    return out


def _direct(low: str) -> dict[str, object]:
    words = word_set(low)
    parted = words | {p for w in words if "-" in w for p in w.split("-")} if "-" in low else words
    return {
        "keys": parted & bijzonder.KEY_WORDS,
        "stem": any(s in low for s in bijzonder.STEM_CUES.substrings),
        "noun": any(n in low for n in zaak.NOUNS),
        "status": bool(words & zaak.STATUS_KEYS),
        "third": bool(words & THIRD_WORDS),
        "role": bool(words & BARE_ROLE_WORDS),
        "description": bool(words & DESCRIPTION_NOUNS),
    }


def _scanned(low: str) -> dict[str, object]:
    cues = pii_scan.scan(low, {})
    return {
        "keys": cues.found(bijzonder.TERMS.keys),
        "stem": cues.has(bijzonder.STEM_CUES),
        "noun": cues.has(zaak.NOUN_CUES),
        "status": cues.has(zaak.STATUS_CUES),
        "third": cues.has(zaak.THIRD_CUES),
        "role": cues.has(pii_person.BARE_ROLE_CUES),
        "description": cues.has(pii_person.DESCRIPTION_CUES),
    }


def test_lexicon_scan_matches_the_word_set_and_substring_tests() -> None:
    texts = _texts(5, 6000)
    for text in texts:
        low = text.lower()
        assert _scanned(low) == _direct(low), text
    pii_scan._forget()  # the same answers from a cold memo, in another order
    for text in reversed(texts[:500]):
        assert _scanned(text.lower()) == _direct(text.lower()), text


def test_lexicon_scan_is_computed_once_per_check() -> None:
    cache: dict[str, object] = {}
    low = "mijn collega is ziek"
    assert pii_scan.scan(low, cache) is pii_scan.scan(low, cache)
    assert pii_scan.scan(low, cache) is not pii_scan.scan("iets anders", cache)


def test_a_new_lexicon_sees_words_scanned_before() -> None:
    low = "de kat-achtige kater"
    pii_scan.scan(low, {})
    assert "kater" in pii_scan._MEMO[0][0]  # classified before the new lexicon existed
    cats = pii_scan.Lexicon(["kater"], substrings=["t-ach"], parts=True, collect=True)
    cues = pii_scan.scan(low, {})  # (the new lexicon stays registered: it has its own bit)
    assert cues.has(cats) and cues.found(cats) == {"kater"}
    assert pii_scan.scan("kat-achtig", {}).found(cats) == frozenset()
    assert pii_scan.scan("kat-achtig", {}).has(cats)
    assert pii_scan.scan("de kater-achtige", {}).found(cats) == {"kater"}
    assert not pii_scan.scan("katers", {}).has(cats)


def test_substring_cues_may_not_contain_white_space() -> None:
    with pytest.raises(ValueError):
        pii_scan.Lexicon(substrings=["in het"])


def test_word_set_matches_names_word_set() -> None:
    for text in _texts(6, 3000):
        assert pii_scan.words_of(text.lower()) == word_set(text.lower()), text


# ------------------------------------------------------------------ gates on digit runs


def _digit_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = list("0123456789-/.() B+") + ["NL", "AB", " x", "٣", "０", "\n", "nl", "Z"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_phone_gate_is_the_longest_digit_run() -> None:
    """telefoon's six-character gate is digit_run >= 6."""
    for text in _digit_texts(9, 30000):
        doc = Document(text)
        assert (doc.digit_run >= 6) == bool(telefoon.GATE_RE.search(doc.text)), text


def test_postcodes_near_digit_runs_are_all_postcodes() -> None:
    rng = random.Random(11)
    alphabet = list("0123456789 -AB") + ["NL", "NL-", "ab", "x", "٣", "1234 AB", ".", "/", "zq"]
    for _ in range(30000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        doc = Document(text)
        fast = [m.span() for m in adres._postcodes(doc)]
        assert fast == [m.span() for m in adres.POSTCODE_RE.finditer(doc.text)], text


def test_a_full_memo_starts_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pii_scan, "_MEMO_LIMIT", 12)
    for text in _texts(12, 400):
        low = text.lower()
        assert _scanned(low) == _direct(low), text
        assert len(pii_scan._MEMO[0][0]) <= 12 + len(low.split())


def test_one_pattern_gives_the_type_phonenumbers_gives() -> None:
    # the combined pattern per length is built from the installed metadata; when it cannot be,
    # nl_type answers None and phonenumbers decides (never a different answer)
    assert pii_phone.nl_types()[1], "the Dutch metadata should compile into one pattern per length"
    rng = random.Random(11)
    kinds = set()
    for _ in range(20_000):
        national = str(rng.randint(1, 9)) + "".join(
            rng.choice("0123456789") for _ in range(rng.randint(0, 12))
        )
        expected = phonenumbers.number_type(
            phonenumbers.PhoneNumber(country_code=31, national_number=int(national))
        )
        assert pii_phone.nl_type(national) == expected, national
        kinds.add(expected)
    assert {T.MOBILE, T.FIXED_LINE, T.UNKNOWN} <= kinds
