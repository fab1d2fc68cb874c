"""
World regions of countries, derived from Unicode CLDR data, never typed by hand.

CLDR's territory containment follows the UN M49 standard (World > continent >
sub-region > country). The repository filters by the sub-region a country
sits in directly ("Western Africa", "South-eastern Asia", "Caribbean"...),
which is close to the regions of the MICIC consultations.

- Containment comes from the CLDR `supplementalData.xml` shipped by
  `language_data` (the data package behind `langcodes`); Babel does not
  include containment.
- Region names in each language come from Babel's CLDR locale data, the same
  codes, so English and French names are CLDR's own.
"""

import functools
import xml.etree.ElementTree as ET

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.utils import translation
from language_data.util import data_filename


@functools.cache
def _containment():
    """{region code: (contained codes...)} for the current, non-grouping CLDR regions."""
    tree = ET.parse(data_filename("supplementalData.xml"))
    groups = {}
    for group in tree.getroot().iterfind("territoryContainment/group"):
        # Groupings (EU, Latin America...) overlap real regions; deprecated
        # entries name countries that no longer exist.
        if group.get("status") or group.get("grouping"):
            continue
        groups.setdefault(group.get("type"), []).extend(group.get("contains").split())
    return {code: tuple(members) for code, members in groups.items()}


@functools.cache
def country_regions():
    """{ISO 3166 alpha-2 country code: M49 code of the sub-region that contains it}."""
    containment = _containment()
    mapping = {}
    for region, members in containment.items():
        for member in members:
            if member not in containment:  # a country, not a smaller region
                mapping[member] = region
    return mapping


def region_of(country_code):
    """The M49 sub-region code of a country, or None if CLDR places it nowhere."""
    return country_regions().get(str(country_code).upper())


@functools.cache
def countries_by_region():
    """{M49 sub-region code: sorted tuple of its country codes}."""
    regions = {}
    for country, region in country_regions().items():
        regions.setdefault(region, []).append(country)
    return {region: tuple(sorted(countries)) for region, countries in regions.items()}


def is_region(code):
    return code in countries_by_region()


@functools.cache
def _names(language):
    try:
        return Locale.parse(translation.to_locale(language)).territories
    except (UnknownLocaleError, ValueError):
        return Locale.parse(translation.to_locale(settings.LANGUAGE_CODE)).territories


def region_name(code, language=None):
    """The CLDR name of a region in `language` (default: the active language)."""
    return _names(language or translation.get_language() or settings.LANGUAGE_CODE).get(code, code)
