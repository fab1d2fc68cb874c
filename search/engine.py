"""
Running a search: PostgreSQL full-text search where available, a simpler
matcher on SQLite, with the same results for the views, both over the index
(search.models.SearchEntry). SQLite's is plain ORM; PostgreSQL's results page
is one SQL query (_PAGE_SQL, see its comment), its corrections ORM again.

Whatever the number of hits, a results page costs one query on PostgreSQL
(the page and the counts per kind together, highlighted by ts_headline) and
two on SQLite (the counts, then the page, highlighted in Python).
"""

import re
from dataclasses import dataclass, field

from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from search import registry
from search.indexer import (
    FALLBACK_CONFIG,
    TEXT_SEARCH_CONFIGS,
    config_for,
    uses_postgres,
)
from search.models import SearchEntry, SearchWord
from search.text import fold, folded_words

# The highlighter's markers: control characters, which the index never holds
# (search.text.plain), so the text can be escaped and the markers then turned
# into <mark> safely.
START, STOP = "\x02", "\x03"
# Queries of at most this many words get typo tolerance when nothing matches.
FUZZY_MAX_WORDS = 3
SNIPPET_WORDS = 30
# How many of the words most similar to a misspelt one are checked against
# the published text.
CORRECTION_CANDIDATES = 3
_TERM = re.compile(r'"([^"]+)"|(\S+)')
# Characters that only carry search syntax (operators, quotes, brackets).
_SYNTAX = re.compile(r"[\"'`()\[\]{}<>|&!*:~^\\+=;,.?]")
_WORD = re.compile(r"\w+")


def highlighted(text):
    """`text` from the highlighter, escaped, with its matches in <mark>."""
    return mark_safe(escape(text).replace(START, "<mark>").replace(STOP, "</mark>"))


def stems_words():
    """True when the running database finds words in any form ("evacuate"
    finds "evacuation") and corrects misspellings: PostgreSQL only. The
    results page's help says what the search does (search/search_results.html)."""
    return uses_postgres()


@dataclass
class Facet:
    kind: str
    label: str
    count: int


@dataclass
class Results:
    """What a search found: counts per kind at once, the hits themselves when
    sliced (results[0:20]), as Django's Paginator does."""

    query: str
    language: str
    kind: str | None
    facets: list = field(default_factory=list)
    total: int = 0
    # True when nothing matched exactly and similar words were searched instead:
    # `corrected` is the query that was run.
    fuzzy: bool = False
    corrected: str = ""
    # fetch(start, stop) -> the entries of that slice, highlighted.
    _fetch: object = None
    # (start, stop, entries) of a page fetched together with the counts.
    _prefetched: tuple = None

    @property
    def count(self):
        """The number of results for the chosen type (all types when none)."""
        if self.kind is None:
            return self.total
        return next((facet.count for facet in self.facets if facet.kind == self.kind), 0)

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("Search results are read a page (a slice) at a time.")
        if not self.count:
            return []
        if self._prefetched and self._prefetched[:2] == (index.start, index.stop):
            return self._prefetched[2]
        return self._fetch(index.start or 0, index.stop)


def public_entries(language):
    """Entries for `language` whose objects the public may see now."""
    return SearchEntry.objects.filter(language=language, is_published=True).filter(
        Q(publish_at__isnull=True) | Q(publish_at__lte=timezone.now())
    )


def _terms(query):
    """(wanted, excluded): the query's folded words and quoted phrases, without
    search syntax, and the words it leaves out (-word)."""
    wanted, excluded = [], []
    for phrase, word in _TERM.findall(query):
        text = phrase or word
        if word and word.upper() in {"OR", "AND", "NOT"}:
            continue
        target = wanted
        if word and word.startswith("-"):  # an exclusion in websearch syntax
            target = excluded
        text = folded_words(_SYNTAX.sub(" ", text.lstrip("-"))).strip()
        if text:
            target.append(text)
    return wanted, excluded


def words(query):
    """The query's words and quoted phrases, folded, without search syntax."""
    return _terms(query)[0]


def _count_by_kind(matches):
    return dict(
        matches.order_by().values_list("kind").annotate(n=Count("pk")).values_list("kind", "n")
    )


def _set_counts(results, counts):
    """The type filter's facets and the total, from {kind: number of matches}."""
    results.facets = [
        Facet(item.kind, str(item.kind_label), counts[item.kind])
        for item in registry.indexed()
        if counts.get(item.kind)
    ]
    results.total = sum(facet.count for facet in results.facets)


def _excludes_words(text):
    """True when the query excludes words (-word in websearch syntax)."""
    return any(word.startswith("-") for word in text.split())


def search(query, language, kind=None, page_size=20, page=1):
    """Search published content for `query` as a visitor in `language` reads it.

    The counts are known at once; slicing the result gives a page of hits. On
    PostgreSQL page `page` comes in the same query as the counts; any other
    slice costs one more query.
    """
    results = Results(query=query, language=language, kind=kind)
    if not words(query) and not _WORD.search(query):
        return results
    if uses_postgres():
        _postgres(results, (page - 1) * page_size, page_size)
    else:
        _simple(results)
    return results


# PostgreSQL -------------------------------------------------------------------


def _postgres(results, offset, limit):
    _postgres_match(results, results.query, offset, limit)
    if results.total or not _may_be_misspelt(results.query):
        return
    # Nothing matched: a short query may be misspelt. Replace each word by the
    # nearest word of the published text and search again, saying so.
    terms = " ".join(words(results.query))
    corrected = _corrected(terms.split(), results.language)
    if corrected and corrected != terms:
        results.corrected = corrected
        results.fuzzy = True
        _postgres_match(results, corrected, offset, limit)


def _text_query(text, language, search_type="websearch"):
    """`text` as a tsquery for `language`'s text, and for English text too (a
    French reader also finds what exists only in English, indexed with the
    English stemmer)."""
    from django.contrib.postgres.search import SearchQuery

    query = SearchQuery(text, search_type=search_type, config=config_for(language))
    english = TEXT_SEARCH_CONFIGS["en"]
    if config_for(language) != english:
        query |= SearchQuery(text, search_type=search_type, config=english)
    return query


# The results page in SQL, the one query of the hot path written by hand:
# benchmarks/run.py measured the ORM version (SearchQuery, SearchRank, two
# SearchHeadlines, then a second query for the counts) at 0.095x the floor,
# this one at 0.128x (most of the difference: the ORM building its queries).
# `matched` ranks every match once; the counts per kind and the page both come
# from it, and only the page is highlighted. The user's text and every value
# are query parameters.
_PAGE_SQL = """
WITH search AS (
    SELECT {tsquery} AS query, {title_tsquery} AS title_query
),
matched AS MATERIALIZED (
    SELECT entry.id, entry.kind, entry.title, {chosen} AS chosen,
           ts_rank('{{0, 0, 0, 1}}', entry.search_vector, search.title_query) > 0 AS in_title,
           ts_rank(entry.search_vector, search.query) AS rank
    FROM search_searchentry entry, search
    WHERE entry.language = %(language)s
      AND entry.is_published
      AND (entry.publish_at IS NULL OR entry.publish_at <= %(now)s)
      AND entry.search_vector @@ search.query
),
page AS (
    SELECT id, chosen, in_title, rank FROM matched
    ORDER BY chosen DESC, in_title DESC, rank DESC, title, id
    LIMIT %(limit)s OFFSET %(offset)s
)
SELECT entry.id, entry.kind, entry.object_id, entry.language, entry.text_language,
       entry.title, entry.label, entry.url, entry.body, entry.is_published,
       entry.publish_at, entry.indexed_at,
       (SELECT json_object_agg(kind, n)
        FROM (SELECT kind, count(*) AS n FROM matched GROUP BY kind) per_kind) AS counts,
       ts_headline({config}, entry.title, search.query, %(title_options)s) AS title_html,
       ts_headline({config}, entry.body, search.query, %(snippet_options)s) AS snippet_html
FROM page JOIN search_searchentry entry ON entry.id = page.id CROSS JOIN search
ORDER BY page.chosen DESC, page.in_title DESC, page.rank DESC, entry.title, entry.id
"""
_HEADLINE_OPTIONS = {
    "title_options": f"StartSel={START}, StopSel={STOP}, HighlightAll=true",
    "snippet_options": (
        f"StartSel={START}, StopSel={STOP}, MaxWords={SNIPPET_WORDS}, MinWords=15, "
        'MaxFragments=2, FragmentDelimiter=" … "'
    ),
}
# Each entry's own text search configuration (for its highlights).
_ENTRY_CONFIG = "(CASE entry.text_language {} ELSE %(fallback_config)s END)::regconfig".format(
    " ".join(f"WHEN %(code_{code})s THEN %(config_{code})s" for code in TEXT_SEARCH_CONFIGS)
)


def _tsquery(text_param, language):
    """SQL for `text_param` as a tsquery for `language`'s text, and for English
    text too (see _text_query)."""
    tsquery = f"websearch_to_tsquery(%(config)s::regconfig, %({text_param})s)"
    if config_for(language) != TEXT_SEARCH_CONFIGS["en"]:
        tsquery += f" || websearch_to_tsquery(%(english)s::regconfig, %({text_param})s)"
    return tsquery


def _postgres_match(results, text, offset, limit):
    language = results.language
    sql = _PAGE_SQL.format(
        tsquery=_tsquery("text", language),
        # Whether the title (weight A) holds the words searched for. Excluded
        # words are left out here: their absence from the title is not a title match.
        title_tsquery=_tsquery("title_text", language),
        # With a type chosen, every kind is matched (for the counts) but the
        # chosen one sorts first; the rows of other kinds are dropped after.
        chosen="entry.kind = %(chosen)s" if results.kind else "true",
        config=_ENTRY_CONFIG,
    )
    title_text = text
    if _excludes_words(text):
        title_text = " ".join(word for word in text.split() if not word.startswith("-"))
    params = {
        "language": language,
        "text": text,
        "title_text": title_text,
        "config": config_for(language),
        "english": TEXT_SEARCH_CONFIGS["en"],
        "chosen": results.kind,
        "fallback_config": FALLBACK_CONFIG,
        **{f"code_{code}": code for code in TEXT_SEARCH_CONFIGS},
        **{f"config_{code}": config for code, config in TEXT_SEARCH_CONFIGS.items()},
        **_HEADLINE_OPTIONS,
    }

    def fetch(start, stop):
        rows = list(
            SearchEntry.objects.raw(
                sql, {**params, "now": timezone.now(), "offset": start, "limit": stop - start}
            )
        )
        counts = rows[0].counts if rows else None
        if results.kind is not None:
            rows = [row for row in rows if row.kind == results.kind]
        for entry in rows:
            entry.title_html = highlighted(entry.title_html)
            entry.snippet_html = highlighted(entry.snippet_html) if entry.body else ""
        return rows, counts

    rows, counts = fetch(offset, offset + limit)
    if counts is None and offset:
        # Past the last page: count on their own (the view then asks for the last page).
        counts = _count_by_kind(
            public_entries(language).filter(search_vector=_text_query(text, language))
        )
    _set_counts(results, counts or {})
    results._prefetched = (offset, offset + limit, rows)
    results._fetch = lambda start, stop: fetch(start, stop)[0]


def _may_be_misspelt(text):
    """Short queries only, and not those asking for an exact phrase or
    excluding words."""
    terms = words(text)
    exact = '"' in text or _excludes_words(text)
    return bool(terms) and not exact and len(" ".join(terms).split()) <= FUZZY_MAX_WORDS


def published_vocabulary(language):
    """The words a correction may offer a visitor in `language`: words of
    SearchWord that content published now holds, as they are written there.

    SearchWord lists every word ever indexed, drafts' included; this asks the
    published entries (their tsvector behind the GIN index, then the exact
    word in their folded text), so a word of a draft or scheduled item, or of
    content since withdrawn or deleted, is never offered."""
    holders = public_entries(language).filter(
        search_vector=_text_query(OuterRef("word"), language, search_type="plain"),
        folded__contains=Concat(Value(" "), OuterRef("word"), Value(" ")),
    )
    return SearchWord.objects.filter(Exists(holders))


def _corrected(query_words, language):
    """The query with each word replaced by the most similar published word
    (trigram similarity; one query for all words); None if nothing is close."""
    from django.contrib.postgres.search import TrigramSimilarity

    closest = []
    for position, word in enumerate(query_words):
        similar = (
            SearchWord.objects.filter(word__trigram_similar=word)
            .alias(similarity=TrigramSimilarity("word", word))
            .order_by("-similarity", "word")
        )
        # Only the few most similar words are checked against published text
        # (the costly part): a correction is only worth offering if close.
        candidates = similar.filter(pk__in=similar.values("pk")[:CORRECTION_CANDIDATES])
        closest.append(
            candidates.filter(pk__in=published_vocabulary(language).values("pk"))
            .annotate(position=Value(position))
            .values_list("position", "word")[:1]
        )
    best = dict(closest[0].union(*closest[1:], all=True))
    if not best:
        return None
    return " ".join(best.get(position, word) for position, word in enumerate(query_words))


# SQLite -------------------------------------------------------------------------


def _simple(results):
    """Every word or quoted phrase must begin a word of the folded text, and no
    excluded word may; title matches first."""
    terms, excluded = _terms(results.query)
    if not terms:
        return
    matches = public_entries(results.language)
    in_title = Q()
    for term in terms:
        # Words beginning with the term ("evacuat" finds "evacuation"), in any case or accent.
        matches = matches.filter(folded__contains=f" {term}")
        in_title &= Q(title_folded__contains=f" {term}")
    for term in excluded:
        matches = matches.exclude(folded__contains=f" {term}")

    _set_counts(results, _count_by_kind(matches))
    shown = matches if results.kind is None else matches.filter(kind=results.kind)
    shown = shown.annotate(
        in_title=Case(When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField())
    ).order_by("-in_title", "title", "pk")

    def fetch(start, stop):
        entries = list(shown[start:stop])
        for entry in entries:
            entry.title_html = _mark(entry.title, terms, whole=True)
            entry.snippet_html = _mark(entry.body, terms)
        return entries

    results._fetch = fetch


def _mark(text, terms, whole=False):
    """`text` (or a window of it around the first match) with the terms marked,
    ignoring case and accents as the search did."""
    folded = fold(text)
    # fold() keeps one character per character except for ligatures; map back safely.
    if len(folded) != len(text):
        return escape(text if whole else _window(text, 0))
    spans = []
    for term in terms:
        start = 0
        while (found := folded.find(term, start)) != -1:
            spans.append((found, found + len(term)))
            start = found + len(term)
    if not spans:
        return escape(text if whole else _window(text, 0))
    spans.sort()
    first = spans[0][0]
    begin, end = (0, len(text)) if whole else _bounds(text, first)
    pieces, position = [], begin
    for start, stop in spans:
        if start < position or stop > end:
            continue
        pieces.append(text[position:start] + START + text[start:stop] + STOP)
        position = stop
    pieces.append(text[position:end])
    snippet = "".join(pieces)
    if not whole:
        snippet = ("… " if begin else "") + snippet + (" …" if end < len(text) else "")
    return highlighted(snippet)


def _bounds(text, index, size=220):
    begin = max(0, index - size // 3)
    if begin:
        space = text.find(" ", begin)
        begin = space + 1 if 0 <= space < index else begin
    end = min(len(text), begin + size)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > index else end
    return begin, end


def _window(text, index):
    begin, end = _bounds(text, index)
    return text[begin:end] + (" …" if end < len(text) else "")
