# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The on-disk cache of compiled regular expressions (meedoen.core.rx, ADR 0010).

Each test runs meedoen in a fresh process, as the cold start of `meedoen check` does, with
its own cache file (MEEDOEN_RX_CACHE) and byte-code writing allowed.
"""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from meedoen.core import rx

# Checks a few posts and prints what the cache did, the levels and findings, and whether every
# pattern built from the file equals the one re.compile builds (== compares the code).
CHILD = r"""
import json, re, sys
from meedoen import check
from meedoen.core import rx
posts = sys.argv[1:]
out = [check(p).model_dump(mode="json", include={"level", "findings"}) for p in posts]
c = rx._cache
equal = all(rx._build(p, e) == re.compile(p, f) for (p, f), e in c.entries.items())
print(json.dumps({"stats": rx.stats(), "equal": equal, "out": out}))
"""
POSTS = (
    "Beste meneer, uw BSN 111222333 staat nog op het oude adres.",
    "Bel me op 06 12345678, ik woon op Dorpsstraat 12, 1234 AB Utrecht.",
    "Wat een stelletje prutsers in Den Haag, die minister moet gewoon opstappen!",
    "Wat een prachtige herfstdag op de Veluwe, veertig kilometer gefietst!",
)


def _run(
    cache: Path | str, *posts: str, env: dict[str, str] | None = None, child: str = CHILD
) -> dict:
    full = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    full.update({"MEEDOEN_RX_CACHE": str(cache), **(env or {})})
    proc = subprocess.run(
        [sys.executable, "-c", child, *(posts or POSTS)],
        capture_output=True, text=True, env=full, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def uncached() -> dict:
    """The same posts with the cache turned off: the reference."""
    return _run("")


def test_first_run_writes_the_file_and_the_second_compiles_nothing(tmp_path, uncached):
    cache = tmp_path / "rx.marshal"
    first = _run(cache)
    assert first["stats"]["misses"] > 500  # (a pattern that two modules compile is a hit)
    version, entries = marshal.loads(cache.read_bytes())
    assert version == rx.VERSION and len(entries) == first["stats"]["entries"]
    second = _run(cache)
    assert second["stats"]["misses"] == 0
    assert second["stats"]["hits"] == first["stats"]["hits"] + first["stats"]["misses"]
    assert second["equal"]  # every pattern read from the file is the one re.compile builds
    assert first["out"] == second["out"] == uncached["out"]
    assert uncached["stats"]["enabled"] is False and uncached["stats"]["hits"] == 0


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\xff garbage", marshal.dumps(("another python", {})), marshal.dumps([1, 2])],
    ids=["empty", "garbage", "other-version", "wrong-shape"],
)
def test_a_damaged_or_foreign_file_is_ignored_and_rewritten(tmp_path, uncached, content):
    cache = tmp_path / "rx.marshal"
    cache.write_bytes(content)
    result = _run(cache)
    assert result["out"] == uncached["out"]
    assert result["stats"]["misses"] > 500
    version, entries = marshal.loads(cache.read_bytes())
    assert version == rx.VERSION and len(entries) == result["stats"]["entries"]


def test_a_damaged_entry_is_compiled_anew(tmp_path, uncached):
    cache = tmp_path / "rx.marshal"
    _run(cache)
    version, entries = marshal.loads(cache.read_bytes())
    bad = sorted(entries)[:3]
    for key in bad:
        flags, code, *rest = entries[key]
        entries[key] = (flags, code[:5], *rest)  # cut code: _sre refuses it
    cache.write_bytes(marshal.dumps((version, entries)))
    result = _run(cache)
    assert result["stats"]["misses"] == 3
    assert result["out"] == uncached["out"] and result["equal"]


def test_nothing_is_written_with_pythondontwritebytecode(tmp_path, uncached):
    cache = tmp_path / "rx.marshal"
    result = _run(cache, env={"PYTHONDONTWRITEBYTECODE": "1"})
    assert not cache.exists()
    assert result["out"] == uncached["out"]


def test_an_unwritable_path_is_no_error(tmp_path, uncached):
    """A read-only installation: the file cannot be written (even for root, whose writes a
    read-only mode does not stop, a path below a file cannot be made)."""
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = _run(blocker / "rx.marshal")  # its parent is a file: mkdir and write fail
    assert result["out"] == uncached["out"]


def test_the_patterns_are_the_same_text_in_every_process(tmp_path):
    keys = []
    for seed in ("1", "2"):
        cache = tmp_path / f"rx{seed}.marshal"
        _run(cache, env={"PYTHONHASHSEED": seed})
        keys.append(set(marshal.loads(cache.read_bytes())[1]))
    assert keys[0] == keys[1]


def test_nothing_a_user_typed_is_written(tmp_path):
    cache = tmp_path / "rx.marshal"
    child = CHILD.replace(
        "out = [check(p)",
        "profile = {'dossiers': [{'name': 'Zwervelkust', 'keywords': ['zwervelkust', "
        "'kwabbeldijk'], 'sensitivity': 'hoog'}], 'organisation': 'Gemeente Plonsdorp'}\n"
        "out = [check(p, profile=profile)",
    )
    post = "De zwervelkust bij Kwabbeldijk: mevrouw Grietje Pluimveld belde 06 12345678."
    assert _run(cache, post, child=child)["out"][0]["findings"]  # the post was really checked
    data = cache.read_bytes().lower()
    for word in (b"zwervel", b"kwabbel", b"pluimveld", b"plonsdorp", b"12345678"):
        assert word not in data


def test_a_file_full_of_old_patterns_is_pruned_to_the_ones_in_use(tmp_path):
    cache = tmp_path / "rx.marshal"
    first = _run(cache)
    version, entries = marshal.loads(cache.read_bytes())
    some = next(iter(entries.values()))
    stale = {(f"(?:oud patroon {i})", 0): some for i in range(rx.MAX_ENTRIES)}
    del entries[sorted(entries)[0]]  # one pattern to compile anew: the file is rewritten
    cache.write_bytes(marshal.dumps((version, {**entries, **stale})))
    second = _run(cache)
    assert second["stats"]["misses"] == 1
    _, kept = marshal.loads(cache.read_bytes())
    assert not set(kept) & set(stale)
    assert len(kept) == first["stats"]["entries"]
