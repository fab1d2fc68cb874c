"""Exports (CSV, XLSX, JSON) and Atom feeds: they parse, carry the page's
language and a credit line, match the filters, and never include drafts."""

import csv
import io
import json

import defusedxml.ElementTree as ET
import pytest
from django.utils import timezone
from openpyxl import load_workbook

from tests.factories import RepositoryPracticeFactory
from tests.support.urls import page_path

ATOM = "{http://www.w3.org/2005/Atom}"


def _csv_rows(response):
    text = response.content.decode()
    first, rest = text.split("\r\n", 1)
    return first, list(csv.DictReader(io.StringIO(rest)))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_practices_export_names_its_language_and_date(client, content, lang, fmt):
    response = client.get(page_path(lang, f"/data/practices.{fmt}"))
    assert response.status_code == 200
    today = timezone.localdate().isoformat()
    assert f'filename="micic-practices-{lang}-{today}.{fmt}"' in response["Content-Disposition"]


def test_practices_csv_is_in_the_page_language_and_credits_the_source(client, content, lang):
    credit, rows = _csv_rows(client.get(page_path(lang, "/data/practices.csv")))
    assert credit.startswith("# Source")
    assert "MICIC" in credit and page_path(lang, "/data/practices.csv") in credit
    practice = content["practice"]
    assert [row["title"] for row in rows] == [getattr(practice, f"title_{lang}")]
    assert rows[0]["country_codes"] == "SN"
    assert rows[0]["url"].endswith(
        page_path(lang, f"/practices/{practice.pk}/{getattr(practice, f'slug_{lang}')}/")
    )


def test_practices_export_follows_the_page_filters(client, content):
    RepositoryPracticeFactory(countries=["PH"], title_en="In the Philippines")
    _credit, rows = _csv_rows(client.get("/en/data/practices.csv?country=PH"))
    assert [row["title"] for row in rows] == ["In the Philippines"]
    page = client.get("/en/practices/?country=PH")
    assert page.context["total"] == 1
    assert 'href="/en/data/practices.csv?country=PH"' in page.content.decode()


def test_practices_xlsx_parses_with_an_about_sheet(client, content):
    workbook = load_workbook(
        io.BytesIO(client.get(page_path("fr", "/data/practices.xlsx")).content)
    )
    practices, about = workbook.worksheets
    header, *rows = practices.iter_rows(values_only=True)
    assert "title" in header and len(rows) == 1
    assert rows[0][header.index("title")] == content["practice"].title_fr
    assert about["A2"].value.startswith("Source")


def test_framework_exports_parse_without_drafts(client, content, lang):
    _credit, rows = _csv_rows(client.get(page_path(lang, "/data/framework.csv")))
    assert {row["section"] for row in rows} == {"principle", "guideline", "practice"}
    assert len(rows) == 3  # one published of each; drafts and their children left out
    data = json.loads(client.get(page_path(lang, "/data/framework.json")).content)
    assert data["source"].startswith("Source")
    assert sum(len(value) for key, value in data.items() if key != "source") == 3
    workbook = load_workbook(
        io.BytesIO(client.get(page_path(lang, "/data/framework.xlsx")).content)
    )
    assert len(workbook.worksheets) == 4
    for fmt in ("csv", "xlsx", "json"):
        body = client.get(page_path(lang, f"/data/framework.{fmt}")).content
        assert b"Draft" not in body


def test_unknown_export_format_is_404(client, content):
    assert client.get("/en/data/practices.pdf").status_code == 404
    assert client.get("/en/data/framework.exe").status_code == 404


@pytest.mark.parametrize("feed", ["documents", "practices"])
def test_feeds_are_valid_atom_without_drafts(client, content, lang, feed):
    response = client.get(page_path(lang, f"/data/feeds/{feed}.atom"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    for element in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{element}") is not None, element
    entries = root.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        for element in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{element}") is not None, element
        assert page_path(lang, "/") in entry.find(f"{ATOM}link").get("href")
        assert "Draft" not in entry.find(f"{ATOM}title").text
    if feed == "documents":
        assert len(entries) == 2  # the published tool and consultation document


def test_pages_advertise_the_feeds(client, content, lang):
    html = client.get(page_path(lang, "/practices/")).content.decode()
    assert (
        f'type="application/atom+xml" href="{page_path(lang, "/data/feeds/practices.atom")}"'
        in html
    )
    assert f'href="{page_path(lang, "/data/feeds/documents.atom")}"' in html
