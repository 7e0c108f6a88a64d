# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The organisation and the data its rule pack needs.

The organisation's rules live in versioned YAML (:class:`RulePackVersion`,
validated by the codex loader); its data (dossiers, election calendar,
functional mailboxes, press/MP handles, officials) lives in tables that the
beheer pages edit. :mod:`meedoen.web.engine` merges both into one codex Pack.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SENSITIVITY = [("laag", _("laag")), ("midden", _("midden")), ("hoog", _("hoog"))]
ORG_KINDS = [
    ("rijk", _("Rijksoverheid")),
    ("gemeente", _("gemeente")),
    ("provincie", _("provincie")),
    ("waterschap", _("waterschap")),
    ("zbo", _("zelfstandig bestuursorgaan")),
    ("anders", _("anders")),
]


class Organisation(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(_("naam"), max_length=200)
    kind = models.CharField(_("soort"), max_length=20, choices=ORG_KINDS, default="anders")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self) -> str:
        return self.name

    def active_pack(self, on=None) -> RulePackVersion | None:
        """The adopted version in force on ``on`` (default today), if any."""
        on = on or timezone.localdate()
        return (
            self.rule_packs.filter(adopted_at__isnull=False, in_force_from__lte=on)
            .order_by("-in_force_from", "-adopted_at")
            .first()
        )


class RulePackVersion(models.Model):
    """One uploaded or edited version of the organisation's rule pack (YAML)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="rule_packs"
    )
    version = models.CharField(_("versie"), max_length=40)
    yaml = models.TextField(_("YAML"))
    in_force_from = models.DateField(_("geldig vanaf"))
    note = models.CharField(_("toelichting"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    adopted_at = models.DateTimeField(_("vastgesteld op"), null=True, blank=True)

    class Meta:
        verbose_name = _("versie regelpakket")
        verbose_name_plural = _("versies regelpakket")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "version"], name="unique_pack_version")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} {self.version}"


class Dossier(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="dossiers"
    )
    name = models.CharField(_("naam"), max_length=120)
    keywords = models.JSONField(_("trefwoorden"), default=list, blank=True)
    sensitivity = models.CharField(
        _("gevoeligheid"), max_length=10, choices=SENSITIVITY, default="midden"
    )
    description = models.TextField(_("omschrijving"), blank=True)

    class Meta:
        verbose_name = _("dossier")
        verbose_name_plural = _("dossiers")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="unique_dossier_name")
        ]

    def __str__(self) -> str:
        return self.name


class ElectionDate(models.Model):
    """An election or announced date that makes posting around it sensitive."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="elections"
    )
    name = models.CharField(_("naam"), max_length=120)
    kind = models.CharField(_("soort"), max_length=40, default="verkiezing")
    date = models.DateField(_("datum"))
    window_days = models.PositiveSmallIntegerField(_("dagen vooraf gevoelig"), default=42)
    announced = models.BooleanField(_("aangekondigde datum (geen verkiezing)"), default=False)

    class Meta:
        verbose_name = _("verkiezing of aangekondigde datum")
        verbose_name_plural = _("verkiezingskalender")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.name} ({self.date:%d-%m-%Y})"


class FunctionalMailbox(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="mailboxes"
    )
    address = models.EmailField(_("adres"))

    class Meta:
        verbose_name = _("functionele mailbox")
        verbose_name_plural = _("functionele mailboxen")
        ordering = ["address"]

    def __str__(self) -> str:
        return self.address


class PublicHandle(models.Model):
    """A press or MP handle, or a public official the organisation may name."""

    KINDS = [
        ("pers", _("pers")),
        ("volksvertegenwoordiger", _("Kamerlid, Statenlid of raadslid")),
        ("ambtsdrager", _("bewindspersoon, gedeputeerde, wethouder of burgemeester")),
    ]
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="handles")
    kind = models.CharField(_("soort"), max_length=30, choices=KINDS)
    handle = models.CharField(_("account"), max_length=120, blank=True)
    name = models.CharField(_("naam"), max_length=120, blank=True)
    role = models.CharField(_("functie"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("publiek account of ambtsdrager")
        verbose_name_plural = _("publieke accounts en ambtsdragers")
        ordering = ["kind", "name", "handle"]

    def __str__(self) -> str:
        return self.name or self.handle
