# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The demo site the page checks run on, and the page cases.

``build_site()`` loads the demo organisation (``load_demo``) and adds the objects
the page checks need (an official post in every state, a candidate rule pack, an
archived post whose verdict that pack changes); ``Site`` gives the members by
username and the objects by a short key. A ``Case`` is one page visit: a URL
name, who visits, the path, and optionally a form submitted with errors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from pages import (
    ANON,
    BSN_TEXT,
    THREE_LEVELS_TEXT,
    axe_violations,
    describe_violations,
    monitor_dossier,
)

from web.test_beheer_support import DISABLE_BSN_RULE, pack_text

CANDIDATE_VERSION = "2026.9.0"  # a rule pack version that switches the BSN rule off


@dataclass
class Site:
    org: Any
    members: dict[str, Any]
    passwords: dict[str, str]
    objects: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.objects[key]


def build_site() -> Site:
    """The demo organisation plus one object of every kind a page shows."""
    from meedoen.web.accounts.models import Member
    from meedoen.web.beheer.sections import SECTIONS
    from meedoen.web.demo.loader import load_demo
    from meedoen.web.official import services
    from meedoen.web.official.models import OfficialAccount, OfficialPost
    from meedoen.web.organisation.models import RulePackVersion
    from meedoen.web.samenleren.models import Share
    from meedoen.web.zelftoets.models import SavedDraft

    org, creds = load_demo()
    members = {m.user.username: m for m in Member.objects.filter(organisation=org)}
    site = Site(org, members, {du.username: pw for du, pw in creds})
    anna, bram, carla = members["anna"], members["bram"], members["carla"]
    x = OfficialAccount.objects.get(organisation=org, channel="x")
    site.objects["account"] = x
    posts = {p.state: p for p in OfficialPost.objects.filter(account__organisation=org)}
    if "getoetst" not in posts:
        posts["getoetst"] = services.create_post(
            anna, x, "Vanaf maandag is het stadhuis weer op de gewone tijden open."
        )
    if "goedgekeurd" not in posts:
        post = services.create_post(bram, x, BSN_TEXT + ", bel me gerust.")
        post = services.transition(post, "review_aanvragen", bram)
        posts["goedgekeurd"] = services.transition(post, "goedkeuren", carla, reason="Prima.")
    if not OfficialPost.objects.filter(account=x, text=BSN_TEXT).exists():
        # an archived post whose verdict the candidate pack changes (rulepack_preview table)
        OfficialPost.objects.create(
            account=x, author=anna, text=BSN_TEXT, final_text=BSN_TEXT, state="gearchiveerd"
        )
    for state, post in posts.items():
        site.objects[f"post_{state}"] = post
    draft = SavedDraft.objects.filter(owner=anna).order_by("pk").first()
    site.objects["draft"] = draft
    assert Share.objects.filter(draft=draft).exists(), "the demo shares anna's draft with bram"
    site.objects["member_anna"] = anna
    site.objects["monitor_dossier"] = monitor_dossier(org, carla)
    active = org.active_pack()
    site.objects["pack_active"] = active
    text = pack_text(CANDIDATE_VERSION, DISABLE_BSN_RULE)
    candidate, _ = RulePackVersion.objects.get_or_create(
        organisation=org,
        version=CANDIDATE_VERSION,
        defaults={"yaml": text, "in_force_from": active.in_force_from, "note": "Test"},
    )
    site.objects["pack_candidate"] = candidate
    for section in SECTIONS:
        site.objects[f"section_{section.slug}"] = section.model.objects.filter(
            organisation=org
        ).first()
    return site


def flush_database() -> None:
    """Empty every table, as TransactionTestCase does after a test."""
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)


def url_names() -> list[str]:
    names: list[str] = []

    def walk(resolver: URLResolver, ns: str) -> None:
        for p in resolver.url_patterns:
            if isinstance(p, URLResolver):
                walk(p, ns + (f"{p.namespace}:" if p.namespace else ""))
            elif isinstance(p, URLPattern) and p.name:
                names.append(ns + p.name)

    walk(get_resolver(), "")
    return list(dict.fromkeys(names))


def without_args(name: str) -> bool:
    try:
        reverse(name)
    except NoReverseMatch:
        return False
    return True


@dataclass(frozen=True)
class Case:
    name: str  # URL name (for the coverage test)
    who: str
    path: Callable[[Site], str]
    label: str = ""
    submit: Callable[[Any], None] | None = None  # fills in and submits a form with errors
    expect: str = ""  # a selector that must match: the page shows what it is about

    @property
    def id(self) -> str:
        return f"{self.name}[{self.who}{'-' + self.label if self.label else ''}]"


def url(name: str, *keys: str, query: str | Callable[[Site], str] = "") -> Callable[[Site], str]:
    """The path of ``name`` with the pks of ``site[key]`` as arguments, plus a query."""

    def build(site: Site) -> str:
        args = [site[k].pk for k in keys]
        return reverse(name, args=args) + (query(site) if callable(query) else query)

    return build


def submit_empty(button: str, fill: dict[str, str] | None = None) -> Callable[[Any], None]:
    """Skip the browser's own validation, fill in ``fill``, press ``button``."""

    def run(page: Any) -> None:
        page.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = true)")
        for selector, value in (fill or {}).items():
            if page.locator(selector).evaluate("e => e.tagName") == "SELECT":
                page.select_option(selector, value)
            elif page.locator(selector).get_attribute("type") in ("radio", "checkbox"):
                page.check(selector)
            else:
                page.fill(selector, value)
        with page.expect_navigation():
            page.get_by_role("button", name=button, exact=True).click()

    return run


def three_levels(page: Any) -> None:
    page.fill("#id_text", THREE_LEVELS_TEXT)
    page.check("input[name='capacity'][value='in-functie']")
    with page.expect_navigation():
        page.get_by_role("button", name="Toets", exact=True).click()
    for level in ("rood", "oranje", "groen"):
        assert page.locator(f"#toets-resultaat mark.finding.level-{level}").count(), level
    page.evaluate(
        "document.querySelectorAll('#toets-resultaat details').forEach(d => d.open = true)"
    )


SECTION_SLUGS = ("dossiers", "verkiezingen", "mailboxen", "accounts")
POST_STATES = (
    "concept",
    "getoetst",
    "in_review",
    "goedgekeurd",
    "afgewezen",
    "gepubliceerd",
    "gearchiveerd",
)

CASES: list[Case] = [
    *(Case("pages:home", who, url("pages:home")) for who in ("bram", "carla", "eva", "frank")),
    Case("zelftoets:check", ANON, url("zelftoets:check")),
    Case("api:docs", "anna", url("api:docs")),
    Case("luisteren:dossier", "carla", url("luisteren:dossier", "monitor_dossier")),
    Case(
        "luisteren:rapport",
        "carla",
        url("luisteren:rapport", "monitor_dossier", query="?periode=week&formaat=html"),
        expect="svg[role='img'] title",
    ),
    # dossier management (helper B): the form, with errors, and the end confirmation
    Case("luisteren:dossier_edit", "carla", url("luisteren:dossier_edit", "monitor_dossier")),
    Case("luisteren:dossier_end", "carla", url("luisteren:dossier_end", "monitor_dossier")),
    Case(
        "luisteren:dossier_new",
        "eva",
        url("luisteren:dossier_new"),
        "fouten",
        submit_empty("Dossier opslaan", {"#id_keywords": "Jan de Vries", "#id_sources": "x"}),
        expect="form textarea#id_sources",
    ),
    Case(
        "zelftoets:check",
        "anna",
        url("zelftoets:check", query=lambda s: f"?concept={s['draft'].pk}"),
        "bewerken",
    ),
    Case("zelftoets:detail", "anna", url("zelftoets:detail", "draft")),
    Case("zelftoets:delete", "anna", url("zelftoets:delete", "draft")),
    Case("samenleren:draft", "anna", url("samenleren:draft", "draft"), "eigenaar"),
    Case(
        "samenleren:draft",
        "bram",
        url("samenleren:draft", "draft"),
        "collega",
        expect="form[action$='/feedback/']",
    ),
    *(
        Case(
            "official:post",
            "anna",
            url("official:post", f"post_{s}"),
            s,
            expect=f".utrecht-badge-status:text-is('{s.replace('_', ' ')}')",
        )
        for s in POST_STATES
    ),
    Case(
        "official:post",
        "carla",
        url("official:post", "post_in_review"),
        "reviewer",
        expect="input[name='decision']",
    ),
    Case(
        "official:post",
        "bram",
        url("official:post", "post_goedgekeurd"),
        "publiceren",
        expect="#id_url",
    ),
    Case(
        "official:post_create",
        "anna",
        url("official:post_create", query=lambda s: f"?account={s['account'].pk}"),
        "acc",
    ),
    Case(
        "official:archive",
        "carla",
        url("official:archive", query="?q=windmolens"),
        "zoek",
        expect="main table a[href*='/bericht/']",
    ),
    Case("official:archive", "anna", url("official:archive", query="?q=xyzzy"), "niets"),
    Case("official:account_edit", "eva", url("official:account_edit", "account")),
    Case("beheer:rulepack_detail", "eva", url("beheer:rulepack_detail", "pack_active"), "actief"),
    Case("beheer:rulepack_detail", "eva", url("beheer:rulepack_detail", "pack_candidate")),
    Case(
        "beheer:rulepack_preview",
        "eva",
        url("beheer:rulepack_preview", "pack_candidate"),
        expect="main table code",
    ),
    Case(
        "beheer:rulepack_new",
        "eva",
        url("beheer:rulepack_new", query=lambda s: f"?basis={s['pack_active'].pk}"),
        "basis",
    ),
    Case(
        "beheer:rulepack_diff",
        "eva",
        url(
            "beheer:rulepack_diff",
            query=lambda s: f"?a={s['pack_active'].pk}&b={s['pack_candidate'].pk}",
        ),
        "diff",
        expect="main :text('testgemeente.geen-bsn-regel.v1')",
    ),
    Case("beheer:member_edit", "eva", url("beheer:member_edit", "member_anna")),
    *(
        Case(f"beheer:{s}_edit", "eva", url(f"beheer:{s}_edit", f"section_{s}"))
        for s in SECTION_SLUGS
    ),
    *(
        Case(f"beheer:{s}_delete", "eva", url(f"beheer:{s}_delete", f"section_{s}"))
        for s in SECTION_SLUGS
    ),
    # Forms with validation errors shown.
    Case(
        "accounts:login",
        ANON,
        url("accounts:login"),
        "fout",
        submit_empty("Inloggen", {"#id_username": "niemand", "#id_password": "fout"}),
    ),
    Case("zelftoets:check", ANON, url("zelftoets:check"), "leeg", submit_empty("Toets")),
    Case("zelftoets:check", ANON, url("zelftoets:check"), "drie-niveaus", three_levels),
    Case("zelftoets:check", "anna", url("zelftoets:check"), "drie-niveaus", three_levels),
    Case(
        "samenleren:draft",
        "bram",
        url("samenleren:draft", "draft"),
        "feedback-leeg",
        submit_empty("Verstuur feedback"),
    ),
    Case(
        "official:post_create",
        "anna",
        url("official:post_create"),
        "leeg",
        submit_empty("Bewaar en toets"),
    ),
    Case(
        "official:post",
        "anna",
        url("official:post", "post_getoetst"),
        "url-fout",
        submit_empty("Markeer als gepubliceerd", {"#id_url": "geen adres"}),
    ),
    Case(
        "official:post",
        "carla",
        url("official:post", "post_in_review"),
        "afwijzen-zonder-reden",
        submit_empty("Geef advies", {"input[name='decision'][value='afwijzen']": "on"}),
    ),
    Case(
        "official:account_create",
        "eva",
        url("official:account_create"),
        "leeg",
        submit_empty("Opslaan", {"#id_name": ""}),
    ),
    Case(
        "beheer:member_new",
        "eva",
        url("beheer:member_new"),
        "leeg",
        submit_empty("Gebruiker aanmaken"),
    ),
    *(
        Case(f"beheer:{s}_new", "eva", url(f"beheer:{s}_new"), "leeg", submit_empty("Opslaan"))
        for s in SECTION_SLUGS
    ),
    Case(
        "beheer:rulepack_new",
        "eva",
        url("beheer:rulepack_new"),
        "ongeldig",
        submit_empty("Controleren en opslaan als concept", {"#id_yaml": "version: [kapot"}),
    ),
    Case(
        "beheer:rulepack_detail",
        "eva",
        url("beheer:rulepack_detail", "pack_candidate"),
        "vaststellen-leeg",
        submit_empty(f"Versie {CANDIDATE_VERSION} vaststellen", {"#id_in_force_from": ""}),
    ),
]


def case(case_id: str) -> Case:
    return next(c for c in CASES if c.id == case_id)


# A phone-sized screen (WCAG 1.4.10 reflow; scroll regions must be keyboard reachable).
NARROW_CASES = [
    Case("pages:home", ANON, url("pages:home")),
    case("zelftoets:check[anoniem-drie-niveaus]"),
    case("official:post[anna-getoetst]"),
    case("official:archive[carla-zoek]"),
    case("beheer:rulepack_detail[eva-actief]"),
    case("beheer:rulepack_preview[eva]"),
    Case("beheer:members", "eva", url("beheer:members")),
    Case("official:index", "anna", url("official:index")),
    Case("zelftoets:concepten", "anna", url("zelftoets:concepten")),
    Case("dashboard:index", "frank", url("dashboard:index")),
    Case("luisteren:dossier", "carla", url("luisteren:dossier", "monitor_dossier")),
    Case(
        "luisteren:rapport",
        "carla",
        url("luisteren:rapport", "monitor_dossier", query="?periode=week&formaat=html"),
    ),
    Case("luisteren:dossier_edit", "carla", url("luisteren:dossier_edit", "monitor_dossier")),
    Case("audit:index", "eva", url("audit:index")),
]


def check_page(page: Any, problems: list[str], axe_source: str) -> None:
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").count() == 1, "exactly one h1"
    assert not problems, "problems while loading the page:\n" + "\n".join(problems)
    violations = axe_violations(page, axe_source)
    assert not violations, describe_violations(violations, page.url)
