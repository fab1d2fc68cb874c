from django import forms
from django.utils.translation import gettext_lazy as _

from search import registry
from search.text import clean

# Longer queries are cut to this many characters (at a word boundary) and a
# note says so: nobody types more, and it bounds the work a query can cause.
MAX_QUERY_LENGTH = 200


class QueryField(forms.CharField):
    """Free text, with control characters (a NUL byte among them) removed
    rather than refused: a stray one should not cost the visitor a search."""

    def to_python(self, value):
        return clean(super().to_python(value))


class SearchForm(forms.Form):
    q = QueryField(
        label=_("Search the portal"),
        required=False,
        strip=True,
        # No max_length here: a long query is shortened, not refused (clean_q).
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    type = forms.ChoiceField(label=_("Type"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("All types"))] + [
            (item.kind, item.kind_label) for item in registry.indexed()
        ]
        self.fields["type"].error_messages["invalid_choice"] = _(
            "There is no type “%(value)s” to search; results of every type are shown."
        )
        self.shortened = False

    def clean_q(self):
        query = self.cleaned_data["q"]
        if len(query) > MAX_QUERY_LENGTH:
            cut = query[:MAX_QUERY_LENGTH]
            query = cut.rsplit(" ", 1)[0] if " " in cut else cut
            self.shortened = True
        return query

    @property
    def query(self):
        return self.cleaned_data.get("q", "") if hasattr(self, "cleaned_data") else ""

    @property
    def kind(self):
        if not hasattr(self, "cleaned_data"):
            return None
        return self.cleaned_data.get("type") or None
