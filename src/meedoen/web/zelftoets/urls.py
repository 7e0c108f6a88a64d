# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.urls import path

from meedoen.web.zelftoets import views

app_name = "zelftoets"

urlpatterns = [
    path("", views.check, name="check"),
    path("toets/", views.toets, name="toets"),
    path("bewaar/", views.bewaar, name="bewaar"),
    path("concepten/", views.concepten, name="concepten"),
    path("concepten/<int:pk>/", views.detail, name="detail"),
    path("concepten/<int:pk>/gepubliceerd/", views.publish, name="publish"),
    path("concepten/<int:pk>/verwijderen/", views.delete, name="delete"),
]
