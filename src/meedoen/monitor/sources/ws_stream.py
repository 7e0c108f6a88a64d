# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""One bounded read of a JSON-over-websocket stream, shared by the streaming sources.

:func:`read_stream` connects, hands every decoded JSON object to a callback
and stops when the callback says so, when ``max_seconds`` have passed or when
the stream stays quiet for ``idle_timeout`` seconds (caught up). Connection
problems become a Dutch :class:`SourceUnavailableError` naming the platform;
a connection closed by the other side keeps what was read, because the
caller's cursor lets the next call resume.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import connect

from meedoen.monitor.sources.base import SourceUnavailableError

MAX_MESSAGE = 2**20


@dataclass(frozen=True, slots=True)
class StreamLimits:
    max_seconds: float = 60.0
    idle_timeout: float = 10.0
    open_timeout: float = 10.0


def decode(message: str | bytes) -> dict[str, Any] | None:
    """A JSON object, or None for anything else (never raises)."""
    try:
        data = json.loads(message)
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def read_stream(
    url: str,
    on_event: Callable[[dict[str, Any]], bool],
    *,
    platform: str,
    user_agent: str,
    limits: StreamLimits,
) -> bool:
    """Feed each JSON object of ``url`` to ``on_event`` until it returns True.

    Returns True when the read stopped with more to come (the callback asked
    to stop, or time ran out), False when the stream went quiet or closed.
    """
    deadline = time.monotonic() + limits.max_seconds
    try:
        with connect(
            url,
            user_agent_header=user_agent,
            open_timeout=limits.open_timeout,
            max_size=MAX_MESSAGE,
            compression=None,
        ) as ws:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return True
                try:
                    message = ws.recv(timeout=min(limits.idle_timeout, remaining))
                except TimeoutError:
                    return False  # the stream is quiet: caught up
                event = decode(message)
                if event is not None and on_event(event):
                    return True
    except ConnectionClosed:
        return False
    except InvalidStatus as err:
        code = err.response.status_code
        raise SourceUnavailableError(
            f"{platform} weigerde de verbinding (HTTP {code})."
            + (" Te veel verzoeken: probeer het later opnieuw." if code == 429 else "")
        ) from None
    except (InvalidHandshake, OSError, TimeoutError) as err:
        raise SourceUnavailableError(
            f"{platform} ({url.split('?')[0]}) is niet bereikbaar ({err}). "
            "Probeer het later opnieuw."
        ) from None
