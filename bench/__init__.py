# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Speed and the PII comparison with Presidio (`make bench`); not part of the package."""
