# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Demo data: two official accounts of gemeente Voorbeeldstad and posts in several states.

Idempotent: accounts are created once; posts only when an account has none.
Every post is driven through the real workflow, so the audit log is genuine.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from meedoen.web.official import services, workflow
from meedoen.web.official.models import OfficialAccount, OfficialPost

X_POSTS = (
    (
        "anna",
        "archived",
        "De nieuwe windmolens aan de Noordweg draaien sinds vandaag. Samen met bewoners "
        "hebben we gekozen voor deze plek. Meer informatie staat op voorbeeldstad.nl/wind.",
    ),
    (
        "anna",
        "published",
        "Het gemeentehuis is op Koningsdag gesloten. Voor spoedzaken kunt u bellen met 14 0123.",
    ),
    (
        "bram",
        "in_review",
        "Wij begrijpen de zorgen over de opvang van asielzoekers in Zuid. Op 12 maart is er "
        "een informatieavond; het college neemt pas daarna een besluit.",
    ),
)
LINKEDIN_POSTS = (
    (
        "anna",
        "rejected",
        "Trots op ons team vergunningen: alle aanvragen op tijd afgehandeld, ondanks de "
        "chaos bij het Rijk met de Omgevingswet!",
    ),
    (
        "bram",
        "concept",
        "Vacature: medewerker schuldhulpverlening (32-36 uur). Kom ons versterken!",
    ),
)


def _account(org: Any, users: dict[str, Any], **fields: Any) -> OfficialAccount:
    account, created = OfficialAccount.objects.get_or_create(
        organisation=org, channel=fields.pop("channel"), name=fields.pop("name"), defaults=fields
    )
    if created:
        account.editors.set([users[u] for u in ("anna", "bram") if u in users])
        account.reviewers.set([users[u] for u in ("carla", "daan") if u in users])
    return account


def _review_round(post: OfficialPost, author: Any, reviewers: list[Any]) -> OfficialPost:
    post = services.transition(post, "review_aanvragen", author)
    for reviewer in reviewers[: workflow.required_tiers(post)]:
        post = services.transition(
            post, "goedkeuren", reviewer, reason="Helder en passend bij het account."
        )
    return post


def _drive(post: OfficialPost, goal: str, author: Any, reviewers: list[Any]) -> None:
    if goal == "concept":
        return
    post = services.transition(post, "toetsen", author)
    if goal == "in_review":
        services.transition(post, "review_aanvragen", author)
        return
    if goal == "rejected":
        post = services.transition(post, "review_aanvragen", author)
        services.transition(
            post,
            "afwijzen",
            reviewers[-1],
            reason=(
                "Kritiek op het Rijk past niet op ons account (loyaliteit, art. 125ter "
                "Ambtenarenwet oud / art. 9 Ambtenarenwet 2017). Laat 'chaos bij het Rijk' weg; "
                "het compliment aan het team is mooi."
            ),
        )
        return
    if workflow.review_reasons(post):
        post = _review_round(post, author, reviewers)
    days = 40 if goal == "archived" else 2
    post = services.transition(
        post,
        "publiceren",
        author,
        url=f"https://x.com/voorbeeldstad/status/{1000 + post.pk}",
        published_at=timezone.now() - timedelta(days=days),
    )
    if goal == "archived":
        services.transition(post, "archiveren", author)


def load(org: Any, users: dict[str, Any]) -> None:
    if not {"anna", "bram", "carla", "daan"} <= set(users):
        return
    x = _account(
        org,
        users,
        channel="x",
        name="@voorbeeldstad",
        handle="@voorbeeldstad",
        bio="Het officiële account van gemeente Voorbeeldstad. Vragen? Bel 14 0123.",
        review_tiers=1,
        always_review=False,
    )
    linkedin = _account(
        org,
        users,
        channel="linkedin",
        name="Gemeente Voorbeeldstad",
        handle="Gemeente Voorbeeldstad",
        bio="Werken aan een leefbare stad, samen met inwoners en ondernemers.",
        review_tiers=2,
        always_review=True,
    )
    reviewers = [users["carla"], users["daan"]]
    for account, posts in ((x, X_POSTS), (linkedin, LINKEDIN_POSTS)):
        if account.posts.exists():
            continue
        for username, goal, text in posts:
            author = users[username]
            post = services.create_post(author, account, text, check=False)
            _drive(post, goal, author, reviewers)
