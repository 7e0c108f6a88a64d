# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Keyed pseudonymisation of author handles at ingest (issue #4, item 4).

``pseudonym = HMAC-SHA256(period_key, source | handle)``, shortened, where
``period_key = HMAC-SHA256(secret, "meedoen-pseudonym/v1" | dossier | period)``.

* The secret lives OUTSIDE the data: an environment variable
  (:data:`SECRET_ENV`) or a key file whose path is in :data:`SECRET_FILE_ENV`.
  It is never written next to the posts; only :meth:`Pseudonymiser.key_id`, a
  fingerprint that reveals nothing about the key, may be stored for audits.
* A new key per dossier and per period (ISO week by default, or month or
  day): the same handle gets another pseudonym in another dossier or period,
  so no long-running profile of one account can be built across dossiers.
* Non-reversible: without the secret a pseudonym cannot be computed from a
  handle (no dictionary attack on known handles); :meth:`Pseudonymiser.rotate`
  replaces the secret, after which old pseudonyms can no longer be linked to
  anyone at all.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

SECRET_ENV = "MEEDOEN_MONITOR_SECRET"
SECRET_FILE_ENV = "MEEDOEN_MONITOR_SECRET_FILE"
MIN_SECRET_BYTES = 16
LENGTH = 16  # hex characters: 64 bits, short but collision-free in practice per dossier
Period = Literal["day", "week", "month"]
PERIODS: tuple[Period, ...] = ("day", "week", "month")
TZ = ZoneInfo("Europe/Amsterdam")
_DOMAIN = b"meedoen-pseudonym/v1"


class MissingSecretError(RuntimeError):
    """No usable secret: collection must not start (message in Dutch)."""


def generate_secret() -> bytes:
    """A fresh random 32-byte secret (for a new key file or a rotation)."""
    return secrets.token_bytes(32)


def write_secret_file(path: str | Path, secret: bytes | None = None) -> bytes:
    """Write a (fresh) secret to the key file at ``path``, readable by the owner only.

    Used to create or rotate the key file; ``path`` must lie outside the data
    directory and the database. Returns the secret written.
    """
    secret = generate_secret().hex().encode() if secret is None else secret
    if len(secret) < MIN_SECRET_BYTES:
        raise ValueError(f"secret must be at least {MIN_SECRET_BYTES} bytes")
    path = Path(path)
    tmp = path.with_name(path.name + ".nieuw")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(secret + b"\n")
    os.replace(tmp, path)  # atomic: a reader sees the old or the new key, never half
    return secret


def load_secret(env: Mapping[str, str] | None = None) -> bytes:
    """The secret from :data:`SECRET_ENV` (text) or the file in :data:`SECRET_FILE_ENV`."""
    env = os.environ if env is None else env
    raw: bytes | None = None
    if env.get(SECRET_ENV):
        raw = env[SECRET_ENV].encode("utf-8")
    elif env.get(SECRET_FILE_ENV):
        path = Path(env[SECRET_FILE_ENV])
        try:
            raw = path.read_bytes().strip()
        except OSError as exc:
            raise MissingSecretError(f"Het sleutelbestand {path} is niet te lezen: {exc}.") from exc
    if raw is None:
        raise MissingSecretError(
            f"Geen sleutel voor pseudonimisering: zet {SECRET_ENV} of {SECRET_FILE_ENV}. "
            "Zonder sleutel wordt niets verzameld."
        )
    if len(raw) < MIN_SECRET_BYTES:
        raise MissingSecretError(f"De sleutel is te kort: minstens {MIN_SECRET_BYTES} bytes.")
    return raw


def period_of(when: datetime, period: Period = "week") -> str:
    """The period label of ``when`` in Dutch local time: ``2026-W48``, ``2026-11``, ``2026-11-28``."""
    if when.tzinfo is None:
        raise ValueError("when must be timezone-aware")
    local = when.astimezone(TZ).date()
    if period == "week":
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{local.year}-{local.month:02d}"
    if period == "day":
        return local.isoformat()
    raise ValueError(f"unknown period {period!r}; choose from {PERIODS}")


def derive_key(secret: bytes, dossier: str, period: str) -> bytes:
    """The key of one dossier in one period (never stored; derived when needed)."""
    if not dossier:
        raise ValueError("a pseudonym key needs a dossier")
    msg = b"|".join((_DOMAIN, dossier.encode("utf-8"), period.encode("utf-8")))
    return hmac.new(secret, msg, hashlib.sha256).digest()


def normalise_handle(handle: str) -> str:
    """Case and a leading ``@`` do not make another person: ``@Jan`` == ``jan``."""
    return handle.strip().lstrip("@").casefold()


def pseudonym_with_key(key: bytes, source: str, handle: str, length: int = LENGTH) -> str:
    """The pseudonym of ``handle`` on ``source`` under ``key`` (hex, ``length`` characters)."""
    if not 8 <= length <= 64:
        raise ValueError("length must be in [8, 64]")
    msg = f"{source.casefold()}|{normalise_handle(handle)}".encode()
    return hmac.new(key, msg, hashlib.sha256).hexdigest()[:length]


class Pseudonymiser:
    """Turns handles into pseudonyms; holds the secret in memory only."""

    __slots__ = ("_keys", "_secret", "length", "period")

    def __init__(self, secret: bytes, period: Period = "week", length: int = LENGTH) -> None:
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"secret must be at least {MIN_SECRET_BYTES} bytes")
        if period not in PERIODS:
            raise ValueError(f"unknown period {period!r}; choose from {PERIODS}")
        self._secret = secret
        self.period: Period = period
        self.length = length
        self._keys: dict[tuple[str, str], bytes] = {}

    @classmethod
    def from_env(
        cls, period: Period = "week", env: Mapping[str, str] | None = None
    ) -> Pseudonymiser:
        """A pseudonymiser with the secret from the environment (:func:`load_secret`)."""
        return cls(load_secret(env), period)

    def __repr__(self) -> str:  # never show the secret, not even in a traceback
        return f"Pseudonymiser(period={self.period!r}, secret=<verborgen>)"

    def _key(self, dossier: str, period: str) -> bytes:
        key = self._keys.get((dossier, period))
        if key is None:
            if len(self._keys) > 1024:  # old periods are not needed again
                self._keys.clear()
            key = self._keys[(dossier, period)] = derive_key(self._secret, dossier, period)
        return key

    def pseudonym(self, handle: str, *, source: str, dossier: str, when: datetime) -> str:
        """The pseudonym of ``handle`` for a post in ``dossier`` published at ``when``."""
        if not normalise_handle(handle):
            return ""
        key = self._key(dossier, period_of(when, self.period))
        return pseudonym_with_key(key, source, handle, self.length)

    def post_key(self, source_id: str, *, source: str, dossier: str) -> str:
        """A keyed, stable stand-in for a post id that names its author (an at-uri with
        the author's DID, a Mastodon status URI with the account name).

        Unlike :meth:`pseudonym` it does not change per period, so de-duplication
        and platform deletions keep working for the whole life of the dossier;
        after :meth:`rotate` old keys are no longer reproduced.
        """
        key = self._key(dossier, "post-id")
        msg = f"{source}|{source_id}".encode()
        return "sleutel:" + hmac.new(key, msg, hashlib.sha256).hexdigest()[:32]

    def key_id(self, dossier: str, when: datetime) -> str:
        """A non-secret fingerprint of the key in use (safe to log; changes on rotation)."""
        period = period_of(when, self.period)
        digest = hmac.new(self._key(dossier, period), b"key-id", hashlib.sha256).hexdigest()
        return f"{period}:{digest[:12]}"

    def rotate(self, new_secret: bytes | None = None) -> None:
        """Replace the secret (a fresh random one by default) and forget all derived keys.

        Pseudonyms made before the rotation can no longer be reproduced; the
        caller writes the new secret to the key store, never to the data.
        """
        secret = generate_secret() if new_secret is None else new_secret
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"secret must be at least {MIN_SECRET_BYTES} bytes")
        self._secret = secret
        self._keys.clear()
