"""The public "Share a practice" form, and the checks on its optional attachment."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinLengthValidator
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from documents.files import DOCX, PDF, identify_document
from editorial.text import squeeze
from guidelines.models import CrisisPhase, Guideline, StakeholderType
from practices.models import SUBMISSION_LANGUAGE_CODES, CrisisType, PracticeSubmission

# What a shared practice may attach, recognised by content (documents.files).
ATTACHMENT_FORMATS = {fmt.extension: fmt for fmt in (PDF, DOCX)}
DESCRIPTION_MIN_LENGTH = 50


def detect_attachment_type(upload):
    """ "pdf", "docx" or None, judged by the file's content, never by its name.

    Raises the checker's ValidationError for a polyglot or a damaged file.
    """
    fmt = identify_document(upload)
    return fmt.extension if fmt in ATTACHMENT_FORMATS.values() else None


def validate_attachment(upload):
    # The size first, from `size` alone: documents.uploads keeps no byte past the limit.
    limit = settings.MICIC_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("This file is too large (%(size)s). The limit is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    detected = detect_attachment_type(upload)
    if detected is None:
        raise ValidationError(
            _("Please attach a PDF or a Word (.docx) document. This file is neither."),
            code="bad_type",
        )
    if extension != detected:
        raise ValidationError(
            _("This file is a %(detected)s document but its name ends in “.%(extension)s”."),
            code="bad_extension",
            params={"detected": detected.upper(), "extension": extension[:10]},
        )


class LongSelect(forms.Select):
    """A select of many plain options, without groups (the countries).

    Django renders each option through a template of its own: the share form's
    two lists of some 250 countries were most of its rendering time. Here the
    options are written in one pass, escaped as Django's templates escape them.
    """

    template_name = "practices/widgets/long_select.html"

    def get_context(self, name, value, attrs):
        # Widget's context (name, value, attrs), without ChoiceWidget's optgroups.
        context = forms.Widget.get_context(self, name, value, attrs)
        chosen = set(context["widget"]["value"])
        context["widget"]["options"] = format_html_join(
            "\n",
            '<option value="{}"{}>{}</option>',
            (
                (choice, " selected" if str(choice) in chosen else "", label)
                for choice, label in self.choices
            ),
        )
        return context


class StakeholderTypeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        # A <select> cannot nest options: indent sub-types under their parent.
        return f"— {obj.name}" if obj.parent_id else obj.name


class GuidelineChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.number}. {obj.short_label}"


class SharePracticeForm(forms.ModelForm):
    """What anyone can send to the Secretariat; stored, then reviewed in the admin."""

    crisis_types = forms.MultipleChoiceField(
        label=_("Type of crisis"),
        choices=CrisisType.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one type of crisis.")},
    )
    # A honeypot: hidden from people (CSS and no tab stop) but filled by bots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = PracticeSubmission
        fields = [
            "submitter_name",
            "organisation",
            "email",
            "submitter_country",
            "title",
            "description",
            "stakeholder_type",
            "country",
            "phases",
            "guidelines",
            "links",
            "attachment",
            "language",
            "consent_to_publish",
            "credit_organisation",
        ]
        field_classes = {
            "stakeholder_type": StakeholderTypeChoiceField,
            "guidelines": GuidelineChoiceField,
        }
        labels = {
            "submitter_name": _("Your name"),
            "organisation": _("Your organisation (optional)"),
            "email": _("Your email address"),
            "submitter_country": _("Your country"),
            "title": _("Title of the practice"),
            "description": _("Description"),
            "stakeholder_type": _("Who implemented it?"),
            "country": _("Country where it took place"),
            "phases": _("Crisis phases (optional)"),
            "guidelines": _("Related guidelines (optional)"),
            "links": _("Links (optional)"),
            "attachment": _("Attachment (optional)"),
            "language": _("Language you are writing in"),
            "consent_to_publish": _("The Secretariat may publish this practice in the repository"),
            "credit_organisation": _("Name my organisation as the one that implemented it"),
        }
        help_texts = {
            "email": _("Only the Secretariat sees it, to contact you about your practice."),
            # Formatted lazily: this runs at import, before any request's language is known.
            "description": format_lazy(
                _(
                    "What was done, by whom, for which migrants, and what came of it. "
                    "At least {min} characters."
                ),
                min=DESCRIPTION_MIN_LENGTH,
            ),
            "links": _("One web address per line, e.g. a report or a news article."),
            "consent_to_publish": _(
                "Untick this box if the practice should only inform the Secretariat's work. "
                "Your name and email address are never published."
            ),
            "credit_organisation": _(
                "Only if you tick this box may the organisation you gave above appear with "
                "the published practice."
            ),
        }
        widgets = {
            "submitter_country": LongSelect,
            "country": LongSelect,
            "description": forms.Textarea(attrs={"rows": 8}),
            "links": forms.Textarea(attrs={"rows": 3}),
            "phases": forms.CheckboxSelectMultiple,
            "guidelines": forms.CheckboxSelectMultiple,
            "attachment": forms.FileInput(
                attrs={
                    "accept": ",".join(
                        [f".{ext}" for ext in ATTACHMENT_FORMATS]
                        + [fmt.mimetype for fmt in ATTACHMENT_FORMATS.values()]
                    )
                }
            ),
        }

    field_order = [
        "submitter_name",
        "organisation",
        "email",
        "submitter_country",
        "title",
        "description",
        "stakeholder_type",
        "country",
        "crisis_types",
        "phases",
        "guidelines",
        "links",
        "attachment",
        "language",
        "consent_to_publish",
        "credit_organisation",
        "website",
    ]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        fields = self.fields
        fields["stakeholder_type"].queryset = StakeholderType.objects.order_by("order", "key")
        fields["phases"].queryset = CrisisPhase.objects.order_by("order")
        fields["guidelines"].queryset = Guideline.objects.published().order_by("number")
        fields["stakeholder_type"].empty_label = _("Choose a type of stakeholder")
        for name in ("submitter_country", "country"):
            fields[name].choices = [("", _("Choose a country")), *list(fields[name].choices)[1:]]
        fields["language"].choices = list(fields["language"].choices)[1:]  # no empty choice
        language = translation.get_language()
        fields["language"].initial = language if language in SUBMISSION_LANGUAGE_CODES else None
        fields["attachment"].validators.append(validate_attachment)
        fields["attachment"].help_text = _("A PDF or Word (.docx) document of up to %(limit)s.") % {
            "limit": filesizeformat(settings.MICIC_MAX_UPLOAD_BYTES)
        }
        fields["description"].validators.append(MinLengthValidator(DESCRIPTION_MIN_LENGTH))
        fields["title"].widget.attrs["autocomplete"] = "off"
        for name, autocomplete in {
            "submitter_name": "name",
            "organisation": "organization",
            "email": "email",
            "submitter_country": "country",
        }.items():
            fields[name].widget.attrs["autocomplete"] = autocomplete
        if self.instance.pk is None and not self.is_bound:
            fields["consent_to_publish"].initial = True

    # The privacy notice next to the form states how long contact details are kept.
    @property
    def retention_months(self):
        return settings.MICIC_SUBMISSION_RETENTION_MONTHS

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("credit_organisation") and not cleaned_data.get("organisation"):
            self.add_error(
                "organisation",
                _("Give your organisation's name to have it credited."),
            )
        return cleaned_data

    def is_bot(self):
        """True when the honeypot was filled in: nobody sees that field but robots."""
        return bool(self.data.get("website", "").strip())

    def clean_title(self):
        # A title also goes into email subjects: keep it on one line (and its
        # French no-break spaces, "Pourquoi ?", where they are).
        return squeeze(self.cleaned_data["title"])

    def reattach_needed(self):
        """A file was chosen but the form is shown again: browsers cannot keep it."""
        return self.is_bound and bool(self.files.get("attachment")) and bool(self.errors)

    def save(self, commit=True):
        submission = super().save(commit=False)
        submission.set_crisis_types(self.cleaned_data["crisis_types"])
        if commit:
            submission.save()
            self.save_m2m()
        return submission
