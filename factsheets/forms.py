from django import forms
from django.utils.translation import gettext_lazy as _

from documents.files import document_languages, language_name_local, page_order
from factsheets.models import Factsheet


class FactsheetFilterForm(forms.Form):
    """The list's facets (GET). Unknown values are dropped, never an error page."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    language = forms.ChoiceField(label=_("Tool available in"), required=False)

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("All kinds")), *Factsheet.Kind.choices]
        self.fields["year"].choices = [("", _("All years")), *((y, y) for y in years)]
        self.fields["language"].choices = [
            ("", _("Any language")),
            *((code, language_name_local(code)) for code in page_order(document_languages())),
        ]

    def filters(self):
        """The valid filters only: an invalid value is ignored, the rest still applies."""
        if not self.is_valid() and not self.is_bound:
            return {}
        return {name: value for name, value in self.cleaned_data.items() if value}

    def filter(self, queryset):
        filters = self.filters()
        if kind := filters.get("kind"):
            queryset = queryset.filter(kind=kind)
        if year := filters.get("year"):
            queryset = queryset.filter(published_on__year=year)
        if language := filters.get("language"):
            queryset = queryset.with_file_in(language)
        return queryset
