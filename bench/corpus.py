# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Benchmark corpora, built in memory from ../shared/data (never written to the repo).

* ``real_posts``: every distinct CheckThat 2022 Dutch tweet plus every MHC
  Dutch test sentence (5,896 posts).
* ``posts_280``: real tweets joined and cut to exactly 280 characters, the
  X limit, for the p99 target.
* ``mixed_pii``: real tweets with one synthetic Dutch PII value inserted at a
  word boundary (the offset is recorded), as many clean tweets, and tweets
  with an inserted *hard negative*: a zaaknummer that passes the 11-proef, a
  functional mailbox or a service number, which must not be flagged. Values
  are generated with a fixed seed and validated with python-stdnum and
  phonenumbers, so every inserted PII value is a valid identifier.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from pathlib import Path

from eval import data as ds

SEED = 20261128


def real_posts(data: Path) -> list[str]:
    tweets = [t.text for t in ds.checkthat_tweets(data)]
    sentences = [c.text for c in ds.mhc_cases(data)]
    return tweets + sentences


def posts_280(data: Path, n: int = 1000) -> list[str]:
    tweets = [" ".join(t.text.split()) for t in ds.checkthat_tweets(data)]
    rng = random.Random(SEED)
    out = []
    while len(out) < n:
        buf = ""
        while len(buf) < 280:
            buf = (buf + " " + rng.choice(tweets)).strip()
        out.append(buf[:280])
    return out


# ---------------------------------------------------------------- synthetic PII values

_FIRST = ["jan", "sanne", "mohamed", "fleur", "daan", "noor", "pieter", "emma", "sem", "lotte"]
_LAST = ["devries", "jansen", "bakker", "elamrani", "visser", "smit", "meijer", "dekker"]
_MAIL = ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl"]
_STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat", "Stationsweg", "Lindelaan"]
_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]
_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"  # no vowels, as on real Dutch plates


def _bsn(rng: random.Random) -> str:
    from stdnum.nl import bsn

    while True:
        digits = "".join(rng.choice(string.digits) for _ in range(9))
        if digits[0] != "0" and bsn.is_valid(digits):
            style = rng.randrange(3)
            if style == 0:
                return digits
            if style == 1:
                return f"{digits[:4]}.{digits[4:6]}.{digits[6:]}"
            return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _iban(rng: random.Random) -> str:
    from stdnum import iban
    from stdnum.iso7064 import mod_97_10

    while True:
        bban = rng.choice(_BANKS) + "".join(rng.choice(string.digits) for _ in range(10))
        check = mod_97_10.calc_check_digits(bban + "NL")
        value = f"NL{check}{bban}"
        if iban.is_valid(value):
            return (
                " ".join(value[i : i + 4] for i in range(0, len(value), 4))
                if rng.random() < 0.5
                else value
            )


def _phone(rng: random.Random) -> str:
    import phonenumbers

    while True:
        if rng.random() < 0.7:
            national = "06" + "".join(rng.choice(string.digits) for _ in range(8))
        else:
            area = rng.choice(["010", "020", "030", "070", "050", "040"])
            national = area + "".join(rng.choice(string.digits) for _ in range(7))
        num = phonenumbers.parse(national, "NL")
        if phonenumbers.is_valid_number(num):
            style = rng.randrange(3)
            if style == 0:
                return national
            if style == 1:
                return (
                    f"{national[:2]}-{national[2:]}"
                    if national.startswith("06")
                    else (f"{national[:3]}-{national[3:]}")
                )
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _email(rng: random.Random) -> str:
    sep = rng.choice([".", "", "_"])
    return f"{rng.choice(_FIRST)}{sep}{rng.choice(_LAST)}{rng.randrange(100)}@{rng.choice(_MAIL)}"


def _address(rng: random.Random) -> str:
    from stdnum.nl import postcode

    while True:
        pc = f"{rng.randint(1000, 9999)} {rng.choice(string.ascii_uppercase)}" + rng.choice(
            string.ascii_uppercase
        )
        if postcode.is_valid(pc):
            return f"{rng.choice(_STREETS)} {rng.randint(1, 180)}, {pc}"


def _plate(rng: random.Random) -> str:
    d = lambda k: "".join(rng.choice(string.digits) for _ in range(k))  # noqa: E731
    a = lambda k: "".join(rng.choice(_PLATE_LETTERS) for _ in range(k))  # noqa: E731
    return rng.choice([f"{d(2)}-{a(3)}-{d(1)}", f"{a(2)}-{d(3)}-{a(1)}", f"{d(1)}-{a(3)}-{d(2)}"])


def _case_number(rng: random.Random) -> str:
    """A 9-digit number that passes the 11-proef, i.e. looks exactly like a BSN."""
    from stdnum.nl import bsn

    while True:
        digits = "".join(rng.choice(string.digits) for _ in range(9))
        if digits[0] != "0" and bsn.is_valid(digits):
            return digits


_FUNCTIONAL = ["info", "pers", "klantcontact", "woordvoering", "servicedesk", "vacatures"]
_ORG_DOMAINS = ["utrecht.nl", "zwolle.nl", "minvws.nl", "rvo.nl", "belastingdienst.nl"]
_SERVICE_NUMBERS = ["0800-1351", "0800 0543", "14 020", "14 030", "0900-8844", "0800 8051"]

GENERATORS = {
    "bsn": (_bsn, ["mijn BSN is {v}", "burgerservicenummer {v}", "nummer {v} staat op de brief"]),
    "iban": (_iban, ["maak het over naar {v}", "rekening {v} t.n.v. mijn moeder"]),
    "phone": (_phone, ["bel me op {v}", "app even naar {v}", "tel. {v}"]),
    "email": (_email, ["mail me op {v}", "stuur het naar {v}"]),
    "address": (_address, ["ik woon op {v}", "adres: {v}"]),
    "plate": (_plate, ["de auto met kenteken {v} stond weer fout", "kenteken {v}"]),
}
# Values that look like personal data but are not (issue #2 §3): they must not be flagged.
HARD_NEGATIVES = {
    "zaaknummer (passes 11-proef)": (
        _case_number,
        ["zaaknummer {v}", "uw dossiernummer is {v}", "factuurnummer {v}", "ordernummer {v}"],
    ),
    "functional mailbox": (
        lambda rng: f"{rng.choice(_FUNCTIONAL)}@{rng.choice(_ORG_DOMAINS)}",
        ["mail naar {v}", "vragen? {v}"],
    ),
    "service number": (
        lambda rng: rng.choice(_SERVICE_NUMBERS),
        ["bel {v} voor informatie", "informatienummer {v}"],
    ),
}


@dataclass(frozen=True)
class MixedPost:
    text: str
    kind: str | None  # None for a clean tweet
    span: tuple[int, int] | None
    personal: bool = True  # False for an inserted hard negative


def _insert(rng: random.Random, tweet: str, phrase: str, value: str) -> tuple[str, tuple[int, int]]:
    spaces = [j for j, ch in enumerate(tweet) if ch == " "] or [len(tweet)]
    cut = rng.choice(spaces + [len(tweet)])
    head, tail = tweet[:cut].rstrip(), tweet[cut:].lstrip()
    prefix = (head + " ") if head else ""
    start = len(prefix) + phrase.index("{v}")
    text = prefix + phrase.replace("{v}", value) + ((" " + tail) if tail else "")
    return text, (start, start + len(value))


def mixed_pii(
    data: Path, n_pii: int = 600, n_clean: int = 600, n_hard: int = 120
) -> list[MixedPost]:
    """PII tweets, clean tweets and tweets with an inserted hard negative, in that order."""
    rng = random.Random(SEED)
    tweets = [" ".join(t.text.split()) for t in ds.checkthat_tweets(data)]
    rng.shuffle(tweets)
    out: list[MixedPost] = []
    kinds = sorted(GENERATORS)
    for i in range(n_pii):
        kind = kinds[i % len(kinds)]
        gen, carriers = GENERATORS[kind]
        text, span = _insert(rng, tweets[i % len(tweets)], rng.choice(carriers), gen(rng))
        out.append(MixedPost(text, kind, span))
    for j in range(n_clean):
        out.append(MixedPost(tweets[(n_pii + j) % len(tweets)], None, None))
    negs = sorted(HARD_NEGATIVES)
    for k in range(n_hard):
        kind = negs[k % len(negs)]
        gen, carriers = HARD_NEGATIVES[kind]
        tweet = tweets[(n_pii + n_clean + k) % len(tweets)]
        text, span = _insert(rng, tweet, rng.choice(carriers), gen(rng))
        out.append(MixedPost(text, kind, span, personal=False))
    return out
