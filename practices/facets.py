"""
Faceted browsing of the repository of practices.

Filters arrive as plain GET parameters (`?phase=preparedness&country=SN`), so
any filtered view is a shareable URL. Within one facet the chosen values are
alternatives (OR); different facets narrow each other down (AND).

Every option shows how many practices it would give, counted with the
*other* facets applied. All those counts, the option labels and the total
come from ONE SQL query: each facet contributes a few grouped aggregates
(one pass over its link table, the practices it counts being a single
uncorrelated IN (...)), and the database returns them together with UNION
ALL, whatever the number of practices or facets.

Values that are malformed or unknown are dropped and reported (never an
error): `PracticeFilters.ignored` lists them for the page to explain.
"""

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Lower, NullIf
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from modeltranslation.utils import build_localized_fieldname

from guidelines.models import CrisisPhase, Guideline, StakeholderType
from practices import regions
from practices.models import (
    CrisisType,
    PracticeCountry,
    PracticeType,
    RepositoryPractice,
)

# The columns every count row has; prefixed so they never clash with a model's fields.
NAMES = ("facet", "value", "label_en", "label", "parent", "position", "n")
COLUMNS = tuple(f"facet_{name}" for name in NAMES)
TOTAL = "_total"
SLUG = re.compile(r"^[-a-z0-9]{1,60}$")


def _text(value):
    return Value(value, output_field=CharField())


def _count_rows(queryset, name, value, count):
    """Rows of COLUMNS giving `count` for each distinct `value` of `queryset`.

    Every part of the single facet query has the same columns in the same
    order (UNION ALL matches them by position); this is the one place that
    spells them out for counts.
    """
    return (
        _plain(queryset)
        .order_by()
        .annotate(
            facet_facet=_text(name),
            facet_value=value,
            facet_label_en=_text(""),
            facet_label=_text(""),
            facet_parent=_text(None),
            facet_position=Value(0),
        )
        .values(*COLUMNS[:-1])
        .annotate(facet_n=count)
        .values_list(*COLUMNS)
    )


def _plain(queryset):
    """Turn off modeltranslation's field rewriting, which reorders selected columns
    (UNION matches columns by position); count rows name their columns explicitly."""
    return queryset.rewrite(False) if hasattr(queryset, "rewrite") else queryset


def _sort_key(text):
    """Alphabetical order that ignores accents and case (Égypte among the E's)."""
    return unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().casefold()


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


class Facet:
    """One way of narrowing the repository down; subclasses say how."""

    param = ""
    legend = ""
    # True when every option is listed (a short, fixed taxonomy), False when only
    # options that match something (or are selected) are worth showing.
    list_all = True

    def normalize(self, raw):
        """The canonical form of one raw GET value, or None if it cannot be valid."""
        raise NotImplementedError

    def condition(self, values):
        """A Q() keeping practices that match any of `values`."""
        raise NotImplementedError

    def counts(self, practices):
        """Querysets of rows (COLUMNS) counting `practices` per option."""
        raise NotImplementedError

    def label_for(self, value):
        return value

    def rows(self, rows_by_name):
        """This facet's rows, from all the rows of the facet query (keyed by their name)."""
        return rows_by_name.get(self.param, [])

    def build(self, rows_by_name, selected):
        rows = self.rows(rows_by_name)
        options = []
        seen = set()
        for row in rows:
            value = row["value"]
            seen.add(value)
            options.append(self._option(row, value in selected))
        for value in selected:
            if value not in seen:  # chosen but matching nothing now: still show it, to remove it
                options.append(Option(value, self.label_for(value), 0, selected=True))
        if not self.list_all:
            options = [option for option in options if option.count or option.selected]
        return self.sort(options, rows)

    def _option(self, row, selected):
        label, lang = row["label"], None
        if not label and row["label_en"]:
            label, lang = row["label_en"], "en"
        label = label or self.label_for(row["value"])
        return Option(row["value"], label, row["n"], selected, lang=lang)

    def sort(self, options, rows):
        order = {row["value"]: row["position"] for row in rows}
        return sorted(options, key=lambda option: order.get(option.value, 0))


class _TaxonomyFacet(Facet):
    """A facet over a taxonomy table: every entry is an option, with its label."""

    model = None
    key_field = "key"
    label_field = "name"
    position_field = "order"
    relation = ""  # the RepositoryPractice relation to the taxonomy

    def normalize(self, raw):
        raw = raw.strip().lower()
        return raw if SLUG.match(raw) else None

    def options_queryset(self):
        return self.model.objects.all()

    def through(self):
        return getattr(RepositoryPractice, self.relation).through

    def condition(self, values):
        links = self.through().objects.filter(
            repositorypractice=OuterRef("pk"), **{f"{self.key_path()}__in": values}
        )
        return Q(Exists(links))

    def counts(self, practices):
        """Every entry with its labels, then the counts, from the link table in one pass."""
        language = translation.get_language()
        options = (
            _plain(self.options_queryset())
            .order_by()
            .annotate(
                facet_facet=_text(self.param),
                facet_value=Cast(self.key_field, CharField()),
                facet_label_en=F(build_localized_fieldname(self.label_field, "en")),
                facet_label=F(build_localized_fieldname(self.label_field, language)),
                facet_parent=self.parent_expression(),
                facet_position=F(self.position_field),
                facet_n=Value(0),
            )
            .values_list(*COLUMNS)
        )
        return [
            options,
            *self.link_counts(
                self.through().objects.filter(repositorypractice_id__in=practices.values("pk"))
            ),
        ]

    def key_path(self):
        return f"{self.model._meta.model_name}__{self.key_field}"

    def link_counts(self, links):
        """How many practices each entry has, as rows named "<param>#count"."""
        return [
            _count_rows(
                links,
                f"{self.param}#count",
                Cast(self.key_path(), CharField()),
                Count("repositorypractice_id", distinct=True),
            )
        ]

    def rows(self, rows_by_name):
        counts = {row["value"]: row["n"] for row in rows_by_name.get(f"{self.param}#count", [])}
        return [
            {**row, "n": counts.get(row["value"], 0)} for row in rows_by_name.get(self.param, [])
        ]

    def parent_expression(self):
        return _text(None)


class GuidelineFacet(_TaxonomyFacet):
    param = "guideline"
    legend = _("Guideline / thematic area")
    model = Guideline
    key_field = "number"
    label_field = "thematic_area"
    position_field = "number"
    relation = "guidelines"

    def normalize(self, raw):
        raw = raw.strip()
        return str(int(raw)) if raw.isdigit() and 0 < int(raw) < 100 else None

    def options_queryset(self):
        return Guideline.objects.published()

    def _option(self, row, selected):
        option = super()._option(row, selected)
        option.label = f"{row['value']}. {option.label}"
        return option


class PhaseFacet(_TaxonomyFacet):
    param = "phase"
    legend = _("Crisis phase")
    model = CrisisPhase
    relation = "phases"


class StakeholderFacet(_TaxonomyFacet):
    """Stakeholder types form a two-level tree: choosing "States" includes host,
    origin and transit States, and its count includes theirs."""

    param = "stakeholder"
    legend = _("Type of stakeholder")
    model = StakeholderType
    relation = "stakeholder_types"

    def link_counts(self, links):
        # Sub-types count their own practices; a top-level type counts the
        # practices of its whole branch, each once (grouped by the branch's root).
        return [
            *super().link_counts(links),
            _count_rows(
                links,
                f"{self.param}#branch",
                Coalesce("stakeholdertype__parent__key", "stakeholdertype__key"),
                Count("repositorypractice_id", distinct=True),
            ),
        ]

    def rows(self, rows_by_name):
        branch = {row["value"]: row["n"] for row in rows_by_name.get(f"{self.param}#branch", [])}
        return [
            row if row["parent"] else {**row, "n": branch.get(row["value"], 0)}
            for row in super().rows(rows_by_name)
        ]

    def condition(self, values):
        return Q(
            Exists(
                self.through()
                .objects.filter(repositorypractice=OuterRef("pk"))
                .filter(
                    Q(stakeholdertype__key__in=values) | Q(stakeholdertype__parent__key__in=values)
                )
            )
        )

    def parent_expression(self):
        return F("parent__key")

    def sort(self, options, rows):
        info = {row["value"]: (row["position"], row["parent"]) for row in rows}

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

    def _option(self, row, selected):
        return Option(row["value"], self.label_for(row["value"]), row["n"], selected)

    def sort(self, options, rows):
        order = list(self.choices.values)
        return sorted(options, key=lambda option: order.index(option.value))


class CrisisFacet(_ChoicesFacet):
    param = "crisis"
    legend = _("Type of crisis")
    choices = CrisisType

    def condition(self, values):
        q = Q()
        for value in values:
            q |= Q(**{RepositoryPractice.CRISIS_FIELDS[value]: True})
        return q

    def counts(self, practices):
        # One single-row aggregate per kind of crisis (a practice may concern both).
        return [
            _count_rows(
                practices.filter(**{field_name: True}),
                self.param,
                _text(kind.value),
                Count("pk", distinct=True),
            )
            for kind, field_name in RepositoryPractice.CRISIS_FIELDS.items()
        ]


class PracticeTypeFacet(_ChoicesFacet):
    param = "type"
    legend = _("Type of practice")
    choices = PracticeType
    list_all = False

    def condition(self, values):
        return Q(practice_type__in=values)

    def counts(self, practices):
        return [_count_rows(practices, self.param, F("practice_type"), Count("pk", distinct=True))]


class _PlaceFacet(Facet):
    """Countries and regions: only those with practices are listed, alphabetically."""

    list_all = False

    def place_codes(self, values):
        return values

    def condition(self, values):
        return Q(
            Exists(
                PracticeCountry.objects.filter(
                    practice=OuterRef("pk"), country__in=self.place_codes(values)
                )
            )
        )

    def place_expression(self):
        return F("country")

    def counts(self, practices):
        return [
            _count_rows(
                PracticeCountry.objects.filter(practice__in=practices.values("pk")),
                self.param,
                self.place_expression(),
                Count("practice", distinct=True),
            )
        ]

    def _option(self, row, selected):
        return Option(row["value"], self.label_for(row["value"]), row["n"], selected)

    def sort(self, options, rows):
        return sorted(options, key=lambda option: _sort_key(option.label))


class CountryFacet(_PlaceFacet):
    param = "country"
    legend = _("Country")

    def normalize(self, raw):
        raw = raw.strip().upper()
        return raw if len(raw) == 2 and raw in countries else None

    def label_for(self, value):
        return countries.name(value) or value


class RegionFacet(_PlaceFacet):
    """The UN M49 sub-region of each country (see practices.regions)."""

    param = "region"
    legend = _("Region")

    def normalize(self, raw):
        raw = raw.strip().upper()
        return raw if regions.is_region(raw) else None

    def label_for(self, value):
        return regions.region_name(value)

    def place_codes(self, values):
        by_region = regions.countries_by_region()
        return [code for value in values for code in by_region[value]]

    def place_expression(self):
        # Region is derived from the country at query time, never stored.
        return Case(
            *(
                When(country__in=codes, then=_text(region))
                for region, codes in regions.countries_by_region().items()
            ),
            default=_text(""),
            output_field=CharField(),
        )


FACETS = (
    GuidelineFacet(),
    PhaseFacet(),
    StakeholderFacet(),
    CrisisFacet(),
    RegionFacet(),
    CountryFacet(),
    PracticeTypeFacet(),
)
# The facets that check their values against the database (the others know
# their valid values without a query).
_TAXONOMY_PARAMS = {facet.param for facet in FACETS if isinstance(facet, _TaxonomyFacet)}


def localized_order(field_name):
    """Order by a translated field in the active language, falling back to English."""
    language = translation.get_language()
    english = F(build_localized_fieldname(field_name, "en"))
    if language == "en":
        return Lower(english)
    localized = F(build_localized_fieldname(field_name, language))
    return Lower(Coalesce(NullIf(localized, _text("")), english))


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
        self._results = None

    @property
    def is_active(self):
        return bool(self.selected)

    def filtered(self, except_param=None):
        practices = self.base
        for facet in FACETS:
            values = self.selected.get(facet.param)
            if values and facet.param != except_param:
                practices = practices.filter(facet.condition(values))
        return practices

    def practices(self):
        """The practices matching every filter, ready for a list page."""
        self._results_or_run()  # first drop unknown values, which only the counts reveal
        return self.filtered().for_listing().order_by(localized_order("title"), "pk")

    def _count_query(self):
        total = _count_rows(self.filtered(), TOTAL, _text(""), Count("pk", distinct=True))
        parts = [
            part
            for facet in FACETS
            for part in facet.counts(self.filtered(except_param=facet.param))
        ]
        return total.union(*parts, all=True).order_by()

    def _run(self):
        rows = defaultdict(list)
        for row in self._count_query():
            row = dict(zip(NAMES, row, strict=True))
            rows[row["facet"]].append(row)
        total = rows.pop(TOTAL, [{"n": 0}])[0]["n"]
        return rows, total

    def _results_or_run(self):
        if self._results is None:
            rows, total = self._run()
            # Taxonomy values that look right but exist nowhere (e.g. a deleted
            # phase in an old link): drop them and count again, once.
            unknown = [
                (param, value)
                for param in _TAXONOMY_PARAMS
                for value in self.selected.get(param, [])
                if value not in {row["value"] for row in rows.get(param, [])}
            ]
            if unknown:
                for param, value in unknown:
                    self.selected[param].remove(value)
                    if not self.selected[param]:
                        del self.selected[param]
                    self.ignored.append((param, value))
                rows, total = self._run()
            self._results = (rows, total)
        return self._results

    @property
    def total(self):
        return self._results_or_run()[1]

    @property
    def facets(self):
        rows, _total = self._results_or_run()
        return [
            FacetResult(
                param=facet.param,
                legend=facet.legend,
                options=facet.build(rows, self.selected.get(facet.param, [])),
                selected=self.selected.get(facet.param, []),
            )
            for facet in FACETS
        ]
