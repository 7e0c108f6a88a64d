# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Settings for the test suite: PostgreSQL, as in production.

The machine's PostgreSQL (127.0.0.1:5432, trust auth) is used unless
``MEEDOEN_TEST_DATABASE_URL`` says otherwise; pytest-django creates and drops
its own ``test_…`` database. The name carries the process id so that two test
runs on one machine do not drop each other's database.
"""

from __future__ import annotations

import os

import dj_database_url

from meedoen.web.settings import *  # noqa: F403

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get(
            "MEEDOEN_TEST_DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/meedoen_{os.getpid()}"
        )
    )
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast tests only
AXES_ENABLED = True
SECRET_KEY = "test-only"
