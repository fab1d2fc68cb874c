from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from documents.files import document_languages, language_name_local, page_order
from toolkit.models import Audience


class ToolkitFilterForm(forms.Form):
    """The toolkit page's filters (GET). An unknown value is ignored with one
    notice, never an error page."""

    audience = forms.ChoiceField(label=_("For"), required=False)
    guideline = forms.TypedChoiceField(
        label=_("Guideline"), required=False, coerce=int, empty_value=None
    )
    language = forms.ChoiceField(label=_("Available in"), required=False)

    def __init__(self, *args, guidelines=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.guidelines = guidelines
        self.fields["audience"].choices = [
            ("", _("Home and host countries")),
            (Audience.HOME, _("Home countries")),
            (Audience.HOST, _("Host countries")),
        ]
        self.fields["guideline"].choices = [
            ("", _("All guidelines")),
            *(
                (
                    guideline.number,
                    gettext("Guideline %(number)s: %(title)s")
                    % {"number": guideline.number, "title": guideline.short_label},
                )
                for guideline in guidelines
            ),
        ]
        self.fields["language"].choices = [
            ("", _("Any language")),
            *((code, language_name_local(code)) for code in page_order(document_languages())),
        ]

    def filters(self):
        """The valid filters only: an invalid value is dropped, the others still apply."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    @property
    def ignored(self):
        return self.is_bound and bool(self.errors)

    def filter(self, queryset):
        filters = self.filters()
        if audience := filters.get("audience"):
            queryset = queryset.for_audience(audience)
        if number := filters.get("guideline"):
            queryset = queryset.filter(guidelines__number=number)
        if language := filters.get("language"):
            queryset = queryset.with_file_in(language)
        return queryset
