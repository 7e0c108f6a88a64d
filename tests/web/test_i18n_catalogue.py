# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The English catalogue is complete, compiled from the current .po, and used."""

from __future__ import annotations

import gettext
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "src/meedoen/web/locale/en/LC_MESSAGES"


def test_every_message_has_an_english_translation():
    po = polib.pofile(str(LOCALE / "django.po"))
    missing = [e.msgid for e in po if not e.obsolete and (not e.translated() or e.fuzzy)]
    assert missing == []


def test_compiled_catalogue_matches_the_source():
    po = polib.pofile(str(LOCALE / "django.po"))
    with (LOCALE / "django.mo").open("rb") as fh:
        catalog = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
    for entry in po:
        if entry.obsolete or not entry.msgid:
            continue
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural:
            assert catalog.get((key, 0)) == entry.msgstr_plural[0], entry.msgid
        else:
            assert catalog.get(key) == entry.msgstr, entry.msgid


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/zelftoets/", "/toegankelijkheid/"])
def test_pages_switch_to_english(client, path):
    client.cookies["django_language"] = "en"
    body = client.get(path).content.decode()
    assert '<html lang="en"' in body
    assert "Self-check" in body and "Zelftoets</a>" not in body
