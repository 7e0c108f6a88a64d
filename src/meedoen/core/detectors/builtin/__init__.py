# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""meedoen's own detectors, each a plug-in module like any third-party one."""
