# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Fast exact checks for the identifiers the detectors validate with python-stdnum.

Each function gives the same answer as its ``stdnum`` counterpart, several times
faster: for plain ASCII input (the usual case) it repeats stdnum's own steps
(compact, format, checksum) in a few string operations; for anything else
(Unicode digits, other characters that stdnum's ``clean`` would fold) it asks
stdnum itself. For an IBAN the checksum and the Dutch format
(``NLkk AAAA 9999999999``, no country module) are checked here; for other
countries the format comes from stdnum's own country database, looked up once
per country instead of once per number (the look-up was most of the cost),
and stdnum's country module, where there is one, has the last word.
tests/test_pii_fastpath.py compares them with stdnum.
"""

from __future__ import annotations

import re
from functools import cache

from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import btw as stdnum_btw
from stdnum.nl import onderwijsnummer as stdnum_onderwijsnummer
from stdnum.nl import postcode as stdnum_postcode

from meedoen.core import rx

_NUMBER_RE = rx.compile(r"[0-9 .-]*")  # what stdnum.nl.bsn.compact reduces to digits
_POSTCODE_CHARS_RE = rx.compile(r"[A-Za-z0-9 -]*")  # ... and stdnum.nl.postcode.compact
_POSTCODE_RE = rx.compile(r"[1-9][0-9]{3}([A-Z]{2})")
_POSTCODE_BLACKLIST = ("SA", "SD", "SS")
_IBAN_CHARS_RE = rx.compile(r"[A-Z0-9 ]+")
_BTW_CHARS_RE = rx.compile(r"[A-Za-z0-9 .-]*")  # what stdnum.nl.btw.compact only strips
_NL_BBAN_RE = rx.compile(r"[A-Z]{4}[0-9]{10}")  # stdnum's iban.dat: NL bban="4!a10!n"
# mod_97_10: every character as its base-36 value (A = 10 … Z = 35)
_BASE10 = str.maketrans({chr(ord("A") + i): str(10 + i) for i in range(26)})


def _bsn_number(value: str) -> str | None:
    """stdnum.nl.bsn.compact for a value of ASCII digits, spaces, dots and hyphens."""
    if not _NUMBER_RE.fullmatch(value):
        return None
    return value.replace(" ", "").replace(".", "").replace("-", "").zfill(9)


def _eleven(number: str) -> int:
    """stdnum.nl.bsn.checksum for nine ASCII digits."""
    d = [int(c) for c in number]
    weighted = 9 * d[0] + 8 * d[1] + 7 * d[2] + 6 * d[3] + 5 * d[4] + 4 * d[5] + 3 * d[6]
    return (weighted + 2 * d[7] - d[8]) % 11


def bsn_valid(value: str) -> bool:
    """``stdnum.nl.bsn.is_valid(value)``."""
    number = _bsn_number(value)
    if number is None:
        return bool(stdnum_bsn.is_valid(value))
    if len(number) != 9 or int(number) <= 0:
        return False
    return _eleven(number) == 0


def onderwijsnummer_valid(value: str) -> bool:
    """``stdnum.nl.onderwijsnummer.is_valid(value)``."""
    number = _bsn_number(value)
    if number is None:
        return bool(stdnum_onderwijsnummer.is_valid(value))
    if len(number) != 9 or int(number) <= 0 or not number.startswith("10"):
        return False
    return _eleven(number) == 5


def postcode_valid(value: str) -> bool:
    """``stdnum.nl.postcode.is_valid(value)``."""
    if not _POSTCODE_CHARS_RE.fullmatch(value):
        return bool(stdnum_postcode.is_valid(value))
    number = value.replace(" ", "").replace("-", "").upper()
    if number.startswith("NL"):
        number = number[2:]
    m = _POSTCODE_RE.fullmatch(number)
    return m is not None and m.group(1) not in _POSTCODE_BLACKLIST


def iban_valid(value: str) -> bool:
    """``stdnum.iban.is_valid(value)``."""
    if not _IBAN_CHARS_RE.fullmatch(value):
        return bool(stdnum_iban.is_valid(value))
    number = value.replace(" ", "")
    if not number:
        return False  # stdnum: no checksum, an invalid format
    if int((number[4:] + number[:4]).translate(_BASE10)) % 97 != 1:
        return False  # stdnum checks the checksum first
    if number.startswith("NL"):
        return _NL_BBAN_RE.fullmatch(number, 4) is not None
    bban = _bban_re(number[:2])
    if bban is None or not bban.match(number[4:]):
        return False
    module = stdnum_iban._get_cc_module(number[:2])
    if module is not None:
        try:
            module.validate(number)
        except ValidationError:
            return False
    return True


@cache
def _bban_re(country: str) -> re.Pattern[str] | None:
    """stdnum's BBAN format for ``country`` (two characters), or None when its database
    does not know the country. Its look-up goes by the first two characters only (the
    database has one level of two-letter codes), so this is its answer for every number
    that starts with them."""
    props = stdnum_iban._ibandb.info(country)[0][1]
    if not props:
        return None
    pattern: re.Pattern[str] = stdnum_iban._struct_to_re(props.get("bban", ""))
    return pattern


def btw_compact(value: str) -> str:
    """``stdnum.nl.btw.compact(value)``."""
    if not _BTW_CHARS_RE.fullmatch(value):
        return str(stdnum_btw.compact(value))
    number = value.replace(" ", "").replace("-", "").replace(".", "").upper()
    if number.startswith("NL"):
        number = number[2:]
    return number[:-3].zfill(9) + number[-3:]  # (stdnum.nl.bsn.compact pads to nine)


def btw_valid(value: str) -> bool:
    """``stdnum.nl.btw.is_valid(value)``."""
    if not _BTW_CHARS_RE.fullmatch(value):
        return bool(stdnum_btw.is_valid(value))
    number = btw_compact(value)
    head, tail = number[:9], number[10:]
    if not (head.isdigit() and int(head) > 0 and tail.isdigit() and int(tail) > 0):
        return False
    if len(number) != 12 or number[9] != "B":
        return False
    return bsn_valid(head) or int(("NL" + number).translate(_BASE10)) % 97 == 1
