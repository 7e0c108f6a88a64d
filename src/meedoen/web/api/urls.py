# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""URLs of the REST API, mounted at /api/v1/ (no trailing slashes, plural nouns).

Anything else under /api/v1/ is a 404 problem+json, so a trailing slash is
never redirected.
"""

from django.urls import path, re_path

from meedoen.web.api.berichten import ArchiefView, BerichtenView, BerichtView, TransitiesView
from meedoen.web.api.codex import RegelpakkettenView, RegelpakketView, RegelsView, RegelView
from meedoen.web.api.docs import docs
from meedoen.web.api.openapi import OpenApiView
from meedoen.web.api.problems import not_found
from meedoen.web.api.toetsen import ToetsenView

app_name = "api"

urlpatterns = [
    path("", docs, name="docs"),
    path("openapi.json", OpenApiView.as_view(), name="openapi"),
    path("toetsen", ToetsenView.as_view(), name="toetsen"),
    path("regels", RegelsView.as_view(), name="regels"),
    path("regels/<str:regel_id>", RegelView.as_view(), name="regel"),
    path("regelpakketten", RegelpakkettenView.as_view(), name="regelpakketten"),
    path("regelpakketten/<str:pakket_id>", RegelpakketView.as_view(), name="regelpakket"),
    path("berichten", BerichtenView.as_view(), name="berichten"),
    path("berichten/<str:pk>", BerichtView.as_view(), name="bericht"),
    path("berichten/<str:pk>/transities", TransitiesView.as_view(), name="transities"),
    path("archief", ArchiefView.as_view(), name="archief"),
    re_path(r"^.*$", not_found),
]
