from django import forms
from django.utils.translation import gettext_lazy as _

from consultations.models import Consultation, Region


class ConsultationFilterForm(forms.Form):
    """The timeline's filters (GET). Unknown values are dropped, never an error page."""

    kind = forms.ChoiceField(
        label=_("Kind of consultation"),
        required=False,
        choices=[("", _("All kinds")), *Consultation.Kind.choices],
    )
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All regions")), *Region.choices]
    )

    def filters(self):
        """The valid filters only: an invalid value is ignored, the rest still applies."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def filter(self, queryset):
        return queryset.filter(**self.filters())
