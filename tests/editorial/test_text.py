"""Collapsing and shortening text keeps the no-break spaces of French
typography (editorial.text), wherever text is tidied: templates, search, forms."""

from django.template import Context, Template

from editorial.text import squeeze, truncate_words
from practices.forms import SharePracticeForm
from search.text import plain

NNBSP, NBSP = "\u202f", "\u00a0"
FRENCH = f"L’essentiel{NNBSP}: prévenir, protéger{NBSP}; et «{NNBSP}ensuite{NNBSP}»{NNBSP}?"


def test_squeeze_collapses_breaking_spaces_only():
    assert squeeze(f"  a\n\t b{NNBSP}:  c ") == f"a b{NNBSP}: c"
    assert squeeze(FRENCH) == FRENCH
    assert squeeze(None) == ""


def test_truncate_words_counts_a_no_break_space_as_part_of_a_word():
    assert truncate_words(FRENCH, 2) == f"L’essentiel{NNBSP}: prévenir, …"
    assert truncate_words(FRENCH, 20) == FRENCH


def test_truncatewords_keep_filter():
    template = Template(
        "{% load portal %}{{ text|truncatewords_keep:2 }}|{{ text|truncatewords_keep:'x' }}"
    )
    rendered = template.render(Context({"text": FRENCH}))
    assert rendered == f"L’essentiel{NNBSP}: prévenir, …|{FRENCH}"


def test_search_text_keeps_no_break_spaces():
    assert plain(f"<p>{FRENCH}</p>\n") == FRENCH


def test_a_shared_practices_title_keeps_its_french_typography():
    form = SharePracticeForm()
    form.cleaned_data = {"title": f"Pourquoi{NNBSP}?\n  Parce que"}
    assert form.clean_title() == f"Pourquoi{NNBSP}? Parce que"
