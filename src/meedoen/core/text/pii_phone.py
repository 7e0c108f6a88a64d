# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""A fast path into ``phonenumbers`` for Dutch numbers written in national format.

``phonenumbers.parse(value, "NL")`` is lenient and general (extensions, vanity
letters, international prefixes, carrier codes) and costs 15–20 µs per
number. Almost every number in a Dutch post is written nationally:
``06 12345678``, ``010-1234567``, ``(020) 555 1234``. For those the parser's
answer is simply country code 31 and the digits after the trunk ``0``; when
that national number does not have a possible Dutch length, the parser keeps
the ``0`` instead and the number is invalid either way. :func:`typed` builds
that number directly and asks ``phonenumbers.number_type`` (the same metadata
test as ``is_valid_number``) for its type; anything else goes through
``parse``. tests/test_pii_fastpath_scan.py checks :func:`typed` against
``parse`` on every prefix and length and on written forms.
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import PhoneNumber
from phonenumbers import PhoneNumberType as T

# What may stand between the digits of a national number: phonenumbers ignores all of it.
_SEPARATORS = str.maketrans("", "", " .-()")


def national_digits(candidate: str) -> str | None:
    """The national number (without the trunk ``0``) of an ASCII candidate written
    nationally ("0" or "(0", then a digit other than 0, digits and `` .-()``), else None."""
    if not candidate.isascii() or not candidate.startswith(("0", "(0")):
        return None
    digits = candidate.translate(_SEPARATORS)
    if not digits.isdigit() or len(digits) < 3 or digits[1] == "0":
        return None
    return digits[1:]


def parse_nl(candidate: str) -> PhoneNumber | None:
    """``phonenumbers.parse(candidate, "NL")``, or None when it raises."""
    try:
        return phonenumbers.parse(candidate, "NL")
    except phonenumbers.NumberParseException:
        return None


def typed(candidate: str) -> tuple[PhoneNumber, int] | None:
    """The number in ``candidate`` (read as Dutch) and its type, or None when it is not a
    valid number. A number is valid exactly when its type is known (``is_valid_number``
    and ``number_type`` share the same test)."""
    national = national_digits(candidate)
    if national is not None:
        number = PhoneNumber(country_code=31, national_number=int(national))
    else:
        parsed = parse_nl(candidate)
        if parsed is None:
            return None
        number = parsed
    kind = phonenumbers.number_type(number)
    return None if kind == T.UNKNOWN else (number, kind)
