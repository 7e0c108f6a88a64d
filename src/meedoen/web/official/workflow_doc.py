# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""docs/workflow.md, generated from the transition table in :mod:`.workflow`.

``python -m meedoen.web.official.workflow > docs/workflow.md``; a test keeps
the file equal to :func:`as_markdown`.
"""

from __future__ import annotations

from meedoen.web.official.workflow import (
    AFGEWEZEN,
    CONCEPT,
    GEARCHIVEERD,
    GEPUBLICEERD,
    GETOETST,
    GOEDGEKEURD,
    GUARDS,
    IN_REVIEW,
    STATES,
    TRANSITIONS,
)

DOC = """# Workflow of posts on official accounts

Posts on the organisation's own accounts (organisatie-accounts) follow one explicit transition
table: `meedoen.web.official.workflow.TRANSITIONS`. The rows are tried from top to bottom; the
first row whose guards all hold is taken. Every transition writes an audit event
(`official.post.transitioned`, and `official.review.recorded` for a review) to the hash-chained
audit log. This page is generated from the code
(`python -m meedoen.web.official.workflow > docs/workflow.md`) and a test keeps it equal.

## Coach, not gatekeeper

The communicatieadviseur is a coach and a second pair of eyes: a review is advice. The reviewer
approves, rejects with a reason the author can learn from, or suggests changes (a reason and/or a
rewritten text that the author sees and may adopt). The author decides what to change and stays
the author. The assessment of the self-check is advice too; the level only decides whether a
second pair of eyes is required.

## When is a review required?

A review is required when the latest check gives level **oranje** or **rood**, when the post's
dossier (chosen, or recognised by the check) has sensitivity **hoog**, or when the account has
`always_review`. Without such a reason an editor may publish straight from `getoetst`: review is
then optional (`review_aanvragen` is always available). When a review happens, `max(1,
review_tiers)` distinct reviewers must approve in tier order (up to three tiers per account).

## Rules that hold everywhere

- Nobody reviews or approves a post they wrote or last edited.
- An approval expires after the account's `approval_valid_days` (default 14). An expired approval
  cannot be published; the editor asks for review again (`review_aanvragen` from `goedgekeurd`).
- Changing the text (`herzien`) sends the post back to `concept`, clears the assessment and
  invalidates all approvals: the post is checked and, where required, reviewed again.
- Publishing is manual: copy the final text to the clipboard, post it, then mark it published
  with its URL and time. A published post is immutable (the model refuses changes); it can only
  be archived. Archived posts are kept for the account's `retention_days` and then removed by
  `manage.py purge_official_archive` (audit-logged; the audit log keeps a SHA-256 of the text,
  never the text).

## States

{states}

## Transitions

{table}
## Guards

{guards}

## Who sees what

Everything is scoped to the member's own organisation; any other object answers 404.

| who | sees |
|---|---|
| editor of an account (`editors`) | all posts of that account, and its archive |
| author | their own posts |
| reviewer of an account | its posts once review was asked (`submitted_at`), and its archive |
| management, beheerder | the archive (published and archived posts) of every account, read-only |
| beheerder | also the account settings (tiers, reviewers, editors, retention): `/organisatie-accounts/accounts/` |

Reviewers are communicatieadviseurs of the organisation; when an account lists `reviewers`, only
those. Nobody can edit a published post, not even through the model (`ImmutablePostError`).

## Archive

`/organisatie-accounts/archief/` lists published and archived posts with their assessment,
reviews and final text. Search is PostgreSQL full text with the `dutch` configuration; every word
must match, as a prefix of its stem or of the stem of the word without a plural or inflection
ending, so "windmolens" finds "windmolen" and "windmolenpark". On SQLite it is a case-insensitive
substring match on every word. Filters: account, level, publication date range.

Exports (`export.csv`, `export.json`) take the same query and filters and are audit-logged
(`official.archive.exported`). CSV cells that start with `=`, `+`, `-`, `@`, tab or carriage
return get a leading `'` so spreadsheets do not run them as formulas.

Retention: run `meedoen web manage purge_official_archive` daily (`--dry-run` to preview,
`--organisatie SLUG` for one organisation). It deletes archived posts (`gearchiveerd`) whose
publication is older than the account's `retention_days` and writes one `official.archive.purged`
event per account with the removed ids.

## Audit events

| action | when | data |
|---|---|---|
| `official.post.created` | a post is created | account, SHA-256 of the text, dossier |
| `official.post.transitioned` | every row of the table above | from/to state, action (`transition`), level, reason, SHA-256 of the text |
| `official.review.recorded` | goedkeuren, afwijzen, wijzigingen_voorstellen | tier, decision, reason, expiry, whether a text was suggested |
| `official.archive.exported` | CSV or JSON export | format, count, query |
| `official.archive.purged` | retention command | account, retention, cutoff, count, post ids |
| `official.account.changed` | a beheerder creates or edits an account | account, change, changed fields |

Reading, searching, previews and refused attempts are not logged; private self-checks never are.
"""

STATE_DOC = {
    CONCEPT: "being written; no valid check",
    GETOETST: "checked by the engine; the assessment is stored with the post",
    IN_REVIEW: "waiting for the next review tier",
    GOEDGEKEURD: "all tiers approved; may be published while the approvals are valid",
    AFGEWEZEN: "rejected with a reason; the author may revise",
    GEPUBLICEERD: "published (URL and time recorded); immutable",
    GEARCHIVEERD: "in the archive; immutable; removed after the retention period",
}


def as_markdown() -> str:
    states = "\n".join(f"- `{s}`: {STATE_DOC[s]}" for s in STATES)
    lines = ["| # | from | action | to | guards | requires |", "|---|---|---|---|---|---|"]
    for i, row in enumerate(TRANSITIONS, 1):
        guards = ", ".join(f"`{g}`" for g in row.guards)
        needs = ", ".join(" or ".join(f"`{a}`" for a in n.split("|")) for n in row.requires) or "–"
        lines.append(
            f"| {i} | `{row.source}` | `{row.action}` | `{row.target}` | {guards} | {needs} |"
        )
    guards = "\n".join(f"- `{name}`: {g.doc}" for name, g in GUARDS.items())
    return (
        DOC.replace("{states}", states)
        .replace("{table}", "\n".join(lines) + "\n")
        .replace("{guards}", guards)
    )
