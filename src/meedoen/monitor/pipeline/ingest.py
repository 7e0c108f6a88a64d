# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``ingest``: one fetched batch into storage for one dossier.

Steps, in order, for every :class:`RawPost` of the batch:

1. platform deletions (``deleted=True``) become deletions by ``(source, source_id)``;
   an edit (``edited=True``) deletes the stored version and goes on as a new
   post (the last version in a batch wins; a deletion in the same batch wins
   over an edit; an edit that no longer matches the dossier only deletes);
2. de-duplication by ``(source, source_id)`` against storage and the batch
   (edits skip the check against storage, and the near-duplicate check of 4);
3. dossier matching (:func:`.matching.matches`: keywords, hashtags, exclusions);
4. near-duplicate text (:func:`.matching.text_hash`) against storage and the batch;
5. per-post analysis (our own language detection, sentiment, claim, toon); the
   declared language is never used. A post is kept when its detected language
   is in the query's languages (an empty list keeps every language). A post
   whose language cannot be determined (``und``: very short or mixed text)
   is kept too, because it already matched the dossier's terms and dropping it
   would lose short Dutch posts ("#stikstof!!"); pass ``keep_undetermined=False``
   to drop those;
6. the author handle becomes a keyed pseudonym; the handle itself goes nowhere.
   A link (``url``, ``in_reply_to``) that names an account (the author's handle,
   or a ``/profile/NAME/`` or ``/@NAME/`` path as on Bluesky and Mastodon) is
   dropped (stored as "" / None): usernames are never stored. A post id that
   names an account (``did:``, ``/users/``, ``/@``, ``/profile/``: Bluesky
   at-uris, Mastodon status URIs) is replaced by a keyed hash
   (:meth:`Pseudonymiser.post_key`), for stored posts, for ``in_reply_to`` and
   for platform deletions alike, so de-duplication and deletions still match.

Then the posts, the deletions and the batch's cursor are saved together with
:meth:`Store.save_batch` (one transaction). Nothing is collected for a
dossier that is not active (:func:`is_active`): :class:`DossierInactiveError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from meedoen.monitor.model import Post
from meedoen.monitor.pipeline.matching import matches, text_hash
from meedoen.monitor.pipeline.store import Key, Store, StoredPost
from meedoen.monitor.privacy.dossier_query import check_dossier, is_active
from meedoen.monitor.privacy.pseudonym import Pseudonymiser, normalise_handle
from meedoen.monitor.privacy.settings import DossierSettings
from meedoen.monitor.sources.base import FetchResult, RawPost

UND = "und"
_ACCOUNT_PATH_RE = re.compile(r"/(?:profile/[^/?#]+|@[^/?#]+)(?:[/?#]|$)")
_ACCOUNT_ID_RE = re.compile(r"did:|/users/|/@|/profile/", re.IGNORECASE)
Analyse = Callable[[str], dict[str, Any]]


class DossierInactiveError(Exception):
    """The dossier may not collect now; ``message`` is Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(slots=True)
class IngestReport:
    """Counts of one ingest call (no text, no handles, no pseudonyms: safe to log)."""

    dossier: str
    source_name: str
    received: int = 0
    stored: int = 0
    deleted: int = 0
    edited: int = 0
    duplicate_key: int = 0
    duplicate_text: int = 0
    unmatched: int = 0
    other_language: int = 0
    cursor_saved: bool = False
    notices: tuple[str, ...] = field(default_factory=tuple)

    def line(self) -> str:
        """One Dutch progress line."""
        return (
            f"dossier {self.dossier} · {self.source_name}: {self.received} ontvangen, "
            f"{self.stored} opgeslagen, {self.duplicate_key + self.duplicate_text} dubbel, "
            f"{self.unmatched} niet passend, {self.other_language} andere taal, "
            f"{self.deleted} verwijderd"
        ) + (f", {self.edited} bewerkt" if self.edited else "")

    def as_dict(self) -> dict[str, Any]:
        return {
            "ontvangen": self.received,
            "opgeslagen": self.stored,
            "verwijderd": self.deleted,
            "bewerkt": self.edited,
            "dubbel_id": self.duplicate_key,
            "dubbel_tekst": self.duplicate_text,
            "niet_passend": self.unmatched,
            "andere_taal": self.other_language,
        }


def _default_analyse(text: str) -> dict[str, Any]:
    from meedoen.monitor.analysis import analyse

    return analyse(text)


def inactive_reason(dossier: DossierSettings, now: datetime) -> str:
    """The Dutch reason why ``dossier`` may not collect at ``now`` ("" when it may)."""
    if is_active(dossier, now):
        return ""
    reasons = check_dossier(dossier)
    if reasons:
        return " ".join(reasons)
    return (
        f"Het dossier '{dossier.name}' is niet actief (nog niet begonnen, beëindigd of verlopen)."
    )


def ingest(
    batch: FetchResult,
    dossier: DossierSettings,
    store: Store,
    pseudonymiser: Pseudonymiser,
    *,
    source_name: str = "",
    analyse: Analyse | None = None,
    now: datetime | None = None,
    keep_undetermined: bool = True,
) -> IngestReport:
    """Ingest ``batch`` for ``dossier``; ``source_name`` names the cursor (default: the
    source of the first post, else "onbekend")."""
    now = now or datetime.now(UTC)
    if pseudonymiser.period != dossier.pseudonym_period:
        raise ValueError("the pseudonymiser's period differs from the dossier's pseudonym_period")
    reason = inactive_reason(dossier, now)
    if reason:
        raise DossierInactiveError(reason)
    analyse = analyse or _default_analyse
    name = source_name or (batch.posts[0].source if batch.posts else "onbekend")
    report = IngestReport(dossier.id, name, received=len(batch.posts), notices=batch.notices)
    deletions: list[Key] = []
    candidates: list[RawPost] = []
    for raw in batch.posts:
        raw = _safe_ids(raw, dossier, pseudonymiser)
        if raw.deleted:
            deletions.append(raw.key)
        else:
            candidates.append(raw)
    deleted_now = set(deletions)
    last_edit = {raw.key: raw for raw in candidates if raw.edited}
    edits = [key for key in last_edit if key not in deleted_now]
    fresh = {r.key for r in candidates if r.key not in last_edit}
    known = store.known_keys(dossier.id, fresh) if fresh else set()
    seen: set[Key] = set()
    matched: list[tuple[RawPost, str]] = []
    for raw in candidates:
        edit = raw.key in last_edit
        if (edit and last_edit[raw.key] is not raw) or raw.key in known:
            report.duplicate_key += 1
            continue
        if raw.key in seen or raw.key in deleted_now:
            report.duplicate_key += 1
            continue
        seen.add(raw.key)
        if not matches(dossier.query, raw.text):
            report.unmatched += 1
            continue
        matched.append((raw, text_hash(raw.text)))
    hashes = {h for raw, h in matched if h and raw.key not in last_edit}
    known_hashes = store.known_hashes(dossier.id, hashes) if hashes else set()
    languages = set(dossier.query.languages)
    out: list[StoredPost] = []
    for raw, digest in matched:
        if digest and digest in known_hashes and raw.key not in last_edit:
            report.duplicate_text += 1
            continue
        result = analyse(raw.text)
        lang = str(result.get("lang") or UND)
        if languages and lang not in languages and not (lang == UND and keep_undetermined):
            report.other_language += 1
            continue
        if digest:
            known_hashes.add(digest)  # the batch itself: only stored posts count
        out.append(_stored(raw, dossier, pseudonymiser, result, lang, digest))
    store.save_batch(dossier.id, name, out, deletions + edits, batch.cursor)
    report.stored = len(out)
    report.deleted = len(deletions)
    report.edited = len(edits)
    report.cursor_saved = True
    return report


def safe_id(value: str, source: str, dossier: DossierSettings, pseudonymiser: Pseudonymiser) -> str:
    """``value`` unless it names an account; then its keyed stand-in."""
    if _ACCOUNT_ID_RE.search(value):
        return pseudonymiser.post_key(value, source=source, dossier=dossier.id)
    return value


def _safe_ids(raw: RawPost, dossier: DossierSettings, pseudonymiser: Pseudonymiser) -> RawPost:
    source_id = safe_id(raw.source_id, raw.source, dossier, pseudonymiser)
    reply = raw.in_reply_to
    if reply and _ACCOUNT_ID_RE.search(reply) and not reply.startswith(("http:", "https:")):
        reply = safe_id(reply, raw.source, dossier, pseudonymiser)
    if source_id == raw.source_id and reply == raw.in_reply_to:
        return raw
    return replace(raw, source_id=source_id, in_reply_to=reply)


def scrub_link(value: str | None, handle: str) -> str | None:
    """``value`` unless it names an account (see the module docstring); then None."""
    if not value:
        return value
    folded = value.casefold()
    names = {normalise_handle(handle), normalise_handle(handle).split("@")[0]} - {""}
    if any(n in folded for n in names) or _ACCOUNT_PATH_RE.search(value):
        return None
    return value


def _stored(
    raw: RawPost,
    dossier: DossierSettings,
    pseudonymiser: Pseudonymiser,
    result: dict[str, Any],
    lang: str,
    digest: str,
) -> StoredPost:
    author = (
        pseudonymiser.pseudonym(
            raw.author_handle, source=raw.source, dossier=dossier.id, when=raw.published_at
        )
        if raw.author_handle
        else ""
    )
    post = Post(
        id=raw.source_id,
        source=raw.source,
        url=scrub_link(raw.url, raw.author_handle) or "",
        published_at=raw.published_at,
        lang=lang,
        text=raw.text,
        author=author,
        metrics=dict(raw.metrics),
        in_reply_to=scrub_link(raw.in_reply_to, raw.author_handle),
        dossier=dossier.id,
    )
    return StoredPost(
        post=post,
        sentiment=str(result.get("sentiment") or "neutraal"),
        sentiment_score=float(result.get("sentiment_score") or 0.0),
        claim=bool(result.get("claim")),
        toon=bool(result.get("toon")),
        text_hash=digest,
    )
