# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""`meedoen check --archive`: X, Mastodon and LinkedIn exports, hostile input."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import tarfile
import zipfile

import pytest

from meedoen.cli import exitcodes
from meedoen.cli.archive import load_archive
from meedoen.cli.archive.html_text import html_to_text
from meedoen.cli.main import main
from test_cli_check import BSN_POST, HARMLESS, meedoen_cmd, run_cli


def tweets_js(*texts: str) -> str:
    items = [
        {
            "tweet": {
                "id_str": str(1000 + i),
                "full_text": t,
                "created_at": f"Wed Oct {10 + i} 20:19:24 +0000 2018",
            }
        }
        for i, t in enumerate(texts)
    ]
    return "window.YTD.tweets.part0 = " + json.dumps(items, indent=2)


def outbox_json(*htmls: str) -> str:
    items = [
        {
            "type": "Create",
            "published": f"2019-05-0{i + 1}T10:00:00Z",
            "object": {
                "id": f"https://social.example/users/s/statuses/{i}",
                "type": "Note",
                "content": h,
                "published": f"2019-05-0{i + 1}T10:00:00Z",
            },
        }
        for i, h in enumerate(htmls)
    ]
    items.append({"type": "Announce", "object": "https://elders.example/status/1"})
    return json.dumps(
        {
            "@context": "https://www.w3.org/ns/activitystreams",
            "type": "OrderedCollection",
            "totalItems": len(items),
            "orderedItems": items,
        }
    )


def shares_csv(*texts: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"])
    for i, t in enumerate(texts):
        w.writerow(
            [
                f"2020-0{i + 1}-15 09:30:00",
                f"https://www.linkedin.example/{i}",
                t,
                "",
                "",
                "MEMBER_NETWORK",
            ]
        )
    return buf.getvalue()


@pytest.mark.parametrize(
    "name, content, fmt",
    [
        ("tweets.js", tweets_js(HARMLESS, BSN_POST), "X (tweets.js)"),
        (
            "outbox.json",
            outbox_json(f"<p>{HARMLESS}</p>", f"<p>{BSN_POST}</p>"),
            "Mastodon (outbox.json)",
        ),
        ("Shares.csv", shares_csv(HARMLESS, BSN_POST), "LinkedIn (Shares.csv)"),
        ("export.txt", tweets_js(HARMLESS, BSN_POST), "X (tweets.js)"),
    ],
)
def test_each_format_lists_the_flagged_post_with_its_date(tmp_path, capsys, name, content, fmt):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    rc = main(["check", "--archive", str(path), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == fmt
    assert data["counts"]["total"] == 2
    assert rc == exitcodes.ROOD
    [hit] = [f for f in data["flagged"] if "111222333" in f["text"]]
    assert hit["level"] == "rood" and "persoonsgegevens" in hit["categories"]
    assert hit["date"][:4] in ("2018", "2019", "2020")


def test_subprocess_text_report_and_no_progress_bar_when_not_a_tty(tmp_path):
    path = tmp_path / "tweets.js"
    path.write_text(tweets_js(HARMLESS, BSN_POST, "Goedemorgen &amp; fijne dag"), encoding="utf-8")
    proc = run_cli("check", "--archive", str(path))
    out = proc.stdout.decode()
    assert proc.returncode == exitcodes.ROOD
    assert "Digitale voetafdruk" in out and "ROOD" in out and "2018-10-11" in out
    assert "Totaal 3 berichten: 1 rood" in out
    assert proc.stderr == b""


def test_tweets_are_unescaped_and_archive_is_checked_as_of_today(tmp_path, capsys):
    path = tmp_path / "tweets.js"
    path.write_text(tweets_js("Rock &amp; roll &lt;3"), encoding="utf-8")
    main(["check", "--archive", str(path), "--format", "json", "--datum", "2026-02-01"])
    data = json.loads(capsys.readouterr().out)
    assert data["checked_on"] == "2026-02-01"
    _, posts = load_archive(str(path))
    assert posts[0].text == "Rock & roll <3"


def test_zip_and_tar_exports_are_read(tmp_path, capsys):
    zpath = tmp_path / "twitter-2024.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("data/tweets.js", tweets_js(BSN_POST))
    tpath = tmp_path / "archive.tar.gz"
    payload = outbox_json(f"<p>{BSN_POST}</p>").encode()
    with tarfile.open(tpath, "w:gz") as tf:
        info = tarfile.TarInfo("outbox.json")
        info.size = len(payload)
        tf.addfile(info, io.BytesIO(payload))
    assert load_archive(str(zpath))[1][0].text == BSN_POST
    parts = tmp_path / "twitter-parts.zip"
    with zipfile.ZipFile(parts, "w") as zf:
        zf.writestr("data/tweets.js", tweets_js(BSN_POST))
        zf.writestr("data/tweets-part1.js", tweets_js(HARMLESS).replace("part0", "part1"))
        zf.writestr("data/like.js", "window.YTD.like.part0 = []")
    fmt, posts = load_archive(str(parts))
    assert fmt.startswith("X") and [p.text for p in posts] == [BSN_POST, HARMLESS]
    assert load_archive(str(tpath))[1][0].text == BSN_POST


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"hallo wereld",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"window.YTD.tweets.part0 = [{",
        b'{"type": "OrderedCollection", "orderedItems": 5}',
        b"\xff\xfe\x00t\x00w",
        b"a,b,c\n1,2,3\n",
        b"PK\x03\x04 broken zip",
    ],
)
def test_unknown_or_broken_format_is_e401(tmp_path, capsys, content):
    path = tmp_path / "archief.bin"
    path.write_bytes(content)
    assert main(["check", "--archive", str(path)]) == exitcodes.DATAERR
    err = capsys.readouterr().err
    assert "E401" in err and "geen bekend formaat" in err


def test_missing_archive_file(capsys):
    assert main(["check", "--archive", "/nonexistent/tweets.js"]) == exitcodes.DATAERR
    assert "E205" in capsys.readouterr().err


def test_empty_and_odd_items_are_skipped_not_fatal(tmp_path, capsys):
    items = [
        {"tweet": {"full_text": ""}},
        {"tweet": None},
        5,
        {"tweet": {"full_text": 3}},
        {"full_text": HARMLESS},
    ]
    path = tmp_path / "tweets.js"
    path.write_text("window.YTD.tweets.part0 = " + json.dumps(items), encoding="utf-8")
    assert main(["check", "--archive", str(path), "--format", "json"]) == exitcodes.GROEN
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert counts["total"] == 2 and counts["skipped"] == 1


@pytest.mark.parametrize(
    "html, expected",
    [
        ("<p>Hallo <b>wereld</b></p>", "Hallo wereld"),
        ("<p>een</p><p>twee</p>", "een\n\ntwee"),
        ("regel<br>volgende<br/>laatste", "regel\nvolgende\nlaatste"),
        ("Tom &amp; Jerry &lt;3 &#128512; &eacute;", "Tom & Jerry <3 😀 é"),
        ("<script>alert(1)</script>zichtbaar", "zichtbaar"),
        ("<style>p{}</style><p>tekst", "tekst"),
        (
            "<p><a href='x'><span class='invisible'>https://</span>voorbeeld.nl</a>",
            "https://voorbeeld.nl",
        ),
        # An unterminated tag at the very end stays as text (stdlib behaviour): harmless.
        ("<<<>>>&&&;;<p", "<<<>>>&&&;;<p"),
        ("<![CDATA[x]]><!-- <p>verborgen</p> -->na", "na"),
        ("<div" * 2000, "<div" * 2000),
        ("<p>" * 3000 + "diep" + "</p>" * 10, "diep"),
        ("&#xFFFFFFFF; &#0; &bogus;", "\ufffd \ufffd &bogus;"),
    ],
)
def test_html_to_text_is_safe(html, expected):
    assert html_to_text(html) == expected


def test_hostile_outbox_does_not_break_the_audit(tmp_path, capsys):
    hostile = [
        "<script>" * 500 + BSN_POST,
        "<p>" + "<b>" * 5000 + "diep</p>",
        "\x1b[2J<p>terminal</p>",
        "<p onclick=alert(1)>&lt;script&gt;alert(2)&lt;/script&gt;</p>",
    ]
    path = tmp_path / "outbox.json"
    path.write_text(outbox_json(*hostile), encoding="utf-8")
    rc = main(["check", "--archive", str(path)])
    out = capsys.readouterr().out
    assert rc in (exitcodes.GROEN, exitcodes.ORANJE, exitcodes.ROOD)
    assert "\x1b" not in out


def test_linkedin_multiline_commentary(tmp_path):
    path = tmp_path / "Shares.csv"
    path.write_text(
        shares_csv('Regel een\nregel twee, met komma\n"geciteerd"'), encoding="utf-8-sig"
    )
    fmt, posts = load_archive(str(path))
    assert fmt.startswith("LinkedIn")
    assert posts[0].text == 'Regel een\nregel twee, met komma\n"geciteerd"'
    assert posts[0].date == "2020-01-15"


def _run_with_tty(args: list[str], tty_stream: str) -> tuple[int, bytes, bytes]:
    """Run the CLI with stdout or stderr on a pseudo-terminal; return (rc, pipe, tty bytes)."""
    import pty

    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "MEEDOEN_DEBUG")}
    env["TERM"] = "xterm"
    kwargs = {"stdout": slave, "stderr": subprocess.PIPE}
    if tty_stream == "stderr":
        kwargs = {"stdout": subprocess.PIPE, "stderr": slave}
    proc = subprocess.Popen([*meedoen_cmd(), *args], env=env, stdin=subprocess.DEVNULL, **kwargs)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    pipe = (proc.stdout or proc.stderr).read()
    rc = proc.wait(timeout=120)
    os.close(master)
    return rc, pipe, b"".join(chunks)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_only_on_a_terminal(tmp_path):
    path = tmp_path / "tweets.js"
    path.write_text(tweets_js(*[f"{HARMLESS} {i}" for i in range(5)], BSN_POST), encoding="utf-8")
    rc, out, tty = _run_with_tty(["check", "--archive", str(path)], "stderr")
    assert rc == exitcodes.ROOD
    assert b"\r" in tty and b"100% (6/6)" in tty
    assert b"Totaal 6 berichten" in out


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_colour_on_a_terminal(tmp_path):
    rc, _, tty = _run_with_tty(["check", BSN_POST], "stdout")
    assert rc == exitcodes.ROOD
    assert b"\x1b[" in tty and "⟦".encode() not in tty
