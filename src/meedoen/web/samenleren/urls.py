# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.urls import path

from meedoen.web.samenleren import views

app_name = "samenleren"

urlpatterns = [
    path("", views.index, name="index"),
    path("leerlog/", views.leerlog, name="leerlog"),
    path("concept/<int:pk>/", views.draft, name="draft"),
    path("concept/<int:pk>/delen/", views.share, name="share"),
    path("concept/<int:pk>/intrekken/<int:share_pk>/", views.revoke, name="revoke"),
    path("concept/<int:pk>/feedback/", views.feedback, name="feedback"),
    path("feedback/<int:pk>/overnemen/", views.adopt, name="adopt"),
    path("feedback/<int:pk>/negeren/", views.ignore, name="ignore"),
]
