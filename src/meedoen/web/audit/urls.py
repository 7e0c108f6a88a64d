# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.urls import path

from meedoen.web.audit import views

app_name = "audit"
urlpatterns = [path("", views.index, name="index")]
