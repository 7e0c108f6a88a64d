# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The Django web application: self-check in the browser, samen leren,
official accounts with review and archive, beheer, dashboards and the REST API.

It builds on :mod:`meedoen.core` (the engine and the codex); nothing here is
imported by the core.
"""
