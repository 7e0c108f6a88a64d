# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Refuse and count every network attempt made in this process.

The benchmark runs under this guard so that "nothing is fetched" is a
measured fact (for meedoen and for Presidio/tldextract), not a promise.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class NetworkBlockedError(OSError):
    pass


@contextmanager
def no_network() -> Iterator[list[str]]:
    """Within the block, connect/DNS calls raise and are recorded in the yielded list."""
    attempts: list[str] = []
    saved = (
        socket.socket.connect,
        socket.socket.connect_ex,
        socket.getaddrinfo,
        socket.create_connection,
    )

    def refuse(what: str) -> Any:
        def _refuse(*args: Any, **kwargs: Any) -> Any:
            target = args[1] if len(args) > 1 else args[0] if args else kwargs
            attempts.append(f"{what} {target!r}"[:200])
            raise NetworkBlockedError(f"network use blocked by bench/netguard.py: {what}")

        return _refuse

    socket.socket.connect = refuse("connect")  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse("connect_ex")  # type: ignore[method-assign]
    socket.getaddrinfo = refuse("getaddrinfo")
    socket.create_connection = refuse("create_connection")
    try:
        yield attempts
    finally:
        (
            socket.socket.connect,
            socket.socket.connect_ex,
            socket.getaddrinfo,  # type: ignore[method-assign]
            socket.create_connection,
        ) = saved
