# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""``{% beheer_nav %}``: the sub-navigation of the beheer pages."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from meedoen.web.beheer.sections import SECTIONS

register = template.Library()


def _items() -> list[tuple[str, Any, str]]:
    """(url name, label, url-name prefix that marks the item as current)."""
    items: list[tuple[str, Any, str]] = [
        ("beheer:index", _("Overzicht"), "index"),
        ("beheer:rulepack", _("Regelpakket"), "rulepack"),
    ]
    items += [(f"beheer:{s.slug}", s.title, s.slug) for s in SECTIONS]
    items.append(("beheer:members", _("Gebruikers en rollen"), "member"))
    return items


@register.inclusion_tag("beheer/_nav.html", takes_context=True)
def beheer_nav(context: dict[str, Any]) -> dict[str, Any]:
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    current = match.url_name if match is not None else ""
    links = []
    for name, label, prefix in _items():
        is_current = current == prefix or (
            prefix != "index" and (current or "").startswith(prefix + "_")
        )
        if prefix == "member":
            is_current = (current or "").startswith("member")
        links.append({"url": reverse(name), "label": label, "current": is_current})
    return {"links": links}
