"""Template helpers for the repository of practices."""

from django import template
from django.urls import NoReverseMatch

from practices import regions

register = template.Library()


@register.filter
def region_name(country):
    """The name of the UN M49 sub-region a country (code or Country) belongs to."""
    code = regions.region_of(getattr(country, "code", country))
    return regions.region_name(code) if code else ""


@register.filter
def url_if_routed(obj):
    """obj.get_absolute_url(), or "" while the page it points to is not routed.

    Guideline pages belong to the guidelines app; practices link to them as
    soon as its URLs are installed, and show plain text until then.
    """
    try:
        return obj.get_absolute_url()
    except NoReverseMatch:
        return ""
