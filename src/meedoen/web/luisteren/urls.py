# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Slim-luisteren pages (mounted at /luisteren/)."""

from django.urls import path

from meedoen.web.luisteren import report_views, views

app_name = "luisteren"

urlpatterns = [
    path("", views.index, name="index"),
    path("dossier/<int:pk>/", views.dossier, name="dossier"),
    path("dossier/<int:pk>/rapport/", report_views.report, name="rapport"),
]

# dossier management: create, edit, end (dossier_views.py)
from meedoen.web.luisteren.dossier_views import URLS as DOSSIER_URLS  # noqa: E402

urlpatterns += DOSSIER_URLS
