# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Rule pack texts for the beheer tests, derived from the demo pack."""

from __future__ import annotations

from meedoen.web.demo.loader import demo_pack_yaml

DISABLE_BSN_RULE = """\
  - id: testgemeente.geen-bsn-regel.v1
    title: Testregel die de BSN-regel uitzet
    overrides: uavg.art46.v1
    disabled: true
    source:
      name: Testbesluit
      kind: organisatie
    text: Deze regel zet de ingebouwde BSN-regel uit, alleen voor de test.
    text_verified: false
    verification_note: testdata
    summary: Zet de BSN-regel uit.
    categories: [persoonsgegevens]
"""

ADDED_RULE = """\
  - id: testgemeente.nieuwe-regel.v1
    title: Een nieuwe eigen regel
    source:
      name: Testbesluit
      kind: organisatie
    text: Medewerkers zijn vriendelijk online.
    text_verified: false
    verification_note: testdata
    summary: Wees vriendelijk.
    categories: [toon]
"""


def pack_text(version: str = "2026.2.0", extra_rules: str = "") -> str:
    """The demo pack with another version string and extra rules first in the list."""
    text = demo_pack_yaml().replace('version: "2026.1.0"', f'version: "{version}"', 1)
    assert f'version: "{version}"' in text
    return text.replace("rules:\n", "rules:\n" + extra_rules, 1)
