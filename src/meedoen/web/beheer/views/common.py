# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""What every beheer view shares: the permission check and the organisation.

Only a beheerder of the organisation gets in (403 for other roles; sign-in
for anonymous visitors); every query is filtered on the beheerder's own
organisation, so another organisation's objects are 404.
"""

from __future__ import annotations

from typing import Any

from django.utils.decorators import method_decorator
from django.views import View

from meedoen.web.accounts.permissions import can_manage_settings, role_required
from meedoen.web.organisation.models import Organisation

beheer_required = role_required(can_manage_settings)


def org_of(request: Any) -> Organisation:
    return request.member.organisation


@method_decorator(beheer_required, name="dispatch")
class BeheerView(View):
    """Base class: only beheerders; ``self.org`` is their organisation."""

    @property
    def org(self) -> Organisation:
        return org_of(self.request)
