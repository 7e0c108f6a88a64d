# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""A member: a Django user in an organisation, with a role and a profile.

The profile (function, level, dossiers) is what the self-check uses; it is the
member's own and editable on their profile page.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from meedoen.web.organisation.models import Dossier, Organisation


class Role(models.TextChoices):
    MEDEWERKER = "medewerker", _("medewerker")
    COMMUNICATIEADVISEUR = "communicatieadviseur", _("communicatieadviseur")
    BEHEERDER = "beheerder", _("beheerder")
    MANAGEMENT = "management", _("management")


LEVELS = [
    ("uitvoering", _("uitvoering")),
    ("beleid", _("beleid")),
    ("leidinggevend", _("leidinggevend")),
    ("top", _("top")),
]


class Member(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="members")
    role = models.CharField(_("rol"), max_length=30, choices=Role.choices, default=Role.MEDEWERKER)
    function = models.CharField(_("functie"), max_length=200, blank=True)
    level = models.CharField(_("niveau"), max_length=20, choices=LEVELS, default="uitvoering")
    enforcement_role = models.BooleanField(_("handhavende of toezichthoudende rol"), default=False)
    dossiers = models.ManyToManyField(Dossier, blank=True, related_name="members")

    class Meta:
        verbose_name = _("medewerker")
        verbose_name_plural = _("medewerkers")

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.user.get_full_name() or self.user.get_username()

    def has_role(self, *roles: str) -> bool:
        return self.role in roles

    @property
    def is_coach(self) -> bool:
        return self.role == Role.COMMUNICATIEADVISEUR

    @property
    def is_admin(self) -> bool:
        return self.role == Role.BEHEERDER

    @property
    def is_management(self) -> bool:
        return self.role == Role.MANAGEMENT

    def profile(self) -> dict[str, Any]:
        """The engine's profile (see meedoen.core.assessment.models.Profile)."""
        return {
            "name": self.display_name,
            "function": self.function or None,
            "organisation": self.organisation.name,
            "level": self.level,
            "enforcement_role": self.enforcement_role,
            "dossiers": [
                {"name": d.name, "keywords": list(d.keywords), "sensitivity": d.sensitivity}
                for d in self.dossiers.all()
            ],
        }
