# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The core layer: codex, Dutch text handling, detectors and assessment.

Pure Python: it imports neither Django nor the monitor or web layers and never
touches the network.
"""
