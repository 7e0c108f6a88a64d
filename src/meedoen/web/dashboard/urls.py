# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.urls import path

from meedoen.web.dashboard import views

app_name = "dashboard"

urlpatterns = [path("", views.index, name="index")]
