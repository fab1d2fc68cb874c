"""Dates and places as the consultation pages say them."""

import datetime
import re

import pytest
from django.utils import translation

from consultations.models import Consultation
from consultations.templatetags.consultations import date_range, place


def meeting(start, end=None, city="", country=""):
    return Consultation(start_date=start, end_date=end, city=city, country=country)


@pytest.mark.parametrize(
    ("start", "end", "en", "fr"),
    [
        ((2015, 12, 7), None, "7 December 2015", "7 décembre 2015"),
        ((2015, 12, 7), (2015, 12, 7), "7 December 2015", "7 décembre 2015"),
        ((2015, 3, 23), (2015, 3, 24), "23–24 March 2015", "23–24 mars 2015"),
        ((2016, 2, 28), (2016, 3, 2), "28 February – 2 March 2016", "28 février – 2 mars 2016"),
        (
            (2015, 12, 30),
            (2016, 1, 2),
            "30 December 2015 – 2 January 2016",
            "30 décembre 2015 – 2 janvier 2016",
        ),
    ],
)
def test_date_range_is_as_short_as_possible_and_localised(start, end, en, fr):
    consultation = meeting(datetime.date(*start), end and datetime.date(*end))

    for language, expected in (("en", en), ("fr", fr)):
        with translation.override(language):
            html = str(date_range(consultation))
        text = re.sub(r"<[^>]+>", "", html)
        assert text == expected
    assert f'<time datetime="{datetime.date(*start).isoformat()}">' in html


def test_unknown_dates_are_said_to_be_unknown():
    with translation.override("fr"):
        assert date_range(meeting(None)) == "Dates non indiquées"


def test_place_uses_the_country_name_of_the_page_language():
    with translation.override("fr"):
        assert place(meeting(None, city="Genève", country="CH")) == "Genève, Suisse"
    with translation.override("en"):
        assert place(meeting(None, city="Geneva", country="CH")) == "Geneva, Switzerland"
    assert place(meeting(None)) == ""
