# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""URL map: each area is its own app with its own urls.py (Dutch paths)."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("meedoen.web.pages.urls")),
    path("account/", include("meedoen.web.accounts.urls")),
    path("zelftoets/", include("meedoen.web.zelftoets.urls")),
    path("samen-leren/", include("meedoen.web.samenleren.urls")),
    path("organisatie-accounts/", include("meedoen.web.official.urls")),
    path("beheer/", include("meedoen.web.beheer.urls")),
    path("dashboard/", include("meedoen.web.dashboard.urls")),
    path("auditlog/", include("meedoen.web.audit.urls")),
    path("luisteren/", include("meedoen.web.luisteren.urls")),
    path("api/v1/", include("meedoen.web.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("django-admin/", admin.site.urls),
]

if settings.OIDC_ENABLED:  # government SSO, configured by environment
    urlpatterns.append(path("oidc/", include("mozilla_django_oidc.urls")))
