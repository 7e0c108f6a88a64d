# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The demo organisation: gemeente Voorbeeldstad, its rule pack, users and data.

Idempotent: running it again keeps what exists and only resets the demo users'
passwords (fresh random ones, printed on start; nothing is hard-coded).
Each app may add its own demo data in ``meedoen.web.<app>.demo.load(org, users)``.
"""

from __future__ import annotations

import importlib
import secrets
from dataclasses import dataclass
from importlib import resources

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from meedoen.web.accounts.models import Member, Role
from meedoen.web.engine import parse_version_yaml
from meedoen.web.organisation.models import (
    Dossier,
    ElectionDate,
    FunctionalMailbox,
    Organisation,
    PublicHandle,
    RulePackVersion,
)

APPS_WITH_DEMO = (
    "zelftoets",
    "samenleren",
    "official",
    "beheer",
    "dashboard",
    "api",
    "luisteren",
)


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    role: str
    function: str
    level: str
    dossiers: tuple[str, ...] = ()


DEMO_USERS = (
    DemoUser(
        "anna",
        "Anna",
        "de Vries",
        Role.MEDEWERKER,
        "beleidsmedewerker wonen",
        "beleid",
        ("Opvang asielzoekers", "Omgevingswet en vergunningen"),
    ),
    DemoUser(
        "bram",
        "Bram",
        "Jansen",
        Role.MEDEWERKER,
        "medewerker klantcontact",
        "uitvoering",
        ("Schuldhulpverlening en bijstand",),
    ),
    DemoUser(
        "carla", "Carla", "Bakker", Role.COMMUNICATIEADVISEUR, "communicatieadviseur", "beleid"
    ),
    DemoUser(
        "daan", "Daan", "Visser", Role.COMMUNICATIEADVISEUR, "senior woordvoerder", "leidinggevend"
    ),
    DemoUser("eva", "Eva", "Smit", Role.BEHEERDER, "functioneel beheerder", "uitvoering"),
    DemoUser("frank", "Frank", "Mulder", Role.MANAGEMENT, "directeur dienstverlening", "top"),
)


def demo_pack_yaml() -> str:
    return resources.files("meedoen.web.demo").joinpath("organisatie.yaml").read_text("utf-8")


def _import_data(org: Organisation, yaml_text: str) -> None:
    """Copy the pack's organisation section into the beheer tables (once)."""
    data = parse_version_yaml(yaml_text, "demo").organisation
    if data is None or org.dossiers.exists():
        return
    for d in data.dossiers:
        Dossier.objects.create(
            organisation=org, name=d.name, keywords=d.keywords, sensitivity=d.sensitivity
        )
    for kind_announced, items in ((False, data.elections), (True, data.announced_dates)):
        for e in items:
            ElectionDate.objects.create(
                organisation=org,
                name=e.name,
                kind=e.kind,
                date=e.date,
                window_days=e.window_days,
                announced=kind_announced,
            )
    for address in data.functional_mailboxes:
        FunctionalMailbox.objects.create(organisation=org, address=address)
    for h in data.press_handles:
        PublicHandle.objects.create(organisation=org, kind="pers", handle=h)
    for h in data.mp_handles:
        PublicHandle.objects.create(organisation=org, kind="volksvertegenwoordiger", handle=h)
    for o in data.officials:
        PublicHandle.objects.create(
            organisation=org, kind="ambtsdrager", name=o.name, role=o.role, handle=o.handle or ""
        )


@transaction.atomic
def load_demo() -> tuple[Organisation, list[tuple[DemoUser, str]]]:
    """Create or refresh the demo; returns the organisation and (user, password) pairs."""
    yaml_text = demo_pack_yaml()
    pack = parse_version_yaml(yaml_text, "demo")
    org, _ = Organisation.objects.get_or_create(
        slug="voorbeeldstad", defaults={"name": "Gemeente Voorbeeldstad", "kind": "gemeente"}
    )
    if not org.rule_packs.exists():
        RulePackVersion.objects.create(
            organisation=org,
            version=pack.version,
            yaml=yaml_text,
            in_force_from=pack.in_force_from or timezone.localdate(),
            note="Voorbeeldpakket bij de installatie",
            adopted_at=timezone.now(),
        )
    _import_data(org, yaml_text)
    user_model = get_user_model()
    credentials: list[tuple[DemoUser, str]] = []
    users = {}
    for du in DEMO_USERS:
        user, _ = user_model.objects.get_or_create(
            username=du.username,
            defaults={"first_name": du.first_name, "last_name": du.last_name},
        )
        password = "-".join(secrets.token_hex(2) for _ in range(3))
        user.set_password(password)
        user.is_staff = du.role == Role.BEHEERDER
        user.save()
        member, _ = Member.objects.get_or_create(
            user=user,
            defaults={
                "organisation": org,
                "role": du.role,
                "function": du.function,
                "level": du.level,
            },
        )
        if du.dossiers and not member.dossiers.exists():
            member.dossiers.set(org.dossiers.filter(name__in=du.dossiers))
        credentials.append((du, password))
        users[du.username] = member
    for app in APPS_WITH_DEMO:
        try:
            module = importlib.import_module(f"meedoen.web.{app}.demo")
        except ModuleNotFoundError as exc:
            if exc.name != f"meedoen.web.{app}.demo":
                raise
            continue
        module.load(org, users)
    return org, credentials
