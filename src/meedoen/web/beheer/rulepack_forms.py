# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Forms for rule pack versions: upload or edit, adopt, compare."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from meedoen.web.beheer.services.rulepack import CandidateReport, validate_candidate
from meedoen.web.beheer.services.yaml_guard import MAX_BYTES, UploadProblemError, read_upload
from meedoen.web.forms import StyledForm
from meedoen.web.organisation.models import Organisation


class RulePackForm(StyledForm):
    """A new version: a YAML file, or the YAML text edited in the textarea.

    Validation collects every problem; they are shown in ``report.errors``
    (one line each, in Dutch) above the form, warnings below them.
    """

    file = forms.FileField(
        label=_("YAML-bestand uploaden"),
        required=False,
        help_text=_(
            "Een .yaml-bestand van hooguit 1 MB. Laat leeg om de tekst hieronder te gebruiken."
        ),
    )
    yaml = forms.CharField(
        label=_("Of bewerk de YAML-tekst"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 24, "spellcheck": "false"}),
        help_text=_("Verhoog 'version' voor elke nieuwe versie; de id blijft gelijk."),
    )
    note = forms.CharField(label=_("Toelichting"), required=False, max_length=300)

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        # Set before super().__init__: StyledForm validates a bound form there.
        self.organisation = organisation
        self.report: CandidateReport | None = None
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        upload = data.get("file")
        try:
            if upload:
                if upload.size > MAX_BYTES:
                    raise UploadProblemError(
                        gettext("Het bestand is te groot (%(size)s bytes; maximaal %(max)s).")
                        % {"size": upload.size, "max": MAX_BYTES}
                    )
                text = read_upload(upload.read(MAX_BYTES + 1))
            else:
                text = data.get("yaml") or ""
        except UploadProblemError as exc:
            self.add_error("file" if upload else "yaml", str(exc))
            return data
        report = validate_candidate(self.organisation, text)
        self.report = report
        if not report.ok:
            raise forms.ValidationError(
                gettext("Het regelpakket is niet opgeslagen: los de problemen hieronder op.")
            )
        # keep the text in the textarea when the form comes back
        data["yaml"] = report.text
        return data


class AdoptForm(StyledForm):
    in_force_from = forms.DateField(
        label=_("Geldig vanaf"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Vanaf deze datum toetst meedoen met deze versie."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"in_force_from": timezone.localdate()})
        super().__init__(*args, **kwargs)


class CompareForm(StyledForm):
    a = forms.TypedChoiceField(label=_("Oude versie (A)"), coerce=int)
    b = forms.TypedChoiceField(label=_("Nieuwe versie (B)"), coerce=int)

    def __init__(self, *args: Any, versions: list[Any], **kwargs: Any) -> None:
        self._versions = versions
        super().__init__(*args, **kwargs)
        self._set_choices()

    def full_clean(self) -> None:
        self._set_choices()  # StyledForm validates inside __init__, before it returns
        super().full_clean()

    def _set_choices(self) -> None:
        versions = self._versions
        choices = [
            (
                v.pk,
                f"{v.version} ({gettext('vastgesteld') if v.adopted_at else gettext('concept')})",
            )
            for v in versions
        ]
        self.fields["a"].choices = choices
        self.fields["b"].choices = choices
