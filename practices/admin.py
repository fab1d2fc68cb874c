from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportMixin
from import_export.formats import base_formats
from import_export.forms import ImportForm
from import_export.results import RowResult
from modeltranslation.utils import get_translation_fields

from editorial.admin import PUBLICATION_FIELDS, PublishableAdmin
from editorial.languages import prepopulated_slugs
from practices.models import PracticeCountry, PracticeSubmission, RepositoryPractice
from practices.resources import IMPORT_COLUMNS, RepositoryPracticeImportResource, sample_dataset
from practices.services import (
    SubmissionError,
    person_data_erase,
    person_data_export,
    submission_accept,
    submission_decline,
    submission_start_review,
)


class PracticeCountryInline(admin.TabularInline):
    model = PracticeCountry
    extra = 1
    verbose_name_plural = _("countries where the practice took place")


# The file types an import accepts: (format class, file extension, magic start).
IMPORT_FILE_TYPES = {
    "csv": (base_formats.CSV, None),
    "xlsx": (base_formats.XLSX, b"PK\x03\x04"),  # a ZIP archive
}


class PracticeImportForm(ImportForm):
    """The library's import form, refusing a file that is not the CSV or
    Excel file it claims to be with a message an editor can act on."""

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("import_file")
        if upload is None:
            return cleaned
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        head = upload.read(4096)
        upload.seek(0)
        file_type = IMPORT_FILE_TYPES.get(extension)
        looks_right = file_type is not None and (
            head.startswith(file_type[1]) if file_type[1] else _is_text(head)
        )
        if not looks_right:
            self.add_error(
                "import_file",
                _(
                    "This is not a CSV or Excel (.xlsx) file. Save the spreadsheet as "
                    "“CSV UTF-8” or as an Excel workbook (.xlsx), then choose it again."
                ),
            )
        elif (chosen := cleaned.get("format")) not in (None, "") and (
            self.formats_by_index[int(chosen)] is not file_type[0]
        ):
            self.add_error(
                "format",
                _("The file is a .%(extension)s file: choose that format.")
                % {"extension": extension},
            )
        return cleaned

    def _init_formats(self, formats):
        super()._init_formats(formats)
        self.formats_by_index = list(formats)


def _is_text(head):
    """True for UTF-8 text (the start of a CSV file), False for binary content."""
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        return error.start >= len(head) - 3
    return True


@admin.register(RepositoryPractice)
class RepositoryPracticeAdmin(ImportMixin, PublishableAdmin):
    """Practices, edited one by one or imported in bulk from CSV/XLSX (django-
    import-export: a dry run, then a confirmed import of drafts; see
    practices.resources.RepositoryPracticeImportResource). Who may import is
    who may add practices (IMPORT_EXPORT_IMPORT_PERMISSION_CODE): Editors and
    Publishers."""

    resource_classes = [RepositoryPracticeImportResource]
    import_formats = [fmt for fmt, _magic in IMPORT_FILE_TYPES.values()]
    import_form_class = PracticeImportForm
    import_template_name = "admin/practices/repositorypractice/import.html"
    list_display = (
        "title",
        "practice_type",
        "is_example",
        "source",
        "status",
        "french_complete",
        "updated_at",
    )
    list_filter = ("status", "practice_type", "is_example", "source", "phases", "guidelines")
    search_fields = (*get_translation_fields("title"), *get_translation_fields("stakeholder_name"))
    prepopulated_fields = prepopulated_slugs()
    readonly_fields = ("submission_link", "created_at", "updated_at")
    inlines = [PracticeCountryInline]
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    fieldsets = (
        (None, {"fields": ("title", "slug", "description", "is_example")}),
        (
            _("Classification"),
            {
                "fields": (
                    "practice_type",
                    "stakeholder_name",
                    "stakeholder_types",
                    ("crisis_conflict", "crisis_natural_disaster"),
                    "phases",
                    "guidelines",
                )
            },
        ),
        (
            _("Sources and dates"),
            {"fields": ("related_links", "source", ("start_year", "end_year"), "submission_link")},
        ),
        (_("Publication"), {"fields": (*PUBLICATION_FIELDS, "created_at", "updated_at")}),
    )

    def get_urls(self):
        return [
            path(
                "import/sample.<str:extension>",
                self.admin_site.admin_view(self.import_sample_view),
                name="practices_repositorypractice_import_sample",
            ),
            *super().get_urls(),
        ]

    def import_sample_view(self, request, extension):
        """The sample import file, as CSV or XLSX."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        if extension not in IMPORT_FILE_TYPES:
            raise Http404
        file_format = IMPORT_FILE_TYPES[extension][0]()
        content = file_format.export_data(sample_dataset())
        if not file_format.is_binary():
            content = "\ufeff" + content  # a BOM, so that Excel reads the file as UTF-8
        response = HttpResponse(content, content_type=file_format.get_content_type())
        response["Content-Disposition"] = (
            f'attachment; filename="micic-practices-import-sample.{extension}"'
        )
        return response

    def get_import_context_data(self, **kwargs):
        return {
            **super().get_import_context_data(**kwargs),
            "import_columns": IMPORT_COLUMNS,
            "sample_urls": {
                extension: reverse(
                    "admin:practices_repositorypractice_import_sample", args=[extension]
                )
                for extension in IMPORT_FILE_TYPES
            },
        }

    def process_result(self, result, request):
        """After the confirmed import: the library reports success even when a
        row failed (and everything was rolled back); say what happened instead."""
        if not (result.has_errors() or result.has_validation_errors()):
            return super().process_result(result, request)
        problems = [str(error.error) for error in result.base_errors]
        problems += [
            _("Row %(number)s: %(error)s") % {"number": number, "error": error.error}
            for number, errors in result.row_errors()
            for error in errors
        ]
        problems += [
            _("Row %(number)s: %(error)s") % {"number": row.number, "error": row.error}
            for row in result.invalid_rows
        ]
        messages.error(
            request,
            _("The import failed and nothing was saved. %(problems)s")
            % {"problems": " ".join(problems)},
        )
        return HttpResponseRedirect(reverse("admin:practices_repositorypractice_import"))

    def add_success_message(self, result, request):
        messages.success(
            request,
            _(
                "Import finished: %(new)d new practices (drafts) and %(updated)d updated. "
                "Review them, then send them for publication."
            )
            % {
                "new": result.totals[RowResult.IMPORT_TYPE_NEW],
                "updated": result.totals[RowResult.IMPORT_TYPE_UPDATE],
            },
        )

    @admin.display(description=_("shared through the form"))
    def submission_link(self, obj):
        try:
            submission = obj.submission
        except PracticeSubmission.DoesNotExist:
            return "—"
        url = reverse("admin:practices_practicesubmission_change", args=[submission.pk])
        if not submission.consent_to_publish:
            return format_html(
                '<a href="{}">{}</a> — <strong>{}</strong>',
                url,
                submission,
                _("its author did not agree to publication: this practice can never be published"),
            )
        return format_html('<a href="{}">{}</a>', url, submission)


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for declining"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("For the Secretariat's records; it is not sent to the submitter."),
    )


@admin.register(PracticeSubmission)
class PracticeSubmissionAdmin(admin.ModelAdmin):
    """The moderation queue. Submissions arrive from the public form only."""

    list_display = (
        "title",
        "submitter_name",
        "organisation",
        "country",
        "status",
        "consent_to_publish",
        "created_at",
    )
    list_filter = ("status", "consent_to_publish", "language", "stakeholder_type", "created_at")
    search_fields = ("title", "description", "submitter_name", "organisation", "email")
    date_hierarchy = "created_at"
    actions = ["start_review", "accept_selected", "export_person_data", "erase_person_data"]
    change_form_template = "admin/practices/practicesubmission/change_form.html"
    readonly_fields = (
        "status",
        "submitter_name",
        "organisation",
        "email",
        "submitter_country",
        "title",
        "description",
        "stakeholder_type",
        "country",
        "crisis_conflict",
        "crisis_natural_disaster",
        "phases",
        "guidelines",
        "links",
        "attachment_link",
        "language",
        "credit_organisation",
        "contacts_erased_at",
        "decline_reason",
        "reviewed_by",
        "reviewed_at",
        "practice_link",
        "created_at",
    )
    fieldsets = (
        (
            _("Moderation"),
            {
                "fields": (
                    "status",
                    "consent_to_publish",
                    "reviewer_notes",
                    "decline_reason",
                    ("reviewed_by", "reviewed_at"),
                    "practice_link",
                )
            },
        ),
        (
            _("Submitted by (personal data, never published)"),
            {
                "fields": (
                    "submitter_name",
                    "organisation",
                    "email",
                    "submitter_country",
                    "credit_organisation",
                    "contacts_erased_at",
                )
            },
        ),
        (
            _("The practice"),
            {
                "fields": (
                    "title",
                    "description",
                    "stakeholder_type",
                    "country",
                    ("crisis_conflict", "crisis_natural_disaster"),
                    "phases",
                    "guidelines",
                    "links",
                    "attachment_link",
                    "language",
                    "created_at",
                )
            },
        ),
    )

    def has_add_permission(self, request):
        return False

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:pk>/accept/", wrap(self.accept_view), name="practices_submission_accept"),
            path("<int:pk>/decline/", wrap(self.decline_view), name="practices_submission_decline"),
            path(
                "<int:pk>/attachment/",
                wrap(self.attachment_view),
                name="practices_submission_attachment",
            ),
            *super().get_urls(),
        ]

    @admin.display(description=_("attachment"))
    def attachment_link(self, obj):
        if not obj.attachment:
            return "—"
        url = reverse("admin:practices_submission_attachment", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Download the attachment"))

    @admin.display(description=_("repository practice"))
    def practice_link(self, obj):
        if not obj.practice_id:
            return "—"
        url = reverse("admin:practices_repositorypractice_change", args=[obj.practice_id])
        return format_html('<a href="{}">{}</a>', url, obj.practice)

    # Moderation steps: each calls a service, then reports in the admin's messages.

    @admin.action(description=_("Mark selected submissions as in review"))
    def start_review(self, request, queryset):
        for submission in queryset:
            submission_start_review(submission=submission, by=request.user)
        self.message_user(request, _("Marked as in review."), messages.SUCCESS)

    @admin.action(description=_("Accept selected submissions (create draft practices)"))
    def accept_selected(self, request, queryset):
        accepted = 0
        for submission in queryset:
            try:
                submission_accept(submission=submission, by=request.user)
                accepted += 1
            except SubmissionError as error:
                self.message_user(request, error.messages[0], messages.ERROR)
        if accepted:
            self.message_user(
                request,
                ngettext(
                    "%(count)d draft practice created. Complete and translate it before "
                    "publishing.",
                    "%(count)d draft practices created. Complete and translate them before "
                    "publishing.",
                    accepted,
                )
                % {"count": accepted},
                messages.SUCCESS,
            )

    # One person's data (the submitter's rights): every submission sent from the
    # selected submission's email address, whichever were selected.

    def _one_email(self, request, queryset):
        emails = {email.lower() for email in queryset.values_list("email", flat=True) if email}
        if len(emails) != 1:
            self.message_user(
                request,
                _(
                    "Select submissions from one person (one email address) whose contact "
                    "details have not been erased."
                ),
                messages.ERROR,
            )
            return None
        return emails.pop()

    @admin.action(
        description=_("Export the personal data of the person who sent this (JSON)"),
        permissions=["change"],
    )
    def export_person_data(self, request, queryset):
        email = self._one_email(request, queryset)
        if email is None:
            return None
        response = JsonResponse(
            person_data_export(email=email), json_dumps_params={"indent": 2, "ensure_ascii": False}
        )
        response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
        return response

    @admin.action(
        description=_("Erase the contact details of the person who sent this"),
        permissions=["delete"],
    )
    def erase_person_data(self, request, queryset):
        email = self._one_email(request, queryset)
        if email is None:
            return None
        if request.POST.get("confirm") != "yes":
            return TemplateResponse(
                request,
                "admin/practices/practicesubmission/erase_person.html",
                {
                    **self.admin_site.each_context(request),
                    "title": _("Erase a person's contact details"),
                    "opts": self.model._meta,
                    "email": email,
                    "submissions": PracticeSubmission.objects.of_person(email),
                    "selected": queryset.values_list("pk", flat=True),
                    "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                },
            )
        erased = person_data_erase(email=email)
        self.message_user(
            request,
            ngettext(
                "The contact details of %(count)d submission were erased.",
                "The contact details of %(count)d submissions were erased.",
                erased,
            )
            % {"count": erased},
            messages.SUCCESS,
        )
        return None

    def _submission_or_403(self, request, pk):
        submission = get_object_or_404(PracticeSubmission, pk=pk)
        if not self.has_change_permission(request, submission):
            raise PermissionDenied
        return submission

    def accept_view(self, request, pk):
        submission = self._submission_or_403(request, pk)
        if request.method == "POST":
            try:
                practice = submission_accept(submission=submission, by=request.user)
            except SubmissionError as error:
                self.message_user(request, error.messages[0], messages.ERROR)
                return HttpResponseRedirect(
                    reverse("admin:practices_practicesubmission_change", args=[pk])
                )
            self.message_user(
                request,
                _(
                    "A draft practice was created from this submission. Complete and "
                    "translate it before publishing."
                ),
                messages.SUCCESS,
            )
            return HttpResponseRedirect(
                reverse("admin:practices_repositorypractice_change", args=[practice.pk])
            )
        return TemplateResponse(
            request,
            "admin/practices/practicesubmission/accept.html",
            {**self.admin_site.each_context(request), **self._step_context(submission)},
        )

    def decline_view(self, request, pk):
        submission = self._submission_or_403(request, pk)
        form = DeclineForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                submission_decline(
                    submission=submission, by=request.user, reason=form.cleaned_data["reason"]
                )
            except SubmissionError as error:
                self.message_user(request, error.messages[0], messages.ERROR)
            else:
                self.message_user(request, _("The submission was declined."), messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:practices_practicesubmission_changelist"))
        return TemplateResponse(
            request,
            "admin/practices/practicesubmission/decline.html",
            {
                **self.admin_site.each_context(request),
                **self._step_context(submission),
                "form": form,
            },
        )

    def attachment_view(self, request, pk):
        """Attachments are private: only staff who may see the submission can download it."""
        submission = self._submission_or_403(request, pk)
        if not submission.attachment:
            raise Http404
        return FileResponse(submission.attachment.open("rb"), as_attachment=True)

    def _step_context(self, submission):
        return {
            "title": submission.title,
            "submission": submission,
            "opts": self.model._meta,
            "original": submission,
        }
