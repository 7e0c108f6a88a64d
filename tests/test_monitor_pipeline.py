# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The ingest pipeline with a real in-memory store (no database, no network)."""

from __future__ import annotations

import copy
import json
from collections.abc import Collection, Sequence
from dataclasses import asdict, replace
from datetime import UTC, date, datetime, timedelta

import pytest

from meedoen.monitor.pipeline import (
    DossierInactiveError,
    StoredPost,
    ingest,
    matches,
    normalise_text,
    text_hash,
)
from meedoen.monitor.pipeline.ingest import scrub_link
from meedoen.monitor.privacy.pseudonym import Pseudonymiser
from meedoen.monitor.privacy.settings import DossierSettings, Query
from meedoen.monitor.sources.base import FetchResult, RawPost

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
SECRET = b"test-secret-0123456789abcdef"
Key = tuple[str, str]


class MemoryStore:
    """A real Store: dictionaries, with all-or-nothing save_batch."""

    def __init__(self) -> None:
        self.posts: dict[str, dict[Key, StoredPost]] = {}
        self.cursors: dict[tuple[str, str], str | None] = {}
        self.fail_after: int | None = None  # raise after writing this many posts

    def get_cursor(self, dossier: str, source_name: str) -> str | None:
        return self.cursors.get((dossier, source_name))

    def known_keys(self, dossier: str, keys: Collection[Key]) -> set[Key]:
        return set(keys) & set(self.posts.get(dossier, {}))

    def known_hashes(self, dossier: str, hashes: Collection[str]) -> set[str]:
        stored = {p.text_hash for p in self.posts.get(dossier, {}).values()}
        return set(hashes) & stored

    def save_batch(
        self,
        dossier: str,
        source_name: str,
        posts: Sequence[StoredPost],
        deletions: Sequence[Key],
        cursor: str | None,
    ) -> None:
        table = copy.copy(self.posts.get(dossier, {}))
        for key in deletions:  # first, so that an edit replaces the stored version
            table.pop(key, None)
        for n, sp in enumerate(posts):
            if self.fail_after is not None and n >= self.fail_after:
                raise RuntimeError("crash midden in de batch")
            table[sp.post.key] = sp
        self.posts[dossier] = table  # commit: posts and cursor together
        self.cursors[(dossier, source_name)] = cursor


def dossier(**kw: object) -> DossierSettings:
    base = DossierSettings(
        id="d1",
        name="Stikstof",
        owner="Team communicatie",
        purpose="Publieke discussie over stikstof volgen",
        legal_basis="AVG art. 6 lid 1 sub e",
        end_date=date(2026, 12, 31),
        query=Query(keywords=("stikstof*",), hashtags=("boerenprotest",), exclusions=("reclame",)),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def raw(sid: str, text: str, handle: str = "@Jan.Jansen", **kw: object) -> RawPost:
    return RawPost(
        source="mastodon",
        source_id=sid,
        url=f"https://voorbeeld.nl/bericht/{sid}",
        published_at=NOW - timedelta(hours=1),
        text=text,
        author_handle=handle,
        **kw,  # type: ignore[arg-type]
    )


def fake_analyse(text: str) -> dict[str, object]:
    lang = "en" if text.startswith("The ") else "und" if len(text) < 12 else "nl"
    return {"lang": lang, "sentiment": "neutraal", "sentiment_score": 0.0, "claim": False}


def run(store: MemoryStore, posts: list[RawPost], cursor: str | None = "c1", **kw: object):
    pseudo = Pseudonymiser(SECRET)
    return ingest(
        FetchResult(posts, cursor),
        kw.pop("d", dossier()),  # type: ignore[arg-type]
        store,
        pseudo,
        source_name="mastodon:1",
        analyse=kw.pop("analyse", fake_analyse),  # type: ignore[arg-type]
        now=NOW,
        **kw,  # type: ignore[arg-type]
    )


def test_matching_words_prefixes_hashtags_and_exclusions() -> None:
    q = Query(
        keywords=("stikstof", "natuur vergunning"), hashtags=("#Boeren",), exclusions=("#ad",)
    )
    assert matches(q, "Het STIKSTOF-debat")
    assert not matches(q, "stikstofkaart")  # whole words only without "*"
    assert matches(Query(keywords=("stikstof*",)), "de stikstofkaart is uit")
    assert matches(q, "een natuur  vergunning")
    assert matches(q, "steun de #boeren")
    assert not matches(q, "de boeren")  # a hashtag matches the hashtag only
    assert not matches(q, "stikstof #ad")
    assert matches(q, "stikstof #adres")


def test_near_duplicate_normalisation() -> None:
    a = "RT @iemand: Stikstof-debat vanavond! https://x.nl/1"
    b = "stikstof debat   vanavond https://y.nl/2 @ander"
    assert normalise_text(a) == normalise_text(b) == "stikstof debat vanavond"
    assert text_hash(a) == text_hash(b) and text_hash("https://x.nl @a") == ""


def test_stores_pseudonymised_posts_and_the_handle_appears_nowhere() -> None:
    store = MemoryStore()
    report = run(store, [raw("1", "Stikstof: het debat begint"), raw("2", "Over #boerenprotest")])
    assert report.stored == 2 and report.cursor_saved
    stored = list(store.posts["d1"].values())
    for sp in stored:
        assert sp.post.author and sp.post.author != "@Jan.Jansen"
        dump = json.dumps(asdict(sp), default=str).casefold()
        assert "jan.jansen" not in dump and "jansen" not in dump
    assert stored[0].post.author == stored[1].post.author  # same week, same dossier


def test_dedup_by_key_and_by_near_duplicate_text() -> None:
    store = MemoryStore()
    run(store, [raw("1", "Stikstof: het debat begint https://a.nl")])
    report = run(
        store,
        [
            raw("1", "Stikstof: het debat begint"),  # same key
            raw("2", "RT @x: stikstof het debat begint! https://b.nl"),  # same text
            raw("3", "Stikstof blijft lastig"),
            raw("4", "stikstof BLIJFT lastig"),  # duplicate inside the batch
        ],
        cursor="c2",
    )
    assert (report.duplicate_key, report.duplicate_text, report.stored) == (1, 2, 1)
    assert set(store.posts["d1"]) == {("mastodon", "1"), ("mastodon", "3")}


def test_unmatched_excluded_and_other_language_are_not_stored() -> None:
    store = MemoryStore()
    report = run(
        store,
        [
            raw("1", "Over het weer vandaag"),
            raw("2", "Stikstof reclame: koop nu"),
            raw("3", "The stikstof debate in English"),
            raw("4", "#stikstof!", lang_declared="en"),  # und: kept, declared ignored
        ],
    )
    assert (report.unmatched, report.other_language, report.stored) == (2, 1, 1)
    assert store.posts["d1"][("mastodon", "4")].post.lang == "und"
    store2 = MemoryStore()
    assert run(store2, [raw("4", "#stikstof!")], keep_undetermined=False).stored == 0


def test_real_language_detection_ignores_declared_language() -> None:
    store = MemoryStore()
    text = "De stikstofregels zijn vandaag opnieuw besproken in de gemeenteraad van Utrecht."
    report = run(store, [raw("1", text, lang_declared="fr")], analyse=None)
    assert report.stored == 1
    sp = store.posts["d1"][("mastodon", "1")]
    assert sp.post.lang == "nl" and sp.sentiment in {"positief", "neutraal", "negatief"}


@pytest.mark.parametrize(
    "d",
    [
        dossier(end_date=date(2026, 11, 27)),
        dossier(ended_at=NOW - timedelta(minutes=1)),
        dossier(start_date=date(2026, 12, 1)),
        dossier(purpose=""),
    ],
)
def test_inactive_dossier_refuses_and_stores_nothing(d: DossierSettings) -> None:
    store = MemoryStore()
    with pytest.raises(DossierInactiveError) as exc:
        run(store, [raw("1", "stikstof")], d=d)
    assert exc.value.message and not store.posts and not store.cursors


def test_platform_deletions_are_honoured() -> None:
    store = MemoryStore()
    run(store, [raw("1", "Stikstof vandaag"), raw("2", "Stikstof morgen")])
    report = run(store, [raw("1", "", deleted=True), raw("9", "", deleted=True)], cursor="c2")
    assert report.deleted == 2 and set(store.posts["d1"]) == {("mastodon", "2")}
    # a post deleted in the same batch in which it arrives is not stored
    run(store, [raw("5", "Stikstof later"), raw("5", "", deleted=True)], cursor="c3")
    assert ("mastodon", "5") not in store.posts["d1"]


def _texts(store: MemoryStore) -> dict[str, str]:
    return {key[1]: sp.post.text for key, sp in store.posts["d1"].items()}


@pytest.mark.parametrize(
    ("batch", "expected", "edited"),
    [
        # an edit replaces the stored version, text and analysis alike
        ([raw("1", "Stikstof: correctie, het is donderdag", edited=True)],
         {"1": "Stikstof: correctie, het is donderdag", "2": "Stikstof morgen"}, 1),
        # the same edit text as before (only markup changed) is not a near-duplicate of itself
        ([raw("1", "Stikstof vandaag", edited=True)],
         {"1": "Stikstof vandaag", "2": "Stikstof morgen"}, 1),
        # two versions in one batch: the last one wins
        ([raw("2", "Stikstof overmorgen", edited=True), raw("2", "Stikstof volgende week",
          edited=True)], {"1": "Stikstof vandaag", "2": "Stikstof volgende week"}, 1),
        # an edit that no longer matches the dossier removes the old version only
        ([raw("1", "Over iets heel anders", edited=True)], {"2": "Stikstof morgen"}, 1),
        # a deletion in the same batch wins over an edit
        ([raw("1", "Stikstof nieuw", edited=True), raw("1", "", deleted=True)],
         {"2": "Stikstof morgen"}, 0),
        # an edit of a post we never had is stored as a new post
        ([raw("7", "Stikstof bewerkt en nieuw", edited=True)],
         {"1": "Stikstof vandaag", "2": "Stikstof morgen", "7": "Stikstof bewerkt en nieuw"}, 1),
    ],
)  # fmt: skip
def test_edits_replace_the_stored_version(
    batch: list[RawPost], expected: dict[str, str], edited: int
) -> None:
    store = MemoryStore()
    run(store, [raw("1", "Stikstof vandaag"), raw("2", "Stikstof morgen")])
    report = run(store, batch, cursor="c2")
    assert _texts(store) == expected
    assert report.edited == edited and store.cursors[("d1", "mastodon:1")] == "c2"
    assert ("bewerkt" in report.line()) == bool(edited)


def test_an_unmarked_repeat_is_still_a_duplicate() -> None:
    store = MemoryStore()
    run(store, [raw("1", "Stikstof vandaag")])
    report = run(store, [raw("1", "Stikstof anders")], cursor="c2")
    assert report.duplicate_key == 1 and _texts(store) == {"1": "Stikstof vandaag"}


def test_cursor_only_advances_with_the_posts() -> None:
    store = MemoryStore()
    run(store, [raw("1", "Stikstof eerst")], cursor="c1")
    store.fail_after = 1
    with pytest.raises(RuntimeError):
        run(store, [raw("2", "Stikstof twee"), raw("3", "Stikstof drie")], cursor="c2")
    assert store.get_cursor("d1", "mastodon:1") == "c1"
    assert set(store.posts["d1"]) == {("mastodon", "1")}
    store.fail_after = None  # the retry stores the batch exactly once
    report = run(store, [raw("1", "Stikstof eerst"), raw("2", "Stikstof twee")], cursor="c2")
    assert report.stored == 1 and report.duplicate_key == 1
    assert store.get_cursor("d1", "mastodon:1") == "c2"


def test_links_that_name_an_account_are_dropped() -> None:
    assert scrub_link("https://bsky.app/profile/sanne.nl/post/3k", "did:plc:x") is None
    assert scrub_link("https://mastodon.nl/@jan/123", "jan@mastodon.nl") is None
    assert scrub_link("https://nieuws.nl/jan-artikel", "@Jan") is None
    assert scrub_link("https://nieuws.nl/artikel/1", "@piet") == "https://nieuws.nl/artikel/1"
    store = MemoryStore()
    posts = [RawPost("m", "1", "https://m.nl/@x/1", NOW, "Stikstof nu", author_handle="x")]
    run(store, posts)
    assert store.posts["d1"][("m", "1")].post.url == ""


def test_ids_that_name_the_author_are_keyed_and_deletions_still_match() -> None:
    store = MemoryStore()
    uri = "at://did:plc:abc123/app.bsky.feed.post/3k2"
    parent = "at://did:plc:other9/app.bsky.feed.post/1a"
    post = RawPost("bluesky", uri, "", NOW, "Stikstof nu", "did:plc:abc123", in_reply_to=parent)
    run(store, [post])
    ((key, sp),) = store.posts["d1"].items()
    assert key[1].startswith("sleutel:") and sp.post.in_reply_to.startswith("sleutel:")
    assert "did:plc" not in json.dumps(asdict(sp), default=str)
    assert run(store, [post], cursor="c2").duplicate_key == 1  # stable: dedup still works
    run(store, [RawPost("bluesky", uri, "", NOW, "", deleted=True)], cursor="c3")
    assert store.posts["d1"] == {}
