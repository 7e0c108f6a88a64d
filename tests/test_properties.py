# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Properties of check() that must hold for any text (hypothesis).

- it never raises anything but InputError;
- every finding's span lies inside the text and matches its evidence;
- the same input gives the same output.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import meedoen
from meedoen.cli.inputs import looks_binary
from meedoen.core.errors import InputError

ON = {"date": date(2026, 11, 28).isoformat()}
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Fragments that make detectors fire, so that spans are exercised, not only empty results.
FRAGMENTS = [
    "111222333",
    "111 222 333",
    "NL91ABNA0417164300",
    "06-12345678",
    "+31 6 1234 5678",
    "jan.jansen@gmail.com",
    "1234 AB 5",
    "kanker",
    "KLOOTZAK",
    "de minister is een idioot",
    "stem niet op",
    "Departementaal Vertrouwelijk",
    "concept-Kamerbrief",
    "embargo tot",
    "@nieuwsjournalist",
    "ministerraad gaat besluiten",
    "stikstofaanpak",
    "off the record",
    "\u200b",
    "\u202e",
    "\u00ad",
    "а",  # Cyrillic a
    "１",  # full-width one
    "ﬁ",  # ligature (NFKC expands it to two letters)
    "\r\n",
    " ",
]

posts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=25).map("".join),
)
contexts = st.fixed_dictionaries(
    {
        "capacity": st.sampled_from(["prive", "in-functie"]),
        "channel": st.sampled_from(["x", "linkedin", "intranet", "forum"]),
    }
).map(lambda c: {**c, **ON})


PROFILE = {
    "function": "beleidsmedewerker stikstof",
    "level": "beleid",
    "dossiers": [{"name": "stikstof", "keywords": ["stikstof", "ammoniak"], "sensitivity": "hoog"}],
}


def assess(text: str, context: dict | None = None):
    try:
        return meedoen.check(text, profile=PROFILE, context=context or ON)
    except InputError:
        return None


@SETTINGS
@given(posts, contexts)
def test_never_raises_anything_but_input_error_and_spans_match(text, context):
    a = assess(text, context)
    if a is None:
        return
    assert a.level in ("groen", "oranje", "rood")
    for f in a.findings:
        assert 0 <= f.start < f.end <= len(text), (f.start, f.end, len(text))
        assert text[f.start : f.end] == f.evidence


@SETTINGS
@given(posts)
def test_same_input_same_output(text):
    first = assess(text)
    second = assess(text)
    if first is None:
        assert second is None
    else:
        assert second is not None
        assert first.model_dump(mode="json") == second.model_dump(mode="json")


@settings(max_examples=100, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60).filter(
        lambda s: not looks_binary(s.encode())
    )
)
def test_cli_decoding_round_trip(text):
    """Whatever UTF-8 text the CLI reads back from bytes is exactly the text that was written."""
    from meedoen.cli.inputs import decode

    data = text.encode("utf-8")
    assert decode(data) == text.removeprefix("\ufeff")


html_soup = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<br>",
                "<script>",
                "</script>",
                "<style>",
                "&amp;",
                "&#",
                "&#x",
                "<!--",
                "-->",
                "<![CDATA[",
                "<a href='",
                "'>",
                "<",
                ">",
                "&",
                ";",
                "\x00",
                "\u202e",
            ]
        ),
        st.text(max_size=8),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(html_soup)
def test_html_to_text_never_raises(html):
    from meedoen.cli.archive.html_text import html_to_text

    assert isinstance(html_to_text(html), str)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300) | html_soup.map(str.encode))
def test_archive_loader_only_raises_input_error(tmp_path_factory, data):
    from meedoen.cli.archive import load_archive

    path = tmp_path_factory.mktemp("archief") / "tweets.js"
    path.write_bytes(data)
    try:
        load_archive(str(path))
    except InputError as exc:
        assert exc.code == "E401"


# Any JSON-like value in any profile or context field: an assessment or a ConfigError (E201 /
# E202), never another exception. Covers the forgiving spellings of lenient.py too.
_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 10**6)
    | st.sampled_from(["Public", "In functie", "privé", "10-3-2026", "2026-03-10T09:00", "ja", ""])
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_PROFILE_KEYS = ["name", "function", "organisation", "level", "dossiers", "enforcement_role"]
_CONTEXT_KEYS = ["channel", "audience", "capacity", "date", "followers", "account", "reply_to"]


@SETTINGS
@given(
    st.dictionaries(st.sampled_from(_PROFILE_KEYS), _json_values, max_size=4),
    st.dictionaries(st.sampled_from(_CONTEXT_KEYS), _json_values, max_size=4),
)
def test_any_profile_or_context_gives_an_assessment_or_a_config_error(profile, context):
    from meedoen.core.errors import ConfigError

    try:
        assessment = meedoen.check("De minister is een idioot, bel 06-12345678.", profile, context)
    except ConfigError as exc:
        assert exc.code in ("E201", "E202"), exc.code
    else:
        assert assessment.level in ("groen", "oranje", "rood")
