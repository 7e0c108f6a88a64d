# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Production mode: secure cookies, HSTS, a required secret key (in a fresh process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = (
    "import json, meedoen.web.settings as s; print(json.dumps({k: getattr(s, k, None) for k in "
    "['SESSION_COOKIE_SECURE','CSRF_COOKIE_SECURE','SECURE_HSTS_SECONDS','SECURE_SSL_REDIRECT',"
    "'DEBUG','MEEDOEN_DEMO','SESSION_COOKIE_HTTPONLY','X_FRAME_OPTIONS','SECRET_KEY_FALLBACKS']}))"
)


def _settings(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MEEDOEN_")}
    return subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=60,
    )


def test_production_mode_hardens_cookies_and_transport():
    out = _settings(MEEDOEN_PRODUCTION="1", MEEDOEN_SECRET_KEY="k" * 50)
    assert out.returncode == 0, out.stderr
    s = json.loads(out.stdout)
    assert s["SESSION_COOKIE_SECURE"] and s["CSRF_COOKIE_SECURE"] and s["SESSION_COOKIE_HTTPONLY"]
    assert s["SECURE_HSTS_SECONDS"] >= 31536000 and s["SECURE_SSL_REDIRECT"]
    assert s["DEBUG"] is False and s["MEEDOEN_DEMO"] is False
    assert s["X_FRAME_OPTIONS"] == "DENY"


def test_production_without_secret_key_refuses_to_start():
    out = _settings(MEEDOEN_PRODUCTION="1")
    assert out.returncode != 0
    assert "MEEDOEN_SECRET_KEY" in out.stderr


@pytest.mark.parametrize("flag", ["", "0"])
def test_demo_mode_is_the_default_outside_production(flag):
    out = _settings(MEEDOEN_PRODUCTION=flag)
    s = json.loads(out.stdout)
    assert s["MEEDOEN_DEMO"] is True and s["SESSION_COOKIE_SECURE"] is None


def test_earlier_secret_keys_are_fallbacks_while_rotating():
    out = _settings(
        MEEDOEN_PRODUCTION="1",
        MEEDOEN_SECRET_KEY="n" * 50,
        MEEDOEN_SECRET_KEY_FALLBACKS=" " + "o" * 50 + "\n" + "p" * 50 + " ",
    )
    assert json.loads(out.stdout)["SECRET_KEY_FALLBACKS"] == ["o" * 50, "p" * 50]
    assert json.loads(_settings().stdout)["SECRET_KEY_FALLBACKS"] == []
