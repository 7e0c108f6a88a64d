# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
from django.contrib import admin

from meedoen.web.accounts.models import Member


@admin.register(Member)
class MemberAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "role", "function")
    list_filter = ("organisation", "role")
