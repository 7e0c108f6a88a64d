# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The fast paths of the personal-data detectors give the same answers as the slow ones.

Each shortcut (a faster check of an identifier, a cheaper normalisation, a shared gate on
the document) is compared here with the straightforward computation it replaces, on many
generated inputs.
"""

from __future__ import annotations

import random
import re
import string
from pathlib import Path

import phonenumbers
import pytest
from stdnum import iban as stdnum_iban
from stdnum.iso7064 import mod_97_10
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import btw as stdnum_btw
from stdnum.nl import onderwijsnummer as stdnum_onderwijsnummer
from stdnum.nl import postcode as stdnum_postcode

from meedoen.core.detectors.builtin import adres, identiteitsbewijs
from meedoen.core.text import Document, pii_owner
from meedoen.core.text import normalise as norm
from meedoen.core.text.pii_checks import (
    bsn_valid,
    btw_compact,
    btw_valid,
    iban_valid,
    onderwijsnummer_valid,
    postcode_valid,
)

ODD = [
    "İ", "ı", "ſ", "K", "０６１２", "٠٦١٢", "\u00a0", "\u200b", "…", "ﬁ", "é", "e\u0301", "’",
    "“", "–", "😂", "\u202e", "ẞ", "ǅ", "Σ", "ς", "\x07", "\r", "\n", "\t", "\u2028", "\ufeff",
]  # fmt: skip


def _strings(rng: random.Random, alphabet: list[str], n: int, longest: int) -> list[str]:
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(n)]


# ------------------------------------------------------------------ identifiers (stdnum)


def test_bsn_and_onderwijsnummer_checks_match_stdnum() -> None:
    rng = random.Random(1)
    values = _strings(rng, list("0123456789 .-"), 20000, 13)
    values += ["10" + v for v in _strings(rng, list("0123456789"), 5000, 8)]
    values += _strings(rng, list("0123456789 .-a٣\t+`"), 3000, 12)
    for v in values:
        assert bsn_valid(v) == stdnum_bsn.is_valid(v), v
        assert onderwijsnummer_valid(v) == stdnum_onderwijsnummer.is_valid(v), v


def test_postcode_check_matches_stdnum() -> None:
    rng = random.Random(2)
    values = _strings(rng, list("0123456789 -ABSDNLabsl"), 10000, 9)
    for _ in range(10000):
        values.append(
            rng.choice(["", "NL", "NL-", "nl", " "])
            + rng.choice("0123456789")
            + "".join(rng.choice(string.digits) for _ in range(3))
            + rng.choice(["", " ", "-", "  "])
            + "".join(rng.choice("ABSDXZa") for _ in range(2))
        )
    for v in values:
        assert postcode_valid(v) == stdnum_postcode.is_valid(v), v


def test_iban_check_matches_stdnum() -> None:
    rng = random.Random(3)
    values = ["", " ", "NL", "NL91", "nl91abna0417164300"]
    for _ in range(20000):
        cc = rng.choice(["NL", "NL", "NL", "BE", "DE", "GB", "FR", "XX", "N1"])
        bban = rng.choice(["ABNA", "INGB", "RABO", "AB1A", "abna"])
        bban += "".join(rng.choice(string.digits) for _ in range(rng.randint(8, 11)))
        if rng.random() < 0.2:
            bban = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(18))
        check = (
            mod_97_10.calc_check_digits(bban + cc)
            if rng.random() < 0.7
            else "".join(rng.choice(string.digits) for _ in range(2))
        )
        value = cc + check + bban
        if rng.random() < 0.3:
            value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        if rng.random() < 0.05:
            value = value[: rng.randint(0, len(value))]
        values.append(value)
    for v in values:
        assert iban_valid(v) == stdnum_iban.is_valid(v), v


def _bban(rng: random.Random, structure: str) -> str:
    """A BBAN in stdnum's structure notation ("4!a10!n"), sometimes one character off."""
    kinds = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + "0"}
    out = "".join(
        "".join(rng.choice(kinds[kind]) for _ in range(int(n)))
        for n, kind in re.findall(r"(\d+)!([nac])", structure)
    )
    if out and rng.random() < 0.15:
        i = rng.randrange(len(out))
        out = out[:i] + rng.choice("A0") + out[i + 1 :]  # a letter for a digit, or back
    return out + ("1" if rng.random() < 0.05 else "")


def test_iban_check_matches_stdnum_for_every_country() -> None:
    """Every country of stdnum's database (those with a country module too: BE, ES, ME, NO),
    with valid check digits so the format and the national checks decide."""
    rng = random.Random(31)
    countries = {cc: props for (cc, props), *_ in map(stdnum_iban._ibandb.info, _COUNTRIES)}
    assert len(countries) > 80
    values = []
    for cc, props in countries.items():
        for _ in range(150):
            bban = _bban(rng, props.get("bban", ""))
            values.append(cc + mod_97_10.calc_check_digits(bban + cc) + bban)
    values += [cc + "00" + "1234" for cc in ("XX", "N1", "1", "A")]
    assert 0.2 < sum(map(stdnum_iban.is_valid, values)) / len(values) < 0.95  # both answers
    for v in values:
        assert iban_valid(v) == stdnum_iban.is_valid(v), v


_COUNTRIES = [
    line.split()[0]
    for line in (Path(stdnum_iban.__file__).with_name("iban.dat")).read_text().splitlines()
    if line and not line.startswith("#")
]


def test_btw_check_matches_stdnum() -> None:
    rng = random.Random(4)
    values = ["", "B01", "NL", "NLB01", "0B00", "004495445B01", "NL002455799B11", "nl4495445b01"]
    values += _strings(rng, list("0123456789B NL.-"), 20000, 16)
    for _ in range(20000):
        digits = "".join(rng.choice(string.digits) for _ in range(rng.randint(1, 10)))
        values.append(
            rng.choice(["", "NL", "NL ", "nl", "NL-"])
            + rng.choice([digits, digits[:4] + "." + digits[4:], digits[:3] + " " + digits[3:]])
            + rng.choice(["B", "b", "X", "B "])
            + "".join(rng.choice(string.digits) for _ in range(rng.choice([1, 2, 2, 2, 3])))
        )
    values += _strings(rng, list("0123456789B٣\t+é"), 2000, 14)  # to stdnum itself
    assert 0.01 < sum(map(stdnum_btw.is_valid, values)) / len(values) < 0.5
    for v in values:
        assert btw_valid(v) == stdnum_btw.is_valid(v), v
        assert btw_compact(v) == stdnum_btw.compact(v), v


def test_phone_number_is_valid_exactly_when_its_type_is_known() -> None:
    """The telephone detector asks ``number_type`` once instead of also ``is_valid_number``."""
    rng = random.Random(4)
    starts = ["0", "06", "010", "020", "0800", "0900", "088", "14", "+31 ", "+32 ", "+1 ", "+44 "]
    starts += ["0031 ", "+7 ", "+800 ", "+882 ", "(020) ", "+31(0)"]
    checked = 0
    for _ in range(6000):
        digits = "".join(rng.choice(string.digits) for _ in range(rng.randint(2, 11)))
        candidate = rng.choice(starts) + digits
        try:
            number = phonenumbers.parse(candidate, "NL")
        except phonenumbers.NumberParseException:
            continue
        checked += 1
        known = phonenumbers.number_type(number) != phonenumbers.PhoneNumberType.UNKNOWN
        assert known == phonenumbers.is_valid_number(number), candidate
    assert checked > 4000


# ------------------------------------------------------------------ normalisation


def _reference_normalise(text: str) -> tuple[str, list[int]]:
    """The original implementation (before the one-to-one fast path)."""
    if norm._SPECIAL.search(text) is None:
        return text, list(range(len(text) + 1))
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in norm._SPECIAL.finditer(text):
        start, end = m.span()
        if pos < start:
            out.append(text[pos:start])
            origin.extend(range(pos, start))
        for i in range(start, end):
            ch = text[i]
            if ch in norm.INVISIBLE:
                continue
            folded = norm._fold(ch)
            out.append(folded)
            origin.extend([i] * len(folded))
        pos = end
    if pos < len(text):
        out.append(text[pos:])
        origin.extend(range(pos, len(text)))
    origin.append(len(text))
    return "".join(out), origin


def test_normalise_matches_the_reference() -> None:
    rng = random.Random(5)
    pool = [chr(c) for c in range(0x3000)] + ODD + ["\U0001d400", "\U0001f1f3", "\ufb01"]
    texts = ["", "abc", "a\nb\tc", "\x00", "é" * 5, "ﬁets", "k\u200banker"]
    for _ in range(20000):
        texts.append(
            "".join(
                rng.choice(pool) if rng.random() < 0.3 else rng.choice("ab 1.\n")
                for _ in range(rng.randint(0, 30))
            )
        )
    for text in texts:
        assert norm.normalise(text) == _reference_normalise(text), repr(text)
        doc = Document(text)
        _, origin = _reference_normalise(text)
        for start in range(len(doc.text) + 1):
            for end in (start, min(len(doc.text), start + 1), len(doc.text)):
                s, e = max(0, min(start, len(doc.text))), max(start, min(end, len(doc.text)))
                expected = (origin[s], origin[s]) if s == e else (origin[s], origin[e - 1] + 1)
                assert doc.original_span(start, end) == expected


# ------------------------------------------------------------------ shared document gates

_RUN_RE = re.compile(r"\d(?:[\d .()/-]*\d)?")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def test_digit_runs_and_url_spans_match_the_reference() -> None:
    rng = random.Random(6)
    alphabet = list("0123456789 .()/-+ab\n") + ["٣", "www.", "http://", "HTTPS://", "ı", "Wİ"]
    for text in _strings(rng, alphabet, 20000, 40):
        doc = Document(text)
        runs = [m.span() for m in _RUN_RE.finditer(doc.text) if len(m.group()) >= 4]
        assert doc.digit_runs == runs, repr(text)
        assert doc.digit_run == max((e - s for s, e in runs), default=0)
        urls = (
            [m.span() for m in _URL_RE.finditer(doc.text)]
            if "/" in doc.text or "www" in doc.text
            else []
        )
        assert doc.url_spans == urls, repr(text)


def test_street_gate_matches_the_reference() -> None:
    def reference(low: str) -> bool:
        for m in re.finditer(r" \d", low):
            word_start = low.rfind(" ", 0, m.start()) + 1
            if low[word_start : m.start()].endswith(adres.SUFFIXES):
                return True
        return False

    rng = random.Random(7)
    pieces = [*adres.SUFFIXES, " ", "  ", "\t", "1", "12", "x", "de", "٣", "straat", "-"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for text in texts:
        assert adres.street_like(text) == reference(text), repr(text)


def test_identity_document_hints_are_the_listed_ones() -> None:
    for hint in identiteitsbewijs.HINTS:
        assert identiteitsbewijs._hinted(f"x {hint} y")
    assert not identiteitsbewijs._hinted("gewoon een bericht zonder document")


def test_clause_bounds_match_the_reference() -> None:
    head_end = re.compile(r"[.!](?=\s)|\n")
    sentence_end = re.compile(r"[.!?](?=\s)|\n")

    def reference(low: str, start: int, end: int) -> tuple[int, int]:
        lo, hi = max(0, start - 70), min(len(low), end + 60)
        cut = [m.end() for m in head_end.finditer(low[lo:start])]
        stop = sentence_end.search(low[end:hi])
        return (lo + cut[-1] if cut else lo), (end + stop.start() if stop else hi)

    rng = random.Random(8)
    alphabet = list(".!? \n\tab") + ["\u2028", "\u00a0", "\x1c"]
    for text in _strings(rng, alphabet, 20000, 160):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert pii_owner._clause_bounds(text, start, end, 70, 60) == reference(text, start, end)


def test_cue_tails_cover_every_cue_word() -> None:
    """A cue word in a text always sets its group's bit (the gate of the owner patterns)."""
    for bit, words in pii_owner._CUE_WORDS:
        for word in words:
            for text in (word, f"x {word} y", f"({word}s)", f"ab{word}"):
                assert pii_owner._cues(text, 0, len(text)) & bit, (word, text)
    for tail in pii_owner._TAIL_BITS:  # the pattern takes the longest tail at a place
        assert pii_owner._CUE_RE.match(tail + "zzz").group() == tail


@pytest.mark.parametrize(
    "text",
    [
        "Het nummer van de aanvrager is 0612345678, bel hem even.",
        "zijn privénummer: 0612345678",
        "ik woon op Kerkstraat 12, 1234 AB",
        "uit het dossier: NL91ABNA0417164300",
        "hij woont op 1234 AB 12 bij deze meneer",
        "the applicant's phone is 0612345678",
        "Klant belde vanaf 06-12345678 (İstanbul)",
    ],
)
def test_owner_matches_the_ungated_patterns(text: str) -> None:
    low = Document(text).lower
    m = re.search(r"\d[\d -]{5,}\d|[A-Z]{2}\d{2}[A-Z0-9]+|\d{4} ?[A-Z]{2}", Document(text).text)
    assert m
    for strict in (False, True):
        around = pii_owner._clause(low, *m.span())
        assert pii_owner._owner(low, *m.span(), strict) == pii_owner._owner_slow(around, strict)


def test_owner_gates_never_hide_a_cue() -> None:
    """Phrases of the owner patterns' own words: the gated answer is the ungated one."""
    words = sorted(
        {w for p in pii_owner._SLOW for w in re.findall(r"[a-zà-ÿ'’\-]+", p.pattern) if len(w) > 1}
    )
    glue = [" ", " ", " ", "  ", ", ", ". ", "\n", "-", "'s ", ": ", " (", "s' ", "x", "06"]
    rng = random.Random(9)
    for _ in range(15000):
        text = "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(2, 14)))
        start = rng.randint(0, len(text))
        end = min(len(text), start + rng.randint(0, 12))
        around = pii_owner._clause(text, start, end)
        for strict in (False, True):
            expected = pii_owner._owner_slow(around, strict)
            assert pii_owner._owner(text, start, end, strict) == expected, (text, start, end)
