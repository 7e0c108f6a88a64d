# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Privacy by design for monitoring (issue #4, item 4): pure building blocks, no storage.

:mod:`.pseudonym` (keyed author pseudonyms), :mod:`.settings` (dossier
settings as plain data), :mod:`.dossier_query` (no queries on private persons;
active dossiers only), :mod:`.kanon` (k-anonymity gate for example posts),
:mod:`.retention` (what to delete, what aggregates to keep), :mod:`.dpia`
(DPIA and algoritmeregister text). See docs/monitoring-privacy.md.
"""
