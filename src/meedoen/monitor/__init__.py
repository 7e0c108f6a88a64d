# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Monitoring of public discussion on dossiers ("slim luisteren", issue #4).

This layer may import meedoen.core, never meedoen.web or meedoen.cli.
"""
