"""
Faceted browsing of the repository of practices.

Filters arrive as plain GET parameters (`?phase=preparedness&country=SN`), so
any filtered view is a shareable URL. Within one facet the chosen values are
alternatives (OR); different facets narrow each other down (AND).

Every option shows how many practices it would give, counted with the
*other* facets applied. Each facet counts its options with a grouped
`Count` over the practices the other facets allow (taxonomies from their own
table, so options matching nothing still show with their labels); the
facets' counts and the total are combined with `union()` into ONE query. The
page of practices is one more (plus the listing's prefetch).

Values that are malformed or unknown are dropped and reported (never an
error): `PracticeFilters.ignored` lists them for the page to explain.
"""

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db import connection
from django.db.models import Case, CharField, Count, F, IntegerField, Q, Value, When
from django.db.models.functions import Cast, Coalesce, Collate, Lower, NullIf
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from modeltranslation.utils import build_localized_fieldname

from guidelines.models import CrisisPhase, Guideline, StakeholderType
from practices import regions
from practices.models import CrisisType, PracticeCountry, PracticeType, RepositoryPractice

SLUG = re.compile(r"^[-a-z0-9]{1,60}$")
# The columns every part of the counting query yields, in this order.
# (Prefixed, as they must not clash with the names of the models' fields.)
COLUMNS = (
    "row_facet",
    "row_value",
    "row_n",
    "row_label_en",
    "row_label",
    "row_parent",
    "row_position",
)


def _sort_key(text):
    """Alphabetical order that ignores accents and case (Égypte among the E's)."""
    text = str(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text.casefold()


def _localized(name):
    """(English field, field in the active language) of a translated field."""
    language = translation.get_language()
    return F(build_localized_fieldname(name, "en")), F(build_localized_fieldname(name, language))


def _counted(queryset, facet, value, n, *, label_en=None, label=None, parent=None, position=0):
    """`queryset` grouped by `value` (and the labels), counted by `n`, as COLUMNS."""

    def expression(item, output_field):
        if hasattr(item, "resolve_expression"):
            return item
        return Value(item, output_field=output_field)

    text, number = CharField(), IntegerField()
    if hasattr(queryset, "rewrite"):
        # modeltranslation's values() would reorder the columns (a union pairs
        # them by position).
        queryset = queryset.rewrite(False)
    return (
        queryset.order_by()
        .annotate(
            row_facet=Value(facet, output_field=text),
            row_value=expression(value, text),
            row_label_en=expression(label_en, text),
            row_label=expression(label, text),
            row_parent=expression(parent, text),
            row_position=expression(position, number),
        )
        .values(*(name for name in COLUMNS if name != "row_n"))
        .annotate(row_n=n)
        .values_list(*COLUMNS)
    )


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool = False
    level: int = 0
    lang: str | None = None  # set when the label is shown in English for lack of a translation


@dataclass
class FacetResult:
    param: str
    legend: str
    options: list[Option]
    selected: list[str] = field(default_factory=list)

    @property
    def is_active(self):
        return bool(self.selected)

    @property
    def selected_options(self):
        return [option for option in self.options if option.selected]


@dataclass
class Entry:
    """One option as the counting query has it."""

    value: str
    count: int = 0
    label_en: str = ""
    label: str = ""
    parent: str | None = None
    position: int = 0


class Facet:
    """One way of narrowing the repository down; subclasses say how."""

    param = ""
    legend = ""
    # True when every option is listed (a short, fixed taxonomy), False when only
    # options that match something (or are selected) are worth showing.
    list_all = True
    # For a facet over a taxonomy table: values outside it are reported as ignored.
    is_taxonomy = False

    def normalize(self, raw):
        """The canonical form of one raw GET value, or None if it cannot be valid."""
        raise NotImplementedError

    def matching(self, values):
        """A Q for the practices with any of `values`."""
        raise NotImplementedError

    def counts(self, practices):
        """Rows of COLUMNS: each value of this facet with its number of `practices`."""
        raise NotImplementedError

    def entries(self, rows):
        """The options to list, [Entry] in their order, from the counting
        query's rows ({facet: [rows]})."""
        return [Entry(value, n) for value, n, *_labels in rows[self.param]]

    def label_for(self, value):
        return value

    def build(self, rows, selected):
        """This facet's options from the counting query's rows."""
        entries = self.entries(rows)
        options = [self._option(entry, entry.value in selected) for entry in entries]
        seen = {entry.value for entry in entries}
        for value in selected:
            if value not in seen:  # chosen but matching nothing now: still show it, to remove it
                options.append(Option(value, self.label_for(value), 0, selected=True))
        if not self.list_all:
            options = [option for option in options if option.count or option.selected]
        return self.sort(options, entries)

    def _option(self, entry, selected):
        label, lang = entry.label, None
        if not label and entry.label_en:
            label, lang = entry.label_en, "en"
        return Option(
            entry.value, label or self.label_for(entry.value), entry.count, selected, lang=lang
        )

    def sort(self, options, entries):
        order = {entry.value: entry.position for entry in entries}
        return sorted(options, key=lambda option: order.get(option.value, 0))


def _practices_with(**lookups):
    """A Q for practices matching `lookups` through a many-to-many relation, as
    a subquery, so a practice with several matching links is listed once."""
    return Q(pk__in=RepositoryPractice.objects.filter(**lookups).values("pk"))


class _TaxonomyFacet(Facet):
    """A facet over a taxonomy table: every entry is an option, with its label."""

    is_taxonomy = True
    # The entry's value, translated label and position, and its parent's value.
    value = F("key")
    label_field = "name"
    position = F("order")
    parent = None

    def taxonomy(self):
        raise NotImplementedError

    def counts(self, practices):
        label_en, label = _localized(self.label_field)
        return [
            _counted(
                self.taxonomy(),
                self.param,
                self.value,
                Count("repository_practices", filter=Q(repository_practices__in=practices)),
                label_en=label_en,
                label=label,
                parent=self.parent,
                position=self.position,
            )
        ]

    def normalize(self, raw):
        raw = raw.strip().lower()
        return raw if SLUG.match(raw) else None

    def entries(self, rows):
        return [Entry(*row) for row in rows[self.param]]


class GuidelineFacet(_TaxonomyFacet):
    """Published guidelines only; a practice linked to an unpublished one
    counts under the others it has."""

    param = "guideline"
    legend = _("Guideline / thematic area")

    def normalize(self, raw):
        raw = raw.strip()
        return str(int(raw)) if raw.isdigit() and 0 < int(raw) < 100 else None

    def matching(self, values):
        return _practices_with(
            guidelines__in=Guideline.objects.published(), guidelines__number__in=values
        )

    value = Cast("number", CharField())
    label_field = "thematic_area"
    position = F("number")

    def taxonomy(self):
        return Guideline.objects.published()

    def _option(self, entry, selected):
        option = super()._option(entry, selected)
        option.label = f"{entry.value}. {option.label}"
        return option


class PhaseFacet(_TaxonomyFacet):
    param = "phase"
    legend = _("Crisis phase")

    def matching(self, values):
        return _practices_with(phases__key__in=values)

    def taxonomy(self):
        return CrisisPhase.objects.all()


class StakeholderFacet(_TaxonomyFacet):
    """Stakeholder types form a two-level tree: choosing "States" includes host,
    origin and transit States, and its count includes theirs (each practice once)."""

    param = "stakeholder"
    legend = _("Type of stakeholder")

    def matching(self, values):
        return _practices_with(stakeholder_types__key__in=values) | _practices_with(
            stakeholder_types__parent__key__in=values
        )

    parent = F("parent__key")

    def taxonomy(self):
        return StakeholderType.objects.all()

    def counts(self, practices):
        return [
            # Every type with its own practices...
            *super().counts(practices),
            # ...and each top-level type with its own and its children's, once each.
            _counted(
                practices.filter(stakeholder_types__isnull=False),
                f"{self.param}-tree",
                Coalesce("stakeholder_types__parent__key", "stakeholder_types__key"),
                Count("pk", distinct=True),
            ),
        ]

    def entries(self, rows):
        own = super().entries(rows)
        tree = {value: n for value, n, *_labels in rows[f"{self.param}-tree"]}
        for entry in own:
            if entry.parent is None:
                entry.count = tree.get(entry.value, 0)
        return own

    def sort(self, options, entries):
        info = {entry.value: (entry.position, entry.parent) for entry in entries}

        def key(option):
            position, parent = info.get(option.value, (0, None))
            if parent is None:
                return (position, 0, 0)
            return (info.get(parent, (0, None))[0], 1, position)

        for option in options:
            option.level = 1 if info.get(option.value, (0, None))[1] else 0
        return sorted(options, key=key)


class _ChoicesFacet(Facet):
    """A facet over TextChoices: options are validated and labelled without a query."""

    choices = None

    def normalize(self, raw):
        raw = raw.strip().lower()
        return raw if raw in self.choices.values else None

    def label_for(self, value):
        return self.choices(value).label

    def entries(self, rows):
        counts = {value: n for value, n, *_labels in rows[self.param]}
        return [Entry(value, counts.get(value, 0)) for value in self.choices.values]

    def sort(self, options, entries):
        order = list(self.choices.values)
        return sorted(options, key=lambda option: order.index(option.value))


class CrisisFacet(_ChoicesFacet):
    """Each crisis type is a boolean column of the practice."""

    param = "crisis"
    legend = _("Type of crisis")
    choices = CrisisType

    def matching(self, values):
        fields = RepositoryPractice.CRISIS_FIELDS
        return Q.create([(fields[value], True) for value in values], connector=Q.OR)

    def counts(self, practices):
        return [
            _counted(practices, self.param, kind.value, Count("pk", filter=Q(**{column: True})))
            for kind, column in RepositoryPractice.CRISIS_FIELDS.items()
        ]


class PracticeTypeFacet(_ChoicesFacet):
    param = "type"
    legend = _("Type of practice")
    choices = PracticeType
    list_all = False

    def matching(self, values):
        return Q(practice_type__in=values)

    def counts(self, practices):
        return [_counted(practices, self.param, F("practice_type"), Count("pk"))]


class _PlaceFacet(Facet):
    """Countries and regions: only those with practices are listed, alphabetically."""

    list_all = False

    def sort(self, options, entries):
        return sorted(options, key=lambda option: _sort_key(option.label))

    def _countries(self, practices):
        return PracticeCountry.objects.filter(practice__in=practices)


class CountryFacet(_PlaceFacet):
    param = "country"
    legend = _("Country")

    def normalize(self, raw):
        raw = raw.strip().upper()
        return raw if len(raw) == 2 and raw in countries else None

    def label_for(self, value):
        return countries.name(value) or value

    def matching(self, values):
        return _practices_with(countries__country__in=values)

    def counts(self, practices):
        return [_counted(self._countries(practices), self.param, F("country"), Count("practice"))]


class RegionFacet(_PlaceFacet):
    """The UN M49 sub-region of each country (see practices.regions), derived
    from the countries, never stored: a practice in two countries of one
    region counts once."""

    param = "region"
    legend = _("Region")

    def normalize(self, raw):
        raw = raw.strip().upper()
        return raw if regions.is_region(raw) else None

    def label_for(self, value):
        return regions.region_name(value)

    def matching(self, values):
        codes = [code for value in values for code in regions.countries_by_region()[value]]
        return _practices_with(countries__country__in=codes)

    def counts(self, practices):
        region = Case(
            *(
                When(country__in=codes, then=Value(region))
                for region, codes in regions.countries_by_region().items()
            ),
            output_field=CharField(),
        )
        return [
            _counted(
                self._countries(practices), self.param, region, Count("practice", distinct=True)
            )
        ]


FACETS = (
    GuidelineFacet(),
    PhaseFacet(),
    StakeholderFacet(),
    CrisisFacet(),
    RegionFacet(),
    CountryFacet(),
    PracticeTypeFacet(),
)


def _title_order():
    """Practices by title in the page language (English when it has none),
    ignoring case, and on PostgreSQL accents too (Égypte among the E's)."""
    title_en, title = _localized("title")
    title = Coalesce(NullIf(title, Value("")), title_en)
    if connection.vendor == "postgresql":
        # ICU's root collation: accents and case only break ties.
        return Collate(title, "und-x-icu")
    return Lower(title)


class PracticeFilters:
    """The filters of one request: which values are chosen, what they give, what was ignored.

    Usage: `filters = PracticeFilters(request.GET)`, then `filters.practices()`
    (the matching practices, for pagination) and `filters.facets` /
    `filters.total` (one query, run on first access).
    """

    def __init__(self, query, base=None):
        self.base = base if base is not None else RepositoryPractice.objects.published()
        self.selected = {}
        self.ignored = []  # (param, raw value) pairs
        for facet in FACETS:
            values = []
            for raw in query.getlist(facet.param):
                if not raw.strip():
                    continue  # an empty <select> choice: nothing chosen
                value = facet.normalize(raw)
                if value is None:
                    self.ignored.append((facet.param, raw))
                elif value not in values:
                    values.append(value)
            if values:
                self.selected[facet.param] = values

    @property
    def is_active(self):
        self._rows  # noqa: B018  (first drops the values that exist nowhere)
        return bool(self.selected)

    def _allowed(self, except_param=None):
        """Practices matching every chosen facet but `except_param`."""
        return self.base.filter(
            *(
                facet.matching(self.selected[facet.param])
                for facet in FACETS
                if facet.param in self.selected and facet.param != except_param
            )
        )

    def _count_rows(self):
        """{facet: [rows]} from one query: every facet's counts among the
        practices the other facets allow, and the total."""
        total = _counted(self._allowed(), "total", "", Count("pk"))
        parts = [part for facet in FACETS for part in facet.counts(self._allowed(facet.param))]
        rows = defaultdict(list)
        for facet, value, *rest in total.union(*parts, all=True).order_by():
            if value is not None:
                rows[facet].append((value, *rest))
        return rows

    @cached_property
    def _rows(self):
        rows = self._count_rows()
        # Taxonomy values that look right but exist nowhere (e.g. a deleted
        # phase in an old link): dropped and reported, then counted again
        # without them (a rare second query, for old or hand-made links).
        unknown = [
            (facet.param, value)
            for facet in FACETS
            if facet.is_taxonomy
            for value in self.selected.get(facet.param, [])
            if value not in {row[0] for row in rows[facet.param]}
        ]
        for param, value in unknown:
            self.selected[param].remove(value)
            if not self.selected[param]:
                del self.selected[param]
            self.ignored.append((param, value))
        return self._count_rows() if unknown else rows

    def practices(self):
        """The practices matching every filter, ready for a list page."""
        self._rows  # noqa: B018  (first drops the values that exist nowhere)
        return self._allowed().for_listing().order_by(_title_order(), "pk")

    @property
    def total(self):
        return self._rows["total"][0][1]

    @property
    def facets(self):
        return [
            FacetResult(
                param=facet.param,
                legend=facet.legend,
                options=facet.build(self._rows, self.selected.get(facet.param, [])),
                selected=self.selected.get(facet.param, []),
            )
            for facet in FACETS
        ]
