"""
The editorial rules on content forms: the admin's form of every content type
and the forms of its inline rows (e.g. a guideline's practices).

The admin sets `can_publish` on the form class for each request; the rules
themselves live in editorial.services.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms.models import InlineForeignKeyField
from django.utils.functional import cached_property
from django.utils.text import normalize_newlines
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from editorial.models import Status
from editorial.services import (
    PUBLISHER_STATUSES,
    publication_check,
    translation_note_changes,
)

# The public change note, one field per site language (public_note_en, …).
PUBLIC_NOTE_FIELDS = tuple(f"public_note_{code}" for code, _name in settings.LANGUAGES)

# Form fields of PublishableAdminForm that are not model fields.
EDITORIAL_FORM_FIELDS = (
    "translation_checked",
    "change_comment",
    "minor_change",
    *PUBLIC_NOTE_FIELDS,
)


class PublishableFormMixin:
    """Role-aware publication fields, the French publish gate and translation tracking.

    Editors (without the publish permission) may only choose "Draft" or "In
    review"; a published or archived item's status and every publication
    date are shown but locked. Locked fields are `disabled`, so Django
    ignores whatever a forged POST sends for them.
    """

    can_publish = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.can_publish:
            self._lock_publication_fields()

    def _lock_publication_fields(self):
        status = self.fields.get("status")
        if status is not None:
            if self.instance.pk is not None and self.instance.status in PUBLISHER_STATUSES:
                status.disabled = True
                status.help_text = _(
                    "Only publishers can unpublish or archive an item. "
                    "Editing its text is fine: it stays as it is."
                )
            else:
                status.choices = [
                    (value, label)
                    for value, label in status.choices
                    if value not in PUBLISHER_STATUSES
                ]
                status.help_text = _(
                    "Set it to “In review” when it is ready: a publisher publishes it."
                )
        publish_at = self.fields.get("publish_at")
        if publish_at is not None:
            publish_at.disabled = True
            publish_at.help_text = _("Only publishers schedule publication.")

    @cached_property
    def changed_data(self):
        """Changed fields, leaving out the editorial form fields and text whose
        only difference is the browser's line endings (\r\n for \n), which
        would otherwise flag untouched translations as outdated."""
        changed = []
        for name in super().changed_data:
            if name in EDITORIAL_FORM_FIELDS:
                continue
            initial, data = self[name].initial, self[name].data
            if (
                isinstance(initial, str)
                and isinstance(data, str)
                and normalize_newlines(initial).strip() == normalize_newlines(data).strip()
            ):
                continue
            changed.append(name)
        return changed

    def clean(self):
        cleaned_data = super().clean()
        for name, value in cleaned_data.items():
            if isinstance(value, str) and "\r" in value:
                cleaned_data[name] = normalize_newlines(value)
        return cleaned_data

    def parent_instance(self):
        """The item an inline row is edited with (a practice's guideline), or None."""
        for field in self.fields.values():
            if isinstance(field, InlineForeignKeyField):
                return field.parent_instance
        return None

    def _post_clean(self):
        super()._post_clean()
        try:
            publication_check(obj=self.instance, parent=self.parent_instance())
        except ValidationError as error:
            self.add_error("status" if "status" in self.fields else None, error)
        translation_note_changes(obj=self.instance, changed=self.changed_data)
        if self.cleaned_data.get("translation_checked"):
            self.instance.translation_outdated_fields = []
            self.instance.translation_outdated_since = None


class PublishableInlineForm(PublishableFormMixin, forms.ModelForm):
    """For the inline rows of content edited on another item."""


class PublishableAdminForm(PublishableFormMixin, forms.ModelForm):
    """For a content item's own change form: adds the change comment and,
    when the French may be out of date, the box to confirm it is not."""

    translation_checked = forms.BooleanField(
        label=_("The French is up to date"),
        required=False,
        help_text=_(
            "The English changed after the French (see the fields listed above). "
            "Tick this once you have checked the French."
        ),
    )
    change_comment = forms.CharField(
        label=_("Change comment"),
        required=False,
        max_length=300,
        widget=forms.TextInput(attrs={"size": 80}),
        help_text=_("Optional: what you changed and why. It is kept in the history."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.can_publish:
            self.fields.update(publication_note_fields())


def publication_note_fields():
    """What a publisher tells readers when publishing: a public change note
    per language, or "minor change" (no note, no new date), as GOV.UK does."""
    fields = {
        "minor_change": forms.BooleanField(
            label=_("Minor change (no note, no new date)"),
            required=False,
            help_text=_(
                "For a typo or a broken link: readers keep seeing the previous "
                "“Last updated” date and no change note."
            ),
        )
    }
    for code, _name in settings.LANGUAGES:
        fields[f"public_note_{code}"] = forms.CharField(
            label=_("Public change note (%(language)s)")
            % {"language": get_language_info(code)["name_translated"]},
            required=False,
            max_length=300,
            widget=forms.TextInput(attrs={"class": "vLargeTextField"}),
            help_text=_(
                "Optional: shown to readers under “Updates to this page” when you publish, "
                "e.g. “Updated the contact details”."
            ),
        )
    return fields


def publication_notes(cleaned_data):
    """{language: note} from a form with publication_note_fields()."""
    return {code: cleaned_data.get(f"public_note_{code}", "") for code, _name in settings.LANGUAGES}


def with_editorial_rules(form_class, base=PublishableAdminForm):
    """`form_class` with the editorial rules, whatever form an admin declares."""
    if issubclass(form_class, PublishableFormMixin):
        return form_class
    return type(form_class.__name__, (base, form_class), {"__module__": form_class.__module__})


class TranslationFilterForm(forms.Form):
    """The translation dashboard's filters (GET); invalid values are ignored."""

    PROBLEM_CHOICES = [
        ("", _("Anything to do")),
        ("text", _("French text missing")),
        ("files", _("French file missing")),
        ("outdated", _("French possibly outdated")),
    ]

    type = forms.ChoiceField(label=_("Content type"), required=False)
    problem = forms.ChoiceField(label=_("What"), choices=PROBLEM_CHOICES, required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, models=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("All content types"))] + [
            (model._meta.label_lower, str(model._meta.verbose_name_plural).capitalize())
            for model in models
        ]
        self.fields["status"].choices = [("", _("Any status")), *Status.choices]

    def value(self, name):
        """The cleaned value, or "" when the field was invalid or not given."""
        if not self.is_bound:
            return ""
        self.is_valid()
        return self.cleaned_data.get(name, "")
