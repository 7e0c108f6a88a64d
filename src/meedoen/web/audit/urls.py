# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.urls import path  # noqa: F401

app_name = "audit"
urlpatterns: list = []
