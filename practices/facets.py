"""
Faceted browsing of the repository of practices.

Filters arrive as plain GET parameters (`?phase=preparedness&country=SN`), so
any filtered view is a shareable URL. Within one facet the chosen values are
alternatives (OR); different facets narrow each other down (AND).

Every option shows how many practices it would give, counted with the
*other* facets applied. All of it comes from ONE SQL query, a snapshot of
which published practice has which value in each facet (one row per link,
plus the taxonomies' labels); the sets are then combined and counted in
Python. The repository holds hundreds of practices, not millions, so the
snapshot is small, and this costs far less than asking the database for a
grouped count per facet (which took a 13-part query the ORM spent ~25 ms
building on every visit).

Values that are malformed or unknown are dropped and reported (never an
error): `PracticeFilters.ignored` lists them for the page to explain.
"""

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db import connection
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

SLUG = re.compile(r"^[-a-z0-9]{1,60}$")


def _sort_key(text):
    """Alphabetical order that ignores accents and case (Égypte among the E's)."""
    text = str(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text.casefold()


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
    """One taxonomy entry as the snapshot has it."""

    value: str
    label_en: str
    label: str
    parent: str | None
    position: int


class Snapshot:
    """Which published practice has which value in each facet, from one query.

    `practices`: {id: (English title, title in the page language)};
    `members`: {kind: {value: set of practice ids}} for every kind of link
    (guideline numbers, phase and stakeholder keys, countries, crisis types,
    practice types); `entries`: {kind: [Entry]} for the taxonomies, in order.
    The database sends one row per practice and one per facet value (its
    practices' ids joined in one string), so even 10,000 practices make
    a few thousand rows.
    """

    def __init__(self, base):
        self.practices = {}
        self.members = defaultdict(lambda: defaultdict(set))
        self.entries = defaultdict(list)
        sql, params = _snapshot_sql(base)
        # Raw SQL on purpose: benchmarks/run.py measured the ORM version (a grouped
        # Count per facet in a union) at 32 req/s uncached against 101 for this query.
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        for kind, value, ids, label_en, label, parent, position in rows:
            if kind == "practice":
                self.practices[int(ids)] = (label_en or "", label or "")
            elif ids is None:
                self.entries[kind].append(
                    Entry(value, label_en or "", label or "", parent, position)
                )
            elif ids:
                self.members[kind][value] = set(map(int, ids.split(",")))
        # Links are read for all practices (cheaper than asking the database
        # to check each against the published ones); those of practices that
        # are not public never count.
        public = set(self.practices)
        for values in self.members.values():
            for value in values:
                values[value] &= public


def _columns(model, *names):
    quote = connection.ops.quote_name
    return [quote(model._meta.get_field(name).column) for name in names]


def _ids_of(column):
    """SQL joining the `column` values of a group into one comma-separated string."""
    if connection.vendor == "postgresql":
        return f"string_agg(CAST({column} AS TEXT), ',')"
    return f"group_concat({column}, ',')"  # SQLite (and MySQL)


def _snapshot_sql(base):
    """The snapshot query: SQL and parameters.

    The rules of what is public stay in the QuerySets (`base`, the published
    practices, and Guideline.objects.published()), compiled by the ORM and
    used as common table expressions; the rest is plain grouped joins over
    the link tables (all practices': Snapshot keeps the public ones), written
    out because the ORM would spend longer building them than the database
    spends running them. Every part yields the same
    seven columns: kind, value, practice ids, English label, label, parent,
    position (a practice's own row has its id and its titles).
    """
    language = translation.get_language()
    quote = connection.ops.quote_name
    practices_sql, practices_params = (
        _plain(base)
        .order_by()
        .values_list(
            "pk",
            "practice_type",
            *RepositoryPractice.CRISIS_FIELDS.values(),
            *(build_localized_fieldname("title", code) for code in ("en", language)),
        )
        .query.sql_with_params()
    )
    guidelines_sql, guidelines_params = (
        _plain(Guideline.objects.published())
        .order_by()
        .values_list(
            "pk",
            "number",
            build_localized_fieldname("thematic_area", "en"),
            build_localized_fieldname("thematic_area", language),
        )
        .query.sql_with_params()
    )

    def link_part(kind, relation, target, key_expression):
        """Rows (kind, value, ids) for one many-to-many relation of practices."""
        through = RepositoryPractice._meta.get_field(relation).remote_field.through
        practice_column, target_column = (
            quote(through._meta.get_field(name).column)
            for name in ("repositorypractice", target._meta.model_name)
        )
        return (
            f"SELECT '{kind}', {key_expression}, {_ids_of('l.' + practice_column)}, "
            f"NULL, NULL, NULL, 0 "
            f"FROM {quote(through._meta.db_table)} l "
            f"JOIN {quote(target._meta.db_table)} t "
            f"ON t.{quote(target._meta.pk.column)} = l.{target_column} "
            f"GROUP BY {key_expression}"
        )

    def entry_part(kind, model, key, names, position, parent=None):
        """Rows (kind, value, NULL, English label, label, parent, position) of a taxonomy."""
        label_en, label = _columns(
            model, *(build_localized_fieldname(names, c) for c in ("en", language))
        )
        parent_sql = (
            f"(SELECT p.{_columns(model, key)[0]} FROM {quote(model._meta.db_table)} p "
            f"WHERE p.{quote(model._meta.pk.column)} = t.{_columns(model, parent)[0]})"
            if parent
            else "NULL"
        )
        return (
            f"SELECT '{kind}', t.{_columns(model, key)[0]}, NULL, t.{label_en}, t.{label}, "
            f"{parent_sql}, t.{_columns(model, position)[0]} FROM {quote(model._meta.db_table)} t"
        )

    country_table = quote(PracticeCountry._meta.db_table)
    country_practice, country_code = _columns(PracticeCountry, "practice", "country")
    parts = [
        "SELECT 'practice', NULL, CAST(p0 AS TEXT), p4, p5, NULL, 0 FROM practices",
        f"SELECT 'type', p1, {_ids_of('p0')}, NULL, NULL, NULL, 0 FROM practices GROUP BY p1",
        # The crisis type columns, in CRISIS_FIELDS order (p2, p3).
        *(
            f"SELECT 'crisis', '{kind.value}', {_ids_of('p0')}, NULL, NULL, NULL, 0 "
            f"FROM practices WHERE p{2 + index} = %s"
            for index, kind in enumerate(RepositoryPractice.CRISIS_FIELDS)
        ),
        f"SELECT 'country', c.{country_code}, {_ids_of('c.' + country_practice)}, "
        f"NULL, NULL, NULL, 0 FROM {country_table} c GROUP BY c.{country_code}",
        link_part(
            "guideline",
            "guidelines",
            Guideline,
            f"CAST(t.{_columns(Guideline, 'number')[0]} AS TEXT)",
        ),
        link_part("phase", "phases", CrisisPhase, f"t.{_columns(CrisisPhase, 'key')[0]}"),
        link_part(
            "stakeholder",
            "stakeholder_types",
            StakeholderType,
            f"t.{_columns(StakeholderType, 'key')[0]}",
        ),
        "SELECT 'guideline', CAST(g1 AS TEXT), NULL, g2, g3, NULL, g1 FROM guidelines",
        entry_part("phase", CrisisPhase, "key", "name", "order"),
        entry_part("stakeholder", StakeholderType, "key", "name", "order", parent="parent"),
    ]
    sql = (
        f"WITH practices (p0, p1, p2, p3, p4, p5) AS ({practices_sql}), "
        f"guidelines (g0, g1, g2, g3) AS ({guidelines_sql}) " + " UNION ALL ".join(parts)
    )
    crisis_params = [True] * len(RepositoryPractice.CRISIS_FIELDS)
    return sql, [*practices_params, *guidelines_params, *crisis_params]


def _plain(queryset):
    """Turn off modeltranslation's field rewriting, which would reorder the
    selected columns (the snapshot names its columns by position)."""
    return queryset.rewrite(False) if hasattr(queryset, "rewrite") else queryset


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

    def members(self, snapshot):
        """{value: set of practice ids} for every value this facet knows."""
        return snapshot.members[self.param]

    def entries(self, snapshot):
        """The options to list before counting: [Entry], in their order."""
        return [Entry(value, "", "", None, 0) for value in self.members(snapshot)]

    def is_known(self, snapshot, value):
        """False for a well-formed value that exists nowhere (reported as ignored)."""
        return True

    def matching(self, snapshot, values):
        """Practices with any of `values`."""
        members = self.members(snapshot)
        return set().union(*(members.get(value, ()) for value in values))

    def label_for(self, value):
        return value

    def build(self, snapshot, allowed, selected):
        """This facet's options, each counted among the `allowed` practices."""
        members = self.members(snapshot)
        entries = self.entries(snapshot)
        options = [
            self._option(
                entry, len(members.get(entry.value, set()) & allowed), entry.value in selected
            )
            for entry in entries
        ]
        seen = {entry.value for entry in entries}
        for value in selected:
            if value not in seen:  # chosen but matching nothing now: still show it, to remove it
                options.append(Option(value, self.label_for(value), 0, selected=True))
        if not self.list_all:
            options = [option for option in options if option.count or option.selected]
        return self.sort(options, entries)

    def _option(self, entry, count, selected):
        label, lang = entry.label, None
        if not label and entry.label_en:
            label, lang = entry.label_en, "en"
        return Option(entry.value, label or self.label_for(entry.value), count, selected, lang=lang)

    def sort(self, options, entries):
        order = {entry.value: entry.position for entry in entries}
        return sorted(options, key=lambda option: order.get(option.value, 0))


class _TaxonomyFacet(Facet):
    """A facet over a taxonomy table: every entry is an option, with its label."""

    def normalize(self, raw):
        raw = raw.strip().lower()
        return raw if SLUG.match(raw) else None

    def entries(self, snapshot):
        return snapshot.entries[self.param]

    def is_known(self, snapshot, value):
        return any(entry.value == value for entry in self.entries(snapshot))


class GuidelineFacet(_TaxonomyFacet):
    """Published guidelines only; a practice linked to an unpublished one
    counts under the others it has."""

    param = "guideline"
    legend = _("Guideline / thematic area")

    def normalize(self, raw):
        raw = raw.strip()
        return str(int(raw)) if raw.isdigit() and 0 < int(raw) < 100 else None

    def _option(self, entry, count, selected):
        option = super()._option(entry, count, selected)
        option.label = f"{entry.value}. {option.label}"
        return option


class PhaseFacet(_TaxonomyFacet):
    param = "phase"
    legend = _("Crisis phase")


class StakeholderFacet(_TaxonomyFacet):
    """Stakeholder types form a two-level tree: choosing "States" includes host,
    origin and transit States, and its count includes theirs (each practice once)."""

    param = "stakeholder"
    legend = _("Type of stakeholder")

    def members(self, snapshot):
        own = snapshot.members[self.param]
        members = {value: set(ids) for value, ids in own.items()}
        for entry in self.entries(snapshot):
            if entry.parent:
                members.setdefault(entry.parent, set()).update(own.get(entry.value, ()))
        return members

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

    def entries(self, snapshot):
        return [Entry(value, "", "", None, 0) for value in self.choices.values]

    def sort(self, options, entries):
        order = list(self.choices.values)
        return sorted(options, key=lambda option: order.index(option.value))


class CrisisFacet(_ChoicesFacet):
    param = "crisis"
    legend = _("Type of crisis")
    choices = CrisisType


class PracticeTypeFacet(_ChoicesFacet):
    param = "type"
    legend = _("Type of practice")
    choices = PracticeType
    list_all = False


class _PlaceFacet(Facet):
    """Countries and regions: only those with practices are listed, alphabetically."""

    list_all = False

    def sort(self, options, entries):
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

    def members(self, snapshot):
        members = defaultdict(set)
        for country, ids in snapshot.members["country"].items():
            if region := regions.region_of(country):
                members[region] |= ids
        return members


FACETS = (
    GuidelineFacet(),
    PhaseFacet(),
    StakeholderFacet(),
    CrisisFacet(),
    RegionFacet(),
    CountryFacet(),
    PracticeTypeFacet(),
)


class PracticeList:
    """The matching practices in display order, fetched a page at a time:
    what a Paginator needs (a length and slices), one query per page plus
    the listing's prefetches."""

    def __init__(self, ids):
        self.ids = ids

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        ids = self.ids[index] if isinstance(index, slice) else [self.ids[index]]
        found = RepositoryPractice.objects.filter(pk__in=ids).for_listing().in_bulk()
        page = [found[pk] for pk in ids if pk in found]
        return page if isinstance(index, slice) else page[0]

    def __iter__(self):
        return iter(self[:])


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
        self._snapshot  # noqa: B018  (first drops the values that exist nowhere)
        return bool(self.selected)

    @cached_property
    def _snapshot(self):
        snapshot = Snapshot(self.base)
        # Taxonomy values that look right but exist nowhere (e.g. a deleted
        # phase in an old link): dropped and reported.
        for facet in FACETS:
            for value in list(self.selected.get(facet.param, [])):
                if not facet.is_known(snapshot, value):
                    self.selected[facet.param].remove(value)
                    self.ignored.append((facet.param, value))
            if not self.selected.get(facet.param, True):
                del self.selected[facet.param]
        return snapshot

    @cached_property
    def _matching(self):
        """{param: practices matching that facet's chosen values} for the chosen facets."""
        snapshot = self._snapshot
        return {
            facet.param: facet.matching(snapshot, self.selected[facet.param])
            for facet in FACETS
            if facet.param in self.selected
        }

    def _allowed(self, except_param=None):
        """Practices matching every chosen facet but `except_param`."""
        allowed = set(self._snapshot.practices)
        for param, matching in self._matching.items():
            if param != except_param:
                allowed &= matching
        return allowed

    @cached_property
    def _result_ids(self):
        """The matching practices' ids, ordered by title in the page language
        (English when it has none), accents and case ignored."""
        titles = self._snapshot.practices
        return sorted(
            self._allowed(),
            key=lambda pk: (_sort_key(titles[pk][1] or titles[pk][0]), pk),
        )

    def practices(self):
        """The practices matching every filter, ready for a list page."""
        return PracticeList(self._result_ids)

    @property
    def total(self):
        return len(self._result_ids)

    @property
    def facets(self):
        snapshot = self._snapshot
        return [
            FacetResult(
                param=facet.param,
                legend=facet.legend,
                options=facet.build(
                    snapshot,
                    self._allowed(except_param=facet.param),
                    self.selected.get(facet.param, []),
                ),
                selected=self.selected.get(facet.param, []),
            )
            for facet in FACETS
        ]
