"""The demo's Guidelines in Action, toolkit and trainings: loaded once, safe to
reload, sample files marked, invented items labelled, nothing dated."""

import re
import tomllib

from demo.loader import DATA_DIR
from tests.support.demo import GUIDELINES, seed_demo
from toolkit.models import GuidelinesInAction, ToolkitItem, Training


def data():
    with (DATA_DIR / "toolkit.toml").open("rb") as data_file:
        return tomllib.load(data_file)


def test_seed_loads_the_series_toolkit_and_trainings_once(demo):
    counts = (
        GuidelinesInAction.objects.count(),
        ToolkitItem.objects.count(),
        Training.objects.count(),
    )
    seed_demo()
    assert counts == (
        len(data()["guidelines_in_action"]),
        len(data()["toolkit_item"]),
        len(data()["training"]),
    )
    assert (
        GuidelinesInAction.objects.count(),
        ToolkitItem.objects.count(),
        Training.objects.count(),
    ) == counts
    assert sorted(GuidelinesInAction.objects.values_list("guideline__number", flat=True)) == sorted(
        guideline["number"] for guideline in GUIDELINES
    )
    assert not GuidelinesInAction.objects.filter(sample_files=False).exists()
    assert not ToolkitItem.objects.filter(sample_files=False).exists()
    assert all(document.file_in("en") for document in GuidelinesInAction.objects.all())
    assert Training.objects.get(slug="e-learning-for-consular-staff").manual is not None


def test_demo_data_invents_no_date_isbn_or_reference_and_keeps_french_typography():
    text = (DATA_DIR / "toolkit.toml").read_text()
    assert not re.search(r"\b(19|20)\d\d-\d\d-\d\d\b", text)
    values = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    assert "ISBN" not in values and "published_on" not in values
    french = [
        value
        for family in data().values()
        for item in family
        for value in (
            item.get(field, {}).get("fr", "") for field in item if isinstance(item[field], dict)
        )
    ]
    assert french
    for value in french:
        assert not re.search(r" [:;?!]", value), value
        assert "'" not in value, value
    trainings = data()["training"]
    assert len(trainings) >= 4
    assert all(item["link"].startswith("https://micicinitiative.iom.int/") for item in trainings)
