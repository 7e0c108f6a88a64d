# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Slim luisteren: storage of the monitoring pipeline (issue #4). See models.py."""
