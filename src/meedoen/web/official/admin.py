# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Raw tables in Django admin: accounts editable, posts and reviews read-only.

The workflow (and its audit trail) only runs through the pages and the API.
"""

from django.contrib import admin

from meedoen.web.official.models import OfficialAccount, OfficialPost, Review


@admin.register(OfficialAccount)
class OfficialAccountAdmin(admin.ModelAdmin):
    list_display = ("name", "channel", "organisation", "review_tiers", "always_review")
    list_filter = ("organisation", "channel")
    filter_horizontal = ("editors", "reviewers")


class _ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(OfficialPost)
class OfficialPostAdmin(_ReadOnly):
    list_display = ("id", "account", "state", "level", "author", "updated_at")
    list_filter = ("state", "level", "account")


@admin.register(Review)
class ReviewAdmin(_ReadOnly):
    list_display = ("post", "tier", "decision", "reviewer", "created_at", "expires_at")
    list_filter = ("decision",)
