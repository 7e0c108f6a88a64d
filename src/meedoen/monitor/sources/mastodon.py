# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Mastodon public hashtag timelines, with the community's opt-outs respected.

``GET /api/v1/timelines/tag/:hashtag`` on one instance, paged with the Link
header (``rel="next"`` = older via ``max_id``, ``rel="prev"`` = newer via
``min_id``). Resumable: the cursor is the newest status id seen; the next
call asks for ``min_id=<cursor>`` and walks ``rel="prev"`` until nothing is
newer.

Opt-outs, checked for every status:

* ``account.noindex`` is true (the "do not index" profile setting) → skipped;
* optionally (``require_indexable=True``) ``account.indexable`` is not true
  (the Mastodon 4.2+ opt-in to search) → skipped;
* the profile note contains ``#nobot``, ``#nobots`` or ``#noindex`` → skipped.
  The note is read to decide and then dropped; no profile data is kept;
* the instance's rules (``/api/v2/instance``, fallback
  ``/api/v1/instance/rules``) forbid bots, scraping, crawling, archiving or
  data collection (Dutch or English wording) → the source refuses the whole
  instance with a Dutch :class:`SourceRefusedError`.

Only ``public`` statuses are kept; boosts are skipped (the original counts).
A status is identified as ``HOST:ID`` (the instance's own id), the same key
the streaming source (:mod:`.mastodon_stream`) receives in deletion events.
The REST timelines do not report deletions or later edits; the streaming
source does while it listens, and :meth:`MastodonHashtagSource.recheck` asks
the instance again about stored statuses (``GET /api/v1/statuses/:id``):

* 404 or 410, no longer ``public``, or the author has since opted out → a
  deletion (``RawPost(deleted=True)``);
* the text differs from the stored text → the new version, built by
  :meth:`~MastodonHashtagSource.to_post` and marked ``edited`` (ingest then
  applies the dossier query again; a version that no longer matches is deleted);
* otherwise unchanged.

Never on doubt: any other answer (a network error, 5xx, 429, 401/403,
invalid JSON) stops the re-check of the host for this call; nothing after it
is decided. Requests are not retried (the next round tries again), and the
re-check stops early when ``X-RateLimit-Remaining`` drops to
:data:`RECHECK_RESERVE`, keeping the rest of the budget for collection.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from meedoen.monitor.sources.base import (
    FetchResult,
    RawPost,
    Source,
    SourceError,
    SourceRefusedError,
    SourceUnavailableError,
    dump_cursor,
    load_cursor,
    parse_iso,
)
from meedoen.monitor.sources.polite_http import HttpResponse, PoliteHttp
from meedoen.monitor.sources.registry import register
from meedoen.monitor.sources.text import fold, html_to_text

PAGE_SIZE = 40  # the API maximum for timelines
RECHECK_RESERVE = 30  # requests of the rate-limit budget a re-check leaves for collection
GONE = (404, 410)
OPT_OUT_TAGS = re.compile(r"(?<![\w#])#(nobots?|noindex)(?!\w)")

_SUBJECT = re.compile(
    r"\b(bots?|scrap\w*|crawl\w*|spider\w*|harvest\w*|data\s*collect\w*|data\s*mining|"
    r"datamining|archiv\w*|index\w*|research\w*|machine\s*learning|ai[\s-]*train\w*|"
    r"(data|gegevens)\s*verzamel\w*|(data|gegevens)verzamel\w*|verzamel\w*|"
    r"onderzoek\w*|archiveren|indexeren|automatisch\w*\s+(uitlezen|verzamelen))\b"
)
_FORBID = re.compile(
    r"\b(no|not|never|don'?t|do\s+not|prohibit\w*|forbid\w*|forbidden|banned|disallow\w*|"
    r"without\s+(explicit\s+|prior\s+)?(consent|permission)|geen|niet|nooit|verbod\w*|"
    r"verboden|zonder\s+(uitdrukkelijke\s+|voorafgaande\s+)?toestemming)\b"
)


def rule_forbids_collection(text: str) -> bool:
    """True when an instance rule speaks against bots/scraping/data collection."""
    folded = fold(html_to_text(text))
    return bool(_SUBJECT.search(folded) and _FORBID.search(folded))


def parse_link_header(value: str | None) -> dict[str, str]:
    """``{rel: url}`` from an RFC 8288 Link header."""
    links: dict[str, str] = {}
    for part in (value or "").split(","):
        match = re.search(r"<([^>]*)>\s*;\s*rel=\"?([^\";]+)\"?", part)
        if match:
            links[match.group(2).strip()] = match.group(1)
    return links


def status_id_order(value: str) -> tuple[int, str]:
    return (len(value), value)  # numeric strings compare by length, then digits


@dataclass(slots=True)
class Recheck:
    """What a re-check of stored statuses found; keys are ``HOST:ID``.

    ``posts`` holds deletions (``deleted=True``) and new versions
    (``edited=True``) for :func:`~meedoen.monitor.pipeline.ingest`; ``checked``
    every key that got a definite answer (deleted, edited or ``unchanged``);
    ``problem`` a Dutch reason when an error stopped it, ``paused`` when the
    rate-limit budget did ("" otherwise).
    """

    posts: list[RawPost] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problem: str = ""
    paused: str = ""


@register
class MastodonHashtagSource(Source):
    """One hashtag on one Mastodon instance."""

    name = "mastodon"
    description = "Mastodon: openbare hashtag-tijdlijn van één server (met opt-outs gerespecteerd)"

    def __init__(
        self,
        instance: str,
        hashtag: str,
        *,
        max_pages: int = 10,
        page_size: int = PAGE_SIZE,
        require_indexable: bool = False,
        http: PoliteHttp | None = None,
    ) -> None:
        if "://" not in instance:
            instance = f"https://{instance}"
        self.instance = instance.rstrip("/")
        self.host = urllib.parse.urlsplit(self.instance).netloc
        self.hashtag = hashtag.lstrip("#")
        self.max_pages = max_pages
        self.page_size = max(1, min(page_size, PAGE_SIZE))
        self.require_indexable = require_indexable
        self.http = http or PoliteHttp()
        self._rules_checked = False
        self.streaming_url: str | None = None  # announced by /api/v2/instance

    # -- instance rules ------------------------------------------------------------

    def instance_rules(self) -> list[str]:
        """The instance's rule texts (v2 instance endpoint, else v1 rules)."""
        response = self.http.get(f"{self.instance}/api/v2/instance")
        if response.status == 200:
            data = _json(response)
            rules = data.get("rules", []) if isinstance(data, dict) else []
            urls = (data.get("configuration") or {}).get("urls") if isinstance(data, dict) else None
            if isinstance(urls, dict) and isinstance(urls.get("streaming"), str):
                self.streaming_url = urls["streaming"].rstrip("/")
        else:
            response = self.http.get(f"{self.instance}/api/v1/instance/rules")
            if response.status != 200:
                raise SourceUnavailableError(
                    f"De regels van {self.host} zijn niet op te vragen (HTTP {response.status}); "
                    "zonder de regels te kennen verzamelen we niets van deze server."
                )
            rules = _json(response)
        texts = []
        for rule in rules if isinstance(rules, list) else []:
            if isinstance(rule, dict):
                texts.append(" ".join(str(rule.get(k) or "") for k in ("text", "hint")).strip())
        return texts

    def check_instance(self) -> None:
        """Refuse (Dutch :class:`SourceRefusedError`) when a rule forbids bots or collection."""
        if self._rules_checked:
            return
        for text in self.instance_rules():
            if rule_forbids_collection(text):
                raise SourceRefusedError(
                    f"De server {self.host} verbiedt in zijn regels bots of het verzamelen van "
                    f"berichten (regel: '{text}'). meedoen respecteert dat en leest deze server niet."
                )
        self._rules_checked = True

    # -- fetching -----------------------------------------------------------------

    def fetch(self, cursor: str | None = None, *, limit: int | None = None) -> FetchResult:
        self.check_instance()
        state = load_cursor(cursor)
        newest = state.get("min_id")
        base = f"{self.instance}/api/v1/timelines/tag/{urllib.parse.quote(self.hashtag)}"
        url: str | None = base
        params: dict[str, str | int | None] | None = {"limit": self.page_size, "min_id": newest}
        # Catching up (min_id) walks rel="prev" to newer pages; a first run walks
        # rel="next" back in time.
        direction = "prev" if newest else "next"
        posts: list[RawPost] = []
        skipped: set[str] = set()
        best = newest
        more = False
        for page in range(self.max_pages):
            assert url is not None
            response = self.http.get(url, params=params, headers={"Accept": "application/json"})
            params = None
            if response.status in (401, 403, 422):
                raise SourceRefusedError(
                    f"De server {self.host} staat het openbaar lezen van hashtag-tijdlijnen niet "
                    f"toe (HTTP {response.status}). meedoen logt niet in om dat te omzeilen."
                )
            if response.status != 200:
                raise SourceUnavailableError(
                    f"{self.host} gaf HTTP {response.status} voor #{self.hashtag}."
                )
            statuses = _json(response)
            if not isinstance(statuses, list) or not statuses:
                break
            for status in statuses:
                sid = str(status.get("id", ""))
                if sid and (best is None or status_id_order(sid) > status_id_order(best)):
                    best = sid
                post = self.to_post(status, skipped)
                if post is not None:
                    posts.append(post)
            url = self._same_host(parse_link_header(response.header("Link")).get(direction))
            if url is None:
                break
            if page == self.max_pages - 1 or (limit is not None and len(posts) >= limit):
                more = direction == "prev"
                break
        posts.sort(key=lambda p: p.published_at)
        notices = ()
        if skipped:
            notices = (
                f"{len(skipped)} account(s) op {self.host} overgeslagen wegens noindex of "
                "#nobot/#nobots in het profiel.",
            )
        new_cursor = dump_cursor({"min_id": best}) if best else cursor
        return FetchResult(posts, new_cursor, more=more, notices=notices)

    def status_key(self, status_id: str) -> str:
        """``HOST:ID``: the instance's own status id, also what deletion events carry."""
        return f"{self.host}:{status_id}"

    def _same_host(self, url: str | None) -> str | None:
        if not url or urllib.parse.urlsplit(url).netloc != self.host:
            return None  # never follow a Link header to another host
        return url

    # -- re-checking stored statuses ------------------------------------------------

    def recheck_scope(self) -> tuple[str, str]:
        """``(source name, key prefix)`` of the stored posts :meth:`recheck` can check."""
        return self.name, f"{self.host}:"

    def recheck(self, stored: Mapping[str, str]) -> Recheck:
        """Ask the instance about each stored ``HOST:ID`` (``{key: stored text}``), in order.

        Keys of other hosts are ignored. See the module docstring for what
        counts as deleted or edited; a problem or a low rate-limit budget stops
        the re-check (``problem`` / ``paused``), leaving the rest for later.
        """
        out = Recheck()
        retries, self.http.max_retries = self.http.max_retries, 0  # no waiting: next round
        try:
            self.check_instance()
            for key, text in stored.items():
                status_id = key.removeprefix(f"{self.host}:")
                if status_id == key or not status_id:
                    continue
                out.problem = self._recheck_one(key, status_id, text, out)
                if out.problem or out.paused:
                    break
        except SourceError as exc:
            out.problem = exc.message
        finally:
            self.http.max_retries = retries
        if out.problem:
            out.problem = (
                f"Herbevestigen op {self.host} gestopt na {len(out.checked)} bericht(en): "
                f"{out.problem} Wat nog niet gecontroleerd is, blijft staan tot de volgende ronde."
            )
        return out

    def _recheck_one(self, key: str, status_id: str, text: str, out: Recheck) -> str:
        """Check one status into ``out``; a Dutch problem ("" when the answer was definite)."""
        url = f"{self.instance}/api/v1/statuses/{urllib.parse.quote(status_id, safe='')}"
        response = self.http.get(url, headers={"Accept": "application/json"})
        if response.status in GONE:
            out.posts.append(self.deletion(key))
        elif response.status != 200:
            return f"{self.host} gaf HTTP {response.status} voor bericht {status_id}."
        else:
            status = _json(response)
            if not isinstance(status, dict) or str(status.get("id")) != status_id:
                return f"{self.host} gaf een onverwacht antwoord voor bericht {status_id}."
            opted_out: set[str] = set()
            post = self.to_post(status, opted_out)
            if post is None and (opted_out or status.get("visibility", "public") != "public"):
                out.posts.append(self.deletion(key))
            elif post is None:
                return f"{self.host} gaf een onvolledig bericht {status_id}."
            elif post.text != text:
                out.posts.append(replace(post, edited=True))
            else:
                out.unchanged.append(key)
        out.checked.append(key)
        out.paused = _budget_low(response, self.host)
        return ""

    def deletion(self, key: str) -> RawPost:
        """A platform deletion of the stored status ``HOST:ID`` (for ingest)."""
        now = datetime.now(UTC)
        return RawPost(self.name, key, url="", published_at=now, text="", deleted=True)

    def to_post(self, status: dict[str, Any], skipped: set[str]) -> RawPost | None:
        """One status → a RawPost, or None (opted out, boost, not public, malformed)."""
        account = status.get("account") or {}
        acct = str(account.get("acct") or account.get("username") or "")
        if (
            account.get("noindex") is True
            or (self.require_indexable and account.get("indexable") is not True)
            or OPT_OUT_TAGS.search(fold(html_to_text(account.get("note"))))
        ):
            skipped.add(acct)
            return None
        if status.get("reblog") or status.get("visibility", "public") != "public":
            return None
        published = parse_iso(status.get("created_at"))
        sid = str(status.get("id") or "")
        uri = status.get("uri") or status.get("url")
        if published is None or not uri or not sid:
            return None
        if acct and "@" not in acct:
            acct = f"{acct}@{self.host}"
        spoiler = html_to_text(status.get("spoiler_text"))
        text = html_to_text(status.get("content"))
        reply = status.get("in_reply_to_id")
        return RawPost(
            source=self.name,
            source_id=self.status_key(sid),
            url=str(status.get("url") or uri),
            published_at=published,
            text=f"{spoiler}\n\n{text}" if spoiler else text,
            author_handle=acct,
            lang_declared=status.get("language"),
            metrics={
                k.removesuffix("_count"): status[k]
                for k in ("replies_count", "reblogs_count", "favourites_count")
                if isinstance(status.get(k), int | float)
            },
            in_reply_to=self.status_key(str(reply)) if reply else None,
            edited=bool(status.get("edited_at")),
        )


def _budget_low(response: HttpResponse, host: str) -> str:
    """A Dutch reason to pause when the rate-limit budget is nearly used up, else ""."""
    raw = response.header("X-RateLimit-Remaining")
    try:
        left = int(float(raw)) if raw is not None else None
    except ValueError:
        left = None
    if left is None or left > RECHECK_RESERVE:
        return ""
    return (
        f"Herbevestigen op {host} gepauzeerd: nog {left} verzoek(en) binnen de limiet van de "
        "server; die blijven voor het verzamelen."
    )


def _json(response: HttpResponse) -> Any:
    import json

    try:
        return json.loads(response.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SourceUnavailableError(
            f"Het antwoord van {response.url} is geen geldige JSON."
        ) from None
