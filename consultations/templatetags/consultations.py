"""Template helpers for consultations.

{% load consultations %}
{% date_range consultation %}   "23-24 March 2015" / « 23-24 mars 2015 » (with an en dash),
                                in <time> elements
{% place consultation %}        "Manila, Philippines" / « Manille, Philippines »
"""

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()

DASH = "\N{EN DASH}"


def _time(day, fmt):
    return format_html('<time datetime="{}">{}</time>', day.isoformat(), date_format(day, fmt))


@register.simple_tag
def date_range(consultation):
    """The meeting's dates, as short as they can be said, in the page language."""
    start, end = consultation.start_date, consultation.end_date
    if start is None:
        return _("Dates not recorded")
    if end is None or end == start:
        return _time(start, "j F Y")
    if (start.year, start.month) == (end.year, end.month):
        return format_html("{}{}{}", _time(start, "j"), DASH, _time(end, "j F Y"))
    first = "j F" if start.year == end.year else "j F Y"
    return format_html("{} {} {}", _time(start, first), DASH, _time(end, "j F Y"))


@register.simple_tag
def place(consultation):
    """The city and country in the page language; "" when no place is recorded."""
    parts = [part for part in (consultation.city, consultation.country.name) if part]
    return ", ".join(str(part) for part in parts)
