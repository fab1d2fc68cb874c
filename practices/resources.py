"""
The repository of practices as a table (django-import-export), in the active
language: what the CSV/XLSX exports write, and what the bulk import will read.
"""

from pathlib import Path

import tablib
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _lazy
from django_countries import countries
from import_export import fields, resources, widgets

from editorial.models import Status
from editorial.services import revision_snapshot
from editorial.signals import publication_changed
from guidelines.models import CrisisPhase, Guideline, StakeholderType
from practices import regions
from practices.models import (
    CrisisType,
    PracticeCountry,
    PracticeType,
    RepositoryPractice,
    Source,
)


def _names(items):
    return "; ".join(str(item) for item in items)


class RepositoryPracticeResource(resources.ModelResource):
    """One row per practice. Text in the active language (English where a
    translation is missing); related values joined with "; ". Reads the
    prefetched relations only."""

    title = fields.Field(attribute="title", column_name="title")
    description = fields.Field(attribute="description", column_name="description")
    stakeholder_name = fields.Field(attribute="stakeholder_name", column_name="stakeholder_name")
    practice_type = fields.Field(column_name="practice_type")
    stakeholder_types = fields.Field(column_name="stakeholder_types")
    crisis_types = fields.Field(column_name="crisis_types")
    phases = fields.Field(column_name="phases")
    guidelines = fields.Field(column_name="guidelines")
    countries = fields.Field(column_name="countries")
    country_codes = fields.Field(column_name="country_codes")
    regions = fields.Field(column_name="regions")
    related_links = fields.Field(attribute="related_links", column_name="related_links")
    url = fields.Field(column_name="url")

    class Meta:
        model = RepositoryPractice
        fields = (
            "id",
            "title",
            "description",
            "stakeholder_name",
            "practice_type",
            "stakeholder_types",
            "crisis_types",
            "phases",
            "guidelines",
            "countries",
            "country_codes",
            "regions",
            "start_year",
            "end_year",
            "related_links",
            "is_example",
            "url",
        )
        export_order = fields

    def __init__(self, *, base_url="", **kwargs):
        super().__init__(**kwargs)
        self.base_url = base_url

    def dehydrate_practice_type(self, practice):
        return practice.get_practice_type_display()

    def dehydrate_stakeholder_types(self, practice):
        return _names(practice.stakeholder_types.all())

    def dehydrate_crisis_types(self, practice):
        return _names(kind.label for kind in practice.crisis_types)

    def dehydrate_phases(self, practice):
        return _names(practice.phases.all())

    def dehydrate_guidelines(self, practice):
        return _names(guideline.number for guideline in practice.guidelines.all())

    def dehydrate_countries(self, practice):
        return _names(country.name for country in practice.country_list)

    def dehydrate_country_codes(self, practice):
        return _names(country.code for country in practice.country_list)

    def dehydrate_regions(self, practice):
        codes = {regions.region_of(country.code) for country in practice.country_list}
        return _names(sorted(regions.region_name(code) for code in codes if code))

    def dehydrate_url(self, practice):
        return f"{self.base_url}{practice.get_absolute_url()}"


# Bulk import -----------------------------------------------------------------

LIST_SEPARATOR = ";"
SAMPLE_FILE = Path(__file__).with_name("import_sample.csv")
# The columns of an import file, in the order of the sample file. Only
# title_en and description_en are required; a missing column leaves that
# value as it is (or empty for a new practice).
IMPORT_COLUMNS = (
    "id",
    "title_en",
    "title_fr",
    "description_en",
    "description_fr",
    "stakeholder_name_en",
    "stakeholder_name_fr",
    "practice_type",
    "stakeholder_types",
    "crisis_types",
    "phases",
    "guidelines",
    "countries",
    "start_year",
    "end_year",
    "source",
    "related_links_en",
    "related_links_fr",
)


def _items(value):
    """The entries of a cell listing several values ("SN; Philippines")."""
    return [part.strip() for part in str(value or "").split(LIST_SEPARATOR) if part.strip()]


def _folded(text):
    return str(text).strip().casefold()


def _choice_lookup(choices):
    """{folded key or label in each site language: value} for TextChoices."""
    lookup = {}
    for value, _label in choices.choices:
        lookup[_folded(value)] = value
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                lookup[_folded(choices(value).label)] = value
    return lookup


def country_code(name):
    """The ISO 3166 alpha-2 code of a country given by code (alpha-2, alpha-3,
    numeric) or by its English or French name; "" if there is none."""
    if code := countries.alpha2(name.upper() if len(name) <= 3 else ""):
        return code
    for code, _name in settings.LANGUAGES:
        if found := countries.by_name(name, language=code):
            return found
    return ""


class ListWidget(widgets.Widget):
    """A cell of values separated by ";", each resolved by `resolve` (which
    returns None for an unknown value). Unknown values are errors naming them."""

    def __init__(self, resolve, unknown_message):
        super().__init__()
        self.resolve = resolve
        self.unknown_message = unknown_message

    def clean(self, value, row=None, **kwargs):
        found, unknown = [], []
        for item in _items(value):
            resolved = self.resolve(item)
            (unknown if resolved is None else found).append(resolved if resolved else item)
        if unknown:
            raise ValueError(self.unknown_message % {"values": ", ".join(unknown)})
        return list(dict.fromkeys(found))


class ChoiceWidget(widgets.Widget):
    """A value of a TextChoices by its key or its English or French label."""

    def __init__(self, choices, default=None):
        super().__init__()
        self.choices = choices
        self.default = default

    def clean(self, value, row=None, **kwargs):
        if not str(value or "").strip():
            return self.default
        found = _choice_lookup(self.choices).get(_folded(value))
        if found is None:
            raise ValueError(
                gettext("Unknown value “%(value)s”. Use one of: %(allowed)s.")
                % {"value": value, "allowed": ", ".join(self.choices.values)}
            )
        return found


class RelationField(fields.Field):
    """A column of related values (countries, guidelines…): checked with the
    row, linked once the practice is saved (RepositoryPracticeImportResource
    .after_save_instance). Its column has the name of its attribute."""

    def __init__(self, name, resolve, unknown_message):
        super().__init__(
            attribute=name, column_name=name, widget=ListWidget(resolve, unknown_message)
        )

    def save(self, instance, row, is_m2m=False, **kwargs):
        if not hasattr(instance, "_import_relations"):
            instance._import_relations = {}
        instance._import_relations[self.attribute] = self.clean(row, **kwargs)


class RepositoryPracticeImportResource(resources.ModelResource):
    """The bulk import of repository practices (admin, "Import"): one row per
    practice, English and French side by side; related values by code,
    number or name, several separated by ";". A row with an `id` updates that
    practice; a row without one creates a draft. The import never publishes,
    unpublishes or deletes anything, and is all or nothing."""

    id = fields.Field(attribute="id", column_name="id", widget=widgets.IntegerWidget())
    practice_type = fields.Field(
        attribute="practice_type",
        column_name="practice_type",
        widget=ChoiceWidget(PracticeType, default=PracticeType.OTHER),
    )
    source = fields.Field(
        attribute="source",
        column_name="source",
        widget=ChoiceWidget(Source, default=Source.RESEARCH),
    )
    crisis_types = RelationField(
        "crisis_types",
        lambda item: _choice_lookup(CrisisType).get(_folded(item)),
        _lazy("Unknown crisis type: %(values)s. Use conflict or natural-disaster."),
    )
    countries = RelationField(
        "countries",
        lambda item: country_code(item) or None,
        _lazy("Unknown country: %(values)s. Give an ISO code or the English or French name."),
    )
    guidelines = RelationField(
        "guidelines",
        lambda item: Guideline.objects.filter(number=item).first() if item.isdigit() else None,
        _lazy("Unknown guideline number: %(values)s. Guidelines are numbered 1 to 15."),
    )
    phases = RelationField(
        "phases",
        lambda item: _named(CrisisPhase, item),
        _lazy("Unknown crisis phase: %(values)s."),
    )
    stakeholder_types = RelationField(
        "stakeholder_types",
        lambda item: _named(StakeholderType, item),
        _lazy("Unknown type of stakeholder: %(values)s."),
    )

    class Meta:
        model = RepositoryPractice
        fields = IMPORT_COLUMNS
        import_order = IMPORT_COLUMNS
        import_id_fields = ["id"]
        store_instance = True
        use_transactions = True
        clean_model_instances = True
        skip_unchanged = False
        # The preview shows `row_result.preview` (after_import_row): the
        # library's HTML diff uses inline styles, which the CSP refuses.
        skip_diff = True

    def before_import(self, dataset, **kwargs):
        """The id column is optional: a file of new practices needs none."""
        if "id" not in dataset.headers:
            dataset.append_col([""] * len(dataset), header="id")

    def get_or_init_instance(self, instance_loader, row):
        """A row with an id must name an existing practice (never create one
        under a number the editor typed)."""
        instance, new = super().get_or_init_instance(instance_loader, row)
        if new and (wanted := self.fields["id"].clean(row)) is not None:
            raise ValidationError(
                {"id": gettext("No practice has the id %(id)s.") % {"id": wanted}}
            )
        return instance, new

    def import_instance(self, instance, row, **kwargs):
        """Import the row's values, then check what the model cannot: the
        English text is required; slugs are made from the titles."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name in ("title_en", "description_en"):
            if name not in errors and not (getattr(instance, name) or "").strip():
                errors[name] = [gettext("The English text is required.")]
        for code, _name in settings.LANGUAGES:
            title = getattr(instance, f"title_{code}", "") or ""
            if title and not getattr(instance, f"slug_{code}", ""):
                setattr(instance, f"slug_{code}", slugify(title)[:200] or "practice")
        if instance.pk is None:
            # A new practice is a draft: publishing it is a Publisher's decision.
            instance.status = Status.DRAFT
        if errors:
            raise ValidationError(errors)

    def after_save_instance(self, instance, row, **kwargs):
        relations = getattr(instance, "_import_relations", {})
        if "crisis_types" in relations:
            instance.set_crisis_types(relations.pop("crisis_types"))
            instance.save(update_fields=["crisis_conflict", "crisis_natural_disaster"])
        for name in ("guidelines", "phases", "stakeholder_types"):
            if name in relations:
                getattr(instance, name).set(relations[name])
        if "countries" in relations:
            # One statement each way; the search index follows at the end of the import.
            instance.countries.exclude(country__in=relations["countries"]).delete()
            PracticeCountry.objects.bulk_create(
                [
                    PracticeCountry(practice=instance, country=code)
                    for code in relations["countries"]
                ],
                ignore_conflicts=True,
            )

    def after_import_row(self, row, row_result, **kwargs):
        """What the dry run shows for a row that will be imported."""
        instance = row_result.instance
        if instance is None:
            return
        relations = getattr(instance, "_import_relations", {})
        row_result.preview = {
            "id": instance.pk if row_result.import_type == row_result.IMPORT_TYPE_UPDATE else "",
            "title_en": instance.title_en,
            "title_fr": instance.title_fr or "",
            "countries": ", ".join(relations.get("countries", ())),
            "guidelines": ", ".join(str(g.number) for g in relations.get("guidelines", ())),
            "status": instance.get_status_display(),
        }

    def after_import(self, dataset, result, **kwargs):
        """Once every row is in: a revision of each imported practice (their
        history starts here) and the search index brought up to date (the
        countries were written without signals)."""
        if kwargs.get("dry_run") or result.has_errors() or result.has_validation_errors():
            return
        pks = [row.object_id for row in result.rows if row.object_id is not None]
        practices = RepositoryPractice.objects.filter(pk__in=pks)
        revision_snapshot(
            objects=practices,
            user=kwargs.get("user"),
            comment=gettext("Imported from the file %(name)s.")
            % {"name": kwargs.get("file_name") or "?"},
        )
        publication_changed.send(sender=RepositoryPractice, pks=pks)


def _named(model, item):
    """A crisis phase or stakeholder type by its key or its name in a site language."""
    folded = _folded(item)
    for obj in model.objects.all():
        names = {_folded(obj.key)}
        names.update(
            _folded(getattr(obj, f"name_{code}", "") or "") for code, _name in settings.LANGUAGES
        )
        if folded in names:
            return obj
    return None


def sample_dataset():
    """The sample file offered on the import page (practices/import_sample.csv:
    the columns and two illustrative rows to replace), as a tablib Dataset."""
    dataset = tablib.Dataset()
    dataset.load(SAMPLE_FILE.read_text(encoding="utf-8"), format="csv")
    return dataset
