# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""URLs of the official-accounts area, mounted at /organisatie-accounts/."""

from django.urls import path

from meedoen.web.official import views, views_accounts, views_archive

app_name = "official"

urlpatterns = [
    path("", views.index, name="index"),
    path("nieuw/", views.post_create, name="post_create"),
    path("voorbeeld/", views.preview, name="preview"),
    path("bericht/<int:pk>/", views.post_detail, name="post"),
    path("bericht/<int:pk>/actie/", views.post_action, name="post_action"),
    path("bericht/<int:pk>/tekst/", views.post_edit, name="post_edit"),
    path("bericht/<int:pk>/review/", views.post_review, name="post_review"),
    path("bericht/<int:pk>/publiceren/", views.post_publish, name="post_publish"),
    path("archief/", views_archive.archive, name="archive"),
    path("archief/export.csv", views_archive.export_csv, name="archive_csv"),
    path("archief/export.json", views_archive.export_json, name="archive_json"),
    path("accounts/", views_accounts.account_list, name="accounts"),
    path("accounts/nieuw/", views_accounts.account_form, name="account_create"),
    path("accounts/<int:pk>/", views_accounts.account_form, name="account_edit"),
]
