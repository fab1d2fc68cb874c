"""
The API's response and parameter schemas (Pydantic, through django-ninja):
they generate the OpenAPI document and validate every parameter.
"""

from datetime import date, datetime

from django.conf import settings
from ninja import Field, Schema
from pydantic import create_model, field_validator

from practices.models import CrisisType, PracticeType

# One property per site language, e.g. {"en": "...", "fr": null}.
Texts = create_model(
    "Texts",
    __base__=Schema,
    **{code: (str | None, None) for code, _name in settings.LANGUAGES},
)
Urls = create_model(
    "Urls",
    __base__=Schema,
    **{code: (str, ...) for code, _name in settings.LANGUAGES},
)


class Item(Schema):
    id: int
    missing_translations: dict[str, list[str]] = Field(
        description="Per language other than English: the fields (and files) not yet "
        "translated; readers of that language get the English ones."
    )
    urls: Urls = Field(description="The item's page in each language.")
    updated_at: datetime


class Page(Schema):
    count: int
    page: int
    page_size: int
    next: str | None = Field(description="The next page's address, null on the last page.")
    previous: str | None


class Phase(Schema):
    key: str
    order: int
    name: Texts
    description: Texts
    guidelines: list[int] = Field(description="Numbers of its published guidelines.")


class PhaseList(Page):
    results: list[Phase]


class Principle(Item):
    number: int
    title: Texts
    short_label: Texts
    body: Texts


class PrincipleList(Page):
    results: list[Principle]


class Stakeholder(Schema):
    key: str
    name: Texts
    parent: str | None = Field(description="The key of the broader type, if any.")


class GuidelinePractice(Schema):
    id: int
    title: Texts
    body: Texts
    missing_translations: dict[str, list[str]]
    updated_at: datetime


class StakeholderPractices(Schema):
    stakeholder: Stakeholder
    practices: list[GuidelinePractice]


class Guideline(Item):
    number: int
    phase: str = Field(description="The key of its crisis phase.")
    title: Texts
    short_label: Texts
    thematic_area: Texts
    summary: Texts
    body: Texts
    practices_by_stakeholder: list[StakeholderPractices]


class GuidelineList(Page):
    results: list[Guideline]


class Link(Schema):
    url: str
    title: str


class Practice(Item):
    title: Texts
    description: Texts
    stakeholder_name: Texts
    practice_type: PracticeType
    crisis_types: list[CrisisType]
    countries: list[str] = Field(description="ISO 3166 alpha-2 codes.")
    regions: list[str] = Field(description="UN M49 sub-region codes of the countries.")
    guidelines: list[int]
    phases: list[str]
    stakeholder_types: list[str]
    related_links: dict[str, list[Link]]
    start_year: int | None
    end_year: int | None
    source: str
    is_example: bool = Field(description="An invented, illustrative example.")


class PracticeList(Page):
    results: list[Practice]


class File(Schema):
    language: str
    url: str
    format: str
    media_type: str
    size: int = Field(description="In bytes.")
    sha256: str


class Tool(Item):
    slug: str
    title: Texts
    description: Texts
    files: list[File]


class Factsheet(Item):
    kind: str
    published_on: date
    title: Texts
    summary: Texts
    body: Texts
    guidelines: list[int]
    tools: list[Tool]


class FactsheetList(Page):
    results: list[Factsheet]


class Document(Item):
    slug: str
    kind: str
    title: Texts
    description: Texts
    files: list[File]


class Consultation(Item):
    kind: str
    region: str
    title: Texts
    summary: Texts
    body: Texts
    city: Texts
    country: str | None
    start_date: date | None
    end_date: date | None
    organisers: Texts
    funders: Texts
    participants: Texts
    held_alongside: int | None = Field(description="The id of the paired meeting, if public.")
    guidelines: list[int]
    documents: list[Document]


class ConsultationList(Page):
    results: list[Consultation]


class Error(Schema):
    error: str
    detail: list[dict]


# Parameters -------------------------------------------------------------------


class Paging(Schema):
    page: int = Field(1, ge=1, description="The page number, from 1.")
    page_size: int = Field(50, ge=1, le=100, description="Items per page, at most 100.")


class PracticeFilters(Paging):
    """The repository page's filters, with the same names; values within one
    parameter are alternatives (OR), parameters narrow each other (AND)."""

    guideline: list[int] = Field([], description="Guideline numbers (1-15).")
    phase: list[str] = Field([], description="Crisis phase keys (see /phases).")
    stakeholder: list[str] = Field(
        [], description="Stakeholder type keys; a broad type includes its narrower ones."
    )
    crisis: list[CrisisType] = Field([], description="Types of crisis.")
    country: list[str] = Field([], description="ISO 3166 alpha-2 country codes.")
    region: list[str] = Field([], description="UN M49 sub-region codes, e.g. 011.")
    type: list[PracticeType] = Field([], description="Types of practice.")
    year: list[int] = Field(
        [], description="Years in which the practice ran (from its start to its end year)."
    )

    @field_validator("guideline")
    @classmethod
    def _guidelines(cls, values):
        for value in values:
            if not 1 <= value <= 15:
                raise ValueError("a guideline number is from 1 to 15")
        return values

    @field_validator("year")
    @classmethod
    def _years(cls, values):
        for value in values:
            if not 1900 <= value <= 2100:
                raise ValueError("a year is from 1900 to 2100")
        return values

    @field_validator("country")
    @classmethod
    def _countries(cls, values):
        from django_countries import countries

        values = [value.strip().upper() for value in values]
        for value in values:
            if value not in countries:
                raise ValueError(f"{value!r} is not an ISO 3166 alpha-2 country code")
        return values

    @field_validator("region")
    @classmethod
    def _regions(cls, values):
        from practices import regions

        values = [value.strip() for value in values]
        for value in values:
            if not regions.is_region(value):
                raise ValueError(f"{value!r} is not a UN M49 sub-region code")
        return values

    @field_validator("phase", "stakeholder")
    @classmethod
    def _keys(cls, values):
        return [value.strip().lower() for value in values]
