# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Beheer pages (only for the organisation's beheerders)."""

from django.urls import path

from meedoen.web.beheer.sections import SECTIONS
from meedoen.web.beheer.views import crud, members, rulepack, rulepack_compare
from meedoen.web.beheer.views.overview import Overview

app_name = "beheer"

urlpatterns = [
    path("", Overview.as_view(), name="index"),
    path("regelpakket/", rulepack.RulePackList.as_view(), name="rulepack"),
    path("regelpakket/nieuw/", rulepack.RulePackNew.as_view(), name="rulepack_new"),
    path("regelpakket/verschil/", rulepack_compare.RulePackDiff.as_view(), name="rulepack_diff"),
    path("regelpakket/export.yaml", rulepack.RulePackExport.as_view(), name="rulepack_export"),
    path("regelpakket/<int:pk>/", rulepack.RulePackDetail.as_view(), name="rulepack_detail"),
    path(
        "regelpakket/<int:pk>/vaststellen/",
        rulepack.RulePackAdopt.as_view(),
        name="rulepack_adopt",
    ),
    path(
        "regelpakket/<int:pk>/wat-verandert/",
        rulepack_compare.RulePackPreview.as_view(),
        name="rulepack_preview",
    ),
    path(
        "regelpakket/<int:pk>/export.yaml",
        rulepack.RulePackExport.as_view(),
        name="rulepack_version_export",
    ),
    path("gebruikers/", members.MemberList.as_view(), name="members"),
    path("gebruikers/nieuw/", members.MemberCreate.as_view(), name="member_new"),
    path("gebruikers/<int:pk>/", members.MemberEdit.as_view(), name="member_edit"),
    path("gebruikers/<int:pk>/actief/", members.MemberActive.as_view(), name="member_active"),
]

for _section in SECTIONS:
    urlpatterns += [
        path(f"{_section.slug}/", crud.SectionList.as_view(section=_section), name=_section.slug),
        path(
            f"{_section.slug}/nieuw/",
            crud.SectionEdit.as_view(section=_section),
            name=f"{_section.slug}_new",
        ),
        path(
            f"{_section.slug}/<int:pk>/",
            crud.SectionEdit.as_view(section=_section),
            name=f"{_section.slug}_edit",
        ),
        path(
            f"{_section.slug}/<int:pk>/verwijderen/",
            crud.SectionDelete.as_view(section=_section),
            name=f"{_section.slug}_delete",
        ),
    ]
