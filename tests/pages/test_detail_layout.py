"""Detail pages share one layout (templates/detail_base.html): the text, then a
named side column with "On this page", related items and downloads."""

import re
from html import unescape

import pytest
from django.utils import translation

from tests.factories import FactsheetFactory, ToolFactory
from tests.pages.conftest import DETAIL_PAGE_TYPES

pytestmark = pytest.mark.django_db

ASIDE_NAME = {"en": "On this page and related content", "fr": "Sur cette page et contenus liés"}


def page_html(client, lang, address):
    with translation.override(lang):
        url = address()
    response = client.get(url)
    assert response.status_code == 200, url
    return unescape(response.content.decode())


@pytest.mark.parametrize("kind", DETAIL_PAGE_TYPES)
def test_detail_page_has_a_named_side_column_after_its_text(client, lang, page_types, kind):
    html = page_html(client, lang, page_types[kind])

    asides = re.findall(r'<aside class="detail-aside" aria-label="([^"]+)">', html)
    assert asides == [ASIDE_NAME[lang]], kind
    main = html.index('<div class="detail-main">')
    assert main < html.index("<h1") < html.index('<aside class="detail-aside"')


@pytest.mark.parametrize("kind", ["guideline", "factsheet", "consultation", "civil society"])
def test_on_this_page_links_point_at_sections_of_the_page(client, lang, page_types, kind):
    html = page_html(client, lang, page_types[kind])

    toc = html.split('id="aside-toc-title"', 1)[1].split("</nav>", 1)[0]
    anchors = re.findall(r'href="#([^"]+)"', toc)
    assert anchors, kind
    for anchor in anchors:
        assert f'id="{anchor}"' in html, (kind, anchor)


def test_factsheet_lists_its_tool_sheets_on_this_page(client, lang):
    factsheet = FactsheetFactory()
    tool = ToolFactory(factsheet=factsheet)
    with translation.override(lang):
        html = page_html(client, lang, factsheet.get_absolute_url)
        title = tool.title

    toc = html.split('id="aside-toc-title"', 1)[1].split("</nav>", 1)[0]
    assert f'href="#{tool.anchor}"' in toc and title in toc
