"""The kit builder's form: a GET form, so a kit has a shareable address."""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _


@dataclass
class KitChoice:
    """A valid choice of role, phases and language: what one kit holds."""

    role: object
    phases: list
    language: str

    @property
    def phase_keys(self):
        return [phase.key for phase in self.phases]

    @property
    def key(self):
        """Names the kit's files: the role, then the phases in their order."""
        return f"{self.role.key}__{'_'.join(self.phase_keys)}"

    def get_absolute_url(self):
        query = [("role", self.role.key), *(("phase", key) for key in self.phase_keys)]
        query.append(("language", self.language))
        return f"{reverse('handbook:kit')}?{urlencode(query)}"


class KitForm(forms.Form):
    role = forms.ChoiceField(label=_("Your role"))
    phase = forms.MultipleChoiceField(label=_("Crisis phases"), widget=forms.CheckboxSelectMultiple)
    language = forms.ChoiceField(label=_("Language of the kit"), choices=settings.LANGUAGES)

    def __init__(self, *args, stakeholder_types, phases, **kwargs):
        """`stakeholder_types` and `phases` are lists (read once by the view)."""
        super().__init__(*args, **kwargs)
        self.stakeholder_types = {item.key: item for item in stakeholder_types}
        self.phases = phases
        self.fields["role"].choices = [
            (item.key, f"— {item.name}" if item.parent_id else item.name)
            for item in stakeholder_types
        ]
        self.fields["phase"].choices = [(phase.key, phase.name) for phase in phases]

    def kit(self):
        """The KitChoice of valid data (call after is_valid())."""
        chosen = set(self.cleaned_data["phase"])
        return KitChoice(
            role=self.stakeholder_types[self.cleaned_data["role"]],
            phases=[phase for phase in self.phases if phase.key in chosen],
            language=self.cleaned_data["language"],
        )
