"""The demo data files themselves: faithful titles, French typography, honest content."""

import re

import pytest

from demo.loader import DATA_DIR, FILES_DIR, read

FAMILIES = sorted(path.stem for path in DATA_DIR.glob("*.toml"))


def french_texts(node, path=()):
    """Every French string of a data file (slugs excepted), with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "fr" and isinstance(value, str) and "slug" not in path:
                yield ".".join(path), value
            else:
                yield from french_texts(value, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from french_texts(item, (*path, str(index)))


def current_french(name):
    data = read(name)
    for items in data.values():
        for item in items:
            item.pop("old", None)  # values of earlier demos, kept only to be replaced
    return list(french_texts(data))


def test_every_content_family_has_its_data_file():
    assert set(FAMILIES) >= {
        "phases",
        "principles",
        "guidelines",
        "practices",
        "factsheets",
        "consultations",
    }


@pytest.mark.parametrize("name", FAMILIES)
def test_french_demo_text_has_french_typography(name):
    for where, text in current_french(name):
        assert not re.search(r"[ \t][:;?!»]|«[ \t]", text), (name, where, text)
        assert "'" not in text, (name, where, text)  # the typographic apostrophe instead


@pytest.mark.parametrize("name", FAMILIES)
def test_french_demo_text_names_organisations_in_french(name):
    for where, text in current_french(name):
        assert not re.search(r"\b(ICMPD|IOM|UNHCR|EU)\b", text), (name, where, text)


def test_only_verified_principle_titles_are_official():
    official = {p["number"] for p in read("principles")["principle"] if p["title_is_official"]}
    assert official == {1, 2}


def test_guidelines_are_numbered_from_one_in_their_official_phases():
    guidelines = read("guidelines")["guideline"]
    assert [g["number"] for g in guidelines] == list(range(1, len(guidelines) + 1))
    phases = [g["phase"] for g in guidelines]
    assert phases == sorted(phases, key=[p["key"] for p in read("phases")["phase"]].index)


def test_invented_practices_carry_no_date():
    for practice in read("practices")["practice"]:
        assert not {"start_year", "end_year", "date"} & practice.keys(), practice["slug"]


def test_every_document_of_the_demo_has_sample_files_for_its_languages():
    documents = [
        tool for sheet in read("factsheets")["factsheet"] for tool in sheet.get("tool", [])
    ] + [
        document
        for consultation in read("consultations")["consultation"]
        for document in consultation.get("document", [])
    ]
    for document in documents:
        assert document["sample_files"], document["slug"]
        for language in document["files"]:
            assert (FILES_DIR / f"sample-{language}.pdf").exists()


def test_sample_files_are_small():
    assert sum(path.stat().st_size for path in FILES_DIR.iterdir()) < 200 * 1024
