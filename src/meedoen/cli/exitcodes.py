# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Exit codes, linter style (sysexits.h for usage and data errors)."""

GROEN = 0
ORANJE = 1
ROOD = 2
USAGE = 64  # EX_USAGE: wrong flags or arguments
DATAERR = 65  # EX_DATAERR: bad input text, file, YAML or JSON
SOFTWARE = 70  # EX_SOFTWARE: a bug in meedoen (never expected)

BY_LEVEL = {"groen": GROEN, "oranje": ORANJE, "rood": ROOD}
