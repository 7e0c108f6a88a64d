# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""NL Design System classes on Django form widgets, so templates stay plain."""

from __future__ import annotations

from typing import Any

from django import forms

WIDGET_CLASSES: dict[type[forms.Widget], str] = {
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.SelectMultiple: "utrecht-select utrecht-select--html-select",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.CheckboxSelectMultiple: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.RadioSelect: "utrecht-radio-button utrecht-radio-button--html-input",
    forms.ClearableFileInput: "meedoen-file",
    forms.FileInput: "meedoen-file",
    forms.widgets.Input: "utrecht-textbox utrecht-textbox--html-input",
}


def style(form: forms.BaseForm) -> None:
    """Add NL DS classes and aria-describedby for help/error texts."""
    for name, field in form.fields.items():
        widget = field.widget
        for kind, css in WIDGET_CLASSES.items():
            if isinstance(widget, kind):
                widget.attrs.setdefault("class", css)
                break
        bound = form[name]
        described = []
        if field.help_text:
            described.append(f"{bound.auto_id}_help")
        errors = form._errors  # only once validated: never trigger validation from here
        if form.is_bound and errors and errors.get(name):
            described.append(f"{bound.auto_id}_error")
            widget.attrs["aria-invalid"] = "true"
        if described:
            widget.attrs["aria-describedby"] = " ".join(described)


class StyledMixin:
    """Applies :func:`style` after construction and again after validation."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        style(self)  # type: ignore[arg-type]

    def full_clean(self) -> None:
        super().full_clean()  # type: ignore[misc]
        style(self)  # type: ignore[arg-type]


class StyledForm(StyledMixin, forms.Form):
    pass


class StyledModelForm(StyledMixin, forms.ModelForm):
    pass
