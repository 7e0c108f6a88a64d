# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 meedoen contributors
"""Forms for sharing a draft and giving feedback on it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from meedoen.web.accounts.models import Member
from meedoen.web.forms import style
from meedoen.web.samenleren.access import colleagues_for
from meedoen.web.samenleren.models import Feedback
from meedoen.web.zelftoets.forms import MAX_TEXT
from meedoen.web.zelftoets.models import SavedDraft


class _ConfiguredForm(forms.Form):
    """Like StyledForm, but styled after the subclass has set its choices.

    StyledForm styles (and so validates, via ``form.errors``) a bound form in
    ``__init__``, before a subclass can set a queryset or choices; the errors
    of that premature validation would stick.
    """

    def configure(self) -> None:
        style(self)

    def full_clean(self) -> None:
        super().full_clean()
        style(self)


class ColleagueChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Member) -> str:
        return f"{obj.display_name} ({obj.function})" if obj.function else obj.display_name


class ShareForm(_ConfiguredForm):
    colleague = ColleagueChoice(
        label=_("Collega"),
        queryset=Member.objects.none(),
        empty_label=_("Kies een collega"),
        help_text=_(
            "Alleen collega's van je eigen organisatie. Je kunt de toegang altijd intrekken."
        ),
    )

    def __init__(self, *args: Any, owner: Member, draft: SavedDraft, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        already = draft.shares.filter(revoked_at__isnull=True).values("colleague")
        self.fields["colleague"].queryset = colleagues_for(owner).exclude(pk__in=already)
        self.configure()


PRE_PUBLICATION = [
    Feedback.Kind.COMMENT,
    Feedback.Kind.REWRITE,
    Feedback.Kind.LOOKS_GOOD,
]
POST_PUBLICATION = [Feedback.Kind.LOOKS_GOOD, Feedback.Kind.LEARNING, Feedback.Kind.COMMENT]


class FeedbackForm(_ConfiguredForm):
    kind = forms.ChoiceField(label=_("Wat wil je teruggeven?"), widget=forms.RadioSelect)
    text = forms.CharField(
        label=_("Toelichting"),
        max_length=MAX_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bij een opmerking of leerpunt verplicht; verder optioneel."),
    )
    suggested_text = forms.CharField(
        label=_("Voorgestelde tekst (bij een voorstel)"),
        max_length=MAX_TEXT,
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Pas de tekst aan zoals jij hem zou plaatsen. De auteur ziet de verschillen."),
    )

    def __init__(self, *args: Any, draft: SavedDraft, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {"suggested_text": draft.text})
        super().__init__(*args, **kwargs)
        self.draft = draft
        kinds = POST_PUBLICATION if draft.is_published else PRE_PUBLICATION
        self.fields["kind"].choices = [(k.value, k.label) for k in kinds]
        if draft.is_published:
            del self.fields["suggested_text"]
        self.configure()

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        kind = data.get("kind")
        if (
            kind in (Feedback.Kind.COMMENT, Feedback.Kind.LEARNING)
            and not data.get("text", "").strip()
        ):
            self.add_error("text", _("Schrijf je opmerking of leerpunt op."))
        if kind == Feedback.Kind.REWRITE:
            suggestion = data.get("suggested_text", "")
            if not suggestion.strip():
                self.add_error("suggested_text", _("Geef de tekst die je voorstelt."))
            elif suggestion == self.draft.text:
                self.add_error("suggested_text", _("Je voorstel is gelijk aan het concept."))
        return data
