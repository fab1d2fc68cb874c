"""Regions come from CLDR (UN M49) data, with CLDR's own names in each language."""

import pytest
from django_countries import countries

from practices import regions


@pytest.mark.parametrize(
    ("country", "region", "english", "french"),
    [
        ("SN", "011", "Western Africa", "Afrique occidentale"),
        ("PH", "035", "Southeast Asia", "Asie du Sud-Est"),
        ("LB", "145", "Western Asia", "Asie de l\u2019Ouest"),
        ("MX", "013", "Central America", "Amérique centrale"),
        ("HT", "029", "Caribbean", "Caraïbes"),
        ("FR", "155", "Western Europe", "Europe de l\u2019Ouest"),
        ("fj", "054", "Melanesia", "Mélanésie"),
    ],
)
def test_country_has_its_un_m49_sub_region(country, region, english, french):
    assert regions.region_of(country) == region
    assert regions.region_name(region, "en") == english
    assert regions.region_name(region, "fr") == french


def test_every_country_django_countries_knows_has_a_region():
    assert [code for code, _name in countries if not regions.region_of(code)] == []


def test_regions_list_their_countries_and_nothing_else():
    by_region = regions.countries_by_region()

    assert "PH" in by_region["035"] and "TH" in by_region["035"]
    assert all(len(code) == 2 for codes in by_region.values() for code in codes)
    assert not regions.is_region("002")  # a continent, not a sub-region
    assert not regions.is_region("EU")  # a grouping
    assert regions.region_of("ZZ") is None
