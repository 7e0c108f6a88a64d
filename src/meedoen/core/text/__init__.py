# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Dutch text handling: normalisation with offset mapping, tokens, word forms."""

from meedoen.core.text.document import Document, Token

__all__ = ["Document", "Token"]
