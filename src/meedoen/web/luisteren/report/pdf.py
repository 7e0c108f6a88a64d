# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The report as exactly one A4 PDF page (reportlab).

The content is the HTML report's, laid out in one frame; ``KeepInFrame`` in
shrink mode scales it down when a long purpose or many terms would not fit,
so there is never a second page. The document is written with reportlab's
``invariant`` flag (no creation time or random id in the file), so the same
figures give the same bytes. No example posts, no authors.
"""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from meedoen.monitor.analytics.volume import LABELS
from meedoen.web.luisteren.report.data import Report
from meedoen.web.luisteren.report.html import (
    PERIOD_LABELS,
    bucket_label,
    key_figures,
    pct,
)
from meedoen.web.luisteren.report.pdf_charts import (
    BODY,
    CAVEAT,
    H1,
    H2,
    SMALL,
    share_bars,
    volume_drawing,
)
from meedoen.web.luisteren.views import SENTIMENT_LABELS, STRATEGY_LABELS

MARGIN = 14 * mm
FRAME_PADDING = 6  # SimpleDocTemplate's frame keeps 6 pt inside the margins
WIDTH = A4[0] - 2 * (MARGIN + FRAME_PADDING)
HEIGHT = A4[1] - 2 * (MARGIN + FRAME_PADDING)
PDF_ALERTS = 3


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(text), style)


def _date(value: date | datetime, fmt: str = "j F Y") -> str:
    if isinstance(value, datetime):
        value = timezone.localtime(value)
    return date_format(value, fmt)


def _header(r: Report) -> list:
    period = _("Periode: %(period)s, van %(first)s tot en met %(last)s.") % {
        "period": PERIOD_LABELS[r.period],
        "first": _date(r.start.date()),
        "last": _date((r.end - timedelta(days=1)).date()),
    }
    facts = [
        (_("Doel"), r.purpose[:400]),
        (_("Eigenaar"), r.owner),
        (_("Einddatum"), _date(r.end_date)),
        (_("Gevoeligheid"), r.sensitivity),
    ]
    table = Table([[_p(k, SMALL), _p(v)] for k, v in facts], colWidths=[28 * mm, WIDTH - 28 * mm])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [
        _p(_("Slim luisteren · rapport voor het management"), SMALL),
        _p(r.name, H1),
        _p(period),
        Spacer(1, 3),
        table,
    ]


def _figures(r: Report) -> Table:
    cells = key_figures(r)
    big = ParagraphStyle("big", parent=H1, fontSize=14, leading=17)
    table = Table([[[_p(n, big), _p(t, SMALL)] for n, t in cells]], colWidths=[WIDTH / 5] * 5)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#586c88")),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#586c88")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _volume(r: Report) -> list:
    unit = _("uur") if r.size == "hour" else _("dag")
    drawing = volume_drawing(
        WIDTH,
        [bucket_label(b, r.size) for b in r.buckets],
        [b.posts for b in r.buckets],
        [b.spike for b in r.buckets],
        (_("Berichten"), _("Piek (zie de lijst met pieken)")),
        _("Geen gegevens in deze periode."),
    )
    out: list = [
        _p(_("Volume en pieken"), H2),
        _p(_("Berichten per %(unit)s over %(name)s") % {"unit": unit, "name": r.name}, SMALL),
        drawing,
    ]
    if not r.alerts:
        out.append(
            _p(_("Geen pieken in deze periode (gemeten per uur, tegen hetzelfde uur van de week)."))
        )
    for a in r.alerts[-PDF_ALERTS:]:
        line = _("Piek %(when)s: %(n)s berichten van %(authors)s auteurs.") % {
            "when": f"{_date(a.start, 'j M H:i')}–{_date(a.end, 'H:i')}",
            "n": a.posts,
            "authors": a.distinct_authors,
        }
        if a.top_terms:
            line += " " + _("Opvallende termen") + ": " + ", ".join(a.top_terms) + "."
        if a.few_accounts:
            line += " " + _("gedragen door weinig accounts")
        out.append(_p("• " + line))
    older = len(r.alerts) - min(len(r.alerts), PDF_ALERTS)
    if older:
        text = ngettext(
            "En %(n)s eerdere piek in deze periode.",
            "En %(n)s eerdere pieken in deze periode.",
            older,
        )
        out.append(_p(text % {"n": older}, SMALL))
    return out


def _columns(r: Report) -> Table:
    rep = r.representativeness
    half = WIDTH / 2 - 6
    sentiment = [
        _p(_("Sentiment"), H2),
        _p(rep.caveat, CAVEAT),
        share_bars(
            half,
            [(str(SENTIMENT_LABELS[label]), round(100 * r.share(label))) for label in LABELS]
            if r.labelled
            else [],
            _("Geen gegevens in deze periode."),
        ),
        _p(
            ", ".join(
                f"{SENTIMENT_LABELS[label]}: {r.sentiment.get(label, 0)}" for label in LABELS
            ),
            SMALL,
        ),
    ]
    top = round(100 * rep.top10_share)
    figures = [
        _p(_("Representativiteit"), H2),
        share_bars(
            half,
            [
                (_("actiefste %(pct)s%% auteurs") % {"pct": 10}, top),
                (_("overige %(pct)s%% auteurs") % {"pct": 90}, 100 - top),
            ]
            if rep.authors
            else [],
            _("Geen gegevens in deze periode."),
        ),
        _p(f"{_('Verschillende auteurs')}: {rep.authors}"),
        *([_p(r.authors_note, SMALL)] if r.authors_note else []),
        _p(f"{_('Gini-coëfficient over berichten per auteur')}: {rep.gini:.2f}".replace(".", ",")),
        _p(
            f"{_('Aandeel van de actiefste %(pct)s%% van de auteurs') % {'pct': 10}}: {pct(rep.top10_share)}"
        ),
    ]
    table = Table([[sentiment, figures]], colWidths=[WIDTH / 2, WIDTH / 2])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _closing(r: Report) -> list:
    terms = [
        _("%(term)s (%(n)s berichten, %(authors)s auteurs)")
        % {"term": t.term, "n": t.count, "authors": t.authors}
        for t in r.terms
    ]
    return [
        _p(_("Opkomende termen"), H2),
        _p(
            "; ".join(terms)
            if terms
            else _("Geen termen die nu duidelijk vaker voorkomen dan eerder.")
        ),
        _p(_("Aanbevolen aanpak"), H2),
        Paragraph(
            f"<b>{escape(str(STRATEGY_LABELS.get(r.strategy.approach, r.strategy.approach)))}</b>",
            BODY,
        ),
        _p(r.strategy.reason),
        Spacer(1, 6),
        _p(
            _(
                "Gemaakt op %(at)s met meedoen %(version)s. Volume en sentiment tellen ook de "
                "uurtellingen die na de bewaartermijn blijven; auteurs, termen en beweringen "
                "alleen de nog bewaarde berichten. Dit rapport bevat geen voorbeeldberichten en "
                "geen auteurs."
            )
            % {"at": _date(r.generated_at, "j F Y H:i"), "version": r.version},
            SMALL,
        ),
    ]


def render_pdf(r: Report) -> bytes:
    """The report as the bytes of a one-page A4 PDF."""
    story = [*_header(r), Spacer(1, 4), _figures(r), *_volume(r), _columns(r), *_closing(r)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=_("Rapport slim luisteren: %(name)s") % {"name": r.name},
        creator=f"meedoen {r.version}",
        invariant=1,
    )
    doc.build([KeepInFrame(WIDTH, HEIGHT - 2, story, mode="shrink")])
    return buf.getvalue()
