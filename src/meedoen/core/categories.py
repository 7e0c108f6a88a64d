# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The finding categories: a public contract, never renamed."""

CATEGORIES: tuple[str, ...] = (
    "persoonsgegevens",
    "vertrouwelijk",
    "politiek",
    "eigen-dossier",
    "toon",
    "pers",
    "kamerlid",
    "namens-organisatie",
    "identificatie",
    "integriteit",
    "timing",
)
