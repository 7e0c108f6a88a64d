# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Slim-luisteren pages (mounted at /luisteren/)."""

from django.urls import path

from meedoen.web.luisteren import views

app_name = "luisteren"

urlpatterns = [
    path("", views.index, name="index"),
    path("dossier/<int:pk>/", views.dossier, name="dossier"),
]
