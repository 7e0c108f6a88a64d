# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Secrets that meedoen must be able to use again, stored encrypted (ADR 0011).

A webhook secret cannot be hashed like a password: every alert is signed with
it. :class:`SealedCharField` keeps it encrypted in the database (Fernet:
AES-128-CBC with HMAC-SHA256, from ``cryptography``) under a key derived from
Django's ``SECRET_KEY``, and plain in Python. A database dump or backup alone
no longer reveals it.

- ``SECRET_KEY_FALLBACKS`` are tried too, so the key can be rotated the way
  Django rotates its own signing key.
- A value that no key opens (the key changed without a fallback) reads as
  :class:`Unreadable`: an empty-looking string that carries the stored token,
  so the form can say so, the webhook refuses to send unsigned, and saving the
  dossier keeps the token unchanged.
- A value without the ``sealed:`` prefix is a secret stored before this
  existed; it reads as itself and is sealed on the next save (migration 0005
  seals them all).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.db import models

PREFIX = "sealed:v1:"
# The derived key serves only this purpose, not Django's signing.
_PURPOSE = b"meedoen.web.luisteren.sealed/v1"


class Unreadable(str):
    """A sealed value that no current key opens. Falsy like ``""``; :attr:`token` is what
    the database holds."""

    token: str

    def __new__(cls, token: str) -> Unreadable:
        value = super().__new__(cls, "")
        value.token = token
        return value


def _fernet(secret_key: str | bytes) -> Fernet:
    raw = secret_key.encode("utf-8") if isinstance(secret_key, str) else secret_key
    key = hmac.new(raw, _PURPOSE, hashlib.sha256).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def _keys() -> MultiFernet:
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return MultiFernet([_fernet(k) for k in keys])


def seal(plain: str) -> str:
    """``plain`` encrypted under the current key, with :data:`PREFIX`."""
    return PREFIX + _keys().encrypt(plain.encode("utf-8")).decode("ascii")


def unseal(stored: str) -> str:
    """The plain value of ``stored``; :class:`Unreadable` when no key opens it; an
    unprefixed (older) value as it is."""
    if not stored.startswith(PREFIX):
        return stored
    try:
        return _keys().decrypt(stored[len(PREFIX) :].encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError, ValueError):
        return Unreadable(stored)


class SealedCharField(models.CharField):
    """A CharField stored sealed; reads back as plain text (or :class:`Unreadable`).

    Not for look-ups: each sealing of the same value differs."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        return None if value is None else unseal(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if isinstance(value, Unreadable):
            return value.token  # keep what is stored; it may open again with the old key
        if not value or (isinstance(value, str) and value.startswith(PREFIX)):
            return value
        return seal(value)
