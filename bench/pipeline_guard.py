# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Network guards for the pipeline benchmark, and a guarded ``meedoen`` command line.

* :func:`guard`: :func:`bench.netguard.no_network` (every attempt refused), or with
  ``loopback=True`` a guard that lets connections to 127.0.0.1/::1 and Unix
  sockets through (the local PostgreSQL) and refuses and records all others.
* ``python -m bench.pipeline_guard [--loopback] --log FILE -- ARGS…`` runs
  ``meedoen ARGS…`` (the console script's own ``main``) inside the guard and
  writes the refused attempts to FILE as JSON.

The guard patches Python's :mod:`socket`; libpq (PostgreSQL's C client) opens
its socket below Python, which is why the PostgreSQL host is always 127.0.0.1.
"""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bench.netguard import NetworkBlockedError, no_network

_LOCAL = {"127.0.0.1", "::1", "localhost"}


def _is_local(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # a Unix socket path
        return True
    if isinstance(address, tuple) and address:
        return str(address[0]) in _LOCAL
    return False


@contextmanager
def loopback_only() -> Iterator[list[str]]:
    attempts: list[str] = []
    saved = (socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo)

    def connect(self: socket.socket, address: Any) -> Any:
        if not _is_local(address):
            attempts.append(f"connect {address!r}"[:200])
            raise NetworkBlockedError("network use blocked by bench/pipeline_guard.py")
        return saved[0](self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        if not _is_local(address):
            attempts.append(f"connect_ex {address!r}"[:200])
            raise NetworkBlockedError("network use blocked by bench/pipeline_guard.py")
        return saved[1](self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in _LOCAL and host is not None:
            attempts.append(f"getaddrinfo {host!r}"[:200])
            raise NetworkBlockedError("network use blocked by bench/pipeline_guard.py")
        return saved[2](host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo
    try:
        yield attempts
    finally:
        socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo = saved  # type: ignore[method-assign]


def guard(*, loopback: bool = False) -> Any:
    return loopback_only() if loopback else no_network()


def main(argv: list[str]) -> int:
    loopback = "--loopback" in argv[: argv.index("--")]
    log = argv[argv.index("--log") + 1]
    args = argv[argv.index("--") + 1 :]
    from meedoen.cli.main import main as meedoen_main

    code = 1
    with guard(loopback=loopback) as attempts:
        try:
            code = meedoen_main(args)
        finally:
            with open(log, "w", encoding="utf-8") as fh:
                json.dump(attempts, fh)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
