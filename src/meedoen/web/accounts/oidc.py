# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Optional government SSO (OpenID Connect) through mozilla-django-oidc.

Enabled when ``MEEDOEN_OIDC_CLIENT_ID`` is set (see docs/deployment.md). A new
user signing in by SSO becomes a medewerker of the organisation named by
``MEEDOEN_OIDC_ORGANISATION`` (a slug); a beheerder assigns other roles.
"""

from __future__ import annotations

import os
from typing import Any

from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from meedoen.web.accounts.models import Member, Role
from meedoen.web.organisation.models import Organisation


def username_from_claims(claims: dict[str, Any]) -> str:
    name = claims.get("preferred_username") or claims.get("email") or claims.get("sub", "")
    return str(name)[:150]


class MeedoenOIDCBackend(OIDCAuthenticationBackend):
    def filter_users_by_claims(self, claims: dict[str, Any]) -> Any:
        return self.UserModel.objects.filter(username=username_from_claims(claims))

    def create_user(self, claims: dict[str, Any]) -> Any:
        user = self.UserModel.objects.create_user(
            username=username_from_claims(claims),
            email=claims.get("email", ""),
            first_name=claims.get("given_name", ""),
            last_name=claims.get("family_name", ""),
        )
        slug = os.environ.get("MEEDOEN_OIDC_ORGANISATION")
        org = Organisation.objects.filter(slug=slug).first() if slug else None
        if org is not None:
            Member.objects.create(user=user, organisation=org, role=Role.MEDEWERKER)
        return user
