# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""A fast path into ``phonenumbers`` for Dutch numbers written in national format.

``phonenumbers.parse(value, "NL")`` is lenient and general (extensions, vanity
letters, international prefixes, carrier codes) and costs 15–20 µs per
number. Almost every number in a Dutch post is written nationally:
``06 12345678``, ``010-1234567``, ``(020) 555 1234``, or internationally with
the Dutch country code: ``+31 6 12345678``, ``0031 10 123 4567``, ``+31 (0)20 …``
(the parser drops that one trunk ``0``). For those the parser's
answer is simply country code 31 and the digits after the trunk ``0``; when
that national number does not have a possible Dutch length, the parser keeps
the ``0`` instead and the number is invalid either way. :func:`typed` builds
that number directly and asks ``phonenumbers.number_type`` (the same metadata
test as ``is_valid_number``) for its type; anything else goes through
``parse``. tests/test_pii_fastpath_scan.py checks :func:`typed` against
``parse`` on every prefix and length, national and international, and on
written forms.
"""

from __future__ import annotations

import re
from functools import cache

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumber
from phonenumbers import PhoneNumberType as T

from meedoen.core import rx


def _without_separators(candidate: str) -> str:
    """``candidate`` without what may stand between the digits of a number (`` .-()``:
    phonenumbers ignores all of it). (Five replacements cost less than ``str.translate``.)"""
    return (
        candidate.replace(" ", "")
        .replace("-", "")
        .replace(".", "")
        .replace("(", "")
        .replace(")", "")
    )


def national_digits(candidate: str) -> str | None:
    """The national number (without the trunk ``0``) of an ASCII candidate written
    nationally ("0" or "(0", then a digit other than 0, digits and `` .-()``) or
    internationally with the Dutch country code ("+31", "0031", "00 31", optionally with
    the trunk "(0)"), else None."""
    if not candidate.isascii():
        return None
    digits = _without_separators(candidate)
    if candidate.startswith(("0", "(0")) and not digits.startswith("00"):
        if not digits.isdigit() or len(digits) < 3:
            return None
        return digits[1:]
    if candidate.startswith("+"):
        digits = digits[1:]
    elif candidate.startswith("00"):
        digits = digits[2:]
    else:
        return None
    if not digits.startswith("31") or not digits.isdigit():
        return None
    national = digits[2:]
    if national.startswith("0"):  # "+31 (0)6 …": phonenumbers drops that one trunk 0
        national = national[1:]
    if len(national) < 2 or national[0] == "0":
        return None
    return national


def parse_nl(candidate: str) -> PhoneNumber | None:
    """``phonenumbers.parse(candidate, "NL")``, or None when it raises."""
    try:
        return phonenumbers.parse(candidate, "NL")
    except phonenumbers.NumberParseException:
        return None


# The order in which phonenumbers tests the types of a number (``_number_type_helper``):
# the first description that matches wins. A fixed line that also matches the mobile
# description is FIXED_LINE_OR_MOBILE; that test comes first here.
_TYPE_ORDER = (
    ("premium_rate", T.PREMIUM_RATE), ("toll_free", T.TOLL_FREE),
    ("shared_cost", T.SHARED_COST), ("voip", T.VOIP),
    ("personal_number", T.PERSONAL_NUMBER), ("pager", T.PAGER), ("uan", T.UAN),
    ("voicemail", T.VOICEMAIL), ("fixed_line+mobile", T.FIXED_LINE_OR_MOBILE),
    ("fixed_line", T.FIXED_LINE), ("mobile", T.MOBILE),
)  # fmt: skip


def _fits(desc: object, length: int) -> str | None:
    """The pattern of a number description when a national number of ``length`` digits
    can match it (phonenumbers' ``_is_number_matching_desc``), else None."""
    pattern = getattr(desc, "national_number_pattern", None)
    lengths = getattr(desc, "possible_length", ())
    if not pattern or (lengths and length not in lengths):
        return None
    return f"(?:{pattern})"


def _lengths(meta: PhoneMetadata | None) -> set[int]:
    """The possible lengths of a national number (of any type)."""
    desc = meta.general_desc if meta is not None else None
    return set(desc.possible_length) if desc is not None and desc.possible_length else set()


def _types_by_length(meta: PhoneMetadata) -> dict[int, tuple[re.Pattern[str], list[int]]]:
    """Per length of a national number: one pattern whose alternatives are the type
    descriptions in phonenumbers' order, behind the general description as a lookahead."""
    out: dict[int, tuple[re.Pattern[str], list[int]]] = {}
    for length in _lengths(meta):
        general, alternatives = _fits(meta.general_desc, length), []
        kinds: list[int] = []
        for name, kind in _TYPE_ORDER:
            if name == "fixed_line+mobile":
                fixed, mobile = _fits(meta.fixed_line, length), _fits(meta.mobile, length)
                same = meta.same_mobile_and_fixed_line_pattern
                body = fixed if same else (f"(?={fixed}\\Z){mobile}" if fixed and mobile else None)
            elif name == "mobile" and meta.same_mobile_and_fixed_line_pattern:
                body = None
            else:
                body = _fits(getattr(meta, name), length)
            if body is not None:
                alternatives.append(f"(?P<t{len(kinds)}>{body})")
                kinds.append(kind)
        pattern = rx.compile(f"(?={general}\\Z)(?:{'|'.join(alternatives)})")
        if general and kinds and pattern.groups == len(kinds):  # no groups of their own
            out[length] = (pattern, kinds)
    return out


@cache
def nl_types() -> tuple[dict[int, tuple[re.Pattern[str], list[int]]], bool]:
    """The patterns per length for Dutch numbers, and whether every possible length has
    one (then a national number of another length has no type). Built on first use, not
    at import: most posts have no phone number, and a cold start should not pay for it."""
    meta = PhoneMetadata.metadata_for_region("NL")
    types = _types_by_length(meta) if meta is not None else {}
    return types, bool(types) and _lengths(meta) == set(types)


def nl_type(national: str) -> int | None:
    """``phonenumbers.number_type`` of the Dutch number with national number ``national``
    (digits, no leading 0), in one match instead of up to eleven; None when the
    metadata could not be compiled this way (then ask phonenumbers)."""
    types, complete = nl_types()
    found = types.get(len(national))
    if found is None:
        return T.UNKNOWN if complete else None
    m = found[0].fullmatch(national)
    return T.UNKNOWN if m is None else found[1][m.lastindex - 1]  # type: ignore[operator]


def typed(candidate: str) -> tuple[int, int, int] | None:
    """The country code, national number and type of the number in ``candidate`` (read
    as Dutch), or None when it is not a valid number. A number is valid exactly when its
    type is known (``is_valid_number`` and ``number_type`` share the same test)."""
    national = national_digits(candidate)
    if national is not None:
        kind = nl_type(national)
        if kind is None:
            kind = phonenumbers.number_type(
                PhoneNumber(country_code=31, national_number=int(national))
            )
        return None if kind == T.UNKNOWN else (31, int(national), kind)
    if _without_separators(candidate).lstrip("+").startswith("000"):
        # "00" and then a country code, which never starts with 0; read as Dutch, the national
        # number has a leading zero, which no Dutch number has. Invalid either way, and the
        # parser takes 35 µs to say so (a BSN such as 000000012 is a phone candidate too).
        return None
    number = parse_nl(candidate)
    if number is None:
        return None
    kind = phonenumbers.number_type(number)
    if kind == T.UNKNOWN or number.country_code is None or number.national_number is None:
        return None
    return number.country_code, number.national_number, kind
