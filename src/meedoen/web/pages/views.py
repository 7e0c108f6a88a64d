# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Static pages: home, accessibility statement, privacy, security.txt."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

import meedoen


@require_GET
def home(request: Any) -> Any:
    return render(request, "meedoen/home.html", {"version": meedoen.__version__})


@require_GET
def accessibility(request: Any) -> Any:
    return render(request, "meedoen/toegankelijkheid.html")


@require_GET
def privacy(request: Any) -> Any:
    return render(request, "meedoen/privacy.html")


SECURITY_TXT = """\
Contact: mailto:security@meedoen.example
Expires: 2027-11-30T00:00:00.000Z
Preferred-Languages: nl, en
Policy: {base}/privacy/#beveiliging
Canonical: {base}/.well-known/security.txt
"""


@require_GET
def security_txt(request: Any) -> HttpResponse:
    base = request.build_absolute_uri("/").rstrip("/")
    return HttpResponse(SECURITY_TXT.format(base=base), content_type="text/plain; charset=utf-8")
