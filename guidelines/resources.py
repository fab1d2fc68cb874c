"""
The MICIC framework as tables (django-import-export): principles, guidelines
and their practices, in the active language, with the same columns so that
the three stack into one CSV.
"""

from import_export import fields, resources

from guidelines.models import Guideline, GuidelinePractice, Principle

COLUMNS = ("section", "number", "phase", "stakeholder_type", "title", "short_label", "text", "url")


class _FrameworkResource(resources.ModelResource):
    section = fields.Field(column_name="section")
    number = fields.Field(column_name="number")
    phase = fields.Field(column_name="phase")
    stakeholder_type = fields.Field(column_name="stakeholder_type")
    title = fields.Field(attribute="title", column_name="title")
    short_label = fields.Field(column_name="short_label")
    text = fields.Field(column_name="text")
    url = fields.Field(column_name="url")

    section_name = ""

    def __init__(self, *, base_url="", **kwargs):
        super().__init__(**kwargs)
        self.base_url = base_url

    def dehydrate_section(self, obj):
        return self.section_name

    def dehydrate_number(self, obj):
        return obj.number

    def dehydrate_phase(self, obj):
        return ""

    def dehydrate_stakeholder_type(self, obj):
        return ""

    def dehydrate_short_label(self, obj):
        return obj.short_label

    def dehydrate_text(self, obj):
        return obj.body

    def dehydrate_url(self, obj):
        return f"{self.base_url}{obj.get_absolute_url()}"


class PrincipleResource(_FrameworkResource):
    section_name = "principle"

    class Meta:
        model = Principle
        fields = COLUMNS
        export_order = COLUMNS


class GuidelineResource(_FrameworkResource):
    section_name = "guideline"

    class Meta:
        model = Guideline
        fields = COLUMNS
        export_order = COLUMNS

    def dehydrate_phase(self, guideline):
        return guideline.phase.name

    def dehydrate_text(self, guideline):
        return "\n\n".join(part for part in (guideline.summary, guideline.body) if part)


class GuidelinePracticeResource(_FrameworkResource):
    """A practice of the Guidelines: its number is its guideline's."""

    section_name = "practice"

    class Meta:
        model = GuidelinePractice
        fields = COLUMNS
        export_order = COLUMNS

    def dehydrate_number(self, practice):
        return practice.guideline.number

    def dehydrate_phase(self, practice):
        return practice.guideline.phase.name

    def dehydrate_stakeholder_type(self, practice):
        return practice.stakeholder_type.name

    def dehydrate_short_label(self, practice):
        return ""
