from collections import defaultdict

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


class StakeholderFilterForm(forms.Form):
    """The overview's "show me what concerns …" filter, a plain GET form.

    Choices come from stakeholder types the view has already loaded, so
    validating a value costs no query. Parents are listed as groups whose
    first option selects the whole group ("States (all types)").
    """

    stakeholder = forms.ChoiceField(
        label=_("Show the guidelines with practices for"),
        required=False,
        error_messages={
            "invalid_choice": _(
                "We do not know the stakeholder type “%(value)s”. "
                "Choose one from the list; all guidelines are shown meanwhile."
            )
        },
    )

    def __init__(self, data=None, *, stakeholder_types):
        super().__init__(data)
        self.stakeholder_types = {stakeholder.key: stakeholder for stakeholder in stakeholder_types}
        self.fields["stakeholder"].choices = self._choices(stakeholder_types)

    @staticmethod
    def _choices(stakeholder_types):
        children = defaultdict(list)
        for stakeholder in stakeholder_types:
            if stakeholder.parent_id:
                children[stakeholder.parent_id].append(stakeholder)
        choices = [("", _("All stakeholders"))]
        for stakeholder in stakeholder_types:
            if stakeholder.parent_id:
                continue
            if kids := children[stakeholder.pk]:
                group = [(stakeholder.key, format_lazy(_("{name} (all types)"), name=stakeholder))]
                group += [(kid.key, kid.name) for kid in kids]
                choices.append((stakeholder.name, group))
            else:
                choices.append((stakeholder.key, stakeholder.name))
        return choices

    @property
    def selected_has_children(self):
        selected = self.selected
        return selected is not None and any(
            stakeholder.parent_id == selected.pk for stakeholder in self.stakeholder_types.values()
        )

    @property
    def selected(self):
        """The chosen StakeholderType, or None (no choice, or an invalid one)."""
        if not self.is_valid():
            return None
        return self.stakeholder_types.get(self.cleaned_data["stakeholder"])
