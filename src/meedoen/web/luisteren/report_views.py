# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""The report download of a listening dossier (issue #4, item 7).

``/luisteren/dossier/<pk>/rapport/?periode=day|week|month&formaat=html|pdf[&tot=JJJJ-MM-DD]``:
the period ends with the day ``tot`` (today when left out; never in the
future, never before :data:`FIRST_DAY`). The same people as the dossier page
(:func:`~meedoen.web.accounts.permissions.can_see_dashboard`, own
organisation; another organisation's dossier is a 404). Every report writes
an ``export`` access-log row. The PDF is an attachment with a plain ASCII
file name; the HTML page is shown in the browser, with a Content-Security-Policy
that allows exactly its own inline stylesheet (by hash) and nothing more.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django import forms
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from meedoen.monitor.analytics.volume import TZ
from meedoen.web.accounts.permissions import can_see_dashboard, role_required
from meedoen.web.luisteren import queries
from meedoen.web.luisteren.models import AccessLog
from meedoen.web.luisteren.report.data import FIRST_DAY, PERIODS, Report, build
from meedoen.web.luisteren.report.html import PERIOD_LABELS, STYLE_HASH, render_html
from meedoen.web.luisteren.report.pdf import render_pdf
from meedoen.web.luisteren.services import log

FORMATS = ("html", "pdf")


class ReportForm(forms.Form):
    periode = forms.ChoiceField(
        label=gettext_lazy("Periode"), choices=[(p, PERIOD_LABELS[p]) for p in PERIODS]
    )
    formaat = forms.ChoiceField(label=gettext_lazy("Formaat"), choices=[(f, f) for f in FORMATS])
    tot = forms.DateField(
        label=gettext_lazy("Tot en met (laatste dag, optioneel)"),
        required=False,
        input_formats=["%Y-%m-%d"],  # what <input type="date"> sends, whatever the language
        error_messages={
            "invalid": gettext_lazy(
                "Geef de laatste dag als JJJJ-MM-DD (bijvoorbeeld 2026-11-27), of laat hem leeg "
                "voor vandaag."
            )
        },
    )

    def __init__(self, *args: Any, today: date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.today = today

    def clean_tot(self) -> date | None:
        tot: date | None = self.cleaned_data.get("tot")
        if tot is not None and tot > self.today:
            raise forms.ValidationError(
                _("De laatste dag ligt in de toekomst; kies vandaag (%(today)s) of eerder.")
                % {"today": self.today.isoformat()}
            )
        if tot is not None and tot < FIRST_DAY:
            raise forms.ValidationError(
                _("De laatste dag ligt te ver terug; kies %(first)s of later.")
                % {"first": FIRST_DAY.isoformat()}
            )
        return tot


def filename(r: Report, ext: str) -> str:
    """``rapport-<dossier>-<period>-<last day>.<ext>``: ASCII letters, digits and dashes only."""
    name = slugify(r.name)[:60].strip("-") or f"dossier-{r.dossier_id}"
    day = (r.end - timedelta(days=1)).date().isoformat()
    return f"rapport-{name}-{r.period}-{day}.{ext}"


@require_safe
@role_required(can_see_dashboard)
def report(request: Any, pk: int) -> Any:
    d = queries.dossier_of(request.member.organisation, pk)
    data = request.GET.copy()
    data.setdefault("periode", "week")
    data.setdefault("formaat", "html")
    now = timezone.now()
    form = ReportForm(data, today=now.astimezone(TZ).date())
    if not form.is_valid():
        problems = []
        if "periode" in form.errors or "formaat" in form.errors:
            problems.append(_("Kies als periode day, week of month en als formaat html of pdf."))
        problems += form.errors.get("tot", [])
        return HttpResponseBadRequest(
            "\n".join(str(p) for p in problems), content_type="text/plain; charset=utf-8"
        )
    period, fmt = form.cleaned_data["periode"], form.cleaned_data["formaat"]
    tot: date | None = form.cleaned_data["tot"]
    r = build(d, period, now, tot)
    log(
        request.user.get_username(),
        AccessLog.What.EXPORT,
        d,
        request.member,
        pagina="luisteren:rapport",
        periode=period,
        formaat=fmt,
        tot=tot.isoformat() if tot else None,
    )
    if fmt == "pdf":
        response = HttpResponse(render_pdf(r), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{filename(r, "pdf")}"'
        return response
    response = HttpResponse(render_html(r), content_type="text/html; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename(r, "html")}"'
    response._csp_update = {"style-src": [STYLE_HASH]}  # type: ignore[attr-defined]
    return response
