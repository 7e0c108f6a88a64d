# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""A small, polite HTTP client shared by the HTTP-based sources.

Polite means: a User-Agent that names meedoen and how to reach its operator,
timeouts on every request, a minimum interval between requests to the same
host, conditional GET (ETag / Last-Modified), and obeying the platform's rate
limit signals:

* HTTP 429 and 503 with ``Retry-After`` (seconds or an HTTP date): wait that
  long (capped by ``max_wait``) and retry, at most ``max_retries`` times;
  without ``Retry-After`` back off exponentially (1, 2, 4 ... s).
* ``X-RateLimit-Remaining``/``X-RateLimit-Reset`` (Mastodon: ISO 8601 reset)
  and ``RateLimit-Remaining``/``RateLimit-Reset`` (Bluesky: Unix seconds):
  when the remaining budget is exhausted, wait until the reset before the next
  request to that host.

Only ``http`` and ``https`` URLs are fetched. Every wait is recorded in
:attr:`PoliteHttp.waits` so callers (and tests) can see what happened.
"""

from __future__ import annotations

import math
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.message import Message
from email.utils import parsedate_to_datetime

from meedoen import __version__
from meedoen.monitor.sources.base import SourceUnavailableError, now_utc, parse_iso

DEFAULT_CONTACT = "https://example.invalid/meedoen/meedoen"  # operators pass their own
MAX_BODY = 20 * 1024 * 1024  # a feed or API page larger than this is refused
# Seconds between two requests to the same host, unless a source is given its own client.
MIN_INTERVAL = 1.0
MIN_INTERVAL_ENV = "MEEDOEN_HTTP_MIN_INTERVAL"


def min_interval_setting(env: Mapping[str, str] = os.environ) -> float:
    """``MEEDOEN_HTTP_MIN_INTERVAL`` (default 1 s): more for a busy instance, 0 only for a
    test server on this machine. ValueError (Dutch) for anything but seconds from 0 to 3600."""
    raw = env.get(MIN_INTERVAL_ENV, "").strip()
    if not raw:
        return MIN_INTERVAL
    try:
        value = float(raw.replace(",", "."))
    except ValueError:
        value = math.nan
    if not 0 <= value <= 3600:  # (NaN fails too)
        raise ValueError(
            f"{MIN_INTERVAL_ENV} moet een aantal seconden tussen 0 en 3600 zijn, niet '{raw}'."
        )
    return value


def user_agent(contact: str = DEFAULT_CONTACT) -> str:
    """The User-Agent every meedoen source sends."""
    return f"meedoen/{__version__} (slim luisteren; onderwerpen, geen personen; +{contact})"


@dataclass(frozen=True, slots=True)
class HttpResponse:
    status: int
    headers: Message
    body: bytes
    url: str

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


class PoliteHttp:
    """GET with politeness built in; one instance per source is enough. Without
    ``min_interval`` the interval comes from :func:`min_interval_setting`."""

    def __init__(
        self,
        *,
        contact: str = DEFAULT_CONTACT,
        timeout: float = 20.0,
        min_interval: float | None = None,
        max_retries: int = 3,
        max_wait: float = 300.0,
        low_water: int = 1,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.user_agent = user_agent(contact)
        self.timeout = timeout
        self.min_interval = min_interval_setting() if min_interval is None else min_interval
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.low_water = low_water
        self._sleep = sleep
        self._last_request: dict[str, float] = {}
        self._blocked_until: dict[str, float] = {}
        self.waits: list[tuple[str, float]] = []  # (reason, seconds)
        self.requests = 0

    def _wait(self, reason: str, seconds: float) -> None:
        seconds = max(0.0, min(seconds, self.max_wait))
        self.waits.append((reason, seconds))
        if seconds:
            self._sleep(seconds)

    def _before(self, host: str) -> None:
        blocked = self._blocked_until.pop(host, None)
        if blocked is not None:
            self._wait("rate-limit-reset", blocked - time.time())
        last = self._last_request.get(host)
        if last is not None and self.min_interval > 0:
            gap = self.min_interval - (time.monotonic() - last)
            if gap > 0:
                self._wait("min-interval", gap)

    def get(
        self,
        url: str,
        *,
        params: Mapping[str, str | int | None] | None = None,
        headers: Mapping[str, str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> HttpResponse:
        """GET ``url``; a 304 answer is returned (status 304, empty body), not raised."""
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SourceUnavailableError(
                f"Alleen http- en https-adressen zijn toegestaan, niet '{url}'."
            )
        if params:
            query = urllib.parse.urlencode([(k, v) for k, v in params.items() if v is not None])
            url = f"{url}{'&' if parts.query else '?'}{query}"
        host = parts.netloc.lower()
        send = {"User-Agent": self.user_agent, "Accept-Encoding": "identity"}
        send.update(headers or {})
        if etag:
            send["If-None-Match"] = etag
        if last_modified:
            send["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            self._before(host)
            self.requests += 1
            self._last_request[host] = time.monotonic()
            try:
                response = self._open(url, send)
            except urllib.error.HTTPError as err:
                response = HttpResponse(err.code, err.headers, _read(err), url)
            except (urllib.error.URLError, TimeoutError, OSError) as err:
                if attempt >= self.max_retries:
                    raise SourceUnavailableError(
                        f"De bron {host} is niet bereikbaar ({_reason(err)}). Probeer het later opnieuw."
                    ) from None
                attempt += 1
                self._wait("network-error", 2.0 ** (attempt - 1))
                continue
            self._note_budget(host, response)
            if response.status in (429, 503) or response.status >= 500:
                if attempt >= self.max_retries:
                    raise SourceUnavailableError(
                        f"De bron {host} blijft weigeren (HTTP {response.status}) na "
                        f"{attempt + 1} pogingen. Probeer het later opnieuw."
                    )
                attempt += 1
                delay = retry_after(response.header("Retry-After"))
                self._wait(
                    f"http-{response.status}", delay if delay is not None else 2.0 ** (attempt - 1)
                )
                continue
            return response

    def _open(self, url: str, headers: Mapping[str, str]) -> HttpResponse:
        request = urllib.request.Request(url, headers=dict(headers), method="GET")
        with urllib.request.urlopen(request, timeout=self.timeout) as raw:  # noqa: S310
            return HttpResponse(raw.status, raw.headers, _read(raw), raw.geturl())

    def _note_budget(self, host: str, response: HttpResponse) -> None:
        remaining = response.header("X-RateLimit-Remaining") or response.header(
            "RateLimit-Remaining"
        )
        reset = response.header("X-RateLimit-Reset") or response.header("RateLimit-Reset")
        if remaining is None or reset is None:
            return
        try:
            left = int(float(remaining))
        except ValueError:
            return
        if left >= self.low_water:
            return
        until = reset_time(reset)
        if until is not None:
            self._blocked_until[host] = until


def _read(raw: urllib.response.addinfourl | urllib.error.HTTPError) -> bytes:
    data = raw.read(MAX_BODY + 1)
    if len(data) > MAX_BODY:
        raise SourceUnavailableError(
            f"Het antwoord is groter dan {MAX_BODY // (1024 * 1024)} MB en wordt niet gelezen."
        )
    return data


def _reason(err: BaseException) -> str:
    reason = getattr(err, "reason", None)
    return str(reason or err) or type(err).__name__


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (moment - now_utc()).total_seconds())


def reset_time(value: str) -> float | None:
    """A rate-limit reset as a Unix time: ISO 8601, Unix seconds, or delta seconds."""
    moment = parse_iso(value)
    if moment is not None:
        return moment.timestamp()
    try:
        number = float(value)
    except ValueError:
        return None
    # Values below ~10 years of seconds are a delta (RateLimit-Reset draft), else epoch.
    return time.time() + number if number < 315_360_000 else number
