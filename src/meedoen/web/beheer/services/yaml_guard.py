# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""First line of defence for uploaded YAML: size, encoding and alias bombs.

Everything a beheerder uploads passes through :func:`read_upload` or
:func:`screen_text` before the codex validator sees it. The validator walks
the YAML node graph; a pack built from anchors and aliases ("billion laughs")
or an alias that refers to itself would make that walk explode or never end,
so the expanded size is measured here first, in linear time.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from meedoen.core.codex.loader import YAML_LOADER
from meedoen.core.codex.yaml_aliases import alias_problem

MAX_BYTES = 1024 * 1024  # 1 MB: a real organisation pack is a few dozen kB


class UploadProblemError(ValueError):
    """The upload cannot be read as a pack; the message is Dutch and safe to show."""


def read_upload(raw: bytes) -> str:
    """Bytes of an uploaded file → text, or :class:`UploadProblemError`."""
    if len(raw) > MAX_BYTES:
        raise UploadProblemError(_too_big(len(raw)))
    if b"\x00" in raw:
        raise UploadProblemError(
            _("Het bestand is binair (bijvoorbeeld een afbeelding of archief), geen YAML-tekst.")
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UploadProblemError(
            _(
                "Het bestand is geen geldige UTF-8 (fout bij byte %(pos)s). "
                "Sla het op als UTF-8 en probeer het opnieuw."
            )
            % {"pos": exc.start}
        ) from None
    return screen_text(text)


def screen_text(text: str) -> str:
    """Checks that do not need the schema: size, NUL, empty, alias bombs."""
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > MAX_BYTES:
        raise UploadProblemError(_too_big(size))
    if "\x00" in text:
        raise UploadProblemError(_("De tekst bevat NUL-tekens; dat is geen YAML-tekst."))
    if not text.strip():
        raise UploadProblemError(
            _("Het regelpakket is leeg; een regelpakket heeft minstens id, title en version.")
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UploadProblemError(_("De tekst bevat ongeldige tekens (losse surrogaten).")) from None
    _check_expansion(text)
    return text


def _too_big(size: int) -> str:
    return _(
        "Het regelpakket is te groot (%(size)s bytes; maximaal %(max)s). "
        "Een regelpakket van een organisatie is meestal een paar tientallen kilobytes."
    ) % {"size": f"{size:,}".replace(",", "."), "max": f"{MAX_BYTES:,}".replace(",", ".")}


def _check_expansion(text: str) -> None:
    if alias_problem(text, YAML_LOADER) is not None:
        raise UploadProblemError(
            _(
                "Het regelpakket gebruikt te veel of kringvormige YAML-verwijzingen "
                "(ankers en aliassen, & en *). Schrijf de waarden gewoon uit."
            )
        )
