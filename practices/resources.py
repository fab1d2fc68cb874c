"""
The repository of practices as a table (django-import-export), in the active
language: what the CSV/XLSX exports write, and what the bulk import will read.
"""

from import_export import fields, resources

from practices import regions
from practices.models import RepositoryPractice


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
