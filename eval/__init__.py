# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Measured detection quality of meedoen (`make eval`); not part of the package."""
