# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The command line: `meedoen check`, `meedoen codex`, `meedoen demo`."""
